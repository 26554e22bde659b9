//! The "copy citation" line: what a journalist pastes under a quote.

use crate::model::links::check_link;
use crate::model::summary::status_of;
use crate::model::{Commitment, Date, Project};

use super::figures_date;

/// `"<title>" — <status> as of <date> (<project title>). [Replaced on <date> by <ids>.]
/// [Recommendation: <mechanism>, paragraph <n>, <cycle>, <document>.] Source: <source title>, <publisher>, <date>, <url>`, on one line, in the interface language.
/// Missing source parts are left out rather than shown empty; the address only appears when it
/// is safe to open. Dates stay ISO (2024-06-30): a citation is read in every language.
pub fn citation(project: &Project, c: &Commitment, as_of: Option<Date>) -> String {
    let stated = figures_date(as_of);
    let status = status_of(c, as_of);
    let mut line = crate::t!(
        "citation-line",
        title = one_line(&c.title),
        status = status.label().to_owned(),
        date = stated.to_string(),
        project = one_line(&project.title)
    );
    // "Fulfilled" alone would read as still in force.
    if let Some(r) = c.replaced_on(as_of) {
        line.push(' ');
        line.push_str(&crate::report::replacement_words::replaced_line(r));
        line.push('.');
    }
    // A recommendation is cited by who made it and where: "UPR, paragraph 123.45, <document>".
    if let Some(r) = c.recommendation.as_ref().filter(|_| c.is_recommendation()) {
        line.push(' ');
        line.push_str(&crate::t!(
            "citation-recommendation",
            origin = one_line(&super::recommendation_words::origin(project, c, r))
        ));
    }
    let source = project.sources.iter().find(|s| s.id == c.source);
    let parts: Vec<String> = match source {
        Some(s) => [
            one_line(&s.title),
            one_line(&s.publisher),
            s.date.map(|d| d.to_string()).unwrap_or_default(),
            check_link(&s.url)
                .openable()
                .map(str::to_owned)
                .unwrap_or_default(),
        ]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect(),
        None => Vec::new(),
    };
    line.push(' ');
    if parts.is_empty() {
        line.push_str(&crate::t!("citation-no-source"));
    } else {
        line.push_str(&crate::t!("citation-source", parts = parts.join(", ")));
    }
    if let Some(evidence) = status_evidence(c, as_of) {
        line.push(' ');
        line.push_str(&evidence);
    }
    line
}

/// "Evidence: <url> (archived copy: <url>)" for the first safe link with an archived copy that
/// the status as of the date rests on: the copy stays readable when the original page is gone.
/// Without an archived copy the line stays as it was: the source is the citation.
fn status_evidence(c: &Commitment, as_of: Option<Date>) -> Option<String> {
    let change = c
        .history
        .iter()
        .rfind(|h| crate::model::as_of::known_on(Some(h.date), as_of))?;
    let e = change
        .evidence
        .iter()
        .filter_map(|id| c.evidence_by_id(*id))
        .find(|e| {
            check_link(&e.url).openable().is_some()
                && crate::model::archive::archived_copy(e).is_some()
        })?;
    let url = check_link(&e.url).openable()?.to_owned();
    let copy = crate::model::archive::archived_copy(e)?;
    Some(crate::t!("citation-evidence", url = url, archived = copy))
}

/// Collapses line breaks and runs of whitespace: a citation is pasted as a single line.
pub(crate) fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Kind, Mechanism, SourceDoc};

    #[test]
    fn a_recommendation_is_cited_by_mechanism_document_and_paragraph() {
        let mut p = Project {
            title: "Tracker".into(),
            ..Project::default()
        };
        p.sources.push(SourceDoc {
            id: "upr-2025".into(),
            title: "Report of the Working Group on the UPR".into(),
            publisher: "UN Human Rights Council".into(),
            date: None,
            url: String::new(),
            note: String::new(),
        });
        let mut r = Commitment::new_recommendation("UPR-1", "Independent courts");
        r.source = "upr-2025".into();
        let details = r.recommendation.as_mut().unwrap();
        details.mechanism = Mechanism::TreatyBody;
        details.paragraph = "123.45".into();
        let line = citation(&p, &r, Some("2026-01-01".parse().unwrap()));
        assert!(
            line.contains(
                "Recommendation: Treaty body, paragraph 123.45, \
                 Report of the Working Group on the UPR."
            ),
            "{line}"
        );
        let mut c = Commitment::new("P1", Kind::Reform, "Law");
        c.source = "upr-2025".into();
        assert!(!citation(&p, &c, None).contains("Recommendation:"));
    }
}
