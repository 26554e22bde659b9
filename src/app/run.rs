//! Applying commands: the one place where what the user asked for changes the app.

use super::document::Changed;
use super::{
    App, CaptureTarget, Command, Confirm, DialogPurpose, Message, PendingAction, edit, fresh_id,
};
use crate::model::links;

/// How many command names `App::recent_commands` keeps.
const RECENT_COMMANDS: usize = 64;

impl App {
    fn note_command(&mut self, command: &Command) {
        if self.recent_commands.len() == RECENT_COMMANDS {
            self.recent_commands.pop_front();
        }
        self.recent_commands.push_back(command.name());
        self.commands_run += 1;
    }

    pub fn run_command(&mut self, ctx: &egui::Context, command: Command) {
        self.note_command(&command);
        if command.edits_project() {
            self.history
                .record(&self.doc.project, &command, self.doc.state);
        }
        if !matches!(command, Command::CopyCitation(_)) {
            self.ui.toast = None;
        }
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
            Command::Select(index) => self.select(index),
            Command::OpenProjectProperties => {
                self.ui.project_form = Some(super::ProjectForm::of(&self.doc.project));
            }
            Command::OpenSources => self.ui.sources_form = Some(super::SourcesForm::default()),
            Command::EditProject(edit) => {
                if matches!(edit, super::ProjectEdit::Properties { .. }) {
                    self.ui.project_form = None;
                }
                if let Some(form) = &mut self.ui.sources_form {
                    *form = super::SourcesForm::default();
                }
                edit::apply_project_edit(self.doc.project_mut(), edit);
                self.doc.touch();
            }
            Command::Edit(index, edit) => {
                if let Some(c) = self.doc.project_mut().commitments.get_mut(index) {
                    edit::apply_edit(c, edit);
                    self.doc.touch_changed(Changed::One(index));
                }
            }
            Command::AddCommitment(kind) => {
                let id = fresh_id(&self.doc.project, kind);
                let mut c =
                    crate::model::Commitment::new(id, kind, crate::t!("window-new-commitment"));
                c.date_committed = Some(crate::model::Date::today());
                self.doc.project_mut().commitments.push(c);
                self.doc.touch();
                self.select(Some(self.doc.project.commitments.len() - 1));
                // The first thing to do with a new commitment is to name it.
                self.ui.focus_title = true;
            }
            Command::RequestDelete(index) => {
                if index < self.doc.project.commitments.len() {
                    self.ui.confirm = Some(Confirm::Delete(index));
                }
            }
            Command::DeleteCommitment(index) => {
                if matches!(self.ui.confirm, Some(Confirm::Delete(_))) {
                    self.ui.confirm = None;
                }
                if index < self.doc.project.commitments.len() {
                    self.doc.project_mut().commitments.remove(index);
                    self.doc.touch();
                    self.reset_selection(None);
                }
            }
            Command::Undo => {
                let shown = self.selected_id();
                let count = self.doc.project.commitments.len();
                let now = self.doc.state;
                if let Some((touched, state)) = self.history.undo(self.doc.project_mut(), now) {
                    // Undoing an edit puts one commitment back in place: caches redo only it.
                    let same_count = self.doc.project.commitments.len() == count;
                    let changed = match touched {
                        Some(i) if same_count => Changed::One(i),
                        _ => Changed::All,
                    };
                    self.after_undo(touched, state, shown, changed);
                }
            }
            Command::Redo => {
                let shown = self.selected_id();
                let count = self.doc.project.commitments.len();
                let now = self.doc.state;
                if let Some((touched, state)) = self.history.redo(self.doc.project_mut(), now) {
                    // Undoing an edit puts one commitment back in place: caches redo only it.
                    let same_count = self.doc.project.commitments.len() == count;
                    let changed = match touched {
                        Some(i) if same_count => Changed::One(i),
                        _ => Changed::All,
                    };
                    self.after_undo(touched, state, shown, changed);
                }
            }
            Command::MoveSelection(delta) => self.move_selection(delta),
            Command::FocusSearch => self.ui.focus_search = true,
            // Only the checklist's editor has the field: elsewhere the request would wait and
            // take the keyboard the next time the editor is shown.
            Command::EditTitle => {
                self.ui.edit_title = self.ui.selected.is_some()
                    && self.ui.view == super::View::Checklist
                    && !self.ui.report_mode;
            }
            Command::OpenPalette => self.ui.palette = Some(super::PaletteState::default()),
            Command::SetView(view) => self.ui.view = view,
            Command::SetDark(dark) => {
                ctx.set_theme(if dark {
                    egui::Theme::Dark
                } else {
                    egui::Theme::Light
                });
            }
            Command::Zoom(step) => {
                ctx.set_zoom_factor((ctx.zoom_factor() + step).clamp(0.5, 3.0));
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
            } => {
                if let Some(c) = self.doc.project_mut().commitments.get_mut(index) {
                    c.change_status(to, date, note, evidence);
                    self.doc.touch_changed(Changed::One(index));
                    self.ui.status_form = None;
                }
            }
            Command::AddEvidence(index, evidence) => {
                if let Some(c) = self.doc.project_mut().commitments.get_mut(index) {
                    c.add_evidence(evidence);
                    self.doc.touch_changed(Changed::One(index));
                    self.ui.new_evidence = None;
                }
            }
            Command::UpdateEvidence(index, evidence) => {
                let c = self.doc.project_mut().commitments.get_mut(index);
                if let Some(slot) =
                    c.and_then(|c| c.evidence.iter_mut().find(|e| e.id == evidence.id))
                {
                    *slot = evidence;
                    self.doc.touch_changed(Changed::One(index));
                }
            }
            Command::RemoveEvidence(index, id) => {
                if let Some(c) = self.doc.project_mut().commitments.get_mut(index) {
                    c.evidence.retain(|e| e.id != id);
                    self.doc.touch_changed(Changed::One(index));
                }
            }
            Command::MarkReplaced(index, replacement) => {
                if let Some(c) = self.doc.project_mut().commitments.get_mut(index) {
                    c.replaced = Some(replacement);
                    self.doc.touch_changed(Changed::One(index));
                    self.ui.replacement_form = None;
                }
            }
            Command::ClearReplaced(index) => {
                if let Some(c) = self.doc.project_mut().commitments.get_mut(index) {
                    c.replaced = None;
                    self.doc.touch_changed(Changed::One(index));
                    self.ui.replacement_form = None;
                }
            }
            Command::AddNote(index, text, date) => {
                if let Some(c) = self.doc.project_mut().commitments.get_mut(index) {
                    c.notes.push(crate::model::Note {
                        date: date.unwrap_or_else(crate::model::Date::today),
                        text: text.trim().to_owned(),
                    });
                    self.doc.touch_changed(Changed::One(index));
                    self.ui.new_note.clear();
                    self.ui.new_note_date.clear();
                }
            }
            Command::RemoveNote(index, note) => {
                if let Some(c) = self.doc.project_mut().commitments.get_mut(index)
                    && note < c.notes.len()
                {
                    c.notes.remove(note);
                    self.doc.touch_changed(Changed::One(index));
                }
            }
            Command::Export(format) => self.start_dialog(ctx, DialogPurpose::Export(format)),
            Command::ExportTo(format, path) => self.export_to(format, path),
            Command::Import => self.start_dialog(ctx, DialogPurpose::Import),
            Command::ImportFrom(path) => self.start_import(path),
            Command::SetImportTarget(column, target) => self.set_import_target(column, target),
            Command::SetImportWord(word, choice) => self.set_import_word(&word, choice),
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
            Command::OpenLink(raw) => match links::check_link(&raw) {
                links::LinkCheck::Openable(url) => ctx.open_url(egui::OpenUrl::new_tab(url)),
                links::LinkCheck::Refused { reason } => {
                    self.ui.message =
                        Some(Message::error(crate::t!("msg-link-refused-title"), reason));
                }
            },
            Command::DismissMessage => self.ui.message = None,
            Command::ResolveConflict(index, choice) => self.resolve_conflict(index, choice),
            Command::ShowConflicts(open) => self.ui.merge.conflicts_open = open,
            Command::SaveDraft => self.save_draft(ctx),
            Command::CompareWith => self.start_dialog(ctx, DialogPurpose::Compare),
            Command::CompareWithPath(path) => self.compare_with(path),
            Command::CloseComparison => self.ui.merge.comparison = None,
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
