//! `reform-tracker diff` lists exactly the edits made, in sentences; `show` lets `git diff`
//! compare in words.

use std::path::Path;
use std::process::Command;

use reform_tracker::model::{Date, Evidence, Note, Status};
use reform_tracker::storage::{load_file, save_file};

const BIN: &str = env!("CARGO_BIN_EXE_reform-tracker");
const SHIPPED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/saves/kazakhstan-reforms-2022.ron"
);

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

fn run(args: &[&str]) -> String {
    let out = Command::new(BIN).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The shipped tracker with four edits to two commitments, saved next to it.
fn edited_copy(dir: &Path) -> std::path::PathBuf {
    let mut p = load_file(Path::new(SHIPPED)).unwrap().project;
    let a5 = p.commitments.iter_mut().find(|c| c.id == "A5").unwrap();
    let id = a5.add_evidence(Evidence {
        url: "https://example.org/law".into(),
        title: "The law as adopted".into(),
        ..Evidence::new(0)
    });
    a5.change_status(
        Status::Fulfilled,
        d("2026-05-01"),
        "Adopted".into(),
        vec![id],
    );
    let a1 = p.commitments.iter_mut().find(|c| c.id == "A1").unwrap();
    a1.title = "A new title".into();
    a1.notes.push(Note::new(d("2026-05-02"), "Checked again"));
    let path = dir.join("edited.ron");
    save_file(&path, &p).unwrap();
    path
}

#[test]
fn diff_of_the_shipped_tracker_and_an_edited_copy_lists_exactly_the_edits() {
    let dir = tempfile::tempdir().unwrap();
    let edited = edited_copy(dir.path());
    let text = run(&["diff", SHIPPED, edited.to_str().unwrap()]);
    let items: Vec<&str> = text.lines().filter(|l| l.starts_with("  - ")).collect();
    let headings: Vec<&str> = text
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with(' '))
        .collect();
    assert_eq!(headings.len(), 2, "two commitments changed: {text}");
    assert!(headings[0].starts_with("A1 "), "{text}");
    assert!(headings[1].starts_with("A5 "), "{text}");
    assert_eq!(items.len(), 4, "{text}");
    assert!(
        text.contains("Status changed from ")
            && text.contains(" to Fulfilled on 1 May 2026. Note: Adopted Evidence: link #"),
        "{text}"
    );
    assert!(
        text.contains("“The law as adopted” https://example.org/law."),
        "{text}"
    );
    assert!(text.contains("Evidence added: link #"), "{text}");
    assert!(
        text.contains("Note added (2 May 2026): Checked again"),
        "{text}"
    );
    assert!(
        text.contains("Title changed from “") && text.contains("” to “A new title”."),
        "{text}"
    );

    let md = run(&[
        "diff",
        "--format",
        "markdown",
        SHIPPED,
        edited.to_str().unwrap(),
    ]);
    assert_eq!(
        md.lines().filter(|l| l.starts_with("### ")).count(),
        2,
        "{md}"
    );
    assert_eq!(
        md.lines().filter(|l| l.starts_with("- ")).count(),
        4,
        "{md}"
    );

    let same = run(&["diff", SHIPPED, SHIPPED]);
    assert_eq!(same, "No changes.\n");
}

#[test]
fn git_diff_shows_changes_in_words_through_show() {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path();
    let git = |args: &[&str]| {
        let out = Command::new("git")
            .args(args)
            .current_dir(repo)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .output()
            .expect("git runs (install git)");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    git(&["init", "-q", "-b", "main"]);
    git(&["config", "user.name", "Test"]);
    git(&["config", "user.email", "t@example.org"]);
    std::fs::copy(SHIPPED, repo.join("t.ron")).unwrap();
    run(&["git-setup", repo.to_str().unwrap()]);
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "base"]);
    let edited = edited_copy(dir.path());
    std::fs::rename(edited, repo.join("t.ron")).unwrap();
    let diff = git(&["diff"]);
    assert!(
        diff.contains("+  Note (2 May 2026): Checked again"),
        "{diff}"
    );
    assert!(diff.contains("+A1 “A new title”"), "{diff}");
    assert!(
        !diff.contains("next_evidence_id"),
        "no RON in the diff: {diff}"
    );
}
