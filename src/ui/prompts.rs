//! The questions the app asks before anything could be lost.

use egui::{Id, Modal, RichText, Ui};

use super::theme;
use crate::app::{Command, Confirm, Document, PendingAction, UiState};

pub fn confirm_ui(ctx: &egui::Context, doc: &Document, state: &UiState, out: &mut Vec<Command>) {
    let Some(confirm) = &state.confirm else {
        return;
    };
    Modal::new(Id::unique("confirm")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        match confirm {
            Confirm::Unsaved(action) => unsaved_ui(ui, doc, action, out),
            Confirm::ChangedOnDisk => changed_on_disk_ui(ui, doc, out),
            Confirm::DropComments => drop_comments_ui(ui, doc, out),
            Confirm::Delete(index) => delete_ui(ui, doc, *index, out),
        }
    });
}

fn unsaved_ui(ui: &mut Ui, doc: &Document, action: &PendingAction, out: &mut Vec<Command>) {
    let before = match action {
        PendingAction::New => "starting a new project",
        PendingAction::Open | PendingAction::OpenPath(_) => "opening another project",
        PendingAction::Close => "closing",
    };
    ui.label(
        RichText::new(format!(
            "Save changes to {} before {before}?",
            doc.display_name()
        ))
        .heading(),
    );
    ui.label("Your changes will be lost if you don't save them.");
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui.button("Save").clicked() {
            out.push(Command::ConfirmSave);
        }
        if ui.button("Don't save").clicked() {
            out.push(Command::ConfirmDiscard);
        }
        if ui.button("Cancel").clicked() {
            out.push(Command::ConfirmCancel);
        }
    });
}

fn changed_on_disk_ui(ui: &mut Ui, doc: &Document, out: &mut Vec<Command>) {
    ui.label(
        RichText::new(format!(
            "{} was changed by another program",
            doc.display_name()
        ))
        .heading(),
    );
    ui.label(
        "The file on disk is no longer the one you opened or last saved. \
         Overwrite it with your version, reload it (your unsaved changes are dropped), \
         or save your version under another name.",
    );
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui.button("Overwrite").clicked() {
            out.push(Command::Overwrite);
        }
        if ui.button("Reload from disk").clicked() {
            out.push(Command::Reload);
        }
        if ui.button("Save elsewhere…").clicked() {
            out.push(Command::SaveElsewhere);
        }
        if ui.button("Cancel").clicked() {
            out.push(Command::ConfirmCancel);
        }
    });
}

fn drop_comments_ui(ui: &mut Ui, doc: &Document, out: &mut Vec<Command>) {
    ui.label(RichText::new(format!("{} holds comments", doc.display_name())).heading());
    ui.label(
        "Someone wrote comments (// … or /* … */) into this file. Reform Tracker writes the \
         project afresh when it saves, so saving over the file would remove every comment. \
         Save your work as a new file to keep this one as it is, or save anyway.",
    );
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui.button("Save as a new file…").clicked() {
            out.push(Command::SaveElsewhere);
        }
        if ui.button("Save anyway, removing the comments").clicked() {
            out.push(Command::Overwrite);
        }
        if ui.button("Cancel").clicked() {
            out.push(Command::ConfirmCancel);
        }
    });
}

pub fn recovery_offer_ui(ctx: &egui::Context, state: &UiState, out: &mut Vec<Command>) {
    let Some(info) = &state.recovery_offer else {
        return;
    };
    Modal::new(Id::unique("recovery")).show(ctx, |ui| {
        ui.set_max_width(540.0);
        ui.label(RichText::new("Restore unsaved work?").heading());
        ui.label("Reform Tracker closed before this work was saved:");
        let from = match &info.original {
            Some(p) => p.display().to_string(),
            None => "an untitled project".to_owned(),
        };
        let when = crate::app::describe_time(info.saved_at);
        ui.label(RichText::new(format!(
            "“{}” — {}, from {from}, copy made {when}.",
            info.title,
            crate::model::plural::count(info.commitments, "commitment", "commitments")
        )));
        if state.recovery_more > 0 {
            ui.label(format!(
                "{} will be offered next.",
                crate::model::plural::count(state.recovery_more, "more copy", "more copies")
            ));
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Restore").clicked() {
                out.push(Command::RestoreRecovery);
            }
            if ui.button("Discard").clicked() {
                out.push(Command::DiscardRecovery);
            }
        });
    });
}

pub fn read_only_banner_ui(ui: &mut Ui, doc: &Document) {
    if let Some(reason) = &doc.read_only {
        egui::Frame::new()
            .fill(egui::Color32::from_rgb(0xff, 0xf3, 0xcd))
            .inner_margin(6.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(
                    RichText::new(format!(
                        "Opened read-only: {reason}. Use File > Save As… to keep a copy under a new name."
                    ))
                    .color(theme::CONCERN),
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
    ui.label(RichText::new("Delete this commitment?").heading());
    ui.label(name);
    ui.label("Its history, evidence and notes go with it. Edit > Undo brings it back.");
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui.button("Delete").clicked() {
            out.push(Command::DeleteCommitment(index));
        }
        if ui.button("Cancel").clicked() {
            out.push(Command::ConfirmCancel);
        }
    });
}
