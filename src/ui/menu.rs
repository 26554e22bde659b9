//! The menu bar.

use egui::{Button, KeyboardShortcut, Ui};

use super::shortcuts;
use crate::app::{Command, Prefs, View};
use crate::model::Kind;
use crate::report::ExportFormat;

pub fn menu_bar_ui(
    ui: &mut Ui,
    selected: Option<usize>,
    prefs: &Prefs,
    view: View,
    out: &mut Vec<Command>,
) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| {
            item(ui, "New", Some(shortcuts::NEW), Command::New, out);
            item(ui, "Open…", Some(shortcuts::OPEN), Command::Open, out);
            ui.menu_button("Open Recent", |ui| {
                if prefs.recent.is_empty() {
                    ui.label("No recent files");
                }
                for path in &prefs.recent {
                    let label = path.display().to_string();
                    item(ui, &label, None, Command::OpenPath(path.clone()), out);
                }
            });
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
            ui.menu_button("Export", |ui| {
                for format in ExportFormat::ALL {
                    let label = format!("{}…", format.label());
                    item(ui, &label, None, Command::Export(format), out);
                }
            });
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
                item(ui, "Copy citation", None, Command::CopyCitation(index), out);
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
        ui.menu_button("View", |ui| view_menu_ui(ui, view, out));
    });
}

fn view_menu_ui(ui: &mut Ui, view: View, out: &mut Vec<Command>) {
    for (v, label) in [
        (View::Checklist, "Checklist"),
        (View::Dashboard, "Dashboard"),
    ] {
        if ui.radio(view == v, label).clicked() {
            out.push(Command::SetView(v));
            ui.close();
        }
    }
    ui.separator();
    let mut dark = ui.ctx().theme() == egui::Theme::Dark;
    if ui.checkbox(&mut dark, "Dark theme").clicked() {
        out.push(Command::SetDark(dark));
    }
    item(
        ui,
        "Zoom in",
        Some(shortcuts::ZOOM_IN),
        Command::Zoom(0.1),
        out,
    );
    item(
        ui,
        "Zoom out",
        Some(shortcuts::ZOOM_OUT),
        Command::Zoom(-0.1),
        out,
    );
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
