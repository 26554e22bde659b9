//! Errors of loading and saving, in words a user can act on.

use std::fmt;
use std::io;
use std::path::Path;

/// Why a project file could not be read. Shown to the user as one line.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadError {
    /// The file name as the user knows it.
    pub file: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// Where in the project the problem sits, e.g. `commitments[3].status`.
    pub field_path: Option<String>,
    pub message: String,
}

impl LoadError {
    pub(crate) fn whole_file(file: &str, message: impl Into<String>) -> Self {
        Self {
            file: file.to_owned(),
            line: None,
            column: None,
            field_path: None,
            message: message.into(),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some(line) = self.line {
            write!(f, ", line {line}")?;
        }
        if let Some(column) = self.column {
            write!(f, ", column {column}")?;
        }
        if let Some(path) = &self.field_path {
            write!(f, ", at {path}")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for LoadError {}

/// Why a save failed and what the user can do about it. The file on disk is left as it was.
#[derive(Debug, Clone, PartialEq)]
pub struct SaveError {
    pub file: String,
    pub what_happened: String,
    pub what_to_do: String,
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Could not save {}: {}. {}",
            self.file, self.what_happened, self.what_to_do
        )
    }
}

impl std::error::Error for SaveError {}

const SAVE_AS: &str = "Save it somewhere else with File → Save As…";

// Raw errno values for kinds std may report as `Other` on older kernels or file systems.
const EACCES: i32 = 13;
const EPERM: i32 = 1;
const EROFS: i32 = 30;
const ENOSPC: i32 = 28;
const EDQUOT: i32 = 122;

impl SaveError {
    pub(crate) fn new(path: &Path, what_happened: impl Into<String>, what_to_do: &str) -> Self {
        Self {
            file: display_name(path),
            what_happened: what_happened.into(),
            what_to_do: what_to_do.to_owned(),
        }
    }

    /// Translates a system error met while writing `path` into words.
    pub(crate) fn from_io(path: &Path, err: &io::Error) -> Self {
        use io::ErrorKind as K;
        let folder = folder_of(path);
        let raw = err.raw_os_error();
        let (happened, todo) = match err.kind() {
            K::StorageFull => ("the disk is full".to_owned(), FREE_SPACE),
            K::QuotaExceeded => ("your disk quota is used up".to_owned(), FREE_SPACE),
            K::ReadOnlyFilesystem => (format!("the disk holding {folder} is read-only"), SAVE_AS),
            K::PermissionDenied => (
                format!("the folder is read-only (no permission to write in {folder})"),
                SAVE_AS,
            ),
            K::IsADirectory => ("that name is a folder, not a file".to_owned(), SAVE_AS_FILE),
            K::NotADirectory => (
                format!("part of the path {folder} is a file, not a folder"),
                SAVE_AS,
            ),
            K::NotFound => (format!("the folder {folder} does not exist"), SAVE_AS),
            _ if raw == Some(ENOSPC) => ("the disk is full".to_owned(), FREE_SPACE),
            _ if raw == Some(EDQUOT) => ("your disk quota is used up".to_owned(), FREE_SPACE),
            _ if raw == Some(EROFS) => (format!("the disk holding {folder} is read-only"), SAVE_AS),
            _ if raw == Some(EACCES) || raw == Some(EPERM) => (
                format!("the folder is read-only (no permission to write in {folder})"),
                SAVE_AS,
            ),
            _ => (
                format!("the system refused the write ({err})"),
                "Try again, or save it somewhere else with File → Save As…",
            ),
        };
        Self::new(path, happened, todo)
    }
}

const FREE_SPACE: &str =
    "Free some space and save again, or save to another disk with File → Save As…";
pub(crate) const SAVE_AS_FILE: &str = "Choose a file name with File → Save As…";
pub(crate) const SAVE_ELSEWHERE: &str = SAVE_AS;

/// The name shown in messages: the file name alone, the way the title bar shows it.
pub(crate) fn display_name(path: &Path) -> String {
    path.file_name()
        .unwrap_or(path.as_os_str())
        .to_string_lossy()
        .into_owned()
}

fn folder_of(path: &Path) -> String {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.display().to_string(),
        _ => "the current folder".to_owned(),
    }
}

/// Turns ron's error codes into sentences; the ones users meet get their own words.
pub(crate) fn describe_ron(code: &ron::Error) -> String {
    use ron::Error as E;
    match code {
        E::Eof => "the file ends too early; it may have been cut off".to_owned(),
        E::ExceededRecursionLimit => {
            "the data is nested too deeply to be a project file".to_owned()
        }
        E::Utf8Error(_) => "the file is not UTF-8 text".to_owned(),
        E::TrailingCharacters => "there is unexpected text after the end of the project".to_owned(),
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => {
            let what = outer.as_deref().map_or("value".to_owned(), lower_words);
            format!(
                "unknown {what} \"{found}\"; expected one of {}",
                expected.join(", ")
            )
        }
        E::MissingStructField { field, .. } => format!("the field \"{field}\" is missing"),
        E::DuplicateStructField { field, .. } => {
            format!("the field \"{field}\" appears more than once")
        }
        E::InvalidValueForType { expected, found } => {
            format!("expected {expected} but found {found}")
        }
        E::ExpectedNamedStructLike(name) if !name.is_empty() => {
            format!("expected `(` to start a {}", lower_words(name))
        }
        E::ExpectedStructLike => "expected `(` to start a record".to_owned(),
        E::ExpectedStructLikeEnd => "expected `)` to end the record".to_owned(),
        E::ExpectedArray => "expected `[` to start a list".to_owned(),
        E::ExpectedArrayEnd => "expected `]` to end the list".to_owned(),
        E::ExpectedInteger => "expected a whole number".to_owned(),
        E::IntegerOutOfBounds => "the number is too large or too small here".to_owned(),
        E::ExpectedString => "expected text in double quotes".to_owned(),
        E::ExpectedStringEnd => "the text is missing its closing quote".to_owned(),
        E::ExpectedBoolean => "expected true or false".to_owned(),
        E::ExpectedOption => "expected Some(…) or None".to_owned(),
        E::ExpectedComma => "expected a comma".to_owned(),
        E::ExpectedMapColon => "expected a colon".to_owned(),
        E::UnexpectedChar(c) => format!("unexpected character {c:?}"),
        E::Message(text) => text.clone(),
        other => lower_first(&other.to_string()),
    }
}

/// `"StatusChange"` → `"status change"`.
fn lower_words(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push(' ');
        }
        out.extend(c.to_lowercase());
    }
    out
}

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn save_error_reads_as_a_sentence() {
        let e = SaveError::from_io(
            Path::new("/home/u/x.ron"),
            &io::Error::from(io::ErrorKind::PermissionDenied),
        );
        assert_eq!(
            e.to_string(),
            "Could not save x.ron: the folder is read-only (no permission to write in /home/u). \
             Save it somewhere else with File → Save As…"
        );
        let full = SaveError::from_io(Path::new("x.ron"), &io::Error::from_raw_os_error(ENOSPC));
        assert_eq!(full.what_happened, "the disk is full");
    }

    #[test]
    fn enum_names_become_words() {
        assert_eq!(lower_words("StatusChange"), "status change");
        assert_eq!(lower_first("Expected string"), "expected string");
    }
}
