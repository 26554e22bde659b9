//! The batch panel: shown instead of the editor while two or more rows are picked. Each button
//! sends one command that changes every picked item, taken back by one Undo.

use egui::{Button, ComboBox, Grid, RichText, ScrollArea, TextEdit, Ui};

use super::{actions, theme, widgets};
use crate::app::{BatchForm, Command, Document, UiState};
use crate::model::{Commitment, Evidence, Relation, Status, links};
use crate::t;

pub fn batch_ui(ui: &mut Ui, doc: &Document, state: &mut UiState, out: &mut Vec<Command>) {
    let picked: Vec<&Commitment> = doc
        .project
        .commitments
        .iter()
        .filter(|c| state.multi.contains(&c.id))
        .collect();
    let ids: Vec<String> = picked.iter().map(|c| c.id.clone()).collect();
    let recommendations = picked.iter().filter(|c| c.is_recommendation()).count();
    let cx = actions::Context::of(ui.ctx(), state);
    let form = &mut state.batch;
    ScrollArea::vertical()
        .id_salt("batch")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.heading(t!("batch-heading", count = ids.len()));
            ui.label(widgets::muted(t!("batch-hint")));
            if ui.button(t!("batch-clear")).clicked()
                && let Some(command) = actions::Action::ClearSelection.command(cx)
            {
                out.push(command);
            }
            // What the last button did, in room kept for it: nothing moves under the pointer.
            let result: Vec<String> = form.result.iter().cloned().collect();
            widgets::reserved_lines(ui, "batch-result", &result, theme::text(ui), 2);
            ui.separator();
            terms_ui(ui, doc, form, &ids, out);
            ui.add_space(theme::space::LARGE);
            status_ui(ui, form, &ids, out);
            ui.add_space(theme::space::LARGE);
            concern_ui(ui, &ids, out);
            ui.add_space(theme::space::LARGE);
            link_ui(ui, doc, form, &ids, recommendations, out);
        });
}

fn terms_ui(
    ui: &mut Ui,
    doc: &Document,
    form: &mut BatchForm,
    ids: &[String],
    out: &mut Vec<Command>,
) {
    ui.label(RichText::new(t!("batch-terms-heading")).strong());
    let terms = &doc.project.terms;
    if terms.is_empty() {
        ui.label(widgets::muted(t!("batch-no-terms")));
        return;
    }
    // A term that left the project is no choice any more.
    if form
        .term
        .as_ref()
        .is_some_and(|id| !terms.iter().any(|t| &t.id == id))
    {
        form.term = None;
    }
    let option = |t: &crate::model::Term| {
        t!(
            "batch-term-option",
            vocabulary = t.vocabulary.label(),
            term = t.label()
        )
    };
    let chosen = form
        .term
        .as_ref()
        .and_then(|id| terms.iter().find(|t| &t.id == id))
        .map_or_else(|| t!("batch-term-none"), option);
    Grid::new("batch-terms")
        .num_columns(2)
        .spacing(theme::space::GRID)
        .show(ui, |ui| {
            let l = ui.label(t!("batch-term"));
            ComboBox::from_id_salt("batch-term")
                .selected_text(chosen)
                .width(theme::CHOICE_WIDTH)
                .show_ui(ui, |ui| {
                    // Grouped by vocabulary, in the vocabularies' order.
                    for vocabulary in crate::model::Vocabulary::ALL {
                        for term in terms.iter().filter(|t| t.vocabulary == vocabulary) {
                            ui.selectable_value(
                                &mut form.term,
                                Some(term.id.clone()),
                                option(term),
                            );
                        }
                    }
                })
                .response
                .labelled_by(l.id);
            ui.end_row();
        });
    ui.horizontal(|ui| {
        let term = form.term.clone();
        let ready = term.is_some();
        let add = ui.add_enabled(ready, Button::new(t!("batch-term-add")));
        let remove = ui.add_enabled(ready, Button::new(t!("batch-term-remove")));
        if let Some(term) = term {
            if add.clicked() {
                out.push(Command::BatchAddTerm(ids.to_vec(), term));
            } else if remove.clicked() {
                out.push(Command::BatchRemoveTerm(ids.to_vec(), term));
            }
        }
    });
}

fn status_ui(ui: &mut Ui, form: &mut BatchForm, ids: &[String], out: &mut Vec<Command>) {
    ui.label(RichText::new(t!("batch-status-heading")).strong());
    Grid::new("batch-status")
        .num_columns(2)
        .spacing(theme::space::GRID)
        .show(ui, |ui| {
            let l = ui.label(t!("batch-status"));
            ComboBox::from_id_salt("batch-status")
                .selected_text(form.status.label())
                .width(theme::CHOICE_WIDTH)
                .show_ui(ui, |ui| {
                    for s in Status::ALL {
                        ui.selectable_value(&mut form.status, s, s.label())
                            .on_hover_text(s.definition());
                    }
                })
                .response
                .labelled_by(l.id);
            ui.end_row();
            widgets::draft_row(
                ui,
                &t!("batch-date"),
                TextEdit::singleline(&mut form.date_text)
                    .hint_text(t!("editor-history-date-hint"))
                    .desired_width(theme::DATE_WIDTH),
            );
            widgets::draft_row(
                ui,
                &t!("batch-note"),
                TextEdit::multiline(&mut form.note)
                    .hint_text(t!("batch-note-hint"))
                    .desired_rows(2)
                    .desired_width(f32::INFINITY),
            );
            widgets::draft_row(
                ui,
                &t!("batch-evidence-url"),
                TextEdit::singleline(&mut form.evidence_url)
                    .hint_text(t!("batch-evidence-url-hint"))
                    .desired_width(f32::INFINITY),
            );
            widgets::draft_row(
                ui,
                &t!("batch-evidence-title"),
                TextEdit::singleline(&mut form.evidence_title).desired_width(f32::INFINITY),
            );
        });
    let date = form.date_text.trim().parse::<crate::model::Date>();
    let refusal = (!form.evidence_url.trim().is_empty())
        .then(|| links::evidence_refusal(form.evidence_url.trim()))
        .flatten();
    let mut problems = Vec::new();
    if let Err(e) = &date {
        problems.push(e.to_string());
    }
    problems.extend(refusal.clone());
    widgets::problem_lines(ui, "batch-status-problems", &problems, 2);
    let ready = date.is_ok() && refusal.is_none();
    let button = ui.add_enabled(ready, Button::new(t!("batch-status-apply")));
    if button.clicked()
        && let Ok(date) = date
    {
        let named = !form.evidence_url.trim().is_empty() || !form.evidence_title.trim().is_empty();
        let evidence = named.then(|| {
            let mut e = Evidence::new(0);
            e.url = form.evidence_url.trim().to_owned();
            e.title = form.evidence_title.trim().to_owned();
            e.date = Some(date);
            e
        });
        out.push(Command::BatchChangeStatus {
            ids: ids.to_vec(),
            to: form.status,
            date,
            note: form.note.trim().to_owned(),
            evidence,
        });
    }
}

fn concern_ui(ui: &mut Ui, ids: &[String], out: &mut Vec<Command>) {
    ui.label(RichText::new(t!("batch-concern-heading")).strong());
    ui.horizontal_wrapped(|ui| {
        if ui.button(t!("batch-concern-flag")).clicked() {
            out.push(Command::BatchSetConcern(ids.to_vec(), true));
        }
        if ui.button(t!("batch-concern-clear")).clicked() {
            out.push(Command::BatchSetConcern(ids.to_vec(), false));
        }
    });
}

fn link_ui(
    ui: &mut Ui,
    doc: &Document,
    form: &mut BatchForm,
    ids: &[String],
    recommendations: usize,
    out: &mut Vec<Command>,
) {
    ui.label(RichText::new(t!("batch-link-heading")).strong());
    let all: Vec<&Commitment> = doc
        .project
        .commitments
        .iter()
        .filter(|c| c.is_recommendation())
        .collect();
    if all.is_empty() {
        ui.label(widgets::muted(t!("batch-no-recommendations")));
        return;
    }
    if form
        .recommendation
        .as_ref()
        .is_some_and(|id| !all.iter().any(|c| &c.id == id))
    {
        form.recommendation = None;
    }
    let name = |c: &Commitment| format!("{}  {}", c.id, c.title);
    let chosen = form
        .recommendation
        .as_ref()
        .and_then(|id| all.iter().find(|c| &c.id == id))
        .map_or_else(|| t!("batch-recommendation-none"), |c| name(c));
    Grid::new("batch-link")
        .num_columns(2)
        .spacing(theme::space::GRID)
        .show(ui, |ui| {
            let l = ui.label(t!("batch-recommendation"));
            ComboBox::from_id_salt("batch-recommendation")
                .selected_text(chosen)
                .width(theme::CHOICE_WIDTH)
                .truncate()
                .show_ui(ui, |ui| {
                    for c in &all {
                        ui.selectable_value(&mut form.recommendation, Some(c.id.clone()), name(c));
                    }
                })
                .response
                .labelled_by(l.id);
            ui.end_row();
            let l = ui.label(t!("batch-relation"));
            ComboBox::from_id_salt("batch-relation")
                .selected_text(form.relation.label())
                .width(theme::CHOICE_WIDTH)
                .show_ui(ui, |ui| {
                    for r in Relation::ALL {
                        ui.selectable_value(&mut form.relation, r, r.label());
                    }
                })
                .response
                .labelled_by(l.id);
            ui.end_row();
        });
    let skipped: Vec<String> = (recommendations > 0)
        .then(|| t!("batch-recommendations-skipped", count = recommendations))
        .into_iter()
        .collect();
    widgets::reserved_lines(ui, "batch-skipped", &skipped, theme::muted(ui), 2);
    let button = ui.add_enabled(
        form.recommendation.is_some(),
        Button::new(t!("batch-link-apply")),
    );
    if button.clicked()
        && let Some(recommendation) = form.recommendation.clone()
    {
        out.push(Command::BatchLink(
            ids.to_vec(),
            recommendation,
            form.relation,
        ));
    }
}
