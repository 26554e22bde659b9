//! Recommendations, links and vocabularies read back from our own exports.
//!
//! The workbook carries them whole: the Commitments sheet's `terms` column (item term ids), the
//! Recommendations sheet (one row per item with recommendation details), the Links sheet (one
//! row per link) and the Vocabularies sheet (the project's terms). Those two first sheets are
//! as of the export's date: a workbook exported as of a past day holds the responses and links
//! known that day, and its Project sheet names the day (`recommendations_as_of`).
//!
//! Our CSV carries what fits one row: the columns after the commitment's own, read here when
//! the file is imported as a new project. A link's date, note and evidence, a response's note,
//! a recommendation's cycle, language and summary mark, and the vocabularies' labels are not in
//! it.

use std::collections::HashMap;

use super::plan::Plan;
use super::refusal::{Refusal, RefusalReason};
use super::row::{list, unguard, yes_no};
use super::table::{Row, Sheet};
use super::workbook::{Columns, each_row, ids, item};
use crate::model::{
    Mechanism, Position, RecLink, Recommendation, Relation, Response, Term, Vocabulary,
};

pub const RECOMMENDATIONS: &str = "Recommendations";
pub const LINKS: &str = "Links";
pub const VOCABULARIES: &str = "Vocabularies";

/// The Commitments sheet's column of term ids, written only for projects with
/// recommendations, links or terms (the CSV's column of the same name).
pub const TERMS: &str = "terms";

/// Columns 1–12 are for reading (status, terms' labels and what answers it are worked out;
/// the document is the source's title); the import reads the others.
pub const RECOMMENDATIONS_HEADER: [&str; 15] = [
    "id",
    "text",
    "mechanism",
    "document",
    "paragraph",
    "cycle",
    "recommending",
    "response",
    "response_date",
    "status",
    "terms",
    "answered_by",
    "language",
    "summary",
    "response_note",
];

pub const LINKS_HEADER: [&str; 7] = [
    "commitment",
    "commitment_title",
    "relation",
    "recommendation",
    "date",
    "note",
    "evidence",
];

pub const VOCABULARIES_HEADER: [&str; 5] = ["id", "vocabulary", "en", "ru", "kk"];

/// The columns our CSV adds after a commitment's own for a project with recommendations.
pub const CSV_HEADER: [&str; 7] = [
    "mechanism",
    "paragraph",
    "recommending",
    "response",
    "response_date",
    TERMS,
    "links",
];

/// The value whose English name (as our files write it) is `text`.
fn by_name<T: Copy>(all: &[T], name: fn(T) -> &'static str, text: &str) -> Option<T> {
    all.iter().copied().find(|v| name(*v) == text.trim())
}

/// Ids of the items, by id.
type Index = HashMap<String, usize>;

/// Completes a new project from our workbook: a sheet that is there is the record, so items
/// it does not name have none of what it holds.
pub(super) fn restore(
    plan: &mut Plan,
    main: &Sheet,
    sheets: &[Sheet],
    index: &Index,
    refused: &mut Vec<Refusal>,
) {
    let by_name = |name: &str| sheets.iter().find(|s| s.name == name);
    terms_column(plan, main, index);
    if let Some(sheet) = by_name(RECOMMENDATIONS) {
        for c in &mut plan.result.commitments {
            c.recommendation = None;
        }
        let cols = Columns::new(sheet, &RECOMMENDATIONS_HEADER);
        let items = &mut plan.result.commitments;
        let read =
            |cols: &Columns<'_>, r: &Row| Ok((item(cols, r, "id", index)?, details(cols, r)?));
        each_row(&cols, refused, read, |(i, details)| {
            items[i].recommendation = Some(details);
        });
    }
    if let Some(sheet) = by_name(LINKS) {
        for c in &mut plan.result.commitments {
            c.links.clear();
        }
        let cols = Columns::new(sheet, &LINKS_HEADER);
        let items = &mut plan.result.commitments;
        let read = |cols: &Columns<'_>, r: &Row| {
            let link = RecLink {
                recommendation: cols.text(r, "recommendation").trim().to_owned(),
                relation: named(cols, r, "relation", &Relation::ALL, Relation::english_name)?,
                date: cols.date(r, "date")?,
                note: cols.text(r, "note"),
                evidence: ids(cols, r, "evidence")?,
            };
            Ok((item(cols, r, "commitment", index)?, link))
        };
        each_row(&cols, refused, read, |(i, link)| items[i].links.push(link));
    }
    if let Some(sheet) = by_name(VOCABULARIES) {
        let cols = Columns::new(sheet, &VOCABULARIES_HEADER);
        let terms = &mut plan.result.terms;
        let read = |cols: &Columns<'_>, r: &Row| {
            Ok(Term {
                id: cols.text(r, "id").trim().to_owned(),
                vocabulary: named(
                    cols,
                    r,
                    "vocabulary",
                    &Vocabulary::ALL,
                    Vocabulary::english_name,
                )?,
                en: cols.text(r, "en"),
                ru: cols.text(r, "ru"),
                kk: cols.text(r, "kk"),
            })
        };
        each_row(&cols, refused, read, |term| terms.push(term));
    }
}

/// A cell holding one of `all` by its English name.
fn named<T: Copy>(
    cols: &Columns<'_>,
    r: &Row,
    key: &str,
    all: &[T],
    name: fn(T) -> &'static str,
) -> Result<T, RefusalReason> {
    by_name(all, name, &cols.text(r, key)).ok_or_else(|| cols.bad(r, key))
}

/// What both our workbook and our CSV carry of a recommendation: mechanism, paragraph,
/// recommending and response (with its note from `note_key` where the table has one). `text`
/// reads a cell's free text as the table keeps it.
fn carried_details(
    cols: &Columns<'_>,
    r: &Row,
    text: &dyn Fn(&str) -> String,
    note_key: Option<&str>,
) -> Result<Recommendation, RefusalReason> {
    Ok(Recommendation {
        mechanism: named(
            cols,
            r,
            "mechanism",
            &Mechanism::ALL,
            Mechanism::english_name,
        )?,
        paragraph: text("paragraph"),
        recommending: list(&text("recommending"), &[';']),
        response: response(cols, r, note_key)?,
        ..Recommendation::default()
    })
}

/// A Recommendations row's details. Columns a workbook written before they were added lacks
/// keep the defaults.
fn details(cols: &Columns<'_>, r: &Row) -> Result<Recommendation, RefusalReason> {
    let mut d = carried_details(cols, r, &|k| cols.text(r, k), Some("response_note"))?;
    d.cycle = cols.text(r, "cycle");
    if cols.has("language") {
        d.language = cols.text(r, "language");
    }
    if cols.has("summary") {
        let text = cols.text(r, "summary");
        d.summary =
            !text.trim().is_empty() && yes_no(&text).ok_or_else(|| cols.bad(r, "summary"))?;
    }
    Ok(d)
}

/// The response in the `response` and `response_date` columns (none when blank), with its
/// note from `note_key` where the table has one.
fn response(
    cols: &Columns<'_>,
    r: &Row,
    note_key: Option<&str>,
) -> Result<Option<Response>, RefusalReason> {
    if cols.text(r, "response").trim().is_empty() {
        return Ok(None);
    }
    Ok(Some(Response {
        position: named(cols, r, "response", &Position::ALL, Position::english_name)?,
        date: cols.date(r, "response_date")?,
        note: note_key.map(|k| cols.text(r, k)).unwrap_or_default(),
    }))
}

/// Item terms from the main sheet's `terms` column, when it has one. A row the plan refused
/// names no item and was reported already.
fn terms_column(plan: &mut Plan, main: &Sheet, index: &Index) {
    let cols = Columns::new(main, &["id", TERMS]);
    if !cols.has(TERMS) {
        return;
    }
    for r in &main.rows {
        if let Ok(i) = item(&cols, r, "id", index) {
            plan.result.commitments[i].terms = list(&cols.text(r, TERMS), &[';']);
        }
    }
}

/// Whether a table is our CSV with its recommendation columns (written last, in this order).
pub fn is_our_csv(header: &[String]) -> bool {
    header.len() > CSV_HEADER.len()
        && header[header.len() - CSV_HEADER.len()..]
            .iter()
            .zip(CSV_HEADER)
            .all(|(h, key)| h.trim() == key)
}

/// Completes a new project from our CSV's recommendation columns. An item with no mechanism
/// has no recommendation details; a link comes back without its date, note and evidence, a
/// response without its note (the CSV does not carry them).
pub fn restore_csv(plan: &mut Plan, sheet: &Sheet) {
    let index: Index = plan
        .result
        .commitments
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.clone(), i))
        .collect();
    terms_column(plan, sheet, &index);
    let mut keys = vec!["id"];
    keys.extend(CSV_HEADER);
    let cols = Columns::new(sheet, &keys);
    let mut refused = Vec::new();
    let items = &mut plan.result.commitments;
    let read = |cols: &Columns<'_>, r: &Row| {
        // Rows the plan refused name no item and were reported already.
        let Ok(i) = item(cols, r, "id", &index) else {
            return Ok(None);
        };
        let details = if cols.text(r, "mechanism").trim().is_empty() {
            None
        } else {
            // The CSV guards text a spreadsheet would run with an apostrophe.
            let text = |k: &str| unguard(&cols.text(r, k));
            Some(carried_details(cols, r, &text, None)?)
        };
        let links =
            links_cell(&unguard(&cols.text(r, "links"))).ok_or_else(|| cols.bad(r, "links"))?;
        Ok(Some((i, details, links)))
    };
    each_row(&cols, &mut refused, read, |made| {
        if let Some((i, details, links)) = made {
            items[i].recommendation = details;
            items[i].links = links;
        }
    });
    plan.refused.extend(refused);
}

/// "UPR-1 (Answers); UPR-2 (Goes against)" as links, or `None` when a part is not of that form.
fn links_cell(text: &str) -> Option<Vec<RecLink>> {
    list(text, &[';'])
        .iter()
        .map(|part| {
            let (id, relation) = part.strip_suffix(')')?.rsplit_once(" (")?;
            let relation = by_name(&Relation::ALL, Relation::english_name, relation)?;
            Some(RecLink::new(id.trim(), relation))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_links_cell_reads_back_and_a_stray_part_is_refused() {
        let links = links_cell("UPR-1 (Answers); ODIHR (2) (Answers in part)").unwrap();
        assert_eq!(
            links,
            [
                RecLink::new("UPR-1", Relation::Answers),
                RecLink::new("ODIHR (2)", Relation::AnswersInPart)
            ]
        );
        assert_eq!(links_cell(""), Some(Vec::new()));
        assert_eq!(links_cell("UPR-1"), None);
        assert_eq!(links_cell("UPR-1 (Maybe)"), None);
    }

    #[test]
    fn only_our_csv_header_ends_in_the_recommendation_columns() {
        let header = |keys: &[&str]| keys.iter().map(|k| (*k).to_owned()).collect::<Vec<_>>();
        let mut ours = vec!["id", "kind"];
        ours.extend(CSV_HEADER);
        assert!(is_our_csv(&header(&ours)));
        assert!(!is_our_csv(&header(&CSV_HEADER)));
        assert!(!is_our_csv(&header(&["id", "mechanism", "links"])));
    }
}
