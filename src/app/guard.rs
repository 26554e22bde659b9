//! Unsaved work is never dropped by accident: New, Open and closing ask first, and a file
//! changed by another program is never silently overwritten.

use super::{App, Command, Confirm, PendingAction};
use crate::storage;

impl App {
    /// Runs `action` now, or asks first when there are unsaved changes.
    pub(super) fn guarded(&mut self, ctx: &egui::Context, action: PendingAction) {
        if self.doc.dirty {
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
            PendingAction::Close => {
                self.close_allowed = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    pub(super) fn answer(&mut self, ctx: &egui::Context, command: Command) {
        let confirm = self.ui.confirm.take();
        match (confirm, command) {
            (Some(Confirm::Unsaved(action)), Command::ConfirmSave) => {
                self.after_save = Some(action);
                self.run_command(ctx, Command::Save);
            }
            (Some(Confirm::Unsaved(action)), Command::ConfirmDiscard) => {
                self.discard_recovery();
                self.doc.dirty = false;
                self.perform(ctx, action);
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
            _ => self.after_save = None,
        }
    }

    /// True when the file was changed by someone else since we loaded or saved it.
    pub(super) fn changed_on_disk(&self) -> bool {
        match (&self.doc.path, &self.doc.stamp) {
            (Some(path), Some(stamp)) => storage::changed_on_disk(path, stamp),
            _ => false,
        }
    }

    /// Closing the window with unsaved changes asks first.
    pub(super) fn intercept_close(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && self.doc.dirty && !self.close_allowed {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.ui.confirm = Some(Confirm::Unsaved(PendingAction::Close));
        }
    }

    /// Coming back to the window, look whether the file changed meanwhile.
    pub(super) fn check_on_focus(&mut self, ctx: &egui::Context) {
        let focused = ctx.input(|i| i.viewport().focused.unwrap_or(true));
        if focused && !self.was_focused && self.ui.confirm.is_none() && self.changed_on_disk() {
            self.ui.confirm = Some(Confirm::ChangedOnDisk);
        }
        self.was_focused = focused;
    }
}
