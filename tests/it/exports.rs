//! CSV and Markdown exports, read back the way their readers would; formats and citation.

use crate::common;

use common::{CYRILLIC, PROJECT_TITLE, d, sample};
use reform_tracker::model::Status;
use reform_tracker::report::{self, ExportFormat, to_csv, to_html, to_markdown};

// ---------- CSV ----------

fn read_csv(text: &str) -> (Vec<String>, Vec<csv::StringRecord>) {
    let body = text
        .strip_prefix('\u{FEFF}')
        .expect("starts with a UTF-8 byte-order mark");
    let mut reader = csv::ReaderBuilder::new().from_reader(body.as_bytes());
    let header = reader
        .headers()
        .expect("header")
        .iter()
        .map(str::to_owned)
        .collect();
    let records = reader
        .records()
        .collect::<Result<_, _>>()
        .expect("every row parses");
    (header, records)
}

#[test]
fn csv_has_a_header_then_one_record_per_commitment_with_titles_intact() {
    let p = sample();
    let text = to_csv(&p, Some(d("2023-02-01")));
    let (header, records) = read_csv(&text);
    assert_eq!(
        header,
        [
            "id",
            "kind",
            "actor",
            "category",
            "title",
            "status",
            "status_date",
            "deadline",
            "evidence_count",
            "latest_evidence_url",
            "replaced_on",
            "replaced_by",
            "replaced_partly",
            "replaces",
            "project",
            "as_of",
            "scale",
            "latest_evidence_archived",
            "parent",
            "quote",
            "source",
            "date_committed",
            "responsible",
            "importance",
            "concern",
            "tags",
            "latest_note",
        ]
    );
    assert_eq!(records.len(), p.commitments.len());
    for (rec, c) in records.iter().zip(&p.commitments) {
        assert_eq!(&rec[0], c.id);
        let title = &rec[4];
        if c.id == "R4" || c.id == "P2" {
            // The formula guard: one leading apostrophe, the rest byte-identical.
            assert_eq!(title, format!("'{}", c.title), "{}", c.id);
        } else {
            assert_eq!(title, c.title, "{}", c.id);
        }
        assert_eq!(&rec[14], PROJECT_TITLE);
        assert_eq!(&rec[15], "2023-02-01");
        for s in Status::ALL {
            assert!(rec[16].contains(s.label()));
        }
    }
    assert!(
        records[0][4].starts_with(CYRILLIC),
        "Cyrillic survives the round trip"
    );
    assert!(
        records[2][4].contains('\n'),
        "the line break inside a title is kept"
    );
}

#[test]
fn csv_statuses_dates_and_evidence_are_as_of_the_date() {
    let p = sample();
    let (_, then) = read_csv(&to_csv(&p, Some(d("2023-02-01"))));
    let col = |rows: &[csv::StringRecord], i: usize, c: usize| rows[i][c].to_owned();
    // R1: in progress since 2022-06-05; the second evidence item came later.
    assert_eq!(col(&then, 0, 5), "In progress");
    assert_eq!(col(&then, 0, 6), "2022-06-05");
    assert_eq!(col(&then, 0, 8), "1");
    assert_eq!(col(&then, 0, 9), "https://www.akorda.kz/en/draft");
    assert_eq!(
        col(&then, 4, 5),
        "Not assessed",
        "P1 was reviewed only in May 2023"
    );
    assert_eq!(col(&then, 4, 6), "");

    let (_, now) = read_csv(&to_csv(&p, None));
    assert_eq!(col(&now, 0, 5), "Partially fulfilled");
    assert_eq!(col(&now, 0, 6), "2023-03-19");
    assert_eq!(col(&now, 0, 8), "2");
    assert_eq!(col(&now, 0, 9), "https://www.akorda.kz/en/law-signed");
    assert_eq!(
        col(&now, 0, 15),
        reform_tracker::model::Date::today().to_string(),
        "figures from the whole history are today's, whatever the project's own date"
    );
    assert_eq!(
        col(&now, 2, 7),
        "2022-12",
        "partial deadlines keep their precision"
    );
}

#[test]
fn csv_uses_crlf_row_endings_and_quotes_only_inside_fields() {
    let text = to_csv(&sample(), None);
    assert!(text.ends_with("\r\n"));
    let bare_newlines = text
        .match_indices('\n')
        .filter(|(i, _)| !text[..*i].ends_with('\r'))
        .count();
    assert_eq!(
        bare_newlines, 1,
        "only the line break inside R3's quoted title"
    );
    assert!(
        text.contains("\"Set up a \"\"Constitutional Court\"\", with direct access for citizens\"")
    );
}

#[test]
fn csv_formula_guard_covers_every_column() {
    let mut p = sample();
    p.commitments[0].actor = "@SUM(A1)".into();
    p.commitments[0].category = "+1".into();
    let (_, rows) = read_csv(&to_csv(&p, None));
    assert_eq!(&rows[0][2], "'@SUM(A1)");
    assert_eq!(&rows[0][3], "'+1");
    for row in &rows {
        for cell in row {
            assert!(
                !cell.starts_with(['=', '+', '-', '@']),
                "unguarded cell {cell:?}"
            );
        }
    }
}

// ---------- Markdown ----------

/// Splits a table row on pipes that are not backslash-escaped.
fn md_cells(line: &str) -> Vec<String> {
    let mut cells = vec![String::new()];
    let mut escaped = false;
    for ch in line.chars() {
        match ch {
            '|' if !escaped => cells.push(String::new()),
            _ => cells.last_mut().expect("one cell").push(ch),
        }
        escaped = ch == '\\' && !escaped;
    }
    cells
}

#[test]
fn markdown_has_one_table_row_per_commitment_with_pipes_escaped() {
    let p = sample();
    let md = to_markdown(&p, None);
    let rows: Vec<&str> = md
        .lines()
        .filter(|l| {
            p.commitments
                .iter()
                .any(|c| l.starts_with(&format!("| {} |", c.id)))
        })
        .collect();
    assert_eq!(rows.len(), p.commitments.len());
    for row in &rows {
        // Five cells plus the empty text before the first and after the last border.
        assert_eq!(md_cells(row).len(), 7, "{row}");
    }
    let r3 = rows
        .iter()
        .find(|l| l.starts_with("| R3 |"))
        .expect("R3 row");
    assert!(r3.contains("Media law<br>second line \\| with a pipe"));
    assert!(md.contains(CYRILLIC));
}

#[test]
fn markdown_states_as_of_figures_scale_and_links_only_safe_addresses() {
    let p = sample();
    let md = to_markdown(&p, Some(d("2023-02-01")));
    assert!(md.contains("as of 2023-02-01"));
    assert!(md.contains("- In progress: 2"));
    assert!(md.contains("Fulfilled: 1 of 4 assessed (25%)"));
    assert!(md.contains("partially fulfilled: 0 of 4 assessed (0%)"));
    assert!(md.contains("the 2 not assessed yet are left out"));
    for s in Status::ALL {
        assert!(
            md.contains(&format!("| {} | ", s.label())),
            "scale row for {s:?}"
        );
    }
    assert!(md.contains("[Draft published](<https://www.akorda.kz/en/draft>)"));
    assert!(!md.contains("](<javascript") && !md.contains("](javascript"));
    assert!(md.contains("Suspicious link (` javascript:alert(1) `)"));
    assert!(md.contains("\\<script\\>"), "markup in titles is escaped");
}

// ---------- Formats and citation ----------

#[test]
fn export_formats_parse_and_dispatch() {
    assert_eq!(ExportFormat::from_name("CSV"), Some(ExportFormat::Csv));
    assert_eq!(ExportFormat::from_name("md"), Some(ExportFormat::Markdown));
    assert_eq!(
        ExportFormat::from_name("markdown"),
        Some(ExportFormat::Markdown)
    );
    assert_eq!(ExportFormat::from_name(" html "), Some(ExportFormat::Html));
    assert_eq!(ExportFormat::from_name("pdf"), None);
    let p = sample();
    let as_of = Some(d("2023-02-01"));
    for f in ExportFormat::ALL {
        assert_eq!(ExportFormat::from_name(f.extension()), Some(f));
    }
    let text = |f| String::from_utf8(report::export(&p, f, as_of).unwrap()).unwrap();
    assert_eq!(text(ExportFormat::Csv), to_csv(&p, as_of));
    assert_eq!(text(ExportFormat::Markdown), to_markdown(&p, as_of));
    assert_eq!(text(ExportFormat::Html), to_html(&p, as_of));
    let xlsx = report::export(&p, ExportFormat::Xlsx, as_of).unwrap();
    assert!(xlsx.starts_with(b"PK"), "an xlsx workbook is a zip file");
}

#[test]
fn citation_names_title_status_date_and_source() {
    let p = sample();
    let line = report::citation(&p, &p.commitments[0], Some(d("2023-02-01")));
    assert_eq!(
        line,
        format!(
            "\"{CYRILLIC}: lower the party registration threshold\" — In progress as of 2023-02-01 \
             ({PROJECT_TITLE}). Source: State of the Nation Address, Akorda, 2022-03-16, \
             https://www.akorda.kz/en/address-2022"
        )
    );
    let now = report::citation(&p, &p.commitments[0], None);
    let today = reform_tracker::model::Date::today();
    assert!(
        now.contains(&format!("Partially fulfilled as of {today}")),
        "{now}"
    );

    // One line even for a multi-line title; a script address is left out.
    let r3 = report::citation(&p, &p.commitments[2], None);
    assert!(!r3.contains('\n'));
    let p1 = report::citation(&p, &p.commitments[4], None);
    assert!(
        p1.ends_with("Source: Joint statement, U.S. Department of State, 2023-09"),
        "{p1}"
    );
}

// ---------- Dates ----------

/// With no date asked for, every export is for today (its statuses come from the whole
/// history), and says so; the project's "assessments current to" date is a separate fact.
#[test]
fn exports_say_the_date_their_figures_are_for_and_apart_how_current_the_assessments_are() {
    let project = reform_tracker::storage::shipped_tracker();
    let today = reform_tracker::model::Date::today().to_string();
    let current = project
        .as_of
        .expect("the shipped tracker says how current it is");
    for (name, text) in [
        ("markdown", to_markdown(&project, None)),
        ("html", to_html(&project, None)),
    ] {
        assert!(
            text.contains(&format!("Status as of {today}.")),
            "{name} is dated today"
        );
        assert!(
            text.contains(&format!("Assessments current to {current}.")),
            "{name} says how current the assessments are"
        );
        assert!(
            !text.contains(&format!("Status as of {current}")),
            "{name} does not pass the assessments' date off as the figures' date"
        );
    }
    let (header, records) = read_csv(&to_csv(&project, None));
    let column = header
        .iter()
        .position(|h| h == "as_of")
        .expect("as_of column");
    assert!(records.iter().all(|r| r[column] == today));
    let cited = report::citation(&project, &project.commitments[0], None);
    assert!(cited.contains(&today), "{cited}");

    // A date asked for is the date stated, with the assessments' date beside it.
    let asked = to_markdown(&project, Some(d("2024-06-30")));
    assert!(asked.contains("Status as of 2024-06-30"));
    assert!(asked.contains(&format!("Assessments current to {current}.")));
}
