//! Undecided merge conflicts in an export. A file still holding them shows our side
//! meanwhile; a report must not state that as fact, so each cell whose value is undecided says
//! so, with both values ("(undecided: ours … / theirs …)"), and Markdown and HTML open with
//! the list of every undecided conflict, those of fields no column shows included.

use crate::model::Project;
use crate::model::merge::{Conflict, Field, Value};

/// A column of the exports that a conflict can make undecided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Kind,
    Actor,
    Category,
    Title,
    Status,
    Deadline,
}

/// The undecided conflicts of one project, looked up per cell.
pub struct Undecided<'a> {
    conflicts: &'a [Conflict],
}

impl<'a> Undecided<'a> {
    pub fn of(project: &'a Project) -> Self {
        Self {
            conflicts: &project.conflicts,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.conflicts.is_empty()
    }

    /// Every conflict in one line each, for the notice at the top of a report.
    pub fn lines(&self) -> Vec<String> {
        self.conflicts.iter().map(Conflict::summary).collect()
    }

    /// The marker for a commitment's cell, when its value there is undecided.
    pub fn cell(&self, commitment: &str, column: Column) -> Option<String> {
        self.conflicts
            .iter()
            .filter(|c| c.commitment == commitment)
            .find_map(|c| {
                let (ours, theirs) = shown_in(c, column)?;
                Some(marker(&ours, &theirs))
            })
    }

    /// The marker for the project's title, when it is undecided.
    pub fn project_title(&self) -> Option<String> {
        self.conflicts
            .iter()
            .find(|c| c.field == Field::ProjectTitle)
            .map(|c| marker(&c.ours.readable(), &c.theirs.readable()))
    }
}

fn marker(ours: &str, theirs: &str) -> String {
    crate::t!("report-undecided", ours = ours, theirs = theirs)
}

/// Both values as `column` would show them, when conflict `c` is about that column.
fn shown_in(c: &Conflict, column: Column) -> Option<(String, String)> {
    let status = |v: &Value| match v {
        Value::Change(h) => Some(h.to.label().to_owned()),
        Value::Commitment(whole) => Some(whole.status.label().to_owned()),
        Value::Status(s) => Some(s.label().to_owned()),
        _ => None,
    };
    let title = |v: &Value| match v {
        Value::Commitment(whole) => Some(whole.title.clone()),
        v => Some(v.readable()),
    };
    let pair = |f: &dyn Fn(&Value) -> Option<String>| Some((f(&c.ours)?, f(&c.theirs)?));
    match (&c.field, column) {
        (Field::Status | Field::StatusChange | Field::Commitment, Column::Status) => pair(&status),
        (Field::Title | Field::Commitment, Column::Title) => pair(&title),
        (Field::Kind, Column::Kind)
        | (Field::Actor, Column::Actor)
        | (Field::Category, Column::Category)
        | (Field::Deadline, Column::Deadline) => pair(&|v: &Value| Some(v.readable())),
        _ => None,
    }
}
