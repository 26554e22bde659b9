//! The CSV, Markdown and HTML exports, byte for byte, against the files in
//! `tests/golden/exports/`: any change to what an export writes shows here first, so a rewrite
//! of how it is written (a CSV or template crate in place of hand-built text) can be checked to
//! write the same bytes.
//!
//! Five trackers (the shipped one; the awkward sample of `common`; the period project of
//! `period_common`; the sample with replacements, notes, archived copies, apostrophes and
//! undecided merge conflicts added; and `common`'s tracker with recommendations and links),
//! in English, Russian and Kazakh, on a stated date and on none, each with and without a
//! period (the changes table of a CSV export is a file of its own, `…-changes.csv`).
//!
//! Without a stated date an export is as of today: today's date is written `{today}` in the
//! golden files, so they stay true from one day to the next. Every deadline they hold is in
//! the past, so "overdue" does not move with the clock either.
//!
//! When an export is meant to change, rewrite the files and review the diff before committing:
//!
//! ```text
//! UPDATE_GOLDEN=1 cargo test --test it export_golden
//! ```

use std::path::{Path, PathBuf};

use crate::{common, period_common};

use common::d;
use reform_tracker::i18n::{Lang, set_language};
use reform_tracker::model::merge::{Conflict, Field, Value};
use reform_tracker::model::period::Period;
use reform_tracker::model::{Date, Evidence, Note, Project, Replacement, Status};
use reform_tracker::report::{ExportFormat, export_with_period};

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/exports")
}

/// The sample with everything it lacks that the exports write in a way of their own: a
/// replacement by a tracked and an untracked id citing an archived link, one in part with no
/// one named, notes with markup, apostrophes and line breaks, and undecided conflicts.
fn marked() -> Project {
    let mut p = common::sample();
    p.title = "O'Brien's <tracker> & \"friends\"".into();
    p.description = "First line with <b>markup</b> & an apostrophe's\r\nsecond line\rthird".into();
    let r1 = &mut p.commitments[0];
    let mut archived = Evidence::new(7);
    archived.url = "https://example.org/decree?x=1&y='2'".into();
    archived.title = "Decree \"No. 5\" <signed>".into();
    archived.date = Some(d("2023-04-02"));
    archived.archived = Some("https://web.archive.org/web/2023/https://example.org/decree".into());
    r1.evidence.push(archived);
    let mut named_refused = Evidence::new(8);
    named_refused.url = "file:///etc/passwd".into();
    named_refused.title = "Local <copy>".into();
    named_refused.date = Some(d("2023-04-03"));
    r1.evidence.push(named_refused);
    r1.replaced = Some(Replacement {
        date: d("2023-05"),
        by: vec!["P2".into(), "X9".into()],
        partial: false,
        note: "Superseded by the <new> law; it's \"final\"\nsee below".into(),
        evidence: vec![7, 8],
    });
    r1.notes = vec![
        Note::new(
            d("2023-04-01"),
            "Note with <i>markup</i>, commas, \"quotes\"\nand a second line",
        ),
        Note::new(d("2022-01-01"), "=older note"),
    ];
    r1.tags = vec!["law".into(), "it's".into()];
    r1.quote = "\"We will,\" he said".into();
    r1.parent = Some("R2".into());
    r1.responsible = "Ministry of Justice".into();
    r1.date_committed = Some(d("2022-03-16"));
    r1.concern = true;
    p.commitments[2].replaced = Some(Replacement {
        date: d("2022-10-01"),
        by: Vec::new(),
        partial: true,
        note: String::new(),
        evidence: Vec::new(),
    });
    let conflict = |commitment: &str, field, ours, theirs| Conflict {
        commitment: commitment.into(),
        field,
        ours,
        theirs,
        ours_from: "ours <main>".into(),
        theirs_from: "theirs 'branch'".into(),
    };
    p.conflicts = vec![
        conflict(
            "",
            Field::ProjectTitle,
            Value::Text(p.title.clone()),
            Value::Text("Theirs & <co>".into()),
        ),
        conflict(
            "P1",
            Field::Title,
            Value::Text("Ours \"title\"".into()),
            Value::Text("Their <title>".into()),
        ),
        conflict(
            "R2",
            Field::Status,
            Value::Status(Status::Fulfilled),
            Value::Status(Status::Stalled),
        ),
        conflict(
            "R3",
            Field::Deadline,
            Value::Date(Some(d("2022-12"))),
            Value::Date(None),
        ),
    ];
    p
}

struct Case {
    tracker: &'static str,
    project: fn() -> Project,
    as_of: Date,
    period: Period,
}

fn cases() -> [Case; 5] {
    let period = |from: &str, to: &str| Period::new(d(from), d(to)).expect("a valid period");
    [
        Case {
            tracker: "shipped",
            project: reform_tracker::storage::shipped_tracker,
            as_of: d("2024-06-30"),
            period: period("2023-01-01", "2023-12-31"),
        },
        Case {
            tracker: "awkward",
            project: common::sample,
            as_of: d("2023-02-01"),
            period: period("2022-06-01", "2023-03-31"),
        },
        Case {
            tracker: "period",
            project: period_common::project,
            as_of: d("2024-06-30"),
            period: period("2024-04-01", "2024-06-30"),
        },
        Case {
            tracker: "marked",
            project: marked,
            as_of: d("2023-06-01"),
            period: period("2023-01-01", "2023-06-30"),
        },
        Case {
            tracker: "recommendations",
            project: common::with_recommendations,
            as_of: d("2025-07-01"),
            period: period("2025-01-01", "2025-12-31"),
        },
    ]
}

/// Every export of every case, as (file name, text), with today's date written `{today}`.
fn outputs(lang: Lang) -> Vec<(String, String)> {
    set_language(lang);
    let today = Date::today().to_string();
    let mut out = Vec::new();
    for case in cases() {
        let project = (case.project)();
        for (as_of, when) in [
            (Some(case.as_of), case.as_of.to_string()),
            (None, "today".into()),
        ] {
            for (period, span) in [(None, "all"), (Some(case.period), "period")] {
                for format in [
                    ExportFormat::Csv,
                    ExportFormat::Markdown,
                    ExportFormat::Html,
                ] {
                    let stem = format!("{}-{}-{when}-{span}", case.tracker, lang.code());
                    let (bytes, beside) = export_with_period(&project, format, as_of, period)
                        .expect("text exports never fail");
                    let text = String::from_utf8(bytes).expect("text exports are UTF-8");
                    out.push((format!("{stem}.{}", format.extension()), text));
                    if let Some(changes) = beside {
                        out.push((format!("{stem}-changes.csv"), changes));
                    }
                }
            }
        }
    }
    set_language(Lang::En);
    out.into_iter()
        .map(|(name, text)| (name, text.replace(&today, "{today}")))
        .collect()
}

/// Where two texts part, in words a failure can show without printing whole pages.
fn first_difference(expected: &str, actual: &str) -> String {
    let at = expected
        .char_indices()
        .zip(actual.chars())
        .find(|((_, a), b)| a != b)
        .map(|((i, _), _)| i)
        .unwrap_or_else(|| expected.len().min(actual.len()));
    let line = expected[..at].matches('\n').count() + 1;
    let around = |s: &str| {
        let start = s[..at.min(s.len())]
            .char_indices()
            .rev()
            .nth(80)
            .map_or(0, |(i, _)| i);
        s[start..].chars().take(200).collect::<String>()
    };
    format!(
        "first difference on line {line}:\n expected: {:?}\n   actual: {:?}",
        around(expected),
        around(actual)
    )
}

fn check(lang: Lang) {
    let dir = golden_dir();
    let update = std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| v == "1");
    let mut failures = Vec::new();
    for (name, text) in outputs(lang) {
        let path = dir.join(&name);
        if update {
            std::fs::create_dir_all(&dir).expect("the golden folder can be made");
            std::fs::write(&path, &text).expect("a golden file can be written");
            continue;
        }
        match std::fs::read_to_string(&path) {
            Ok(expected) if expected == text => {}
            Ok(expected) => {
                failures.push(format!("{name}: {}", first_difference(&expected, &text)))
            }
            Err(e) => failures.push(format!("{name}: cannot read the golden file: {e}")),
        }
    }
    assert!(
        failures.is_empty(),
        "{} export(s) differ from tests/golden/exports (UPDATE_GOLDEN=1 rewrites them):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn english_exports_match_their_golden_files() {
    check(Lang::En);
}

#[test]
fn russian_exports_match_their_golden_files() {
    check(Lang::Ru);
}

#[test]
fn kazakh_exports_match_their_golden_files() {
    check(Lang::Kk);
}
