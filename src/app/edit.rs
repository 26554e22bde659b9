//! Applying edits to the project: pure rules, no files and no drawing.

use crate::model::{Commitment, Kind, Project};

use super::command::{Edit, ProjectEdit};

pub fn apply_edit(c: &mut Commitment, edit: Edit) {
    match edit {
        Edit::Kind(k) => {
            c.kind = k;
            // A recommendation always has its details; other kinds keep theirs so that
            // switching back and forth loses nothing.
            if k == Kind::Recommendation && c.recommendation.is_none() {
                c.recommendation = Some(Default::default());
            }
        }
        Edit::Actor(s) => c.actor = s,
        Edit::Parent(p) => {
            // A commitment cannot serve itself.
            c.parent = p.filter(|p| *p != c.id);
        }
        Edit::Title(s) => c.title = s,
        Edit::Quote(s) => c.quote = s,
        Edit::Source(s) => c.source = s,
        Edit::DateCommitted(d) => c.date_committed = d,
        Edit::Category(s) => c.category = s,
        Edit::Responsible(s) => c.responsible = s,
        Edit::Deadline(d) => c.deadline = d,
        Edit::Tags(t) => c.tags = t,
        Edit::Importance(i) => c.importance = i.clamp(1, 3),
        Edit::Concern(b) => c.concern = b,
        Edit::Internal(b) => c.internal = b,
        Edit::NotePublic(i, b) => {
            if let Some(note) = c.notes.get_mut(i) {
                note.public = b;
            }
        }
        Edit::Recommendation(r) => c.recommendation = Some(*r),
        Edit::Terms(t) => c.terms = t,
        Edit::Links(l) => c.links = l,
    }
}

pub fn apply_project_edit(p: &mut Project, edit: ProjectEdit) {
    match edit {
        ProjectEdit::Properties {
            title,
            description,
            as_of,
        } => {
            p.title = title;
            p.description = description;
            p.as_of = as_of;
        }
        ProjectEdit::AddSource(source) => p.sources.push(source),
        ProjectEdit::UpdateSource(i, source) => {
            if let Some(slot) = p.sources.get_mut(i) {
                *slot = source;
            }
        }
        ProjectEdit::RemoveSource(i) => {
            if i < p.sources.len() {
                p.sources.remove(i);
            }
        }
        ProjectEdit::AddTerm(term) => p.terms.push(term),
        ProjectEdit::UpdateTerm(i, term) => {
            if let Some(slot) = p.terms.get_mut(i) {
                *slot = term;
            }
        }
        ProjectEdit::RemoveTerm(i) => {
            if i < p.terms.len() {
                let gone = p.terms.remove(i);
                for c in &mut p.commitments {
                    c.terms.retain(|t| *t != gone.id);
                }
            }
        }
    }
}

/// Ids of the commitments that cite the source with this id.
pub fn citing(p: &Project, source_id: &str) -> Vec<String> {
    p.commitments
        .iter()
        .filter(|c| c.source == source_id)
        .map(|c| c.id.clone())
        .collect()
}

/// A new id that no item uses yet: "R1", "R2"… for reforms, "O1"… for offers, "REC1"… for
/// recommendations.
pub fn fresh_id(p: &Project, kind: Kind) -> String {
    let prefix = match kind {
        Kind::Reform => "R",
        Kind::PartnershipOffer => "O",
        Kind::Recommendation => "REC",
    };
    (1..)
        .map(|n| format!("{prefix}{n}"))
        .find(|id| p.commitments.iter().all(|c| c.id != *id))
        .unwrap_or_else(|| prefix.to_owned())
}

/// Splits "a, b ,c" into tags, dropping empties.
pub fn parse_tags(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_ids_skip_ones_in_use() {
        let mut p = Project::default();
        p.commitments.push(Commitment::new("R1", Kind::Reform, "a"));
        assert_eq!(fresh_id(&p, Kind::Reform), "R2");
        assert_eq!(fresh_id(&p, Kind::PartnershipOffer), "O1");
    }

    #[test]
    fn a_commitment_cannot_be_its_own_parent() {
        let mut c = Commitment::new("P1", Kind::Reform, "a");
        apply_edit(&mut c, Edit::Parent(Some("P1".into())));
        assert_eq!(c.parent, None);
        apply_edit(&mut c, Edit::Parent(Some("A1".into())));
        assert_eq!(c.parent.as_deref(), Some("A1"));
    }

    #[test]
    fn tags_are_trimmed_and_empties_dropped() {
        assert_eq!(parse_tags(" a, b ,,c "), vec!["a", "b", "c"]);
    }
}
