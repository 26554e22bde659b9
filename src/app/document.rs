//! The open project and what the app knows about its file.

use std::path::PathBuf;

use crate::model::Project;
use crate::storage::{FileStamp, Loaded};

#[derive(Clone, Debug)]
pub struct Document {
    pub project: Project,
    /// Where the project is saved; `None` for an untitled copy (Save asks where).
    pub path: Option<PathBuf>,
    /// Unsaved changes since the last load or save.
    pub dirty: bool,
    /// Why the file may not be saved over (newer format, unknown fields); Save As still works.
    pub read_only: Option<String>,
    /// What the file looked like when we last read or wrote it, to notice outside changes.
    pub stamp: Option<FileStamp>,
    /// Bumped on every change, so caches know when to rebuild.
    pub revision: u64,
}

impl Document {
    pub fn untitled(project: Project) -> Self {
        Self {
            project,
            path: None,
            dirty: false,
            read_only: None,
            stamp: None,
            revision: 0,
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
            revision,
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

    pub fn touch(&mut self) {
        self.dirty = true;
        self.revision += 1;
    }
}
