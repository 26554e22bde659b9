//! The open file, watched: after a `git checkout`, a `git merge` or a colleague's save on a
//! shared drive, the window does not keep showing the old project as if it were the file.
//!
//! A thread looks at the file every few seconds (a `stat`, and a hash only when the size or
//! time moved) and wakes the window only when the file differs from what the app last read or
//! wrote, so an idle window paints nothing. The window then reloads a project with no unsaved
//! changes by itself and says so, or asks about one with changes, naming what the other
//! program changed and offering to merge it in with the same three-way merge git uses.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;

use super::{App, Confirm, Document};
use crate::model::Project;
use crate::storage::{self, FileStamp};

/// How often the file is looked at.
const EVERY: Duration = Duration::from_secs(2);

/// How many differences the question lists before "and N more".
const LISTED: usize = 12;

/// What the thread watches: the file and the version the app knows; and the version it last
/// told the window about, so one outside change is reported once.
#[derive(Default)]
struct Watched {
    path: Option<PathBuf>,
    known: Option<FileStamp>,
    told: Option<FileStamp>,
}

#[derive(Default)]
pub struct Watcher {
    watched: Arc<Mutex<Watched>>,
    changed: Arc<AtomicBool>,
    started: bool,
}

impl std::fmt::Debug for Watcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Watcher")
    }
}

impl Watcher {
    /// Starts the thread, once; it ends by itself when the window is gone.
    fn start(&mut self, waker: egui::Context) {
        if self.started {
            return;
        }
        self.started = true;
        let watched = Arc::downgrade(&self.watched);
        let changed = Arc::clone(&self.changed);
        let _ = std::thread::Builder::new()
            .name("watch".into())
            .spawn(crate::i18n::carried(move || {
                watch(&watched, &changed, &waker)
            }));
    }

    /// Follows the document: its file and the version of it the app knows.
    fn follow(&self, doc: &Document) {
        let Ok(mut w) = self.watched.lock() else {
            return;
        };
        if w.path != doc.path || w.known != doc.stamp {
            w.path.clone_from(&doc.path);
            w.known.clone_from(&doc.stamp);
        }
    }

    /// True once per outside change, when the thread saw one.
    fn take_change(&self) -> bool {
        self.changed.swap(false, Ordering::AcqRel)
    }
}

fn watch(watched: &Weak<Mutex<Watched>>, changed: &AtomicBool, waker: &egui::Context) {
    loop {
        std::thread::sleep(EVERY);
        let Some(watched) = watched.upgrade() else {
            return;
        };
        let (path, known, told) = match watched.lock() {
            Ok(w) => (w.path.clone(), w.known.clone(), w.told.clone()),
            Err(_) => return,
        };
        let (Some(path), Some(known)) = (path, known) else {
            continue;
        };
        if !storage::changed_on_disk(&path, &known) {
            continue;
        }
        let now = storage::stamp_of(&path).ok();
        if now.is_some() && now == told {
            continue;
        }
        if let Ok(mut w) = watched.lock() {
            w.told = now;
        }
        changed.store(true, Ordering::Release);
        waker.request_repaint();
    }
}

impl App {
    /// Called every frame: keeps the watcher on the open file, and acts on a change it saw once
    /// nothing else is asked or shown.
    pub(super) fn watch_file(&mut self, ctx: &egui::Context) {
        self.watcher.start(ctx.clone());
        self.watcher.follow(&self.doc);
        let busy = self.ui.modal_open()
            || self.dialogs.is_open()
            || self.loading.is_some()
            || self.saving.is_some();
        if busy || !self.watcher.take_change() {
            if busy && self.watcher.changed.load(Ordering::Acquire) {
                ctx.request_repaint_after(Duration::from_millis(500));
            }
            return;
        }
        if !self.changed_on_disk() {
            return;
        }
        let Some(path) = self.doc.path.clone() else {
            return;
        };
        let theirs = match storage::load_file(&path) {
            Ok(loaded) => loaded,
            // Gone, or not readable now (half written, conflict markers): the question at the
            // next save says so; nothing is reloaded from it.
            Err(_) => return,
        };
        if !self.doc.dirty && self.doc.read_only.is_none() {
            let name = self.doc.display_name();
            let shown = self.selected_id();
            self.finish_reload(path, theirs);
            if let Some(id) = shown {
                let index = self.doc.project.commitments.iter().position(|c| c.id == id);
                self.select(index);
            }
            self.ui.toast = Some(crate::t!("watch-reloaded", name = name));
            return;
        }
        self.ask_about_disk_change(Some(theirs.project));
    }

    /// Asks what to do about the changed file, naming what changed; merging is offered when
    /// the file can be read and the app knows the version both sides started from.
    pub(super) fn ask_about_disk_change(&mut self, theirs: Option<Project>) {
        self.disk_version = theirs.or_else(|| {
            let path = self.doc.path.as_ref()?;
            storage::load_file(path).ok().map(|l| l.project)
        });
        self.ui.disk_changes = match &self.disk_version {
            Some(theirs) => differences(self.doc.base.as_deref(), &self.doc.project, theirs),
            None => Vec::new(),
        };
        self.ui.disk_merge_offered = self.disk_version.is_some() && self.doc.base.is_some();
        self.ui.confirm = Some(Confirm::ChangedOnDisk);
    }

    /// The file's new content replaces the document: nothing unsaved was in it.
    fn finish_reload(&mut self, path: PathBuf, loaded: storage::Loaded) {
        // Notes being typed are not in the file: they stay, under their commitments' ids.
        self.stash_note_draft();
        let drafts = std::mem::take(&mut self.ui.note_drafts);
        self.doc = Document::from_loaded(path, loaded, self.doc.revision + 1);
        self.history.clear();
        self.reset_selection(None);
        self.ui.note_drafts = drafts;
    }

    /// Merges the other program's version of the file into the open work: base is what the
    /// app last read or wrote, ours the window's project, theirs the file. Conflicts are
    /// recorded for the window's list, as after a git merge. One undo step takes it back.
    pub(super) fn merge_from_disk(&mut self, read: Option<Project>) {
        let Some(path) = self.doc.path.clone() else {
            return;
        };
        let theirs = match read {
            Some(p) => p,
            None => match storage::load_file(&path) {
                Ok(l) => l.project,
                Err(e) => {
                    self.ui.message = Some(super::Message::error(
                        crate::t!("msg-open-failed-title", name = e.file.as_str()),
                        e.to_string(),
                    ));
                    return;
                }
            },
        };
        let Some(base) = self.doc.base.clone() else {
            return;
        };
        let sides = crate::model::merge::Sides {
            ours: crate::t!("watch-side-ours"),
            theirs: crate::t!("watch-side-theirs", name = self.doc.display_name()),
        };
        let merged = crate::model::merge::merge(&base, &self.doc.project, &theirs, &sides);
        let conflicts = merged.conflicts.len();
        *self.doc.project_mut() = merged;
        self.doc.touch();
        // The file's version is now in the work: a save may write over it without asking.
        self.doc.stamp = storage::stamp_of(&path).ok();
        self.doc.base = Some(Arc::new(theirs));
        self.ui.toast = Some(crate::t!("watch-merged", count = conflicts));
        if conflicts > 0 {
            self.ui.dialogs.open(super::Dialog::Conflicts);
        }
    }
}

/// What the other program changed, as the `diff` command words it: against what the app last
/// read or wrote when it knows that, else against the window's project.
fn differences(base: Option<&Project>, ours: &Project, theirs: &Project) -> Vec<String> {
    change_lines(base.unwrap_or(ours), theirs, LISTED)
}

/// What changed from `old` to `new`, one sentence a change as the `diff` command words it,
/// the first `listed` of them and then "and N more".
pub(super) fn change_lines(old: &Project, new: &Project, listed: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for group in crate::model::compare::compare(old, new) {
        let heading = crate::report::compare::heading(&group);
        for change in &group.changes {
            lines.push(format!(
                "{heading}: {}",
                crate::report::compare::sentence(change)
            ));
        }
    }
    if lines.len() > listed {
        let more = lines.len() - listed;
        lines.truncate(listed);
        lines.push(crate::t!("watch-more", count = more));
    }
    lines
}
