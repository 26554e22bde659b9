//! Dated notes of the analyst.

use egui::{RichText, TextEdit, Ui};

use super::widgets;
use crate::app::{Command, UiState};
use crate::model::Commitment;

pub fn notes_section_ui(
    ui: &mut Ui,
    c: &Commitment,
    index: usize,
    state: &mut UiState,
    out: &mut Vec<Command>,
) {
    ui.heading(format!("Notes ({})", c.notes.len()));
    for (i, note) in c.notes.iter().enumerate() {
        ui.push_id(("note", i), |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(note.date.to_string()).monospace());
                ui.label(&note.text);
                if ui.small_button("Delete note").clicked() {
                    out.push(Command::RemoveNote(index, i));
                }
            });
        });
    }
    if c.notes.is_empty() {
        ui.label(widgets::muted("No notes yet."));
    }
    let l = ui.label("New note");
    ui.add(
        TextEdit::multiline(&mut state.new_note)
            .hint_text("Write a note; it is dated today")
            .desired_rows(2)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(l.id);
    let ready = !state.new_note.trim().is_empty();
    if ui
        .add_enabled(ready, egui::Button::new("Add note"))
        .clicked()
    {
        out.push(Command::AddNote(index, state.new_note.clone()));
    }
}
