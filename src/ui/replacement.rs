//! Replaced commitments in the window: the mark beside the status chip, and the editor's
//! section that shows who replaced whom, with links both ways.

use egui::{Response, RichText, Sense, Ui, vec2};

use super::{theme, widgets};
use crate::app::{Command, Document, ReplacementForm, UiState};
use crate::model::links::check_link;
use crate::model::replacement::{Replaced, replaced_by};
use crate::model::{Commitment, Project, Replacement};
use crate::report::replacement_words::{replaced_line, replaced_word, replaces_line};
use crate::t;

/// A small outlined chip, "Replaced" or "Partly replaced", beside the status chip. Screen
/// readers (and hovering) get the whole sentence: "Replaced on 1 Jul 2026 by K1".
pub fn replaced_chip(ui: &mut Ui, r: &Replacement) -> Response {
    let sentence = replaced_line(r);
    let galley = ui.painter().layout_no_wrap(
        replaced_word(r),
        egui::FontId::proportional(theme::text_size::CAPTION),
        theme::muted(ui),
    );
    let margin = vec2(theme::space::CHIP_MARGIN[0], theme::space::CHIP_MARGIN[1]);
    let (rect, response) = ui.allocate_exact_size(galley.size() + 2.0 * margin, Sense::hover());
    if ui.is_rect_visible(rect) {
        let stroke = egui::Stroke::new(theme::shape::LINE, theme::muted(ui));
        ui.painter()
            .rect_stroke(rect, theme::shape::CORNER, stroke, egui::StrokeKind::Inside);
        ui.painter()
            .galley(rect.min + margin, galley, theme::muted(ui));
    }
    response
        .widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Label, true, &sentence));
    response.on_hover_text(sentence)
}

/// The replacement as the date shown sees it, read-only: what replaced this commitment, with
/// the note and the evidence, and what this commitment replaced. Links select the other
/// commitment.
pub fn replacement_view_ui(
    ui: &mut Ui,
    doc: &Document,
    state: &UiState,
    c: &Commitment,
    out: &mut Vec<Command>,
) {
    let (project, as_of) = (&doc.project, state.as_of);
    if let Some(r) = &c.replaced {
        if c.replaced_on(as_of).is_some() {
            mark_ui(ui, project, c, r, out);
        } else if let Some(shown) = as_of {
            ui.label(widgets::muted(t!(
                "replacement-not-yet",
                date = shown.to_string(),
                mark = replaced_line(r)
            )));
        }
    }
    let back = replaced_back(doc, state, &c.id);
    let (now, later): (Vec<Replaced<'_>>, Vec<Replaced<'_>>) = back
        .into_iter()
        .partition(|b| b.commitment.replaced_on(as_of).is_some());
    if !now.is_empty() {
        ui.horizontal_wrapped(|ui| {
            ui.label(replaces_line(&now));
            ui.label(widgets::muted(t!("replacement-go-to")));
            for b in &now {
                commitment_link(ui, b.commitment, b.index, out);
            }
        });
    }
    if let (false, Some(shown)) = (later.is_empty(), as_of) {
        let ids: Vec<&str> = later.iter().map(|b| b.commitment.id.as_str()).collect();
        ui.label(widgets::muted(t!(
            "replacement-later",
            date = shown.to_string(),
            ids = ids.join(", ")
        )));
    }
}

/// What `id` replaced, from the checklist's cache when it belongs to this document version.
fn replaced_back<'a>(doc: &'a Document, state: &UiState, id: &str) -> Vec<Replaced<'a>> {
    match &state.cache {
        Some(cache) => cache.replaced_by(doc, id),
        None => replaced_by(doc.project.as_ref(), id),
    }
}

/// "Replaced on 1 Jul 2026 by K1", the note, the evidence it rests on, and links to K1.
fn mark_ui(
    ui: &mut Ui,
    project: &Project,
    c: &Commitment,
    r: &Replacement,
    out: &mut Vec<Command>,
) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(replaced_line(r)).strong());
        if !r.by.is_empty() {
            ui.horizontal_wrapped(|ui| {
                ui.label(widgets::muted(t!("replacement-by-label")));
                for id in &r.by {
                    match project.commitments.iter().position(|o| o.id == *id) {
                        Some(i) => commitment_link(ui, &project.commitments[i], i, out),
                        None => {
                            ui.label(t!("editor-not-in-project", id = id));
                        }
                    }
                }
            });
        }
        if !r.note.is_empty() {
            ui.label(&r.note);
        }
        for id in &r.evidence {
            ui.horizontal_wrapped(|ui| {
                ui.label(widgets::muted(t!("replacement-evidence")));
                evidence_link(ui, c, *id, out);
            });
        }
    });
}

fn commitment_link(ui: &mut Ui, other: &Commitment, index: usize, out: &mut Vec<Command>) {
    if ui
        .link(RichText::new(&other.id).monospace())
        .on_hover_text(&other.title)
        .clicked()
    {
        out.push(Command::Select(Some(index)));
    }
}

fn evidence_link(ui: &mut Ui, c: &Commitment, id: u32, out: &mut Vec<Command>) {
    let Some(e) = c.evidence_by_id(id) else {
        ui.label(t!("editor-history-evidence-removed", id = id.to_string()));
        return;
    };
    let name = e.name().unwrap_or(&e.url).to_owned();
    match check_link(&e.url).openable() {
        Some(url) => {
            if ui.link(&name).on_hover_text(url).clicked() {
                out.push(Command::OpenLink(e.url.clone()));
            }
        }
        None => {
            ui.label(name);
        }
    }
    if let Some(d) = e.date {
        ui.label(widgets::muted(d.to_string()));
    }
}

/// The editor's section: the view, and the buttons and form that mark or unmark.
pub fn replacement_section_ui(
    ui: &mut Ui,
    doc: &Document,
    c: &Commitment,
    index: usize,
    state: &mut UiState,
    out: &mut Vec<Command>,
) {
    let project = &doc.project;
    ui.heading(t!("replacement-heading"));
    let has_back = !replaced_back(doc, state, &c.id).is_empty();
    if c.replaced.is_none() && !has_back {
        ui.label(widgets::muted(t!("replacement-in-force")));
    }
    replacement_view_ui(ui, doc, state, c, out);
    if state.replacement_form.is_none() {
        ui.horizontal_wrapped(|ui| {
            let open = if c.replaced.is_some() {
                t!("replacement-change")
            } else {
                t!("replacement-mark-open")
            };
            if ui
                .button(open)
                .on_hover_text(t!("replacement-mark-hover"))
                .clicked()
            {
                state.replacement_form = Some(ReplacementForm::of(c));
            }
            if c.replaced.is_some() && ui.button(t!("replacement-remove")).clicked() {
                out.push(Command::ClearReplaced(index));
            }
        });
        return;
    }
    let mut cancel = false;
    if let Some(form) = &mut state.replacement_form {
        super::replacement_form::form_ui(ui, project, c, index, form, out);
        cancel = ui.button(t!("replacement-cancel")).clicked();
    }
    if cancel {
        state.replacement_form = None;
    }
}
