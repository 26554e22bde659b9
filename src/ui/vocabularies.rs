//! The vocabularies dialog: the project's terms for themes, affected groups, SDG targets and
//! lead institutions, each with its label in English, Russian and Kazakh. Items hold a term's
//! id, so renaming a term changes every label at once; removing one that items use names them
//! and asks first.

use egui::{ComboBox, Grid, Id, Modal, RichText, ScrollArea, Ui};

use super::{theme, widgets};
use crate::app::{Command, Dialog, Document, ProjectEdit, UiState, VocabularyForm};
use crate::model::{Project, Term, Vocabulary};
use crate::t;

pub fn vocabularies_ui(
    ctx: &egui::Context,
    doc: &Document,
    state: &mut UiState,
    out: &mut Vec<Command>,
) {
    let Some(Dialog::Vocabularies(form)) = state.dialogs.shown_mut() else {
        return;
    };
    let project = &doc.project;
    let mut close = false;
    Modal::new(Id::unique("vocabularies")).show(ctx, |ui| {
        widgets::list_dialog_head(ui, &t!("vocab-title"), &t!("vocab-intro"));
        if form.draft.is_some() {
            draft_ui(ui, project, form, out);
            return;
        }
        if let Some(i) = form.confirm_remove {
            confirm_remove_ui(ui, project, form, i, out);
            return;
        }
        list_ui(ui, project, form, out);
        let (add, closed) = widgets::add_and_close(ui, &t!("vocab-add"), &t!("vocab-close"));
        if add {
            form.draft = Some((None, Term::new("", Vocabulary::Theme, "")));
        }
        close = closed;
    });
    if close {
        state.dialogs.close();
    }
}

/// Ids of the items tagged with `term`.
pub fn using(project: &Project, term: &str) -> Vec<String> {
    project
        .commitments
        .iter()
        .filter(|c| c.terms.iter().any(|t| t == term))
        .map(|c| c.id.clone())
        .collect()
}

fn list_ui(ui: &mut Ui, project: &Project, form: &mut VocabularyForm, out: &mut Vec<Command>) {
    if project.terms.is_empty() {
        ui.label(widgets::muted(t!("vocab-none")));
        return;
    }
    ScrollArea::vertical()
        .max_height(theme::dialog::LIST_TALL)
        .show(ui, |ui| {
            for vocabulary in Vocabulary::ALL {
                let terms: Vec<(usize, &Term)> = project
                    .terms
                    .iter()
                    .enumerate()
                    .filter(|(_, t)| t.vocabulary == vocabulary)
                    .collect();
                if terms.is_empty() {
                    continue;
                }
                ui.label(RichText::new(vocabulary.label()).strong());
                for (i, term) in terms {
                    ui.push_id(("term", i), |ui| {
                        ui.horizontal_wrapped(|ui| {
                            ui.label(RichText::new(&term.id).monospace());
                            ui.label(term.label());
                            let count = using(project, &term.id).len();
                            ui.label(widgets::muted(t!("vocab-used-by", count = count)));
                            let name = t!("vocab-edit-name", id = term.id.as_str());
                            if widgets::named_button(ui, &t!("vocab-edit"), name).clicked() {
                                form.draft = Some((Some(i), term.clone()));
                            }
                            let name = t!("vocab-remove-name", id = term.id.as_str());
                            if widgets::named_button(ui, &t!("vocab-remove"), name).clicked() {
                                if count == 0 {
                                    out.push(Command::EditProject(ProjectEdit::RemoveTerm(i)));
                                } else {
                                    form.confirm_remove = Some(i);
                                }
                            }
                        });
                    });
                }
                ui.add_space(theme::space::SMALL);
            }
        });
}

fn confirm_remove_ui(
    ui: &mut Ui,
    project: &Project,
    form: &mut VocabularyForm,
    i: usize,
    out: &mut Vec<Command>,
) {
    let Some(term) = project.terms.get(i) else {
        form.confirm_remove = None;
        return;
    };
    let used = using(project, &term.id);
    ui.label(RichText::new(t!("vocab-remove-title", term = term.label())).strong());
    ui.label(t!(
        "vocab-remove-body",
        count = used.len(),
        ids = used.join(", ")
    ));
    ui.horizontal(|ui| {
        if ui.button(t!("vocab-remove-anyway")).clicked() {
            out.push(Command::EditProject(ProjectEdit::RemoveTerm(i)));
            form.confirm_remove = None;
        }
        if ui.button(t!("vocab-keep")).clicked() {
            form.confirm_remove = None;
        }
    });
}

/// The add/edit form: the id is fixed once a term exists, since items refer to it.
fn draft_ui(ui: &mut Ui, project: &Project, form: &mut VocabularyForm, out: &mut Vec<Command>) {
    let Some((index, term)) = &mut form.draft else {
        return;
    };
    ui.label(
        RichText::new(if index.is_some() {
            t!("vocab-edit-title")
        } else {
            t!("vocab-new-title")
        })
        .strong(),
    );
    Grid::new("term-fields")
        .num_columns(2)
        .spacing(theme::space::GRID)
        .show(ui, |ui| {
            if index.is_some() {
                widgets::field_label(ui, &t!("vocab-id"));
                ui.label(RichText::new(&term.id).monospace());
                ui.end_row();
            } else if let Some(v) =
                widgets::form_text_row(ui, &t!("vocab-id"), &term.id, &t!("vocab-id-hint"))
            {
                term.id = v.trim().to_owned();
            }
            let l = widgets::field_label(ui, &t!("vocab-vocabulary"));
            ComboBox::from_id_salt("vocabulary")
                .selected_text(term.vocabulary.label())
                .show_ui(ui, |ui| {
                    for v in Vocabulary::ALL {
                        ui.selectable_value(&mut term.vocabulary, v, v.label());
                    }
                })
                .response
                .labelled_by(l.id);
            ui.end_row();
            for (key, text) in [
                ("vocab-label-en", &mut term.en),
                ("vocab-label-ru", &mut term.ru),
                ("vocab-label-kk", &mut term.kk),
            ] {
                if let Some(v) = widgets::form_text_row(ui, &t!(key), text, "") {
                    *text = v;
                }
            }
        });
    let problem = if term.id.is_empty() {
        Some(t!("vocab-id-missing"))
    } else if index.is_none() && project.terms.iter().any(|t| t.id == term.id) {
        Some(t!("vocab-id-taken", id = term.id.as_str()))
    } else if term.en.trim().is_empty() {
        Some(t!("vocab-label-missing"))
    } else {
        None
    };
    // The line is always there, so the buttons below never move as the form is filled.
    widgets::problem_lines(ui, "term-problem", problem.as_slice(), 1);
    let mut done = false;
    ui.horizontal(|ui| {
        if ui
            .add_enabled(problem.is_none(), egui::Button::new(t!("vocab-save")))
            .clicked()
        {
            let edit = match index {
                Some(i) => ProjectEdit::UpdateTerm(*i, term.clone()),
                None => ProjectEdit::AddTerm(term.clone()),
            };
            out.push(Command::EditProject(edit));
            done = true;
        }
        if ui.button(t!("vocab-cancel")).clicked() {
            done = true;
        }
    });
    if done {
        form.draft = None;
    }
}
