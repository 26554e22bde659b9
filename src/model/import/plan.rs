//! What an import would do, worked out before anything changes: the project it would give,
//! which commitments are new or updated, how many statuses change, and every refused row
//! with its number and reason. Applying the plan is taking its `result`.

use std::collections::{HashMap, HashSet};

use super::mapping::Target;
use super::row::{self, Fields};
use super::table::{ReadNote, Sheet};
use crate::model::{Commitment, Date, Evidence, Kind, Note, Project, Replacement, links};

#[derive(Clone, Debug, PartialEq)]
pub enum RefusalReason {
    MissingIdAndTitle,
    /// A new id with no title: nothing to call the commitment.
    MissingTitle {
        id: String,
    },
    BadDate {
        column: String,
        text: String,
    },
    UnknownStatus {
        word: String,
    },
    DuplicateId {
        id: String,
        first_row: usize,
    },
    Formula {
        column: String,
    },
    CellTooLarge {
        column: String,
        chars: usize,
    },
    BadValue {
        column: String,
        text: String,
    },
    /// The status date falls before the last change recorded: history is never rewritten.
    BeforeHistory {
        date: Date,
        last: Date,
    },
    /// An evidence address that would never be opened; the rest of the row is imported.
    UnsafeLink {
        url: String,
        why: String,
    },
}

impl RefusalReason {
    pub fn message(&self) -> String {
        match self {
            RefusalReason::MissingIdAndTitle => crate::t!("import-refused-no-id-title"),
            RefusalReason::MissingTitle { id } => {
                crate::t!("import-refused-no-title", id = id.as_str())
            }
            RefusalReason::BadDate { column, text } => crate::t!(
                "import-refused-bad-date",
                column = column.as_str(),
                text = text.as_str()
            ),
            RefusalReason::UnknownStatus { word } => {
                crate::t!("import-refused-unknown-status", word = word.as_str())
            }
            RefusalReason::DuplicateId { id, first_row } => crate::t!(
                "import-refused-duplicate-id",
                id = id.as_str(),
                row = *first_row
            ),
            RefusalReason::Formula { column } => {
                crate::t!("import-refused-formula", column = column.as_str())
            }
            RefusalReason::CellTooLarge { column, chars } => crate::t!(
                "import-refused-cell-too-large",
                column = column.as_str(),
                count = *chars
            ),
            RefusalReason::BadValue { column, text } => crate::t!(
                "import-refused-bad-value",
                column = column.as_str(),
                text = text.as_str()
            ),
            RefusalReason::BeforeHistory { date, last } => crate::t!(
                "import-refused-before-history",
                date = date.to_string(),
                last = last.to_string()
            ),
            RefusalReason::UnsafeLink { url, why } => crate::t!(
                "import-refused-unsafe-link",
                url = url.as_str(),
                reason = why.as_str()
            ),
        }
    }
}

/// A row left out (or, for an unsafe link, a link left out), by its spreadsheet row number.
#[derive(Clone, Debug, PartialEq)]
pub struct Refusal {
    pub row: usize,
    pub reason: RefusalReason,
}

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
    /// Evidence addresses refused as unsafe (their rows are imported without them).
    pub unsafe_links: Vec<Refusal>,
    pub notes: Vec<ReadNote>,
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
/// without one, into a new project named after the file.
pub fn plan(
    sheet: &Sheet,
    targets: &[Target],
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
    let mut plan = Plan {
        file_name: file_name.to_owned(),
        result: Project::default(),
        new: Vec::new(),
        updated: Vec::new(),
        status_changes: 0,
        refused: Vec::new(),
        unsafe_links: Vec::new(),
        notes: sheet.notes.clone(),
        rows_read: sheet.rows.len(),
        blank_rows: 0,
    };
    let mut seen: HashMap<String, usize> = HashMap::new();
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
        let fields = match row::read(r, targets, &sheet.header) {
            Ok(f) => f,
            Err(reason) => {
                refuse(&mut plan, reason);
                continue;
            }
        };
        let id = match (&fields.id, &fields.title) {
            (Some(id), _) => id.clone(),
            (None, Some(_)) => fresh_id(&mut used, fields.kind.unwrap_or(Kind::Reform)),
            (None, None) => {
                refuse(&mut plan, RefusalReason::MissingIdAndTitle);
                continue;
            }
        };
        if let Some(first_row) = seen.get(&id) {
            let reason = RefusalReason::DuplicateId {
                id,
                first_row: *first_row,
            };
            refuse(&mut plan, reason);
            continue;
        }
        seen.insert(id.clone(), r.number);
        let (mut c, is_new) = match index.get(&id) {
            Some(&i) if i < existing => (result.commitments[i].clone(), false),
            _ => match &fields.title {
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
        let status_changed = match fill(&mut c, &fields, &note, today) {
            Ok(changed) => changed,
            Err(reason) => {
                refuse(&mut plan, reason);
                continue;
            }
        };
        for url in &fields.evidence_urls {
            if let Some(why) = links::evidence_refusal(url) {
                plan.unsafe_links.push(Refusal {
                    row: r.number,
                    reason: RefusalReason::UnsafeLink {
                        url: url.clone(),
                        why,
                    },
                });
            } else if c.evidence.iter().all(|e| e.url != *url) {
                let mut e = Evidence::new(0);
                e.url = url.clone();
                c.add_evidence(e);
            }
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
    plan
}

/// Sets every field the row gives; returns whether the status changed (a new history entry).
fn fill(c: &mut Commitment, f: &Fields, note: &str, today: Date) -> Result<bool, RefusalReason> {
    if let Some(k) = f.kind {
        c.kind = k;
    }
    let text = |slot: &mut String, value: &Option<String>| {
        if let Some(v) = value {
            slot.clone_from(v);
        }
    };
    text(&mut c.actor, &f.actor);
    text(&mut c.title, &f.title);
    text(&mut c.quote, &f.quote);
    text(&mut c.source, &f.source);
    text(&mut c.category, &f.category);
    text(&mut c.responsible, &f.responsible);
    if f.parent.is_some() {
        c.parent.clone_from(&f.parent);
    }
    if f.date_committed.is_some() {
        c.date_committed = f.date_committed;
    }
    if f.deadline.is_some() {
        c.deadline = f.deadline;
    }
    if let Some(i) = f.importance {
        c.importance = i;
    }
    if let Some(b) = f.concern {
        c.concern = b;
    }
    if let Some(tags) = &f.tags {
        c.tags.clone_from(tags);
    }
    if let Some(n) = f.next_evidence_id {
        c.next_evidence_id = c.next_evidence_id.max(n);
    }
    if let Some(on) = f.replaced_on {
        let old = c.replaced.take();
        c.replaced = Some(Replacement {
            date: on,
            by: f
                .replaced_by
                .clone()
                .or_else(|| old.as_ref().map(|o| o.by.clone()))
                .unwrap_or_default(),
            partial: f
                .replaced_partly
                .or(old.as_ref().map(|o| o.partial))
                .unwrap_or(false),
            note: f
                .replaced_note
                .clone()
                .or_else(|| old.as_ref().map(|o| o.note.clone()))
                .unwrap_or_default(),
            evidence: f
                .replaced_evidence
                .clone()
                .or_else(|| old.as_ref().map(|o| o.evidence.clone()))
                .unwrap_or_default(),
        });
    }
    if let Some(text) = &f.note
        && c.notes.iter().all(|n| n.text != *text)
    {
        c.notes.push(Note {
            date: today,
            text: text.clone(),
        });
    }
    match f.status {
        Some(to) if to != c.status => {
            let date = f.status_date.unwrap_or(today);
            if let Some(last) = c.last_change()
                && !last.first_day().on_or_before(date.first_day())
            {
                return Err(RefusalReason::BeforeHistory { date, last });
            }
            c.change_status(to, date, note.to_owned(), Vec::new());
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// `R7`, `O3`: the first free number for the kind, as the window gives new commitments.
fn fresh_id(used: &mut HashSet<String>, kind: Kind) -> String {
    let prefix = match kind {
        Kind::Reform => "R",
        Kind::PartnershipOffer => "O",
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
