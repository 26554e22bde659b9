//! Reading project files other people may have written: size cap, encoding, line and column
//! of every error, the path of the field at fault, and fields this version does not know.

use std::borrow::Cow;
use std::io::Read;
use std::path::Path;

use super::error::LoadError;
use super::migrate;
use super::progress::{Progress, read_counted};
use super::stamp::{FileStamp, content_hash};
pub use super::tracked::Loaded;
use super::tracked::end_position;
use super::{canonical, fast};
use crate::model::Project;

/// Largest file read. Real trackers are a few megabytes; this leaves room for 20 times that.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

pub fn parse_project(text: &str, origin: &str) -> Result<Loaded, LoadError> {
    let text = normalize(text);
    if text.trim().is_empty() {
        return Err(LoadError {
            line: Some(1),
            column: Some(1),
            ..LoadError::whole_file(origin, crate::t!("storage-file-empty"))
        });
    }
    if let Some(loaded) = parse_fast(&text) {
        return Ok(loaded);
    }
    careful(&text, origin)
}

/// `parse_project` without the fast path: what every file got before it, and still gets
/// when the fast path is unsure. Tests compare the two.
#[doc(hidden)]
pub fn parse_project_careful(text: &str, origin: &str) -> Result<Loaded, LoadError> {
    let text = normalize(text);
    if text.trim().is_empty() {
        return parse_project(&text, origin);
    }
    careful(&text, origin)
}

fn careful(text: &str, origin: &str) -> Result<Loaded, LoadError> {
    let mut loaded = migrate::parse_any_version(text, origin).map_err(|e| {
        // Markers make ron say "expected identifier"; the user needs to hear why they are
        // there and what to run. Only a file that does not parse is checked for them.
        match super::markers::first_marker(text) {
            Some(line) => LoadError {
                line: Some(line),
                column: Some(1),
                ..LoadError::whole_file(
                    origin,
                    crate::t!("storage-conflict-markers", file = origin),
                )
            },
            None => e,
        }
    })?;
    loaded.comments = super::comments::has_comments(text);
    Ok(loaded)
}

/// The plain reader's answer, trusted for a file of the current format or of format 2: it
/// reads nothing it does not follow (comments, unknown fields, ron's extensions), so where it
/// answers, the careful parse could only give the same project and no reason to open
/// read-only. `None` means "parse carefully". Big files parse their commitments in pieces on
/// every core.
fn parse_fast(text: &str) -> Option<Loaded> {
    let project = fast::read(text, canonical::parts())?;
    let project = match project.format_version {
        crate::model::FORMAT_VERSION => project,
        // Format 2 reads as the current model (format 3 only added optional fields): the
        // careful parse would give this same project, migrated.
        2 => migrate::migrate(migrate::Old::V2(project)),
        _ => return None,
    };
    Some(Loaded {
        project,
        read_only: None,
        stamp: None,
        comments: false,
    })
}

/// A text this version has just written, read as a load would read it, for the save's
/// read-back check.
pub(crate) fn parse_written(text: &str) -> Option<Project> {
    parse_fast(text)
        .map(|l| l.project)
        .or_else(|| ron::from_str(text).ok())
}

pub fn load_file(path: &Path) -> Result<Loaded, LoadError> {
    load_file_with_progress(path, &Progress::default())
}

/// `load_file`, counting the bytes read into `progress`; a cancel stops the reading.
pub fn load_file_with_progress(path: &Path, progress: &Progress) -> Result<Loaded, LoadError> {
    let origin = path.display().to_string();
    let (bytes, meta) = read_capped_with(path, &origin, Some(progress))?;
    // The stamp's hash is taken beside the parse: it needs only the bytes.
    let (loaded, hash) = std::thread::scope(|s| {
        let hash = std::thread::Builder::new().spawn_scoped(s, || content_hash(&bytes));
        let loaded = decode(&bytes, &origin).and_then(|text| parse_project(text, &origin));
        let hash = match hash {
            Ok(h) => h.join().unwrap_or_else(|_| content_hash(&bytes)),
            Err(_) => content_hash(&bytes),
        };
        (loaded, hash)
    });
    let mut loaded = loaded?;
    loaded.stamp = Some(FileStamp {
        len: bytes.len() as u64,
        modified: meta.modified().ok(),
        hash,
    });
    Ok(loaded)
}

/// Reads a whole file, refusing folders and anything over the cap before reading it all.
pub fn read_capped(path: &Path, origin: &str) -> Result<(Vec<u8>, std::fs::Metadata), LoadError> {
    read_capped_with(path, origin, None)
}

fn read_capped_with(
    path: &Path,
    origin: &str,
    progress: Option<&Progress>,
) -> Result<(Vec<u8>, std::fs::Metadata), LoadError> {
    let io_err = |e: std::io::Error| LoadError::whole_file(origin, read_failure(&e));
    let file = std::fs::File::open(path).map_err(io_err)?;
    let meta = file.metadata().map_err(io_err)?;
    if meta.is_dir() {
        return Err(LoadError::whole_file(
            origin,
            crate::t!("storage-is-folder"),
        ));
    }
    let too_big = || {
        LoadError::whole_file(
            origin,
            crate::t!(
                "storage-too-large",
                mib = (MAX_FILE_BYTES / (1024 * 1024)).to_string()
            ),
        )
    };
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_big());
    }
    // The length can change between the check and the read (or lie, for special files):
    // `take` bounds what is read whatever happens.
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    let capped = file.take(MAX_FILE_BYTES + 1);
    match progress {
        Some(p) => {
            p.start(meta.len());
            read_counted(capped, &mut bytes, p).map_err(|e| match p.is_cancelled() {
                true => LoadError::whole_file(origin, crate::t!("paths-open-cancelled")),
                false => io_err(e),
            })?;
        }
        None => {
            let mut capped = capped;
            capped.read_to_end(&mut bytes).map_err(io_err)?;
        }
    }
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_big());
    }
    Ok((bytes, meta))
}

fn read_failure(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => crate::t!("storage-not-found"),
        K::PermissionDenied => crate::t!("storage-no-read-permission"),
        K::IsADirectory => crate::t!("storage-is-folder"),
        _ => crate::t!("storage-read-failed", error = e.to_string()),
    }
}

/// Bytes to text; anything not UTF-8 is refused with the place of the first bad byte. (A
/// byte-order mark is valid UTF-8: `parse_project` drops it.)
pub fn decode<'a>(bytes: &'a [u8], origin: &str) -> Result<&'a str, LoadError> {
    std::str::from_utf8(bytes).map_err(|e| {
        let valid = String::from_utf8_lossy(&bytes[..e.valid_up_to()]);
        let (line, column) = end_position(&valid);
        LoadError {
            line: Some(line),
            column: Some(column),
            ..LoadError::whole_file(origin, crate::t!("storage-not-utf8"))
        }
    })
}

/// Drops a byte-order mark and turns CRLF into LF, so files from Windows editors read the same
/// (line breaks inside hand-written strings included). Lines and columns are unchanged.
fn normalize(text: &str) -> Cow<'_, str> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.contains("\r\n") {
        Cow::Owned(text.replace("\r\n", "\n"))
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::tracked::{next_token, parse_tracked};

    #[test]
    fn error_positions_skip_to_the_bad_value() {
        let text = "(\n  a: 1,\n  b:   \n    x,\n)";
        assert_eq!(next_token(text, 3, 5), (4, 5));
        assert_eq!(next_token(text, 2, 3), (2, 3));
        assert_eq!(next_token(text, 9, 1), (9, 1));
        assert_eq!(next_token("(a: 1)\n(again)", 1, 7), (2, 1));
    }

    #[test]
    fn only_files_cut_short_are_called_cut_off() {
        let missing =
            parse_tracked::<Project>("(format_version: 1, title: \"x\")", "f").unwrap_err();
        assert!(
            missing
                .message
                .starts_with("the field \"description\" is missing"),
            "{missing}"
        );
        let cut = parse_tracked::<Project>("(format_version: 1, title: \"x\"", "f").unwrap_err();
        assert!(cut.message.starts_with("the file ends too early"), "{cut}");
    }

    #[test]
    fn positions_count_characters_from_one() {
        assert_eq!(end_position(""), (1, 1));
        assert_eq!(end_position("ab\nсд"), (2, 3));
    }

    #[test]
    fn invalid_utf8_names_the_line_of_the_bad_byte() {
        let e = decode(b"(\n  title: \"a\xFFb\"", "f.ron").unwrap_err();
        // `  title: "a` is 11 characters: the bad byte is the 12th.
        assert_eq!((e.line, e.column), (Some(2), Some(12)));
        assert!(e.message.contains("not UTF-8"));
    }
}
