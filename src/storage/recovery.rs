//! A copy of unsaved work in the app's data folder, offered again after a crash or a kill.
//! Plain functions, so the app can call `write` from a background thread.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use super::error::{LoadError, SaveError};
use super::load::{decode, parse_tracked, read_capped};
use super::save::{DiskWriter, remove_stale_temps, write_atomic};
use crate::model::Project;

/// One recovery file per app instance.
const FILE_NAME: &str = "recovery.ron";

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
    pub saved_at: SystemTime,
}

#[derive(Serialize, Deserialize)]
struct RecoveryFile<P> {
    /// Text, not a path type: a path that is not UTF-8 must not stop the copy being written.
    original: Option<String>,
    saved_at: SystemTime,
    project: P,
}

/// Writes the recovery copy atomically and returns its path.
pub fn write(dir: &Path, original: Option<&Path>, project: &Project) -> Result<PathBuf, SaveError> {
    let path = dir.join(FILE_NAME);
    let io_err = |e: std::io::Error| SaveError::from_io(&path, &e);
    std::fs::create_dir_all(dir).map_err(io_err)?;
    let file = RecoveryFile {
        original: original.map(|p| p.to_string_lossy().into_owned()),
        saved_at: SystemTime::now(),
        project,
    };
    let config = ron::ser::PrettyConfig::default().new_line("\n");
    let text = ron::ser::to_string_pretty(&file, config).map_err(|e| {
        SaveError::new(
            &path,
            format!("the recovery copy could not be made ({e})"),
            "Save your work with File → Save",
        )
    })?;
    write_atomic(&path, text.as_bytes(), &DiskWriter).map_err(io_err)?;
    remove_stale_temps(dir, FILE_NAME);
    Ok(path)
}

/// The recovery copy in `dir`, if there is one that can be read.
pub fn find(dir: &Path) -> Option<RecoveryInfo> {
    let path = dir.join(FILE_NAME);
    let file = read(&path).ok()?;
    Some(RecoveryInfo {
        original: file.original.map(PathBuf::from),
        title: file.project.title.clone(),
        commitments: file.project.commitments.len(),
        saved_at: file.saved_at,
        path,
    })
}

pub fn restore(info: &RecoveryInfo) -> Result<Project, LoadError> {
    read(&info.path).map(|f| f.project)
}

/// Removes the recovery copy (after a real save, or when the user declines it).
pub fn discard(dir: &Path) -> std::io::Result<()> {
    remove_stale_temps(dir, FILE_NAME);
    match std::fs::remove_file(dir.join(FILE_NAME)) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        other => other,
    }
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

    #[test]
    fn write_find_restore_discard() {
        let dir = tempfile::tempdir().unwrap();
        let rec = dir.path().join("recovery");
        assert!(find(&rec).is_none());
        let mut p = Project {
            title: "Unsaved work".into(),
            ..Project::default()
        };
        p.commitments.push(Commitment::new("P1", Kind::Reform, "x"));
        let written = write(&rec, Some(Path::new("/tmp/t.ron")), &p).unwrap();
        let info = find(&rec).unwrap();
        assert_eq!(info.path, written);
        assert_eq!(info.original.as_deref(), Some(Path::new("/tmp/t.ron")));
        assert_eq!((info.title.as_str(), info.commitments), ("Unsaved work", 1));
        assert!(info.saved_at <= SystemTime::now());
        assert_eq!(restore(&info).unwrap(), p);
        discard(&rec).unwrap();
        assert!(find(&rec).is_none());
        discard(&rec).unwrap();
    }

    #[test]
    fn a_corrupt_copy_is_not_offered_and_restore_says_why() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(FILE_NAME), "(original: None, saved_at").unwrap();
        assert!(find(dir.path()).is_none());
        let info = RecoveryInfo {
            path: dir.path().join(FILE_NAME),
            original: None,
            title: String::new(),
            commitments: 0,
            saved_at: SystemTime::now(),
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
