//! What changed between two versions of a project, per commitment, for a reviewer.

use super::merge::conflict::{COMMITMENT_FIELDS, get};
use super::merge::{Field, Value};
use super::{Commitment, Evidence, Note, Project, SourceDoc, StatusChange};

/// One change, with what a sentence about it needs.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    Added,
    Removed,
    /// A status change recorded since, with the links it cites.
    StatusChanged(StatusChange, Vec<Evidence>),
    EvidenceAdded(Evidence),
    EvidenceRemoved(Evidence),
    EvidenceEdited(Evidence, Evidence),
    NoteAdded(Note),
    NoteRemoved(Note),
    Edited(Field, Value, Value),
    SourceAdded(SourceDoc),
    SourceRemoved(SourceDoc),
    SourceEdited(SourceDoc, SourceDoc),
}

/// The changes to one commitment (or, with an empty id, to the project itself).
#[derive(Clone, Debug, PartialEq)]
pub struct Changes {
    pub id: String,
    pub title: String,
    pub changes: Vec<Change>,
}

pub fn compare(old: &Project, new: &Project) -> Vec<Changes> {
    let mut out = Vec::new();
    let project = project_changes(old, new);
    if !project.is_empty() {
        out.push(Changes {
            id: String::new(),
            title: new.title.clone(),
            changes: project,
        });
    }
    let find = |p: &Project, id: &str| p.commitments.iter().find(|c| c.id == id).cloned();
    for c in &new.commitments {
        let changes = match find(old, &c.id) {
            Some(before) => commitment_changes(&before, c),
            None => vec![Change::Added],
        };
        if !changes.is_empty() {
            out.push(Changes {
                id: c.id.clone(),
                title: c.title.clone(),
                changes,
            });
        }
    }
    for c in &old.commitments {
        if find(new, &c.id).is_none() {
            out.push(Changes {
                id: c.id.clone(),
                title: c.title.clone(),
                changes: vec![Change::Removed],
            });
        }
    }
    out
}

fn project_changes(old: &Project, new: &Project) -> Vec<Change> {
    let mut out = Vec::new();
    let mut edit = |field, a: Value, b: Value| {
        if a != b {
            out.push(Change::Edited(field, a, b));
        }
    };
    edit(
        Field::ProjectTitle,
        Value::Text(old.title.clone()),
        Value::Text(new.title.clone()),
    );
    edit(
        Field::ProjectDescription,
        Value::Text(old.description.clone()),
        Value::Text(new.description.clone()),
    );
    edit(
        Field::ProjectAsOf,
        Value::Date(old.as_of),
        Value::Date(new.as_of),
    );
    let find = |p: &Project, id: &str| p.sources.iter().find(|s| s.id == id).cloned();
    for s in &new.sources {
        match find(old, &s.id) {
            None => out.push(Change::SourceAdded(s.clone())),
            Some(before) if before != *s => out.push(Change::SourceEdited(before, s.clone())),
            Some(_) => {}
        }
    }
    for s in &old.sources {
        if find(new, &s.id).is_none() {
            out.push(Change::SourceRemoved(s.clone()));
        }
    }
    out
}

fn commitment_changes(old: &Commitment, new: &Commitment) -> Vec<Change> {
    let mut out = Vec::new();
    let recorded: Vec<&StatusChange> = new
        .history
        .iter()
        .filter(|h| !old.history.contains(h))
        .collect();
    for h in &recorded {
        let cited = h
            .evidence
            .iter()
            .filter_map(|id| new.evidence_by_id(*id).cloned())
            .collect();
        out.push(Change::StatusChanged((*h).clone(), cited));
    }
    for e in &new.evidence {
        match old.evidence_by_id(e.id) {
            None => out.push(Change::EvidenceAdded(e.clone())),
            Some(before) if before != e => {
                out.push(Change::EvidenceEdited(before.clone(), e.clone()))
            }
            Some(_) => {}
        }
    }
    for e in &old.evidence {
        if new.evidence_by_id(e.id).is_none() {
            out.push(Change::EvidenceRemoved(e.clone()));
        }
    }
    for n in &new.notes {
        if !old.notes.contains(n) {
            out.push(Change::NoteAdded(n.clone()));
        }
    }
    for n in &old.notes {
        if !new.notes.contains(n) {
            out.push(Change::NoteRemoved(n.clone()));
        }
    }
    for field in &COMMITMENT_FIELDS {
        // A status change already says where the status went.
        if *field == Field::Status && !recorded.is_empty() {
            continue;
        }
        if let (Some(a), Some(b)) = (get(old, field), get(new, field))
            && a != b
        {
            out.push(Change::Edited(field.clone(), a, b));
        }
    }
    out
}
