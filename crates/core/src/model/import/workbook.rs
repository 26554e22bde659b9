//! Our own workbook (`report::xlsx`) read back whole: the evidence, history, notes, sources
//! and project facts sheets complete what the commitments sheet gives, so an export imports
//! back to an equal project. Recommendations, links and vocabularies are read by
//! [`super::recommendations`].

use std::collections::HashMap;

use super::plan::Plan;
use super::recommendations;
use super::refusal::{Refusal, RefusalReason};
use super::row::{date_of, list};
use super::status_words::parse_status;
use super::table::{Cell, ReadNote, Row, Sheet};
use crate::model::{Confidence, Date, Evidence, Note, SourceDoc, StatusChange};

pub const COMMITMENTS: &str = "Commitments";
pub const EVIDENCE: &str = "Evidence";
pub const HISTORY: &str = "History";
pub const NOTES: &str = "Notes";
pub const SOURCES: &str = "Sources";
pub const PROJECT: &str = "Project";

pub const EVIDENCE_HEADER: [&str; 10] = [
    "commitment",
    "id",
    "url",
    "title",
    "publisher",
    "date",
    "note",
    "confidence",
    "archived",
    "internal",
];
pub const HISTORY_HEADER: [&str; 6] = ["commitment", "date", "from", "to", "note", "evidence"];
pub const NOTES_HEADER: [&str; 4] = ["commitment", "date", "text", "public"];
pub const SOURCES_HEADER: [&str; 6] = ["id", "title", "publisher", "date", "url", "note"];
pub const PROJECT_HEADER: [&str; 2] = ["field", "value"];
/// The Project sheet's row giving the date the Recommendations and Links sheets are a picture
/// of, when the workbook was exported as of a date.
pub const RECOMMENDATIONS_AS_OF: &str = "recommendations_as_of";
/// The Project sheet's rows naming, one each, the items kept off the website.
pub const INTERNAL_ITEM: &str = "internal_item";

/// Whether a workbook's sheets are the ones our export writes.
pub fn is_ours(sheet_names: &[String]) -> bool {
    [COMMITMENTS, EVIDENCE, HISTORY, NOTES]
        .iter()
        .all(|n| sheet_names.iter().any(|s| s == n))
}

/// Reads one sheet's rows by its header keys.
pub(super) struct Columns<'a> {
    pub(super) sheet: &'a Sheet,
    at: HashMap<&'static str, usize>,
}

impl<'a> Columns<'a> {
    pub(super) fn new(sheet: &'a Sheet, keys: &[&'static str]) -> Self {
        let at = keys
            .iter()
            .filter_map(|k| Some((*k, sheet.column(k)?)))
            .collect();
        Self { sheet, at }
    }

    /// Whether the sheet has the column: workbooks written before it was added lack it.
    pub(super) fn has(&self, key: &str) -> bool {
        self.at.contains_key(key)
    }

    fn cell<'r>(&self, row: &'r Row, key: &str) -> &'r Cell {
        self.at.get(key).map_or(&Cell::Empty, |i| row.cell(*i))
    }

    pub(super) fn text(&self, row: &Row, key: &str) -> String {
        match self.cell(row, key) {
            Cell::Text(s) => s.clone(),
            other => other.text(),
        }
    }

    pub(super) fn date(&self, row: &Row, key: &str) -> Result<Option<Date>, RefusalReason> {
        let cell = self.cell(row, key);
        if cell.is_blank() {
            return Ok(None);
        }
        date_of(cell)
            .map(Some)
            .ok_or_else(|| RefusalReason::BadDate {
                column: format!("{}: {key}", self.sheet.name),
                text: cell.text(),
            })
    }

    pub(super) fn bad(&self, row: &Row, key: &str) -> RefusalReason {
        RefusalReason::BadValue {
            column: format!("{}: {key}", self.sheet.name),
            text: self.cell(row, key).text(),
        }
    }
}

/// Completes a plan made from our commitments sheet (`main`) into a new project with the other
/// sheets. Rows of those sheets that cannot be read are refused like any row, with the sheet
/// named.
pub fn restore(plan: &mut Plan, main: &Sheet, sheets: &[Sheet]) {
    let by_name = |name: &str| sheets.iter().find(|s| s.name == name);
    let index: HashMap<String, usize> = plan
        .result
        .commitments
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.clone(), i))
        .collect();
    let mut refused = Vec::new();
    if let Some(sheet) = by_name(HISTORY) {
        restore_history(plan, sheet, &index, &mut refused);
    }
    if let Some(sheet) = by_name(EVIDENCE) {
        restore_evidence(plan, sheet, &index, &mut refused);
    }
    if let Some(sheet) = by_name(NOTES) {
        restore_notes(plan, sheet, &index, &mut refused);
    }
    if let Some(sheet) = by_name(SOURCES) {
        // The sheet holds the whole documents: a recommendation's row stood one in for its
        // document (see `plan`), which the sheet's own now replaces.
        let stand_ins = std::mem::take(&mut plan.new_sources);
        plan.result.sources.retain(|s| !stand_ins.contains(&s.id));
        let cols = Columns::new(sheet, &SOURCES_HEADER);
        let sources = &mut plan.result.sources;
        each_row(&cols, &mut refused, read_source, |source| {
            sources.push(source)
        });
    }
    if let Some(sheet) = by_name(PROJECT) {
        restore_project(plan, sheet, &mut refused);
    }
    recommendations::restore(plan, main, sheets, &index, &mut refused);
    // The replacement's evidence and next id columns came with the commitments sheet.
    plan.status_changes = plan
        .result
        .commitments
        .iter()
        .map(|c| c.history.len())
        .sum();
    plan.refused.extend(refused);
    plan.keep_unknown_sources();
}

/// Reads each row of a sheet with `read`, hands what it made to `keep`, and lists a row it
/// refuses with its reason.
pub(super) fn each_row<T>(
    cols: &Columns<'_>,
    refused: &mut Vec<Refusal>,
    read: impl Fn(&Columns<'_>, &Row) -> Result<T, RefusalReason>,
    mut keep: impl FnMut(T),
) {
    for r in &cols.sheet.rows {
        match read(cols, r) {
            Ok(made) => keep(made),
            Err(reason) => refused.push(Refusal {
                row: r.number,
                reason,
            }),
        }
    }
}

/// The history sheet is the record: it replaces the entries the plan made from the status.
fn restore_history(
    plan: &mut Plan,
    sheet: &Sheet,
    index: &HashMap<String, usize>,
    refused: &mut Vec<Refusal>,
) {
    for c in &mut plan.result.commitments {
        c.history.clear();
    }
    let cols = Columns::new(sheet, &HISTORY_HEADER);
    let commitments = &mut plan.result.commitments;
    let read = |cols: &Columns<'_>, r: &Row| {
        let i = owner(cols, r, index)?;
        let date = cols.date(r, "date")?.ok_or_else(|| cols.bad(r, "date"))?;
        let status = |key| parse_status(&cols.text(r, key)).ok_or_else(|| cols.bad(r, key));
        let change = StatusChange {
            date,
            from: status("from")?,
            to: status("to")?,
            note: cols.text(r, "note"),
            evidence: ids(cols, r, "evidence")?,
        };
        Ok((i, change))
    };
    each_row(&cols, refused, read, |(i, change)| {
        commitments[i].history.push(change);
    });
}

fn restore_evidence(
    plan: &mut Plan,
    sheet: &Sheet,
    index: &HashMap<String, usize>,
    refused: &mut Vec<Refusal>,
) {
    let cols = Columns::new(sheet, &EVIDENCE_HEADER);
    let commitments = &mut plan.result.commitments;
    let read = |cols: &Columns<'_>, r: &Row| {
        let i = owner(cols, r, index)?;
        let id = cols.text(r, "id").parse().map_err(|_| cols.bad(r, "id"))?;
        let confidence = match cols.text(r, "confidence").as_str() {
            "Secondary" => Confidence::Secondary,
            "Unverified" => Confidence::Unverified,
            "Seen" | "" => Confidence::Seen,
            _ => return Err(cols.bad(r, "confidence")),
        };
        let e = Evidence {
            id,
            url: cols.text(r, "url"),
            title: cols.text(r, "title"),
            publisher: cols.text(r, "publisher"),
            date: cols.date(r, "date")?,
            note: cols.text(r, "note"),
            confidence,
            archived: Some(cols.text(r, "archived")).filter(|a| !a.is_empty()),
            internal: flag(cols, r, "internal")?,
        };
        Ok((i, e))
    };
    each_row(&cols, refused, read, |(i, e)| {
        let c = &mut commitments[i];
        // Ids kept as written: history and replacements cite them.
        c.next_evidence_id = c.next_evidence_id.max(e.id + 1);
        c.evidence.push(e);
    });
}

fn restore_notes(
    plan: &mut Plan,
    sheet: &Sheet,
    index: &HashMap<String, usize>,
    refused: &mut Vec<Refusal>,
) {
    for c in &mut plan.result.commitments {
        c.notes.clear();
    }
    let cols = Columns::new(sheet, &NOTES_HEADER);
    let commitments = &mut plan.result.commitments;
    let read = |cols: &Columns<'_>, r: &Row| {
        let i = owner(cols, r, index)?;
        let date = cols.date(r, "date")?.ok_or_else(|| cols.bad(r, "date"))?;
        let text = cols.text(r, "text");
        let public = flag(cols, r, "public")?;
        Ok((i, Note { date, text, public }))
    };
    each_row(&cols, refused, read, |(i, n)| commitments[i].notes.push(n));
}

/// A yes/no column; blank (or missing, in a workbook made before it) is no.
fn flag(cols: &Columns<'_>, r: &Row, key: &str) -> Result<bool, RefusalReason> {
    match cols.text(r, key).trim() {
        "" => Ok(false),
        text => super::row::yes_no(text).ok_or_else(|| cols.bad(r, key)),
    }
}

fn read_source(cols: &Columns<'_>, r: &Row) -> Result<SourceDoc, RefusalReason> {
    Ok(SourceDoc {
        id: cols.text(r, "id"),
        title: cols.text(r, "title"),
        publisher: cols.text(r, "publisher"),
        date: cols.date(r, "date")?,
        url: cols.text(r, "url"),
        note: cols.text(r, "note"),
    })
}

/// The project's own fields, one per row; a row naming no field we know is passed over.
fn restore_project(plan: &mut Plan, sheet: &Sheet, refused: &mut Vec<Refusal>) {
    let cols = Columns::new(sheet, &PROJECT_HEADER);
    let project = &mut plan.result;
    let mut picture = None;
    let read = |cols: &Columns<'_>, r: &Row| {
        let value = cols.text(r, "value");
        Ok(match cols.text(r, "field").as_str() {
            "title" => Some(ProjectField::Title(value)),
            "description" => Some(ProjectField::Description(value)),
            "as_of" => Some(ProjectField::AsOf(cols.date(r, "value")?)),
            RECOMMENDATIONS_AS_OF => cols.date(r, "value")?.map(ProjectField::PictureOf),
            INTERNAL_ITEM => Some(ProjectField::Internal(value)),
            _ => None,
        })
    };
    each_row(&cols, refused, read, |field| match field {
        Some(ProjectField::Title(t)) => project.title = t,
        Some(ProjectField::Description(d)) => project.description = d,
        Some(ProjectField::AsOf(d)) => project.as_of = d,
        Some(ProjectField::PictureOf(date)) => picture = Some(date),
        Some(ProjectField::Internal(id)) => {
            for c in project.commitments.iter_mut().filter(|c| c.id == id) {
                c.internal = true;
            }
        }
        None => {}
    });
    if let Some(date) = picture {
        plan.notes.push(ReadNote::RecommendationsAsOf { date });
    }
}

enum ProjectField {
    Title(String),
    Description(String),
    AsOf(Option<crate::model::Date>),
    /// The date the Recommendations and Links sheets show.
    PictureOf(Date),
    /// An item kept off the website, by id.
    Internal(String),
}

fn owner(
    cols: &Columns<'_>,
    r: &Row,
    index: &HashMap<String, usize>,
) -> Result<usize, RefusalReason> {
    item(cols, r, "commitment", index)
}

/// The index of the item whose id is in column `key`.
pub(super) fn item(
    cols: &Columns<'_>,
    r: &Row,
    key: &str,
    index: &HashMap<String, usize>,
) -> Result<usize, RefusalReason> {
    index
        .get(cols.text(r, key).trim())
        .copied()
        .ok_or_else(|| cols.bad(r, key))
}

pub(super) fn ids(cols: &Columns<'_>, r: &Row, key: &str) -> Result<Vec<u32>, RefusalReason> {
    list(&cols.text(r, key), &[';', ','])
        .iter()
        .map(|s| s.parse().map_err(|_| cols.bad(r, key)))
        .collect()
}
