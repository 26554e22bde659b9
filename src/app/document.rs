//! The open project and what the app knows about its file.

use std::path::PathBuf;

use crate::model::Project;
use crate::storage::{FileStamp, Loaded};

#[derive(Clone, Debug)]
pub struct Document {
    pub project: Project,
    /// Where the project is saved; `None` for an untitled copy (Save asks where).
    pub path: Option<PathBuf>,
    /// The project differs from the file: derived from `state` and `saved_state`.
    pub dirty: bool,
    /// Why the file may not be saved over (newer format, unknown fields); Save As still works.
    pub read_only: Option<String>,
    /// What the file looked like when we last read or wrote it, to notice outside changes.
    pub stamp: Option<FileStamp>,
    /// The file holds comments that saving over it would drop; Save asks first.
    pub comments: bool,
    /// Bumped on every change, so caches know when to rebuild.
    pub revision: u64,
    /// Which version of the content this is: a new change gets a new number, an undo or redo
    /// goes back to the number the content had then.
    pub state: u64,
    /// The `state` last loaded or saved; `None` when no file holds this content.
    pub saved_state: Option<u64>,
}

impl Document {
    pub fn untitled(project: Project) -> Self {
        Self {
            project,
            path: None,
            dirty: false,
            read_only: None,
            stamp: None,
            comments: false,
            revision: 0,
            state: 0,
            saved_state: Some(0),
        }
    }

    /// A document just read from `path`, with nothing unsaved.
    pub fn from_loaded(path: PathBuf, loaded: Loaded, revision: u64) -> Self {
        Self {
            project: loaded.project,
            path: Some(path),
            dirty: false,
            read_only: loaded.read_only,
            stamp: loaded.stamp,
            comments: loaded.comments,
            revision,
            state: revision,
            saved_state: Some(revision),
        }
    }

    /// Name shown in the title and status bar.
    pub fn display_name(&self) -> String {
        match &self.path {
            Some(p) => p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| p.display().to_string()),
            None => "Untitled".to_owned(),
        }
    }

    pub fn window_title(&self) -> String {
        let marker = if self.dirty { " •" } else { "" };
        format!("{}{marker} — Reform Tracker", self.display_name())
    }

    /// Records a new change.
    pub fn touch(&mut self) {
        self.revision += 1;
        self.state = self.revision;
        self.refresh_dirty();
    }

    /// Records an undo or redo that brought the content back to `state`.
    pub fn touch_to(&mut self, state: u64) {
        self.revision += 1;
        self.state = state;
        self.refresh_dirty();
    }

    /// The content as it is now is what the file holds.
    pub fn mark_saved(&mut self, state: u64) {
        self.saved_state = Some(state);
        self.refresh_dirty();
    }

    /// No file holds this content (restored work, for instance).
    pub fn mark_unsaved(&mut self) {
        self.saved_state = None;
        self.refresh_dirty();
    }

    fn refresh_dirty(&mut self) {
        self.dirty = self.saved_state != Some(self.state);
    }
}
