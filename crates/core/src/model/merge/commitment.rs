//! One commitment present in all three versions: every field three-way, the lists that only
//! grow merged with both sides' additions, evidence ids reconciled.

use super::Recorder;
use super::conflict::{COMMITMENT_FIELDS, Field, Value, get, set};
use super::evidence;
use super::lists::{self, insert_by_date};
use super::notes;
use crate::model::{Commitment, RecLink, StatusChange};

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
    out.notes = notes::merge(&base.notes, &ours.notes, &theirs.notes, &ours.id, rec);
    let history = merge_history(base, ours, theirs, rec);
    let both_changed_history = history.both_added;
    out.history = history.entries;
    out.terms = lists::merge_plain(&base.terms, &ours.terms, &theirs.terms);
    out.links = merge_links(base, ours, theirs, rec);
    let latest = out.history.last().map(|h| h.to);
    for field in &COMMITMENT_FIELDS {
        let (Some(b), Some(o), Some(t)) = (get(base, field), get(ours, field), get(theirs, field))
        else {
            continue;
        };
        let merged = if let (Field::Status, true, Some(to)) = (field, both_changed_history, latest)
        {
            // Both sides recorded changes: the merged history says which stands (the latest;
            // on a day both recorded, ours until the conflict is decided), even where one
            // side's change left the status as it was.
            Value::Status(to)
        } else if o == t || t == b {
            o
        } else if o == b {
            t
        } else {
            rec.conflict(&ours.id, field.clone(), o.clone(), t);
            o
        };
        set(&mut out, field, merged);
    }
    out
}

/// Links as a set: both sides' new links kept, removals respected. Links to one
/// recommendation changed differently on both sides keep ours and become a conflict.
fn merge_links(
    base: &Commitment,
    ours: &Commitment,
    theirs: &Commitment,
    rec: &mut Recorder,
) -> Vec<RecLink> {
    let merged = lists::merge_plain(&base.links, &ours.links, &theirs.links);
    let mut out: Vec<RecLink> = Vec::with_capacity(merged.len());
    for link in merged {
        match out.iter().find(|l| l.recommendation == link.recommendation) {
            Some(kept) => rec.conflict(
                &ours.id,
                Field::Link(link.recommendation.clone()),
                Value::Link(kept.clone()),
                Value::Link(link),
            ),
            None => out.push(link),
        }
    }
    out
}

struct History {
    entries: Vec<StatusChange>,
    /// Both sides recorded status changes.
    both_added: bool,
}

/// Both sides' status changes in date order. Two changes to different statuses on one day
/// cannot both be true, yet each is an analyst's dated record: both stay in the history, theirs
/// just before ours so the day ends on our status (the project holds ours meanwhile), and the
/// pair becomes a conflict whose decision is added as an entry of its own.
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
    let mut alternatives = Vec::new();
    for t in split.theirs_added {
        match split
            .ours_added
            .iter()
            .find(|o| o.date == t.date && o.to != t.to)
        {
            Some(o) => {
                rec.conflict(
                    &ours.id,
                    Field::StatusChange,
                    Value::Change(o.clone()),
                    Value::Change(t.clone()),
                );
                alternatives.push((o.clone(), t));
            }
            None => added.push(t),
        }
    }
    for entry in added {
        insert_by_date(&mut entries, entry, |h| h.date);
    }
    for (o, t) in &alternatives {
        let at = entries.iter().position(|h| h == o).unwrap_or(entries.len());
        entries.insert(at, t.clone());
    }
    if both_added {
        let theirs_alt: Vec<StatusChange> = alternatives.into_iter().map(|(_, t)| t).collect();
        chain_from(&mut entries, &base.history, &theirs_alt);
    }
    History {
        entries,
        both_added,
    }
}

/// Each change recorded since the ancestor starts from the status the change before it left,
/// which the other side's changes may have altered. The change just after one of their
/// same-day alternatives starts where that alternative started: the two are rival records of
/// one day, not one after the other.
fn chain_from(entries: &mut [StatusChange], base: &[StatusChange], alternatives: &[StatusChange]) {
    let is_alt: Vec<bool> = entries.iter().map(|h| alternatives.contains(h)).collect();
    for i in 1..entries.len() {
        if !base.contains(&entries[i]) {
            let prev = &entries[i - 1];
            entries[i].from = if is_alt[i - 1] { prev.from } else { prev.to };
        }
    }
}
