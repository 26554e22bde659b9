//! The dashboard: headline figures, bars by status, category and actor, progress over time,
//! the most overdue commitments and the latest changes.

use egui::{Grid, RichText, ScrollArea, Ui};

use super::{charts, theme, widgets};
use crate::app::{Command, DashboardCache, Document, UiState};
use crate::model::dashboard::Dashboard;
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
            ui.heading("Dashboard");
            let when = match state.as_of {
                Some(date) => format!("As the tracker stood on {date}"),
                None => match doc.project.as_of {
                    Some(date) => format!("Assessments current to {date}"),
                    None => "Current assessments".to_owned(),
                },
            };
            ui.label(widgets::muted(when));
            ui.add_space(6.0);
            headline_ui(ui, d);
            ui.add_space(8.0);
            let width = ui.available_width().min(900.0);
            charts::stacked_bar(ui, &d.overall, width, 26.0);
            legend_ui(ui);
            ui.add_space(10.0);

            ui.columns(2, |cols| {
                cols[0].label(RichText::new("By actor").strong());
                groups_ui(&mut cols[0], "by-actor", &d.by_actor);
                cols[0].add_space(8.0);
                cols[0].label(RichText::new("By category").strong());
                groups_ui(&mut cols[0], "by-category", &d.by_category);

                cols[1].label(RichText::new("Progress over time").strong());
                let w = cols[1].available_width();
                charts::timeline_chart(&mut cols[1], &cache.timeline, egui::vec2(w, 170.0));
                cols[1].add_space(8.0);
                cols[1].label(RichText::new("Most overdue").strong());
                if d.overdue.is_empty() {
                    cols[1].label(widgets::muted(
                        "Nothing past its deadline (only commitments with a deadline count).",
                    ));
                }
                for o in d.overdue.iter().take(8) {
                    cols[1].label(format!(
                        "{}  {} — {} (deadline {})",
                        o.id,
                        o.title,
                        widgets::overdue_by(o.days_overdue),
                        o.deadline
                    ));
                }
            });
            ui.add_space(10.0);
            ui.label(RichText::new("Latest status changes").strong());
            Grid::new("latest")
                .num_columns(4)
                .spacing([10.0, 4.0])
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

fn headline_ui(ui: &mut Ui, d: &Dashboard) {
    let s = &d.overall;
    let pct = |status: Status| {
        s.share(status)
            .map_or("–".to_owned(), |x| format!("{:.0}%", x * 100.0))
    };
    ui.horizontal_wrapped(|ui| {
        for (value, label) in [
            (s.total().to_string(), "commitments"),
            (s.assessed().to_string(), "assessed"),
            (pct(Status::Fulfilled), "fulfilled"),
            (pct(Status::PartiallyFulfilled), "partly fulfilled"),
        ] {
            figure_ui(ui, value, label);
        }
        if s.replaced > 0 {
            let in_force = s
                .in_force()
                .share(Status::Fulfilled)
                .map_or("–".to_owned(), |x| format!("{:.0}%", x * 100.0));
            figure_ui(
                ui,
                s.fulfilled_replaced.to_string(),
                "fulfilled, since replaced",
            );
            figure_ui(ui, in_force, "fulfilled, of those in force");
        }
    });
    ui.label(widgets::muted(format!(
        "Shares are of assessed commitments; {} not yet assessed are left out.",
        s.count(Status::NotAssessed)
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
            "{}. Replaced commitments keep the status they achieved.",
            lines.join(". ")
        )));
    }
}

fn figure_ui(ui: &mut Ui, value: String, label: &str) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.vertical(|ui| {
            ui.label(RichText::new(value).size(26.0).strong());
            ui.label(widgets::muted(label));
        });
    });
}

fn legend_ui(ui: &mut Ui) {
    ui.horizontal_wrapped(|ui| {
        for status in Status::ALL {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
            ui.painter()
                .rect_filled(rect, 2.0, theme::status_color(status));
            ui.label(RichText::new(status.label()).small())
                .on_hover_text(status.definition());
        }
    });
}

fn groups_ui(ui: &mut Ui, _salt: &str, groups: &[(String, crate::model::summary::Summary)]) {
    const NAME_WIDTH: f32 = 150.0;
    let width = (ui.available_width() - NAME_WIDTH - 50.0).clamp(100.0, 320.0);
    for (name, summary) in groups {
        ui.horizontal(|ui| {
            let (rect, _) =
                ui.allocate_exact_size(egui::vec2(NAME_WIDTH, 18.0), egui::Sense::hover());
            ui.put(rect, egui::Label::new(name).truncate())
                .on_hover_text(name);
            charts::stacked_bar(ui, summary, width, 16.0);
            ui.label(widgets::muted(summary.total().to_string()));
        });
    }
}
