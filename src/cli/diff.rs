//! `reform-tracker diff OLD NEW` and `reform-tracker show FILE`.

use std::path::Path;
use std::process::ExitCode;

use crate::model::Project;
use crate::model::compare::compare;
use crate::report::compare::{Style, changes_text, readable};
use crate::storage::load_file;

pub fn run_diff(old: &Path, new: &Path, markdown: bool) -> ExitCode {
    let (old, new) = match (read(old), read(new)) {
        (Ok(old), Ok(new)) => (old, new),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let style = if markdown {
        Style::Markdown
    } else {
        Style::Text
    };
    out(&changes_text(&compare(&old, &new), style))
}

pub fn run_show(file: &Path) -> ExitCode {
    match read(file) {
        Ok(p) => out(&readable(&p)),
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

/// Writes to standard output; a reader that stopped early (`| head`) is not an error.
fn out(text: &str) -> ExitCode {
    use std::io::Write as _;
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
    ExitCode::SUCCESS
}

/// A version to compare; git passes /dev/null (empty) for a file that did not exist.
fn read(path: &Path) -> Result<Project, String> {
    if std::fs::metadata(path).is_ok_and(|m| m.len() == 0) {
        return Ok(Project {
            title: String::new(),
            ..Project::default()
        });
    }
    load_file(path)
        .map(|l| l.project)
        .map_err(|e| e.to_string())
}
