//! Recommendations in every output: the workbook's Recommendations and Links sheets, the CSV's
//! columns, what the Markdown and HTML say of each recommendation and of what answers it, the
//! citation line, `validate`'s warnings and `diff`'s sentences, through the real program
//! where a user would run it.

use std::path::{Path, PathBuf};

use calamine::Reader as _;

use crate::cli_common::{bin, succeeds};
use crate::common::{self, check_balanced, d, with_recommendations};
use reform_tracker::i18n::{Lang, set_language};
use reform_tracker::model::{Project, RecLink, Relation};
use reform_tracker::report::{self, ExportFormat, export, to_csv, to_html, to_markdown};
use reform_tracker::storage::save_file;

/// Before C1's link (2025-09-01) and UPR-2's response (2025-08-01).
const EARLIER: &str = "2025-07-01";

/// Fails with the whole text when any of `expected` is not in it.
fn says_all(text: &str, expected: &[&str]) {
    for e in expected {
        assert!(text.contains(e), "missing {e:?} in:\n{text}");
    }
}

fn sheet_rows(bytes: &[u8], dir: &Path, sheet: &str) -> Vec<Vec<String>> {
    let path = dir.join("book.xlsx");
    std::fs::write(&path, bytes).unwrap();
    let mut book = calamine::open_workbook_auto(&path).unwrap();
    book.worksheet_range(sheet)
        .unwrap_or_else(|e| panic!("{sheet}: {e}"))
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect()
}

fn sheet_names(bytes: &[u8], dir: &Path) -> Vec<String> {
    let path = dir.join("names.xlsx");
    std::fs::write(&path, bytes).unwrap();
    calamine::open_workbook_auto(&path).unwrap().sheet_names()
}

#[test]
fn the_workbook_has_a_recommendations_sheet_and_a_links_sheet_as_of_its_date() {
    let dir = tempfile::tempdir().unwrap();
    let p = with_recommendations();
    let now = export(&p, ExportFormat::Xlsx, None).unwrap();
    assert_eq!(
        sheet_names(&now, dir.path()),
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
    let recs = sheet_rows(&now, dir.path(), "Recommendations");
    assert_eq!(recs[0], report::xlsx::RECOMMENDATIONS_HEADER);
    assert_eq!(recs.len(), 3, "one row per recommendation: {recs:?}");
    let upr1 = &recs[1];
    assert_eq!(upr1[0], "UPR-1");
    assert!(upr1[1].starts_with("Guarantee the independence of judges"));
    assert_eq!(upr1[2], "UPR");
    assert_eq!(
        upr1[3],
        "Report of the Working Group on the UPR: Kazakhstan"
    );
    assert_eq!(upr1[4], "123.45");
    assert_eq!(upr1[5], "4th cycle");
    assert_eq!(upr1[6], "Norway; Chile");
    assert_eq!(upr1[7], "Supported");
    assert_eq!(upr1[9], "In progress");
    assert_eq!(upr1[10], "Courts");
    assert_eq!(upr1[11], "C1 (Answers); C2 (Answers in part)");
    let upr2 = &recs[2];
    assert_eq!(
        (upr2[0].as_str(), upr2[2].as_str()),
        ("UPR-2", "OSCE/ODIHR")
    );
    assert_eq!(upr2[7], "Noted");
    assert_eq!(upr2[11], "", "going against is no answer");

    let links = sheet_rows(&now, dir.path(), "Links");
    assert_eq!(links[0], report::xlsx::LINKS_HEADER);
    let cells = |row: &Vec<String>| [0, 1, 2, 3, 5].map(|i| row[i].clone());
    assert_eq!(
        links[1..].iter().map(cells).collect::<Vec<_>>(),
        [
            [
                "C1",
                "Judicial council law",
                "Answers",
                "UPR-1",
                "The law sets up the council"
            ],
            [
                "C2",
                "Party registration threshold",
                "Answers in part",
                "UPR-1",
                ""
            ],
            [
                "C2",
                "Party registration threshold",
                "Goes against",
                "UPR-2",
                "The threshold was raised, not lowered"
            ],
        ]
        .map(|row| row.map(str::to_owned))
    );

    // As of an earlier day: no response to UPR-2 yet, C1's link not made, UPR-1 not started.
    let then = export(&p, ExportFormat::Xlsx, Some(d(EARLIER))).unwrap();
    let recs = sheet_rows(&then, dir.path(), "Recommendations");
    assert_eq!(recs[1][9], "Not assessed");
    assert_eq!(recs[1][11], "C2 (Answers in part)");
    assert_eq!(recs[2][7], "", "UPR-2's response came on 2025-08-01");
    let links = sheet_rows(&then, dir.path(), "Links");
    assert_eq!(links.len(), 3, "C1's link came later: {links:?}");
}

#[test]
fn a_workbook_without_recommendations_has_no_such_sheets() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = export(&common::sample(), ExportFormat::Xlsx, None).unwrap();
    let names = sheet_names(&bytes, dir.path());
    assert!(
        !names.iter().any(|n| n == "Recommendations" || n == "Links"),
        "{names:?}"
    );
}

fn read_csv(text: &str) -> (Vec<String>, Vec<csv::StringRecord>) {
    let body = text.strip_prefix('\u{FEFF}').expect("a byte-order mark");
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    let header = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    (header, reader.records().map(Result::unwrap).collect())
}

#[test]
fn csv_has_the_recommendation_columns_as_of_its_date() {
    let p = with_recommendations();
    let (header, rows) = read_csv(&to_csv(&p, None));
    assert_eq!(
        header[27..],
        report::csv::RECOMMENDATION_HEADER.map(str::to_owned)
    );
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let cell = |rows: &[csv::StringRecord], row: usize, name: &str| rows[row][col(name)].to_owned();
    assert_eq!(cell(&rows, 0, "mechanism"), "UPR");
    assert_eq!(cell(&rows, 0, "paragraph"), "123.45");
    assert_eq!(cell(&rows, 0, "recommending"), "Norway; Chile");
    assert_eq!(cell(&rows, 0, "response"), "Supported");
    assert_eq!(cell(&rows, 0, "response_date"), "2025-06-01");
    assert_eq!(cell(&rows, 0, "terms"), "theme-courts");
    assert_eq!(cell(&rows, 1, "response"), "Noted");
    assert_eq!(cell(&rows, 2, "terms"), "theme-courts; group-women");
    assert_eq!(cell(&rows, 2, "links"), "UPR-1 (Answers)");
    assert_eq!(
        cell(&rows, 3, "links"),
        "UPR-1 (Answers in part); UPR-2 (Goes against)"
    );
    assert_eq!(cell(&rows, 4, "links"), "");
    assert_eq!(
        cell(&rows, 4, "mechanism"),
        "",
        "a commitment has no mechanism"
    );

    let (_, then) = read_csv(&to_csv(&p, Some(d(EARLIER))));
    assert_eq!(cell(&then, 1, "response"), "");
    assert_eq!(cell(&then, 1, "response_date"), "");
    assert_eq!(cell(&then, 2, "links"), "", "C1's link came on 2025-09-01");
}

#[test]
fn csv_of_a_project_without_recommendations_keeps_its_columns() {
    let (header, _) = read_csv(&to_csv(&common::sample(), None));
    assert_eq!(header.len(), report::csv::HEADER.len());
}

#[test]
fn markdown_says_what_answers_each_recommendation_and_what_nothing_answers_yet() {
    let p = with_recommendations();
    let md = to_markdown(&p, None);
    says_all(
        &md,
        &[
            "## Recommendations\n",
            "| UPR-1 | Guarantee the independence of judges | In progress<br>Answered by: C1<br>Answered in part by: C2 |",
            "Not assessed<br>Gone against by: C2<br>Nothing answers this recommendation yet |",
            "Not assessed<br>Answers in part: UPR-1<br>Goes against: UPR-2 |",
            "## Recommendations in detail\n",
            "### UPR-1 Guarantee the independence of judges\n",
            "- UPR, paragraph 123.45, 4th cycle, Report of the Working Group on the UPR: Kazakhstan\n",
            "- Recommended by: Norway, Chile\n",
            "- Response: Supported (2025-06-01)\n",
            "- Text: Guarantee the independence of judges, including through \\| a council\n",
            "- Terms: Courts\n",
            "- Response: Noted (2025-08-01). Said to be under study\n",
            "- Text (summary): Lower the thresholds \\<for\\> registering parties\n",
            "- Nothing answers this recommendation yet\n",
        ],
    );
    let then = to_markdown(&p, Some(d(EARLIER)));
    assert!(then.contains("- No response yet\n"), "{then}");
    assert!(
        then.contains("Not assessed<br>Answered in part by: C2 |"),
        "C1's link came later:\n{then}"
    );
    assert!(!then.contains("Answered by: C1"), "{then}");
}

#[test]
fn html_says_the_same_links_the_ids_and_stays_well_formed() {
    let p = with_recommendations();
    let page = to_html(&p, None);
    check_balanced(&page);
    says_all(
        &page,
        &[
            "Answered by: <a href=\"#c-C1\">C1</a>",
            "Answered in part by: <a href=\"#c-C2\">C2</a>",
            "Gone against by: <a href=\"#c-C2\">C2</a>",
            "Nothing answers this recommendation yet",
            "Answers in part: <a href=\"#c-UPR-1\">UPR-1</a>",
            "<h2>Recommendations in detail</h2>",
            "<li>UPR, paragraph 123.45, 4th cycle, Report of the Working Group on the UPR: Kazakhstan</li>",
            "<li>Response: Supported (2025-06-01)</li>",
            "<li>Text (summary): Lower the thresholds &lt;for&gt; registering parties</li>",
        ],
    );
    let then = to_html(&p, Some(d(EARLIER)));
    check_balanced(&then);
    assert!(then.contains("<li>No response yet</li>"));
    assert!(!then.contains("Answered by: <a href=\"#c-C1\">"));
}

#[test]
fn the_exports_speak_russian_and_kazakh() {
    let p = with_recommendations();
    set_language(Lang::Ru);
    let ru = to_markdown(&p, None);
    set_language(Lang::Kk);
    let kk = to_markdown(&p, None);
    set_language(Lang::En);
    assert!(
        ru.contains("На эту рекомендацию пока ничто не отвечает"),
        "{ru}"
    );
    assert!(ru.contains("- Термины: Суды\n"), "{ru}");
    assert!(
        kk.contains("Бұл ұсынымға әзірге ештеңе жауап бермейді"),
        "{kk}"
    );
    assert!(kk.contains("- Терминдер: Соттар\n"), "{kk}");
}

#[test]
fn the_citation_of_a_recommendation_names_mechanism_document_and_paragraph() {
    let p = with_recommendations();
    let line = report::citation(&p, &p.commitments[1], None);
    assert!(
        line.contains(
            "Recommendation: OSCE/ODIHR, paragraph 12, \
             ODIHR final report, early parliamentary elections 2023."
        ),
        "{line}"
    );
}

fn saved(dir: &Path, name: &str, p: &Project) -> PathBuf {
    let path = dir.join(name);
    save_file(&path, p).unwrap();
    path
}

#[test]
fn validate_warns_of_broken_links_unexplained_charges_bare_recommendations_and_unknown_terms() {
    let dir = tempfile::tempdir().unwrap();
    let good = saved(dir.path(), "good.ron", &with_recommendations());
    let out = succeeds(bin().arg("validate").arg(&good));
    let said = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        said.lines().count(),
        1,
        "a sound project has no warning: {said}"
    );
    assert!(said.contains("2 recommendations"), "{said}");

    let mut p = with_recommendations();
    p.commitments[4]
        .links
        .push(RecLink::new("C1", Relation::Answers));
    p.commitments[4]
        .links
        .push(RecLink::new("UPR-2", Relation::GoesAgainst));
    p.commitments[1].recommendation = None;
    p.commitments[2].terms.push("theme-nowhere".into());
    let flawed = saved(dir.path(), "flawed.ron", &p);
    let out = succeeds(bin().arg("validate").arg(&flawed));
    let said = String::from_utf8(out.stdout).unwrap();
    let warnings: Vec<&str> = said.lines().skip(1).collect();
    assert_eq!(
        warnings,
        [
            "  warning: UPR-2 is a recommendation without its details (mechanism, paragraph, response)",
            "  warning: C1 is tagged with the term “theme-nowhere”, which is in none of the project's vocabularies",
            "  warning: C3 links to “C1”, which is no recommendation of the project",
            "  warning: C3 goes against UPR-2 with no note saying why",
        ],
        "{said}"
    );
}

#[test]
fn diff_says_what_changed_in_links_terms_and_details() {
    let dir = tempfile::tempdir().unwrap();
    let before = with_recommendations();
    let mut after = before.clone();
    after.commitments[0]
        .recommendation
        .as_mut()
        .unwrap()
        .paragraph = "123.46".into();
    after.commitments[2].terms.retain(|t| t != "group-women");
    after.commitments[3].links[0].relation = Relation::Answers;
    after.commitments[4]
        .links
        .push(RecLink::new("UPR-2", Relation::Answers));
    let old = saved(dir.path(), "old.ron", &before);
    let new = saved(dir.path(), "new.ron", &after);
    let out = succeeds(bin().arg("diff").arg(&old).arg(&new));
    let said = String::from_utf8(out.stdout).unwrap();
    says_all(
        &said,
        &[
            "UPR-1 “Guarantee the independence of judges”\n  - Recommendation details changed: paragraph from “123.45” to “123.46”.\n",
            "C1 “Judicial council law”\n  - Term removed: Affected group: Women.\n",
            "C2 “Party registration threshold”\n  - Link to recommendation UPR-1 changed: relation from “Answers in part” to “Answers”.\n",
            "C3 “Media literacy programme”\n  - Link to recommendation UPR-2 added (Answers).\n",
        ],
    );
}

#[test]
fn the_export_command_writes_the_recommendation_sheets() {
    let dir = tempfile::tempdir().unwrap();
    let file = saved(dir.path(), "t.ron", &with_recommendations());
    let out_path = dir.path().join("t.xlsx");
    succeeds(
        bin()
            .arg("export")
            .arg(&file)
            .args(["--format", "xlsx", "--as-of", EARLIER, "-o"])
            .arg(&out_path),
    );
    let bytes = std::fs::read(&out_path).unwrap();
    let recs = sheet_rows(&bytes, dir.path(), "Recommendations");
    assert_eq!(
        recs[1][11], "C2 (Answers in part)",
        "as of the date asked for"
    );
}
