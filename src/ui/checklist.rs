//! The checklist: commitments grouped by kind and category, nested under broader ones.
//! Only the rows on screen are laid out, so it stays fast with thousands of commitments.

use egui::{Button, IntoAtoms as _, RichText, ScrollArea, Ui};

use super::{theme, widgets};
use crate::app::{Command, Document, UiState};
use crate::model::AsOf;
use crate::model::outline::OutlineRow;

pub fn checklist_ui(ui: &mut Ui, doc: &Document, state: &mut UiState, out: &mut Vec<Command>) {
    let scroll_to = std::mem::take(&mut state.scroll_to_selected)
        .then(|| {
            let cache = state.cache.as_ref()?;
            let selected = state.selected?;
            cache
                .rows
                .iter()
                .position(|r| matches!(r, OutlineRow::Item { index, .. } if *index == selected))
        })
        .flatten();
    let state = &*state;
    let Some(cache) = &state.cache else { return };
    let Some(at) = cache.at else { return };
    let rows = &cache.rows;
    ui.horizontal(|ui| {
        ui.heading("Commitments");
        let total = doc.project.commitments.len();
        let shown = if cache.order.len() == total {
            format!("{total}")
        } else {
            format!("{} of {total}", cache.order.len())
        };
        ui.label(widgets::muted(shown));
    });
    ui.separator();
    let mut area = ScrollArea::vertical().id_salt("checklist");
    if let Some(row) = scroll_to {
        // show_rows spaces rows by their height plus the item spacing.
        let pitch = theme::ROW_HEIGHT + ui.spacing().item_spacing.y;
        let half_view = ui.available_height() / 2.0;
        area = area.vertical_scroll_offset((row as f32 * pitch - half_view).max(0.0));
    }
    area.auto_shrink([false, false])
        .show_rows(ui, theme::ROW_HEIGHT, rows.len(), |ui, range| {
            for row in &rows[range] {
                row_ui(ui, doc, state, at, row, out);
            }
        });
}

fn row_ui(
    ui: &mut Ui,
    doc: &Document,
    state: &UiState,
    at: AsOf,
    row: &OutlineRow,
    out: &mut Vec<Command>,
) {
    ui.set_min_height(theme::ROW_HEIGHT);
    match row {
        OutlineRow::Kind { kind, count } => {
            ui.horizontal(|ui| {
                ui.set_height(theme::ROW_HEIGHT);
                ui.label(RichText::new(kind.plural()).strong().size(15.0));
                ui.label(widgets::muted(count.to_string()));
            });
        }
        OutlineRow::Category { name, count } => {
            ui.horizontal(|ui| {
                ui.set_height(theme::ROW_HEIGHT);
                ui.add_space(8.0);
                ui.label(RichText::new(name).strong().color(theme::MUTED));
                ui.label(widgets::muted(format!("({count})")));
            });
        }
        OutlineRow::Item { index, depth } => {
            let Some(c) = doc.project.commitments.get(*index) else {
                return;
            };
            ui.horizontal(|ui| {
                ui.set_height(theme::ROW_HEIGHT);
                ui.add_space(16.0 + 18.0 * (*depth as f32));
                widgets::status_chip(ui, at.status(c), theme::CHIP_WIDTH);
                if let Some(r) = c.replaced_on(at.date) {
                    super::replacement::replaced_chip(ui, r);
                }
                let links = match at.evidence(c).count() {
                    1 => "1 link".to_owned(),
                    n => format!("{n} links"),
                };
                // Part of the row's text, so a screen reader reads it with the title.
                let right = match at.days_overdue(c) {
                    Some(days) => (
                        RichText::new(widgets::overdue_by(days)).color(theme::ERROR),
                        widgets::muted(links),
                    )
                        .into_atoms(),
                    None => widgets::muted(links).into_atoms(),
                };
                let mut title = RichText::new(format!("{}  {}", c.id, c.title));
                if c.concern {
                    title = title.color(theme::CONCERN);
                }
                let button = Button::selectable(state.selected == Some(*index), title)
                    .right_text(right)
                    .truncate()
                    .min_size(egui::vec2(ui.available_width(), theme::ROW_HEIGHT - 4.0));
                let response = ui.add(button);
                let response = if c.concern {
                    response.on_hover_text("Flagged: concern or backsliding")
                } else {
                    response
                };
                if response.clicked() {
                    out.push(Command::Select(Some(*index)));
                }
            });
        }
    }
}
