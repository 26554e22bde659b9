//! The summary strip: counts by status and the share fulfilled.

use egui::{RichText, Ui};

use super::widgets;
use crate::model::Status;
use crate::model::summary::Summary;

pub fn summary_strip_ui(ui: &mut Ui, summary: &Summary) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(summary.fulfilled_line()).strong());
        ui.label(widgets::muted(crate::t!("summary-not-assessed-left-out")));
        ui.add_space(10.0);
        for status in Status::ALL {
            widgets::count_chip(ui, status, summary.count(status));
        }
        ui.add_space(10.0);
        ui.add(
            egui::Label::new(crate::t!(
                "summary-evidence-links",
                count = summary.evidence_links
            ))
            .extend(),
        );
    });
}

/// A line under the strip, once something is replaced on the date shown: the counts above
/// keep replaced commitments at the status they achieved, so say how many of them are gone.
pub fn replaced_strip_ui(ui: &mut Ui, summary: &Summary) {
    let lines: Vec<String> = [summary.fulfilled_replaced_line(), summary.in_force_line()]
        .into_iter()
        .flatten()
        .collect();
    if lines.is_empty() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        for line in lines {
            ui.label(line);
        }
    });
}

/// While a search or filter is on, the figures above count only what it shows: say so, so
/// that a screenshot never passes them off as the whole tracker's.
pub fn filtered_line_ui(ui: &mut Ui, shown: usize, total: usize) {
    ui.label(
        RichText::new(crate::t!("summary-filtered", shown = shown, total = total))
            .color(super::theme::CONCERN),
    );
}
