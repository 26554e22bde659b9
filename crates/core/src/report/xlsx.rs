//! Excel export: a workbook a colleague opens with colours and filters, and that imports back
//! into an equal project (`model::import::workbook` reads it).
//!
//! Sheets: Commitments (one row each, frozen header, filters, status cells in the app's
//! colours), Evidence, History, Notes, Sources, and Project (the facts and the status scale).
//! Headers are the same machine keys as the CSV export, so they mean the same in every
//! language. Full dates are real dates; a date known only to the month or year stays text
//! ("2022-07"), as the project keeps it. Links are hyperlinks only when they pass the same
//! check as in the window. The workbook is the whole tracker, not a view as of a date.
//!
//! A project with recommendations (or links to them, or vocabulary terms) gains a `terms`
//! column on the Commitments sheet (term ids) and sheets before Project: Recommendations (one
//! row per item with recommendation details: its details, its response and status as of the
//! export's date, its terms' labels and what answers it), Links (one row per link from a
//! commitment to a recommendation known on that date, with its date, note and evidence ids)
//! and, when the project has terms, Vocabularies (id, vocabulary and the three labels). Their
//! headers are machine keys too, and `model::import::recommendations` reads them back. Without
//! a date they are the whole record; exported as of a day they are a picture of that day (the
//! record sheets above stay whole, as they always were), and the Project sheet says which day
//! so an import can tell.
//!
//! Cells are written as strings, never as formulas, so text starting with "=" stays text.

use rust_xlsxwriter::{Color, ExcelDateTime, Format, Url, Workbook, Worksheet, XlsxError};

use super::palette::{status_rgb, status_text_rgb};
use super::recommendation_words::{
    answered_by_cell, carries_recommendations, document, response_cells, term_labels,
};
use super::undecided::{Column, Undecided};
use crate::model::import::recommendations::TERMS;
use crate::model::import::workbook::{
    COMMITMENTS, EVIDENCE, EVIDENCE_HEADER, HISTORY, HISTORY_HEADER, INTERNAL_ITEM, NOTES,
    NOTES_HEADER, PROJECT, PROJECT_HEADER, RECOMMENDATIONS_AS_OF, SOURCES, SOURCES_HEADER,
};
use crate::model::summary::status_of;
use crate::model::{Commitment, Confidence, Date, Project, Status, links};

pub const COMMITMENTS_HEADER: [&str; 22] = [
    "id",
    "kind",
    "actor",
    "parent",
    "title",
    "quote",
    "source",
    "date_committed",
    "category",
    "responsible",
    "deadline",
    "status",
    "status_date",
    "importance",
    "concern",
    "tags",
    "next_evidence_id",
    "replaced_on",
    "replaced_by",
    "replaced_partly",
    "replaced_note",
    "replaced_evidence",
];

pub use crate::model::import::recommendations::{
    LINKS, LINKS_HEADER, RECOMMENDATIONS, RECOMMENDATIONS_HEADER, VOCABULARIES, VOCABULARIES_HEADER,
};

/// The workbook's bytes, or why it could not be made (e.g. a text longer than Excel's
/// 32,767 characters per cell).
pub fn to_xlsx(project: &Project) -> Result<Vec<u8>, String> {
    to_xlsx_with(project, None, None)
}

/// The workbook, with a last sheet "Changes" holding a period's changes table (the same
/// rows and columns as the CSV's `NAME-changes.csv`) when one is given. The recommendation
/// sheets are as of `as_of` (`None`: now).
pub fn to_xlsx_with(
    project: &Project,
    as_of: Option<Date>,
    changes_csv: Option<&str>,
) -> Result<Vec<u8>, String> {
    build(project, as_of, changes_csv)
        .map_err(|e| crate::t!("xlsx-export-failed", error = e.to_string()))
}

/// The sheet a period's changes go in; an import of the workbook passes it by.
pub const CHANGES: &str = "Changes";

/// Copies the changes table into its own sheet, every cell as text.
fn changes_sheet(ws: &mut Worksheet, table: &str, f: &Formats) -> Result<(), XlsxError> {
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(table.trim_start_matches('\u{FEFF}').as_bytes());
    let mut rows = 0u32;
    let mut columns = 1usize;
    for (r, record) in reader.records().flatten().enumerate() {
        let r = r as u32;
        columns = columns.max(record.len());
        for (c, cell) in record.iter().enumerate() {
            if r == 0 {
                ws.write_string_with_format(0, c as u16, cell, &f.header)?;
            } else {
                text(ws, r, c as u16, cell)?;
            }
        }
        rows = r + 1;
    }
    ws.set_freeze_panes(1, 0)?;
    filter(ws, rows, columns)
}

struct Formats {
    header: Format,
    date: Format,
    status: Vec<Format>,
}

fn build(
    project: &Project,
    as_of: Option<Date>,
    changes_csv: Option<&str>,
) -> Result<Vec<u8>, XlsxError> {
    let f = Formats {
        header: Format::new().set_bold(),
        date: Format::new().set_num_format("yyyy-mm-dd"),
        status: Status::ALL
            .iter()
            .map(|s| {
                Format::new()
                    .set_background_color(Color::RGB(rgb(status_rgb(*s))))
                    .set_font_color(Color::RGB(rgb(status_text_rgb(*s))))
            })
            .collect(),
    };
    let mut book = Workbook::new();
    let carries = carries_recommendations(project);
    commitments(
        book.add_worksheet().set_name(COMMITMENTS)?,
        project,
        carries,
        &f,
    )?;
    let ws = table(
        book.add_worksheet().set_name(EVIDENCE)?,
        &EVIDENCE_HEADER,
        &f,
    )?;
    let mut r = 1;
    for c in &project.commitments {
        for e in &c.evidence {
            text(ws, r, 0, &c.id)?;
            ws.write_number(r, 1, e.id)?;
            link(ws, r, 2, &e.url)?;
            text(ws, r, 3, &e.title)?;
            text(ws, r, 4, &e.publisher)?;
            date(ws, r, 5, e.date, &f)?;
            text(ws, r, 6, &e.note)?;
            text(ws, r, 7, confidence(e.confidence))?;
            link(ws, r, 8, e.archived.as_deref().unwrap_or_default())?;
            if e.internal {
                ws.write_boolean(r, 9, true)?;
            }
            r += 1;
        }
    }
    filter(ws, r, EVIDENCE_HEADER.len())?;
    let ws = table(book.add_worksheet().set_name(HISTORY)?, &HISTORY_HEADER, &f)?;
    let mut r = 1;
    for c in &project.commitments {
        for h in &c.history {
            text(ws, r, 0, &c.id)?;
            date(ws, r, 1, Some(h.date), &f)?;
            status(ws, r, 2, h.from, &f)?;
            status(ws, r, 3, h.to, &f)?;
            text(ws, r, 4, &h.note)?;
            text(ws, r, 5, &ids(&h.evidence))?;
            r += 1;
        }
    }
    filter(ws, r, HISTORY_HEADER.len())?;
    let ws = table(book.add_worksheet().set_name(NOTES)?, &NOTES_HEADER, &f)?;
    let mut r = 1;
    for c in &project.commitments {
        for n in &c.notes {
            text(ws, r, 0, &c.id)?;
            date(ws, r, 1, Some(n.date), &f)?;
            text(ws, r, 2, &n.text)?;
            if n.public {
                ws.write_boolean(r, 3, true)?;
            }
            r += 1;
        }
    }
    filter(ws, r, NOTES_HEADER.len())?;
    let ws = table(book.add_worksheet().set_name(SOURCES)?, &SOURCES_HEADER, &f)?;
    for (i, s) in project.sources.iter().enumerate() {
        let r = i as u32 + 1;
        text(ws, r, 0, &s.id)?;
        text(ws, r, 1, &s.title)?;
        text(ws, r, 2, &s.publisher)?;
        date(ws, r, 3, s.date, &f)?;
        link(ws, r, 4, &s.url)?;
        text(ws, r, 5, &s.note)?;
    }
    if carries {
        recommendations_sheet(
            book.add_worksheet().set_name(RECOMMENDATIONS)?,
            project,
            as_of,
            &f,
        )?;
        links_sheet(book.add_worksheet().set_name(LINKS)?, project, as_of, &f)?;
        if !project.terms.is_empty() {
            vocabularies_sheet(book.add_worksheet().set_name(VOCABULARIES)?, project, &f)?;
        }
    }
    let facts_sheet = facts(book.add_worksheet().set_name(PROJECT)?, project, &f)?;
    if let Some(day) = as_of.filter(|_| carries) {
        // After the scale, so workbooks without these sheets keep every cell where it was.
        let r = 7 + Status::ALL.len() as u32;
        text(facts_sheet, r, 0, RECOMMENDATIONS_AS_OF)?;
        date(facts_sheet, r, 1, Some(day), &f)?;
    }
    // One row per internal item, after the rows above, so older readers pass them over.
    let internal = project.commitments.iter().filter(|c| c.internal);
    for (i, c) in internal.enumerate() {
        let r = 8 + Status::ALL.len() as u32 + i as u32;
        text(facts_sheet, r, 0, INTERNAL_ITEM)?;
        text(facts_sheet, r, 1, &c.id)?;
    }
    if let Some(table) = changes_csv {
        changes_sheet(book.add_worksheet().set_name(CHANGES)?, table, &f)?;
    }
    book.save_to_buffer()
}

/// The Commitments sheet; `terms` adds the column of term ids after the others.
fn commitments(ws: &mut Worksheet, p: &Project, terms: bool, f: &Formats) -> Result<(), XlsxError> {
    let mut header = COMMITMENTS_HEADER.to_vec();
    if terms {
        header.push(TERMS);
    }
    table(ws, &header, f)?;
    let undecided = Undecided::of(p);
    for (i, c) in p.commitments.iter().enumerate() {
        commitment_row(ws, i as u32 + 1, c, f)?;
        if terms {
            text(
                ws,
                i as u32 + 1,
                COMMITMENTS_HEADER.len() as u16,
                &c.terms.join("; "),
            )?;
        }
        // A value a merge left undecided says so in its cell, in place of our side's value.
        for (column, at) in [
            (Column::Kind, 1),
            (Column::Actor, 2),
            (Column::Title, 4),
            (Column::Category, 8),
            (Column::Deadline, 10),
            (Column::Status, 11),
        ] {
            if let Some(marker) = undecided.cell(&c.id, column) {
                ws.write_string(i as u32 + 1, at, &marker)?;
            }
        }
    }
    filter(ws, p.commitments.len() as u32 + 1, header.len())?;
    for (col, width) in [
        (0, 8.0),
        (2, 20.0),
        (4, 50.0),
        (5, 40.0),
        (8, 20.0),
        (11, 18.0),
    ] {
        ws.set_column_width(col, width)?;
    }
    Ok(())
}

fn commitment_row(
    ws: &mut Worksheet,
    r: u32,
    c: &Commitment,
    f: &Formats,
) -> Result<(), XlsxError> {
    text(ws, r, 0, &c.id)?;
    text(ws, r, 1, c.kind.english_name())?;
    text(ws, r, 2, &c.actor)?;
    text(ws, r, 3, c.parent.as_deref().unwrap_or(""))?;
    text(ws, r, 4, &c.title)?;
    text(ws, r, 5, &c.quote)?;
    text(ws, r, 6, &c.source)?;
    date(ws, r, 7, c.date_committed, f)?;
    text(ws, r, 8, &c.category)?;
    text(ws, r, 9, &c.responsible)?;
    date(ws, r, 10, c.deadline, f)?;
    status(ws, r, 11, c.status, f)?;
    date(ws, r, 12, c.last_change(), f)?;
    ws.write_number(r, 13, c.importance)?;
    ws.write_boolean(r, 14, c.concern)?;
    text(ws, r, 15, &c.tags.join(", "))?;
    ws.write_number(r, 16, c.next_evidence_id)?;
    if let Some(m) = &c.replaced {
        date(ws, r, 17, Some(m.date), f)?;
        text(ws, r, 18, &m.by.join("; "))?;
        ws.write_boolean(r, 19, m.partial)?;
        text(ws, r, 20, &m.note)?;
        text(ws, r, 21, &ids(&m.evidence))?;
    }
    Ok(())
}

/// One row per item with recommendation details (whatever its kind, so that none is lost), as
/// of the date.
fn recommendations_sheet(
    ws: &mut Worksheet,
    p: &Project,
    as_of: Option<Date>,
    f: &Formats,
) -> Result<(), XlsxError> {
    table(ws, &RECOMMENDATIONS_HEADER, f)?;
    let all: Vec<_> = p
        .commitments
        .iter()
        .filter_map(|c| Some((c, c.recommendation.as_ref()?)))
        .collect();
    for (i, (c, rec)) in all.iter().enumerate() {
        let r = i as u32 + 1;
        let (response, response_date) = response_cells(rec, as_of);
        text(ws, r, 0, &c.id)?;
        text(ws, r, 1, &c.quote)?;
        text(ws, r, 2, rec.mechanism.english_name())?;
        text(ws, r, 3, &document(p, c))?;
        text(ws, r, 4, &rec.paragraph)?;
        text(ws, r, 5, &rec.cycle)?;
        text(ws, r, 6, &rec.recommending.join("; "))?;
        text(ws, r, 7, &response)?;
        date(ws, r, 8, response_date, f)?;
        status(ws, r, 9, status_of(c, as_of), f)?;
        text(ws, r, 10, &term_labels(p, &c.terms).join("; "))?;
        text(ws, r, 11, &answered_by_cell(p, &c.id, as_of))?;
        text(ws, r, 12, &rec.language)?;
        ws.write_boolean(r, 13, rec.summary)?;
        if let Some(known) = rec.response_on(as_of) {
            text(ws, r, 14, &known.note)?;
        }
    }
    filter(ws, all.len() as u32 + 1, RECOMMENDATIONS_HEADER.len())?;
    ws.set_column_width(1, 60.0)?;
    ws.set_column_width(3, 30.0)?;
    Ok(())
}

/// One row per link from a commitment to a recommendation known on the date.
fn links_sheet(
    ws: &mut Worksheet,
    p: &Project,
    as_of: Option<Date>,
    f: &Formats,
) -> Result<(), XlsxError> {
    table(ws, &LINKS_HEADER, f)?;
    let mut r = 1;
    for c in &p.commitments {
        for l in c.links_on(as_of) {
            text(ws, r, 0, &c.id)?;
            text(ws, r, 1, &c.title)?;
            text(ws, r, 2, l.relation.english_name())?;
            text(ws, r, 3, &l.recommendation)?;
            date(ws, r, 4, l.date, f)?;
            text(ws, r, 5, &l.note)?;
            text(ws, r, 6, &ids(&l.evidence))?;
            r += 1;
        }
    }
    filter(ws, r, LINKS_HEADER.len())?;
    ws.set_column_width(1, 40.0)?;
    ws.set_column_width(5, 60.0)?;
    Ok(())
}

/// The project's terms, one row each, with the English name of their vocabulary.
fn vocabularies_sheet(ws: &mut Worksheet, p: &Project, f: &Formats) -> Result<(), XlsxError> {
    table(ws, &VOCABULARIES_HEADER, f)?;
    for (i, t) in p.terms.iter().enumerate() {
        let r = i as u32 + 1;
        text(ws, r, 0, &t.id)?;
        text(ws, r, 1, t.vocabulary.english_name())?;
        text(ws, r, 2, &t.en)?;
        text(ws, r, 3, &t.ru)?;
        text(ws, r, 4, &t.kk)?;
    }
    filter(ws, p.terms.len() as u32 + 1, VOCABULARIES_HEADER.len())?;
    ws.set_column_width(0, 24.0)?;
    Ok(())
}

fn facts<'a>(
    ws: &'a mut Worksheet,
    p: &Project,
    f: &Formats,
) -> Result<&'a mut Worksheet, XlsxError> {
    table(ws, &PROJECT_HEADER, f)?;
    text(ws, 1, 0, "title")?;
    text(ws, 1, 1, &p.title)?;
    text(ws, 2, 0, "description")?;
    text(ws, 2, 1, &p.description)?;
    text(ws, 3, 0, "as_of")?;
    date(ws, 3, 1, p.as_of, f)?;
    text(ws, 4, 0, "format_version")?;
    ws.write_number(4, 1, p.format_version)?;
    // The scale, so a reader of the workbook alone knows what each status means.
    for (i, s) in Status::ALL.iter().enumerate() {
        let r = 6 + i as u32;
        text(ws, r, 0, "scale")?;
        status(ws, r, 1, *s, f)?;
        text(ws, r, 2, s.label())?;
        text(ws, r, 3, s.definition())?;
    }
    ws.set_column_width(0, 16.0)?;
    ws.set_column_width(1, 40.0)?;
    ws.set_column_width(3, 80.0)?;
    Ok(ws)
}

/// Writes the bold header and freezes it.
fn table<'a>(
    ws: &'a mut Worksheet,
    header: &[&str],
    f: &Formats,
) -> Result<&'a mut Worksheet, XlsxError> {
    for (i, h) in header.iter().enumerate() {
        ws.write_string_with_format(0, i as u16, *h, &f.header)?;
    }
    ws.set_freeze_panes(1, 0)?;
    Ok(ws)
}

fn filter(ws: &mut Worksheet, rows: u32, columns: usize) -> Result<(), XlsxError> {
    ws.autofilter(0, 0, rows.saturating_sub(1).max(1), columns as u16 - 1)?;
    Ok(())
}

fn text(ws: &mut Worksheet, r: u32, c: u16, s: &str) -> Result<(), XlsxError> {
    if !s.is_empty() {
        ws.write_string(r, c, s)?;
    }
    Ok(())
}

fn status(ws: &mut Worksheet, r: u32, c: u16, s: Status, f: &Formats) -> Result<(), XlsxError> {
    ws.write_string_with_format(r, c, s.english_name(), &f.status[s.index()])?;
    Ok(())
}

/// A full date as a real date; a month or a year as the text the project keeps.
fn date(ws: &mut Worksheet, r: u32, c: u16, d: Option<Date>, f: &Formats) -> Result<(), XlsxError> {
    let Some(d) = d else { return Ok(()) };
    match (d.month(), d.day()) {
        (Some(m), Some(day)) => {
            let dt = ExcelDateTime::from_ymd(d.year() as u16, m as u8, day as u8)?;
            ws.write_datetime_with_format(r, c, &dt, &f.date)?;
        }
        _ => {
            ws.write_string(r, c, d.to_string())?;
        }
    }
    Ok(())
}

/// A hyperlink when the address passes the window's check; plain text otherwise.
fn link(ws: &mut Worksheet, r: u32, c: u16, url: &str) -> Result<(), XlsxError> {
    if links::check_link(url).openable().is_some()
        && ws.write_url(r, c, Url::new(url).set_text(url)).is_ok()
    {
        return Ok(());
    }
    text(ws, r, c, url)
}

fn ids(ids: &[u32]) -> String {
    ids.iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

fn confidence(c: Confidence) -> &'static str {
    match c {
        Confidence::Seen => "Seen",
        Confidence::Secondary => "Secondary",
        Confidence::Unverified => "Unverified",
    }
}

fn rgb(c: [u8; 3]) -> u32 {
    u32::from(c[0]) << 16 | u32::from(c[1]) << 8 | u32::from(c[2])
}
