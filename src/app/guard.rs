//! Unsaved work is never dropped by accident: New, Open and closing ask first, and a file
//! changed by another program is never silently overwritten.

use super::{App, Command, Confirm, PendingAction};
use crate::storage;

impl App {
    /// Runs `action` now, or asks first when there are unsaved changes.
    pub(super) fn guarded(&mut self, ctx: &egui::Context, action: PendingAction) {
        if self.unsaved_here() {
            self.ui.confirm = Some(Confirm::Unsaved(action));
        } else {
            self.perform(ctx, action);
        }
    }

    pub(super) fn perform(&mut self, ctx: &egui::Context, action: PendingAction) {
        match action {
            PendingAction::New => self.new_document(),
            PendingAction::Open => self.start_dialog(ctx, super::DialogPurpose::Open),
            PendingAction::OpenPath(path) => self.open_path(path),
            PendingAction::NewFromImport(project) => {
                self.new_document();
                self.doc.project = std::sync::Arc::new(*project);
                // Unsaved until the user saves it somewhere: closing asks first.
                self.doc.touch();
            }
            PendingAction::Close => {
                self.close_allowed = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    pub(super) fn answer(&mut self, ctx: &egui::Context, command: Command) {
        let confirm = self.ui.confirm.take();
        // The file as read for the question: only a merge answer uses it, and only now.
        let read = self.disk_version.take();
        match (confirm, command) {
            (Some(Confirm::Unsaved(action)), Command::ConfirmSave) => {
                self.add_typed_notes(ctx);
                self.after_save = Some(action);
                self.run_command(ctx, Command::Save);
            }
            (Some(Confirm::Unsaved(action)), Command::ConfirmDiscard) => {
                // The document stays unsaved: if the action is called off (a cancelled Open
                // dialog), the work is still marked as needing a save.
                self.recovery.forget();
                self.open_agreed = action == PendingAction::Open;
                self.perform(ctx, action);
            }
            (Some(Confirm::DropComments), Command::Overwrite) => {
                self.doc.comments = false;
                self.save_current(ctx);
            }
            (Some(Confirm::DropComments), Command::SaveElsewhere) => {
                self.start_dialog(ctx, super::DialogPurpose::SaveAs);
            }
            (Some(Confirm::ChangedOnDisk), Command::Overwrite) => {
                if let Some(path) = self.doc.path.clone() {
                    self.save_to(path);
                }
            }
            (Some(Confirm::ChangedOnDisk), Command::Reload) => {
                if let Some(path) = self.doc.path.clone() {
                    self.open_path(path);
                }
            }
            (Some(Confirm::ChangedOnDisk), Command::SaveElsewhere) => {
                self.start_dialog(ctx, super::DialogPurpose::SaveAs);
            }
            (Some(Confirm::ChangedOnDisk), Command::MergeFromDisk) => self.merge_from_disk(read),
            _ => {
                self.save_called_off();
                self.open_agreed = false;
            }
        }
    }

    /// File > Save: writes over the project's file, unless that would drop something the user
    /// has not agreed to lose (comments, another program's edits) or the file is read-only.
    pub(super) fn save_current(&mut self, ctx: &egui::Context) {
        match (&self.doc.path, &self.doc.read_only) {
            (Some(_), None) if self.doc.comments => self.ui.confirm = Some(Confirm::DropComments),
            (Some(_), None) if self.changed_on_disk() => self.ask_about_disk_change(None),
            (Some(path), None) => {
                let path = path.clone();
                self.save_to(path);
            }
            _ => self.start_dialog(ctx, super::DialogPurpose::SaveAs),
        }
    }

    /// Why `target` may not be written by Save As: it is the project's own file, which the app
    /// promised to leave as it is. `target` has its extension already.
    pub(super) fn kept_file_reason(&self, target: &std::path::Path) -> Option<String> {
        let current = self.doc.path.as_deref()?;
        let same = current == target
            || matches!(
                (current.canonicalize(), target.canonicalize()),
                (Ok(a), Ok(b)) if a == b
            );
        if !same {
            return None;
        }
        if let Some(reason) = &self.doc.read_only {
            Some(crate::t!("msg-kept-read-only", reason = reason.as_str()))
        } else if self.changed_on_disk() {
            Some(crate::t!("msg-kept-changed-on-disk"))
        } else if self.doc.comments {
            Some(crate::t!("msg-kept-comments"))
        } else {
            None
        }
    }

    /// True when the file was changed by someone else since we loaded or saved it.
    pub(super) fn changed_on_disk(&self) -> bool {
        match (&self.doc.path, &self.doc.stamp) {
            (Some(path), Some(stamp)) => storage::changed_on_disk(path, stamp),
            _ => false,
        }
    }

    /// Work that New, Open and closing would drop: unsaved changes, the only copy of the
    /// project, or notes typed and not yet added.
    fn unsaved_here(&self) -> bool {
        self.doc.dirty || self.only_copy_here() || !self.drafts().is_empty()
    }

    /// Save in the unsaved-changes question saves the notes being typed too (the question
    /// says so): each is added to its commitment, as "Add note" does.
    fn add_typed_notes(&mut self, ctx: &egui::Context) {
        self.stash_note_draft();
        for (id, text) in std::mem::take(&mut self.ui.note_drafts) {
            match self.doc.project.commitments.iter().position(|c| c.id == id) {
                Some(index) => self.run_command(ctx, Command::AddNote(index, text, None)),
                None => {
                    self.ui.note_drafts.insert(id, text);
                }
            }
        }
    }

    /// True when the window holds the only copy of what it shows: the file it was saved to was
    /// deleted or changed by another program since. Dropping the project then loses work as
    /// surely as dropping unsaved changes, so New, Open and closing ask first.
    pub(super) fn only_copy_here(&self) -> bool {
        self.doc.stamp.is_some() && self.changed_on_disk()
    }

    /// Closing the window with unsaved changes asks first.
    pub(super) fn intercept_close(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested())
            && self.unsaved_here()
            && !self.close_allowed
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.ui.confirm = Some(Confirm::Unsaved(PendingAction::Close));
        }
    }

    /// Coming back to the window, look whether the file changed meanwhile. The question waits
    /// until nothing else is asked or shown: two questions at once let a click meant for one
    /// (OK on a message) answer the other (Overwrite).
    pub(super) fn check_on_focus(&mut self, ctx: &egui::Context) {
        let focused = ctx.input(|i| i.viewport().focused.unwrap_or(true));
        if focused && !self.was_focused {
            self.disk_check_due = true;
        }
        self.was_focused = focused;
        if self.disk_check_due && !self.ui.modal_open() && !self.dialogs.is_open() {
            self.disk_check_due = false;
            if self.changed_on_disk() {
                self.ask_about_disk_change(None);
            }
        }
    }
}
