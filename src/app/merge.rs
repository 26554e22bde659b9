//! Conflicts a git merge left in the project, and comparing with another version.

use std::path::PathBuf;

use super::{App, Dialog, DocVersion, Message};
use crate::model::Project;
use crate::model::compare::{Changes, compare};
use crate::model::merge::Choice;
use crate::storage;

/// What the window keeps about conflicts and comparisons.
#[derive(Clone, Debug, Default)]
pub struct MergeUi {
    /// The file the list last opened by itself for, so closing it sticks for that file.
    pub opened_for: Option<Option<PathBuf>>,
    /// The conflict whose text is being edited, and the text.
    pub editing: Option<(usize, String)>,
    /// The next save may keep undecided conflicts (a draft).
    pub draft_agreed: bool,
}

/// Another version of the project, and what changed from it to the one open.
#[derive(Clone, Debug)]
pub struct Comparison {
    pub name: String,
    pub other: Project,
    /// The changes, and the version of the document they were worked out for.
    pub changes: Vec<Changes>,
    pub for_version: Option<DocVersion>,
}

impl Comparison {
    /// The changes as of the document's current version (worked out again after an edit).
    pub fn refresh(&mut self, project: &Project, version: DocVersion) {
        if self.for_version != Some(version) {
            self.changes = compare(&self.other, project);
            self.for_version = Some(version);
        }
    }
}

impl App {
    pub(super) fn resolve_conflict(&mut self, index: usize, choice: Choice) {
        if self.doc.project_mut().resolve_conflict(index, choice) {
            self.ui.merge.editing = None;
            self.doc.touch();
            if self.doc.project.conflicts.is_empty() {
                // Nothing left to decide: back to the tracker, ready to save.
                self.ui
                    .dialogs
                    .close_where(|d| matches!(d, Dialog::Conflicts));
                self.ui.toast = Some(crate::t!("merge-none-left"));
            }
        }
    }

    /// Saving with conflicts left is refused unless it is a draft; true when it may go on.
    pub(super) fn may_save_conflicts(&mut self) -> bool {
        let left = self.doc.project.conflicts.len();
        if left == 0 || std::mem::take(&mut self.ui.merge.draft_agreed) {
            return true;
        }
        self.after_save = None;
        self.ui.dialogs.open(Dialog::Conflicts);
        self.ui.message = Some(Message::error(
            crate::t!("merge-save-refused-title"),
            crate::t!("merge-save-refused-body", count = left),
        ));
        false
    }

    /// A save the user called off (a cancelled dialog or question, a refused name) takes with
    /// it what was agreed for that save: the action to run after it, and a draft's conflicts.
    pub(super) fn save_called_off(&mut self) {
        self.after_save = None;
        self.ui.merge.draft_agreed = false;
    }

    pub(super) fn save_draft(&mut self, ctx: &egui::Context) {
        self.ui.merge.draft_agreed = true;
        self.save_current(ctx);
        // A save that asked a question first (or went to a dialog) has not used the agreement
        // yet; it stays for that save only while the question is open.
        if self.ui.confirm.is_none() && self.ui.path_prompt.is_none() && !self.dialogs.is_open() {
            self.ui.merge.draft_agreed = false;
        }
    }

    /// Reads the other version to compare with: a big file on a worker thread, as File → Open
    /// does, so the window keeps painting.
    pub(super) fn compare_with(&mut self, path: PathBuf) {
        if self.comparing.is_some() {
            return;
        }
        match super::files::read(path.clone(), self.waker.clone()) {
            super::files::Read::Later(job) => self.comparing = Some(job),
            super::files::Read::Now(result) => self.finish_compare(&path, result),
        }
    }

    /// Shows the comparison once the worker has read the other version.
    pub(super) fn poll_comparing(&mut self, ctx: &egui::Context) {
        if let Some((path, result)) = super::files::finished(&mut self.comparing, ctx) {
            self.finish_compare(&path, result);
        }
    }

    /// The file being read to compare with, for the status bar.
    pub fn comparing_path(&self) -> Option<&std::path::Path> {
        self.comparing.as_ref().map(|c| c.path.as_path())
    }

    fn finish_compare(
        &mut self,
        path: &std::path::Path,
        result: Result<storage::Loaded, storage::LoadError>,
    ) {
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        match result {
            Ok(loaded) => {
                self.ui
                    .dialogs
                    .open(Dialog::Comparison(Box::new(Comparison {
                        name,
                        other: loaded.project,
                        changes: Vec::new(),
                        for_version: None,
                    })));
            }
            Err(e) => {
                self.ui.message = Some(Message::error(
                    crate::t!("merge-compare-failed-title", name = name.as_str()),
                    e.to_string(),
                ));
            }
        }
    }
}
