//! The dashboard: headline figures, bars by status, category and actor, progress over time,
//! the most overdue commitments and the latest changes.

use egui::{Grid, RichText, ScrollArea, Ui};

use super::charts::{self, Items};
use super::{theme, widgets};
use crate::app::{Command, DashboardCache, Document, UiState};
use crate::model::dashboard::{Coverage, Dashboard};
use crate::model::{AsOf, Date, Status};

pub fn dashboard_ui(
    ui: &mut Ui,
    doc: &Document,
    state: &mut UiState,
    today: Date,
    out: &mut Vec<Command>,
) {
    let cache = DashboardCache::refresh(&mut state.dashboard, doc, AsOf::new(state.as_of, today));
    let d = &cache.dashboard;
    ScrollArea::vertical()
        .id_salt("dashboard")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.heading(crate::t!("dashboard-title"));
            // The day the figures are for, then how current the assessments are: two facts.
            let mut when = match state.as_of {
                Some(date) => crate::t!("dashboard-as-of-asked", date = date.to_string()),
                None => crate::t!("dashboard-as-of-today", date = today.to_string()),
            };
            if let Some(current) = crate::report::assessments_line(&doc.project) {
                when = format!("{when} · {current}");
            }
            ui.label(widgets::muted(when));
            ui.add_space(theme::space::SMALL);
            headline_ui(ui, d);
            ui.add_space(theme::space::MEDIUM);
            let width = ui.available_width().min(theme::chart::MAX_WIDTH);
            let size = egui::vec2(width, theme::chart::BAR_HEIGHT);
            charts::stacked_bar(ui, &d.overall, None, Items::Commitments, size);
            legend_ui(ui);
            if charts::show_as_table(ui, "overall", state.report_mode) {
                charts::status_table(ui, "overall", &d.overall);
            }
            ui.add_space(theme::space::LARGE);

            let report = state.report_mode;
            ui.columns(2, |cols| {
                cols[0].label(RichText::new(crate::t!("dashboard-by-actor")).strong());
                groups_ui(
                    &mut cols[0],
                    "by-actor",
                    &d.by_actor,
                    Items::Commitments,
                    report,
                );
                cols[0].add_space(theme::space::MEDIUM);
                cols[0].label(RichText::new(crate::t!("dashboard-by-category")).strong());
                groups_ui(
                    &mut cols[0],
                    "by-category",
                    &d.by_category,
                    Items::Commitments,
                    report,
                );
                if !d.by_theme.is_empty() {
                    cols[0].add_space(theme::space::MEDIUM);
                    cols[0].label(RichText::new(crate::t!("dashboard-by-theme")).strong());
                    let themes = theme_labels(doc, &d.by_theme);
                    groups_ui(
                        &mut cols[0],
                        "by-theme",
                        &themes,
                        Items::Commitments,
                        report,
                    );
                }

                cols[1].label(RichText::new(crate::t!("dashboard-progress")).strong());
                let w = cols[1].available_width();
                let period = state.period.period().ok().flatten();
                let size = egui::vec2(w, theme::chart::TIMELINE_HEIGHT);
                charts::timeline_chart(&mut cols[1], &cache.timeline, size, period);
                if charts::show_as_table(&mut cols[1], "timeline", report) {
                    charts::timeline_table(&mut cols[1], &cache.timeline);
                }
                cols[1].add_space(theme::space::MEDIUM);
                cols[1].label(RichText::new(crate::t!("dashboard-most-overdue")).strong());
                if d.overdue.is_empty() {
                    cols[1].label(widgets::muted(crate::t!("dashboard-nothing-overdue")));
                }
                for o in d.overdue.iter().take(8) {
                    cols[1].label(crate::t!(
                        "dashboard-overdue-row",
                        id = &o.id,
                        title = &o.title,
                        overdue = widgets::overdue_by(o.days_overdue),
                        deadline = o.deadline.to_string()
                    ));
                }
            });
            if let Some(coverage) = &d.recommendations {
                ui.add_space(theme::space::LARGE);
                // As wide as the bars above: the columns may have left the panel wider.
                ui.scope(|ui| {
                    ui.set_max_width(width);
                    coverage_ui(ui, doc, coverage, report, out);
                });
            }
            ui.add_space(theme::space::LARGE);
            ui.label(RichText::new(crate::t!("dashboard-latest-changes")).strong());
            Grid::new("latest")
                .num_columns(4)
                .spacing(theme::space::GRID_LIST)
                .striped(true)
                .show(ui, |ui| {
                    for change in &d.latest_changes {
                        ui.label(RichText::new(change.date.to_string()).monospace());
                        if ui.link(&change.id).clicked()
                            && let Some(i) = doc
                                .project
                                .commitments
                                .iter()
                                .position(|c| c.id == change.id)
                        {
                            out.push(Command::Select(Some(i)));
                        }
                        widgets::status_chip(ui, change.to, theme::CHIP_WIDTH);
                        ui.add(egui::Label::new(&change.title).truncate());
                        ui.end_row();
                    }
                });
        });
}

/// The recommendations: how many of those the state supported some commitment answers, their
/// status, status by mechanism and by response, and what nothing answers yet.
fn coverage_ui(ui: &mut Ui, doc: &Document, c: &Coverage, report: bool, out: &mut Vec<Command>) {
    ui.heading(crate::t!(
        "dashboard-recommendations",
        count = c.all.total()
    ));
    let share = c.share_answered().map_or("–".to_owned(), |x| {
        crate::t!("dashboard-percent", percent = crate::report::percent(x))
    });
    ui.label(crate::t!(
        "dashboard-coverage",
        answered = c.supported_answered,
        supported = c.supported,
        share = share
    ));
    if c.gone_against > 0 {
        ui.label(
            RichText::new(crate::t!("dashboard-gone-against", count = c.gone_against))
                .color(theme::concern(ui)),
        );
    }
    let width = ui.available_width().min(theme::chart::MAX_WIDTH);
    ui.label(RichText::new(crate::t!("dashboard-supported-status")).strong());
    let size = egui::vec2(width, theme::chart::BAR_HEIGHT);
    charts::stacked_bar(ui, &c.supported_status, None, Items::Recommendations, size);
    if charts::show_as_table(ui, "supported", report) {
        charts::status_table(ui, "supported", &c.supported_status);
    }
    ui.add_space(theme::space::MEDIUM);
    // One below the other: side by side they do not fit a narrow window.
    // Named here, in the language shown: the figures keep keys.
    let by_mechanism: Vec<_> = c
        .by_mechanism
        .iter()
        .map(|(m, s)| (m.label().to_owned(), s.clone()))
        .collect();
    let no_response = crate::t!("group-no-response");
    let by_response: Vec<_> = c
        .by_response
        .iter()
        .map(|(p, s)| {
            (
                p.map_or(no_response.clone(), |p| p.label().to_owned()),
                s.clone(),
            )
        })
        .collect();
    let rec = Items::Recommendations;
    ui.label(RichText::new(crate::t!("dashboard-by-mechanism")).strong());
    groups_ui(ui, "by-mechanism", &by_mechanism, rec, report);
    ui.add_space(theme::space::MEDIUM);
    ui.label(RichText::new(crate::t!("dashboard-by-response")).strong());
    groups_ui(ui, "by-response", &by_response, rec, report);
    if !c.by_theme.is_empty() {
        ui.add_space(theme::space::MEDIUM);
        ui.label(RichText::new(crate::t!("dashboard-by-theme")).strong());
        let themes = theme_labels(doc, &c.by_theme);
        groups_ui(ui, "recommendations-by-theme", &themes, rec, report);
    }
    ui.add_space(theme::space::MEDIUM);
    ui.label(
        RichText::new(crate::t!(
            "dashboard-unanswered",
            count = c.unanswered.len()
        ))
        .strong(),
    );
    for (id, title) in &c.unanswered {
        ui.horizontal(|ui| {
            if ui.link(id).clicked()
                && let Some(i) = doc.project.commitments.iter().position(|x| x.id == *id)
            {
                out.push(Command::Select(Some(i)));
            }
            ui.add(egui::Label::new(title).truncate());
        });
    }
}

/// Each theme's label in the language shown (its id when the term is gone).
fn theme_labels(
    doc: &Document,
    groups: &[(String, crate::model::summary::Summary)],
) -> Vec<(String, crate::model::summary::Summary)> {
    groups
        .iter()
        .map(|(id, s)| {
            let term = doc.project.terms.iter().find(|t| t.id == *id);
            (
                term.map_or_else(|| id.clone(), |t| t.label().to_owned()),
                s.clone(),
            )
        })
        .collect()
}

fn headline_ui(ui: &mut Ui, d: &Dashboard) {
    let s = &d.overall;
    let pct = |share: Option<f64>| {
        share.map_or("–".to_owned(), |x| {
            crate::t!("dashboard-percent", percent = crate::report::percent(x))
        })
    };
    // Top-aligned: each figure is placed before its height is known.
    let row = egui::Layout::left_to_right(egui::Align::Min).with_main_wrap(true);
    ui.with_layout(row, |ui| {
        for (value, label) in [
            (
                number(s.total()),
                crate::t!("dashboard-figure-commitments", count = s.total()),
            ),
            (number(s.assessed()), crate::t!("dashboard-figure-assessed")),
            (
                pct(s.share(Status::Fulfilled)),
                crate::t!("dashboard-figure-fulfilled"),
            ),
            (
                pct(s.share(Status::PartiallyFulfilled)),
                crate::t!("dashboard-figure-partly"),
            ),
        ] {
            figure_ui(ui, value, &label);
        }
        if s.replaced > 0 {
            let in_force = pct(s.in_force().share(Status::Fulfilled));
            figure_ui(
                ui,
                number(s.fulfilled_replaced),
                &crate::t!("dashboard-figure-fulfilled-replaced"),
            );
            figure_ui(ui, in_force, &crate::t!("dashboard-figure-in-force"));
        }
    });
    ui.label(widgets::muted(crate::t!(
        "dashboard-shares-note",
        count = s.count(Status::NotAssessed)
    )));
    replaced_figures_ui(ui, s);
}

/// How many fulfilled commitments later reforms replaced, and the share fulfilled of what is
/// still in force. Shown only once something is replaced on the date shown.
fn replaced_figures_ui(ui: &mut Ui, s: &crate::model::summary::Summary) {
    let lines: Vec<String> = [s.fulfilled_replaced_line(), s.in_force_line()]
        .into_iter()
        .flatten()
        .collect();
    if !lines.is_empty() {
        ui.label(widgets::muted(format!(
            "{}. {}",
            lines.join(". "),
            crate::t!("report-replaced-keep")
        )));
    }
}

fn figure_ui(ui: &mut Ui, value: String, label: &str) {
    // Measured before it is placed, so that a figure that does not fit on the row moves down
    // whole instead of breaking its words (Russian and Kazakh labels are longer).
    let frame = egui::Frame::group(ui.style());
    let value = RichText::new(value).size(theme::text_size::FIGURE).strong();
    let texts = [
        egui::WidgetText::from(value.clone()),
        widgets::muted(label).into(),
    ];
    let width = texts
        .into_iter()
        .map(|t| {
            let wrap = Some(egui::TextWrapMode::Extend);
            t.into_galley(ui, wrap, f32::INFINITY, egui::TextStyle::Body)
                .size()
                .x
        })
        .fold(0.0, f32::max)
        + frame.total_margin().sum().x;
    let layout = egui::Layout::top_down(egui::Align::Min);
    ui.allocate_ui_with_layout(egui::vec2(width, 0.0), layout, |ui| {
        frame.show(ui, |ui| {
            ui.label(value);
            ui.label(widgets::muted(label));
        });
    });
}

fn legend_ui(ui: &mut Ui) {
    ui.horizontal_wrapped(|ui| {
        for status in Status::ALL {
            let (rect, _) = ui.allocate_exact_size(
                egui::Vec2::splat(theme::chart::SWATCH),
                egui::Sense::hover(),
            );
            ui.painter().rect_filled(
                rect,
                theme::shape::CORNER_SMALL,
                theme::status_color(status),
            );
            ui.label(RichText::new(status.label()).small())
                .on_hover_text(status.definition());
        }
    });
}

fn number(n: usize) -> String {
    crate::i18n::number(i64::try_from(n).unwrap_or(i64::MAX))
}

/// One bar per group, then the switch that shows the same numbers as a table.
fn groups_ui(
    ui: &mut Ui,
    salt: &str,
    groups: &[(String, crate::model::summary::Summary)],
    items: Items,
    report_mode: bool,
) {
    // The name, the bar and the figure, with the spacing between the three.
    let taken =
        theme::chart::NAME_WIDTH + theme::chart::GROUP_FIGURE + 2.0 * ui.spacing().item_spacing.x;
    let width = (ui.available_width() - taken)
        .clamp(theme::chart::GROUP_BAR[0], theme::chart::GROUP_BAR[1]);
    for (name, summary) in groups {
        ui.horizontal(|ui| {
            let (rect, _) = ui.allocate_exact_size(
                egui::vec2(theme::chart::NAME_WIDTH, theme::chart::GROUP_ROW),
                egui::Sense::hover(),
            );
            ui.put(rect, egui::Label::new(name).truncate())
                .on_hover_text(name);
            let size = egui::vec2(width, theme::chart::SMALL_BAR_HEIGHT);
            charts::stacked_bar(ui, summary, Some(name), items, size);
            ui.label(widgets::muted(number(summary.total())));
        });
    }
    if charts::show_as_table(ui, salt, report_mode) {
        charts::groups_table(ui, salt, groups);
    }
}
