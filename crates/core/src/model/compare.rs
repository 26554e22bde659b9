//! What changed between two versions of a project, per commitment, for a reviewer.

use super::merge::conflict::{COMMITMENT_FIELDS, get};
use super::merge::{Field, Value};
use super::{
    Commitment, Evidence, Note, Project, RecLink, Recommendation, SourceDoc, StatusChange, Term,
};

/// One change, with what a sentence about it needs.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    Added,
    Removed,
    /// A status change recorded since, with the links it cites.
    StatusChanged(StatusChange, Vec<Evidence>),
    EvidenceAdded(Evidence),
    EvidenceRemoved(Evidence),
    EvidenceEdited(Evidence, Evidence),
    NoteAdded(Note),
    NoteRemoved(Note),
    Edited(Field, Value, Value),
    SourceAdded(SourceDoc),
    SourceRemoved(SourceDoc),
    SourceEdited(SourceDoc, SourceDoc),
    /// A link to a recommendation made since, removed, or changed (matched by the
    /// recommendation's id).
    LinkAdded(RecLink),
    LinkRemoved(RecLink),
    LinkEdited(RecLink, RecLink),
    /// A vocabulary term the item was tagged with since, or no longer is: its id, and the
    /// term as the project defines it (`None` when its vocabularies lack the id).
    TermAdded(String, Option<Term>),
    TermRemoved(String, Option<Term>),
    /// A recommendation's details (mechanism, paragraph, response…), before and after.
    RecommendationEdited(Option<Recommendation>, Option<Recommendation>),
    /// A term of the project's vocabularies added, removed or edited.
    VocabularyAdded(Term),
    VocabularyRemoved(Term),
    VocabularyEdited(Term, Term),
}

/// The changes to one commitment (or, with an empty id, to the project itself).
#[derive(Clone, Debug, PartialEq)]
pub struct Changes {
    pub id: String,
    pub title: String,
    pub changes: Vec<Change>,
}

pub fn compare(old: &Project, new: &Project) -> Vec<Changes> {
    let mut out = Vec::new();
    let project = project_changes(old, new);
    if !project.is_empty() {
        out.push(Changes {
            id: String::new(),
            title: new.title.clone(),
            changes: project,
        });
    }
    let find = |p: &Project, id: &str| p.commitments.iter().find(|c| c.id == id).cloned();
    for c in &new.commitments {
        let changes = match find(old, &c.id) {
            Some(before) => commitment_changes(&before, c, (&old.terms, &new.terms)),
            None => vec![Change::Added],
        };
        if !changes.is_empty() {
            out.push(Changes {
                id: c.id.clone(),
                title: c.title.clone(),
                changes,
            });
        }
    }
    for c in &old.commitments {
        if find(new, &c.id).is_none() {
            out.push(Changes {
                id: c.id.clone(),
                title: c.title.clone(),
                changes: vec![Change::Removed],
            });
        }
    }
    out
}

fn project_changes(old: &Project, new: &Project) -> Vec<Change> {
    let mut out = Vec::new();
    let mut edit = |field, a: Value, b: Value| {
        if a != b {
            out.push(Change::Edited(field, a, b));
        }
    };
    edit(
        Field::ProjectTitle,
        Value::Text(old.title.clone()),
        Value::Text(new.title.clone()),
    );
    edit(
        Field::ProjectDescription,
        Value::Text(old.description.clone()),
        Value::Text(new.description.clone()),
    );
    edit(
        Field::ProjectAsOf,
        Value::Date(old.as_of),
        Value::Date(new.as_of),
    );
    keyed(
        &old.sources,
        &new.sources,
        |s| &s.id,
        (
            Change::SourceAdded,
            Change::SourceEdited,
            Change::SourceRemoved,
        ),
        &mut out,
    );
    keyed(
        &old.terms,
        &new.terms,
        |t| &t.id,
        (
            Change::VocabularyAdded,
            Change::VocabularyEdited,
            Change::VocabularyRemoved,
        ),
        &mut out,
    );
    out
}

/// How an added, an edited (before, after) and a removed item is said.
type Said<T> = (fn(T) -> Change, fn(T, T) -> Change, fn(T) -> Change);

/// Items matched by their key: one change for each added, edited or removed, new ones first.
fn keyed<T: Clone + PartialEq>(
    old: &[T],
    new: &[T],
    key: impl Fn(&T) -> &String,
    (added, edited, removed): Said<T>,
    out: &mut Vec<Change>,
) {
    let find = |items: &[T], k: &String| items.iter().find(|i| key(i) == k).cloned();
    for item in new {
        match find(old, key(item)) {
            None => out.push(added(item.clone())),
            Some(before) if before != *item => out.push(edited(before, item.clone())),
            Some(_) => {}
        }
    }
    for item in old {
        if find(new, key(item)).is_none() {
            out.push(removed(item.clone()));
        }
    }
}

/// The links, terms and recommendation details of one item that changed.
fn recommendation_changes(
    old: &Commitment,
    new: &Commitment,
    (old_terms, new_terms): (&[Term], &[Term]),
    out: &mut Vec<Change>,
) {
    keyed(
        &old.links,
        &new.links,
        |l| &l.recommendation,
        (Change::LinkAdded, Change::LinkEdited, Change::LinkRemoved),
        out,
    );
    let term = |terms: &[Term], id: &str| terms.iter().find(|t| t.id == id).cloned();
    for id in new.terms.iter().filter(|id| !old.terms.contains(id)) {
        out.push(Change::TermAdded(id.clone(), term(new_terms, id)));
    }
    for id in old.terms.iter().filter(|id| !new.terms.contains(id)) {
        out.push(Change::TermRemoved(id.clone(), term(old_terms, id)));
    }
    if old.recommendation != new.recommendation {
        out.push(Change::RecommendationEdited(
            old.recommendation.clone(),
            new.recommendation.clone(),
        ));
    }
}

fn commitment_changes(
    old: &Commitment,
    new: &Commitment,
    terms: (&[Term], &[Term]),
) -> Vec<Change> {
    let mut out = Vec::new();
    let recorded: Vec<&StatusChange> = new
        .history
        .iter()
        .filter(|h| !old.history.contains(h))
        .collect();
    for h in &recorded {
        let cited = h
            .evidence
            .iter()
            .filter_map(|id| new.evidence_by_id(*id).cloned())
            .collect();
        out.push(Change::StatusChanged((*h).clone(), cited));
    }
    for e in &new.evidence {
        match old.evidence_by_id(e.id) {
            None => out.push(Change::EvidenceAdded(e.clone())),
            Some(before) if before != e => {
                out.push(Change::EvidenceEdited(before.clone(), e.clone()))
            }
            Some(_) => {}
        }
    }
    for e in &old.evidence {
        if new.evidence_by_id(e.id).is_none() {
            out.push(Change::EvidenceRemoved(e.clone()));
        }
    }
    for n in &new.notes {
        if !old.notes.contains(n) {
            out.push(Change::NoteAdded(n.clone()));
        }
    }
    for n in &old.notes {
        if !new.notes.contains(n) {
            out.push(Change::NoteRemoved(n.clone()));
        }
    }
    for field in &COMMITMENT_FIELDS {
        // A status change already says where the status went; recommendation details are
        // said detail by detail below.
        if (*field == Field::Status && !recorded.is_empty()) || *field == Field::Recommendation {
            continue;
        }
        if let (Some(a), Some(b)) = (get(old, field), get(new, field))
            && a != b
        {
            out.push(Change::Edited(field.clone(), a, b));
        }
    }
    recommendation_changes(old, new, terms, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Kind, Position, Relation, Response, Vocabulary};

    fn pair() -> (Project, Project) {
        let mut old = Project {
            commitments: vec![
                Commitment::new_recommendation("UPR-1", "Courts"),
                Commitment::new("P1", Kind::Reform, "Law"),
            ],
            ..Project::default()
        };
        old.commitments[1]
            .links
            .push(RecLink::new("UPR-1", Relation::AnswersInPart));
        (old.clone(), old)
    }

    fn changes_of(old: &Project, new: &Project, id: &str) -> Vec<Change> {
        compare(old, new)
            .into_iter()
            .find(|g| g.id == id)
            .map(|g| g.changes)
            .unwrap_or_default()
    }

    #[test]
    fn links_are_matched_by_the_recommendation_they_name() {
        let (old, mut new) = pair();
        new.commitments[1].links[0].relation = Relation::Answers;
        new.commitments[1]
            .links
            .push(RecLink::new("UPR-2", Relation::GoesAgainst));
        let changes = changes_of(&old, &new, "P1");
        assert!(matches!(&changes[0], Change::LinkEdited(a, b)
            if a.relation == Relation::AnswersInPart && b.relation == Relation::Answers));
        assert!(matches!(&changes[1], Change::LinkAdded(l) if l.recommendation == "UPR-2"));
        assert_eq!(changes.len(), 2);
        assert!(matches!(
            &changes_of(&new, &old, "P1")[1],
            Change::LinkRemoved(l) if l.recommendation == "UPR-2"
        ));
    }

    #[test]
    fn terms_and_details_each_say_what_changed() {
        let (old, mut new) = pair();
        let courts = Term::new("theme-courts", Vocabulary::Theme, "Courts");
        new.terms.push(courts.clone());
        new.commitments[0].terms.push("theme-courts".into());
        new.commitments[0].terms.push("nowhere".into());
        new.commitments[0].recommendation.as_mut().unwrap().response = Some(Response {
            position: Position::Noted,
            date: None,
            note: String::new(),
        });
        assert_eq!(
            changes_of(&old, &new, ""),
            [Change::VocabularyAdded(courts.clone())]
        );
        let changes = changes_of(&old, &new, "UPR-1");
        assert_eq!(
            changes[0],
            Change::TermAdded("theme-courts".into(), Some(courts))
        );
        assert_eq!(changes[1], Change::TermAdded("nowhere".into(), None));
        assert!(
            matches!(&changes[2], Change::RecommendationEdited(Some(a), Some(b))
            if a.response.is_none() && b.response.is_some())
        );
        assert_eq!(
            changes.len(),
            3,
            "the details are said once, not as a field too"
        );
    }
}
