//! Importing trackers from spreadsheets: every format, Russian headers, separators and
//! encodings, other scales' status words, merging by id, and round trips through our exports.
//! Fixtures are written by the tests themselves (rust_xlsxwriter, csv, encoding_rs).

use crate::cli_common;

use cli_common::{bin, succeeds};

use std::path::{Path, PathBuf};

use reform_tracker::model::import::{Plan, RefusalReason, Target, propose};
use reform_tracker::model::{Date, Project, Status};
use reform_tracker::report::{ExportFormat, export};
use reform_tracker::storage::import::{self, Limits, Workbook};

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

fn read(path: &Path) -> Workbook {
    import::read(path, None, &Limits::default(), &|_, _| true).unwrap()
}

/// Reads and plans a file with the proposed mapping.
fn plan_of(path: &Path, base: Option<&Project>) -> Plan {
    let book = read(path);
    let targets = propose(&book.main.header);
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    import::plan_workbook(&book, &targets, base, &name, d("2026-01-15"))
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn shipped() -> Project {
    reform_tracker::storage::shipped_tracker()
}

const RUSSIAN_CSV: &str = "Номер;Обязательство;Статус;Срок;Категория\r\n\
    Р1;Снизить порог прохождения в Мажилис;Выполнено;01.07.2023;Выборы\r\n\
    Р2;Создать Конституционный суд;В работе;2023;Суды\r\n";

#[test]
fn russian_headers_semicolons_and_windows_1251() {
    let dir = tempfile::tempdir().unwrap();
    let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode(RUSSIAN_CSV);
    for (name, bytes) in [
        ("utf8.csv", RUSSIAN_CSV.as_bytes().to_vec()),
        (
            "bom.csv",
            [b"\xEF\xBB\xBF".as_slice(), RUSSIAN_CSV.as_bytes()].concat(),
        ),
        ("cp1251.csv", cp1251.into_owned()),
        ("utf16.csv", {
            let mut b = vec![0xFF, 0xFE];
            b.extend(RUSSIAN_CSV.encode_utf16().flat_map(u16::to_le_bytes));
            b
        }),
    ] {
        let plan = plan_of(&write(dir.path(), name, &bytes), None);
        assert_eq!(plan.new, ["Р1", "Р2"], "{name}");
        assert!(plan.refused.is_empty(), "{name}: {:?}", plan.refused);
        let c = &plan.result.commitments[0];
        assert_eq!(c.title, "Снизить порог прохождения в Мажилис");
        assert_eq!(c.status, Status::Fulfilled);
        assert_eq!(c.deadline, Some(d("2023-07-01")));
        assert_eq!(c.category, "Выборы");
        assert_eq!(c.history.len(), 1, "a status becomes a dated history entry");
        assert_eq!(c.history[0].note, format!("Imported from {name}"));
        assert_eq!(plan.result.commitments[1].status, Status::InProgress);
    }
}

#[test]
fn politifact_and_ogp_words_map_and_unknown_words_are_refused_with_their_row() {
    let dir = tempfile::tempdir().unwrap();
    let csv = "id,title,status\n\
        A,One,Promise Kept\nB,Two,Compromise\nC,Three,In the Works\nD,Four,Stalled\n\
        E,Five,Promise Broken\nF,Six,Not Yet Rated\nG,Seven,Complete\nH,Eight,Substantial\n\
        I,Nine,Limited\nJ,Ten,Not Started\nK,Eleven,Nearly there\n";
    let plan = plan_of(&write(dir.path(), "scales.csv", csv.as_bytes()), None);
    let status: Vec<Status> = plan.result.commitments.iter().map(|c| c.status).collect();
    use Status::*;
    assert_eq!(
        status,
        [
            Fulfilled,
            PartiallyFulfilled,
            InProgress,
            Stalled,
            NotFulfilled,
            NotAssessed,
            Fulfilled,
            PartiallyFulfilled,
            InProgress,
            NoAction
        ]
    );
    assert_eq!(plan.refused.len(), 1);
    assert_eq!(
        plan.refused[0].row, 12,
        "row numbers as a spreadsheet shows them"
    );
    assert_eq!(
        plan.refused[0].reason,
        RefusalReason::UnknownStatus {
            word: "Nearly there".into()
        }
    );
}

#[test]
fn refused_rows_say_why_and_nothing_else_is_lost() {
    let dir = tempfile::tempdir().unwrap();
    let csv = "id,title,deadline,status\n\
        A,Good,2024-05-01,Fulfilled\n\
        ,,,\n\
        ,,2024,Fulfilled\n\
        B,Bad date,next spring,\n\
        A,Again,,\n\
        C,Formula,=TODAY(),\n\
        ,No id yet,,\n";
    let plan = plan_of(&write(dir.path(), "mixed.csv", csv.as_bytes()), None);
    assert_eq!(
        plan.new,
        ["A", "R1"],
        "a title without an id gets a fresh id"
    );
    assert_eq!(plan.blank_rows, 1);
    let reasons: Vec<(usize, &RefusalReason)> =
        plan.refused.iter().map(|r| (r.row, &r.reason)).collect();
    assert_eq!(reasons.len(), 4, "{reasons:?}");
    assert_eq!(reasons[0], (4, &RefusalReason::MissingIdAndTitle));
    assert!(matches!(reasons[1], (5, RefusalReason::BadDate { .. })));
    assert!(matches!(
        reasons[2],
        (6, RefusalReason::DuplicateId { first_row: 2, .. })
    ));
    assert!(matches!(reasons[3], (7, RefusalReason::Formula { .. })));
    let text = reform_tracker::report::import_summary::lines(&plan).join("\n");
    assert!(
        text.contains("2 new, 0 updated, 1 status change, 4 rows refused"),
        "{text}"
    );
    assert!(
        text.contains("Row 5: “next spring” in deadline is not a date"),
        "{text}"
    );
}

#[test]
fn merging_by_id_updates_field_by_field_and_appends_history() {
    let dir = tempfile::tempdir().unwrap();
    let base = shipped();
    let p1 = base
        .commitments
        .iter()
        .find(|c| c.id == "P1")
        .unwrap()
        .clone();
    let new_status = if p1.status == Status::Fulfilled {
        Status::Stalled
    } else {
        Status::Fulfilled
    };
    let csv = format!(
        "ID,Status,Status date,Responsible,Evidence\n\
         P1,{},2030-02-01,New body,https://example.org/news\n\
         NEW1,In progress,,,\n",
        new_status.english_name()
    );
    let plan = plan_of(
        &write(dir.path(), "update.csv", csv.as_bytes()),
        Some(&base),
    );
    assert_eq!(plan.updated, ["P1"]);
    assert_eq!(plan.status_changes, 1);
    assert_eq!(plan.refused.len(), 1, "a new id without a title is refused");
    let after = plan
        .result
        .commitments
        .iter()
        .find(|c| c.id == "P1")
        .unwrap();
    assert_eq!(after.history.len(), p1.history.len() + 1);
    assert_eq!(
        after.history[..p1.history.len()],
        p1.history[..],
        "history is never rewritten"
    );
    let last = after.history.last().unwrap();
    assert_eq!(
        (last.date, last.from, last.to),
        (d("2030-02-01"), p1.status, new_status)
    );
    assert_eq!(last.note, "Imported from update.csv");
    assert_eq!(after.responsible, "New body");
    assert_eq!(after.title, p1.title, "unmapped fields are left alone");
    assert_eq!(after.evidence.len(), p1.evidence.len() + 1);
    assert_eq!(
        after.evidence.last().unwrap().url,
        "https://example.org/news"
    );
    assert_eq!(
        plan.result.commitments.len(),
        base.commitments.len(),
        "nothing else changes"
    );

    // A status dated before the recorded history is refused, not slotted in.
    if let Some(last) = p1.last_change() {
        let early = format!(
            "ID,Status,Status date\nP1,No action,{}\n",
            Date::from_day_number(last.first_day().day_number() - 1)
        );
        let plan = plan_of(
            &write(dir.path(), "early.csv", early.as_bytes()),
            Some(&base),
        );
        assert!(
            matches!(plan.refused[0].reason, RefusalReason::BeforeHistory { .. }),
            "{:?}",
            plan.refused
        );
    }
}

#[test]
fn unsafe_evidence_links_are_left_out_and_named() {
    let dir = tempfile::tempdir().unwrap();
    let csv =
        "id,title,evidence\nA,One,javascript:alert(1)\nB,Two,https://gov.kz/a https://gov.kz/b\n";
    let plan = plan_of(&write(dir.path(), "links.csv", csv.as_bytes()), None);
    assert!(plan.result.commitments[0].evidence.is_empty());
    assert_eq!(plan.result.commitments[1].evidence.len(), 2);
    assert_eq!(plan.warnings.len(), 1);
    assert_eq!(plan.warnings[0].row, 2);
}

#[test]
fn a_plain_xlsx_with_dates_numbers_and_several_sheets() {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook as Book};
    let dir = tempfile::tempdir().unwrap();
    let mut book = Book::new();
    let first = book.add_worksheet();
    first.set_name("Notes").unwrap();
    first.write_string(0, 0, "not this one").unwrap();
    let ws = book.add_worksheet();
    ws.set_name("Tracker").unwrap();
    for (i, h) in ["№", "Promise", "Rating", "Due date", "Priority"]
        .iter()
        .enumerate()
    {
        ws.write_string(0, i as u16, *h).unwrap();
    }
    let date = Format::new().set_num_format("dd.mm.yyyy");
    ws.write_string(1, 0, "K1").unwrap();
    ws.write_string(1, 1, "Open data portal").unwrap();
    ws.write_string(1, 2, "Promise Kept").unwrap();
    ws.write_datetime_with_format(1, 3, ExcelDateTime::from_ymd(2024, 6, 30).unwrap(), &date)
        .unwrap();
    ws.write_number(1, 4, 3).unwrap();
    ws.write_number(2, 0, 42).unwrap();
    ws.write_string(2, 1, "Numbered id").unwrap();
    let path = dir.path().join("plain.xlsx");
    book.save(&path).unwrap();

    let book = import::read(&path, Some("Tracker"), &Limits::default(), &|_, _| true).unwrap();
    assert_eq!(book.sheet_names, ["Notes", "Tracker"]);
    let targets = propose(&book.main.header);
    assert_eq!(
        targets,
        [
            Target::Id,
            Target::Title,
            Target::Status,
            Target::Deadline,
            Target::Importance
        ]
    );
    let plan = import::plan_workbook(&book, &targets, None, "plain.xlsx", d("2026-01-01"));
    let c = &plan.result.commitments[0];
    assert_eq!(c.deadline, Some(d("2024-06-30")), "a real date cell");
    assert_eq!((c.status, c.importance), (Status::Fulfilled, 3));
    assert_eq!(
        plan.result.commitments[1].id, "42",
        "a numeric id reads as written"
    );
    let missing = import::read(&path, Some("Nope"), &Limits::default(), &|_, _| true).unwrap_err();
    assert!(
        missing.to_string().contains("Its sheets: Notes, Tracker"),
        "{missing}"
    );
}

/// The shipped tracker, exported to Excel and imported into a new project, is equal to it.
#[test]
fn shipped_tracker_to_xlsx_and_back_is_equal() {
    let dir = tempfile::tempdir().unwrap();
    let mut original = shipped();
    // Cover the fields the shipped file leaves empty, and text a spreadsheet would run.
    let c = &mut original.commitments[0];
    c.notes.push(reform_tracker::model::Note::new(
        d("2024-02-29"),
        "=not a formula\nsecond line",
    ));
    c.tags = vec!["two words".into(), "b".into()];
    c.concern = true;
    c.quote = "  spaced  ".into();
    c.deadline = Some(d("2025-07"));
    let path = dir.path().join("tracker.xlsx");
    comes_back_equal(&original, &path);
    assert!(read(&path).ours, "our workbook is recognised");
}

/// Exports `original` to a workbook at `path` and checks that it imports back into a new
/// project equal to it, with nothing refused or noted.
fn comes_back_equal(original: &Project, path: &Path) {
    std::fs::write(path, export(original, ExportFormat::Xlsx, None).unwrap()).unwrap();
    let plan = plan_of(path, None);
    assert!(plan.refused.is_empty(), "{:?}", plan.refused);
    assert!(plan.notes.is_empty(), "{:?}", plan.notes);
    for (a, b) in original.commitments.iter().zip(&plan.result.commitments) {
        assert_eq!(a, b, "{}", a.id);
    }
    assert_eq!(plan.result, *original);
}

/// Every field of format 4 (recommendations with every detail, the response's note, terms of
/// items and the project's vocabularies in three languages, links with their dates, notes and
/// evidence) comes back from the workbook.
#[test]
fn every_field_of_format_4_to_xlsx_and_back_is_equal() {
    let dir = tempfile::tempdir().unwrap();
    let text = include_str!("../golden/v4.ron");
    let original = reform_tracker::storage::parse_project(text, "golden/v4.ron")
        .unwrap()
        .project;
    comes_back_equal(&original, &dir.path().join("v4.xlsx"));
}

/// A workbook exported as of a past day is a picture of that day where it says so: its
/// Recommendations and Links sheets hold the responses and links known then, so an import
/// takes them as they were and says which day. The record sheets (commitments, history,
/// evidence, notes) were always written whole, and still come back whole.
#[test]
fn a_workbook_as_of_a_past_day_brings_its_recommendations_back_as_of_that_day() {
    let dir = tempfile::tempdir().unwrap();
    let original = crate::common::with_recommendations();
    let bytes = export(&original, ExportFormat::Xlsx, Some(d("2025-07-01"))).unwrap();
    let plan = plan_of(&write(dir.path(), "then.xlsx", &bytes), None);
    assert!(plan.refused.is_empty(), "{:?}", plan.refused);
    let lines = reform_tracker::report::import_summary::note_lines(&plan);
    assert!(
        lines
            .iter()
            .any(|l| l.contains("Links sheets show 2025-07-01")),
        "{lines:?}"
    );

    let mut expected = original.clone();
    for c in &mut expected.commitments {
        // C1's link came on 2025-09-01, UPR-2's response on 2025-08-01.
        c.links
            .retain(|l| l.date.is_none_or(|date| date <= d("2025-07-01")));
        if let Some(r) = c.recommendation.as_mut() {
            r.response.take_if(|x| x.date > Some(d("2025-07-01")));
        }
    }
    assert_ne!(expected, original, "the day leaves something out");
    assert_eq!(plan.result, expected);
    let c1 = plan
        .result
        .commitments
        .iter()
        .find(|c| c.id == "C1")
        .unwrap();
    assert_eq!(c1.last_change(), Some(d("2025-09-01")), "history is whole");

    comes_back_equal(&original, &dir.path().join("whole.xlsx"));
}

/// Our workbook merged into the open project uses its commitments sheet only, and says so:
/// links or notes edited in the other sheets must never be dropped without a word.
#[test]
fn our_workbook_merged_into_the_open_project_says_its_other_sheets_are_not_used() {
    let dir = tempfile::tempdir().unwrap();
    let mut edited = shipped();
    edited.commitments[0].title = "Renamed in the workbook".into();
    edited.commitments[0].notes.clear();
    let bytes = export(&edited, ExportFormat::Xlsx, None).unwrap();
    let path = write(dir.path(), "edited.xlsx", &bytes);
    let note = "uses the Commitments sheet only";

    let merged = plan_of(&path, Some(&shipped()));
    assert_eq!(
        merged.result.commitments[0].title,
        "Renamed in the workbook"
    );
    assert!(
        !merged.result.commitments[0].notes.is_empty(),
        "the notes sheet is not merged"
    );
    let lines = reform_tracker::report::import_summary::note_lines(&merged);
    assert!(lines.iter().any(|l| l.contains(note)), "{lines:?}");

    let whole = plan_of(&path, None);
    assert_eq!(
        whole.result, edited,
        "as a new project, every sheet is used"
    );
    let lines = reform_tracker::report::import_summary::note_lines(&whole);
    assert!(!lines.iter().any(|l| l.contains(note)), "{lines:?}");
}

/// Our CSV imports back with every field it carries. Of format 4 it carries an item's kind,
/// terms (ids) and links (recommendation and relation), and a recommendation's mechanism,
/// paragraph, recommending states and response (position and date). A link's date, note and
/// evidence, a response's note, a recommendation's cycle, language and summary mark, and the
/// vocabularies' labels have no column in one table of commitments: the workbook carries them.
#[test]
fn shipped_tracker_to_csv_and_back_keeps_the_fields_csv_carries() {
    let dir = tempfile::tempdir().unwrap();
    let original = shipped();
    let bytes = export(&original, ExportFormat::Csv, None).unwrap();
    let plan = plan_of(&write(dir.path(), "tracker.csv", &bytes), None);
    assert!(plan.refused.is_empty(), "{:?}", plan.refused);
    assert_eq!(plan.result.commitments.len(), original.commitments.len());
    for (a, b) in original.commitments.iter().zip(&plan.result.commitments) {
        assert_eq!(
            (
                &a.id,
                a.kind,
                &a.actor,
                &a.category,
                &a.title,
                a.status,
                a.deadline
            ),
            (
                &b.id,
                b.kind,
                &b.actor,
                &b.category,
                &b.title,
                b.status,
                b.deadline
            )
        );
        assert_eq!(a.last_change(), b.last_change(), "{}: status date", a.id);
        let replaced = |c: &reform_tracker::model::Commitment| {
            c.replaced
                .as_ref()
                .map(|r| (r.date, r.by.clone(), r.partial))
        };
        assert_eq!(replaced(a), replaced(b), "{}", a.id);
        assert_eq!(
            (
                &a.parent,
                &a.quote,
                &a.source,
                a.date_committed,
                &a.responsible,
                a.importance,
                a.concern,
                &a.tags
            ),
            (
                &b.parent,
                &b.quote,
                &b.source,
                b.date_committed,
                &b.responsible,
                b.importance,
                b.concern,
                &b.tags
            ),
            "{}: every field one row carries comes back",
            a.id
        );
        let carried = |c: &reform_tracker::model::Commitment| {
            (
                c.recommendation.as_ref().map(|r| {
                    (
                        r.mechanism,
                        r.paragraph.clone(),
                        r.recommending.clone(),
                        r.response.as_ref().map(|x| (x.position, x.date)),
                    )
                }),
                c.terms.clone(),
                c.links
                    .iter()
                    .map(|l| (l.recommendation.clone(), l.relation))
                    .collect::<Vec<_>>(),
            )
        };
        assert_eq!(carried(a), carried(b), "{}: format 4's columns", a.id);
    }
    assert!(
        original.commitments.iter().any(|c| c.is_recommendation()) && plan.notes.is_empty(),
        "{:?}",
        plan.notes
    );
    // Merged into an open project, the columns are not read (a link would lose its date,
    // note and evidence), and the summary says so.
    let merged = plan_of(&write(dir.path(), "tracker.csv", &bytes), Some(&original));
    let lines = reform_tracker::report::import_summary::note_lines(&merged);
    assert!(
        lines.iter().any(|l| l.contains("recommendation columns")),
        "{lines:?}"
    );
    // The CSV's own export of the import is the same file, row for row.
    let again = String::from_utf8(export(&plan.result, ExportFormat::Csv, None).unwrap()).unwrap();
    let first = String::from_utf8(bytes).unwrap();
    let columns = |text: &str| -> Vec<Vec<String>> {
        let mut r =
            csv::ReaderBuilder::new().from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        // evidence_count, project and as_of differ by design: only the latest link comes back,
        // and the project's title and date are not in a row's fields. latest_note is for
        // reading: its date is not in the row, so the import leaves it out.
        r.records()
            .map(|rec| {
                rec.unwrap()
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| ![8, 14, 15, 26].contains(i))
                    .map(|(_, s)| s.to_owned())
                    .collect()
            })
            .collect()
    };
    assert_eq!(columns(&again), columns(&first));
}

#[test]
fn the_import_command_summarises_writes_and_never_overwrites_the_source() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = write(
        dir.path(),
        "sheet.csv",
        "Код;Заголовок;Статус\nA;One;Выполнено\nB;Two;???\n".as_bytes(),
    );
    let out = dir.path().join("out.ron");

    let dry = bin()
        .arg("import")
        .arg(&sheet)
        .args(["--dry-run", "-o"])
        .arg(&out)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&dry.stdout);
    assert!(dry.status.success(), "{text}");
    assert!(
        text.contains("0 new, 0 updated") || text.contains("1 new"),
        "{text}"
    );
    assert!(text.contains("Row 3: unknown status “???”"), "{text}");
    assert!(text.contains("Dry run: nothing was written."), "{text}");
    assert!(!out.exists(), "a dry run writes nothing");

    // "Заголовок" is not a known header: a saved mapping names it.
    let map = write(
        dir.path(),
        "map.ron",
        r#"(columns: [("Заголовок", Title)])"#.as_bytes(),
    );
    succeeds(
        bin()
            .arg("import")
            .arg(&sheet)
            .arg("--map")
            .arg(&map)
            .arg("-o")
            .arg(&out),
    );
    let project = reform_tracker::storage::load_file(&out).unwrap().project;
    assert_eq!(project.commitments.len(), 1);
    assert_eq!(project.commitments[0].title, "One");

    // Merged into that project: nothing new, nothing changed.
    let again = bin()
        .arg("import")
        .arg(&sheet)
        .arg("--map")
        .arg(&map)
        .arg("--into")
        .arg(&out)
        .arg("--dry-run")
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&again.stdout)
            .contains("0 new, 0 updated, 0 status changes, 1 row refused")
    );

    let before = std::fs::read(&sheet).unwrap();
    let same = bin()
        .arg("import")
        .arg(&sheet)
        .arg("-o")
        .arg(&sheet)
        .output()
        .unwrap();
    assert!(!same.status.success());
    assert!(String::from_utf8_lossy(&same.stderr).contains("the source is never overwritten"));
    assert_eq!(std::fs::read(&sheet).unwrap(), before);

    let bad = write(dir.path(), "fake.xlsx", b"just text");
    let refused = bin()
        .arg("import")
        .arg(&bad)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("not one"));
}

#[test]
fn export_format_xlsx_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("tracker.xlsx");
    let file = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/saves/kazakhstan-reforms-2022.ron"
    );
    succeeds(
        bin()
            .args(["export", file, "--format", "xlsx", "-o"])
            .arg(&out),
    );
    let book = read(&out);
    assert_eq!(
        book.sheet_names,
        [
            "Commitments",
            "Evidence",
            "History",
            "Notes",
            "Sources",
            "Recommendations",
            "Links",
            "Vocabularies",
            "Project"
        ]
    );
    assert_eq!(book.main.rows.len(), shipped().commitments.len());
}
