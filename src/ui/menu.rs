//! The menu bar.

use egui::{Button, KeyboardShortcut, Ui};

use super::shortcuts;
use crate::app::Command;
use crate::model::Kind;

pub fn menu_bar_ui(ui: &mut Ui, selected: Option<usize>, out: &mut Vec<Command>) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| {
            item(ui, "New", Some(shortcuts::NEW), Command::New, out);
            item(ui, "Open…", Some(shortcuts::OPEN), Command::Open, out);
            ui.separator();
            item(ui, "Save", Some(shortcuts::SAVE), Command::Save, out);
            item(
                ui,
                "Save As…",
                Some(shortcuts::SAVE_AS),
                Command::SaveAs,
                out,
            );
            ui.separator();
            item(ui, "Quit", Some(shortcuts::QUIT), Command::Quit, out);
        });
        ui.menu_button("Edit", |ui| {
            item(ui, "Undo", Some(shortcuts::UNDO), Command::Undo, out);
            item(ui, "Redo", Some(shortcuts::REDO), Command::Redo, out);
            ui.separator();
            for kind in Kind::ALL {
                let label = format!("Add {}", kind.label().to_lowercase());
                item(ui, &label, None, Command::AddCommitment(kind), out);
            }
            if let Some(index) = selected {
                ui.separator();
                let delete = egui::KeyboardShortcut::new(egui::Modifiers::NONE, egui::Key::Delete);
                item(
                    ui,
                    "Delete commitment…",
                    Some(delete),
                    Command::RequestDelete(index),
                    out,
                );
            }
        });
    });
}

fn item(
    ui: &mut Ui,
    label: &str,
    shortcut: Option<KeyboardShortcut>,
    command: Command,
    out: &mut Vec<Command>,
) {
    let mut button = Button::new(label);
    if let Some(s) = shortcut {
        button = button.shortcut_text(ui.ctx().format_shortcut(&s));
    }
    if ui.add(button).clicked() {
        out.push(command);
        ui.close();
    }
}
