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
        // Numbers as written in an editor's margin: no digit grouping.
        f.write_str(&self.file)?;
        if let Some(line) = self.line {
            f.write_str(&crate::t!("storage-at-line", line = line.to_string()))?;
        }
        if let Some(column) = self.column {
            f.write_str(&crate::t!("storage-at-column", column = column.to_string()))?;
        }
        if let Some(path) = &self.field_path {
            f.write_str(&crate::t!("storage-at-field", path = path.as_str()))?;
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
        f.write_str(&crate::t!(
            "storage-could-not-save",
            file = self.file.as_str(),
            happened = self.what_happened.as_str(),
            todo = self.what_to_do.as_str()
        ))
    }
}

impl std::error::Error for SaveError {}

// Raw errno values for kinds std may report as `Other` on older kernels or file systems.
const EACCES: i32 = 13;
const EPERM: i32 = 1;
const EROFS: i32 = 30;
const ENOSPC: i32 = 28;
const EDQUOT: i32 = 122;

impl SaveError {
    pub(crate) fn new(path: &Path, what_happened: impl Into<String>, what_to_do: String) -> Self {
        Self {
            file: display_name(path),
            what_happened: what_happened.into(),
            what_to_do,
        }
    }

    /// Translates a system error met while writing `path` into words.
    pub(crate) fn from_io(path: &Path, err: &io::Error) -> Self {
        use io::ErrorKind as K;
        let folder = folder_of(path);
        let raw = err.raw_os_error();
        let full = || crate::t!("storage-disk-full");
        let quota = || crate::t!("storage-quota");
        let read_only_disk = || crate::t!("storage-read-only-disk", folder = folder.as_str());
        let no_permission = || crate::t!("storage-no-permission", folder = folder.as_str());
        let (happened, todo) = match err.kind() {
            K::StorageFull => (full(), free_space()),
            K::QuotaExceeded => (quota(), free_space()),
            K::ReadOnlyFilesystem => (read_only_disk(), save_elsewhere()),
            K::PermissionDenied => (no_permission(), save_elsewhere()),
            K::IsADirectory => (crate::t!("storage-name-is-folder"), save_as_file()),
            K::NotADirectory => (
                crate::t!("storage-path-part-is-file", folder = folder.as_str()),
                save_elsewhere(),
            ),
            K::NotFound => (
                crate::t!("storage-no-folder", folder = folder.as_str()),
                save_elsewhere(),
            ),
            _ if raw == Some(ENOSPC) => (full(), free_space()),
            _ if raw == Some(EDQUOT) => (quota(), free_space()),
            _ if raw == Some(EROFS) => (read_only_disk(), save_elsewhere()),
            _ if raw == Some(EACCES) || raw == Some(EPERM) => (no_permission(), save_elsewhere()),
            _ => (
                crate::t!("storage-write-refused", error = err.to_string()),
                crate::t!("storage-todo-try-again"),
            ),
        };
        Self::new(path, happened, todo)
    }
}

fn free_space() -> String {
    crate::t!("storage-todo-free-space")
}

pub(crate) fn save_as_file() -> String {
    crate::t!("storage-todo-choose-name")
}

pub(crate) fn save_elsewhere() -> String {
    crate::t!("storage-todo-save-elsewhere")
}

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
        _ => crate::t!("storage-current-folder"),
    }
}

/// Turns ron's error codes into sentences; the ones users meet get their own words.
pub(crate) fn describe_ron(code: &ron::Error) -> String {
    use ron::Error as E;
    match code {
        E::Eof => crate::t!("storage-ron-eof"),
        E::ExceededRecursionLimit => crate::t!("storage-ron-too-deep"),
        E::Utf8Error(_) => crate::t!("storage-ron-not-utf8"),
        E::TrailingCharacters => crate::t!("storage-ron-trailing"),
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => {
            // The name of the kind of value is the file's own identifier, not translated.
            let what = outer.as_deref().map_or("value".to_owned(), lower_words);
            crate::t!(
                "storage-ron-unknown-variant",
                what = what,
                found = found.as_str(),
                expected = expected.join(", ")
            )
        }
        E::MissingStructField { field, .. } => {
            crate::t!("storage-ron-missing-field", field = *field)
        }
        E::DuplicateStructField { field, .. } => {
            crate::t!("storage-ron-duplicate-field", field = *field)
        }
        E::InvalidValueForType { expected, found } => crate::t!(
            "storage-ron-invalid-value",
            expected = kind_in_words(expected),
            found = found.as_str()
        ),
        E::ExpectedDifferentStructName { expected, found } => crate::t!(
            "storage-ron-different-name",
            name = lower_words(expected),
            found = found.as_str()
        ),
        E::ExpectedStructName(name) => crate::t!(
            "storage-ron-expected-named-struct",
            name = lower_words(name)
        ),
        E::ExpectedNamedStructLike(name) if !name.is_empty() => {
            crate::t!(
                "storage-ron-expected-named-struct",
                name = lower_words(name)
            )
        }
        E::ExpectedStructLike => crate::t!("storage-ron-expected-struct"),
        E::ExpectedStructLikeEnd => crate::t!("storage-ron-expected-struct-end"),
        E::ExpectedArray => crate::t!("storage-ron-expected-list"),
        E::ExpectedArrayEnd => crate::t!("storage-ron-expected-list-end"),
        E::ExpectedInteger => crate::t!("storage-ron-expected-integer"),
        E::IntegerOutOfBounds => crate::t!("storage-ron-integer-bounds"),
        E::ExpectedString => crate::t!("storage-ron-expected-string"),
        E::ExpectedStringEnd => crate::t!("storage-ron-expected-string-end"),
        E::ExpectedBoolean => crate::t!("storage-ron-expected-boolean"),
        E::ExpectedOption => crate::t!("storage-ron-expected-option"),
        E::ExpectedComma => crate::t!("storage-ron-expected-comma"),
        E::ExpectedMapColon => crate::t!("storage-ron-expected-colon"),
        E::UnexpectedChar(c) => crate::t!("storage-ron-unexpected-char", char = format!("{c:?}")),
        E::Message(text) => without_type_names(text),
        other => without_type_names(&lower_first(&other.to_string())),
    }
}

/// The rarer messages of ron and serde, with every "struct `Project`" or "enum Status" in them
/// turned into the words the file's reader knows ("project record", "status").
fn without_type_names(text: &str) -> String {
    let mut out = Vec::new();
    let mut words = text.split(' ').peekable();
    while let Some(word) = words.next() {
        let kind = match word {
            "struct" => Some(" record"),
            "enum" => Some(""),
            _ => None,
        };
        // The next word: an optional backtick, the type's name, then what follows it.
        let next = words
            .peek()
            .copied()
            .map(|n| n.strip_prefix('`').unwrap_or(n));
        let split = next.map(|n| {
            let end = n
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(n.len());
            (&n[..end], &n[end..])
        });
        match (kind, split) {
            (Some(suffix), Some((name, rest)))
                if name.starts_with(|c: char| c.is_ascii_uppercase()) =>
            {
                let rest = rest.strip_prefix('`').unwrap_or(rest);
                out.push(format!("{}{suffix}{rest}", lower_words(name)));
                words.next();
            }
            _ => out.push(word.to_owned()),
        }
    }
    out.join(" ")
}

/// What serde says it expected, in the words the other messages use: serde names the Rust
/// type ("struct Project", "enum Status"), which means nothing to someone editing the file.
fn kind_in_words(expected: &str) -> String {
    let named = |prefix: &str| expected.strip_prefix(prefix).map(|n| n.trim_matches('`'));
    if let Some(name) = named("struct ") {
        crate::t!("storage-ron-a-record", name = lower_words(name))
    } else if let Some(name) = named("enum ") {
        crate::t!("storage-ron-a-choice", name = lower_words(name))
    } else {
        expected.to_owned()
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
    fn rust_type_names_never_reach_the_user() {
        let wrong_name = ron::Error::ExpectedDifferentStructName {
            expected: "Project",
            found: "Tracker".into(),
        };
        let said = describe_ron(&wrong_name);
        assert!(!said.contains("struct"), "{said}");
        assert!(
            said.contains("project") && said.contains("Tracker"),
            "{said}"
        );
        let list = ron::Error::InvalidValueForType {
            expected: "struct Project".into(),
            found: "a sequence".into(),
        };
        let said = describe_ron(&list);
        assert!(!said.contains("struct"), "{said}");
        assert!(said.contains("project"), "{said}");
    }

    #[test]
    fn rarer_messages_lose_the_type_names_too() {
        assert_eq!(
            without_type_names("expected struct StatusChange with 5 elements"),
            "expected status change record with 5 elements"
        );
        assert_eq!(
            without_type_names("unexpected field in `x`, struct `Project`:"),
            "unexpected field in `x`, project record:"
        );
        assert_eq!(without_type_names("a struct is fine"), "a struct is fine");
    }

    #[test]
    fn enum_names_become_words() {
        assert_eq!(lower_words("StatusChange"), "status change");
        assert_eq!(lower_first("Expected string"), "expected string");
    }
}
