//! `reform-tracker merge BASE OURS THEIRS [PATH]`, git's merge driver.

use std::path::Path;
use std::process::ExitCode;

use super::REFUSED;
use super::git_labels::sides;
use crate::model::Project;
use crate::model::merge::merge;
use crate::storage::{load_file, save_file};

pub fn run(base: &Path, ours: &Path, theirs: &Path, repo_path: Option<&Path>) -> ExitCode {
    match merge_files(base, ours, theirs, repo_path) {
        Ok(0) => {
            println!(
                "{}",
                crate::t!("merge-cli-clean", file = shown(ours, repo_path))
            );
            ExitCode::SUCCESS
        }
        Ok(n) => {
            println!(
                "{}",
                crate::t!(
                    "merge-cli-conflicts",
                    count = n,
                    file = shown(ours, repo_path)
                )
            );
            ExitCode::from(1)
        }
        Err(message) => {
            eprintln!("{message}");
            ExitCode::from(REFUSED)
        }
    }
}

/// The file as the user knows it: git's OURS is a temporary copy whose name means nothing,
/// so under git the path in the repository (%P) stands for it.
fn shown(ours: &Path, repo_path: Option<&Path>) -> String {
    repo_path.unwrap_or(ours).display().to_string()
}

/// One input as the user knows it: under git, the file's path and which version it is.
fn named(path: &Path, repo_path: Option<&Path>, side: &str) -> String {
    match repo_path {
        Some(p) => format!("{} ({side})", p.display()),
        None => path.display().to_string(),
    }
}

/// Merges and writes OURS; the number of conflicts left. Every input is read before anything
/// is written, and any that would lose data (a newer format, unknown fields) stops it all.
fn merge_files(
    base: &Path,
    ours: &Path,
    theirs: &Path,
    repo_path: Option<&Path>,
) -> Result<usize, String> {
    let base_project = read(
        base,
        &named(base, repo_path, &crate::t!("merge-side-base")),
        true,
    )?;
    let ours_name = named(ours, repo_path, &crate::t!("merge-side-ours"));
    let ours_project = read(ours, &ours_name, false)?;
    let theirs_name = named(theirs, repo_path, &crate::t!("merge-side-theirs"));
    let theirs_project = read(theirs, &theirs_name, false)?;
    let sides = sides(repo_path);
    let merged = merge(&base_project, &ours_project, &theirs_project, &sides);
    if merged != ours_project {
        let had_backup = backup_of(ours).exists();
        save_file(ours, &merged).map_err(|mut e| {
            e.file = shown(ours, repo_path);
            e.to_string()
        })?;
        // Git's OURS is a temporary copy: a backup of it would be left in the work tree.
        if repo_path.is_some() && !had_backup {
            let _ = std::fs::remove_file(backup_of(ours));
        }
    }
    Ok(merged.conflicts.len())
}

fn backup_of(path: &Path) -> std::path::PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".bak");
    name.into()
}

/// A project to merge, named `name` in any message. An empty ancestor (the file was added on
/// both branches) is an empty project.
fn read(path: &Path, name: &str, may_be_empty: bool) -> Result<Project, String> {
    if may_be_empty && std::fs::metadata(path).is_ok_and(|m| m.len() == 0) {
        return Ok(Project {
            title: String::new(),
            ..Project::default()
        });
    }
    let loaded = load_file(path).map_err(|mut e| {
        e.file = name.to_owned();
        crate::t!("merge-cli-refused", reason = e.to_string())
    })?;
    match loaded.read_only {
        Some(reason) => Err(crate::t!(
            "merge-cli-refused",
            reason = format!("{name}: {reason}")
        )),
        None => Ok(loaded.project),
    }
}
