//! The canonical format keeps each commitment on its own lines, and each field on its own
//! line, so git merges edits to different commitments (or different fields of one) cleanly.

use crate::storage_common as common;

use std::path::Path;
use std::process::Command;

use reform_tracker::model::Status;
use reform_tracker::storage::{load_file, save_file};

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.org"])
        .args([
            "-c",
            "commit.gpgsign=false",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn edits_to_different_commitments_merge_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path();
    let file = repo.join("tracker.ron");
    let base = common::big_project(6, 2, "base");
    save_file(&file, &base).unwrap();
    std::fs::write(repo.join(".gitignore"), "*.bak\n").unwrap();
    git(repo, &["init", "-q"]);
    git(repo, &["add", "."]);
    git(repo, &["commit", "-q", "-m", "base"]);

    git(repo, &["checkout", "-q", "-b", "a"]);
    let mut on_a = load_file(&file).unwrap().project;
    on_a.commitments[1].status = Status::Fulfilled;
    on_a.commitments[1].title = "Edited on branch a".into();
    // Both branches also edit commitment 2, in different fields.
    on_a.commitments[2].title = "Title from branch a".into();
    save_file(&file, &on_a).unwrap();
    git(repo, &["commit", "-q", "-am", "edit 1"]);

    git(repo, &["checkout", "-q", "main"]);
    git(repo, &["checkout", "-q", "-b", "b"]);
    let mut on_b = load_file(&file).unwrap().project;
    on_b.commitments[4].status = Status::Stalled;
    on_b.commitments[4].evidence.pop();
    on_b.commitments[2].source = "source from b".into(); // two lines below the title
    on_b.commitments[2].concern = true;
    on_b.commitments[3].tags.push("from b".into());
    save_file(&file, &on_b).unwrap();
    git(repo, &["commit", "-q", "-am", "edit 4"]);

    git(repo, &["merge", "-q", "--no-edit", "a"]);
    let merged = load_file(&file).unwrap().project;
    let mut expected = base.clone();
    expected.commitments[1] = on_a.commitments[1].clone();
    expected.commitments[4] = on_b.commitments[4].clone();
    expected.commitments[3] = on_b.commitments[3].clone();
    expected.commitments[2].title = "Title from branch a".into();
    expected.commitments[2].source = "source from b".into();
    expected.commitments[2].concern = true;
    assert_eq!(merged, expected);
}
