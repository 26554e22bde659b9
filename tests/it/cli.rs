//! The command line: validate, fmt and export, run as a user would run them (the screenshot
//! command has its own tests, in headless_shot.rs).

use crate::cli_common;

use cli_common::{bin, succeeds};

const SHIPPED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/saves/kazakhstan-reforms-2022.ron"
);

#[test]
fn validate_prints_one_line_per_file_and_fails_on_a_bad_one() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "(\n  format_version: 2,\n  title: 5,\n)\n").unwrap();

    let good = bin().args(["validate", SHIPPED]).output().unwrap();
    assert!(good.status.success());
    let line = String::from_utf8(good.stdout).unwrap();
    assert_eq!(line.lines().count(), 1, "{line}");
    assert!(line.contains("48 commitments"), "{line}");
    assert!(line.contains("and 12 recommendations ("), "{line}");
    assert!(line.contains("evidence link"), "{line}");

    let both = bin()
        .arg("validate")
        .arg(SHIPPED)
        .arg(&bad)
        .output()
        .unwrap();
    assert!(
        !both.status.success(),
        "a bad file makes the exit status non-zero"
    );
    let out = String::from_utf8(both.stdout).unwrap();
    assert_eq!(out.lines().count(), 2, "{out}");
    let bad_line = out.lines().nth(1).unwrap();
    assert!(
        bad_line.contains("bad.ron") && bad_line.contains("line 3"),
        "{bad_line}"
    );
}

#[test]
fn export_writes_each_format_stating_project_and_date() {
    let dir = tempfile::tempdir().unwrap();
    for (format, name) in [("csv", "t.csv"), ("markdown", "t.md"), ("html", "t.html")] {
        let out = dir.path().join(name);
        succeeds(
            bin()
                .args([
                    "export",
                    SHIPPED,
                    "--format",
                    format,
                    "--as-of",
                    "2023-01-01",
                    "-o",
                ])
                .arg(&out),
        );
        let text = std::fs::read_to_string(&out).unwrap();
        assert!(
            text.contains("2023-01-01"),
            "{format} states the as-of date"
        );
        assert!(text.contains("Kazakhstan"), "{format} states the project");
        assert!(text.contains("P12"), "{format} holds the commitments");
    }
    let refused = bin()
        .args(["export", SHIPPED, "--format", "pdf", "-o", "x"])
        .output()
        .unwrap();
    assert!(!refused.status.success());
}

#[test]
fn messages_and_exports_follow_lang() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("t.html");
    let run = bin()
        .args(["--lang", "ru", "export", SHIPPED, "--format", "html", "-o"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(run.status.success());
    let said = String::from_utf8_lossy(&run.stdout);
    assert!(said.starts_with("HTML-страница: файл "), "{said}");
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.contains("<html lang=\"ru\">"));
    assert!(html.contains("<h2>Основные показатели</h2>"));

    // The argument errors read in the language asked for, wherever --lang stands.
    let refused = bin()
        .args(["export", SHIPPED, "--format", "pdf", "--lang=kk", "-o", "x"])
        .output()
        .unwrap();
    assert!(!refused.status.success());
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(err.contains("«pdf» — белгісіз пішім"), "{err}");
}

/// The shipped tracker merged from two branches that retitled A5 and changed its status on
/// the same day differently: two undecided conflicts in the file.
fn conflicted(dir: &std::path::Path) -> std::path::PathBuf {
    use reform_tracker::model::Status;
    use reform_tracker::model::merge::{Sides, merge};
    let base = reform_tracker::storage::shipped_tracker();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    let day = "2026-05-01".parse().unwrap();
    a5_of(&mut ours).title = "Title from elections".into();
    a5_of(&mut theirs).title = "Title from courts".into();
    a5_of(&mut ours).change_status(Status::InProgress, day, String::new(), vec![]);
    a5_of(&mut theirs).change_status(Status::Stalled, day, String::new(), vec![]);
    let merged = merge(&base, &ours, &theirs, &Sides::default());
    assert_eq!(merged.conflicts.len(), 2);
    let path = dir.join("merged.ron");
    reform_tracker::storage::save_file(&path, &merged).unwrap();
    path
}

#[test]
fn validate_fails_on_undecided_conflicts_and_names_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = conflicted(dir.path());
    let out = bin().arg("validate").arg(&path).output().unwrap();
    assert!(!out.status.success(), "an unfinished merge fails the check");
    let said = String::from_utf8(out.stdout).unwrap();
    assert!(said.contains("2 merge conflicts are undecided"), "{said}");
    assert!(
        said.contains("A5: Title: ours “Title from elections”, theirs “Title from courts”"),
        "{said}"
    );
    assert!(said.contains("A5: Status change"), "{said}");
}

#[test]
fn export_and_screenshot_refuse_undecided_conflicts_unless_allowed_then_mark_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = conflicted(dir.path());
    for (format, name) in [("csv", "t.csv"), ("markdown", "t.md"), ("html", "t.html")] {
        let out = dir.path().join(name);
        let refused = bin()
            .arg("export")
            .arg(&path)
            .args(["--format", format, "-o"])
            .arg(&out)
            .output()
            .unwrap();
        assert!(!refused.status.success(), "{format}");
        let err = String::from_utf8_lossy(&refused.stderr);
        assert!(
            err.contains("2 undecided merge conflicts (A5: Status change; A5: Title)"),
            "{err}"
        );
        assert!(err.contains("--allow-conflicts"), "{err}");
        assert!(!out.exists(), "nothing written");

        succeeds(
            bin()
                .arg("export")
                .arg(&path)
                .args(["--format", format, "--allow-conflicts", "-o"])
                .arg(&out),
        );
        let text = std::fs::read_to_string(&out).unwrap();
        assert!(
            text.contains("(undecided: ours Title from elections / theirs Title from courts)"),
            "{format}: the title cell"
        );
        assert!(
            text.contains("(undecided: ours In progress / theirs Stalled)"),
            "{format}: the status cell"
        );
        if format != "csv" {
            assert!(
                text.contains("Undecided merge conflicts"),
                "{format}: the notice"
            );
        }
    }
    let shot = dir.path().join("shot.png");
    let refused = bin()
        .arg("screenshot")
        .arg(&path)
        .arg("-o")
        .arg(&shot)
        .output()
        .unwrap();
    assert!(!refused.status.success());
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(err.contains("--allow-conflicts"), "{err}");
    assert!(!shot.exists());
}

#[test]
fn errors_name_what_the_file_holds_not_the_program_s_types() {
    let dir = tempfile::tempdir().unwrap();
    let named = dir.path().join("named.ron");
    std::fs::write(&named, "Tracker(\n  format_version: 4,\n)\n").unwrap();
    let list = dir.path().join("list.ron");
    std::fs::write(&list, "[1, 2]\n").unwrap();
    for file in [&named, &list] {
        let out = bin().arg("validate").arg(file).output().unwrap();
        assert!(!out.status.success());
        let said = String::from_utf8_lossy(&out.stdout);
        assert!(!said.contains("struct"), "{said}");
        assert!(said.contains("project"), "{said}");
    }
}

#[test]
fn git_conflict_markers_are_named_with_the_command_that_avoids_them() {
    let dir = tempfile::tempdir().unwrap();
    let shipped = std::fs::read_to_string(SHIPPED).unwrap();
    let at = shipped.find("    title: ").unwrap();
    let line_end = at + shipped[at..].find('\n').unwrap() + 1;
    let marked = format!(
        "{}<<<<<<< HEAD\n    title: \"Ours\",\n=======\n    title: \"Theirs\",\n>>>>>>> courts\n{}",
        &shipped[..at],
        &shipped[line_end..]
    );
    let file = dir.path().join("marked.ron");
    std::fs::write(&file, marked).unwrap();
    let out = bin().arg("validate").arg(&file).output().unwrap();
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("git conflict markers"), "{said}");
    assert!(said.contains("reform-tracker git-setup"), "{said}");
    assert!(!said.contains("expected identifier"), "{said}");
}

fn a5_of(p: &mut reform_tracker::model::Project) -> &mut reform_tracker::model::Commitment {
    p.commitments.iter_mut().find(|c| c.id == "A5").unwrap()
}
