//! One commitment present in all three versions: every field three-way, the lists that only
//! grow merged with both sides' additions, evidence ids reconciled.

use super::Recorder;
use super::conflict::{COMMITMENT_FIELDS, Field, Value, get, set};
use super::evidence;
use super::lists::{self, insert_by_date};
use crate::model::{Commitment, StatusChange};

pub fn merge(
    base: &Commitment,
    ours: &Commitment,
    theirs: &Commitment,
    rec: &mut Recorder,
) -> Commitment {
    if ours == theirs || theirs == base {
        return ours.clone();
    }
    if ours == base {
        return theirs.clone();
    }
    let links = evidence::merge(base, ours, theirs, rec);
    let theirs = &evidence::rewrite_references(theirs, &links.renumbered);
    let mut out = ours.clone();
    out.evidence = links.evidence;
    out.next_evidence_id = links.next_id;
    out.notes = lists::merge_dated(&base.notes, &ours.notes, &theirs.notes, |n| n.date);
    let history = merge_history(base, ours, theirs, rec);
    let both_changed_history = history.both_added;
    out.history = history.entries;
    for field in &COMMITMENT_FIELDS {
        let (Some(b), Some(o), Some(t)) = (get(base, field), get(ours, field), get(theirs, field))
        else {
            continue;
        };
        let merged = if o == t || t == b {
            o
        } else if o == b {
            t
        } else if *field == Field::Status && both_changed_history {
            // Both sides recorded changes on different days: the latest one stands.
            match out.history.last() {
                Some(last) => Value::Status(last.to),
                None => o,
            }
        } else {
            rec.conflict(&ours.id, field.clone(), o.clone(), t);
            o
        };
        set(&mut out, field, merged);
    }
    out
}

struct History {
    entries: Vec<StatusChange>,
    /// Both sides recorded status changes.
    both_added: bool,
}

/// Both sides' status changes in date order. Two changes to different statuses on one day
/// cannot both be true: ours stays and the pair becomes a conflict.
fn merge_history(
    base: &Commitment,
    ours: &Commitment,
    theirs: &Commitment,
    rec: &mut Recorder,
) -> History {
    if let Some(entries) = lists::shortcut(&base.history, &ours.history, &theirs.history) {
        return History {
            entries,
            both_added: false,
        };
    }
    let split = lists::split(&base.history, &ours.history, &theirs.history);
    let both_added = !split.ours_added.is_empty() && !split.theirs_added.is_empty();
    let mut entries = split.kept;
    let mut added = split.ours_added.clone();
    for t in split.theirs_added {
        match split
            .ours_added
            .iter()
            .find(|o| o.date == t.date && o.to != t.to)
        {
            Some(o) => rec.conflict(
                &ours.id,
                Field::StatusChange,
                Value::Change(o.clone()),
                Value::Change(t),
            ),
            None => added.push(t),
        }
    }
    for entry in added {
        insert_by_date(&mut entries, entry, |h| h.date);
    }
    if both_added {
        chain_from(&mut entries, &base.history);
    }
    History {
        entries,
        both_added,
    }
}

/// Each change recorded since the ancestor starts from the status the change before it left,
/// which the other side's changes may have altered.
fn chain_from(entries: &mut [StatusChange], base: &[StatusChange]) {
    for i in 1..entries.len() {
        if !base.contains(&entries[i]) {
            entries[i].from = entries[i - 1].to;
        }
    }
}
