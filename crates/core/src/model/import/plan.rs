//! What an import would do, worked out before anything changes: the project it would give,
//! which commitments are new or updated, how many statuses change, and every refused row
//! with its number and reason. Applying the plan is taking its `result`.

use std::collections::{HashMap, HashSet};

use super::apply;
use super::mapping::Target;
use super::refusal::{Refusal, RefusalReason};
use super::row;
use super::status_map::StatusWords;
use super::table::{ReadNote, Sheet};
use super::uhri;
use crate::model::{Commitment, Date, Kind, Project, SourceDoc, Term, Vocabulary};

#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    /// The file's name, as history notes and the summary give it.
    pub file_name: String,
    /// The project once the import is applied.
    pub result: Project,
    /// Ids of commitments the import adds, in sheet order.
    pub new: Vec<String>,
    /// Ids of existing commitments whose fields it changes.
    pub updated: Vec<String>,
    pub status_changes: usize,
    pub refused: Vec<Refusal>,
    /// Rows imported with something to check: evidence addresses left out as unsafe, source
    /// ids that name no source document.
    pub warnings: Vec<Refusal>,
    pub notes: Vec<ReadNote>,
    /// Ids of vocabulary terms the import adds (a recommendation's themes, groups, SDGs).
    pub new_terms: Vec<String>,
    /// Ids of source documents the import adds (a recommendation's document).
    pub new_sources: Vec<String>,
    pub rows_read: usize,
    pub blank_rows: usize,
}

impl Plan {
    /// Whether applying it would change nothing.
    pub fn is_empty(&self) -> bool {
        self.new.is_empty() && self.updated.is_empty()
    }
}

/// Works out the import of `sheet` with one target per column, into `base` (merged by id) or,
/// without one, into a new project named after the file; status words as the app knows them.
pub fn plan(
    sheet: &Sheet,
    targets: &[Target],
    base: Option<&Project>,
    file_name: &str,
    today: Date,
) -> Plan {
    plan_with(
        sheet,
        targets,
        &StatusWords::default(),
        base,
        file_name,
        today,
    )
}

/// [`plan`] with the user's choices for status words.
pub fn plan_with(
    sheet: &Sheet,
    targets: &[Target],
    words: &StatusWords,
    base: Option<&Project>,
    file_name: &str,
    today: Date,
) -> Plan {
    let mut result = base.cloned().unwrap_or_else(|| Project {
        title: file_stem(file_name),
        ..Project::default()
    });
    let existing = result.commitments.len();
    let mut index: HashMap<String, usize> = result
        .commitments
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.clone(), i))
        .collect();
    let note = crate::t!("import-history-note", file = file_name);
    let id_column = targets.iter().position(|t| *t == Target::Id);
    // Ids given in the sheet, so an id made up for a row without one never takes another's.
    let mut used: HashSet<String> = index.keys().cloned().collect();
    if let Some(col) = id_column {
        used.extend(sheet.rows.iter().map(|r| r.cell(col).text()));
    }
    let first_rows = first_rows(sheet, targets, id_column);
    let mut plan = Plan {
        file_name: file_name.to_owned(),
        result: Project::default(),
        new: Vec::new(),
        updated: Vec::new(),
        status_changes: 0,
        refused: Vec::new(),
        warnings: Vec::new(),
        notes: sheet.notes.clone(),
        new_terms: Vec::new(),
        new_sources: Vec::new(),
        rows_read: sheet.rows.len(),
        blank_rows: 0,
    };
    for r in &sheet.rows {
        let refuse = |plan: &mut Plan, reason| {
            plan.refused.push(Refusal {
                row: r.number,
                reason,
            })
        };
        if row::is_blank(r, targets) {
            plan.blank_rows += 1;
            continue;
        }
        // Judged on the whole sheet: a later row with an id is a duplicate even when the
        // first row with it is refused for another reason.
        if let Some(col) = id_column {
            let given = r.cell(col).text();
            if let Some(&first_row) = first_rows.get(&given)
                && first_row != r.number
            {
                refuse(
                    &mut plan,
                    RefusalReason::DuplicateId {
                        id: given,
                        first_row,
                    },
                );
                continue;
            }
        }
        let fields = match row::read(r, targets, &sheet.header, words) {
            Ok(f) => f,
            Err(reason) => {
                refuse(&mut plan, reason);
                continue;
            }
        };
        // A recommendation's text gives a title when the sheet has none.
        let title = fields.title.as_ref().or(fields.default_title.as_ref());
        let id = match (&fields.id, title) {
            (Some(id), _) => id.clone(),
            (None, Some(_)) => fresh_id(&mut used, fields.kind.unwrap_or(Kind::Reform)),
            (None, None) => {
                refuse(&mut plan, RefusalReason::MissingIdAndTitle);
                continue;
            }
        };
        let (mut c, is_new) = match index.get(&id) {
            Some(&i) if i < existing => (result.commitments[i].clone(), false),
            _ => match title {
                Some(title) => (
                    Commitment::new(id.clone(), fields.kind.unwrap_or(Kind::Reform), title),
                    true,
                ),
                None => {
                    refuse(&mut plan, RefusalReason::MissingTitle { id });
                    continue;
                }
            },
        };
        let before = c.clone();
        apply::fill(&mut c, &fields);
        let (cited, unsafe_links) = apply::add_evidence(&mut c, &fields.evidence_urls);
        let status_changed = match apply::record(&mut c, &fields, cited, &note, today) {
            Ok(changed) => changed,
            Err(reason) => {
                refuse(&mut plan, reason);
                continue;
            }
        };
        if let Some(t) = &fields.default_title
            && c.title.trim().is_empty()
        {
            c.title.clone_from(t);
        }
        set_terms(
            &mut result.terms,
            &mut c,
            &fields.terms,
            &mut plan.new_terms,
        );
        if c.kind == Kind::Recommendation
            && let Some(symbol) = &fields.source
            && !result.sources.iter().any(|s| s.id == *symbol)
        {
            // A recommendation's document symbol names its document: one is added with the
            // symbol as its title rather than left as an id that names nothing.
            result.sources.push(SourceDoc {
                id: symbol.clone(),
                title: symbol.clone(),
                publisher: String::new(),
                date: fields.date_committed,
                url: String::new(),
                note: String::new(),
            });
            plan.new_sources.push(symbol.clone());
        }
        plan.warnings
            .extend(unsafe_links.into_iter().map(|reason| Refusal {
                row: r.number,
                reason,
            }));
        if let Some(source) = &fields.source {
            plan.warnings.push(Refusal {
                row: r.number,
                reason: RefusalReason::UnknownSource { id: source.clone() },
            });
        }
        plan.status_changes += usize::from(status_changed);
        if is_new {
            index.insert(id.clone(), result.commitments.len());
            result.commitments.push(c);
            plan.new.push(id);
        } else if c != before {
            if let Some(&i) = index.get(&id) {
                result.commitments[i] = c;
            }
            plan.updated.push(id);
        }
    }
    plan.result = result;
    plan.keep_unknown_sources();
    plan
}

impl Plan {
    /// Keeps only the source warnings whose id names no source document of the result (a
    /// workbook's Sources sheet may add it after the rows are read).
    pub fn keep_unknown_sources(&mut self) {
        let sources = &self.result.sources;
        self.warnings.retain(|w| match &w.reason {
            RefusalReason::UnknownSource { id } => sources.iter().all(|s| s.id != *id),
            _ => true,
        });
    }
}

/// Gives the item the row's terms: for each vocabulary the row fills, its terms of that
/// vocabulary are the row's (terms of other vocabularies stay); missing terms are added to
/// the project, their ids noted in `added`.
fn set_terms(
    terms: &mut Vec<Term>,
    c: &mut Commitment,
    given: &[(Vocabulary, Vec<String>)],
    added: &mut Vec<String>,
) {
    for (vocabulary, labels) in given {
        let before = terms.len();
        let ids: Vec<String> = labels
            .iter()
            .filter_map(|l| uhri::find_or_add_term(terms, *vocabulary, l))
            .collect();
        added.extend(terms[before..].iter().map(|t| t.id.clone()));
        let of_vocabulary = |id: &String| {
            terms
                .iter()
                .any(|t| t.id == *id && t.vocabulary == *vocabulary)
        };
        c.terms.retain(|id| !of_vocabulary(id));
        for id in ids {
            if !c.terms.contains(&id) {
                c.terms.push(id);
            }
        }
    }
}

/// The first row of each id the sheet gives (blank rows aside).
fn first_rows(
    sheet: &Sheet,
    targets: &[Target],
    id_column: Option<usize>,
) -> HashMap<String, usize> {
    let mut first = HashMap::new();
    let Some(col) = id_column else { return first };
    for r in &sheet.rows {
        let id = r.cell(col).text();
        if !id.is_empty() && !row::is_blank(r, targets) {
            first.entry(id).or_insert(r.number);
        }
    }
    first
}

/// `R7`, `O3`: the first free number for the kind, as the window gives new commitments.
fn fresh_id(used: &mut HashSet<String>, kind: Kind) -> String {
    let prefix = match kind {
        Kind::Reform => "R",
        Kind::PartnershipOffer => "O",
        Kind::Recommendation => "REC",
    };
    let id = (1..)
        .map(|n| format!("{prefix}{n}"))
        .find(|id| !used.contains(id))
        .unwrap_or_else(|| prefix.to_owned());
    used.insert(id.clone());
    id
}

fn file_stem(file_name: &str) -> String {
    std::path::Path::new(file_name).file_stem().map_or_else(
        || file_name.to_owned(),
        |s| s.to_string_lossy().into_owned(),
    )
}
