//! References between parts of a project that must name something that exists: a
//! commitment's source document, checked on import and by `validate`; and what `validate`
//! warns of in recommendations, their links and terms.

use super::{Project, Relation};

/// (commitment id, source id) for every commitment whose source id names no source document.
pub fn unknown_sources(project: &Project) -> Vec<(&str, &str)> {
    project
        .commitments
        .iter()
        .filter(|c| !c.source.is_empty() && project.sources.iter().all(|s| s.id != c.source))
        .map(|c| (c.id.as_str(), c.source.as_str()))
        .collect()
}

/// Something in a project's recommendations that loads but is likely a mistake.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecommendationWarning<'a> {
    /// A commitment links to an id that is no recommendation of the project.
    UnknownRecommendation { commitment: &'a str, id: &'a str },
    /// A "goes against" link without a note saying why: a charge needs its reason.
    AgainstWithoutNote { commitment: &'a str, id: &'a str },
    /// An item of kind Recommendation without its details.
    NoDetails { id: &'a str },
    /// An item tagged with a term id that is in none of the project's vocabularies.
    UnknownTerm { item: &'a str, term: &'a str },
}

/// Every such warning, item by item in file order.
pub fn recommendation_warnings(project: &Project) -> Vec<RecommendationWarning<'_>> {
    let is_recommendation = |id: &str| {
        project
            .commitments
            .iter()
            .any(|c| c.id == id && c.is_recommendation())
    };
    let mut out = Vec::new();
    for c in &project.commitments {
        if c.is_recommendation() && c.recommendation.is_none() {
            out.push(RecommendationWarning::NoDetails { id: &c.id });
        }
        for l in &c.links {
            if !is_recommendation(&l.recommendation) {
                out.push(RecommendationWarning::UnknownRecommendation {
                    commitment: &c.id,
                    id: &l.recommendation,
                });
            }
            if l.relation == Relation::GoesAgainst && l.note.trim().is_empty() {
                out.push(RecommendationWarning::AgainstWithoutNote {
                    commitment: &c.id,
                    id: &l.recommendation,
                });
            }
        }
        for term in &c.terms {
            if project.terms.iter().all(|t| t.id != *term) {
                out.push(RecommendationWarning::UnknownTerm { item: &c.id, term });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Commitment, Kind, RecLink, SourceDoc, Term, Vocabulary};

    #[test]
    fn recommendation_mistakes_are_each_named() {
        let mut p = Project::default();
        p.terms
            .push(Term::new("theme-courts", Vocabulary::Theme, "Courts"));
        let mut r = Commitment::new_recommendation("UPR-1", "Courts");
        r.terms = vec!["theme-courts".into(), "theme-nowhere".into()];
        let mut bare = Commitment::new("UPR-2", Kind::Recommendation, "Bare");
        bare.recommendation = None;
        let mut c = Commitment::new("P1", Kind::Reform, "Law");
        c.links = vec![
            RecLink::new("UPR-1", Relation::Answers),
            RecLink::new("P9", Relation::Answers),
            RecLink::new("UPR-2", Relation::GoesAgainst),
        ];
        let mut explained = RecLink::new("UPR-1", Relation::GoesAgainst);
        explained.note = "The law narrows appeals".into();
        c.links.push(explained);
        p.commitments = vec![r, bare, c];
        assert_eq!(
            recommendation_warnings(&p),
            [
                RecommendationWarning::UnknownTerm {
                    item: "UPR-1",
                    term: "theme-nowhere"
                },
                RecommendationWarning::NoDetails { id: "UPR-2" },
                RecommendationWarning::UnknownRecommendation {
                    commitment: "P1",
                    id: "P9"
                },
                RecommendationWarning::AgainstWithoutNote {
                    commitment: "P1",
                    id: "UPR-2"
                },
            ]
        );
    }

    #[test]
    fn a_source_id_with_no_source_document_is_named() {
        let mut p = Project::default();
        p.sources.push(SourceDoc {
            id: "address-2022".into(),
            title: String::new(),
            publisher: String::new(),
            date: None,
            url: String::new(),
            note: String::new(),
        });
        for (id, source) in [
            ("A", "address-2022"),
            ("B", "https://example.org"),
            ("C", ""),
        ] {
            let mut c = Commitment::new(id, Kind::Reform, "T");
            c.source = source.into();
            p.commitments.push(c);
        }
        assert_eq!(unknown_sources(&p), [("B", "https://example.org")]);
    }
}
