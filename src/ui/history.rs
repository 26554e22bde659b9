//! Status, its definition, the append-only history, and the form that records a change.

use egui::{ComboBox, Response, RichText, TextEdit, Ui};

use super::{theme, widgets};
use crate::app::{Command, StatusForm, UiState};
use crate::model::as_of::known_on;
use crate::model::{Commitment, Date, Status, links};
use crate::t;

/// The coloured status chip, with its status as the text a screen reader reads ("Status:
/// Fulfilled"): the chip itself is painted, so without this the status would be conveyed by
/// colour alone. The prefix keeps the name apart from the status choices' own labels.
///
/// At least as wide as the longest status label in the current language ("Выполнено
/// частично" is longer than "Partially fulfilled"), so no label spills out of its chip and
/// the chips of a column stay the same width.
pub fn status_chip(ui: &mut Ui, status: Status, width: f32) -> Response {
    let widest = Status::ALL
        .iter()
        .map(|s| {
            ui.painter()
                .layout_no_wrap(
                    s.label().to_owned(),
                    egui::FontId::proportional(theme::text_size::CHIP),
                    egui::Color32::PLACEHOLDER,
                )
                .size()
                .x
        })
        .fold(0.0, f32::max);
    let response = widgets::status_chip(ui, status, width.max(widest + theme::space::LARGE));
    response.widget_info(|| {
        let name = t!("editor-status-chip", status = status.label());
        egui::WidgetInfo::labeled(egui::accesskit::Role::Label, true, name)
    });
    response
}

pub fn status_section_ui(
    ui: &mut Ui,
    c: &Commitment,
    index: usize,
    state: &mut UiState,
    out: &mut Vec<Command>,
) {
    ui.heading(t!("editor-history-status"));
    // Wrapped: a long definition beside the chip would otherwise widen the whole editor.
    let replaced = c.replaced_on(state.as_of);
    ui.horizontal_wrapped(|ui| {
        status_chip(ui, c.status, theme::CHIP_WIDTH);
        // "In force and operating as promised" is not true of a commitment replaced as a
        // whole: the line below says what its status records instead.
        if replaced.is_none_or(|r| r.partial) {
            ui.label(c.status.definition());
        }
    });
    if let Some(r) = replaced {
        ui.label(widgets::muted(
            crate::report::replacement_words::status_caveat(r),
        ));
    }
    if state.status_form.is_none() && ui.button(t!("editor-history-change-status")).clicked() {
        state.status_form = Some(StatusForm::for_status(c.status));
    }
    if let Some(form) = &mut state.status_form {
        if let Some(command) = status_form_ui(ui, c, index, form) {
            out.push(command);
        }
        if ui.button(t!("editor-history-cancel")).clicked() {
            state.status_form = None;
        }
    }
    ui.add_space(theme::space::TIGHT);
    history_list_ui(ui, c, None);
}

/// The history up to `as_of` (`None`: all of it), newest first, with the evidence each change
/// rests on.
pub fn history_list_ui(ui: &mut Ui, c: &Commitment, as_of: Option<Date>) {
    let known: Vec<_> = c
        .history
        .iter()
        .filter(|h| known_on(Some(h.date), as_of))
        .collect();
    ui.label(RichText::new(t!("editor-history-heading", count = known.len())).strong());
    if known.is_empty() {
        ui.label(widgets::muted(t!("editor-history-empty")));
    }
    for change in known.into_iter().rev() {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(change.date.to_string()).monospace());
            status_chip(ui, change.from, theme::CHIP_WIDTH);
            ui.label(t!("editor-history-to"));
            status_chip(ui, change.to, theme::CHIP_WIDTH);
            if !change.note.is_empty() {
                ui.label(&change.note);
            }
            let titles: Vec<String> = change
                .evidence
                .iter()
                .map(|id| match c.evidence_by_id(*id) {
                    Some(e) if !links::counts(e) => {
                        t!("editor-history-evidence-refused", id = id.to_string())
                    }
                    Some(e) if !e.title.is_empty() => e.title.clone(),
                    Some(_) => t!("editor-history-evidence", id = id.to_string()),
                    None => t!("editor-history-evidence-removed", id = id.to_string()),
                })
                .collect();
            if !titles.is_empty() {
                ui.label(widgets::muted(t!(
                    "editor-history-evidence-list",
                    list = titles.join("; ")
                )));
            }
        });
    }
}

fn status_form_ui(
    ui: &mut Ui,
    c: &Commitment,
    index: usize,
    form: &mut StatusForm,
) -> Option<Command> {
    let mut command = None;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        egui::Grid::new("status-form")
            .num_columns(2)
            .spacing(theme::space::GRID)
            .show(ui, |ui| {
                let l = ui.label(t!("editor-history-new-status"));
                ComboBox::from_id_salt("new-status")
                    .selected_text(form.to.label())
                    .show_ui(ui, |ui| {
                        for s in Status::ALL {
                            ui.selectable_value(&mut form.to, s, s.label())
                                .on_hover_text(s.definition());
                        }
                    })
                    .response
                    .labelled_by(l.id);
                ui.end_row();
                ui.label("");
                ui.label(widgets::muted(form.to.definition()));
                ui.end_row();

                widgets::draft_row(
                    ui,
                    &t!("editor-history-date"),
                    TextEdit::singleline(&mut form.date_text)
                        .hint_text(t!("editor-history-date-hint"))
                        .desired_width(theme::DATE_WIDTH),
                );

                widgets::draft_row(
                    ui,
                    &t!("editor-history-why"),
                    TextEdit::multiline(&mut form.note)
                        .hint_text(t!("editor-history-why-hint"))
                        .desired_rows(2)
                        .desired_width(f32::INFINITY),
                );

                ui.label(t!("editor-history-rests-on"));
                ui.vertical(|ui| {
                    let usable: Vec<_> = c.evidence.iter().filter(|e| links::counts(e)).collect();
                    if usable.is_empty() {
                        ui.label(widgets::muted(t!("editor-history-no-evidence")));
                    }
                    for e in usable {
                        let text = if e.title.is_empty() {
                            t!("editor-history-evidence", id = e.id.to_string())
                        } else {
                            e.title.clone()
                        };
                        widgets::choice_checkbox(ui, &mut form.evidence, e.id, text);
                    }
                });
                ui.end_row();
            });
        let date = form.date_text.trim().parse::<crate::model::Date>();
        // Why Record is greyed out, and the tip, in room kept for them: ticking evidence or
        // typing the date's last digit moves nothing.
        let mut problems = Vec::new();
        if let Err(e) = &date {
            problems.push(e.to_string());
        }
        if form.to == c.status {
            problems.push(t!("editor-history-pick-other"));
        }
        widgets::problem_lines(ui, "status-problems", &problems, 1);
        let tip: Vec<String> = form
            .evidence
            .is_empty()
            .then(|| t!("editor-history-tip"))
            .into_iter()
            .collect();
        widgets::reserved_lines(ui, "status-tip", &tip, theme::concern(ui), 1);
        let ready = date.is_ok() && form.to != c.status;
        let button = ui.add_enabled(ready, egui::Button::new(t!("editor-history-record")));
        if button.clicked()
            && let Ok(date) = date
        {
            command = Some(Command::ChangeStatus {
                index,
                to: form.to,
                date,
                note: form.note.trim().to_owned(),
                // Only what the form offers: a refused link is never the basis of a change.
                evidence: form
                    .evidence
                    .iter()
                    .copied()
                    .filter(|id| c.evidence_by_id(*id).is_some_and(links::counts))
                    .collect(),
            });
        }
    });
    command
}
