//! Undo and redo. Each step keeps only what it changed (one commitment, or the project's
//! title fields), so thousands of steps on a big project stay small. Each step also carries
//! the document state number it brings back, so the app knows, without comparing projects,
//! when undo or redo has returned to the saved content.

use std::time::{Duration, Instant};

use super::command::{Command, Edit, ProjectEdit};
use crate::model::merge::{Conflict, Field};
use crate::model::{Commitment, Date, Project, SourceDoc, Term};

/// Typing into one field within this long counts as one step.
const COALESCE: Duration = Duration::from_millis(1500);
const MAX_STEPS: usize = 500;

#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    /// Put this commitment back at this index.
    Replace(usize, Box<Commitment>),
    /// Remove the commitment at this index (undoes an insert).
    Remove(usize),
    /// Insert this commitment at this index (undoes a removal).
    Insert(usize, Box<Commitment>),
    /// Put back the project's title, description, as-of date and sources.
    Meta(Box<Meta>),
    /// Put back the whole project (undoes an import, which may touch every commitment).
    Whole(Box<Project>),
    /// Remove the commitment with this id, wherever it is (undoes a merge decision that
    /// added it).
    RemoveId(String),
    /// Put back the merge conflicts, the project's own fields and the commitment a decision
    /// changed (undoes deciding a conflict).
    Decision(Box<Decision>),
    /// Several steps taken as one (a batch edit of many commitments).
    Many(Vec<Step>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Decision {
    conflicts: Vec<Conflict>,
    meta: Step,
    commitment: Option<Step>,
}

#[derive(Default)]
pub struct History {
    /// Steps, each with the document state it returns to.
    undo: Vec<(Step, u64)>,
    redo: Vec<(Step, u64)>,
    /// Field last typed into and when, to merge keystrokes into one step.
    last_typing: Option<(usize, std::mem::Discriminant<Edit>, Instant)>,
}

impl History {
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    pub fn clear(&mut self) {
        *self = History::default();
    }

    /// Records the state a command is about to change. Call just before applying it, with
    /// the document state number of the content as it is now.
    pub fn record(&mut self, project: &Project, command: &Command, state: u64) {
        let step = match command {
            Command::Edit(i, edit) => {
                let key = (*i, std::mem::discriminant(edit));
                let typing = is_typing(edit);
                let merge = typing
                    && self
                        .last_typing
                        .is_some_and(|(li, ld, t)| (li, ld) == key && t.elapsed() < COALESCE);
                self.last_typing = typing.then(|| (key.0, key.1, Instant::now()));
                if merge {
                    return;
                }
                replace(project, *i)
            }
            Command::ChangeStatus { index, .. }
            | Command::AddEvidence(index, _)
            | Command::UpdateEvidence(index, _)
            | Command::RemoveEvidence(index, _)
            | Command::AddNote(index, ..)
            | Command::RemoveNote(index, _)
            | Command::MarkReplaced(index, _)
            | Command::ClearReplaced(index) => replace(project, *index),
            Command::AddCommitment(_) => Some(Step::Remove(project.commitments.len())),
            _ if command.batch_ids().is_some() => {
                let ids = command.batch_ids().unwrap_or_default();
                many(project, ids)
            }
            Command::DeleteCommitment(i) => project
                .commitments
                .get(*i)
                .map(|c| Step::Insert(*i, Box::new(c.clone()))),
            // Removing a term takes it off every item too.
            Command::EditProject(ProjectEdit::RemoveTerm(_)) => {
                Some(Step::Whole(Box::new(project.clone())))
            }
            Command::EditProject(_) => Some(meta(project)),
            Command::ApplyImport | Command::MergeFromDisk => {
                Some(Step::Whole(Box::new(project.clone())))
            }
            Command::ResolveConflict(index, _) => decision(project, *index),
            _ => return,
        };
        if !matches!(command, Command::Edit(..)) {
            self.last_typing = None;
        }
        if let Some(step) = step {
            self.undo.push((step, state));
            if self.undo.len() > MAX_STEPS {
                self.undo.remove(0);
            }
            self.redo.clear();
        }
    }

    /// Undoes one step of the content in state `now`; returns the index of the commitment it
    /// touched, if any, and the state the content is back in.
    pub fn undo(&mut self, project: &mut Project, now: u64) -> Option<(Option<usize>, u64)> {
        let (step, back_to) = self.undo.pop()?;
        self.last_typing = None;
        let (inverse, touched) = apply(project, step);
        self.redo.push((inverse, now));
        Some((touched, back_to))
    }

    pub fn redo(&mut self, project: &mut Project, now: u64) -> Option<(Option<usize>, u64)> {
        let (step, back_to) = self.redo.pop()?;
        self.last_typing = None;
        let (inverse, touched) = apply(project, step);
        self.undo.push((inverse, now));
        Some((touched, back_to))
    }
}

fn is_typing(edit: &Edit) -> bool {
    matches!(
        edit,
        Edit::Actor(_)
            | Edit::Title(_)
            | Edit::Quote(_)
            | Edit::Category(_)
            | Edit::Responsible(_)
            | Edit::Tags(_)
            | Edit::Recommendation(_)
    )
}

fn replace(project: &Project, i: usize) -> Option<Step> {
    project
        .commitments
        .get(i)
        .map(|c| Step::Replace(i, Box::new(c.clone())))
}

/// The commitments with these ids, each put back where it is: one step for a batch edit.
fn many(project: &Project, ids: &[String]) -> Option<Step> {
    let ids: std::collections::HashSet<&str> = ids.iter().map(String::as_str).collect();
    let steps: Vec<Step> = project
        .commitments
        .iter()
        .enumerate()
        .filter(|(_, c)| ids.contains(c.id.as_str()))
        .map(|(i, c)| Step::Replace(i, Box::new(c.clone())))
        .collect();
    (!steps.is_empty()).then_some(Step::Many(steps))
}

/// The project's own fields, apart from its commitments.
#[derive(Clone, Debug, PartialEq)]
pub struct Meta {
    title: String,
    description: String,
    as_of: Option<Date>,
    sources: Vec<SourceDoc>,
    terms: Vec<Term>,
}

fn meta(p: &Project) -> Step {
    Step::Meta(Box::new(Meta {
        title: p.title.clone(),
        description: p.description.clone(),
        as_of: p.as_of,
        sources: p.sources.clone(),
        terms: p.terms.clone(),
    }))
}

/// What deciding conflict `index` may change: the project's own fields (sources among them), or
/// the one commitment the conflict is about, which the decision may also add.
fn decision(project: &Project, index: usize) -> Option<Step> {
    let conflict = project.conflicts.get(index)?;
    let commitment = match conflict.field {
        Field::ProjectTitle
        | Field::ProjectDescription
        | Field::ProjectAsOf
        | Field::Source(_)
        | Field::Term(_) => None,
        _ => Some(
            match project
                .commitments
                .iter()
                .position(|c| c.id == conflict.commitment)
            {
                Some(i) => replace(project, i)?,
                None => Step::RemoveId(conflict.commitment.clone()),
            },
        ),
    };
    Some(Step::Decision(Box::new(Decision {
        conflicts: project.conflicts.clone(),
        meta: meta(project),
        commitment,
    })))
}

/// Applies a step and returns the step that reverses it.
fn apply(project: &mut Project, step: Step) -> (Step, Option<usize>) {
    let cs = &mut project.commitments;
    match step {
        Step::Replace(i, c) if i < cs.len() => {
            let old = std::mem::replace(&mut cs[i], *c);
            (Step::Replace(i, Box::new(old)), Some(i))
        }
        Step::Remove(i) if i < cs.len() => {
            let old = cs.remove(i);
            (Step::Insert(i, Box::new(old)), None)
        }
        Step::Insert(i, c) if i <= cs.len() => {
            cs.insert(i, *c);
            (Step::Remove(i), Some(i))
        }
        Step::Whole(p) => (Step::Whole(Box::new(std::mem::replace(project, *p))), None),
        Step::RemoveId(id) => match cs.iter().position(|c| c.id == id) {
            Some(i) => apply(project, Step::Remove(i)),
            None => (Step::RemoveId(id), None),
        },
        Step::Decision(d) => {
            let Decision {
                conflicts,
                meta,
                commitment,
            } = *d;
            let conflicts = std::mem::replace(&mut project.conflicts, conflicts);
            let (meta, _) = apply(project, meta);
            let commitment = commitment.map(|step| apply(project, step).0);
            // Several parts may have changed: the caches start again.
            let inverse = Decision {
                conflicts,
                meta,
                commitment,
            };
            (Step::Decision(Box::new(inverse)), None)
        }
        Step::Many(steps) => {
            // Taken back in the opposite order, so the inverse of the inverse is the original.
            let mut inverses: Vec<Step> = steps
                .into_iter()
                .map(|step| apply(project, step).0)
                .collect();
            inverses.reverse();
            (Step::Many(inverses), None)
        }
        Step::Meta(m) => {
            let inverse = meta(project);
            let Meta {
                title,
                description,
                as_of,
                sources,
                terms,
            } = *m;
            project.title = title;
            project.description = description;
            project.as_of = as_of;
            project.sources = sources;
            project.terms = terms;
            (inverse, None)
        }
        // An index out of range cannot come from our own steps; keep the stack consistent.
        other => (other, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Kind;

    fn project() -> Project {
        let mut p = Project::default();
        p.commitments
            .push(Commitment::new("A", Kind::Reform, "Old"));
        p
    }

    fn edit(h: &mut History, p: &mut Project, e: Edit) {
        let cmd = Command::Edit(0, e.clone());
        h.record(p, &cmd, 0);
        crate::app::edit::apply_edit(&mut p.commitments[0], e);
    }

    #[test]
    fn a_decision_that_added_a_commitment_is_undone_and_redone() {
        use crate::model::merge::{Choice, Value};
        let mut p = project();
        let added = Commitment::new("B", Kind::Reform, "Theirs");
        p.conflicts.push(Conflict {
            commitment: "B".into(),
            field: Field::Commitment,
            ours: Value::Text(String::new()),
            theirs: Value::Commitment(Box::new(added.clone())),
            ours_from: "ours".into(),
            theirs_from: "theirs".into(),
        });
        let before = p.clone();
        let mut h = History::default();
        h.record(&p, &Command::ResolveConflict(0, Choice::Theirs), 0);
        assert!(p.resolve_conflict(0, Choice::Theirs));
        let decided = p.clone();
        assert_eq!(decided.commitments.len(), 2);
        assert_eq!(h.undo(&mut p, 1), Some((None, 0)));
        assert_eq!(p, before);
        assert_eq!(h.redo(&mut p, 0), Some((None, 1)));
        assert_eq!(p, decided);
    }

    #[test]
    fn typing_in_one_field_is_one_step_and_redo_restores_it() {
        let mut p = project();
        let mut h = History::default();
        for t in ["O", "Ol", "Old!"] {
            edit(&mut h, &mut p, Edit::Title(t.into()));
        }
        edit(&mut h, &mut p, Edit::Importance(3));
        assert!(h.undo(&mut p, 0).is_some());
        assert_eq!(p.commitments[0].importance, 2);
        assert!(h.undo(&mut p, 0).is_some());
        assert_eq!(p.commitments[0].title, "Old");
        assert!(h.undo(&mut p, 0).is_none());
        h.redo(&mut p, 0);
        assert_eq!(p.commitments[0].title, "Old!");
    }

    #[test]
    fn undoing_an_add_removes_it_and_redo_brings_it_back() {
        let mut p = project();
        let mut h = History::default();
        h.record(&p, &Command::AddCommitment(Kind::Reform), 0);
        p.commitments
            .push(Commitment::new("B", Kind::Reform, "New"));
        h.undo(&mut p, 0);
        assert_eq!(p.commitments.len(), 1);
        h.redo(&mut p, 0);
        assert_eq!(p.commitments[1].id, "B");
    }

    #[test]
    fn undo_and_redo_give_back_the_state_numbers_of_the_content() {
        let mut p = project();
        let mut h = History::default();
        // State 1 is saved; an edit makes state 2.
        h.record(&p, &Command::Edit(0, Edit::Importance(3)), 1);
        crate::app::edit::apply_edit(&mut p.commitments[0], Edit::Importance(3));
        assert_eq!(
            h.undo(&mut p, 2),
            Some((Some(0), 1)),
            "back to the saved state"
        );
        assert_eq!(h.redo(&mut p, 1), Some((Some(0), 2)), "forward to the edit");
    }
}
