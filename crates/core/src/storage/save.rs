//! Saving without ever leaving a damaged or half-written project on disk.

use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use atomic_write_file::AtomicWriteFile;

use super::canonical::{current, to_ron_string};
use super::error::{SaveError, display_name, save_as_file, save_elsewhere};
use super::load::parse_written;
use super::progress::{CountingWriter, Progress};
use super::stamp::{FileStamp, content_hash};
use crate::model::Project;

/// How the bytes of a save reach the temporary file. Tests substitute one that fails the way
/// a full disk or a refused write does, to prove the original file survives.
#[doc(hidden)]
pub trait Writer {
    /// Copies `data` into `out`, the temporary file that will replace `target`.
    fn write(&self, target: &Path, out: &mut dyn Write, data: &mut dyn Read) -> io::Result<()>;

    /// Whether the backup may be a second name for the old file instead of a copy of it (no
    /// bytes move, so there is nothing to write). Writers that inject failures copy.
    fn may_link_backup(&self) -> bool {
        false
    }
}

/// The writer every real save uses.
#[doc(hidden)]
pub struct DiskWriter;

impl Writer for DiskWriter {
    fn write(&self, _target: &Path, out: &mut dyn Write, data: &mut dyn Read) -> io::Result<()> {
        io::copy(data, out).map(|_| ())
    }

    fn may_link_backup(&self) -> bool {
        true
    }
}

/// The one function every write of a project goes through.
pub fn save_file(path: &Path, project: &Project) -> Result<FileStamp, SaveError> {
    save_with(path, project, &DiskWriter)
}

/// Writes an export (a report or a screenshot) with the same temp file, fsync and rename as a
/// project save, and the same plain-words errors; a crash never leaves half a file.
pub fn write_export(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    let target = resolve(path)?;
    write_atomic(&target, bytes, &DiskWriter).map_err(|e| SaveError::from_io(&target, &e))?;
    if let (Some(dir), Some(name)) = (target.parent(), target.file_name()) {
        remove_stale_temps(dir, &name.to_string_lossy());
    }
    Ok(())
}

/// `save_file`, counting the bytes of the new file into `progress` as they are written.
pub fn save_file_with_progress(
    path: &Path,
    project: &Project,
    progress: &Progress,
) -> Result<FileStamp, SaveError> {
    save_counted(path, project, &CountingWriter(progress), Some(progress))
}

/// `save_file` (counting into `progress` when given). With `changed`, the project differs from
/// one this version saved and checked before only in the commitments at those indexes, the
/// others being equal and at the same place: the read-back check then parses those and the
/// rest of the project around the commitments, not all of them; the caller vouches for the
/// others (the app knows from its record of edits). Without, every commitment is checked.
pub fn save_file_changed(
    path: &Path,
    project: &Project,
    changed: Option<&[usize]>,
    progress: Option<&Progress>,
) -> Result<FileStamp, SaveError> {
    match progress {
        Some(p) => save_checking(path, project, &CountingWriter(p), progress, changed),
        None => save_checking(path, project, &DiskWriter, None, changed),
    }
}

/// `save_file` with the low-level writer chosen by the caller (tests inject failures).
#[doc(hidden)]
pub fn save_with(
    path: &Path,
    project: &Project,
    writer: &dyn Writer,
) -> Result<FileStamp, SaveError> {
    save_counted(path, project, writer, None)
}

fn save_counted(
    path: &Path,
    project: &Project,
    writer: &dyn Writer,
    progress: Option<&Progress>,
) -> Result<FileStamp, SaveError> {
    save_checking(path, project, writer, progress, None)
}

/// Every save: `changed`, when given, lists the only commitments the check must parse back.
fn save_checking(
    path: &Path,
    project: &Project,
    writer: &dyn Writer,
    progress: Option<&Progress>,
    changed: Option<&[usize]>,
) -> Result<FileStamp, SaveError> {
    let target = resolve(path)?;
    let project = current(project);
    let text = to_ron_string(&project).map_err(|e| SaveError {
        file: display_name(&target),
        ..e
    })?;
    if let Some(p) = progress {
        p.start(text.len() as u64);
    }
    let io_err = |e: io::Error| SaveError::from_io(&target, &e);
    // The read-back check runs beside the writing of the temp file: nothing the user can see
    // changes (backup, rename) until it has passed.
    let (checked, written) = std::thread::scope(|s| {
        let check = std::thread::Builder::new()
            .name("save-check".into())
            .spawn_scoped(
                s,
                crate::i18n::carried(|| reads_back(&target, &text, &project, changed)),
            );
        let written = write_temp(&target, text.as_bytes(), writer);
        // The stamp's hash, while the check still parses.
        let hash = content_hash(text.as_bytes());
        let checked = match check {
            Ok(check) => check
                .join()
                .unwrap_or_else(|_| Err(read_back_differs(&target))),
            Err(_) => reads_back(&target, &text, &project, changed),
        };
        (checked.map(|()| hash), written)
    });
    let hash = checked?;
    let file = written.map_err(io_err)?;
    if target.exists() {
        keep_backup(&target, writer)?;
    }
    file.commit().map_err(io_err)?;
    if let (Some(dir), Some(name)) = (target.parent(), target.file_name()) {
        remove_stale_temps(dir, &name.to_string_lossy());
    }
    let meta = fs::metadata(&target).map_err(io_err)?;
    Ok(FileStamp {
        len: text.len() as u64,
        modified: meta.modified().ok(),
        hash,
    })
}

/// Reads the text back: a project that would not come back equal is never written.
fn reads_back(
    target: &Path,
    text: &str,
    project: &Project,
    changed: Option<&[usize]>,
) -> Result<(), SaveError> {
    // Only the changed commitments, when the text has the shape that allows it; else all.
    let only = changed.and_then(|c| super::fast::split::reads_back_only(text, project, c));
    let same = only.unwrap_or_else(|| parse_written(text).is_some_and(|back| back == *project));
    if same {
        Ok(())
    } else {
        Err(read_back_differs(target))
    }
}

fn read_back_differs(target: &Path) -> SaveError {
    SaveError::new(
        target,
        crate::t!("storage-read-back-differs"),
        crate::t!("storage-todo-report-fault"),
    )
}

/// The new content in a temp file beside the target, flushed to disk but not yet in place.
fn write_temp(target: &Path, bytes: &[u8], writer: &dyn Writer) -> io::Result<AtomicWriteFile> {
    let mut file = AtomicWriteFile::open(target)?;
    writer.write(target, &mut *file, &mut &bytes[..])?;
    file.flush()?;
    file.as_file().sync_all()?;
    Ok(file)
}

/// The real file to write: symlinks followed (the link stays a link), folders and special
/// files refused, read-only files respected.
fn resolve(path: &Path) -> Result<PathBuf, SaveError> {
    let target = match fs::canonicalize(path) {
        Ok(real) => real,
        Err(e) if e.kind() == io::ErrorKind::NotFound => new_file_path(&follow_dangling(path)?)?,
        Err(e) => return Err(SaveError::from_io(path, &e)),
    };
    match fs::metadata(&target) {
        Ok(m) if m.is_dir() => Err(SaveError::new(
            path,
            crate::t!("storage-name-is-folder"),
            save_as_file(),
        )),
        Ok(m) if !m.is_file() => Err(SaveError::new(
            path,
            crate::t!("storage-special-file"),
            save_as_file(),
        )),
        Ok(m) if m.permissions().readonly() => Err(SaveError::new(
            path,
            crate::t!("storage-file-read-only"),
            crate::t!("storage-todo-writable"),
        )),
        Ok(_) => Ok(target),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(target),
        Err(e) => Err(SaveError::from_io(path, &e)),
    }
}

/// A link to a file not yet created: the new file goes where the link points.
fn follow_dangling(path: &Path) -> Result<PathBuf, SaveError> {
    let mut current = path.to_path_buf();
    // 40 hops is the limit Linux itself uses for symlink loops.
    for _ in 0..40 {
        match fs::symlink_metadata(&current) {
            Ok(m) if m.file_type().is_symlink() => {
                let next = fs::read_link(&current).map_err(|e| SaveError::from_io(path, &e))?;
                current = match current.parent() {
                    Some(dir) => dir.join(next),
                    None => next,
                };
            }
            _ => return Ok(current),
        }
    }
    Err(SaveError::new(
        path,
        crate::t!("storage-link-loop"),
        save_elsewhere(),
    ))
}

/// A file that does not exist yet: its folder must, and is canonicalized.
fn new_file_path(path: &Path) -> Result<PathBuf, SaveError> {
    let Some(name) = path.file_name() else {
        return Err(SaveError::new(
            path,
            crate::t!("storage-name-is-folder"),
            save_as_file(),
        ));
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let dir = fs::canonicalize(dir).map_err(|e| SaveError::from_io(path, &e))?;
    if !dir.is_dir() {
        let e = io::Error::from(io::ErrorKind::NotADirectory);
        return Err(SaveError::from_io(path, &e));
    }
    Ok(dir.join(name))
}

/// The previous version, kept as `NAME.bak` next to it with the same permissions.
fn keep_backup(target: &Path, writer: &dyn Writer) -> Result<(), SaveError> {
    let mut bak_name = target.as_os_str().to_owned();
    bak_name.push(".bak");
    let bak = PathBuf::from(bak_name);
    if writer.may_link_backup() && link_backup(target, &bak).is_ok() {
        return Ok(());
    }
    let mut old = fs::File::open(target).map_err(|e| {
        SaveError::new(
            target,
            crate::t!("storage-backup-failed", error = e.to_string()),
            save_elsewhere(),
        )
    })?;
    let perms = old.metadata().map(|m| m.permissions()).ok();
    let result = (|| {
        let mut file = AtomicWriteFile::open(&bak)?;
        if let Some(perms) = perms {
            file.as_file().set_permissions(perms)?;
        }
        writer.write(&bak, &mut *file, &mut old)?;
        file.commit()
    })();
    result.map_err(|e| SaveError::from_io(target, &e))
}

/// The backup as a second name for the old file: it is already on disk with its permissions,
/// and the rename of the new version leaves it there alone. The name appears at once, whole
/// (link to a temp name, then rename over the old backup); the commit's folder fsync makes
/// it durable. Fails on file systems without hard links, and the caller copies instead.
fn link_backup(target: &Path, bak: &Path) -> io::Result<()> {
    let dir = target.parent().unwrap_or(Path::new("."));
    let name = bak.file_name().unwrap_or_default().to_string_lossy();
    let temp = dir.join(format!(".{name}.{}", temp_suffix()));
    fs::hard_link(target, &temp)?;
    fs::rename(&temp, bak).inspect_err(|_| {
        let _ = fs::remove_file(&temp);
    })
}

/// Six letters or digits, different for every call in this process and across processes,
/// in the shape `remove_stale_temps` recognises.
fn temp_suffix() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos() as u64);
    let mut n = content_hash(
        format!(
            "{}-{}-{nanos}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        )
        .as_bytes(),
    );
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    (0..6)
        .map(|_| {
            let c = ALPHABET[(n % ALPHABET.len() as u64) as usize] as char;
            n /= ALPHABET.len() as u64;
            c
        })
        .collect()
}

/// Temp file in the same folder, fsync, rename over the target, fsync the folder. A failure
/// at any step drops the temp file and leaves the target as it was.
pub(crate) fn write_atomic(target: &Path, bytes: &[u8], writer: &dyn Writer) -> io::Result<()> {
    let mut file = AtomicWriteFile::open(target)?;
    writer.write(target, &mut *file, &mut &bytes[..])?;
    file.commit()
}

/// Removes temp files of ours that a killed save left behind: atomic-write-file names them
/// `.NAME.XXXXXX` (six letters or digits), and `.NAME.bak.XXXXXX` for the backup.
pub(crate) fn remove_stale_temps(dir: &Path, name: &str) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let is_file = entry.file_type().is_ok_and(|t| t.is_file());
        if is_file && is_our_temp(&file_name.to_string_lossy(), name) {
            // Best effort: a temp file we cannot remove harms nothing.
            let _ = fs::remove_file(entry.path());
        }
    }
}

pub(crate) fn is_our_temp(candidate: &str, name: &str) -> bool {
    let Some(rest) = candidate
        .strip_prefix('.')
        .and_then(|r| r.strip_prefix(name))
        .and_then(|r| r.strip_prefix('.'))
    else {
        return false;
    };
    let rest = rest.strip_prefix("bak.").unwrap_or(rest);
    rest.len() == 6 && rest.bytes().all(|b| b.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_only_our_temp_names() {
        assert!(is_our_temp(".x.ron.aB3dE9", "x.ron"));
        assert!(is_our_temp(".x.ron.bak.aB3dE9", "x.ron"));
        assert!(!is_our_temp(".x.ron.aB3dE", "x.ron"));
        assert!(!is_our_temp(".x.ron.aB3dE-", "x.ron"));
        assert!(!is_our_temp("x.ron.aB3dE9", "x.ron"));
        assert!(!is_our_temp(".y.ron.aB3dE9", "x.ron"));
        assert!(!is_our_temp(".x.ron.bak", "x.ron"));
    }
}
