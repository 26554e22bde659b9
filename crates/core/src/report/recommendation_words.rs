//! Recommendations in the exports' words: the lines under an item's status that say which
//! recommendations a commitment answers and what answers a recommendation, and a
//! recommendation's own details (mechanism, paragraph, response, text), all as of a date.

use crate::model::as_of::known_on;
use crate::model::recommendation::{Relation, backlinks, is_answered};
use crate::model::{Commitment, Date, Project, Recommendation};

use super::replacement_words::with_ids;

/// Whether anything in the project speaks of recommendations. Only then do the exports gain
/// their columns, sheets and sections: a project without any exports exactly as before.
/// Vocabularies and stray recommendation details count too, so the workbook keeps them.
pub fn carries_recommendations(project: &Project) -> bool {
    !project.terms.is_empty()
        || project.commitments.iter().any(|c| {
            c.is_recommendation()
                || c.recommendation.is_some()
                || !c.links.is_empty()
                || !c.terms.is_empty()
        })
}

fn forward_key(r: Relation) -> &'static str {
    match r {
        Relation::Answers => "report-link-answers",
        Relation::AnswersInPart => "report-link-answers-in-part",
        Relation::GoesAgainst => "report-link-goes-against",
    }
}

fn reverse_key(r: Relation) -> &'static str {
    match r {
        Relation::Answers => "report-link-answered-by",
        Relation::AnswersInPart => "report-link-answered-in-part-by",
        Relation::GoesAgainst => "report-link-gone-against-by",
    }
}

/// The lines an item's status cell gains, as of the date: "Answers: UPR-1" for what a
/// commitment links to; "Answered by: P1", "Gone against by: P3" or "Nothing answers this
/// recommendation yet" for a recommendation. Words go through `text`, ids through `id`.
pub(crate) fn link_lines(
    project: &Project,
    c: &Commitment,
    as_of: Option<Date>,
    text: impl Fn(&str) -> String,
    id: impl Fn(&str) -> String,
) -> Vec<String> {
    let own: Vec<(Relation, &str)> = c
        .links_on(as_of)
        .map(|l| (l.relation, l.recommendation.as_str()))
        .collect();
    let mut lines = grouped(&own, forward_key, &text, &id);
    if !c.is_recommendation() {
        return lines;
    }
    let back: Vec<(Relation, &str)> = backlinks(&project.commitments, &c.id, as_of)
        .iter()
        .map(|b| (b.link.relation, b.commitment.id.as_str()))
        .collect();
    lines.extend(grouped(&back, reverse_key, &text, &id));
    if !is_answered(&project.commitments, &c.id, as_of) {
        lines.push(text(&crate::t!("report-link-nothing-answers")));
    }
    lines
}

/// One line per relation that has ids, in the order of the scale of relations.
fn grouped(
    links: &[(Relation, &str)],
    key: fn(Relation) -> &'static str,
    text: impl Fn(&str) -> String,
    id: impl Fn(&str) -> String,
) -> Vec<String> {
    Relation::ALL
        .into_iter()
        .filter_map(|relation| {
            let ids: Vec<String> = links
                .iter()
                .filter(|(r, _)| *r == relation)
                .map(|(_, i)| id(i))
                .collect();
            (!ids.is_empty())
                .then(|| with_ids(&crate::t!(key(relation), ids = IDS), IDS, &ids, &text))
        })
        .collect()
}

/// Stands for the ids while the words around them are formatted.
const IDS: &str = "\u{1}";

/// The recommendations of the project, with their details, in file order.
pub(crate) fn recommendations(project: &Project) -> Vec<(&Commitment, &Recommendation)> {
    project
        .commitments
        .iter()
        .filter(|c| c.is_recommendation())
        .filter_map(|c| Some((c, c.recommendation.as_ref()?)))
        .collect()
}

/// The document a recommendation is in: its source's title, else the id it cites.
pub(crate) fn document(project: &Project, c: &Commitment) -> String {
    project
        .sources
        .iter()
        .find(|s| s.id == c.source && !s.title.trim().is_empty())
        .map_or_else(|| c.source.clone(), |s| s.title.clone())
}

/// "UPR, paragraph 123.45, 4th cycle, <document>": who asked, where; empty parts left out.
pub(crate) fn origin(project: &Project, c: &Commitment, r: &Recommendation) -> String {
    let paragraph = (!r.paragraph.trim().is_empty())
        .then(|| crate::t!("report-rec-paragraph", paragraph = r.paragraph.trim()));
    [
        Some(r.mechanism.label().to_owned()),
        paragraph,
        Some(r.cycle.trim().to_owned()),
        Some(document(project, c)),
    ]
    .into_iter()
    .flatten()
    .filter(|p| !p.trim().is_empty())
    .collect::<Vec<_>>()
    .join(", ")
}

/// The state's response as of the date: "Response: Supported (2025-06-01). Note", or that
/// there was none yet.
pub(crate) fn response_line(r: &Recommendation, as_of: Option<Date>) -> String {
    let Some(response) = r.response_on(as_of) else {
        return crate::t!("report-rec-no-response");
    };
    let position = response.position.label();
    let line = match response.date {
        Some(d) => crate::t!(
            "report-rec-response",
            position = position,
            date = d.to_string()
        ),
        None => crate::t!("report-rec-response-undated", position = position),
    };
    if response.note.trim().is_empty() {
        line
    } else {
        format!("{} {}", super::full_stop(&line), response.note.trim())
    }
}

/// A recommendation's details, one plain line each, for the Markdown and HTML sections:
/// where it comes from, who recommended it, the response and its text (marked when the
/// text is a summary, not its own words).
pub(crate) fn detail_lines(
    project: &Project,
    c: &Commitment,
    r: &Recommendation,
    as_of: Option<Date>,
) -> Vec<String> {
    let mut lines = vec![origin(project, c, r)];
    let recommending: Vec<&str> = r
        .recommending
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect();
    if !recommending.is_empty() {
        lines.push(crate::t!(
            "report-rec-recommending",
            names = recommending.join(", ")
        ));
    }
    lines.push(response_line(r, as_of));
    if !c.quote.trim().is_empty() {
        let key = if r.summary {
            "report-rec-text-summary"
        } else {
            "report-rec-text"
        };
        lines.push(crate::t!(key, text = c.quote.trim()));
    }
    let terms = term_labels(project, &c.terms);
    if !terms.is_empty() {
        lines.push(crate::t!("report-rec-terms", terms = terms.join(", ")));
    }
    lines
}

/// The labels of an item's terms in the interface's language; an id the project's
/// vocabularies lack is shown as it is, so nothing is dropped silently.
pub(crate) fn term_labels(project: &Project, ids: &[String]) -> Vec<String> {
    ids.iter()
        .map(|id| {
            project
                .terms
                .iter()
                .find(|t| t.id == *id)
                .map_or_else(|| id.clone(), |t| t.label().to_owned())
        })
        .collect()
}

/// "UPR-1 (Answers); UPR-2 (Answers in part)": an item's links known on the date, with the
/// English names of their relations, as machine-stable cells hold them.
pub(crate) fn links_cell(c: &Commitment, as_of: Option<Date>) -> String {
    c.links_on(as_of)
        .map(|l| format!("{} ({})", l.recommendation, l.relation.english_name()))
        .collect::<Vec<_>>()
        .join("; ")
}

/// "P1 (Answers); P2 (Answers in part)": what answers a recommendation on the date.
pub(crate) fn answered_by_cell(project: &Project, id: &str, as_of: Option<Date>) -> String {
    backlinks(&project.commitments, id, as_of)
        .iter()
        .filter(|b| b.link.relation.answers())
        .map(|b| format!("{} ({})", b.commitment.id, b.link.relation.english_name()))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Whether a response is known on the date, with its date: for cells.
pub(crate) fn response_cells(r: &Recommendation, as_of: Option<Date>) -> (String, Option<Date>) {
    match r.response.as_ref().filter(|x| known_on(x.date, as_of)) {
        Some(x) => (x.position.english_name().to_owned(), x.date),
        None => (String::new(), None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Kind, Position, RecLink, Response};

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn project() -> Project {
        let mut p = Project::default();
        let mut r = Commitment::new_recommendation("UPR-1", "Courts");
        r.recommendation.as_mut().unwrap().response = Some(Response {
            position: Position::Supported,
            date: Some(d("2025-06-01")),
            note: String::new(),
        });
        let mut c = Commitment::new("P1", Kind::Reform, "Law");
        let mut link = RecLink::new("UPR-1", Relation::AnswersInPart);
        link.date = Some(d("2025-09-01"));
        c.links.push(link);
        p.commitments = vec![r, c];
        p
    }

    #[test]
    fn a_project_without_recommendations_carries_none() {
        let mut p = project();
        assert!(carries_recommendations(&p));
        p.commitments.retain(|c| c.id == "P1");
        assert!(carries_recommendations(&p), "a link is enough");
        p.commitments[0].links.clear();
        assert!(!carries_recommendations(&p));
    }

    #[test]
    fn the_lines_follow_the_date() {
        let p = project();
        let lines = |id: &str, as_of| {
            let c = p.commitments.iter().find(|c| c.id == id).unwrap();
            link_lines(&p, c, as_of, str::to_owned, |i| format!("[{i}]"))
        };
        assert_eq!(
            lines("UPR-1", Some(d("2025-08-31"))),
            ["Nothing answers this recommendation yet"]
        );
        assert_eq!(lines("UPR-1", None), ["Answered in part by: [P1]"]);
        assert_eq!(lines("P1", None), ["Answers in part: [UPR-1]"]);
        assert!(lines("P1", Some(d("2025-01-01"))).is_empty());
        let r = p.commitments[0].recommendation.as_ref().unwrap();
        assert_eq!(response_line(r, Some(d("2025-05-31"))), "No response yet");
        assert_eq!(response_line(r, None), "Response: Supported (2025-06-01)");
        assert_eq!(
            links_cell(&p.commitments[1], None),
            "UPR-1 (Answers in part)"
        );
        assert_eq!(answered_by_cell(&p, "UPR-1", None), "P1 (Answers in part)");
        assert_eq!(answered_by_cell(&p, "UPR-1", Some(d("2025-01-01"))), "");
    }

    #[test]
    fn a_summary_is_marked_as_one() {
        let mut p = project();
        p.commitments[0].quote = "Reform the courts".into();
        let c = &p.commitments[0];
        let mut r = c.recommendation.clone().unwrap();
        r.paragraph = "123.45".into();
        assert!(detail_lines(&p, c, &r, None).contains(&"Text: Reform the courts".to_owned()));
        r.summary = true;
        let lines = detail_lines(&p, c, &r, None);
        assert!(
            lines.contains(&"Text (summary): Reform the courts".to_owned()),
            "{lines:?}"
        );
        assert_eq!(lines[0], "UPR, paragraph 123.45");
    }
}
