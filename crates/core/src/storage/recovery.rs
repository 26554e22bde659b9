//! Copies of unsaved work in the app's data folder, offered again after a crash or a kill.
//!
//! Every window writes its own copy, `recovery-<unique>.ron`, beside a lock file
//! `recovery-<unique>.lock` that it holds locked while it runs. The system drops the lock when
//! the process ends, however it ends, so at start a copy whose lock can be taken is a leftover,
//! and a copy whose lock is held belongs to a running window and is left alone.

use std::fs::{File, TryLockError};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use super::error::{LoadError, SaveError};
use super::load::{decode, read_capped};
use super::save::{DiskWriter, remove_stale_temps, write_atomic};
use super::stamp::FileStamp;
use super::tracked::parse_tracked;
use crate::model::Project;

const PREFIX: &str = "recovery";

/// Folder for recovery copies, in the platform's data folder; None when the system has no home.
pub fn default_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("org", "ReformTracker", "reform-tracker")
        .map(|d| d.data_dir().join("recovery"))
}

/// What the app shows when it offers to restore.
#[derive(Debug, Clone, PartialEq)]
pub struct RecoveryInfo {
    /// The recovery file.
    pub path: PathBuf,
    /// The file the work belonged to; None for a project never saved.
    pub original: Option<PathBuf>,
    pub title: String,
    pub commitments: usize,
    /// Recommendations, counted apart from the commitments.
    pub recommendations: usize,
    pub saved_at: SystemTime,
    /// Text typed but not yet added (a note), kept with the copy.
    pub drafts: Vec<Draft>,
}

/// Something typed into the window but not yet added to the project: a recovery copy keeps
/// it, so a crash never loses a note half written.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Draft {
    /// The commitment it was typed for.
    pub commitment: String,
    /// The new note's text.
    pub note: String,
}

/// What the app knew about the original file when the edits were made. A restored copy gets
/// it back, so a read-only file stays read-only and a file changed since is noticed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FileState {
    pub read_only: Option<String>,
    pub stamp: Option<FileStamp>,
    /// The file holds comments that a save would drop, and the user has not agreed to that.
    pub comments: bool,
}

/// Work read back from a recovery copy.
#[derive(Debug, Clone, PartialEq)]
pub struct Restored {
    pub project: Project,
    pub original: Option<PathBuf>,
    pub file: FileState,
    pub drafts: Vec<Draft>,
}

#[derive(Serialize, Deserialize)]
struct RecoveryFile<P> {
    /// Text, not a path type: a path that is not UTF-8 must not stop the copy being written.
    original: Option<String>,
    saved_at: SystemTime,
    /// Absent from copies written by earlier versions.
    #[serde(default)]
    file: FileState,
    /// Absent from copies written by earlier versions.
    #[serde(default)]
    drafts: Vec<Draft>,
    project: P,
}

/// One window's right to a recovery copy: its name, and the lock that says a running window
/// owns it. Dropping it releases the lock and keeps the copy for the next start.
#[derive(Debug)]
pub struct Slot {
    dir: PathBuf,
    stem: String,
    /// Held locked for as long as the slot lives.
    lock: File,
}

impl Slot {
    /// A new slot with a name no other window uses, locked by this one.
    pub fn create(dir: &Path) -> std::io::Result<Slot> {
        static NEXT: AtomicU64 = AtomicU64::new(0);
        std::fs::create_dir_all(dir)?;
        let started = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        loop {
            let n = NEXT.fetch_add(1, Ordering::Relaxed);
            let stem = format!("{PREFIX}-{}-{started}-{n}", std::process::id());
            let opened = File::options()
                .read(true)
                .write(true)
                .create_new(true)
                .open(dir.join(format!("{stem}.lock")));
            let lock = match opened {
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                other => other?,
            };
            lock.try_lock().map_err(|e| match e {
                TryLockError::Error(e) => e,
                TryLockError::WouldBlock => std::io::Error::other("the lock is held"),
            })?;
            return Ok(Slot {
                dir: dir.to_path_buf(),
                stem,
                lock,
            });
        }
    }

    /// Takes the slot of the copy at `copy`, unless a running window holds it.
    fn claim(copy: &Path) -> Option<Slot> {
        let dir = copy.parent()?.to_path_buf();
        let stem = copy.file_stem()?.to_str()?.to_owned();
        let lock = File::options()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(dir.join(format!("{stem}.lock")))
            .ok()?;
        lock.try_lock().ok()?;
        Some(Slot { dir, stem, lock })
    }

    pub fn copy_path(&self) -> PathBuf {
        self.dir.join(self.copy_name())
    }

    fn copy_name(&self) -> String {
        format!("{}.ron", self.stem)
    }

    /// Removes the copy and its lock file: the work was saved, or the user dropped it.
    pub fn discard(self) -> std::io::Result<()> {
        remove_stale_temps(&self.dir, &self.copy_name());
        let removed = remove_if_present(&self.copy_path());
        // The lock file goes last, while still locked, so no other window can claim the copy
        // in between.
        let _ = remove_if_present(&self.dir.join(format!("{}.lock", self.stem)));
        let _ = self.lock.unlock();
        removed
    }
}

fn remove_if_present(path: &Path) -> std::io::Result<()> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        other => other,
    }
}

/// A copy left by a window that no longer runs, claimed by this one while it is offered.
#[derive(Debug)]
pub struct Leftover {
    pub info: RecoveryInfo,
    pub slot: Slot,
}

/// Writes a recovery copy atomically to `path` (a slot's `copy_path`).
pub fn write(
    path: &Path,
    original: Option<&Path>,
    file: &FileState,
    drafts: &[Draft],
    project: &Project,
) -> Result<(), SaveError> {
    let io_err = |e: std::io::Error| SaveError::from_io(path, &e);
    let copy = RecoveryFile {
        original: original.map(|p| p.to_string_lossy().into_owned()),
        saved_at: SystemTime::now(),
        file: file.clone(),
        drafts: drafts.to_vec(),
        project,
    };
    let config = ron::ser::PrettyConfig::default().new_line("\n");
    let text = ron::ser::to_string_pretty(&copy, config).map_err(|e| {
        SaveError::new(
            path,
            crate::t!("storage-recovery-copy-failed", error = e.to_string()),
            crate::t!("storage-todo-save"),
        )
    })?;
    write_atomic(path, text.as_bytes(), &DiskWriter).map_err(io_err)?;
    if let (Some(dir), Some(name)) = (path.parent(), path.file_name()) {
        remove_stale_temps(dir, &name.to_string_lossy());
    }
    Ok(())
}

/// The recovery copies in `dir`, whoever owns them (for tests and diagnostics).
pub fn copies_in(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut copies: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(PREFIX) && n.ends_with(".ron"))
        })
        .collect();
    copies.sort();
    copies
}

/// Claims every readable copy in `dir` that no running window owns, newest first. Copies
/// that cannot be read are left where they are and not offered.
pub fn claim_leftovers(dir: &Path) -> Vec<Leftover> {
    let mut found: Vec<Leftover> = copies_in(dir)
        .into_iter()
        .filter_map(|path| {
            let slot = Slot::claim(&path)?;
            let file = read(&path).ok()?;
            let info = RecoveryInfo {
                original: file.original.map(PathBuf::from),
                title: file.project.title.clone(),
                // Named as the figures everywhere name them: recommendations apart.
                commitments: file
                    .project
                    .commitments
                    .iter()
                    .filter(|c| !c.is_recommendation())
                    .count(),
                recommendations: file
                    .project
                    .commitments
                    .iter()
                    .filter(|c| c.is_recommendation())
                    .count(),
                saved_at: file.saved_at,
                drafts: file.drafts,
                path,
            };
            Some(Leftover { info, slot })
        })
        .collect();
    found.sort_by_key(|l| std::cmp::Reverse(l.info.saved_at));
    found
}

pub fn restore(info: &RecoveryInfo) -> Result<Restored, LoadError> {
    read(&info.path).map(|f| Restored {
        project: f.project,
        original: f.original.map(PathBuf::from),
        file: f.file,
        drafts: f.drafts,
    })
}

fn read(path: &Path) -> Result<RecoveryFile<Project>, LoadError> {
    let origin = path.display().to_string();
    let (bytes, _) = read_capped(path, &origin)?;
    let text = decode(&bytes, &origin)?;
    parse_tracked::<RecoveryFile<Project>>(text, &origin).map(|(file, _)| file)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Commitment, Kind};

    fn project(title: &str) -> Project {
        let mut p = Project {
            title: title.into(),
            ..Project::default()
        };
        p.commitments.push(Commitment::new("P1", Kind::Reform, "x"));
        p
    }

    #[test]
    fn write_claim_restore_discard() {
        let dir = tempfile::tempdir().unwrap();
        let rec = dir.path().join("recovery");
        assert!(claim_leftovers(&rec).is_empty());
        let p = project("Unsaved work");
        let state = FileState {
            read_only: Some("made by a newer version".into()),
            stamp: None,
            comments: true,
        };
        let slot = Slot::create(&rec).unwrap();
        write(
            &slot.copy_path(),
            Some(Path::new("/tmp/t.ron")),
            &state,
            &[],
            &p,
        )
        .unwrap();
        assert!(claim_leftovers(&rec).is_empty(), "its window still runs");
        // A failed claim closes its own handle; the owner's lock must survive that.
        assert!(claim_leftovers(&rec).is_empty(), "and still runs");
        let written = slot.copy_path();
        drop(slot);

        let mut found = claim_leftovers(&rec);
        assert_eq!(found.len(), 1);
        let leftover = found.remove(0);
        let info = &leftover.info;
        assert_eq!(info.path, written);
        assert_eq!(info.original.as_deref(), Some(Path::new("/tmp/t.ron")));
        assert_eq!((info.title.as_str(), info.commitments), ("Unsaved work", 1));
        assert!(claim_leftovers(&rec).is_empty(), "claimed while offered");
        let restored = restore(info).unwrap();
        assert_eq!((restored.project, restored.file), (p, state));
        leftover.slot.discard().unwrap();
        assert!(copies_in(&rec).is_empty());
        assert_eq!(std::fs::read_dir(&rec).unwrap().count(), 0, "no lock left");
    }

    #[test]
    fn each_window_has_its_own_copy() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (
            Slot::create(dir.path()).unwrap(),
            Slot::create(dir.path()).unwrap(),
        );
        assert_ne!(a.copy_path(), b.copy_path());
        let none = FileState::default();
        write(&a.copy_path(), None, &none, &[], &project("A")).unwrap();
        write(&b.copy_path(), None, &none, &[], &project("B")).unwrap();
        b.discard().unwrap();
        assert_eq!(copies_in(dir.path()), vec![a.copy_path()]);
    }

    #[test]
    fn a_copy_from_an_earlier_version_is_still_offered() {
        let dir = tempfile::tempdir().unwrap();
        let old = format!(
            "(original: None, saved_at: (secs_since_epoch: 5, nanos_since_epoch: 0), project: {})",
            crate::storage::to_ron_string(&project("Old")).unwrap()
        );
        std::fs::write(dir.path().join("recovery.ron"), old).unwrap();
        let found = claim_leftovers(dir.path());
        assert_eq!(found.len(), 1);
        assert_eq!(restore(&found[0].info).unwrap().file, FileState::default());
    }

    #[test]
    fn a_corrupt_copy_is_not_offered_and_restore_says_why() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("recovery-x.ron");
        std::fs::write(&path, "(original: None, saved_at").unwrap();
        assert!(claim_leftovers(dir.path()).is_empty());
        let info = RecoveryInfo {
            path,
            original: None,
            title: String::new(),
            commitments: 0,
            recommendations: 0,
            saved_at: SystemTime::now(),
            drafts: Vec::new(),
        };
        let e = restore(&info).unwrap_err();
        assert_eq!(e.line, Some(1), "{e}");
        assert!(e.message.contains("colon"), "{e}");
    }

    #[test]
    fn default_dir_ends_in_recovery() {
        if let Some(d) = default_dir() {
            assert!(d.ends_with("recovery"));
        }
    }
}
