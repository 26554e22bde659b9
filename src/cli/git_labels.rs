//! Who made each side of a merge, as git tells it: the branch, the last author of the file
//! and the date. Outside a git merge, plainly "ours" and "theirs".

use std::path::Path;
use std::process::Command;

use crate::model::merge::Sides;

pub fn sides(repo_path: Option<&Path>) -> Sides {
    let fallback = Sides {
        ours: crate::t!("merge-side-ours"),
        theirs: crate::t!("merge-side-theirs"),
    };
    let Some(path) = repo_path else {
        return fallback;
    };
    let ours = git(&["symbolic-ref", "--short", "-q", "HEAD"])
        .map(|branch| describe(&branch, "HEAD", path));
    // `git merge` names the commits it merges in GITHEAD_<hash> variables.
    let theirs = std::env::vars()
        .find_map(|(k, v)| k.strip_prefix("GITHEAD_").map(|hash| (hash.to_owned(), v)))
        .map(|(hash, name)| describe(&name, &hash, path));
    Sides {
        ours: ours.unwrap_or(fallback.ours),
        theirs: theirs.unwrap_or(fallback.theirs),
    }
}

/// "branch (author, date)" of the last commit that changed the file.
fn describe(name: &str, commit: &str, path: &Path) -> String {
    let path = path.to_string_lossy();
    match git(&[
        "log",
        "-1",
        "--date=short",
        "--format=%an, %ad",
        commit,
        "--",
        &path,
    ]) {
        Some(who) => format!("{name} ({who})"),
        None => name.to_owned(),
    }
}

fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    let text = String::from_utf8(out.stdout).ok()?.trim().to_owned();
    (out.status.success() && !text.is_empty()).then_some(text)
}
