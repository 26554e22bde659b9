//! A project file git merged as text, with `<<<<<<<` markers in it (the clone had no
//! `git-setup`): the window reads both sides and merges them as the merge driver would, so
//! nothing has to be untangled by hand. The common ancestor comes from the markers when git
//! wrote it (`merge.conflictStyle diff3`), else from git's index; without one, every
//! difference between the sides is a conflict to decide.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::{App, Document, Message};
use crate::model::Project;
use crate::model::merge::{Sides, merge};
use crate::storage;

impl App {
    pub(super) fn resolve_markers(&mut self, path: PathBuf) {
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let Some(sides) = storage::markers::marked_file(&path) else {
            return;
        };
        let read = |text: &str| storage::parse_project(text, &name).map(|l| l.project);
        let (ours, theirs) = match (read(&sides.ours), read(&sides.theirs)) {
            (Ok(o), Ok(t)) => (o, t),
            (Err(e), _) | (_, Err(e)) => {
                self.ui.message = Some(Message::error(
                    crate::t!("markers-unreadable-title", name = name.as_str()),
                    format!("{e}\n\n{}", crate::t!("markers-unreadable-body")),
                ));
                return;
            }
        };
        let base = sides
            .base
            .as_deref()
            .and_then(|t| read(t).ok())
            .or_else(|| base_from_git(&path, &name))
            // No ancestor: nothing is taken as agreed, so every difference is asked about.
            .unwrap_or_else(|| Project {
                commitments: Vec::new(),
                sources: Vec::new(),
                ..Project::default()
            });
        let labels = Sides {
            ours: crate::t!("markers-side-ours"),
            theirs: crate::t!("markers-side-theirs"),
        };
        let merged = merge(&base, &ours, &theirs, &labels);
        let conflicts = merged.conflicts.len();
        self.recovery.forget();
        self.doc = Document::restored(merged, Some(path.clone()));
        // The file on disk is the marked text the user just opened: saving replaces it with
        // the merged project without asking about it again.
        self.doc.stamp = storage::stamp_of(&path).ok();
        self.doc.base = None::<Arc<Project>>;
        self.history.clear();
        self.reset_selection(None);
        self.prefs.remember(&path);
        if conflicts > 0 {
            self.ui.dialogs.open(super::Dialog::Conflicts);
        } else {
            self.ui
                .dialogs
                .close_where(|d| matches!(d, super::Dialog::Conflicts));
        }
        self.ui.toast = Some(crate::t!("markers-resolved", count = conflicts));
    }
}

/// The common ancestor git keeps in its index while a merge is unfinished (stage 1).
fn base_from_git(path: &Path, name: &str) -> Option<Project> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty())?;
    let out = std::process::Command::new("git")
        .arg("-C")
        .arg(dir)
        .arg("show")
        .arg(format!(":1:./{name}"))
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8(out.stdout).ok()?;
    storage::parse_project(&text, name).ok().map(|l| l.project)
}
