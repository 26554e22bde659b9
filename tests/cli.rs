//! The command line: validate, fmt and export, run as a user would run them (the screenshot
//! command has its own tests, in headless_shot.rs).

mod cli_common;

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
