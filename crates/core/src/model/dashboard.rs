//! What the dashboard and the progress chart show: pure figures, no drawing.
//!
//! Everything can be computed "as the tracker stood" on a past date: statuses come from the
//! history, and history entries after that date are ignored.

use super::as_of::known_on;
use super::summary::{Summary, status_of};
use super::{Commitment, Date, Kind, Mechanism, Position, Project, Status, StatusChange};

/// How many recent status changes the dashboard lists.
pub const LATEST_CHANGES: usize = 10;

#[derive(Clone, Debug, PartialEq)]
pub struct Dashboard {
    pub overall: Summary,
    /// In order of first appearance in the project, so the author's ordering is kept.
    /// Commitments without a category are grouped under [`NO_CATEGORY`].
    pub by_category: Vec<(String, Summary)>,
    /// One group per actor (the `actor` field: who committed), in order of first appearance.
    /// Commitments that name no actor are grouped under [`NO_ACTOR`].
    pub by_actor: Vec<(String, Summary)>,
    /// By theme (term ids, in the vocabulary's order); a commitment counts under each of its
    /// themes. Empty when no commitment has one.
    pub by_theme: Vec<(String, Summary)>,
    /// Most overdue first.
    pub overdue: Vec<Overdue>,
    /// Newest first, at most [`LATEST_CHANGES`].
    pub latest_changes: Vec<LatestChange>,
    /// The recommendations' own figures; `None` when the project has none on the date.
    pub recommendations: Option<Coverage>,
}

/// How far the recommendations a country received are answered, as of a date.
#[derive(Clone, Debug, PartialEq)]
pub struct Coverage {
    /// Every recommendation, by its implementation status.
    pub all: Summary,
    /// Supported wholly or in part by the state's response on the date.
    pub supported: usize,
    /// Of those, how many at least one commitment answers (wholly or in part).
    pub supported_answered: usize,
    /// The supported recommendations by their implementation status.
    pub supported_status: Summary,
    /// Recommendations some commitment goes against.
    pub gone_against: usize,
    /// Recommendations nothing answers, with their titles, in project order.
    pub unanswered: Vec<(String, String)>,
    /// Status by mechanism, in the mechanisms' order. Keys, not words: the figures are kept
    /// across a change of language, and the window names them in the language shown.
    pub by_mechanism: Vec<(Mechanism, Summary)>,
    /// Status by the state's response (`None`: no response yet), in the scale's order.
    pub by_response: Vec<(Option<Position>, Summary)>,
    /// Status by theme (term ids, in the vocabulary's order); a recommendation counts under
    /// each of its themes.
    pub by_theme: Vec<(String, Summary)>,
}

impl Coverage {
    /// Share of supported recommendations answered by at least one commitment.
    pub fn share_answered(&self) -> Option<f64> {
        (self.supported > 0).then(|| self.supported_answered as f64 / self.supported as f64)
    }
}

fn coverage(project: &Project, as_of: Option<Date>) -> Option<Coverage> {
    let recs: Vec<&Commitment> = project
        .commitments
        .iter()
        .filter(|c| c.is_recommendation() && known_on(c.date_committed, as_of))
        .collect();
    if recs.is_empty() {
        return None;
    }
    let response = |c: &Commitment| {
        c.recommendation
            .as_ref()
            .and_then(|r| r.response_on(as_of))
            .map(|r| r.position)
    };
    let is_supported = |c: &&Commitment| {
        matches!(
            response(c),
            Some(Position::Supported | Position::SupportedInPart)
        )
    };
    // One pass over every link, not one per recommendation: thousands of each stay quick.
    let mut answered_ids = std::collections::HashSet::new();
    let mut against_ids = std::collections::HashSet::new();
    for c in &project.commitments {
        for link in c.links_on(as_of) {
            let set = if link.relation.answers() {
                &mut answered_ids
            } else {
                &mut against_ids
            };
            set.insert(link.recommendation.as_str());
        }
    }
    let answered = |c: &Commitment| answered_ids.contains(c.id.as_str());
    let supported: Vec<&Commitment> = recs.iter().copied().filter(is_supported).collect();
    let by_mechanism = Mechanism::ALL
        .iter()
        .filter_map(|m| {
            let group: Vec<&Commitment> = recs
                .iter()
                .copied()
                .filter(|c| c.recommendation.as_ref().is_some_and(|r| r.mechanism == *m))
                .collect();
            (!group.is_empty()).then(|| (*m, Summary::of(group, as_of)))
        })
        .collect();
    let by_response = Position::ALL
        .iter()
        .map(|p| Some(*p))
        .chain([None])
        .filter_map(|p| {
            let group: Vec<&Commitment> =
                recs.iter().copied().filter(|c| response(c) == p).collect();
            (!group.is_empty()).then(|| (p, Summary::of(group, as_of)))
        })
        .collect();
    Some(Coverage {
        all: Summary::of(recs.iter().copied(), as_of),
        supported: supported.len(),
        supported_answered: supported.iter().filter(|c| answered(c)).count(),
        supported_status: Summary::of(supported.iter().copied(), as_of),
        gone_against: recs
            .iter()
            .filter(|c| against_ids.contains(c.id.as_str()))
            .count(),
        unanswered: recs
            .iter()
            .filter(|c| !answered(c))
            .map(|c| (c.id.clone(), c.title.clone()))
            .collect(),
        by_mechanism,
        by_response,
        by_theme: by_theme(project, &recs, as_of),
    })
}

/// The items under each theme of the project's vocabulary that any of them carries.
fn by_theme(
    project: &Project,
    items: &[&Commitment],
    as_of: Option<Date>,
) -> Vec<(String, Summary)> {
    project
        .terms
        .iter()
        .filter(|t| t.vocabulary == super::Vocabulary::Theme)
        .filter_map(|t| {
            let group: Vec<&Commitment> = items
                .iter()
                .copied()
                .filter(|c| c.terms.contains(&t.id))
                .collect();
            (!group.is_empty()).then(|| (t.id.clone(), Summary::of(group, as_of)))
        })
        .collect()
}

/// Group name for commitments with an empty category.
pub const NO_CATEGORY: &str = "(no category)";

/// Group name for commitments that name no actor.
pub const NO_ACTOR: &str = "(no actor)";

/// A group's name as shown: the two groups of the unnamed in the current language, any
/// other name as written in the project. The groups keep stable names, so a dashboard
/// computed before a language switch still shows the new language.
pub fn group_label(name: &str) -> String {
    match name {
        NO_CATEGORY => crate::t!("dashboard-no-category"),
        NO_ACTOR => crate::t!("dashboard-no-actor"),
        name => name.to_owned(),
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Overdue {
    pub id: String,
    pub title: String,
    pub kind: Kind,
    pub deadline: Date,
    pub status: Status,
    /// Whole days from the end of the deadline's period to the reference date; at least 1.
    pub days_overdue: i64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LatestChange {
    pub id: String,
    pub title: String,
    pub date: Date,
    pub from: Status,
    pub to: Status,
    pub note: String,
}

/// The dashboard as of `as_of` (or now, when `None`). Overdue is measured against `as_of`
/// when given, else against `today`.
pub fn dashboard(project: &Project, as_of: Option<Date>, today: Date) -> Dashboard {
    // The commitments' figures leave recommendations out: they have figures of their own.
    let cs: Vec<&Commitment> = project
        .commitments
        .iter()
        .filter(|c| !c.is_recommendation())
        .collect();
    let reference = as_of.unwrap_or(today);

    let by_category = groups(&cs, |c| &c.category, NO_CATEGORY, as_of);
    let by_actor = groups(&cs, |c| &c.actor, NO_ACTOR, as_of);

    let mut overdue: Vec<Overdue> = cs
        .iter()
        .filter_map(|c| {
            let deadline = c.deadline?;
            let status = status_of(c, as_of);
            let days = c.days_overdue(status, reference)?;
            Some(Overdue {
                id: c.id.clone(),
                title: c.title.clone(),
                kind: c.kind,
                deadline,
                status,
                days_overdue: days,
            })
        })
        .collect();
    // Stable sort: equal delays keep project order.
    overdue.sort_by_key(|o| std::cmp::Reverse(o.days_overdue));

    // Ties on a date: project order across commitments, the later entry first within one.
    let mut changes: Vec<(Date, usize, usize, &Commitment, &StatusChange)> = cs
        .iter()
        .enumerate()
        .flat_map(|(ci, &c)| {
            c.history
                .iter()
                .enumerate()
                .filter(|(_, h)| as_of.is_none_or(|d| h.date.on_or_before(d)))
                .map(move |(hi, h)| (h.date.first_day(), ci, hi, c, h))
        })
        .collect();
    changes.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(b.2.cmp(&a.2)));
    let latest_changes: Vec<LatestChange> = changes
        .into_iter()
        .take(LATEST_CHANGES)
        .map(|(_, _, _, c, h)| LatestChange {
            id: c.id.clone(),
            title: c.title.clone(),
            date: h.date,
            from: h.from,
            to: h.to,
            note: h.note.clone(),
        })
        .collect();

    Dashboard {
        overall: Summary::of(cs.iter().copied(), as_of),
        by_category,
        by_actor,
        by_theme: by_theme(project, &cs, as_of),
        overdue,
        latest_changes,
        recommendations: coverage(project, as_of),
    }
}

/// Summaries of the commitments grouped by a text field, in order of first appearance;
/// an empty field is grouped under `empty`.
fn groups(
    cs: &[&Commitment],
    field: impl Fn(&Commitment) -> &String,
    empty: &str,
    as_of: Option<Date>,
) -> Vec<(String, Summary)> {
    let mut groups: Vec<(String, Vec<&Commitment>)> = Vec::new();
    for &c in cs {
        let name = match field(c).trim() {
            "" => empty,
            name => name,
        };
        match groups.iter_mut().find(|(n, _)| n == name) {
            Some((_, group)) => group.push(c),
            None => groups.push((name.to_owned(), vec![c])),
        }
    }
    groups
        .into_iter()
        .map(|(n, group)| (n, Summary::of(group, as_of)))
        .collect()
}

/// How many commitments stood in each status over time, for the progress chart.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Timeline {
    pub dates: Vec<Date>,
    /// Parallel to `dates`; indexed by `Status::index()`.
    pub counts: Vec<[usize; 7]>,
}

impl Timeline {
    /// The most commitments counted at any point (at least 1): the scale of a chart, since
    /// commitments made later join the count.
    pub fn most(&self) -> usize {
        self.counts
            .iter()
            .map(|c| c.iter().sum::<usize>())
            .max()
            .unwrap_or(1)
            .max(1)
    }
}

/// One point per distinct status-change date (dates naming the same first day count once),
/// oldest first, plus a starting point the day before the first change. With `as_of` (the
/// date shown, else today), the chart runs to that day: later changes are left out and a last
/// point is placed on it. Each point counts the commitments made by then. Empty when no
/// commitment has any history by then: there is no date to place a point at.
pub fn timeline(project: &Project, as_of: Option<Date>) -> Timeline {
    // Commitments only, as the headline figures: recommendations are counted on their own.
    let items = || {
        project
            .commitments
            .iter()
            .filter(|c| !c.is_recommendation())
    };
    let mut dates: Vec<Date> = items()
        .flat_map(|c| c.history.iter().map(|h| h.date))
        .filter(|d| known_on(Some(*d), as_of))
        .collect();
    dates.sort();
    // A partial date ("2022-07") and the first day it names fall at the same point.
    dates.dedup_by_key(|d| d.first_day());
    let Some(first) = dates.first() else {
        return Timeline::default();
    };
    dates.insert(0, Date::from_day_number(first.day_number() - 1));
    if let (Some(end), Some(last)) = (as_of, dates.last())
        && end.first_day() > last.first_day()
    {
        dates.push(end);
    }

    let counts = dates
        .iter()
        .map(|&d| {
            let mut row = [0; 7];
            for c in items() {
                if known_on(c.date_committed, Some(d)) {
                    row[c.status_on(d).index()] += 1;
                }
            }
            row
        })
        .collect();
    Timeline { dates, counts }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{RecLink, Relation, Response};

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    /// Four recommendations: two supported (one answered by P1, one gone against by P2), one
    /// noted, one supported only from 2025-06; and two commitments.
    fn project() -> Project {
        let mut p = Project::default();
        let mut rec = |id: &str, mechanism, position, date: &str| {
            let mut r = Commitment::new(id, Kind::Recommendation, id);
            let details = r.recommendation.as_mut().unwrap();
            details.mechanism = mechanism;
            details.response = Some(Response {
                position,
                date: Some(d(date)),
                note: String::new(),
            });
            p.commitments.push(r);
        };
        rec("R1", Mechanism::Upr, Position::Supported, "2025-01-01");
        rec(
            "R2",
            Mechanism::Upr,
            Position::SupportedInPart,
            "2025-01-01",
        );
        rec("R3", Mechanism::Odihr, Position::Noted, "2025-01-01");
        rec("R4", Mechanism::Odihr, Position::Supported, "2025-06-01");
        let mut p1 = Commitment::new("P1", Kind::Reform, "Answers R1");
        p1.links.push(RecLink::new("R1", Relation::AnswersInPart));
        p1.change_status(Status::Fulfilled, d("2024-01-01"), String::new(), vec![]);
        let mut p2 = Commitment::new("P2", Kind::Reform, "Goes against R2");
        p2.links.push(RecLink::new("R2", Relation::GoesAgainst));
        p.commitments.push(p1);
        p.commitments.push(p2);
        p.commitments[0].change_status(Status::InProgress, d("2025-03-01"), String::new(), vec![]);
        for t in [
            ("theme-elections", "Elections"),
            ("theme-courts", "Courts"),
            ("theme-none", "Unused"),
        ] {
            p.terms.push(crate::model::Term::new(
                t.0,
                crate::model::Vocabulary::Theme,
                t.1,
            ));
        }
        p.commitments[0].terms = vec!["theme-courts".into()];
        p.commitments[1].terms = vec!["theme-courts".into(), "theme-elections".into()];
        p.commitments[4].terms = vec!["theme-elections".into()];
        p
    }

    #[test]
    fn coverage_counts_supported_recommendations_answered_and_follows_as_of() {
        let p = project();
        let today = d("2026-01-01");
        let now = dashboard(&p, None, today);
        assert_eq!(
            now.overall.total(),
            2,
            "the commitments' figures leave recommendations out"
        );
        let c = now.recommendations.unwrap();
        assert_eq!(c.all.total(), 4);
        assert_eq!((c.supported_answered, c.supported), (1, 3));
        assert_eq!(c.share_answered(), Some(1.0 / 3.0));
        assert_eq!(c.gone_against, 1);
        assert_eq!(c.supported_status.count(Status::InProgress), 1);
        let unanswered: Vec<&str> = c.unanswered.iter().map(|u| u.0.as_str()).collect();
        assert_eq!(unanswered, ["R2", "R3", "R4"], "going against is no answer");
        let mechanisms: Vec<(Mechanism, usize)> = c
            .by_mechanism
            .iter()
            .map(|(m, s)| (*m, s.total()))
            .collect();
        assert_eq!(mechanisms, [(Mechanism::Upr, 2), (Mechanism::Odihr, 2)]);
        let themes: Vec<(&str, usize)> = c
            .by_theme
            .iter()
            .map(|(t, s)| (t.as_str(), s.total()))
            .collect();
        assert_eq!(
            themes,
            [("theme-elections", 1), ("theme-courts", 2)],
            "under each of its themes, in the vocabulary's order"
        );
        let commitment_themes: Vec<&str> = now.by_theme.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(commitment_themes, ["theme-elections"]);

        // Before R4's response it was not supported yet, nor was R1 in progress.
        let then = dashboard(&p, Some(d("2025-02-01")), today)
            .recommendations
            .unwrap();
        assert_eq!((then.supported_answered, then.supported), (1, 2));
        assert_eq!(then.supported_status.count(Status::InProgress), 0);
        let responses: Vec<(Option<Position>, usize)> = then
            .by_response
            .iter()
            .map(|(p, s)| (*p, s.total()))
            .collect();
        assert_eq!(
            responses,
            [
                (Some(Position::Supported), 1),
                (Some(Position::SupportedInPart), 1),
                (Some(Position::Noted), 1),
                (None, 1)
            ]
        );
    }

    #[test]
    fn a_project_without_recommendations_has_no_coverage() {
        let mut p = Project::default();
        p.commitments.push(Commitment::new("P1", Kind::Reform, "t"));
        assert!(
            dashboard(&p, None, d("2026-01-01"))
                .recommendations
                .is_none()
        );
    }
}
