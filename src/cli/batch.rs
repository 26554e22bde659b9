//! The file commands of the command line: `validate`, `fmt`, `links`, `export` and
//! `screenshot`. Each prints what it did, or why not, and gives the exit status.

use std::path::Path;
use std::process::ExitCode;

use super::report::period_arg;
use crate::headless::{self, ShotRequest};
use crate::model::Date;
use crate::report::{ExportFormat, export_with_period};
use crate::storage;

/// `validate FILE…`: one line per file; fails when any file does not load.
pub fn validate(files: &[impl AsRef<Path>]) -> ExitCode {
    let mut ok = true;
    for file in files {
        match super::files::validate_line(file.as_ref()) {
            Ok(line) => println!("{line}"),
            Err(line) => {
                ok = false;
                println!("{line}");
            }
        }
    }
    exit(ok)
}

/// `fmt [--check] FILE…`: rewrites each file in the canonical form, or only says which are not.
pub fn fmt(files: &[impl AsRef<Path>], check: bool) -> ExitCode {
    let mut ok = true;
    for file in files {
        let file = file.as_ref();
        match super::files::fmt_file(file, check) {
            Ok(true) if check => {
                ok = false;
                println!("{}", crate::t!("cli-not-canonical", file = display(file)));
            }
            Ok(true) => println!("{}", crate::t!("cli-rewritten", file = display(file))),
            Ok(false) => {
                println!(
                    "{}",
                    crate::t!("cli-already-canonical", file = display(file))
                );
            }
            Err(e) => {
                ok = false;
                eprintln!("{e}");
            }
        }
    }
    exit(ok)
}

/// `links FILE`: every evidence link, for a periodic check.
pub fn links(file: &Path) -> ExitCode {
    match super::report::run_links(file) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

/// `export FILE --format … [--as-of] [--from --to] [--allow-conflicts] -o OUT`: with a
/// period, CSV also writes its changes table beside OUT. A file with undecided merge conflicts
/// is refused unless `allow_conflicts`; then the undecided values are marked in the output.
pub fn export(
    file: &Path,
    format: ExportFormat,
    as_of: Option<Date>,
    (from, to): (Option<Date>, Option<Date>),
    output: &Path,
    allow_conflicts: bool,
) -> ExitCode {
    let written = period_arg(from, to).and_then(|period| {
        let loaded = storage::load_file(file).map_err(|e| e.to_string())?;
        undecided_allowed(file, &loaded.project, allow_conflicts)?;
        let (bytes, changes) = export_with_period(&loaded.project, format, as_of, period)?;
        storage::write_export(output, &bytes).map_err(|e| e.to_string())?;
        let mut written = vec![output.to_path_buf()];
        if let Some(table) = changes {
            let beside = crate::report::period::changes_csv_path(output);
            storage::write_export(&beside, table.as_bytes()).map_err(|e| e.to_string())?;
            written.push(beside);
        }
        Ok(written)
    });
    match written {
        Ok(paths) => {
            for path in paths {
                let path = display(&path);
                println!(
                    "{}",
                    crate::t!("cli-written", format = format.label(), path = path)
                );
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

/// `screenshot FILE [--view] [--as-of] [--from --to] [--size] [--scale] [--allow-conflicts]
/// -o OUT`, drawn with no window; undecided conflicts refused as `export` refuses them, and
/// when allowed, the picture shows the window's banner saying they are left.
pub fn screenshot(
    file: &Path,
    mut request: ShotRequest,
    (from, to): (Option<Date>, Option<Date>),
) -> ExitCode {
    request.period = match period_arg(from, to) {
        Ok(period) => period,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    match headless::screenshot_file(file, &request) {
        Ok(path) => {
            println!(
                "{}",
                crate::t!("cli-screenshot-saved", path = display(&path))
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}", crate::t!("cli-no-screenshot", error = e));
            ExitCode::FAILURE
        }
    }
}

/// Refuses a project with undecided merge conflicts unless the user allowed them: a report
/// of our side alone would state an unfinished merge as fact.
pub(crate) fn undecided_allowed(
    file: &Path,
    project: &crate::model::Project,
    allow_conflicts: bool,
) -> Result<(), String> {
    if project.conflicts.is_empty() {
        return Ok(());
    }
    let names = crate::report::conflict_words::refusal(&display(file), &project.conflicts);
    if allow_conflicts {
        // Allowed, yet said: whoever runs it sees what the output marks.
        eprintln!(
            "{}",
            crate::t!("cli-conflicts-marked", count = project.conflicts.len())
        );
        Ok(())
    } else {
        Err(names)
    }
}

fn display(path: &Path) -> String {
    path.display().to_string()
}

fn exit(ok: bool) -> ExitCode {
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
