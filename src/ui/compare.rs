//! File → Compare with…: what changed from another version to the tracker open, in sentences.

use egui::{Id, Modal, RichText, ScrollArea};

use super::theme;
use crate::app::{Command, Dialog, Document, UiState};
use crate::report::compare::{heading, sentence};

pub fn comparison_ui(
    ctx: &egui::Context,
    doc: &Document,
    state: &mut UiState,
    out: &mut Vec<Command>,
) {
    let Some(Dialog::Comparison(comparison)) = state.dialogs.shown_mut() else {
        return;
    };
    // Edits made since the comparison opened show at once.
    comparison.refresh(&doc.project, doc.version());
    Modal::new(Id::unique("merge-comparison")).show(ctx, |ui| {
        ui.set_width(theme::dialog::WIDEST);
        ui.heading(crate::t!(
            "merge-compare-title",
            name = comparison.name.as_str()
        ));
        ui.add_space(theme::space::TIGHT);
        ScrollArea::vertical()
            .max_height(theme::dialog::LIST_TALLEST)
            .show(ui, |ui| {
                if comparison.changes.is_empty() {
                    ui.label(crate::t!("merge-diff-none"));
                }
                for group in &comparison.changes {
                    ui.label(RichText::new(heading(group)).strong());
                    for change in &group.changes {
                        ui.add(egui::Label::new(format!("• {}", sentence(change))).wrap());
                    }
                    ui.add_space(theme::space::TIGHT);
                }
            });
        ui.add_space(theme::space::SMALL);
        if ui.button(crate::t!("merge-close")).clicked() {
            out.push(Command::CloseComparison);
        }
    });
}
