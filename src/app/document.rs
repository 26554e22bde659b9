//! The open project and what the app knows about its file.

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::model::Project;
use crate::storage::{FileStamp, Loaded};

/// Which document, at which revision. No two documents of one run share an identity, so a
/// cache keyed by this can never show one document's figures for another, even when a new
/// document's revision count starts again at 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DocVersion {
    identity: u64,
    revision: u64,
}

/// Gives every document made in this run its own identity.
fn new_identity() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// What one change touched, so caches can redo only that part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Changed {
    /// One commitment's fields, at this index; no commitment was added, removed or moved.
    One(usize),
    /// Anything else: caches rebuild.
    All,
}

/// How many recent changes a document remembers for caches to catch up on.
const CHANGES_KEPT: usize = 32;

#[derive(Debug)]
pub struct Document {
    /// Shared, never copied, with workers that write it (recovery copies, exports, saves):
    /// a change made while one still reads it copies it first (`project_mut`).
    pub project: Arc<Project>,
    /// Where the project is saved; `None` for an untitled copy (Save asks where).
    pub path: Option<PathBuf>,
    /// The project differs from the file: derived from `state` and `saved_state`.
    pub dirty: bool,
    /// Why the file may not be saved over (newer format, unknown fields); Save As still works.
    pub read_only: Option<String>,
    /// What the file looked like when we last read or wrote it, to notice outside changes.
    pub stamp: Option<FileStamp>,
    /// The project as the file held it when we last read or wrote it (shared with `project`
    /// until the first edit): the common ancestor when another program's version is merged in.
    pub base: Option<Arc<Project>>,
    /// The file holds comments that saving over it would drop; Save asks first.
    pub comments: bool,
    /// Bumped on every change, undo and redo included, so caches know when to rebuild.
    pub revision: u64,
    /// Which version of the content this is: a new change gets a new number, an undo or redo
    /// goes back to the number the content had then.
    pub state: u64,
    /// The `state` last loaded or saved; `None` when no file holds this content.
    pub saved_state: Option<u64>,
    /// Set when the document is made (new, opened, reloaded, restored or copied); never
    /// changed. Private, so no document can be made without a fresh one.
    identity: u64,
    /// The last changes, each with the revision it made, oldest first.
    changes: VecDeque<(u64, Changed)>,
    /// The version last saved by this run, its text checked to read back equal.
    checked_at: Option<DocVersion>,
}

impl Document {
    pub fn untitled(project: Project) -> Self {
        Self {
            project: Arc::new(project),
            path: None,
            dirty: false,
            read_only: None,
            stamp: None,
            base: None,
            comments: false,
            revision: 0,
            state: 0,
            saved_state: Some(0),
            identity: new_identity(),
            changes: VecDeque::new(),
            checked_at: None,
        }
    }

    /// A document just read from `path`, with nothing unsaved.
    pub fn from_loaded(path: PathBuf, loaded: Loaded, revision: u64) -> Self {
        let project = Arc::new(loaded.project);
        Self {
            base: Some(Arc::clone(&project)),
            project,
            path: Some(path),
            dirty: false,
            read_only: loaded.read_only,
            stamp: loaded.stamp,
            comments: loaded.comments,
            revision,
            state: revision,
            saved_state: Some(revision),
            identity: new_identity(),
            changes: VecDeque::new(),
            checked_at: None,
        }
    }

    /// Work restored from a recovery copy: unsaved until the user saves it.
    pub fn restored(project: Project, path: Option<PathBuf>) -> Self {
        Self {
            path,
            dirty: true,
            saved_state: None,
            ..Self::untitled(project)
        }
    }

    /// What caches of this document's figures are keyed by.
    pub fn version(&self) -> DocVersion {
        DocVersion {
            identity: self.identity,
            revision: self.revision,
        }
    }

    /// Name shown in the title and status bar.
    pub fn display_name(&self) -> String {
        match &self.path {
            Some(p) => p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| p.display().to_string()),
            None => crate::t!("window-untitled"),
        }
    }

    /// How a question names the document: its file, else the project's title as the window
    /// shows it (never "Untitled" above a project that has a name).
    pub fn question_name(&self) -> String {
        match &self.path {
            Some(_) => self.display_name(),
            None if !self.project.title.trim().is_empty() => self.project.title.trim().to_owned(),
            None => self.display_name(),
        }
    }

    pub fn window_title(&self) -> String {
        let marker = if self.dirty { " •" } else { "" };
        crate::t!(
            "window-title",
            name = format!("{}{marker}", self.display_name())
        )
    }

    /// The project, to change it. Copied first only if a worker still holds it.
    pub fn project_mut(&mut self) -> &mut Project {
        Arc::make_mut(&mut self.project)
    }

    /// The project as it is now, for a worker: no copy is made.
    pub fn share(&self) -> Arc<Project> {
        Arc::clone(&self.project)
    }

    /// Records a new change of anything.
    pub fn touch(&mut self) {
        self.touch_changed(Changed::All);
    }

    /// Records a new change of one commitment's fields.
    pub fn touch_changed(&mut self, changed: Changed) {
        self.revision += 1;
        self.state = self.revision;
        self.note_change(changed);
        self.refresh_dirty();
    }

    /// Records an undo or redo that brought the content back to `state`.
    pub fn touch_to(&mut self, state: u64, changed: Changed) {
        self.revision += 1;
        self.state = state;
        self.note_change(changed);
        self.refresh_dirty();
    }

    fn note_change(&mut self, changed: Changed) {
        if self.changes.len() == CHANGES_KEPT {
            self.changes.pop_front();
        }
        self.changes.push_back((self.revision, changed));
    }

    /// The commitments changed since `since` (sorted, without repeats), when every change
    /// since then touched single commitments; `None` when a cache made at `since` must be
    /// rebuilt: another document, something else changed, or too long ago to tell.
    pub fn changed_since(&self, since: DocVersion) -> Option<Vec<usize>> {
        if since.identity != self.identity || since.revision > self.revision {
            return None;
        }
        let newer = self.changes.iter().filter(|(r, _)| *r > since.revision);
        let mut indexes = Vec::new();
        let mut seen = 0;
        for (_, changed) in newer {
            seen += 1;
            match changed {
                Changed::One(i) => indexes.push(*i),
                Changed::All => return None,
            }
        }
        if seen as u64 != self.revision - since.revision {
            return None;
        }
        indexes.sort_unstable();
        indexes.dedup();
        Some(indexes)
    }

    /// The content of `version` was saved, and its text read back equal.
    pub fn mark_checked(&mut self, version: DocVersion) {
        self.checked_at = Some(version);
    }

    /// The commitments edited since the last checked save, when nothing else changed: a save
    /// need only read those back (`storage::save_file_changed`).
    pub fn changed_since_checked(&self) -> Option<Vec<usize>> {
        self.changed_since(self.checked_at?)
    }

    /// The content in `state` is what the file holds now.
    pub fn mark_saved(&mut self, state: u64) {
        self.saved_state = Some(state);
        self.refresh_dirty();
    }

    fn refresh_dirty(&mut self) {
        self.dirty = self.saved_state != Some(self.state);
    }
}

/// A copy is another document: it gets its own identity, so the two can change apart without
/// ever sharing a cache.
impl Clone for Document {
    fn clone(&self) -> Self {
        Self {
            project: self.project.clone(),
            path: self.path.clone(),
            dirty: self.dirty,
            read_only: self.read_only.clone(),
            stamp: self.stamp.clone(),
            base: self.base.clone(),
            comments: self.comments,
            revision: self.revision,
            state: self.state,
            saved_state: self.saved_state,
            identity: new_identity(),
            changes: VecDeque::new(),
            checked_at: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_save_rechecks_only_what_was_edited_since_the_last_checked_one() {
        let mut doc = Document::untitled(crate::model::synthetic::synthetic_project(10, 1, 1));
        assert_eq!(
            doc.changed_since_checked(),
            None,
            "never saved: check everything"
        );
        doc.mark_checked(doc.version());
        assert_eq!(doc.changed_since_checked(), Some(vec![]));
        doc.touch_changed(Changed::One(3));
        doc.touch_changed(Changed::One(7));
        doc.touch_changed(Changed::One(3));
        assert_eq!(doc.changed_since_checked(), Some(vec![3, 7]));
        doc.touch();
        assert_eq!(doc.changed_since_checked(), None, "something else changed");
        doc.mark_checked(doc.version());
        let other = Document::untitled(Project::default());
        let mut replaced = other;
        replaced.mark_checked(doc.version());
        assert_eq!(
            replaced.changed_since_checked(),
            None,
            "another document's save"
        );
    }

    #[test]
    fn documents_never_share_a_version() {
        let a = Document::untitled(Project::default());
        let b = Document::untitled(Project::default());
        assert_eq!((a.revision, b.revision), (0, 0));
        assert_ne!(a.version(), b.version(), "two new documents");
        assert_ne!(a.version(), a.clone().version(), "a copy");
        let restored = Document::restored(Project::default(), None);
        assert!(restored.dirty);
        assert_ne!(restored.version(), a.version());
        let mut c = a.clone();
        let before = c.version();
        c.touch();
        assert_ne!(c.version(), before, "a change");
    }

    #[test]
    fn caches_learn_which_commitments_changed_or_that_they_must_rebuild() {
        let mut doc = Document::untitled(Project::default());
        let start = doc.version();
        assert_eq!(doc.changed_since(start), Some(vec![]));
        doc.touch_changed(Changed::One(3));
        doc.touch_changed(Changed::One(1));
        doc.touch_changed(Changed::One(3));
        assert_eq!(doc.changed_since(start), Some(vec![1, 3]));
        let mid = doc.version();
        doc.touch();
        assert_eq!(doc.changed_since(mid), None, "something else changed");
        let after = doc.version();
        doc.touch_to(0, Changed::One(2));
        assert_eq!(doc.changed_since(after), Some(vec![2]));
        assert_eq!(doc.clone().changed_since(after), None, "another document");
        for _ in 0..CHANGES_KEPT {
            doc.touch_changed(Changed::One(0));
        }
        assert_eq!(doc.changed_since(after), None, "too long ago to tell");
    }
}
