//! The project properties dialog: title, description and the date the assessments are current
//! to. Typing changes only the drafts; OK applies them as one undoable change.

use egui::{Id, Modal, TextEdit, Ui};

use super::{theme, widgets};
use crate::app::{Command, Dialog, ProjectEdit, UiState};

pub fn project_properties_ui(ctx: &egui::Context, state: &mut UiState, out: &mut Vec<Command>) {
    let Some(Dialog::Project(form)) = state.dialogs.shown_mut() else {
        return;
    };
    let mut close = false;
    Modal::new(Id::unique("project-properties")).show(ctx, |ui| {
        ui.set_width(theme::dialog::MEDIUM);
        ui.heading(crate::t!("project-properties-title"));
        ui.add_space(theme::space::SMALL);
        let as_of = widgets::parse_optional_date(&form.as_of_text);
        egui::Grid::new("project-fields")
            .num_columns(2)
            .spacing(theme::space::GRID)
            .show(ui, |ui| {
                let l = ui.label(crate::t!("project-title"));
                let mut output = TextEdit::singleline(&mut form.title)
                    .hint_text(crate::t!("project-title-hint"))
                    .desired_width(f32::INFINITY)
                    .show(ui);
                let title = output.response.response.clone().labelled_by(l.id);
                // The field a user came here for has the keyboard at once, all of it selected,
                // so typing replaces "Untitled tracker".
                if !std::mem::replace(&mut form.focused, true) {
                    title.request_focus();
                    let all = egui::text::CCursorRange::select_all_str(&form.title);
                    output.state.cursor.set_char_range(Some(all));
                    output.state.store(ui.ctx(), title.id);
                }
                ui.end_row();
                let l = ui.label(crate::t!("project-description"));
                // A long description scrolls in its own box: the dialog always fits the window,
                // with the date field and the buttons on screen.
                egui::ScrollArea::vertical()
                    .id_salt("project-description")
                    .max_height(DESCRIPTION_HEIGHT)
                    .show(ui, |ui| {
                        ui.add(
                            TextEdit::multiline(&mut form.description)
                                .hint_text(crate::t!("project-description-hint"))
                                .desired_rows(4)
                                .desired_width(f32::INFINITY),
                        )
                        .labelled_by(l.id);
                    });
                ui.end_row();
                let l = ui.label(crate::t!("project-as-of"));
                ui.add(
                    TextEdit::singleline(&mut form.as_of_text)
                        .hint_text(crate::t!("window-date-hint"))
                        .desired_width(theme::FIELD_WIDTH),
                )
                .labelled_by(l.id);
                ui.end_row();
            });
        ui.add_space(theme::space::MEDIUM);
        let title_ok = !form.title.trim().is_empty();
        // What is wrong goes below the buttons, so that OK and Cancel never move under the
        // pointer as the user types.
        let mut problems = Vec::new();
        if !title_ok {
            problems.push(crate::t!("project-needs-title"));
        }
        if let Err(e) = &as_of {
            problems.push(e.to_string());
        }
        ui.horizontal(|ui| {
            let ok = ui.add_enabled(
                title_ok && as_of.is_ok(),
                egui::Button::new(crate::t!("dialog-ok")),
            );
            if ok.clicked()
                && let Ok(as_of) = as_of
            {
                out.push(Command::EditProject(ProjectEdit::Properties {
                    title: form.title.trim().to_owned(),
                    description: form.description.trim_end().to_owned(),
                    as_of,
                }));
                close = true;
            }
            if ui.button(crate::t!("prompt-cancel")).clicked()
                || ui.input(|i| i.key_pressed(egui::Key::Escape))
            {
                close = true;
            }
        });
        // Room for both problems at all times: the dialog is centred, and a line appearing
        // would move the buttons up.
        widgets::problem_lines(ui, "project-problems", &problems, 2);
    });
    if close {
        state.dialogs.close();
    }
}

/// The most a description takes of the properties dialog before it scrolls.
const DESCRIPTION_HEIGHT: f32 = theme::dialog::DESCRIPTION;

/// The project's title at the top of the window; clicking it opens the properties.
pub fn title_ui(ui: &mut Ui, title: &str, editable: bool, out: &mut Vec<Command>) {
    let text = egui::RichText::new(title).heading().strong();
    if !editable {
        ui.label(text);
        return;
    }
    let response = ui
        .add(egui::Label::new(text).sense(egui::Sense::click()))
        .on_hover_cursor(egui::CursorIcon::PointingHand)
        .on_hover_text(crate::t!("project-title-tooltip"));
    if response.clicked() {
        out.push(Command::OpenProjectProperties);
    }
}
