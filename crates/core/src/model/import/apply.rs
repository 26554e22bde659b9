//! What one read row does to its commitment: fields set, links added as evidence, and a
//! status change recorded with the evidence it rests on and the row's note.

use super::refusal::RefusalReason;
use super::row::Fields;
use crate::model::{
    Commitment, Date, Evidence, Kind, Note, Recommendation, Replacement, Response, links,
};

/// Sets every plain field the row gives (not the status, links or note).
pub fn fill(c: &mut Commitment, f: &Fields) {
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
    fill_recommendation(c, f);
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
}

/// A recommendation's details from the row; an item turned into a recommendation gets them.
/// Its response keeps the date and note the analyst gave it while the position is the same.
fn fill_recommendation(c: &mut Commitment, f: &Fields) {
    if c.kind != Kind::Recommendation {
        return;
    }
    let r = c.recommendation.get_or_insert_with(Recommendation::default);
    if let Some(p) = &f.paragraph {
        r.paragraph.clone_from(p);
    }
    if let Some(l) = &f.language {
        r.language.clone_from(l);
    }
    if let Some(m) = f.mechanism {
        r.mechanism = m;
    }
    if let Some(cycle) = &f.cycle {
        r.cycle.clone_from(cycle);
    }
    if let Some(states) = &f.recommending {
        r.recommending.clone_from(states);
    }
    if let Some(position) = f.position {
        match &mut r.response {
            Some(resp) if resp.position == position => {}
            Some(resp) => resp.position = position,
            None => {
                r.response = Some(Response {
                    position,
                    date: None,
                    note: String::new(),
                });
            }
        }
    }
}

/// Adds the row's safe links as evidence (a link already there is not added twice); returns
/// the ids of the row's evidence and, for each unsafe link, why it was left out.
pub fn add_evidence(c: &mut Commitment, urls: &[String]) -> (Vec<u32>, Vec<RefusalReason>) {
    let mut cited = Vec::new();
    let mut left_out = Vec::new();
    for url in urls {
        if let Some(why) = links::evidence_refusal(url) {
            left_out.push(RefusalReason::UnsafeLink {
                url: url.clone(),
                why,
            });
            continue;
        }
        let id = match c.evidence.iter().find(|e| e.url == *url) {
            Some(e) => e.id,
            None => {
                let mut e = Evidence::new(0);
                e.url = url.clone();
                c.add_evidence(e)
            }
        };
        if !cited.contains(&id) {
            cited.push(id);
        }
    }
    (cited, left_out)
}

/// Records the row's status (a new history entry citing the row's evidence, with the row's
/// note, else `default_note`) or, when the status does not change, its note as a note. Both
/// are dated by the row's status date, else `today`. Returns whether the status changed.
pub fn record(
    c: &mut Commitment,
    f: &Fields,
    cited: Vec<u32>,
    default_note: &str,
    today: Date,
) -> Result<bool, RefusalReason> {
    let date = f.status_date.unwrap_or(today);
    match f.status {
        Some(to) if to != c.status => {
            if let Some(last) = c.last_change()
                && !last.first_day().on_or_before(date.first_day())
            {
                return Err(RefusalReason::BeforeHistory { date, last });
            }
            let note = f.note.clone().unwrap_or_else(|| default_note.to_owned());
            c.change_status(to, date, note, cited);
            Ok(true)
        }
        _ => {
            // The same sheet imported again adds nothing: the note may already be recorded
            // with the status change it came with.
            if let Some(text) = &f.note
                && c.notes.iter().all(|n| n.text != *text)
                && c.history.iter().all(|h| h.note != *text)
            {
                c.notes.push(Note::new(date, text.clone()));
            }
            Ok(false)
        }
    }
}
