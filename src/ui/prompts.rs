//! The questions the app asks before anything could be lost.

use egui::{Id, Modal, RichText, Ui};

use super::theme;
use crate::app::{Command, Confirm, Document, PendingAction, UiState};

pub fn confirm_ui(ctx: &egui::Context, doc: &Document, state: &UiState, out: &mut Vec<Command>) {
    let Some(confirm) = &state.confirm else {
        return;
    };
    let modal = Modal::new(Id::unique("confirm")).show(ctx, |ui| {
        ui.set_max_width(theme::dialog::NARROW);
        match confirm {
            Confirm::Unsaved(action) => unsaved_ui(ui, doc, state, action, out),
            Confirm::ChangedOnDisk => changed_on_disk_ui(ui, doc, state, out),
            Confirm::DropComments => drop_comments_ui(ui, doc, out),
            Confirm::Delete(index) => delete_ui(ui, doc, *index, out),
        }
    });
    // Escape (or a click beside the question) answers Cancel: nothing is lost or changed.
    if modal.should_close() {
        out.push(Command::ConfirmCancel);
    }
}

fn unsaved_ui(
    ui: &mut Ui,
    doc: &Document,
    state: &UiState,
    action: &PendingAction,
    out: &mut Vec<Command>,
) {
    // Whole sentences per case: other languages word "before closing" differently.
    let key = match action {
        PendingAction::New | PendingAction::NewFromImport(_) => "prompt-unsaved-before-new",
        PendingAction::Open | PendingAction::OpenPath(_) => "prompt-unsaved-before-open",
        PendingAction::Close => "prompt-unsaved-before-close",
    };
    ui.label(RichText::new(crate::t!(key, name = doc.question_name())).heading());
    ui.label(crate::t!("prompt-unsaved-body"));
    let typed = typed_notes(doc, state);
    if !typed.is_empty() {
        ui.add_space(theme::space::TIGHT);
        ui.label(crate::t!("prompt-unsaved-notes"));
        for (id, note) in typed {
            let line = crate::t!("prompt-recovery-draft", id = id, note = note.trim());
            ui.label(format!("• {line}"));
        }
    }
    ui.add_space(theme::space::MEDIUM);
    ui.horizontal(|ui| {
        if ui.button(crate::t!("prompt-save")).clicked() {
            out.push(Command::ConfirmSave);
        }
        if ui.button(crate::t!("prompt-dont-save")).clicked() {
            out.push(Command::ConfirmDiscard);
        }
        if ui.button(crate::t!("prompt-cancel")).clicked() {
            out.push(Command::ConfirmCancel);
        }
    });
}

fn changed_on_disk_ui(ui: &mut Ui, doc: &Document, state: &UiState, out: &mut Vec<Command>) {
    ui.label(
        RichText::new(crate::t!(
            "prompt-changed-on-disk-title",
            name = doc.display_name()
        ))
        .heading(),
    );
    ui.label(crate::t!("prompt-changed-on-disk-body"));
    if !state.disk_changes.is_empty() {
        ui.add_space(theme::space::TIGHT);
        ui.label(RichText::new(crate::t!("watch-what-changed")).strong());
        egui::ScrollArea::vertical()
            .id_salt("disk-changes")
            .max_height(theme::dialog::LIST)
            .show(ui, |ui| {
                for line in &state.disk_changes {
                    ui.label(format!("• {line}"));
                }
            });
    }
    ui.add_space(theme::space::MEDIUM);
    ui.horizontal_wrapped(|ui| {
        if state.disk_merge_offered
            && ui
                .button(crate::t!("watch-merge"))
                .on_hover_text(crate::t!("watch-merge-hint"))
                .clicked()
        {
            out.push(Command::MergeFromDisk);
        }
        // The safe answers first; the one that throws the other program's work away last.
        if ui.button(crate::t!("prompt-save-elsewhere")).clicked() {
            out.push(Command::SaveElsewhere);
        }
        if ui.button(crate::t!("prompt-reload")).clicked() {
            out.push(Command::Reload);
        }
        if ui.button(crate::t!("prompt-overwrite")).clicked() {
            out.push(Command::Overwrite);
        }
        if ui.button(crate::t!("prompt-cancel")).clicked() {
            out.push(Command::ConfirmCancel);
        }
    });
}

fn drop_comments_ui(ui: &mut Ui, doc: &Document, out: &mut Vec<Command>) {
    ui.label(
        RichText::new(crate::t!(
            "prompt-comments-title",
            name = doc.display_name()
        ))
        .heading(),
    );
    ui.label(crate::t!("prompt-comments-body"));
    ui.add_space(theme::space::MEDIUM);
    ui.horizontal(|ui| {
        if ui.button(crate::t!("prompt-save-as-new-file")).clicked() {
            out.push(Command::SaveElsewhere);
        }
        if ui.button(crate::t!("prompt-save-anyway")).clicked() {
            out.push(Command::Overwrite);
        }
        if ui.button(crate::t!("prompt-cancel")).clicked() {
            out.push(Command::ConfirmCancel);
        }
    });
}

pub fn recovery_offer_ui(ctx: &egui::Context, state: &UiState, out: &mut Vec<Command>) {
    let Some(info) = &state.recovery_offer else {
        return;
    };
    Modal::new(Id::unique("recovery")).show(ctx, |ui| {
        ui.set_max_width(theme::dialog::MEDIUM);
        ui.label(RichText::new(crate::t!("prompt-recovery-title")).heading());
        ui.label(crate::t!("prompt-recovery-body"));
        let when = crate::app::describe_time(info.saved_at);
        let copy = match &info.original {
            Some(p) => crate::t!(
                "prompt-recovery-copy",
                title = info.title.as_str(),
                count = info.commitments,
                from = p.display().to_string(),
                when = when,
            ),
            None => crate::t!(
                "prompt-recovery-copy-untitled",
                title = info.title.as_str(),
                count = info.commitments,
                when = when,
            ),
        };
        let copy = if info.recommendations > 0 {
            format!(
                "{copy} {}",
                crate::t!(
                    "prompt-recovery-recommendations",
                    count = info.recommendations
                )
            )
        } else {
            copy
        };
        ui.label(RichText::new(copy));
        if !state.recovery_summary.is_empty() {
            egui::ScrollArea::vertical()
                .id_salt("recovery-summary")
                .max_height(theme::dialog::LIST_SHORT)
                .show(ui, |ui| {
                    for line in &state.recovery_summary {
                        ui.label(format!("• {line}"));
                    }
                });
        }
        if state.recovery_more > 0 {
            ui.label(crate::t!(
                "prompt-recovery-more",
                count = state.recovery_more
            ));
        }
        ui.add_space(theme::space::MEDIUM);
        ui.horizontal(|ui| {
            if ui.button(crate::t!("prompt-restore")).clicked() {
                out.push(Command::RestoreRecovery);
            }
            if ui.button(crate::t!("prompt-discard")).clicked() {
                out.push(Command::DiscardRecovery);
            }
        });
    });
}

pub fn read_only_banner_ui(ui: &mut Ui, doc: &Document) {
    if let Some(reason) = &doc.read_only {
        egui::Frame::new()
            .fill(theme::notice_fill(ui))
            .inner_margin(theme::space::SMALL)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(
                    RichText::new(crate::t!(
                        "prompt-read-only-banner",
                        reason = reason.as_str()
                    ))
                    .color(theme::concern(ui)),
                );
            });
    }
}

fn delete_ui(ui: &mut Ui, doc: &Document, index: usize, out: &mut Vec<Command>) {
    let name = doc
        .project
        .commitments
        .get(index)
        .map(|c| format!("{}  {}", c.id, c.title))
        .unwrap_or_default();
    ui.label(RichText::new(crate::t!("prompt-delete-title")).heading());
    ui.label(name);
    ui.label(crate::t!("prompt-delete-body"));
    ui.add_space(theme::space::MEDIUM);
    ui.horizontal(|ui| {
        // Enter confirms, as the button that has the keyboard says; Ctrl+Z brings it back.
        let enter = ui.input(|i| i.key_pressed(egui::Key::Enter));
        if ui.button(crate::t!("prompt-delete")).clicked() || enter {
            out.push(Command::DeleteCommitment(index));
        }
        if ui.button(crate::t!("prompt-cancel")).clicked() {
            out.push(Command::ConfirmCancel);
        }
    });
}

/// The notes typed and not yet added: the one in the box, then those waiting for their
/// commitments, as (commitment id, text).
fn typed_notes<'a>(doc: &'a Document, state: &'a UiState) -> Vec<(&'a str, &'a str)> {
    let shown = state
        .selected
        .and_then(|i| doc.project.commitments.get(i))
        .map(|c| c.id.as_str());
    let mut notes: Vec<(&str, &str)> = match shown {
        Some(id) if !state.new_note.trim().is_empty() => vec![(id, state.new_note.as_str())],
        _ => Vec::new(),
    };
    notes.extend(
        state
            .note_drafts
            .iter()
            .map(|(id, note)| (id.as_str(), note.as_str())),
    );
    notes
}
