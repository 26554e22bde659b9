//! Dated notes of the analyst.

use egui::{RichText, TextEdit, Ui};

use super::{theme, widgets};
use crate::app::{Command, Edit, UiState};
use crate::model::Commitment;
use crate::t;

pub fn notes_section_ui(
    ui: &mut Ui,
    c: &Commitment,
    index: usize,
    state: &mut UiState,
    out: &mut Vec<Command>,
) {
    ui.heading(t!("editor-notes-heading", count = c.notes.len()));
    for (i, note) in c.notes.iter().enumerate() {
        ui.push_id(("note", i), |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(note.date.to_string()).monospace());
                ui.label(&note.text);
                let mut public = note.public;
                if ui.checkbox(&mut public, t!("editor-note-public")).changed() {
                    out.push(Command::Edit(index, Edit::NotePublic(i, public)));
                }
                if ui.small_button(t!("editor-notes-delete")).clicked() {
                    out.push(Command::RemoveNote(index, i));
                }
            });
        });
    }
    if c.notes.is_empty() {
        ui.label(widgets::muted(t!("editor-notes-empty")));
    }
    let l = ui.label(t!("editor-notes-new"));
    let response = ui
        .add(
            TextEdit::multiline(&mut state.new_note)
                .hint_text(t!("editor-notes-new-hint"))
                .desired_rows(2)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(l.id);
    widgets::mark_draft(&response);
    // A note may be dated the day it records (a call last week), never after today.
    let date = match widgets::parse_optional_date(&state.new_note_date) {
        Ok(Some(d)) if d > crate::model::Date::today() => Err(t!("editor-notes-future")),
        Ok(d) => Ok(d),
        Err(e) => Err(e.to_string()),
    };
    ui.horizontal(|ui| {
        let l = ui.label(t!("editor-notes-date"));
        let response = ui
            .add(
                TextEdit::singleline(&mut state.new_note_date)
                    .hint_text(t!("editor-notes-date-hint"))
                    .desired_width(theme::DATE_WIDTH),
            )
            .labelled_by(l.id);
        widgets::mark_draft(&response);
        let ready = !state.new_note.trim().is_empty() && date.is_ok();
        if ui
            .add_enabled(ready, egui::Button::new(t!("editor-notes-add")))
            .clicked()
            && let Ok(date) = &date
        {
            out.push(Command::AddNote(index, state.new_note.clone(), *date));
        }
        // Last in the row, so nothing moves when it comes or goes.
        if let Err(e) = &date {
            ui.colored_label(theme::error(ui), e);
        }
    });
}
