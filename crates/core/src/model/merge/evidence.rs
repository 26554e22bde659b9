//! Evidence links matched by id. Ids are never reused, so when both sides added links the same
//! new ids name different links: theirs are renumbered past ours, and every reference their
//! side made to them (history, replacement) is rewritten to match.

use std::collections::HashMap;

use super::Recorder;
use super::conflict::{Field, Value};
use crate::model::{Commitment, Evidence};

/// Their new ids and the ids they get in the merged commitment.
pub type Renumbering = HashMap<u32, u32>;

/// The merged links and the next free id, plus how their side's new ids moved.
pub struct Merged {
    pub evidence: Vec<Evidence>,
    pub next_id: u32,
    pub renumbered: Renumbering,
}

pub fn merge(
    base: &Commitment,
    ours: &Commitment,
    theirs: &Commitment,
    rec: &mut Recorder,
) -> Merged {
    let next_of = |c: &Commitment| {
        let in_use = c.evidence.iter().map(|e| e.id).max().unwrap_or(0);
        c.next_evidence_id.max(in_use + 1)
    };
    if ours.evidence == theirs.evidence || theirs.evidence == base.evidence {
        return Merged {
            evidence: ours.evidence.clone(),
            next_id: ours.next_evidence_id.max(theirs.next_evidence_id),
            renumbered: Renumbering::new(),
        };
    }
    let in_base = |id: u32| base.evidence.iter().any(|e| e.id == id);
    let find = |c: &Commitment, id: u32| c.evidence.iter().find(|e| e.id == id).cloned();
    let mut out = Vec::new();
    // Links the ancestor had, in our order (then any only theirs still has), three-way each.
    let mut ids: Vec<u32> = ours
        .evidence
        .iter()
        .map(|e| e.id)
        .filter(|&id| in_base(id))
        .collect();
    for e in &theirs.evidence {
        if in_base(e.id) && !ids.contains(&e.id) {
            ids.push(e.id);
        }
    }
    for id in ids {
        let (b, o, t) = (find(base, id), find(ours, id), find(theirs, id));
        let merged = if o == t || t == b {
            o
        } else if o == b {
            t
        } else {
            match (o, t) {
                (Some(o), Some(t)) => {
                    rec.conflict(
                        &ours.id,
                        Field::Evidence(id),
                        Value::Evidence(o.clone()),
                        Value::Evidence(t),
                    );
                    Some(o)
                }
                // Removed on one side, edited on the other: the edit is kept, nothing is lost.
                (o, t) => o.or(t),
            }
        };
        out.extend(merged);
    }
    // Links new on our side keep their ids.
    out.extend(ours.evidence.iter().filter(|e| !in_base(e.id)).cloned());
    // Their new ids keep their distance from the ancestor's counter, so ids they gave and
    // removed stay spent, and applying our links then theirs gives exactly these ids.
    let (base_next, ours_next, theirs_next) = (next_of(base), next_of(ours), next_of(theirs));
    let ours_allocated = ours_next > base_next;
    let mut renumbered = Renumbering::new();
    if ours_allocated {
        for id in base_next..theirs_next {
            renumbered.insert(id, id - base_next + ours_next);
        }
    }
    for e in theirs.evidence.iter().filter(|e| !in_base(e.id)) {
        if out.contains(e) {
            // The same link under the same id on both sides: one link, one id.
            renumbered.insert(e.id, e.id);
            continue;
        }
        let mut e = e.clone();
        if let Some(&new) = renumbered.get(&e.id) {
            e.id = new;
        }
        out.push(e);
    }
    let next_id = if ours_allocated {
        ours_next + theirs_next.saturating_sub(base_next)
    } else {
        ours_next.max(theirs_next)
    };
    Merged {
        evidence: out,
        next_id,
        renumbered,
    }
}

/// Their commitment with every reference to a renumbered link rewritten.
pub fn rewrite_references(theirs: &Commitment, map: &Renumbering) -> Commitment {
    let mut c = theirs.clone();
    if map.is_empty() {
        return c;
    }
    let fix = |ids: &mut Vec<u32>| {
        for id in ids.iter_mut() {
            if let Some(&new) = map.get(id) {
                *id = new;
            }
        }
    };
    for h in &mut c.history {
        fix(&mut h.evidence);
    }
    if let Some(r) = &mut c.replaced {
        fix(&mut r.evidence);
    }
    c
}
