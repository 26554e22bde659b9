//! Commands that change the project: its properties, its commitments and their history,
//! evidence, replacements and notes; and Undo and Redo, which take such changes back.

use super::document::Changed;
use super::{App, Confirm, ProjectEdit, edit, fresh_id};
use crate::model::{Commitment, Date, Evidence, Kind, Note, Replacement, Status};

impl App {
    pub(super) fn open_project_properties(&mut self) {
        let form = super::ProjectForm::of(&self.doc.project);
        self.ui.dialogs.open(super::Dialog::Project(form));
    }

    pub(super) fn edit_project(&mut self, change: ProjectEdit) {
        if matches!(change, ProjectEdit::Properties { .. }) {
            self.ui
                .dialogs
                .close_where(|d| matches!(d, super::Dialog::Project(_)));
        }
        if let Some(form) = self.ui.dialogs.sources_mut() {
            *form = super::SourcesForm::default();
        }
        edit::apply_project_edit(self.doc.project_mut(), change);
        self.doc.touch();
    }

    /// Applies `change` to commitment `index`, if it is still there; true when it was.
    fn edit_commitment(&mut self, index: usize, change: impl FnOnce(&mut Commitment)) -> bool {
        let Some(c) = self.doc.project_mut().commitments.get_mut(index) else {
            return false;
        };
        change(c);
        self.doc.touch_changed(Changed::One(index));
        true
    }

    pub(super) fn edit_field(&mut self, index: usize, change: super::Edit) {
        self.edit_commitment(index, |c| edit::apply_edit(c, change));
    }

    pub(super) fn add_commitment(&mut self, kind: Kind) {
        let id = fresh_id(&self.doc.project, kind);
        let title = match kind {
            Kind::Recommendation => crate::t!("window-new-recommendation"),
            _ => crate::t!("window-new-commitment"),
        };
        let mut c = Commitment::new(id, kind, title);
        c.date_committed = Some(Date::today());
        self.doc.project_mut().commitments.push(c);
        self.doc.touch();
        self.select_one(Some(self.doc.project.commitments.len() - 1));
        // The first thing to do with a new commitment is to name it, in the editor beside the
        // checklist, whichever view was shown.
        self.ui.focus_title = true;
        self.ui.view = super::View::Checklist;
    }

    pub(super) fn request_delete(&mut self, index: usize) {
        if index < self.doc.project.commitments.len() {
            self.ui.confirm = Some(Confirm::Delete(index));
        }
    }

    pub(super) fn delete_commitment(&mut self, index: usize) {
        if matches!(self.ui.confirm, Some(Confirm::Delete(_))) {
            self.ui.confirm = None;
        }
        if index < self.doc.project.commitments.len() {
            self.doc.project_mut().commitments.remove(index);
            self.doc.touch();
            self.reset_selection(None);
        }
    }

    /// Undo (`forward` false) or Redo (true) of one change.
    pub(super) fn step_history(&mut self, forward: bool) {
        let shown = self.selected_id();
        let count = self.doc.project.commitments.len();
        let now = self.doc.state;
        let project = self.doc.project_mut();
        let stepped = if forward {
            self.history.redo(project, now)
        } else {
            self.history.undo(project, now)
        };
        if let Some((touched, state)) = stepped {
            // A change to one commitment, taken back or made again, touches only it: the
            // caches redo only that one.
            let same_count = self.doc.project.commitments.len() == count;
            let changed = match touched {
                Some(i) if same_count => Changed::One(i),
                _ => Changed::All,
            };
            self.after_undo(touched, state, shown, changed);
        }
    }

    pub(super) fn change_status(
        &mut self,
        index: usize,
        (to, date, note, evidence): (Status, Date, String, Vec<u32>),
    ) {
        if self.edit_commitment(index, |c| c.change_status(to, date, note, evidence)) {
            self.ui.status_form = None;
        }
    }

    pub(super) fn add_evidence(&mut self, index: usize, evidence: Evidence) {
        let added = self.edit_commitment(index, |c| {
            c.add_evidence(evidence);
        });
        if added {
            self.ui.new_evidence = None;
        }
    }

    pub(super) fn update_evidence(&mut self, index: usize, evidence: Evidence) {
        let known = self
            .doc
            .project
            .commitments
            .get(index)
            .is_some_and(|c| c.evidence.iter().any(|e| e.id == evidence.id));
        if known {
            self.edit_commitment(index, |c| {
                if let Some(slot) = c.evidence.iter_mut().find(|e| e.id == evidence.id) {
                    *slot = evidence;
                }
            });
        }
    }

    pub(super) fn remove_evidence(&mut self, index: usize, id: u32) {
        self.edit_commitment(index, |c| c.evidence.retain(|e| e.id != id));
    }

    pub(super) fn set_replaced(&mut self, index: usize, replacement: Option<Replacement>) {
        if self.edit_commitment(index, |c| c.replaced = replacement) {
            self.ui.replacement_form = None;
        }
    }

    pub(super) fn add_note(&mut self, index: usize, text: &str, date: Option<Date>) {
        let note = Note::new(date.unwrap_or_else(Date::today), text.trim().to_owned());
        if self.edit_commitment(index, |c| c.notes.push(note)) {
            self.ui.new_note.clear();
            self.ui.new_note_date.clear();
        }
    }

    pub(super) fn remove_note(&mut self, index: usize, note: usize) {
        let known = self
            .doc
            .project
            .commitments
            .get(index)
            .is_some_and(|c| note < c.notes.len());
        if known {
            self.edit_commitment(index, |c| {
                c.notes.remove(note);
            });
        }
    }
}
