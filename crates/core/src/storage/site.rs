//! Writing a website made by `report::site` into a folder: the one rule the command line and
//! the window share about which folders may be written to, and how an earlier site is replaced.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::report::site::{MARKER, Site};

/// Why a site was not written.
#[derive(Debug)]
pub enum SiteWriteError {
    /// The folder holds files an earlier run did not write: someone's documents, left alone.
    NotOurs(PathBuf),
    /// A file or folder could not be read or written.
    Unwritable(PathBuf, std::io::Error),
}

impl std::fmt::Display for SiteWriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SiteWriteError::NotOurs(path) => f.write_str(&crate::t!(
                "cli-site-not-ours",
                path = path.display().to_string()
            )),
            SiteWriteError::Unwritable(path, e) => f.write_str(&crate::t!(
                "cli-site-unwritable",
                path = path.display().to_string(),
                error = e.to_string()
            )),
        }
    }
}

impl std::error::Error for SiteWriteError {}

/// The language folders a site owns: files in them that the new site lacks are removed.
/// Anything else a person put beside the site (a `CNAME`, a `robots.txt`) is left alone.
const OWNED: [&str; 3] = ["en", "ru", "kk"];

/// Whether a site may be written into `dir`: an empty or missing folder, or one a previous run
/// made (it holds the marker file). Asked before a site is made, so nobody waits to be refused.
pub fn check_site_folder(dir: &Path) -> Result<(), SiteWriteError> {
    match std::fs::read_dir(dir) {
        Ok(mut entries) => {
            let empty = entries.next().is_none();
            if !empty && !dir.join(MARKER).is_file() {
                return Err(SiteWriteError::NotOurs(dir.to_path_buf()));
            }
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(SiteWriteError::Unwritable(dir.to_path_buf(), e)),
    }
}

/// Writes the site into `dir` (see `check_site_folder`). A folder with anything else in it is
/// refused, untouched.
pub fn write_site(dir: &Path, made: &Site) -> Result<(), SiteWriteError> {
    check_site_folder(dir)?;
    let fail = |path: &Path, e| SiteWriteError::Unwritable(path.to_path_buf(), e);
    let new: BTreeSet<PathBuf> = made.files.iter().map(|(p, _)| dir.join(p)).collect();
    for (path, bytes) in &made.files {
        let target = dir.join(path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| fail(parent, e))?;
        }
        // Unchanged files are not rewritten: their times stay, and a sync copies less.
        if std::fs::read(&target).is_ok_and(|old| old == *bytes) {
            continue;
        }
        std::fs::write(&target, bytes).map_err(|e| fail(&target, e))?;
    }
    for owned in OWNED {
        remove_stale(&dir.join(owned), &new).map_err(|e| fail(&dir.join(owned), e))?;
    }
    Ok(())
}

/// Removes the files under `dir` that are not in `keep`, and folders left empty.
fn remove_stale(dir: &Path, keep: &BTreeSet<PathBuf>) -> std::io::Result<()> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e),
    };
    for entry in entries {
        let entry = entry?;
        let path = entry.path();
        // The entry's own type: a link to a folder elsewhere is removed, never followed.
        if entry.file_type()?.is_dir() {
            remove_stale(&path, keep)?;
            if std::fs::read_dir(&path)?.next().is_none() {
                std::fs::remove_dir(&path)?;
            }
        } else if !keep.contains(&path) {
            std::fs::remove_file(&path)?;
        }
    }
    Ok(())
}
