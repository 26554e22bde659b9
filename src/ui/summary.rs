//! The summary strip: counts by status and the share fulfilled.

use egui::{RichText, Ui};

use super::widgets;
use crate::model::Status;
use crate::model::summary::Summary;

pub fn summary_strip_ui(ui: &mut Ui, summary: &Summary) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(summary.fulfilled_line()).strong());
        ui.label(widgets::muted("(Not assessed left out)"));
        ui.add_space(10.0);
        for status in Status::ALL {
            widgets::count_chip(ui, status, summary.count(status));
        }
        ui.add_space(10.0);
        ui.add(egui::Label::new(format!("{} evidence links", summary.evidence_links)).extend());
    });
}
