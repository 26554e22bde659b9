//! Exports with a period, read back: the "Changes in the period" section in HTML and Markdown,
//! the changes table beside a CSV, archived copies beside their originals, and the command
//! line's --from/--to, links and screenshot --view changes.

use crate::period_common;

use crate::cli_common;

use cli_common::{bin, succeeds};

use period_common::{d, project};
use reform_tracker::model::period::Period;
use reform_tracker::report::{self, ExportFormat, export_with_period};

fn q2() -> Option<Period> {
    Some(Period::new(d("2024-04-01"), d("2024-06-30")).unwrap())
}

#[test]
fn markdown_gets_the_changes_section_after_the_headline() {
    let (md, beside) = text_export(&project(), ExportFormat::Markdown, None, q2());
    assert!(beside.is_none());
    let section = md.find("## Changes in the period").expect("the section");
    assert!(md.find("## Headline").unwrap() < section);
    assert!(section < md.find("## Reforms").unwrap());
    for line in [
        "From 2024-04-01 to 2024-06-30",
        "Share fulfilled: 0% → 33% (+33 points)",
        "### 2 status changes",
        "#### Courts",
        "- 2024-04-01 · R1 Reform R1: In progress → Fulfilled. Why R1. Evidence: \
         [Link R1](<https://example.org/law?id=5&x=y>) \
         ([archived copy](<https://web.archive.org/web/20240401/https://example.org/law>))",
        "- 2024-06-30 · R2 Reform R2: No action → In progress. Why R2.",
        "| In progress | Fulfilled | 1 |",
        "| No action | In progress | 1 |",
        "### 1 evidence link added",
    ] {
        assert!(md.contains(line), "missing {line:?} in\n{md}");
    }
    assert!(!md.contains("Why R3"), "the day before From does not count");
    let (plain, _) = text_export(&project(), ExportFormat::Markdown, None, None);
    assert!(!plain.contains("Changes in the period"));
}

#[test]
fn html_gets_the_section_with_links_to_the_rows_and_the_archived_copy() {
    let (html, _) = text_export(&project(), ExportFormat::Html, None, q2());
    assert!(html.contains("<section class=\"period\">\n<h2>Changes in the period</h2>"));
    assert!(html.contains("<h4>Courts</h4>"));
    assert!(html.contains(
        "<li>2024-04-01 · <a href=\"#c-R1\">R1</a> Reform R1: In progress → Fulfilled. Why R1."
    ));
    assert!(html.contains(
        "(<a class=\"archived\" href=\"https://web.archive.org/web/20240401/https://example.org/law\" \
         rel=\"noopener noreferrer\">archived copy</a>)"
    ));
    assert!(html.contains("<table class=\"transitions\">"));
    assert!(!html.contains("Why R3"));
    let empty = Period::new(d("2020"), d("2020")).ok();
    let (quiet, _) = text_export(&project(), ExportFormat::Html, None, empty);
    assert!(quiet.contains("<p>Nothing changed in this period.</p>"));
}

#[test]
fn csv_writes_the_changes_table_beside_and_the_archived_copy_in_its_own_column() {
    let (main, beside) = text_export(&project(), ExportFormat::Csv, None, q2());
    let mut reader = csv::Reader::from_reader(main.trim_start_matches('\u{FEFF}').as_bytes());
    let header = reader.headers().unwrap().clone();
    let col = header
        .iter()
        .position(|h| h == "latest_evidence_archived")
        .unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(
        &rows[0][col],
        "https://web.archive.org/web/20240401/https://example.org/law"
    );
    assert_eq!(&rows[1][col], "");

    let table = beside.expect("a changes table");
    let mut reader = csv::Reader::from_reader(table.trim_start_matches('\u{FEFF}').as_bytes());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        report::period::CHANGES_HEADER
    );
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    let status: Vec<_> = rows.iter().filter(|r| r[0] == "status").collect();
    assert_eq!(status.len(), 2);
    assert_eq!(
        status[0][..8],
        [
            "status",
            "2024-04-01",
            "R1",
            "Reform R1",
            "Courts",
            "In progress",
            "Fulfilled",
            "Why R1"
        ]
    );
    assert_eq!(status[0][8], "https://example.org/law?id=5&x=y");
    assert_eq!(
        status[0][9],
        "https://web.archive.org/web/20240401/https://example.org/law"
    );
    assert_eq!(status[0][10..], ["2024-04-01", "2024-06-30"]);
    assert!(rows.iter().any(|r| r[0] == "evidence" && r[2] == "R1"));
    assert!(!rows.iter().any(|r| r[2] == "R3"));
    assert_eq!(
        report::period::changes_csv_path(std::path::Path::new("/x/q2.csv")),
        std::path::Path::new("/x/q2-changes.csv")
    );
}

#[test]
fn the_citation_line_shows_the_archived_copy_beside_the_original() {
    let p = project();
    let line = report::citation(&p, &p.commitments[0], None);
    assert!(
        line.ends_with(
            "Evidence: https://example.org/law?id=5&x=y \
             (archived copy: https://web.archive.org/web/20240401/https://example.org/law)"
        ),
        "{line}"
    );
    let without = report::citation(&p, &p.commitments[2], None);
    assert!(!without.contains("archived"), "{without}");
}

fn write_project(dir: &std::path::Path) -> std::path::PathBuf {
    let file = dir.join("p.ron");
    std::fs::write(
        &file,
        reform_tracker::storage::to_ron_string(&project()).unwrap(),
    )
    .unwrap();
    file
}

#[test]
fn export_on_the_command_line_takes_from_and_to() {
    let dir = tempfile::tempdir().unwrap();
    let file = write_project(dir.path());
    let md = dir.path().join("q2.md");
    succeeds(
        bin()
            .arg("export")
            .arg(&file)
            .args([
                "--format", "markdown", "--from", "2024-04", "--to", "2024-06", "-o",
            ])
            .arg(&md),
    );
    let text = std::fs::read_to_string(&md).unwrap();
    assert!(text.contains("## Changes in the period"));
    assert!(text.contains("From 2024-04-01 to 2024-06-30"));

    let csv = dir.path().join("q2.csv");
    let run = bin()
        .arg("export")
        .arg(&file)
        .args([
            "--format",
            "csv",
            "--from",
            "2024-04-01",
            "--to",
            "2024-06-30",
            "-o",
        ])
        .arg(&csv)
        .output()
        .unwrap();
    assert!(run.status.success());
    let said = String::from_utf8_lossy(&run.stdout);
    assert!(said.contains("q2-changes.csv"), "{said}");
    let table = std::fs::read_to_string(dir.path().join("q2-changes.csv")).unwrap();
    assert!(table.contains("status,2024-06-30,R2,"), "{table}");

    for (args, says) in [
        (
            vec!["--from", "2024-04-01"],
            "Give both dates of the period",
        ),
        (
            vec!["--from", "2024-06-30", "--to", "2024-04-01"],
            "The period ends (2024-04-01) before it starts (2024-06-30).",
        ),
    ] {
        let bad = dir.path().join("bad.md");
        let run = bin()
            .arg("export")
            .arg(&file)
            .args(["--format", "markdown"])
            .args(&args)
            .arg("-o")
            .arg(&bad)
            .output()
            .unwrap();
        assert!(!run.status.success());
        assert!(String::from_utf8_lossy(&run.stderr).contains(says));
        assert!(!bad.exists(), "nothing is written");
    }
}

#[test]
fn links_lists_every_link_with_its_commitment_date_and_archived_copy() {
    let dir = tempfile::tempdir().unwrap();
    let file = write_project(dir.path());
    let run = bin().arg("links").arg(&file).output().unwrap();
    assert!(run.status.success());
    let out = String::from_utf8(run.stdout).unwrap();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        [
            "commitment\tevidence\tdate\tarchived\turl\tarchived_url",
            "R1\t1\t2024-04-01\tyes\thttps://example.org/law?id=5&x=y\t\
             https://web.archive.org/web/20240401/https://example.org/law",
            "R2\t1\t\tno\thttps://akorda.kz/ru/послание\t",
            "R3\t1\t2024-03-31\tno\thttps://example.org/r3\t",
        ]
    );
    let said = String::from_utf8_lossy(&run.stderr);
    assert!(said.contains("3 links, 1 with an archived copy."), "{said}");
}

/// Needs no display: the screenshot is painted offscreen.
#[test]
fn screenshot_of_the_changes_view_for_a_period() {
    let dir = tempfile::tempdir().unwrap();
    let file = write_project(dir.path());
    let out = dir.path().join("changes.png");
    succeeds(
        bin()
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .arg("screenshot")
            .arg(&file)
            .args([
                "--view",
                "changes",
                "--from",
                "2024-04-01",
                "--to",
                "2024-06-30",
            ])
            .args(["--size", "800x600", "--scale", "1", "-o"])
            .arg(&out),
    );
    let image = image::open(&out).unwrap().to_rgba8();
    assert_eq!((image.width(), image.height()), (800, 600));
}

/// Printed from a browser, each category starts a page, colours are kept and every address
/// is written after its link.
#[test]
fn the_html_page_prints_one_category_per_page_with_colours_and_addresses() {
    let (html, _) = text_export(&project(), ExportFormat::Html, None, q2());
    assert_eq!(html.matches("<section class=\"category\">").count(), 2);
    assert!(html.contains("<section class=\"category\">\n<h3>Courts</h3>\n<table>"));
    assert!(html.contains("<section class=\"category\">\n<h3>Elections</h3>\n<table>"));
    let print = &html[html.find("@media print").expect("print rules")..];
    for rule in [
        "section.category{break-before:page}",
        "print-color-adjust:exact",
        "a[href]::after{content:' <' attr(href) '>'",
    ] {
        assert!(print.contains(rule), "missing {rule}");
    }
}

/// Every evidence link of the shipped tracker offers a lookup in the Wayback Machine.
#[test]
fn every_link_of_the_shipped_tracker_has_an_archive_lookup() {
    let p = reform_tracker::storage::shipped_tracker();
    let today = d("2026-01-01");
    let mut links = 0;
    for c in &p.commitments {
        for e in c.evidence.iter().filter(|e| !e.url.trim().is_empty()) {
            links += 1;
            let url = reform_tracker::model::archive::find_copy_url(&e.url, e.date, today);
            let url = url.unwrap_or_else(|| panic!("{} evidence {}: {}", c.id, e.id, e.url));
            assert!(url.starts_with("https://web.archive.org/web/"), "{url}");
        }
    }
    assert!(links > 100, "{links}");
}

/// A text export with its period, as the text a reader sees.
fn text_export(
    project: &reform_tracker::model::Project,
    format: ExportFormat,
    as_of: Option<reform_tracker::model::Date>,
    period: Option<reform_tracker::model::period::Period>,
) -> (String, Option<String>) {
    let (bytes, changes) = export_with_period(project, format, as_of, period).expect("export");
    (String::from_utf8(bytes).expect("UTF-8 text"), changes)
}

/// A workbook exported with a period carries the changes table as its last sheet, the same rows
/// as the CSV's, and still imports back as the whole project.
#[test]
fn the_workbook_gets_a_changes_sheet_and_still_imports_back_equal() {
    use calamine::Reader as _;
    let (bytes, beside) = export_with_period(&project(), ExportFormat::Xlsx, None, q2()).unwrap();
    assert!(beside.is_none(), "the table is inside the workbook");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("q2.xlsx");
    std::fs::write(&path, &bytes).unwrap();
    let mut book = calamine::open_workbook_auto(&path).unwrap();
    assert_eq!(
        book.sheet_names().last().map(String::as_str),
        Some("Changes")
    );
    let sheet = book.worksheet_range("Changes").unwrap();
    let rows: Vec<Vec<String>> = sheet
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    assert_eq!(rows[0], report::period::CHANGES_HEADER);
    let (_, table) = text_export(&project(), ExportFormat::Csv, None, q2());
    let csv_rows =
        csv::Reader::from_reader(table.unwrap().trim_start_matches('\u{FEFF}').as_bytes())
            .records()
            .count();
    assert_eq!(rows.len() - 1, csv_rows);
    assert_eq!(rows.iter().filter(|r| r[0] == "status").count(), 2);

    let limits = reform_tracker::storage::import::Limits::default();
    let read = reform_tracker::storage::import::read(&path, None, &limits, &|_, _| true).unwrap();
    assert!(read.ours, "our workbook is recognised");
    let targets = reform_tracker::model::import::propose(&read.main.header);
    let plan = reform_tracker::storage::import::plan_workbook(
        &read,
        &targets,
        None,
        "q2.xlsx",
        d("2026-01-01"),
    );
    assert_eq!(plan.result, project());
}
