//! Applying commands: the one place where what the user asked for changes the app.

use super::{App, CaptureTarget, Command, Dialog, DialogPurpose, Message, PendingAction};
use crate::model::links;

/// How many command names `App::recent_commands` keeps.
const RECENT_COMMANDS: usize = 64;
/// How far the window zooms out and in.
const MIN_ZOOM: f32 = 0.5;
const MAX_ZOOM: f32 = 3.0;

fn set_dark(ctx: &egui::Context, dark: bool) {
    ctx.set_theme(if dark {
        egui::Theme::Dark
    } else {
        egui::Theme::Light
    });
}

impl App {
    fn note_command(&mut self, command: &Command) {
        if self.recent_commands.len() == RECENT_COMMANDS {
            self.recent_commands.pop_front();
        }
        self.recent_commands.push_back(command.name());
        self.commands_run += 1;
    }

    /// Opens a link in the browser, unless it is unsafe: the address comes from a file someone
    /// else may have written, so it is checked again here, whatever drew it.
    fn open_link(&mut self, ctx: &egui::Context, raw: &str) {
        match links::check_link(raw) {
            links::LinkCheck::Openable(url) => ctx.open_url(egui::OpenUrl::new_tab(url)),
            links::LinkCheck::Refused { reason } => {
                self.ui.message = Some(Message::error(crate::t!("msg-link-refused-title"), reason));
            }
        }
    }

    /// Every command, each in one line: what it does lives with its group (`editing.rs`,
    /// `files.rs`, `import.rs`, `merge.rs`, `reports.rs`, ...). The match has no catch-all, so
    /// a new command is a compile error until it is handled here.
    pub fn run_command(&mut self, ctx: &egui::Context, command: Command) {
        self.note_command(&command);
        if command.edits_project() {
            self.history
                .record(&self.doc.project, &command, self.doc.state);
        }
        if !matches!(command, Command::CopyCitation(_)) {
            self.ui.toast = None;
        }
        // What the last batch edit did is said until anything else is done.
        self.ui.batch.result = None;
        match command {
            Command::New => self.guarded(ctx, PendingAction::New),
            Command::Open => self.guarded(ctx, PendingAction::Open),
            Command::OpenPath(path) if std::mem::take(&mut self.open_agreed) => {
                self.perform(ctx, PendingAction::OpenPath(path));
            }
            Command::OpenPath(path) => self.guarded(ctx, PendingAction::OpenPath(path)),
            Command::Save => self.save_current(ctx),
            Command::SaveAs => self.start_dialog(ctx, DialogPurpose::SaveAs),
            Command::SaveTo(path) => self.save_as_to(path),
            Command::Quit => self.guarded(ctx, PendingAction::Close),
            Command::CancelOpen => self.cancel_open(),
            Command::ResolveMarkers(path) => self.resolve_markers(path),
            Command::ConfirmSave
            | Command::ConfirmDiscard
            | Command::ConfirmCancel
            | Command::Overwrite
            | Command::Reload
            | Command::MergeFromDisk
            | Command::SaveElsewhere => self.answer(ctx, command),
            Command::RestoreRecovery => self.restore_recovery(),
            Command::DiscardRecovery => self.discard_offered_recovery(),
            Command::Select(index) => self.select_one(index),
            Command::ToggleSelected(index) => self.toggle_selected(index),
            Command::SelectRange(index) => self.select_range(index),
            Command::SelectAllShown => self.select_all_shown(),
            Command::OpenProjectProperties => self.open_project_properties(),
            Command::OpenVocabularies => {
                let form = super::VocabularyForm::default();
                self.ui.dialogs.open(Dialog::Vocabularies(form));
            }
            Command::OpenSources => {
                let form = super::SourcesForm::default();
                self.ui.dialogs.open(Dialog::Sources(form));
            }
            Command::EditProject(change) => self.edit_project(change),
            Command::Edit(index, change) => self.edit_field(index, change),
            Command::AddCommitment(kind) => self.add_commitment(kind),
            Command::RequestDelete(index) => self.request_delete(index),
            Command::DeleteCommitment(index) => self.delete_commitment(index),
            Command::Undo => self.step_history(false),
            Command::Redo => self.step_history(true),
            Command::MoveSelection(delta) => self.move_selection(delta),
            Command::FocusSearch => self.ui.focus_search = true,
            // Only the checklist's editor has the field: elsewhere the request would wait and
            // take the keyboard the next time the editor is shown.
            Command::EditTitle => {
                self.ui.edit_title = self.ui.selected.is_some()
                    && self.ui.view == super::View::Checklist
                    && !self.ui.report_mode;
            }
            Command::OpenPalette => {
                let palette = super::PaletteState::default();
                self.ui.dialogs.open(Dialog::Palette(palette));
            }
            Command::SetView(view) => self.ui.view = view,
            Command::SetDark(dark) => set_dark(ctx, dark),
            Command::Zoom(step) => {
                ctx.set_zoom_factor((ctx.zoom_factor() + step).clamp(MIN_ZOOM, MAX_ZOOM));
            }
            Command::ResetZoom => ctx.set_zoom_factor(1.0),
            Command::SetLanguage(lang) => {
                crate::i18n::set_language(lang);
                self.prefs.lang = Some(lang);
            }
            Command::SetReportMode(on) => self.ui.report_mode = on,
            Command::ChangeStatus {
                index,
                to,
                date,
                note,
                evidence,
            } => self.change_status(index, (to, date, note, evidence)),
            Command::AddEvidence(index, evidence) => self.add_evidence(index, evidence),
            Command::BatchAddTerm(ids, term) => self.batch_add_term(&ids, &term),
            Command::BatchRemoveTerm(ids, term) => self.batch_remove_term(&ids, &term),
            Command::BatchChangeStatus {
                ids,
                to,
                date,
                note,
                evidence,
            } => self.batch_change_status(&ids, (to, date, note, evidence)),
            Command::BatchSetConcern(ids, on) => self.batch_set_concern(&ids, on),
            Command::BatchLink(ids, recommendation, relation) => {
                self.batch_link(&ids, &recommendation, relation);
            }
            Command::UpdateEvidence(index, evidence) => self.update_evidence(index, evidence),
            Command::RemoveEvidence(index, id) => self.remove_evidence(index, id),
            Command::MarkReplaced(index, replacement) => {
                self.set_replaced(index, Some(replacement));
            }
            Command::ClearReplaced(index) => self.set_replaced(index, None),
            Command::AddNote(index, text, date) => self.add_note(index, &text, date),
            Command::RemoveNote(index, note) => self.remove_note(index, note),
            Command::Export(format) => self.start_dialog(ctx, DialogPurpose::Export(format)),
            Command::ExportTo(format, path) => self.export_to(format, path),
            Command::PublishSite => self.start_dialog(ctx, DialogPurpose::Publish),
            Command::PublishSiteTo(dir) => self.publish_to(dir),
            Command::CancelPublish => self.cancel_publish(),
            Command::Import => self.start_dialog(ctx, DialogPurpose::Import),
            Command::ImportFrom(path) => self.start_import(path),
            Command::SetImportTarget(column, target) => self.set_import_target(column, target),
            Command::SetImportWord(word, choice) => self.set_import_word(&word, choice),
            Command::UseImportPreset(preset) => self.use_import_preset(preset),
            Command::PreviewImport => self.preview_import(),
            Command::BackToImportMapping => self.back_to_mapping(),
            Command::ApplyImport => self.apply_import(),
            Command::SetImportAsNew(on) => self.set_import_as_new(on),
            Command::ImportAsNewProject => {
                if let Some(project) = self.take_import_result() {
                    self.guarded(ctx, PendingAction::NewFromImport(Box::new(project)));
                }
            }
            Command::CancelImport => self.cancel_import(),
            Command::SaveImportMapping => self.start_dialog(ctx, DialogPurpose::SaveMapping),
            Command::SaveImportMappingTo(path) => self.save_mapping_to(path),
            Command::LoadImportMapping => self.start_dialog(ctx, DialogPurpose::LoadMapping),
            Command::LoadImportMappingFrom(path) => self.load_mapping_from(path),
            Command::SaveScreenshot => self.start_dialog(ctx, DialogPurpose::Screenshot),
            Command::ScreenshotTo(path) => self.start_capture(ctx, CaptureTarget::File(path)),
            Command::CopyScreenshot => self.start_capture(ctx, CaptureTarget::Clipboard),
            Command::CopyCitation(index) => self.copy_citation(ctx, index),
            Command::OpenLink(raw) => self.open_link(ctx, &raw),
            Command::DismissMessage => self.ui.message = None,
            Command::ResolveConflict(index, choice) => self.resolve_conflict(index, choice),
            Command::ShowConflicts(true) => self.ui.dialogs.open(Dialog::Conflicts),
            Command::ShowConflicts(false) => {
                self.ui
                    .dialogs
                    .close_where(|d| matches!(d, Dialog::Conflicts));
            }
            Command::SaveDraft => self.save_draft(ctx),
            Command::CompareWith => self.start_dialog(ctx, DialogPurpose::Compare),
            Command::CompareWithPath(path) => self.compare_with(path),
            Command::CloseComparison => {
                self.ui
                    .dialogs
                    .close_where(|d| matches!(d, Dialog::Comparison(_)));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Document;
    use crate::model::Project;

    fn opened_urls(ctx: &egui::Context) -> Vec<String> {
        ctx.output(|o| {
            o.commands
                .iter()
                .filter_map(|c| match c {
                    egui::OutputCommand::OpenUrl(u) => Some(u.url.clone()),
                    _ => None,
                })
                .collect()
        })
    }

    /// The window never draws an unsafe address as a link; the command refuses one anyway,
    /// with a message, since the address comes from a file someone else wrote.
    #[test]
    fn open_link_refuses_unsafe_addresses_and_says_why() {
        let ctx = egui::Context::default();
        let mut app = App::with_document(Document::untitled(Project::default()));
        app.run_command(&ctx, Command::OpenLink("javascript:alert(1)".into()));
        assert!(opened_urls(&ctx).is_empty());
        let message = app.ui.message.clone().expect("a refused link is explained");
        assert!(message.title.contains("not opened"), "{message:?}");

        app.run_command(&ctx, Command::DismissMessage);
        app.run_command(&ctx, Command::OpenLink("https://example.org/a".into()));
        assert!(app.ui.message.is_none());
        assert_eq!(opened_urls(&ctx), ["https://example.org/a"]);
    }
}
