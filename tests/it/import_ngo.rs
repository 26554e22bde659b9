//! An NGO's own spreadsheet, as it comes: Windows-1251 CSV with semicolons, xlsx and ods, with
//! Russian headers, its own status words, a formula, bad dates and a duplicate id whose first
//! row is bad. Also: duplicates judged on the whole sheet, a row's link cited by its status
//! change, source references checked on import and by `validate`, and `--map` with status words.

use crate::cli_common;
use crate::ngo_sheet;

use std::path::Path;

use cli_common::{bin, succeeds};
use reform_tracker::model::import::{
    RefusalReason, SavedMapping, StatusWords, Target, WordChoice, propose_sheet,
};
use reform_tracker::model::{Date, Status};
use reform_tracker::report::import_summary as summary;
use reform_tracker::storage::import::{self, Limits};

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

fn plan_of(path: &Path) -> reform_tracker::model::import::Plan {
    let book = import::read(path, None, &Limits::default(), &|_, _| true).unwrap();
    let targets = propose_sheet(&book.main);
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    import::plan_workbook(&book, &targets, None, &name, d("2026-01-15"))
}

/// The NGO's mapping: its two words the app cannot know, mapped by the user.
fn ngo_mapping() -> SavedMapping {
    let mut words = StatusWords::default();
    words.set("нет", WordChoice::Status(Status::NoAction));
    words.set("приостановлено", WordChoice::Status(Status::Stalled));
    SavedMapping::default().with_statuses(words)
}

#[test]
fn the_ngo_sheet_imports_in_csv_xlsx_and_ods_with_its_own_status_words() {
    let dir = tempfile::tempdir().unwrap();
    let saved = ngo_mapping();
    for path in ngo_sheet::all(dir.path()) {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let book = import::read(&path, None, &Limits::default(), &|_, _| true).unwrap();
        let targets = saved.targets_for_sheet(&book.main);
        assert_eq!(
            targets,
            [
                Target::Id,
                Target::Title,
                Target::Status,
                Target::StatusDate,
                Target::EvidenceUrl,
                Target::Note
            ],
            "{name}"
        );
        let words = StatusWords::for_sheet(&book.main, &targets, &saved.statuses);
        let listed: Vec<&str> = words.0.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(
            listed,
            [
                "в процессе",
                "выполнено",
                "частично",
                "нет",
                "приостановлено"
            ],
            "{name}: every distinct word once"
        );
        let plan =
            import::plan_workbook_with(&book, &targets, &words, None, &name, d("2026-01-15"));
        assert_eq!(
            plan.new,
            ["1", "2", "3", "4", "5", "9", "10", "11"],
            "{name}"
        );
        let refused: Vec<(usize, &RefusalReason)> =
            plan.refused.iter().map(|r| (r.row, &r.reason)).collect();
        assert_eq!(refused.len(), 4, "{name}: {refused:?}");
        assert_eq!(
            refused[0],
            (
                7,
                &RefusalReason::BadDate {
                    column: "Дата оценки".into(),
                    text: "весной 2023".into()
                }
            ),
            "{name}"
        );
        assert_eq!(
            refused[1],
            (
                8,
                &RefusalReason::Formula {
                    column: "Ссылка".into()
                }
            ),
            "{name}: a formula is neither run nor imported"
        );
        assert!(
            matches!(refused[2], (9, RefusalReason::BadDate { .. })),
            "{name}"
        );
        assert_eq!(
            refused[3],
            (
                11,
                &RefusalReason::DuplicateId {
                    id: "8".into(),
                    first_row: 9
                }
            ),
            "{name}: the duplicate of a refused row is still a duplicate"
        );
        let lines = summary::lines(&plan);
        assert_eq!(
            lines[0], "8 new, 0 updated, 8 status changes, 4 rows refused",
            "{name}"
        );
        assert!(
            lines.contains(&"Row 11: the id 8 is already on row 9".to_owned()),
            "{lines:?}"
        );
        let c = |id: &str| plan.result.commitments.iter().find(|c| c.id == id).unwrap();
        let statuses: Vec<Status> = ["1", "2", "3", "4", "5", "9", "10", "11"]
            .iter()
            .map(|id| c(id).status)
            .collect();
        use reform_tracker::model::Status as S;
        assert_eq!(
            statuses,
            [
                S::InProgress,
                S::Fulfilled,
                S::Fulfilled,
                S::PartiallyFulfilled,
                S::NoAction,
                S::Stalled,
                S::InProgress,
                S::NoAction
            ],
            "{name}"
        );
        // The link is the evidence the status change rests on; the comment is its note.
        let one = c("1");
        assert_eq!(one.evidence.len(), 1, "{name}");
        assert_eq!(
            one.evidence[0].url,
            "https://adilet.zan.kz/rus/docs/Z2300000001"
        );
        let entry = &one.history[0];
        assert_eq!(entry.date, d("2023-03-15"), "{name}");
        assert_eq!(entry.note, "Законопроект внесён в Мажилис", "{name}");
        assert_eq!(entry.evidence, [one.evidence[0].id], "{name}");
        assert!(one.notes.is_empty(), "{name}: no separate note dated today");
        // A row without a comment keeps the note that says where the change came from.
        assert_eq!(c("3").history[0].note, format!("Imported from {name}"));
        assert!(
            plan.result
                .commitments
                .iter()
                .flat_map(|c| &c.evidence)
                .all(|e| !e.url.contains("P2300000200")),
            "{name}: the formula's link was not taken"
        );
    }
}

#[test]
fn without_a_mapping_unknown_words_refuse_their_rows_and_known_ones_do_not() {
    let dir = tempfile::tempdir().unwrap();
    let plan = plan_of(&ngo_sheet::csv(dir.path()));
    let unknown: Vec<(usize, String)> = plan
        .refused
        .iter()
        .filter_map(|r| match &r.reason {
            RefusalReason::UnknownStatus { word } => Some((r.row, word.clone())),
            _ => None,
        })
        .collect();
    assert_eq!(
        unknown,
        [
            (6, "нет".to_owned()),
            (10, "приостановлено".to_owned()),
            (13, "нет".to_owned())
        ],
        "“в процессе” is known; “нет” could mean two statuses and is never guessed"
    );
}

#[test]
fn a_duplicate_id_is_reported_even_when_its_first_row_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dup.csv");
    std::fs::write(
        &path,
        "id,title,deadline\nA,First,next spring\nB,Fine,2024\nA,Second,2025\n",
    )
    .unwrap();
    let plan = plan_of(&path);
    assert_eq!(plan.new, ["B"], "the later row with A is not imported");
    assert!(matches!(
        plan.refused[0].reason,
        RefusalReason::BadDate { .. }
    ));
    assert_eq!(plan.refused[1].row, 4);
    assert_eq!(
        plan.refused[1].reason,
        RefusalReason::DuplicateId {
            id: "A".into(),
            first_row: 2
        }
    );
}

#[test]
fn a_rows_link_is_cited_by_its_status_change_and_its_note_is_the_entrys() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("linked.csv");
    std::fs::write(
        &path,
        "id,title,status,status_date,evidence,note\n\
         A,One,Fulfilled,2024-05-02,https://gov.kz/law,Signed by the President\n\
         B,Two,,,https://gov.kz/draft,Watching\n",
    )
    .unwrap();
    let plan = plan_of(&path);
    let a = &plan.result.commitments[0];
    assert_eq!(a.history.len(), 1);
    assert_eq!(a.history[0].date, d("2024-05-02"));
    assert_eq!(a.history[0].evidence, [a.evidence[0].id]);
    assert_eq!(a.history[0].note, "Signed by the President");
    assert!(a.notes.is_empty());
    // No status change: the note is a note, dated like the row (no date: the import's day).
    let b = &plan.result.commitments[1];
    assert_eq!(b.notes.len(), 1);
    assert_eq!(
        (b.notes[0].date, b.notes[0].text.as_str()),
        (d("2026-01-15"), "Watching")
    );
}

/// A column of web addresses under "Источник" becomes evidence, not dangling source ids; a
/// source id that names no source document is a warning in import and in `validate`.
#[test]
fn source_references_are_checked_on_import_and_by_validate() {
    let dir = tempfile::tempdir().unwrap();
    let urls = dir.path().join("urls.csv");
    std::fs::write(
        &urls,
        "Код;Обязательство;Источник\nA;Одно;https://adilet.zan.kz/rus/docs/K950001000_\n",
    )
    .unwrap();
    let out = dir.path().join("urls.ron");
    succeeds(bin().arg("import").arg(&urls).arg("-o").arg(&out));
    let p = reform_tracker::storage::load_file(&out).unwrap().project;
    assert_eq!(p.commitments[0].source, "");
    assert_eq!(
        p.commitments[0].evidence[0].url,
        "https://adilet.zan.kz/rus/docs/K950001000_"
    );

    let ids = dir.path().join("ids.csv");
    std::fs::write(&ids, "id,title,source id\nA,One,address-2099\n").unwrap();
    let out = dir.path().join("ids.ron");
    let printed = succeeds(bin().arg("import").arg(&ids).arg("-o").arg(&out));
    let printed = String::from_utf8_lossy(&printed.stdout).into_owned();
    assert!(
        printed.contains("1 new, 0 updated, 0 status changes, 0 rows refused, 1 warning"),
        "{printed}"
    );
    assert!(
        printed.contains("Row 2: the source id “address-2099” names no source document"),
        "{printed}"
    );
    let validated = succeeds(bin().arg("validate").arg(&out));
    let validated = String::from_utf8_lossy(&validated.stdout).into_owned();
    assert!(
        validated
            .contains("warning: A cites the source “address-2099”, which names no source document"),
        "{validated}"
    );
}

/// `--map` reads the status words of a saved mapping; a mapping saved by an older version
/// (no status words, `.ron`) still loads.
#[test]
fn the_import_command_maps_status_words_from_a_saved_mapping() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = ngo_sheet::csv(dir.path());
    let map = dir.path().join("ngo.mapping");
    std::fs::write(&map, ngo_mapping().to_ron().unwrap()).unwrap();
    let out = dir.path().join("ngo.ron");
    let printed = succeeds(
        bin()
            .arg("import")
            .arg(&sheet)
            .arg("--map")
            .arg(&map)
            .arg("-o")
            .arg(&out),
    );
    let printed = String::from_utf8_lossy(&printed.stdout).into_owned();
    assert!(
        printed.contains("8 new, 0 updated, 8 status changes, 4 rows refused"),
        "{printed}"
    );
    let p = reform_tracker::storage::load_file(&out).unwrap().project;
    let five = p.commitments.iter().find(|c| c.id == "5").unwrap();
    assert_eq!(five.status, Status::NoAction);

    let old = dir.path().join("old-mapping.ron");
    std::fs::write(
        &old,
        "(sheet: None, columns: [(\"Статус\", Ignore), (\"№\", Id)])",
    )
    .unwrap();
    let printed = succeeds(
        bin()
            .arg("import")
            .arg(&sheet)
            .arg("--map")
            .arg(&old)
            .arg("--dry-run"),
    );
    let printed = String::from_utf8_lossy(&printed.stdout).into_owned();
    assert!(printed.contains("0 status changes"), "{printed}");
}
