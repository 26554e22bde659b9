//! Teams on git: the merge driver configured as the README says, in real repositories made
//! here, with two branches editing the same commitment.

use crate::ui_common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use egui_kittest::kittest::Queryable as _;
use reform_tracker::app::Startup;
use reform_tracker::model::{Date, Evidence, Note, Project, Status};
use reform_tracker::storage::{load_file, save_file};

const BIN: &str = env!("CARGO_BIN_EXE_reform-tracker");
const SHIPPED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/saves/kazakhstan-reforms-2022.ron"
);

fn run_git(dir: &Path, args: &[&str]) -> Output {
    Command::new("git")
        .args(args)
        .current_dir(dir)
        // Only this repository's own settings count: none of the machine's or the user's.
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .output()
        .expect("git runs (install git)")
}

fn git(dir: &Path, args: &[&str]) -> String {
    let out = run_git(dir, args);
    assert!(
        out.status.success(),
        "git {args:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

/// A repository holding the shipped tracker on `main`, with the driver set up by hand as the
/// README shows (the binary named by its full path).
fn repo() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path().to_path_buf();
    git(&repo, &["init", "-q", "-b", "main"]);
    git(&repo, &["config", "user.name", "Test Analyst"]);
    git(&repo, &["config", "user.email", "analyst@example.org"]);
    git(&repo, &["config", "commit.gpgsign", "false"]);
    std::fs::write(
        repo.join(".gitattributes"),
        "*.ron merge=reform-tracker diff=reform-tracker\n",
    )
    .unwrap();
    git(
        &repo,
        &[
            "config",
            "merge.reform-tracker.driver",
            &format!("{BIN} merge %O %A %B %P"),
        ],
    );
    std::fs::write(repo.join(".gitignore"), "*.bak\n").unwrap();
    std::fs::copy(SHIPPED, repo.join("tracker.ron")).unwrap();
    git(&repo, &["add", "."]);
    git(&repo, &["commit", "-q", "-m", "Shipped tracker"]);
    (dir, repo)
}

/// On a new branch from main: edits the tracker and commits.
fn on_branch(repo: &Path, branch: &str, edit: impl FnOnce(&mut Project)) {
    git(repo, &["checkout", "-q", "main"]);
    git(repo, &["checkout", "-q", "-b", branch]);
    let file = repo.join("tracker.ron");
    let mut p = load_file(&file).unwrap().project;
    edit(&mut p);
    save_file(&file, &p).unwrap();
    git(repo, &["commit", "-q", "-am", branch]);
}

fn a5(p: &mut Project) -> &mut reform_tracker::model::Commitment {
    p.commitments.iter_mut().find(|c| c.id == "A5").unwrap()
}

/// Adds a note, a link and a status change citing that link, as an analyst does.
fn add_work(p: &mut Project, who: &str, day: &str, to: Status) {
    let c = a5(p);
    c.notes.push(Note::new(d(day), format!("Note from {who}")));
    let id = c.add_evidence(Evidence {
        url: format!("https://example.org/{who}"),
        title: format!("Link from {who}"),
        ..Evidence::new(0)
    });
    c.change_status(to, d(day), format!("Change from {who}"), vec![id]);
}

#[test]
fn two_branches_adding_to_one_commitment_merge_cleanly_and_keep_everything() {
    let (_dir, repo) = repo();
    let before = load_file(&repo.join("tracker.ron")).unwrap().project;
    let c0 = before
        .commitments
        .iter()
        .find(|c| c.id == "A5")
        .unwrap()
        .clone();
    on_branch(&repo, "elections", |p| {
        add_work(p, "elections", "2026-05-01", Status::InProgress)
    });
    on_branch(&repo, "courts", |p| {
        add_work(p, "courts", "2026-06-01", Status::Stalled)
    });
    git(&repo, &["checkout", "-q", "elections"]);
    // The merge is clean: git would fail here on a conflict.
    git(&repo, &["merge", "-q", "--no-edit", "courts"]);

    let text = std::fs::read_to_string(repo.join("tracker.ron")).unwrap();
    assert!(!text.contains("<<<<<<<"), "no conflict markers");
    let merged = load_file(&repo.join("tracker.ron")).unwrap();
    assert_eq!(merged.read_only, None);
    let p = merged.project;
    assert!(p.conflicts.is_empty(), "{:?}", p.conflicts);
    let c = p.commitments.iter().find(|c| c.id == "A5").unwrap();
    assert_eq!(c.notes.len(), c0.notes.len() + 2);
    assert_eq!(c.evidence.len(), c0.evidence.len() + 2);
    assert_eq!(c.history.len(), c0.history.len() + 2);
    // Both branches gave their link the same id: the one merged in was renumbered, and every
    // status change still cites the link its analyst chose.
    let ids: Vec<u32> = c.evidence.iter().map(|e| e.id).collect();
    let mut unique = ids.clone();
    unique.dedup();
    assert_eq!(ids, unique, "ids are distinct");
    for who in ["elections", "courts"] {
        let change = c
            .history
            .iter()
            .find(|h| h.note == format!("Change from {who}"))
            .unwrap();
        assert_eq!(change.evidence.len(), 1);
        let cited = c.evidence_by_id(change.evidence[0]).unwrap();
        assert_eq!(cited.title, format!("Link from {who}"));
    }
    assert!(c.next_evidence_id > *ids.iter().max().unwrap());
    // Date order, and the latest change is the status.
    assert!(c.history.windows(2).all(|w| w[0].date <= w[1].date));
    assert_eq!(c.status, Status::Stalled);
    // The merged file is canonical: `fmt --check` has nothing to rewrite.
    let fmt = Command::new(BIN)
        .args(["fmt", "--check"])
        .arg(repo.join("tracker.ron"))
        .output()
        .unwrap();
    assert!(
        fmt.status.success(),
        "{}",
        String::from_utf8_lossy(&fmt.stdout)
    );
    assert!(!repo.join(".gitattributes.bak").exists());
    let status = git(&repo, &["status", "--porcelain", "--ignored"]);
    assert!(
        !status.contains(".merge_file"),
        "no temporary files left: {status}"
    );
}

#[test]
fn a_true_conflict_exits_1_is_recorded_in_the_file_and_is_resolved_in_the_window() {
    let (_dir, repo) = repo();
    on_branch(&repo, "elections", |p| {
        a5(p).title = "Title from elections".into()
    });
    on_branch(&repo, "courts", |p| {
        a5(p).title = "Title from courts".into()
    });
    git(&repo, &["checkout", "-q", "elections"]);
    let out = run_git(&repo, &["merge", "--no-edit", "courts"]);
    assert!(!out.status.success(), "git reports the conflict");
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("1 conflict is recorded in the file"),
        "{said}"
    );

    let file = repo.join("tracker.ron");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(!text.contains("<<<<<<<"), "no conflict markers");
    let loaded = load_file(&file).unwrap();
    assert_eq!(loaded.read_only, None, "the merged file opens for editing");
    let conflict = &loaded.project.conflicts[0];
    assert_eq!(loaded.project.conflicts.len(), 1);
    assert_eq!(conflict.commitment, "A5");
    assert!(
        conflict.ours_from.starts_with("elections (Test Analyst, "),
        "{}",
        conflict.ours_from
    );
    assert!(
        conflict.theirs_from.starts_with("courts (Test Analyst, "),
        "{}",
        conflict.theirs_from
    );

    // The window opens on the file with the banner and the list.
    let mut harness = ui_common::app_harness_with(Startup {
        file: Some(file.clone()),
        ..Startup::default()
    });
    ui_common::wait_for(&mut harness, "the file", |app| app.loading_path().is_none());
    assert!(
        harness
            .query_by_label_contains("A merge left 1 conflict")
            .is_some()
    );
    // Both values side by side, each with who made it.
    assert!(
        harness
            .query_by_label_contains("Ours: elections (Test Analyst, ")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("Theirs: courts (Test Analyst, ")
            .is_some()
    );
    assert!(harness.query_all_by_label("Title from courts").count() >= 1);
    harness.get_by_label("Keep theirs").click();
    harness.run();
    assert!(
        harness.query_by_label_contains("A merge left").is_none(),
        "the banner is gone"
    );
    ui_common::save_key(&mut harness);
    ui_common::wait_for(&mut harness, "the save", |app| app.saving_path().is_none());
    let saved = load_file(&file).unwrap().project;
    assert!(saved.conflicts.is_empty());
    assert_eq!(
        saved
            .commitments
            .iter()
            .find(|c| c.id == "A5")
            .unwrap()
            .title,
        "Title from courts"
    );
    git(&repo, &["commit", "-q", "-am", "Merge courts"]);
}

#[test]
fn a_newer_format_is_refused_with_a_message_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let shipped = std::fs::read_to_string(SHIPPED).unwrap();
    let newer = shipped
        .replacen(
            &format!("format_version: {},", reform_tracker::model::FORMAT_VERSION),
            "format_version: 99,",
            1,
        )
        .replacen("    title: ", "    archive: \"somewhere\",\n    title: ", 1);
    let (base, ours, theirs) = (
        dir.path().join("b.ron"),
        dir.path().join("o.ron"),
        dir.path().join("t.ron"),
    );
    std::fs::write(&base, &shipped).unwrap();
    std::fs::write(
        &ours,
        shipped.replacen("Kazakhstan", "Kazakhstan (ours)", 1),
    )
    .unwrap();
    std::fs::write(&theirs, &newer).unwrap();
    let before = std::fs::read(&ours).unwrap();
    let out = Command::new(BIN)
        .arg("merge")
        .args([&base, &ours, &theirs])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("Not merged, nothing was written"), "{err}");
    assert!(err.contains("newer version"), "{err}");
    assert_eq!(std::fs::read(&ours).unwrap(), before, "ours untouched");
    assert!(!dir.path().join("o.ron.bak").exists());
}

#[test]
fn merging_a_file_with_itself_leaves_it_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let ours = dir.path().join("o.ron");
    std::fs::copy(SHIPPED, &ours).unwrap();
    let out = Command::new(BIN)
        .arg("merge")
        .args([SHIPPED, ours.to_str().unwrap(), SHIPPED])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        std::fs::read(&ours).unwrap(),
        std::fs::read(SHIPPED).unwrap()
    );
}

#[test]
fn git_setup_writes_the_attributes_and_the_driver_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path();
    git(repo, &["init", "-q", "-b", "main"]);
    for _ in 0..2 {
        let out = Command::new(BIN)
            .arg("git-setup")
            .arg(repo)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let said = String::from_utf8_lossy(&out.stdout);
        assert!(said.contains("merge.reform-tracker.driver"), "{said}");
    }
    let attributes = std::fs::read_to_string(repo.join(".gitattributes")).unwrap();
    assert_eq!(
        attributes, "*.ron merge=reform-tracker diff=reform-tracker\n",
        "once"
    );
    // Every save's backup stays out of git, and the step is said.
    let ignore = std::fs::read_to_string(repo.join(".gitignore")).unwrap();
    assert_eq!(ignore, "*.ron.bak\n", "once");
    let driver = git(repo, &["config", "merge.reform-tracker.driver"]);
    assert!(driver.trim().ends_with(" merge %O %A %B %P"), "{driver}");
    let textconv = git(repo, &["config", "diff.reform-tracker.textconv"]);
    assert!(textconv.trim().ends_with(" show"), "{textconv}");

    let elsewhere = tempfile::tempdir().unwrap();
    let out = Command::new(BIN)
        .arg("git-setup")
        .arg(elsewhere.path())
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not in a git repository"));
}

/// The driver's messages name the file in the repository, never git's temporary copy.
#[test]
fn the_driver_names_the_file_never_a_temporary_copy() {
    let (_dir, repo) = repo();
    on_branch(&repo, "elections", |p| {
        add_work(p, "elections", "2026-05-01", Status::InProgress)
    });
    on_branch(&repo, "courts", |p| {
        add_work(p, "courts", "2026-06-01", Status::Stalled)
    });
    git(&repo, &["checkout", "-q", "elections"]);
    let said = git(&repo, &["merge", "--no-edit", "courts"]);
    assert!(said.contains("Merged cleanly into tracker.ron"), "{said}");
    assert!(!said.contains(".merge_file"), "{said}");
}

/// A clone without the driver gets git's markers; the file then says why and what to run,
/// and after `git-setup`, `git checkout -m` merges it again with the driver.
#[test]
fn markers_from_a_clone_without_the_driver_say_to_run_git_setup_which_then_merges_it() {
    let (_dir, repo) = repo();
    // This clone never ran git-setup.
    git(&repo, &["config", "--unset", "merge.reform-tracker.driver"]);
    on_branch(&repo, "elections", |p| {
        a5(p).title = "Title from elections".into()
    });
    on_branch(&repo, "courts", |p| {
        a5(p).title = "Title from courts".into()
    });
    git(&repo, &["checkout", "-q", "elections"]);
    assert!(
        !run_git(&repo, &["merge", "--no-edit", "courts"])
            .status
            .success()
    );
    let file = repo.join("tracker.ron");
    assert!(std::fs::read_to_string(&file).unwrap().contains("<<<<<<<"));
    let e = load_file(&file).unwrap_err().to_string();
    assert!(e.contains("git conflict markers"), "{e}");
    assert!(e.contains("reform-tracker git-setup"), "{e}");
    assert!(e.contains("git checkout -m"), "{e}");

    let setup = Command::new(BIN)
        .arg("git-setup")
        .current_dir(&repo)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .output()
        .unwrap();
    assert!(
        setup.status.success(),
        "{}",
        String::from_utf8_lossy(&setup.stderr)
    );
    run_git(&repo, &["checkout", "-m", "tracker.ron"]);
    let merged = load_file(&file).unwrap().project;
    assert_eq!(merged.conflicts.len(), 1, "recorded for the window");
    assert_eq!(merged.conflicts[0].commitment, "A5");
}
