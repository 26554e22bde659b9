//! What a merge could not decide, kept in the project file until a person decides it.

use serde::{Deserialize, Serialize};

use super::decision::{self, Decided};

use crate::model::{
    Commitment, Date, Evidence, Kind, Note, Project, RecLink, Recommendation, Replacement,
    SourceDoc, Status, StatusChange, Term,
};

/// Two edits that contradict each other. The project holds "ours" meanwhile; choosing theirs
/// (or an edited value) puts that in its place.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Conflict {
    /// Id of the commitment concerned; empty for the project's own fields and sources.
    pub commitment: String,
    pub field: Field,
    pub ours: Value,
    pub theirs: Value,
    /// Who made each side and when, as git told the merge (branch, author, date).
    pub ours_from: String,
    pub theirs_from: String,
}

/// Where a conflict sits.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Field {
    ProjectTitle,
    ProjectDescription,
    ProjectAsOf,
    /// A source document, by id, added or edited differently on both sides.
    Source(String),
    /// The whole commitment, added on both sides under the same id with different content.
    Commitment,
    Kind,
    Actor,
    Parent,
    Title,
    Quote,
    SourceId,
    DateCommitted,
    Category,
    Responsible,
    Deadline,
    Status,
    Replaced,
    Tags,
    Importance,
    Concern,
    /// Kept off the published website.
    Internal,
    /// One evidence link, by id, edited differently on both sides.
    Evidence(u32),
    /// Two different status changes recorded on the same day. Both stay in the history (ours
    /// ends the day meanwhile); the decision adds an entry of its own.
    StatusChange,
    /// One note edited differently on both sides; the note holding our text meanwhile.
    Note,
    /// A recommendation's details (mechanism, response…), edited differently on both sides.
    Recommendation,
    /// The link to one recommendation, by its id, edited differently on both sides.
    Link(String),
    /// A vocabulary term, by id, added or edited differently on both sides.
    Term(String),
}

/// A value of any field that can conflict.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Value {
    Text(String),
    Date(Option<Date>),
    Status(Status),
    Kind(Kind),
    Number(u8),
    Flag(bool),
    List(Vec<String>),
    Id(Option<String>),
    Replacement(Option<Replacement>),
    Commitment(Box<Commitment>),
    Source(SourceDoc),
    Evidence(Evidence),
    Change(StatusChange),
    Note(Note),
    Recommendation(Option<Box<Recommendation>>),
    Link(RecLink),
    Term(Term),
}

/// The commitment fields merged one by one, in the order the editor shows them.
pub const COMMITMENT_FIELDS: [Field; 17] = [
    Field::Kind,
    Field::Actor,
    Field::Parent,
    Field::Title,
    Field::Quote,
    Field::SourceId,
    Field::DateCommitted,
    Field::Category,
    Field::Responsible,
    Field::Deadline,
    Field::Status,
    Field::Replaced,
    Field::Tags,
    Field::Importance,
    Field::Concern,
    Field::Internal,
    Field::Recommendation,
];

/// The value of a plain field of a commitment; `None` for the fields that are not one value.
pub fn get(c: &Commitment, field: &Field) -> Option<Value> {
    Some(match field {
        Field::Kind => Value::Kind(c.kind),
        Field::Actor => Value::Text(c.actor.clone()),
        Field::Parent => Value::Id(c.parent.clone()),
        Field::Title => Value::Text(c.title.clone()),
        Field::Quote => Value::Text(c.quote.clone()),
        Field::SourceId => Value::Text(c.source.clone()),
        Field::DateCommitted => Value::Date(c.date_committed),
        Field::Category => Value::Text(c.category.clone()),
        Field::Responsible => Value::Text(c.responsible.clone()),
        Field::Deadline => Value::Date(c.deadline),
        Field::Status => Value::Status(c.status),
        Field::Replaced => Value::Replacement(c.replaced.clone()),
        Field::Tags => Value::List(c.tags.clone()),
        Field::Importance => Value::Number(c.importance),
        Field::Concern => Value::Flag(c.concern),
        Field::Internal => Value::Flag(c.internal),
        Field::Recommendation => Value::Recommendation(c.recommendation.clone().map(Box::new)),
        _ => return None,
    })
}

/// Puts `value` into a plain field; false when the value does not fit the field.
pub fn set(c: &mut Commitment, field: &Field, value: Value) -> bool {
    match (field, value) {
        (Field::Kind, Value::Kind(v)) => c.kind = v,
        (Field::Actor, Value::Text(v)) => c.actor = v,
        (Field::Parent, Value::Id(v)) => c.parent = v,
        (Field::Title, Value::Text(v)) => c.title = v,
        (Field::Quote, Value::Text(v)) => c.quote = v,
        (Field::SourceId, Value::Text(v)) => c.source = v,
        (Field::DateCommitted, Value::Date(v)) => c.date_committed = v,
        (Field::Category, Value::Text(v)) => c.category = v,
        (Field::Responsible, Value::Text(v)) => c.responsible = v,
        (Field::Deadline, Value::Date(v)) => c.deadline = v,
        (Field::Status, Value::Status(v)) => c.status = v,
        (Field::Replaced, Value::Replacement(v)) => c.replaced = v,
        (Field::Tags, Value::List(v)) => c.tags = v,
        (Field::Importance, Value::Number(v)) => c.importance = v.clamp(1, 3),
        (Field::Concern, Value::Flag(v)) => c.concern = v,
        (Field::Internal, Value::Flag(v)) => c.internal = v,
        (Field::Recommendation, Value::Recommendation(v)) => c.recommendation = v.map(|b| *b),
        _ => return false,
    }
    true
}

/// A person's decision on one conflict.
#[derive(Clone, Debug, PartialEq)]
pub enum Choice {
    Ours,
    Theirs,
    /// A value the person wrote (text fields only in the window).
    Edited(Value),
}

impl Project {
    /// Settles conflict `index`: the chosen value goes into the project and the conflict is
    /// removed. False (and nothing changed) when there is no such conflict or the value does
    /// not fit its field.
    pub fn resolve_conflict(&mut self, index: usize, choice: Choice) -> bool {
        let Some(conflict) = self.conflicts.get(index).cloned() else {
            return false;
        };
        let applied = match (&conflict.field, choice) {
            (Field::StatusChange, choice) => {
                let decided = match choice {
                    Choice::Ours => Decided::Ours,
                    Choice::Theirs => Decided::Theirs,
                    Choice::Edited(Value::Status(s)) => Decided::Other(s),
                    Choice::Edited(_) => return false,
                };
                self.commitments
                    .iter_mut()
                    .find(|c| c.id == conflict.commitment)
                    .is_some_and(|c| decision::status_change(c, &conflict, decided))
            }
            // The project already holds our side.
            (_, Choice::Ours) => true,
            (_, Choice::Theirs) => apply(self, &conflict, conflict.theirs.clone()),
            (_, Choice::Edited(v)) => apply(self, &conflict, v),
        };
        if applied {
            self.conflicts.remove(index);
        }
        applied
    }
}

fn apply(p: &mut Project, conflict: &Conflict, value: Value) -> bool {
    match (&conflict.field, value) {
        (Field::ProjectTitle, Value::Text(v)) => p.title = v,
        (Field::ProjectDescription, Value::Text(v)) => p.description = v,
        (Field::ProjectAsOf, Value::Date(v)) => p.as_of = v,
        (Field::Source(id), Value::Source(v)) => match p.sources.iter_mut().find(|s| s.id == *id) {
            Some(s) => *s = v,
            None => p.sources.push(v),
        },
        (Field::Term(id), Value::Term(v)) => match p.terms.iter_mut().find(|t| t.id == *id) {
            Some(t) => *t = v,
            None => p.terms.push(v),
        },
        (Field::Commitment, Value::Commitment(v)) => {
            match p
                .commitments
                .iter_mut()
                .find(|c| c.id == conflict.commitment)
            {
                Some(c) => *c = *v,
                None => p.commitments.push(*v),
            }
        }
        (field, value) => {
            let Some(c) = p
                .commitments
                .iter_mut()
                .find(|c| c.id == conflict.commitment)
            else {
                return false;
            };
            if *field == Field::Note {
                return decide_note(c, conflict, value);
            }
            return apply_to_commitment(c, field, value);
        }
    }
    true
}

fn apply_to_commitment(c: &mut Commitment, field: &Field, value: Value) -> bool {
    match (field, value) {
        (Field::Evidence(id), Value::Evidence(v)) => {
            match c.evidence.iter_mut().find(|e| e.id == *id) {
                Some(e) => *e = v,
                None => c.evidence.push(v),
            }
            true
        }
        (Field::Link(id), Value::Link(v)) => {
            match c.links.iter_mut().find(|l| l.recommendation == *id) {
                Some(l) => *l = v,
                None => c.links.push(v),
            }
            true
        }
        (field, value) => set(c, field, value),
    }
}

/// The note holding our text takes theirs, or a text written from both on our note's date.
fn decide_note(c: &mut Commitment, conflict: &Conflict, value: Value) -> bool {
    let Value::Note(ours) = &conflict.ours else {
        return false;
    };
    let note = match value {
        Value::Note(n) => n,
        // Edited text keeps our note's date and whether it is published.
        Value::Text(text) => Note {
            text,
            ..ours.clone()
        },
        _ => return false,
    };
    match c.notes.iter_mut().find(|n| *n == ours) {
        Some(n) => *n = note,
        None => super::lists::insert_by_date(&mut c.notes, note, |n| n.date),
    }
    true
}
