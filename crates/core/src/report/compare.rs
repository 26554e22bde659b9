//! The changes between two versions as sentences, in plain text or Markdown for a pull
//! request; and one project as readable lines, for `git diff` to compare word by word.

use crate::i18n::date_long;
use crate::model::compare::{Change, Changes};
use crate::model::merge::Value;
use crate::model::{Evidence, Project, RecLink, Recommendation, Term};

/// Plain text, or Markdown for a pull request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    Text,
    Markdown,
}

/// Every change, grouped under the commitment it belongs to.
pub fn changes_text(all: &[Changes], style: Style) -> String {
    if all.is_empty() {
        return crate::t!("merge-diff-none") + "\n";
    }
    let mut out = String::new();
    for group in all {
        let heading = heading(group);
        match style {
            Style::Text => out.push_str(&format!("{heading}\n")),
            Style::Markdown => out.push_str(&format!("### {}\n\n", escape(&heading))),
        }
        for change in &group.changes {
            let line = sentence(change);
            match style {
                Style::Text => out.push_str(&format!("  - {line}\n")),
                Style::Markdown => out.push_str(&format!("- {}\n", escape(&line))),
            }
        }
        out.push('\n');
    }
    out
}

/// Markdown would read `*`, `_`, `<` and the like in a title as markup.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\`*_[]<>#|".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn link(e: &Evidence) -> String {
    let name = e.name().unwrap_or_default();
    // A link without an address ends at its title.
    crate::t!(
        "merge-diff-link",
        id = e.id,
        title = name,
        url = e.url.as_str()
    )
    .trim_end()
    .to_owned()
}

/// "The project (TITLE)" or "ID TITLE": what a group of changes is about.
pub fn heading(group: &Changes) -> String {
    if group.id.is_empty() {
        crate::t!("merge-diff-project", title = group.title.as_str())
    } else {
        crate::t!(
            "merge-diff-commitment",
            id = group.id.as_str(),
            title = group.title.as_str()
        )
    }
}

/// One change in a sentence.
pub fn sentence(change: &Change) -> String {
    match change {
        Change::Added => crate::t!("merge-diff-added"),
        Change::Removed => crate::t!("merge-diff-removed"),
        Change::StatusChanged(h, cited) => {
            let mut s = crate::t!(
                "merge-diff-status",
                from = h.from.label(),
                to = h.to.label(),
                date = date_long(h.date)
            );
            if !h.note.trim().is_empty() {
                s.push_str(&crate::t!("merge-diff-because", note = h.note.as_str()));
            }
            if !cited.is_empty() {
                let links: Vec<String> = cited.iter().map(link).collect();
                s.push_str(&crate::t!("merge-diff-citing", links = links.join("; ")));
            }
            s
        }
        Change::EvidenceAdded(e) => crate::t!("merge-diff-evidence-added", link = link(e)),
        Change::EvidenceRemoved(e) => crate::t!("merge-diff-evidence-removed", link = link(e)),
        Change::EvidenceEdited(_, e) => crate::t!("merge-diff-evidence-edited", link = link(e)),
        Change::NoteAdded(n) => crate::t!(
            "merge-diff-note-added",
            date = date_long(n.date),
            text = n.text.as_str()
        ),
        Change::NoteRemoved(n) => crate::t!(
            "merge-diff-note-removed",
            date = date_long(n.date),
            text = n.text.as_str()
        ),
        Change::Edited(field, old, new) => crate::t!(
            "merge-diff-edited",
            field = field.label(),
            old = old.readable(),
            new = new.readable()
        ),
        Change::SourceAdded(s) => crate::t!(
            "merge-diff-source-added",
            id = s.id.as_str(),
            title = s.title.as_str()
        ),
        Change::SourceRemoved(s) => crate::t!(
            "merge-diff-source-removed",
            id = s.id.as_str(),
            title = s.title.as_str()
        ),
        Change::SourceEdited(_, s) => crate::t!(
            "merge-diff-source-edited",
            id = s.id.as_str(),
            title = s.title.as_str()
        ),
        Change::LinkAdded(l) => {
            let mut s = crate::t!(
                "merge-diff-rec-link-added",
                id = l.recommendation.as_str(),
                relation = l.relation.label()
            );
            if !l.note.trim().is_empty() {
                s.push_str(&crate::t!("merge-diff-because", note = l.note.as_str()));
            }
            s
        }
        Change::LinkRemoved(l) => crate::t!(
            "merge-diff-rec-link-removed",
            id = l.recommendation.as_str(),
            relation = l.relation.label()
        ),
        Change::LinkEdited(a, b) => crate::t!(
            "merge-diff-rec-link-edited",
            id = b.recommendation.as_str(),
            details = link_details(a, b).join("; ")
        ),
        Change::TermAdded(id, t) => crate::t!("merge-diff-term-added", term = term(id, t)),
        Change::TermRemoved(id, t) => crate::t!("merge-diff-term-removed", term = term(id, t)),
        Change::RecommendationEdited(None, Some(r)) => crate::t!(
            "merge-diff-recommendation-added",
            details = Value::Recommendation(Some(Box::new(r.clone()))).readable()
        ),
        Change::RecommendationEdited(Some(_), None) => {
            crate::t!("merge-diff-recommendation-removed")
        }
        Change::RecommendationEdited(a, b) => crate::t!(
            "merge-diff-recommendation-edited",
            details = recommendation_details(a.as_ref(), b.as_ref()).join("; ")
        ),
        Change::VocabularyAdded(t) => crate::t!(
            "merge-diff-vocabulary-added",
            id = t.id.as_str(),
            term = term(&t.id, &Some(t.clone()))
        ),
        Change::VocabularyRemoved(t) => crate::t!(
            "merge-diff-vocabulary-removed",
            id = t.id.as_str(),
            term = term(&t.id, &Some(t.clone()))
        ),
        Change::VocabularyEdited(_, t) => crate::t!(
            "merge-diff-vocabulary-edited",
            id = t.id.as_str(),
            term = term(&t.id, &Some(t.clone()))
        ),
    }
}

/// "Theme: Courts", or the bare id of a term the project's vocabularies lack.
fn term(id: &str, t: &Option<Term>) -> String {
    match t {
        Some(t) => format!("{}: {}", t.vocabulary.label(), t.label()),
        None => id.to_owned(),
    }
}

/// "relation from “Answers in part” to “Answers”", one part per detail that differs.
fn details(parts: Vec<(&str, Value, Value)>) -> Vec<String> {
    parts
        .into_iter()
        .filter(|(_, a, b)| a != b)
        .map(|(key, a, b)| {
            crate::t!(
                "merge-diff-detail",
                detail = crate::i18n::tr(key),
                old = a.readable(),
                new = b.readable()
            )
        })
        .collect()
}

fn link_details(a: &RecLink, b: &RecLink) -> Vec<String> {
    let ids = |l: &RecLink| Value::List(l.evidence.iter().map(u32::to_string).collect());
    details(vec![
        (
            "merge-detail-relation",
            Value::Text(a.relation.label().to_owned()),
            Value::Text(b.relation.label().to_owned()),
        ),
        (
            "merge-detail-date",
            Value::Date(a.date),
            Value::Date(b.date),
        ),
        (
            "merge-detail-note",
            Value::Text(a.note.clone()),
            Value::Text(b.note.clone()),
        ),
        ("merge-detail-evidence", ids(a), ids(b)),
    ])
}

/// The response in words: "Supported (1 June 2025): note"; empty when there is none.
fn response_words(r: &Recommendation) -> Value {
    Value::Text(r.response.as_ref().map_or_else(String::new, |x| {
        let mut words = x.position.label().to_owned();
        if let Some(d) = x.date {
            words.push_str(&format!(" ({})", date_long(d)));
        }
        if !x.note.trim().is_empty() {
            words.push_str(&format!(": {}", x.note.trim()));
        }
        words
    }))
}

fn recommendation_details(a: Option<&Recommendation>, b: Option<&Recommendation>) -> Vec<String> {
    let (Some(a), Some(b)) = (a, b) else {
        return Vec::new();
    };
    let text = |s: &str| Value::Text(s.to_owned());
    details(vec![
        (
            "merge-detail-mechanism",
            text(a.mechanism.label()),
            text(b.mechanism.label()),
        ),
        (
            "merge-detail-paragraph",
            text(&a.paragraph),
            text(&b.paragraph),
        ),
        ("merge-detail-cycle", text(&a.cycle), text(&b.cycle)),
        (
            "merge-detail-recommending",
            Value::List(a.recommending.clone()),
            Value::List(b.recommending.clone()),
        ),
        (
            "merge-detail-language",
            text(&a.language),
            text(&b.language),
        ),
        (
            "merge-detail-summary",
            Value::Flag(a.summary),
            Value::Flag(b.summary),
        ),
        (
            "merge-detail-response",
            response_words(a),
            response_words(b),
        ),
    ])
}

/// A project as lines of words, one fact a line, for `git diff` (textconv) to compare.
pub fn readable(p: &Project) -> String {
    let mut out = Vec::new();
    out.push(p.title.clone());
    if !p.description.is_empty() {
        out.push(p.description.clone());
    }
    for s in &p.sources {
        out.push(crate::t!(
            "merge-show-source",
            id = s.id.as_str(),
            title = s.title.as_str(),
            url = s.url.as_str()
        ));
    }
    for t in &p.terms {
        out.push(crate::t!(
            "merge-show-term",
            id = t.id.as_str(),
            term = term(&t.id, &Some(t.clone()))
        ));
    }
    for c in &p.commitments {
        out.push(String::new());
        out.push(crate::t!(
            "merge-diff-commitment",
            id = c.id.as_str(),
            title = c.title.as_str()
        ));
        for field in &crate::model::merge::conflict::COMMITMENT_FIELDS {
            if let Some(v) = crate::model::merge::conflict::get(c, field) {
                out.push(format!("  {}: {}", field.label(), v.readable()));
            }
        }
        for h in &c.history {
            let cited: Vec<Evidence> = h
                .evidence
                .iter()
                .filter_map(|id| c.evidence_by_id(*id).cloned())
                .collect();
            let change = Change::StatusChanged(h.clone(), cited);
            out.push(format!("  {}", sentence(&change)));
        }
        for e in &c.evidence {
            out.push(format!("  {}", link(e)));
        }
        for n in &c.notes {
            out.push(crate::t!(
                "merge-show-note",
                date = date_long(n.date),
                text = n.text.as_str()
            ));
        }
        // Links and terms, so that `git diff` through `show` sees them change too.
        if !c.terms.is_empty() {
            let terms: Vec<String> = c
                .terms
                .iter()
                .map(|id| term(id, &p.terms.iter().find(|t| t.id == *id).cloned()))
                .collect();
            out.push(crate::t!("merge-show-terms", terms = terms.join("; ")));
        }
        for l in &c.links {
            out.push(crate::t!(
                "merge-show-link",
                id = l.recommendation.as_str(),
                relation = l.relation.label(),
                note = l.note.as_str()
            ));
        }
    }
    for conflict in &p.conflicts {
        out.push(crate::t!(
            "merge-show-conflict",
            id = conflict.commitment.as_str(),
            field = conflict.field.label(),
            ours = conflict.ours.readable(),
            theirs = conflict.theirs.readable()
        ));
    }
    // An empty address would leave a space at the end of its line.
    out.iter()
        .map(|l| l.trim_end())
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Position, Relation, Response, Vocabulary};

    fn d(s: &str) -> crate::model::Date {
        s.parse().unwrap()
    }

    #[test]
    fn the_readable_project_shows_terms_and_links() {
        let mut p = Project::default();
        p.terms
            .push(Term::new("theme-courts", Vocabulary::Theme, "Courts"));
        let mut c = crate::model::Commitment::new("P1", crate::model::Kind::Reform, "Law");
        c.terms = vec!["theme-courts".into(), "unknown".into()];
        c.links.push(RecLink::new("UPR-1", Relation::Answers));
        p.commitments.push(c);
        let text = readable(&p);
        assert!(
            text.contains("Vocabulary term theme-courts: Theme: Courts\n"),
            "{text}"
        );
        assert!(
            text.contains("\n  Terms: Theme: Courts; unknown\n"),
            "{text}"
        );
        assert!(
            text.contains("\n  Link to recommendation UPR-1: Answers.\n"),
            "{text}"
        );
    }

    #[test]
    fn links_terms_and_details_are_said_in_sentences() {
        let mut link = RecLink::new("UPR-1", Relation::GoesAgainst);
        link.note = "Narrows appeals".into();
        assert_eq!(
            sentence(&Change::LinkAdded(link.clone())),
            "Link to recommendation UPR-1 added (Goes against). Note: Narrows appeals"
        );
        let mut answers = link.clone();
        answers.relation = Relation::Answers;
        answers.date = Some(d("2025-09-01"));
        assert_eq!(
            sentence(&Change::LinkEdited(link.clone(), answers)),
            "Link to recommendation UPR-1 changed: relation from “Goes against” to “Answers”; \
             date from “(empty)” to “1 September 2025”."
        );
        assert_eq!(
            sentence(&Change::LinkRemoved(link)),
            "Link to recommendation UPR-1 removed (Goes against)."
        );
        let courts = Term::new("theme-courts", Vocabulary::Theme, "Courts");
        assert_eq!(
            sentence(&Change::TermAdded(
                "theme-courts".into(),
                Some(courts.clone())
            )),
            "Term added: Theme: Courts."
        );
        assert_eq!(
            sentence(&Change::TermRemoved("gone".into(), None)),
            "Term removed: gone."
        );
        assert_eq!(
            sentence(&Change::VocabularyAdded(courts)),
            "Vocabulary term theme-courts added: Theme: Courts."
        );
        let before = Recommendation::default();
        let mut after = before.clone();
        after.paragraph = "123.45".into();
        after.response = Some(Response {
            position: Position::Supported,
            date: Some(d("2025-06-01")),
            note: String::new(),
        });
        assert_eq!(
            sentence(&Change::RecommendationEdited(
                Some(before.clone()),
                Some(after.clone())
            )),
            "Recommendation details changed: paragraph from “(empty)” to “123.45”; \
             response from “(empty)” to “Supported (1 June 2025)”."
        );
        assert_eq!(
            sentence(&Change::RecommendationEdited(None, Some(after))),
            "Recommendation details added: UPR 123.45: Supported."
        );
        assert_eq!(
            sentence(&Change::RecommendationEdited(Some(before), None)),
            "Recommendation details removed."
        );
    }
}
