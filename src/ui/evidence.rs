//! Evidence links: listed, added, edited, removed, and opened only when safe.

use egui::{ComboBox, Grid, RichText, Ui};

use super::{theme, widgets};
use crate::app::{Command, UiState};
use crate::model::links::{LinkCheck, check_link};
use crate::model::{Commitment, Confidence, Evidence};

pub fn evidence_section_ui(
    ui: &mut Ui,
    c: &Commitment,
    index: usize,
    state: &mut UiState,
    out: &mut Vec<Command>,
) {
    ui.heading(format!("Evidence ({})", c.evidence.len()));
    for e in &c.evidence {
        ui.push_id(("evidence", e.id), |ui| {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                if state.editing_evidence == Some(e.id) {
                    let mut draft = e.clone();
                    if evidence_fields_ui(ui, &mut draft) {
                        out.push(Command::UpdateEvidence(index, draft));
                    }
                    if ui.button("Done").clicked() {
                        state.editing_evidence = None;
                    }
                } else {
                    evidence_view_ui(ui, e, out);
                    ui.horizontal(|ui| {
                        if widgets::named_button(ui, "Edit", format!("Edit evidence {}", e.id))
                            .clicked()
                        {
                            state.editing_evidence = Some(e.id);
                        }
                        if widgets::named_button(ui, "Remove", format!("Remove evidence {}", e.id))
                            .clicked()
                        {
                            out.push(Command::RemoveEvidence(index, e.id));
                        }
                    });
                }
            });
        });
    }
    if state.new_evidence.is_none() {
        if ui.button("Add evidence link…").clicked() {
            state.new_evidence = Some(Evidence::new(0));
        }
        return;
    }
    let mut cancel = false;
    if let Some(draft) = &mut state.new_evidence {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(RichText::new("New evidence link").strong());
            ui.push_id("new-evidence", |ui| evidence_fields_ui(ui, draft));
            ui.horizontal(|ui| {
                let ok = !draft.title.trim().is_empty() || !draft.url.trim().is_empty();
                if ui
                    .add_enabled(ok, egui::Button::new("Add evidence"))
                    .clicked()
                {
                    out.push(Command::AddEvidence(index, draft.clone()));
                }
                cancel = ui.button("Cancel").clicked();
            });
        });
    }
    if cancel {
        state.new_evidence = None;
    }
}

pub fn evidence_view_ui(ui: &mut Ui, e: &Evidence, out: &mut Vec<Command>) {
    let title = if e.title.is_empty() {
        e.url.clone()
    } else {
        e.title.clone()
    };
    match check_link(&e.url) {
        LinkCheck::Openable(url) => {
            if ui.link(RichText::new(&title)).on_hover_text(&url).clicked() {
                out.push(Command::OpenLink(e.url.clone()));
            }
            ui.label(widgets::muted(url).small());
        }
        LinkCheck::Refused { reason } => {
            ui.label(RichText::new(&title).strong());
            if !e.url.trim().is_empty() {
                ui.label(RichText::new(&e.url).monospace().small());
                ui.colored_label(theme::CONCERN, format!("Not opened: {reason}"));
            } else {
                ui.label(widgets::muted("No web address recorded."));
            }
        }
    }
    let mut line = Vec::new();
    if !e.publisher.is_empty() {
        line.push(e.publisher.clone());
    }
    if let Some(d) = e.date {
        line.push(d.to_string());
    }
    line.push(e.confidence.label().to_owned());
    let color = if e.confidence == Confidence::Unverified {
        theme::CONCERN
    } else {
        theme::MUTED
    };
    ui.label(RichText::new(line.join(" · ")).color(color));
    if !e.note.is_empty() {
        ui.label(&e.note);
    }
}

/// The fields of one evidence link; true when something changed.
fn evidence_fields_ui(ui: &mut Ui, e: &mut Evidence) -> bool {
    let mut changed = false;
    Grid::new("evidence-fields")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            if let Some(v) = widgets::text_row(ui, "Link title", &e.title, "What the page is") {
                e.title = v;
                changed = true;
            }
            if let Some(v) = widgets::text_row(ui, "Web address", &e.url, "https://…") {
                e.url = v;
                changed = true;
            }
            if let Some(v) =
                widgets::text_row(ui, "Publisher", &e.publisher, "e.g. astanatimes.com")
            {
                e.publisher = v;
                changed = true;
            }
            if let Some(v) = widgets::date_row(ui, "Published", e.date) {
                e.date = v;
                changed = true;
            }
            if let Some(v) = widgets::text_row(ui, "Evidence note", &e.note, "What it shows") {
                e.note = v;
                changed = true;
            }
            let l = ui.label("Confidence");
            let mut confidence = e.confidence;
            ComboBox::from_id_salt("confidence")
                .selected_text(confidence.label())
                .show_ui(ui, |ui| {
                    for c in Confidence::ALL {
                        ui.selectable_value(&mut confidence, c, c.label());
                    }
                })
                .response
                .labelled_by(l.id);
            if confidence != e.confidence {
                e.confidence = confidence;
                changed = true;
            }
            ui.end_row();
        });
    changed
}
