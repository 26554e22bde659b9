//! The status bar: where the project lives and whether it has unsaved changes.

use egui::{RichText, Ui};

use super::{theme, widgets};
use crate::app::Document;

pub fn status_bar_ui(ui: &mut Ui, doc: &Document, toast: Option<&str>, loading: Option<&str>) {
    ui.horizontal(|ui| {
        match &doc.path {
            Some(p) => ui.label(p.display().to_string()),
            None => ui.label(widgets::muted(crate::t!("statusbar-untitled"))),
        };
        if let Some(reason) = &doc.read_only {
            ui.separator();
            ui.label(
                RichText::new(crate::t!("statusbar-read-only", reason = reason.as_str()))
                    .color(theme::CONCERN),
            );
        }
        if let Some(activity) = loading {
            ui.separator();
            ui.spinner();
            ui.label(activity);
        }
        if let Some(t) = toast {
            ui.separator();
            ui.label(RichText::new(t).strong());
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            // An untitled project that was never changed has nothing to say here: the left
            // side already says it is not in a file.
            if doc.dirty {
                ui.label(RichText::new(crate::t!("statusbar-unsaved")).color(theme::CONCERN));
            } else if doc.path.is_some() {
                ui.label(widgets::muted(crate::t!("statusbar-saved")));
            }
        });
    });
}
