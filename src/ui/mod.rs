//! The window, one file per part. Nothing here reads or writes files: every action the user
//! takes becomes a `Command` that the app applies after the frame is drawn.

pub mod actions;
mod batch;
pub mod changes;
pub mod charts;
mod checklist;
mod compare;
mod conflicts;
pub mod dashboard;
mod detail;
mod detail_view;
mod dialogs;
mod evidence;
mod frame;
mod history;
mod import;
mod import_words;
mod menu;
mod notes;
mod palette;
pub mod pointer;
mod project;
mod prompts;
mod recommendation;
mod replacement;
mod replacement_form;
mod search;
pub mod shortcuts;
mod sources;
mod status_bar;
mod summary;
pub mod theme;
mod toolbar;
pub mod typing;
mod vocabularies;
mod widgets;

use egui::Ui;

use crate::app::{Command, Document, Prefs, UiState, View, ViewCache};
use crate::model::{AsOf, Date};

pub fn window_ui(
    ui: &mut Ui,
    doc: &Document,
    state: &mut UiState,
    prefs: &Prefs,
    out: &mut Vec<Command>,
) {
    let today = today(ui.ctx());
    refresh_cache(doc, state, today);
    let report = state.report_mode;
    if !report {
        let cx = actions::Context::of(ui.ctx(), state);
        egui::Panel::top("menu").show(ui, |ui| menu::menu_bar_ui(ui, cx, prefs, state.view, out));
    }
    egui::Panel::top("summary").show(ui, |ui| {
        ui.add_space(theme::space::HAIR);
        project::title_ui(ui, &doc.project.title, !report, out);
        if let Some(cache) = &state.cache {
            summary::summary_strip_ui(ui, &cache.summary);
            let recommendations = crate::app::counts_recommendations(&state.filter);
            let filtered = state.filter.is_active().then(|| summary::Filtered {
                shown: cache.summary.total(),
                total: if recommendations {
                    cache.recommendations
                } else {
                    doc.project
                        .commitments
                        .len()
                        .saturating_sub(cache.recommendations)
                },
                recommendations,
            });
            summary::notes_line_ui(ui, &cache.summary, filtered);
        }
        if !report {
            toolbar::toolbar_ui(ui, state, out);
        } else {
            // A screenshot says which day its figures are for, and how current the assessments are.
            let mut when = match state.as_of {
                Some(date) => crate::t!("window-as-of", date = date.to_string()),
                None => crate::t!("dashboard-as-of-today", date = today.to_string()),
            };
            if let Some(current) = crate::report::assessments_line(&doc.project) {
                when = format!("{when} · {current}");
            }
            ui.label(widgets::muted(when));
        }
        ui.add_space(theme::space::HAIR);
    });
    // Shown in report mode too: a picture of an unfinished merge must say it is one.
    if !doc.project.conflicts.is_empty() {
        egui::Panel::top("conflicts").show(ui, |ui| conflicts::banner_ui(ui, doc, !report, out));
    }
    if doc.read_only.is_some() && !report {
        egui::Panel::top("read-only").show(ui, |ui| prompts::read_only_banner_ui(ui, doc));
    }
    if !report {
        egui::Panel::bottom("status").show(ui, |ui| {
            let activity = state.loading.as_deref().map(|label| status_bar::Activity {
                label,
                progress: state.file_progress,
                pages: state.publishing,
            });
            status_bar::status_bar_ui(ui, doc, state.toast.as_deref(), activity, out)
        });
    }
    egui::Panel::left("checklist")
        .resizable(!report)
        .default_size(theme::CHECKLIST_WIDTH)
        .min_size(theme::CHECKLIST_MIN_WIDTH)
        .show(ui, |ui| {
            if !report {
                search::search_ui(ui, doc, state);
                if std::mem::take(&mut state.leave_search_down) {
                    out.push(Command::MoveSelection(1));
                }
                refresh_cache(doc, state, today);
            }
            checklist::checklist_ui(ui, doc, state, out);
        });
    egui::CentralPanel::default().show(ui, |ui| match (state.view, report) {
        (View::Dashboard, _) => dashboard::dashboard_ui(ui, doc, state, today, out),
        (View::Changes, _) => changes::changes_ui(ui, doc, state, prefs, today, out),
        // Two or more rows picked: what they can all be given at once replaces the editor.
        (View::Checklist, false) if state.multi.is_batch() => batch::batch_ui(ui, doc, state, out),
        (View::Checklist, false) => detail::detail_ui(ui, doc, state, out),
        (View::Checklist, true) => detail_view::detail_view_ui(ui, doc, state, out),
    });
    if report && !state.capturing {
        toolbar::report_mode_hint_ui(ui.ctx());
    }
    project::project_properties_ui(ui.ctx(), state, out);
    sources::sources_ui(ui.ctx(), doc, state, out);
    vocabularies::vocabularies_ui(ui.ctx(), doc, state, out);
    conflicts::conflicts_ui(ui.ctx(), doc, state, out);
    compare::comparison_ui(ui.ctx(), doc, state, out);
    dialogs::dialogs_ui(ui, doc, state, out);
    palette::palette_ui(ui.ctx(), state, out);
}

/// Rows and figures are rebuilt only when what they were computed from changed.
fn refresh_cache(doc: &Document, state: &mut UiState, today: Date) {
    let at = AsOf::new(state.as_of, today);
    state
        .cache
        .get_or_insert_with(ViewCache::default)
        .refresh(doc, &state.filter, state.sort, at);
}

/// Today, for everything this frame shows. The window wakes at midnight, so an idle window
/// does not keep yesterday's overdue figures.
fn today(ctx: &egui::Context) -> Date {
    use chrono::Datelike as _;
    let now = chrono::Local::now();
    let day = now.date_naive();
    let midnight = (day + chrono::Days::new(1)).and_time(chrono::NaiveTime::MIN);
    let left = (midnight - now.naive_local()).to_std().unwrap_or_default();
    ctx.request_repaint_after(left + std::time::Duration::from_secs(1));
    Date::ymd(day.year(), day.month(), day.day()).unwrap_or_else(Date::today)
}
