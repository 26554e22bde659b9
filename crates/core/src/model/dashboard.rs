//! What the dashboard and the progress chart show: pure figures, no drawing.
//!
//! Everything can be computed "as the tracker stood" on a past date: statuses come from the
//! history, and history entries after that date are ignored.

use super::as_of::known_on;
use super::summary::{Summary, status_of};
use super::{Commitment, Date, Kind, Project, Status, StatusChange};

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
    /// Most overdue first.
    pub overdue: Vec<Overdue>,
    /// Newest first, at most [`LATEST_CHANGES`].
    pub latest_changes: Vec<LatestChange>,
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
    let cs = &project.commitments;
    let reference = as_of.unwrap_or(today);

    let by_category = groups(cs, |c| &c.category, NO_CATEGORY, as_of);
    let by_actor = groups(cs, |c| &c.actor, NO_ACTOR, as_of);

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
        .flat_map(|(ci, c)| {
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
        overall: Summary::of(cs, as_of),
        by_category,
        by_actor,
        overdue,
        latest_changes,
    }
}

/// Summaries of the commitments grouped by a text field, in order of first appearance;
/// an empty field is grouped under `empty`.
fn groups(
    cs: &[Commitment],
    field: impl Fn(&Commitment) -> &String,
    empty: &str,
    as_of: Option<Date>,
) -> Vec<(String, Summary)> {
    let mut groups: Vec<(String, Vec<&Commitment>)> = Vec::new();
    for c in cs {
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

/// One point per distinct status-change date (dates naming the same first day count once),
/// oldest first, plus a starting point the day before the first change. With `as_of` (the
/// date shown, else today), the chart runs to that day: later changes are left out and a last
/// point is placed on it. Each point counts the commitments made by then. Empty when no
/// commitment has any history by then: there is no date to place a point at.
pub fn timeline(project: &Project, as_of: Option<Date>) -> Timeline {
    let mut dates: Vec<Date> = project
        .commitments
        .iter()
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
            for c in &project.commitments {
                if known_on(c.date_committed, Some(d)) {
                    row[c.status_on(d).index()] += 1;
                }
            }
            row
        })
        .collect();
    Timeline { dates, counts }
}
