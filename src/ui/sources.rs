//! The source documents dialog: the speeches, laws and statements commitments cite. Sources
//! can be added, edited and removed; links are checked like evidence, and removing a source
//! that commitments cite names them and asks first.

use egui::{Id, Modal, RichText, ScrollArea, TextEdit, Ui};

use super::{theme, widgets};
use crate::app::{
    Command, Dialog, Document, ProjectEdit, SourceDraft, SourcesForm, UiState, citing,
};
use crate::model::links::{LinkCheck, check_link};
use crate::model::{Project, SourceDoc};

pub fn sources_ui(
    ctx: &egui::Context,
    doc: &Document,
    state: &mut UiState,
    out: &mut Vec<Command>,
) {
    let Some(Dialog::Sources(form)) = state.dialogs.shown_mut() else {
        return;
    };
    let project = &doc.project;
    let mut close = false;
    Modal::new(Id::unique("sources")).show(ctx, |ui| {
        widgets::list_dialog_head(ui, &crate::t!("sources-title"), &crate::t!("sources-intro"));
        if let Some(draft) = &mut form.draft {
            let done = draft_ui(ui, project, draft, out);
            if done {
                form.draft = None;
            }
            return;
        }
        if let Some(i) = form.confirm_remove {
            confirm_remove_ui(ui, project, form, i, out);
            return;
        }
        list_ui(ui, project, form, out);
        let add = crate::t!("sources-add");
        let (added, closed) = widgets::add_and_close(ui, &add, &crate::t!("sources-close"));
        if added {
            form.draft = Some(SourceDraft::of(None, blank_source(project)));
        }
        close = closed;
    });
    if close {
        state.dialogs.close();
    }
}

fn list_ui(ui: &mut Ui, project: &Project, form: &mut SourcesForm, out: &mut Vec<Command>) {
    if project.sources.is_empty() {
        ui.label(widgets::muted(crate::t!("sources-none")));
        return;
    }
    ScrollArea::vertical()
        .max_height(theme::dialog::LIST_TALL)
        .show(ui, |ui| {
            for (i, s) in project.sources.iter().enumerate() {
                ui.push_id(("source", i), |ui| {
                    egui::Frame::group(ui.style()).show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        source_view_ui(ui, project, s);
                        ui.horizontal(|ui| {
                            let name = crate::t!("sources-edit-name", id = s.id.as_str());
                            if widgets::named_button(ui, &crate::t!("sources-edit"), name).clicked()
                            {
                                form.draft = Some(SourceDraft::of(Some(i), s.clone()));
                            }
                            let name = crate::t!("sources-remove-name", id = s.id.as_str());
                            if widgets::named_button(ui, &crate::t!("sources-remove"), name)
                                .clicked()
                            {
                                if citing(project, &s.id).is_empty() {
                                    out.push(Command::EditProject(ProjectEdit::RemoveSource(i)));
                                } else {
                                    form.confirm_remove = Some(i);
                                }
                            }
                        });
                    });
                });
            }
        });
}

fn source_view_ui(ui: &mut Ui, project: &Project, s: &SourceDoc) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(&s.id).monospace());
        ui.label(RichText::new(&s.title).strong());
    });
    let mut line = s.publisher.clone();
    if let Some(d) = s.date {
        if !line.is_empty() {
            line.push_str(", ");
        }
        line.push_str(&d.to_string());
    }
    if !line.is_empty() {
        ui.label(widgets::muted(line));
    }
    if !s.url.trim().is_empty() {
        match check_link(&s.url) {
            LinkCheck::Openable(url) => {
                ui.hyperlink_to(&url, &url);
            }
            LinkCheck::Refused { reason } => {
                ui.colored_label(
                    theme::error(ui),
                    crate::t!("sources-link-refused", reason = reason),
                );
            }
        }
    }
    let cited = citing(project, &s.id);
    let cited = match cited.len() {
        0 => crate::t!("sources-cited-by-none"),
        1 => crate::t!("sources-cited-by-one", id = cited[0].as_str()),
        n => crate::t!("sources-cited-by", count = n, ids = cited.join(", ")),
    };
    ui.label(widgets::muted(cited));
}

fn confirm_remove_ui(
    ui: &mut Ui,
    project: &Project,
    form: &mut SourcesForm,
    i: usize,
    out: &mut Vec<Command>,
) {
    let Some(s) = project.sources.get(i) else {
        form.confirm_remove = None;
        return;
    };
    let cited = citing(project, &s.id);
    ui.label(RichText::new(crate::t!("sources-remove-title", title = s.title.as_str())).strong());
    ui.label(crate::t!(
        "sources-remove-body",
        count = cited.len(),
        ids = cited.join(", "),
        id = s.id.as_str(),
    ));
    ui.horizontal(|ui| {
        if ui.button(crate::t!("sources-remove-anyway")).clicked() {
            out.push(Command::EditProject(ProjectEdit::RemoveSource(i)));
        }
        if ui.button(crate::t!("sources-keep")).clicked() {
            form.confirm_remove = None;
        }
    });
}

/// The add/edit form. Returns true when it closes.
fn draft_ui(
    ui: &mut Ui,
    project: &Project,
    draft: &mut SourceDraft,
    out: &mut Vec<Command>,
) -> bool {
    ui.label(
        RichText::new(if draft.index.is_some() {
            crate::t!("sources-edit-title")
        } else {
            crate::t!("sources-new-title")
        })
        .strong(),
    );
    let date = widgets::parse_optional_date(&draft.date_text);
    let problems = problems(project, draft, &date);
    let cited = draft
        .index
        .and_then(|i| project.sources.get(i))
        .map(|s| citing(project, &s.id))
        .unwrap_or_default();
    egui::Grid::new("source-fields")
        .num_columns(2)
        .spacing(theme::space::GRID)
        .show(ui, |ui| {
            let l = ui.label(crate::t!("sources-id"));
            if cited.is_empty() {
                ui.add(
                    TextEdit::singleline(&mut draft.source.id)
                        .hint_text(crate::t!("sources-id-hint"))
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(l.id);
            } else {
                // Commitments name the source by its id: renaming it would cut them off.
                ui.label(RichText::new(&draft.source.id).monospace())
                    .labelled_by(l.id)
                    .on_hover_text(crate::t!("sources-id-fixed"));
            }
            ui.end_row();
            field(
                ui,
                "sources-field-title",
                &mut draft.source.title,
                "sources-field-title-hint",
            );
            field(
                ui,
                "sources-field-publisher",
                &mut draft.source.publisher,
                "sources-field-publisher-hint",
            );
            field(
                ui,
                "sources-field-date",
                &mut draft.date_text,
                "window-date-hint",
            );
            field(
                ui,
                "sources-field-url",
                &mut draft.source.url,
                "sources-field-url-hint",
            );
            field(
                ui,
                "sources-field-note",
                &mut draft.source.note,
                "sources-field-note-hint",
            );
        });
    widgets::problem_lines(ui, "source-problems", &problems, 2);
    let mut done = false;
    ui.horizontal(|ui| {
        let save = ui.add_enabled(
            problems.is_empty(),
            egui::Button::new(crate::t!("sources-save")),
        );
        if save.clicked()
            && let Ok(date) = date
        {
            let mut source = draft.source.clone();
            source.date = date;
            source.id = source.id.trim().to_owned();
            source.url = source.url.trim().to_owned();
            out.push(Command::EditProject(match draft.index {
                Some(i) => ProjectEdit::UpdateSource(i, source),
                None => ProjectEdit::AddSource(source),
            }));
            done = true;
        }
        if ui.button(crate::t!("prompt-cancel")).clicked() {
            done = true;
        }
    });
    done
}

/// A labelled text field; `label` and `hint` are message keys.
fn field(ui: &mut Ui, label: &str, text: &mut String, hint: &str) {
    let l = ui.label(crate::t!(label));
    ui.add(
        TextEdit::singleline(text)
            .hint_text(crate::t!(hint))
            .desired_width(f32::INFINITY),
    )
    .labelled_by(l.id);
    ui.end_row();
}

/// What stops the draft from being saved, in words.
fn problems(
    project: &Project,
    draft: &SourceDraft,
    date: &Result<Option<crate::model::Date>, crate::model::DateError>,
) -> Vec<String> {
    let mut v = Vec::new();
    let id = draft.source.id.trim();
    if id.is_empty() {
        v.push(crate::t!("sources-problem-no-id"));
    } else if project
        .sources
        .iter()
        .enumerate()
        .any(|(i, s)| s.id == id && Some(i) != draft.index)
    {
        v.push(crate::t!("sources-problem-duplicate-id", id = id));
    }
    if draft.source.title.trim().is_empty() {
        v.push(crate::t!("sources-problem-no-title"));
    }
    if let Err(e) = date {
        v.push(crate::t!("sources-problem-date", error = e.to_string()));
    }
    let url = draft.source.url.trim();
    if !url.is_empty()
        && let LinkCheck::Refused { reason } = check_link(url)
    {
        v.push(crate::t!("sources-problem-url", reason = reason));
    }
    v
}

/// A new source with an id no other source has.
fn blank_source(project: &Project) -> SourceDoc {
    let id = (1..)
        .map(|n| format!("source-{n}"))
        .find(|id| project.sources.iter().all(|s| s.id != *id))
        .unwrap_or_default();
    SourceDoc {
        id,
        title: String::new(),
        publisher: String::new(),
        date: None,
        url: String::new(),
        note: String::new(),
    }
}
