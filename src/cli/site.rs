//! `reform-tracker site FILE -o DIR [--as-of DATE]`: the tracker as a static website, and what
//! was left out of it.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::model::Date;
use crate::report::site::{Hooks, MARKER, Omitted, Site, site};
use crate::storage;

pub fn run(file: &Path, as_of: Option<Date>, output: &Path) -> ExitCode {
    let made = (|| {
        let loaded = storage::load_file(file).map_err(|e| e.to_string())?;
        // A site states facts to the public: our side of an unfinished merge is not one.
        super::batch::undecided_allowed(file, &loaded.project, false)?;
        let made = site(&loaded.project, as_of, Date::today(), &Hooks::none())
            .map_err(|e| e.to_string())?;
        write_tree(output, &made)?;
        Ok::<Site, String>(made)
    })();
    match made {
        Ok(made) => {
            let bytes: usize = made.files.iter().map(|(_, b)| b.len()).sum();
            println!(
                "{}",
                crate::t!(
                    "cli-site-written",
                    path = output.display().to_string(),
                    count = made.files.len(),
                    size = crate::i18n::number(i64::try_from(bytes / 1024).unwrap_or(i64::MAX))
                )
            );
            for line in left_out_lines(&made) {
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

/// What was left out: each internal item and link on its own line, and the notes, which are
/// internal unless marked public and so left out of almost every item, in one line.
pub fn left_out_lines(made: &Site) -> Vec<String> {
    let notes: Vec<usize> = (made.left_out.iter())
        .filter_map(|l| match l.what {
            Omitted::Notes(n) => Some(n),
            _ => None,
        })
        .collect();
    let others: Vec<_> = (made.left_out.iter())
        .filter(|l| !matches!(l.what, Omitted::Notes(_)))
        .collect();
    let mut lines = Vec::new();
    if made.left_out.is_empty() {
        lines.push(crate::t!("cli-site-nothing-left-out"));
    }
    if !others.is_empty() {
        lines.push(crate::t!("cli-site-left-out", count = others.len()));
        lines.extend(others.iter().map(|l| format!("  {}", l.line())));
    }
    if !notes.is_empty() {
        lines.push(crate::t!(
            "cli-site-notes-left-out",
            count = notes.iter().sum::<usize>(),
            items = notes.len()
        ));
    }
    lines
}

/// The language folders a site owns: files in them that the new site lacks are removed.
/// Anything else a person put beside the site (a `CNAME`, a `robots.txt`) is left alone.
const OWNED: [&str; 3] = ["en", "ru", "kk"];

/// Writes the site into `dir`: an empty or missing folder, or one a previous run made (it
/// holds the marker file). A folder with anything else in it is refused, untouched.
pub fn write_tree(dir: &Path, made: &Site) -> Result<(), String> {
    let shown = dir.display().to_string();
    match std::fs::read_dir(dir) {
        Ok(mut entries) => {
            let empty = entries.next().is_none();
            if !empty && !dir.join(MARKER).is_file() {
                return Err(crate::t!("cli-site-not-ours", path = shown.as_str()));
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => {
            return Err(crate::t!(
                "cli-site-unwritable",
                path = shown.as_str(),
                error = e.to_string()
            ));
        }
    }
    let fail = |path: &Path, e: std::io::Error| {
        crate::t!(
            "cli-site-unwritable",
            path = path.display().to_string(),
            error = e.to_string()
        )
    };
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
