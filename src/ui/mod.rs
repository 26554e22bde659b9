//! The window, one file per part. Nothing here reads or writes files: every action the user
//! takes becomes a `Command` that the app applies after the frame is drawn.

pub mod actions;
mod charts;
mod checklist;
pub mod dashboard;
mod detail;
mod detail_view;
mod dialogs;
mod evidence;
mod history;
mod menu;
mod notes;
mod project;
mod prompts;
mod search;
pub mod shortcuts;
mod sources;
mod status_bar;
mod summary;
pub mod theme;
mod toolbar;
mod widgets;

use egui::Ui;

use crate::app::{Command, Document, Prefs, UiState, View, ViewCache};
use crate::model::Date;
use crate::model::filter::{matches, needles, search_text, visible_rows};
use crate::model::outline::{OutlineRow, outline};
use crate::model::summary::{Summary, status_of};

pub fn window_ui(
    ui: &mut Ui,
    doc: &Document,
    state: &mut UiState,
    prefs: &Prefs,
    out: &mut Vec<Command>,
) {
    refresh_cache(doc, state);
    let report = state.report_mode;
    if !report {
        let cx = actions::Context {
            selected: state.selected,
            report_mode: report,
            dark: ui.ctx().theme() == egui::Theme::Dark,
        };
        egui::Panel::top("menu").show(ui, |ui| menu::menu_bar_ui(ui, cx, prefs, state.view, out));
    }
    egui::Panel::top("summary").show(ui, |ui| {
        ui.add_space(2.0);
        project::title_ui(ui, &doc.project.title, !report, out);
        if let Some(cache) = &state.cache {
            summary::summary_strip_ui(ui, &cache.summary);
        }
        if !report {
            toolbar::toolbar_ui(ui, state, out);
        } else if let Some(date) = state.as_of {
            ui.label(widgets::muted(format!("As the tracker stood on {date}")));
        }
        ui.add_space(2.0);
    });
    if doc.read_only.is_some() && !report {
        egui::Panel::top("read-only").show(ui, |ui| prompts::read_only_banner_ui(ui, doc));
    }
    if !report {
        egui::Panel::bottom("status").show(ui, |ui| {
            status_bar::status_bar_ui(ui, doc, state.toast.as_deref(), state.loading.as_deref())
        });
    }
    egui::Panel::left("checklist")
        .resizable(!report)
        .default_size(theme::CHECKLIST_WIDTH)
        .min_size(320.0)
        .show(ui, |ui| {
            if !report {
                search::search_ui(ui, doc, state);
                refresh_cache(doc, state);
            }
            checklist::checklist_ui(ui, doc, state, out);
        });
    egui::CentralPanel::default().show(ui, |ui| match (state.view, report) {
        (View::Dashboard, _) => dashboard::dashboard_ui(ui, doc, state, out),
        (View::Checklist, false) => detail::detail_ui(ui, doc, state, out),
        (View::Checklist, true) => detail_view::detail_view_ui(ui, doc, state, out),
    });
    if report && !state.capturing {
        toolbar::report_mode_hint_ui(ui.ctx());
    }
    project::project_properties_ui(ui.ctx(), state, out);
    sources::sources_ui(ui.ctx(), doc, state, out);
    dialogs::dialogs_ui(ui, doc, state, out);
}

/// Rows and figures depend only on the document and the filter: rebuild them when either
/// changes, never every frame.
pub fn refresh_cache(doc: &Document, state: &mut UiState) {
    let cache = state.cache.get_or_insert_with(|| ViewCache {
        revision: u64::MAX,
        ..Default::default()
    });
    let doc_changed = cache.revision != doc.revision;
    if doc_changed {
        cache.revision = doc.revision;
        cache.haystacks = doc.project.commitments.iter().map(search_text).collect();
        cache.outline = outline(&doc.project);
    }
    if !doc_changed
        && cache.filter == state.filter
        && cache.sort == state.sort
        && cache.as_of == state.as_of
    {
        return;
    }
    cache.as_of = state.as_of;
    cache.filter = state.filter.clone();
    cache.sort = state.sort;
    let needles = needles(&state.filter.text);
    let today = Date::today();
    let cs = &doc.project.commitments;
    let matching: Vec<bool> = cs
        .iter()
        .zip(&cache.haystacks)
        .map(|(c, h)| {
            matches(
                c,
                status_of(c, state.as_of),
                h,
                &needles,
                &state.filter,
                today,
            )
        })
        .collect();
    cache.rows = visible_rows(&doc.project, &cache.outline, &matching, state.sort);
    cache.order = cache
        .rows
        .iter()
        .filter_map(|r| match r {
            OutlineRow::Item { index, .. } => Some(*index),
            _ => None,
        })
        .collect();
    cache.summary = Summary::of(
        cs.iter()
            .zip(&matching)
            .filter(|(_, m)| **m)
            .map(|(c, _)| c),
        state.as_of,
    );
}
