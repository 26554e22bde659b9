//! The summary strip: counts by status and the share fulfilled.

use egui::{RichText, Ui};

use super::{theme, widgets};
use crate::model::Status;
use crate::model::summary::Summary;

pub fn summary_strip_ui(ui: &mut Ui, summary: &Summary) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(summary.fulfilled_line()).strong());
        ui.label(widgets::muted("(Not assessed left out)"));
        ui.separator();
        for status in Status::ALL {
            let n = summary.count(status);
            widgets::status_chip(ui, status, theme::CHIP_WIDTH);
            ui.label(RichText::new(n.to_string()).strong());
            ui.add_space(4.0);
        }
        ui.separator();
        ui.label(format!("{} evidence links", summary.evidence_links));
    });
}
