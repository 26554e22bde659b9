//! The menu bar, drawn from the table of actions.

use egui::{Button, Ui};

use super::actions::{self, Action, Context, Entry, Menu};
use crate::app::{Command, Prefs, View};
use crate::report::ExportFormat;

pub fn menu_bar_ui(ui: &mut Ui, cx: Context, prefs: &Prefs, view: View, out: &mut Vec<Command>) {
    egui::MenuBar::new().ui(ui, |ui| {
        for menu in Menu::ALL {
            ui.menu_button(menu.label(), |ui| {
                for entry in actions::menu_entries(menu) {
                    entry_ui(ui, entry, cx, prefs, view, out);
                }
            });
        }
    });
}

fn entry_ui(
    ui: &mut Ui,
    entry: Entry,
    cx: Context,
    prefs: &Prefs,
    view: View,
    out: &mut Vec<Command>,
) {
    match entry {
        Entry::Action(action) => action_ui(ui, action, cx, view, out),
        Entry::Separator => {
            ui.separator();
        }
        Entry::Recent => {
            ui.menu_button(actions::recent_menu(), |ui| {
                if prefs.recent.is_empty() {
                    ui.label(crate::t!("menu-no-recent-files"));
                }
                for path in &prefs.recent {
                    if ui.button(path.display().to_string()).clicked() {
                        out.push(Command::OpenPath(path.clone()));
                        ui.close();
                    }
                }
            });
        }
        Entry::LanguageMenu => {
            ui.menu_button(actions::language_menu(), |ui| {
                for lang in crate::i18n::Lang::ALL {
                    action_ui(ui, Action::Language(lang), cx, view, out);
                }
            });
        }
        Entry::ExportMenu => {
            ui.menu_button(actions::export_menu(), |ui| {
                for format in ExportFormat::ALL {
                    action_ui(ui, Action::Export(format), cx, view, out);
                }
            });
        }
    }
}

fn action_ui(ui: &mut Ui, action: Action, cx: Context, view: View, out: &mut Vec<Command>) {
    let command = action.command(cx);
    let label = action.label();
    let mut button = match action.checked(cx, view) {
        Some(on) => Button::selectable(on, label.as_str()),
        None => Button::new(label.as_str()),
    };
    if let Some(keys) = action.shortcut_text(ui.ctx()) {
        button = button.shortcut_text(keys);
    }
    let enabled = command.is_some();
    let checked = action.checked(cx, view);
    let mut response = ui.add_enabled(enabled, button);
    // Named by its label alone, as a screen reader announces a menu item (and tests find it).
    response.widget_info(|| {
        let role = egui::accesskit::Role::Button;
        match checked {
            Some(on) => egui::WidgetInfo::selected(role, enabled, on, &label),
            None => egui::WidgetInfo::labeled(role, enabled, &label),
        }
    });
    if let Some(hint) = action.hint() {
        response = response.on_hover_text(hint);
    }
    if response.clicked()
        && let Some(command) = command
    {
        out.push(command);
        ui.close();
    }
}
