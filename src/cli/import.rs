//! `reform-tracker import FILE [--sheet NAME] [--map NAME.mapping] [--into PROJECT.ron] -o OUT.ron
//! [--dry-run]`: the summary first, then the project written (never over the file read).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::model::Date;
use crate::report::import_summary as summary;

#[derive(clap::Args, Debug)]
pub struct ImportArgs {
    /// The table to import: .csv, .xlsx, .xls or .ods.
    pub file: PathBuf,
    /// The sheet of a workbook to read (default: the first).
    #[arg(long)]
    pub sheet: Option<String>,
    /// A saved mapping (made with "Save mapping…"): columns and status words, used instead of
    /// the proposal from the header.
    #[arg(long)]
    pub map: Option<PathBuf>,
    /// Merge by id into this project instead of making a new one.
    #[arg(long)]
    pub into: Option<PathBuf>,
    /// Where to write the project.
    #[arg(short, long, required_unless_present = "dry_run")]
    pub output: Option<PathBuf>,
    /// Print what would change, write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

pub fn run(args: ImportArgs) -> ExitCode {
    match import(&args) {
        Ok(lines) => {
            for line in lines {
                println!("{line}");
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// Runs the import; the lines to print, or the error in plain words.
pub fn import(args: &ImportArgs) -> Result<Vec<String>, String> {
    if let Some(out) = &args.output
        && same_file(out, &args.file)
    {
        return Err(crate::t!("import-cli-same-file"));
    }
    let saved = match &args.map {
        Some(p) => Some(crate::storage::import::read_mapping(p)?),
        None => None,
    };
    let sheet = args
        .sheet
        .clone()
        .or_else(|| saved.as_ref().and_then(|s| s.sheet.clone()));
    let book = crate::storage::import::read(
        &args.file,
        sheet.as_deref(),
        &crate::storage::import::Limits::default(),
        &|_, _| true,
    )
    .map_err(|e| e.to_string())?;
    // A sheet a built-in mapping fits (a UHRI export) is read with it.
    let targets = match &saved {
        Some(s) => s.targets_for_sheet(&book.main),
        None => crate::model::import::Preset::targets_or_proposal(&book.main).1,
    };
    let words = saved.map(|s| s.statuses).unwrap_or_default();
    if !targets.iter().any(|t| t.names_an_item()) {
        return Err(crate::t!("import-no-id-or-title"));
    }
    let base = match &args.into {
        Some(p) => Some(
            crate::storage::load_file(p)
                .map_err(|e| e.to_string())?
                .project,
        ),
        None => None,
    };
    let name = args
        .file
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let plan = crate::storage::import::plan_workbook_with(
        &book,
        &targets,
        &words,
        base.as_ref(),
        &name,
        Date::today(),
    );
    let mut lines = summary::lines(&plan);
    if args.dry_run {
        lines.push(crate::t!("import-cli-dry-run"));
        return Ok(lines);
    }
    let Some(out) = &args.output else {
        return Ok(lines);
    };
    crate::storage::save_file(out, &plan.result).map_err(|e| e.to_string())?;
    lines.push(crate::t!(
        "import-cli-written",
        path = out.display().to_string()
    ));
    Ok(lines)
}
