//! The form that marks a commitment as replaced: date, by which commitments, wholly or in
//! part, a note, and the evidence links it rests on.

use egui::{Grid, TextEdit, Ui};

use super::{theme, widgets};
use crate::app::{Command, ReplacementForm};
use crate::model::replacement::{citable_evidence, parse_ids};
use crate::model::{Commitment, Project};
use crate::t;

pub fn form_ui(
    ui: &mut Ui,
    project: &Project,
    c: &Commitment,
    index: usize,
    form: &mut ReplacementForm,
    out: &mut Vec<Command>,
) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        Grid::new("replacement-form")
            .num_columns(2)
            .spacing(theme::space::GRID)
            .show(ui, |ui| {
                widgets::draft_row(
                    ui,
                    &t!("replacement-on"),
                    TextEdit::singleline(&mut form.date_text)
                        .hint_text(t!("editor-history-date-hint"))
                        .desired_width(theme::DATE_WIDTH),
                );

                widgets::draft_row(
                    ui,
                    &t!("replacement-by"),
                    TextEdit::singleline(&mut form.by_text)
                        .hint_text(t!("replacement-by-hint"))
                        .desired_width(f32::INFINITY),
                );
                ui.label("");
                by_preview_ui(ui, project, &form.by_text);
                ui.end_row();

                ui.label(t!("replacement-how-much"));
                ui.horizontal_wrapped(|ui| {
                    // Each radio keeps its own name: `labelled_by` would replace it with
                    // "How much" and a screen reader could not tell the two apart.
                    for (partial, key) in
                        [(false, "replacement-wholly"), (true, "replacement-in-part")]
                    {
                        let text = t!(key);
                        if ui.radio(form.partial == partial, text).clicked() {
                            form.partial = partial;
                        }
                    }
                });
                ui.end_row();

                widgets::draft_row(
                    ui,
                    &t!("replacement-note"),
                    TextEdit::multiline(&mut form.note)
                        .hint_text(t!("replacement-note-hint"))
                        .desired_rows(2)
                        .desired_width(f32::INFINITY),
                );

                ui.label(t!("editor-history-rests-on"));
                ui.vertical(|ui| evidence_choice_ui(ui, c, form));
                ui.end_row();
            });
        let result = form.replacement(project, index);
        let problems: Vec<String> = result.as_ref().err().cloned().into_iter().collect();
        widgets::problem_lines(ui, "replacement-problems", &problems, 1);
        ui.label(widgets::muted(t!("replacement-stays")));
        let record = ui.add_enabled(result.is_ok(), egui::Button::new(t!("replacement-record")));
        if record.clicked()
            && let Ok(r) = result
        {
            out.push(Command::MarkReplaced(index, r));
        }
    });
}

/// The commitments the typed ids name, so a typo shows before it is recorded.
fn by_preview_ui(ui: &mut Ui, project: &Project, text: &str) {
    let ids = parse_ids(text);
    if ids.is_empty() {
        ui.label(widgets::muted(t!("replacement-none-named")));
        return;
    }
    ui.vertical(|ui| {
        for id in ids {
            match project.commitments.iter().find(|o| o.id == id) {
                Some(o) => ui.label(widgets::muted(format!("{id}: {}", o.title))),
                None => {
                    ui.colored_label(theme::error(ui), t!("replacement-not-in-project", id = &id))
                }
            };
        }
    });
}

/// Checkboxes for the links a reader can open; the others are counted, not offered.
fn evidence_choice_ui(ui: &mut Ui, c: &Commitment, form: &mut ReplacementForm) {
    let mut offered = 0;
    for e in citable_evidence(c) {
        offered += 1;
        let text = e.name().map_or_else(
            || t!("editor-history-evidence", id = e.id.to_string()),
            str::to_owned,
        );
        widgets::choice_checkbox(ui, &mut form.evidence, e.id, text);
    }
    // A mark recorded earlier may cite a link whose address was since changed: offer it for
    // unticking, or the form could never be recorded again.
    let stale: Vec<u32> = form
        .evidence
        .iter()
        .copied()
        .filter(|id| !citable_evidence(c).any(|e| e.id == *id))
        .collect();
    for id in stale {
        let mut on = true;
        let name = c.evidence_by_id(id).and_then(|e| e.name()).map_or_else(
            || t!("editor-history-evidence", id = id.to_string()),
            str::to_owned,
        );
        if ui
            .checkbox(&mut on, t!("replacement-stale", name = name))
            .changed()
        {
            form.evidence.remove(&id);
        }
    }
    let left_out = c.evidence.len() - offered;
    if offered == 0 {
        ui.label(widgets::muted(t!("replacement-no-evidence")));
    }
    if left_out > 0 {
        ui.label(widgets::muted(t!("replacement-left-out", count = left_out)));
    }
}
