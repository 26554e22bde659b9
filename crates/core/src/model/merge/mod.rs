//! Three-way merge of project files, for teams keeping a tracker in git. Independent work
//! never conflicts: commitments are matched by id, fields merged one by one, and notes,
//! evidence and history keep both sides' additions. What truly contradicts is recorded in the
//! project as a [`Conflict`] for a person to decide, never as text markers.

mod commitment;
pub mod conflict;
mod decision;
mod evidence;
pub mod lists;
mod notes;

pub use conflict::{Choice, Conflict, Field, Value};

use crate::model::{Commitment, Project, SourceDoc, Term};

/// Who made each side, as git tells it (branch, author, date); shown beside each conflict.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Sides {
    pub ours: String,
    pub theirs: String,
}

/// Collects the conflicts found while merging.
pub struct Recorder<'a> {
    sides: &'a Sides,
    found: Vec<Conflict>,
}

impl Recorder<'_> {
    fn conflict(&mut self, commitment: &str, field: Field, ours: Value, theirs: Value) {
        self.found.push(Conflict {
            commitment: commitment.to_owned(),
            field,
            ours,
            theirs,
            ours_from: self.sides.ours.clone(),
            theirs_from: self.sides.theirs.clone(),
        });
    }
}

/// Merges what `ours` and `theirs` each did since `base`. Where they contradict, the result
/// holds ours and records the conflict; `result.conflicts` beyond those of the inputs are new.
pub fn merge(base: &Project, ours: &Project, theirs: &Project, sides: &Sides) -> Project {
    if ours == theirs || theirs == base {
        return ours.clone();
    }
    if ours == base {
        return theirs.clone();
    }
    let mut rec = Recorder {
        sides,
        found: Vec::new(),
    };
    let mut out = ours.clone();
    out.format_version = ours.format_version.max(theirs.format_version);
    let text = |b: &String, o: &String, t: &String, field: Field, rec: &mut Recorder| {
        scalar(b.clone(), o.clone(), t.clone(), rec, "", field, Value::Text)
    };
    out.title = text(
        &base.title,
        &ours.title,
        &theirs.title,
        Field::ProjectTitle,
        &mut rec,
    );
    out.description = text(
        &base.description,
        &ours.description,
        &theirs.description,
        Field::ProjectDescription,
        &mut rec,
    );
    out.as_of = scalar(
        base.as_of,
        ours.as_of,
        theirs.as_of,
        &mut rec,
        "",
        Field::ProjectAsOf,
        Value::Date,
    );
    out.sources = keyed_whole(
        &base.sources,
        &ours.sources,
        &theirs.sources,
        |s| &s.id,
        &mut rec,
    );
    out.terms = keyed_whole(&base.terms, &ours.terms, &theirs.terms, |t| &t.id, &mut rec);
    out.commitments = keyed(
        &base.commitments,
        &ours.commitments,
        &theirs.commitments,
        |c| &c.id,
        commitment::merge,
        &mut rec,
    );
    let mut conflicts = lists::merge_plain(&base.conflicts, &ours.conflicts, &theirs.conflicts);
    for c in rec.found {
        if !conflicts.contains(&c) {
            conflicts.push(c);
        }
    }
    out.conflicts = conflicts;
    out
}

/// A single value three-way: one side's change wins over no change; two different changes
/// are a conflict, and ours stands meanwhile.
fn scalar<T: PartialEq + Clone>(
    base: T,
    ours: T,
    theirs: T,
    rec: &mut Recorder,
    commitment: &str,
    field: Field,
    wrap: impl Fn(T) -> Value,
) -> T {
    if ours == theirs || theirs == base {
        ours
    } else if ours == base {
        theirs
    } else {
        rec.conflict(commitment, field, wrap(ours.clone()), wrap(theirs));
        ours
    }
}

/// Items matched by key: our order, then what only theirs added, in their order. An item
/// added on both sides under one key with different content is merged against an empty
/// ancestor by `merge_item`'s caller rules: for commitments, a conflict on the whole.
fn keyed<T: PartialEq + Clone + Keyed>(
    base: &[T],
    ours: &[T],
    theirs: &[T],
    key: impl Fn(&T) -> &String,
    merge_item: impl Fn(&T, &T, &T, &mut Recorder) -> T,
    rec: &mut Recorder,
) -> Vec<T> {
    let find = |list: &[T], k: &String| list.iter().find(|x| key(x) == k).cloned();
    let mut keys: Vec<&String> = ours.iter().map(&key).collect();
    keys.extend(
        theirs
            .iter()
            .map(&key)
            .filter(|k| find(ours, k).is_none() && find(base, k).is_none()),
    );
    let mut out = Vec::new();
    for k in keys {
        let (b, o, t) = (find(base, k), find(ours, k), find(theirs, k));
        let merged = match (b, o, t) {
            (Some(b), Some(o), Some(t)) => Some(merge_item(&b, &o, &t, rec)),
            (None, Some(o), Some(t)) if o != t => {
                let (id, field, ours_value) = o.whole();
                rec.conflict(&id, field, ours_value, t.whole().2);
                Some(o)
            }
            // Theirs removed it: gone, unless we changed it (an edit is never lost).
            (Some(b), Some(o), None) if o == b => None,
            (_, o, t) => o.or(t),
        };
        out.extend(merged);
    }
    // Removed on our side but edited on theirs: kept, so nothing made is lost.
    for t in theirs {
        let k = key(t);
        if find(ours, k).is_none() && find(base, k).is_some_and(|b| b != *t) {
            out.push(t.clone());
        }
    }
    out
}

/// Items of the project's own lists (sources, terms) matched by key, each merged as one
/// value: two different edits of one item are a conflict over the whole item.
fn keyed_whole<T: PartialEq + Clone + Keyed>(
    base: &[T],
    ours: &[T],
    theirs: &[T],
    key: impl Fn(&T) -> &String,
    rec: &mut Recorder,
) -> Vec<T> {
    keyed(
        base,
        ours,
        theirs,
        key,
        |b, o, t, rec| {
            let (_, field, _) = o.whole();
            scalar(b.clone(), o.clone(), t.clone(), rec, "", field, |v: T| {
                v.whole().2
            })
        },
        rec,
    )
}

/// How a keyed item shows as a conflict over the whole item: commitment id, field, value.
trait Keyed {
    fn whole(&self) -> (String, Field, Value);
}

impl Keyed for Commitment {
    fn whole(&self) -> (String, Field, Value) {
        (
            self.id.clone(),
            Field::Commitment,
            Value::Commitment(Box::new(self.clone())),
        )
    }
}

impl Keyed for Term {
    fn whole(&self) -> (String, Field, Value) {
        (
            String::new(),
            Field::Term(self.id.clone()),
            Value::Term(self.clone()),
        )
    }
}

impl Keyed for SourceDoc {
    fn whole(&self) -> (String, Field, Value) {
        (
            String::new(),
            Field::Source(self.id.clone()),
            Value::Source(self.clone()),
        )
    }
}

#[cfg(test)]
mod tests;
