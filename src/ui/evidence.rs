//! Evidence links: listed, added, edited, removed, and opened only when safe.

use egui::{ComboBox, Grid, RichText, Ui};

use super::{theme, widgets};
use crate::app::{Command, UiState};
use crate::model::archive::{archived_copy, archived_refusal, find_copy_url, save_copy_url};
use crate::model::links::{LinkCheck, check_link, evidence_refusal};
use crate::model::{Commitment, Confidence, Date, Evidence};
use crate::t;

pub fn evidence_section_ui(
    ui: &mut Ui,
    c: &Commitment,
    index: usize,
    state: &mut UiState,
    out: &mut Vec<Command>,
) {
    ui.heading(t!("editor-evidence-heading", count = c.evidence.len()));
    for e in &c.evidence {
        ui.push_id(("evidence", e.id), |ui| {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                let editing = state
                    .editing_evidence
                    .as_ref()
                    .is_some_and(|d| d.id == e.id);
                if editing {
                    edit_form_ui(ui, index, state, out);
                } else {
                    evidence_view_ui(ui, e, out);
                    ui.horizontal_wrapped(|ui| {
                        let id = e.id.to_string();
                        let edit = t!("editor-evidence-edit-name", id = &id);
                        if widgets::named_button(ui, &t!("editor-evidence-edit"), edit).clicked() {
                            state.editing_evidence = Some(e.clone());
                        }
                        let remove = t!("editor-evidence-remove-name", id = &id);
                        if widgets::named_button(ui, &t!("editor-evidence-remove"), remove)
                            .clicked()
                        {
                            out.push(Command::RemoveEvidence(index, e.id));
                        }
                        archive_buttons_ui(ui, e, out);
                    });
                }
            });
        });
    }
    if state.new_evidence.is_none() {
        if ui.button(t!("editor-evidence-add-open")).clicked() {
            state.new_evidence = Some(Evidence::new(0));
        }
        return;
    }
    let mut cancel = false;
    if let Some(draft) = &mut state.new_evidence {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(RichText::new(t!("editor-evidence-new")).strong());
            ui.push_id("new-evidence", |ui| evidence_fields_ui(ui, draft));
            let refused = refusal_ui(ui, draft);
            ui.horizontal_wrapped(|ui| {
                let named = !draft.title.trim().is_empty() || !draft.url.trim().is_empty();
                if ui
                    .add_enabled(
                        named && !refused,
                        egui::Button::new(t!("editor-evidence-add")),
                    )
                    .clicked()
                {
                    out.push(Command::AddEvidence(index, draft.clone()));
                }
                cancel = ui.button(t!("editor-evidence-cancel")).clicked();
            });
        });
    }
    if cancel {
        state.new_evidence = None;
    }
}

/// The open edit form of one link: a draft until Save, so an unsafe address can be refused
/// while it is typed without losing what was typed.
fn edit_form_ui(ui: &mut Ui, index: usize, state: &mut UiState, out: &mut Vec<Command>) {
    let Some(draft) = &mut state.editing_evidence else {
        return;
    };
    evidence_fields_ui(ui, draft);
    let refused = refusal_ui(ui, draft);
    let mut close = false;
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(!refused, egui::Button::new(t!("editor-evidence-save")))
            .clicked()
        {
            out.push(Command::UpdateEvidence(index, draft.clone()));
            close = true;
        }
        close |= ui.button(t!("editor-evidence-cancel")).clicked();
    });
    if close {
        state.editing_evidence = None;
    }
}

/// Says why the address typed cannot be kept; true when it is refused.
/// In room kept for it, so the buttons under the fields stay where the pointer expects them.
fn refusal_ui(ui: &mut Ui, draft: &Evidence) -> bool {
    let mut problems = Vec::new();
    if let Some(reason) = evidence_refusal(&draft.url) {
        problems.push(t!("editor-evidence-cannot-use", reason = reason));
    }
    if let Some(reason) = draft.archived.as_deref().and_then(archived_refusal) {
        problems.push(t!("archive-cannot-use", reason = reason));
    }
    widgets::problem_lines(ui, "evidence-problems", &problems, 2);
    !problems.is_empty()
}

/// "Find archived copy" and "Archive now": each opens the archive's page in the browser. The
/// app itself sends nothing; the user sees the page and decides.
fn archive_buttons_ui(ui: &mut Ui, e: &Evidence, out: &mut Vec<Command>) {
    let id = e.id.to_string();
    if let Some(url) = find_copy_url(&e.url, e.date, Date::today()) {
        let name = t!("archive-find-name", id = &id);
        if widgets::named_button(ui, &t!("archive-find"), name)
            .on_hover_text(&url)
            .clicked()
        {
            out.push(Command::OpenLink(url));
        }
    }
    if let Some(url) = save_copy_url(&e.url) {
        let name = t!("archive-save-name", id = &id);
        if widgets::named_button(ui, &t!("archive-save"), name)
            .on_hover_text(&url)
            .clicked()
        {
            out.push(Command::OpenLink(url));
        }
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
                ui.colored_label(
                    theme::error(ui),
                    t!("editor-evidence-refused", reason = reason),
                );
            } else {
                ui.label(widgets::muted(t!("editor-evidence-no-address")));
            }
        }
    }
    if let Some(copy) = archived_copy(e) {
        ui.horizontal_wrapped(|ui| {
            let name = t!("archive-open-name", id = e.id.to_string());
            let link = ui.link(t!("archive-copy-link")).on_hover_text(&copy);
            link.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Link, true, &name));
            if link.clicked() {
                out.push(Command::OpenLink(copy.clone()));
            }
            ui.label(widgets::muted(copy).small());
        });
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
        theme::concern(ui)
    } else {
        theme::muted(ui)
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
        .spacing(theme::space::GRID)
        .show(ui, |ui| {
            if let Some(v) = widgets::form_text_row(
                ui,
                &t!("editor-evidence-link-title"),
                &e.title,
                &t!("editor-evidence-link-title-hint"),
            ) {
                e.title = v;
                changed = true;
            }
            if let Some(v) = widgets::form_text_row(
                ui,
                &t!("editor-evidence-address"),
                &e.url,
                &t!("editor-evidence-address-hint"),
            ) {
                e.url = v;
                changed = true;
            }
            let archived = e.archived.clone().unwrap_or_default();
            if let Some(v) = widgets::form_text_row(
                ui,
                &t!("archive-field"),
                &archived,
                &t!("archive-field-hint"),
            ) {
                // An emptied field means no copy: nothing is kept in the file for it.
                e.archived = (!v.trim().is_empty()).then_some(v);
                changed = true;
            }
            if let Some(v) = widgets::form_text_row(
                ui,
                &t!("editor-evidence-publisher"),
                &e.publisher,
                &t!("editor-evidence-publisher-hint"),
            ) {
                e.publisher = v;
                changed = true;
            }
            if let Some(v) = widgets::date_row(ui, &t!("editor-evidence-published"), e.date) {
                e.date = v;
                changed = true;
            }
            if let Some(v) = widgets::form_text_row(
                ui,
                &t!("editor-evidence-note"),
                &e.note,
                &t!("editor-evidence-note-hint"),
            ) {
                e.note = v;
                changed = true;
            }
            let l = ui.label(t!("editor-evidence-confidence"));
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
    // Below the fields, where its words can wrap: in a grid cell they would widen every field.
    changed |= ui
        .checkbox(&mut e.internal, t!("editor-evidence-internal"))
        .changed();
    changed
}
