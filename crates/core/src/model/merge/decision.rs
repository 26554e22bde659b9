//! Deciding a conflict between two status changes of one day. The history only grows: both
//! rival entries stay, and the decision is a third entry of that day, attributed to the merge,
//! saying which one stands (or what stands instead). Undoing the decision removes that entry
//! alone.

use super::conflict::{Conflict, Value};
use super::lists::insert_by_date;
use crate::model::{Commitment, Status, StatusChange};

/// What the person decided.
pub enum Decided {
    Ours,
    Theirs,
    /// Neither side: this status stands.
    Other(Status),
}

/// Adds the decision to `c`'s history; false (nothing changed) when the conflict does not hold
/// two status changes.
pub fn status_change(c: &mut Commitment, conflict: &Conflict, decided: Decided) -> bool {
    let (Value::Change(ours), Value::Change(theirs)) = (&conflict.ours, &conflict.theirs) else {
        return false;
    };
    keep_both(&mut c.history, ours, theirs);
    let (to, evidence, note) = match decided {
        Decided::Ours => (
            ours.to,
            ours.evidence.clone(),
            crate::t!(
                "merge-decision-kept-ours",
                from = conflict.ours_from.as_str(),
                status = ours.to.label()
            ),
        ),
        Decided::Theirs => (
            theirs.to,
            theirs.evidence.clone(),
            crate::t!(
                "merge-decision-kept-theirs",
                from = conflict.theirs_from.as_str(),
                status = theirs.to.label()
            ),
        ),
        Decided::Other(status) => (
            status,
            Vec::new(),
            crate::t!(
                "merge-decision-other",
                status = status.label(),
                ours = ours.to.label(),
                theirs = theirs.to.label()
            ),
        ),
    };
    // Dated the day of the two rivals, after them: from that day on, the decided status is
    // what the history says stood, in every as-of view.
    let at = c.history.partition_point(|h| h.date <= ours.date);
    let from = at
        .checked_sub(1)
        .and_then(|i| c.history.get(i))
        .map_or(c.status, |h| h.to);
    insert_by_date(
        &mut c.history,
        StatusChange {
            date: ours.date,
            from,
            to,
            note,
            evidence,
        },
        |h| h.date,
    );
    if let Some(last) = c.history.last() {
        c.status = last.to;
    }
    true
}

/// Files merged before rivals were both kept hold only ours: theirs is put back, just before
/// ours, so deciding never leaves one analyst's record out of the history.
fn keep_both(history: &mut Vec<StatusChange>, ours: &StatusChange, theirs: &StatusChange) {
    let same = |h: &StatusChange, x: &StatusChange| {
        h.date == x.date && h.to == x.to && h.note == x.note && h.evidence == x.evidence
    };
    if !history.iter().any(|h| same(h, theirs)) {
        match history.iter().position(|h| same(h, ours)) {
            Some(at) => history.insert(at, theirs.clone()),
            None => insert_by_date(history, theirs.clone(), |h| h.date),
        }
    }
    if !history.iter().any(|h| same(h, ours)) {
        insert_by_date(history, ours.clone(), |h| h.date);
    }
}
