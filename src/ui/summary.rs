//! The summary strip: counts by status and the share fulfilled.

use egui::{RichText, Ui};

use super::{theme, widgets};
use crate::model::Status;
use crate::model::summary::Summary;

pub fn summary_strip_ui(ui: &mut Ui, summary: &Summary) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(summary.fulfilled_line()).strong());
        ui.label(widgets::muted(crate::t!("summary-not-assessed-left-out")));
        ui.add_space(theme::space::LARGE);
        for status in Status::ALL {
            widgets::count_chip(ui, status, summary.count(status));
        }
        ui.add_space(theme::space::LARGE);
        ui.add(
            egui::Label::new(crate::t!(
                "summary-evidence-links",
                count = summary.evidence_links
            ))
            .extend(),
        );
    });
}

/// What a filter leaves of the counted items: commitments, or recommendations alone.
pub struct Filtered {
    pub shown: usize,
    pub total: usize,
    pub recommendations: bool,
}

/// The line under the strip: how many of the counted commitments were replaced by the date
/// shown, and whether a filter narrows the figures. Its height is always reserved, so that
/// typing a date or a search that makes it come or go moves nothing below it (the toolbar, the
/// search box and the checklist stay under the pointer). Long text is cut with an ellipsis and
/// given whole on hover.
pub fn notes_line_ui(ui: &mut Ui, summary: &Summary, filtered: Option<Filtered>) {
    let mut parts: Vec<RichText> = Vec::new();
    if let Some(f) = filtered {
        let key = if f.recommendations {
            "summary-filtered-recommendations"
        } else {
            "summary-filtered"
        };
        parts.push(
            RichText::new(crate::t!(key, shown = f.shown, total = f.total))
                .color(theme::concern(ui)),
        );
    }
    for line in [summary.fulfilled_replaced_line(), summary.in_force_line()]
        .into_iter()
        .flatten()
    {
        parts.push(RichText::new(line));
    }
    let height = theme::text_line_height(ui);
    let width = ui.available_width();
    ui.push_id("summary-notes-line", |ui| {
        ui.allocate_ui_with_layout(
            egui::vec2(width, height),
            egui::Layout::left_to_right(egui::Align::Center),
            |ui| {
                ui.set_min_size(egui::vec2(width, height));
                ui.set_max_height(height);
                for part in parts {
                    let full = part.text().to_owned();
                    ui.add(egui::Label::new(part).truncate())
                        .on_hover_text(full);
                }
            },
        );
    });
}
