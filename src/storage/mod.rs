//! Reading and writing project files. (Minimal version; hardened in the storage module.)

mod atomic_file;

use std::path::Path;

pub use atomic_file::{describe_io_error, write_atomic};

use crate::model::Project;

pub const SHIPPED_TRACKER: &str = include_str!("../../saves/kazakhstan-reforms-2022.ron");

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileStamp {
    pub len: u64,
    pub modified: Option<std::time::SystemTime>,
    pub hash: u64,
}

pub struct Loaded {
    pub project: Project,
    pub read_only: Option<String>,
    pub stamp: Option<FileStamp>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LoadError {
    pub file: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub field_path: Option<String>,
    pub message: String,
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}, line {:?}, column {:?}: {}",
            self.file, self.line, self.column, self.message
        )
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct SaveError {
    pub file: String,
    pub what_happened: String,
    pub what_to_do: String,
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: {} {}",
            self.file, self.what_happened, self.what_to_do
        )
    }
}

pub fn shipped_tracker() -> Project {
    ron::from_str(SHIPPED_TRACKER).unwrap_or_default()
}

pub fn load_file(path: &Path) -> Result<Loaded, LoadError> {
    let text = std::fs::read_to_string(path).map_err(|e| LoadError {
        file: path.display().to_string(),
        line: None,
        column: None,
        field_path: None,
        message: e.to_string(),
    })?;
    let project = ron::from_str(&text).map_err(|e: ron::error::SpannedError| LoadError {
        file: path.display().to_string(),
        line: Some(e.span.start.line),
        column: Some(e.span.start.col),
        field_path: None,
        message: e.code.to_string(),
    })?;
    Ok(Loaded {
        project,
        read_only: None,
        stamp: None,
    })
}

pub fn save_file(path: &Path, project: &Project) -> Result<FileStamp, SaveError> {
    let text =
        ron::ser::to_string_pretty(project, ron::ser::PrettyConfig::default()).map_err(|e| {
            SaveError {
                file: path.display().to_string(),
                what_happened: e.to_string(),
                what_to_do: String::new(),
            }
        })?;
    std::fs::write(path, &text).map_err(|e| SaveError {
        file: path.display().to_string(),
        what_happened: e.to_string(),
        what_to_do: String::new(),
    })?;
    Ok(FileStamp {
        len: text.len() as u64,
        modified: None,
        hash: 0,
    })
}

pub fn changed_on_disk(_path: &Path, _known: &FileStamp) -> bool {
    false
}

pub fn stamp_of(_path: &Path) -> std::io::Result<FileStamp> {
    Err(std::io::Error::other("stub"))
}

pub mod recovery {
    use std::path::{Path, PathBuf};

    use super::{LoadError, SaveError};
    use crate::model::Project;

    #[derive(Clone, Debug, PartialEq)]
    pub struct RecoveryInfo {
        pub path: PathBuf,
        pub original: Option<PathBuf>,
        pub title: String,
        pub commitments: usize,
        pub saved_at: std::time::SystemTime,
    }

    pub fn default_dir() -> Option<PathBuf> {
        None
    }
    pub fn write(
        _dir: &Path,
        _original: Option<&Path>,
        _project: &Project,
    ) -> Result<PathBuf, SaveError> {
        Err(SaveError {
            file: String::new(),
            what_happened: String::new(),
            what_to_do: String::new(),
        })
    }
    pub fn find(_dir: &Path) -> Option<RecoveryInfo> {
        None
    }
    pub fn restore(_info: &RecoveryInfo) -> Result<Project, LoadError> {
        Err(LoadError {
            file: String::new(),
            line: None,
            column: None,
            field_path: None,
            message: String::new(),
        })
    }
    pub fn discard(_dir: &Path) -> std::io::Result<()> {
        Ok(())
    }
}

pub mod cli {
    use std::path::Path;

    pub fn validate_line(path: &Path) -> Result<String, String> {
        super::load_file(path)
            .map(|l| {
                format!(
                    "{}: {} commitments",
                    path.display(),
                    l.project.commitments.len()
                )
            })
            .map_err(|e| e.to_string())
    }

    pub fn fmt_file(_path: &Path, _check_only: bool) -> Result<bool, String> {
        Ok(false)
    }
}
