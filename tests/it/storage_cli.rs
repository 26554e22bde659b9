//! `validate` and `fmt` as the command line prints them.

use crate::storage_common as common;

use std::fs;

use reform_tracker::cli::files::{fmt_file, validate_line};
use reform_tracker::model::{Kind, Status};
use reform_tracker::storage::{save_file, to_ron_string};

#[test]
fn validate_counts_kinds_statuses_and_links() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.ron");
    let mut p = common::big_project(8, 2, "v"); // 6 reforms, 2 offers, all In progress
    p.commitments[0].status = Status::Fulfilled;
    p.commitments[1].status = Status::Fulfilled;
    p.commitments[2].status = Status::Stalled;
    p.commitments[2].evidence.clear();
    assert_eq!(
        p.commitments
            .iter()
            .filter(|c| c.kind == Kind::Reform)
            .count(),
        6
    );
    save_file(&path, &p).unwrap();
    assert_eq!(
        validate_line(&path).unwrap(),
        format!(
            "{}: 8 commitments (6 reforms, 2 partnership offers); In progress 5, Fulfilled 2, \
             Stalled 1; 14 evidence links",
            path.display()
        )
    );
}

#[test]
fn validate_uses_singulars_and_notes_read_only_files() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("one.ron");
    let mut p = common::big_project(1, 1, "v");
    p.commitments[0].status = Status::NotAssessed;
    let text = to_ron_string(&p)
        .unwrap()
        .replace("concern: false,", "concern: false, x: 1,");
    fs::write(&path, text).unwrap();
    let line = validate_line(&path).unwrap();
    assert!(
        line.ends_with(
            "1 commitment (1 reform, 0 partnership offers); Not assessed 1; 1 evidence link; \
             opens read-only: fields this version does not know: commitments[0].x"
        ),
        "{line}"
    );
}

#[test]
fn validate_reports_errors_with_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.ron");
    let text = to_ron_string(&common::big_project(2, 1, "v")).unwrap();
    fs::write(
        &path,
        text.replacen("status: InProgress", "status: Done", 1),
    )
    .unwrap();
    let e = validate_line(&path).unwrap_err();
    assert!(e.contains("bad.ron, line "), "{e}");
    assert!(e.contains(", column "), "{e}");
    assert!(
        e.contains("commitments[0].status: unknown status \"Done\""),
        "{e}"
    );
}

#[test]
fn fmt_rewrites_only_what_is_not_canonical() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("f.ron");
    let p = common::big_project(3, 1, "f");
    let canonical = to_ron_string(&p).unwrap();
    let messy = format!(
        "\u{feff}{}",
        canonical.replace("    ", "\t").replace('\n', "\r\n")
    );
    fs::write(&path, &messy).unwrap();

    assert_eq!(fmt_file(&path, true), Ok(true));
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        messy,
        "check only writes nothing"
    );
    assert_eq!(fmt_file(&path, false), Ok(true));
    assert_eq!(fs::read_to_string(&path).unwrap(), canonical);
    assert_eq!(
        fs::read_to_string(path.with_extension("ron.bak")).unwrap(),
        messy
    );
    assert_eq!(fmt_file(&path, true), Ok(false));
    assert_eq!(fmt_file(&path, false), Ok(false));
}

#[test]
fn fmt_refuses_files_it_would_lose_data_from() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("n.ron");
    let text = to_ron_string(&common::big_project(1, 0, "n")).unwrap();
    let newer = text.replacen("format_version: 4", "format_version: 5", 1);
    fs::write(&path, &newer).unwrap();
    let e = fmt_file(&path, false).unwrap_err();
    assert!(
        e.contains("not rewritten") && e.contains("newer version"),
        "{e}"
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), newer);
    fs::write(&path, "(").unwrap();
    assert!(fmt_file(&path, true).unwrap_err().contains("line 1"));

    let commented = format!("// Checked by hand.\n{text}");
    fs::write(&path, &commented).unwrap();
    assert_eq!(fmt_file(&path, true), Ok(true), "not canonical");
    let e = fmt_file(&path, false).unwrap_err();
    assert!(e.contains("not rewritten") && e.contains("comments"), "{e}");
    assert_eq!(fs::read_to_string(&path).unwrap(), commented);
}
