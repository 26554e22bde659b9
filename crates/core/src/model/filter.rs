//! Search, filters and sorting of the checklist: pure rules over the project.

use std::collections::BTreeSet;

use super::outline::OutlineRow;
use super::replacement::Standing;
use super::{AsOf, Commitment, Date, Kind, Mechanism, Position, Project, Status, Vocabulary};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Words searched in titles, quotes, notes and evidence; case does not matter.
    pub text: String,
    /// Empty means every status.
    pub statuses: BTreeSet<Status>,
    pub kind: Option<Kind>,
    pub actor: Option<String>,
    pub category: Option<String>,
    pub tag: Option<String>,
    pub concern_only: bool,
    pub overdue_only: bool,
    pub no_evidence_only: bool,
    /// In force or replaced, as of the date shown; `None` keeps both.
    pub standing: Option<Standing>,
    /// Commitments, recommendations or both.
    pub show: Shown,
    /// Id of a vocabulary term the item must carry.
    pub term: Option<String>,
}

/// Which items the checklist shows: a government's commitments, the recommendations it
/// received, or both side by side.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Shown {
    #[default]
    Both,
    Commitments,
    Recommendations,
}

impl Shown {
    pub const ALL: [Shown; 3] = [Shown::Commitments, Shown::Recommendations, Shown::Both];

    pub fn label(self) -> &'static str {
        super::words::label(match self {
            Shown::Both => "show-both",
            Shown::Commitments => "show-commitments",
            Shown::Recommendations => "show-recommendations",
        })
    }

    pub fn admits(self, c: &Commitment) -> bool {
        match self {
            Shown::Both => true,
            Shown::Commitments => !c.is_recommendation(),
            Shown::Recommendations => c.is_recommendation(),
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SortBy {
    /// Grouped by kind and category, narrower commitments under broader ones.
    #[default]
    Outline,
    Status,
    Deadline,
    LastChange,
    Importance,
    /// In groups by a recommendation's mechanism (commitments in a group of their own).
    Mechanism,
    /// In groups by review cycle or session.
    Cycle,
    /// In groups by the state's response, as of the date shown.
    Response,
    /// In groups by theme; an item with several themes is listed under its first.
    Theme,
}

impl SortBy {
    pub const ALL: [SortBy; 9] = [
        SortBy::Outline,
        SortBy::Status,
        SortBy::Deadline,
        SortBy::LastChange,
        SortBy::Importance,
        SortBy::Mechanism,
        SortBy::Cycle,
        SortBy::Response,
        SortBy::Theme,
    ];

    pub fn label(self) -> &'static str {
        match self {
            SortBy::Outline => super::words::label("sort-outline"),
            SortBy::Status => super::words::label("sort-status"),
            SortBy::Deadline => super::words::label("sort-deadline"),
            SortBy::LastChange => super::words::label("sort-last-change"),
            SortBy::Importance => super::words::label("sort-importance"),
            SortBy::Mechanism => super::words::label("sort-mechanism"),
            SortBy::Cycle => super::words::label("sort-cycle"),
            SortBy::Response => super::words::label("sort-response"),
            SortBy::Theme => super::words::label("sort-theme"),
        }
    }

    fn groups(self) -> bool {
        matches!(
            self,
            SortBy::Mechanism | SortBy::Cycle | SortBy::Response | SortBy::Theme
        )
    }
}

impl Filter {
    pub fn is_active(&self) -> bool {
        *self != Filter::default()
    }
}

/// Lower-cased text of everything searchable in a commitment, built once per change.
pub fn search_text(c: &Commitment) -> String {
    let mut s = String::with_capacity(256);
    for part in [
        &c.id,
        &c.title,
        &c.quote,
        &c.actor,
        &c.category,
        &c.responsible,
    ] {
        s.push_str(part);
        s.push('\n');
    }
    for t in &c.tags {
        s.push_str(t);
        s.push('\n');
    }
    for n in &c.notes {
        s.push_str(&n.text);
        s.push('\n');
    }
    for e in &c.evidence {
        for part in [&e.title, &e.url, &e.publisher, &e.note] {
            s.push_str(part);
            s.push('\n');
        }
    }
    for h in &c.history {
        s.push_str(&h.note);
        s.push('\n');
    }
    if let Some(r) = &c.replaced {
        s.push_str(&r.note);
        s.push('\n');
    }
    s.to_lowercase()
}

/// Whether `c` passes the filter as the tracker stood on the date shown: status, overdue and
/// "no evidence yet" are all taken at `at`.
pub fn matches(c: &Commitment, at: AsOf, haystack: &str, needles: &[String], f: &Filter) -> bool {
    // A commitment made after the date shown was not part of the tracker then.
    super::as_of::known_on(c.date_committed, at.date)
        && (f.statuses.is_empty() || f.statuses.contains(&at.status(c)))
        && f.kind.is_none_or(|k| c.kind == k)
        && f.actor.as_ref().is_none_or(|a| c.actor == *a)
        && f.category.as_ref().is_none_or(|a| c.category == *a)
        && f.tag.as_ref().is_none_or(|t| c.tags.contains(t))
        && (!f.concern_only || c.concern)
        && (!f.overdue_only || at.days_overdue(c).is_some())
        && (!f.no_evidence_only || at.evidence(c).next().is_none())
        && matches_standing(c, f, at.date)
        && f.show.admits(c)
        && f.term.as_ref().is_none_or(|t| c.terms.contains(t))
        && matches_text(haystack, needles)
}

/// Whether a commitment's search text holds every word searched for.
pub fn matches_text(haystack: &str, needles: &[String]) -> bool {
    needles.iter().all(|n| haystack.contains(n.as_str()))
}

/// True when every text that holds all of `new` also holds all of `old`: each old word is
/// inside some new word ("topic 1" → "topic 12"). Then a search for `new` only needs to look
/// at what the search for `old` found.
pub fn narrows(old: &[String], new: &[String]) -> bool {
    old.iter()
        .all(|o| new.iter().any(|n| n.contains(o.as_str())))
}

/// The "In force / Replaced" choice, as of the date shown (`None`: now).
pub fn matches_standing(c: &Commitment, f: &Filter, as_of: Option<Date>) -> bool {
    f.standing.is_none_or(|s| s.admits(c, as_of))
}

/// The words of a search, lower-cased.
pub fn needles(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split_whitespace()
        .map(str::to_owned)
        .collect()
}

/// Rows to show: the outline restricted to matches, or a flat list sorted as the tracker
/// stood on the date shown.
pub fn visible_rows(
    project: &Project,
    outline: &[OutlineRow],
    matching: &[bool],
    sort: SortBy,
    at: AsOf,
) -> Vec<OutlineRow> {
    let cs = &project.commitments;
    if sort.groups() {
        return grouped_rows(project, matching, sort, at);
    }
    if sort != SortBy::Outline {
        let mut items: Vec<usize> = (0..cs.len()).filter(|&i| matching[i]).collect();
        items.sort_by(|&a, &b| {
            let (a, b) = (&cs[a], &cs[b]);
            match sort {
                SortBy::Status => at.status(a).cmp(&at.status(b)),
                // What is still to be done, earliest deadline first; then what was fulfilled
                // by then; undated deadlines last.
                SortBy::Deadline => {
                    let key = |c: &Commitment| {
                        (
                            c.deadline.is_none(),
                            at.status(c) == Status::Fulfilled,
                            c.deadline,
                        )
                    };
                    key(a).cmp(&key(b))
                }
                // Most recent change first.
                SortBy::LastChange => at.last_change(b).cmp(&at.last_change(a)),
                SortBy::Importance => b.importance.cmp(&a.importance),
                _ => std::cmp::Ordering::Equal,
            }
            .then_with(|| a.id.cmp(&b.id))
        });
        return items
            .into_iter()
            .map(|index| OutlineRow::Item { index, depth: 0 })
            .collect();
    }
    if matching.iter().all(|m| *m) {
        return outline.to_vec();
    }
    // Keep group headers only above groups that still hold a match, with recounted sizes.
    let mut rows: Vec<OutlineRow> = Vec::new();
    let mut kind_at: Option<usize> = None;
    let mut cat_at: Option<usize> = None;
    for row in outline {
        match row {
            OutlineRow::Kind { kind, .. } => {
                drop_empty_header(&mut rows, &mut cat_at);
                drop_empty_header(&mut rows, &mut kind_at);
                kind_at = Some(rows.len());
                rows.push(OutlineRow::Kind {
                    kind: *kind,
                    count: 0,
                });
            }
            OutlineRow::Category { name, .. } => {
                drop_empty_header(&mut rows, &mut cat_at);
                cat_at = Some(rows.len());
                rows.push(OutlineRow::Category {
                    name: name.clone(),
                    count: 0,
                });
            }
            OutlineRow::Item { index, .. } if matching[*index] => {
                for at in [kind_at, cat_at].into_iter().flatten() {
                    if let OutlineRow::Kind { count, .. } | OutlineRow::Category { count, .. } =
                        &mut rows[at]
                    {
                        *count += 1;
                    }
                }
                rows.push(row.clone());
            }
            OutlineRow::Item { .. } => {}
        }
    }
    drop_empty_header(&mut rows, &mut cat_at);
    drop_empty_header(&mut rows, &mut kind_at);
    rows
}

/// The matching items in groups, each under a header with its size: groups in the order of
/// their key (mechanisms and responses in their scale order), the items without one last.
fn grouped_rows(project: &Project, matching: &[bool], sort: SortBy, at: AsOf) -> Vec<OutlineRow> {
    use std::collections::BTreeMap;
    let none = || super::words::label("group-none").to_owned();
    let mut groups: BTreeMap<(bool, String), (String, Vec<usize>)> = BTreeMap::new();
    for (i, c) in project.commitments.iter().enumerate() {
        if !matching[i] {
            continue;
        }
        let details = c.recommendation.as_ref();
        // (sort key, header); `None` goes to the group of items without one.
        let key: Option<(String, String)> = match sort {
            SortBy::Mechanism => details.map(|r| {
                let rank = Mechanism::ALL.iter().position(|m| *m == r.mechanism);
                (
                    format!("{:02}", rank.unwrap_or_default()),
                    r.mechanism.label().to_owned(),
                )
            }),
            SortBy::Cycle => details
                .filter(|r| !r.cycle.trim().is_empty())
                .map(|r| (r.cycle.clone(), r.cycle.clone())),
            SortBy::Response => details.map(|r| match r.response_on(at.date) {
                Some(x) => {
                    let rank = Position::ALL.iter().position(|p| *p == x.position);
                    (
                        format!("{:02}", rank.unwrap_or_default()),
                        x.position.label().to_owned(),
                    )
                }
                None => (
                    "~".to_owned(),
                    super::words::label("group-no-response").to_owned(),
                ),
            }),
            _ => project
                .terms
                .iter()
                .filter(|t| t.vocabulary == Vocabulary::Theme)
                .find(|t| c.terms.contains(&t.id))
                .map(|t| (t.label().to_owned(), t.label().to_owned())),
        };
        let (missing, (order, header)) = match key {
            Some(k) => (false, k),
            None => (true, (String::new(), none())),
        };
        groups
            .entry((missing, order))
            .or_insert_with(|| (header, Vec::new()))
            .1
            .push(i);
    }
    let mut rows = Vec::new();
    for (_, (name, mut items)) in groups {
        items.sort_by(|&a, &b| project.commitments[a].id.cmp(&project.commitments[b].id));
        rows.push(OutlineRow::Category {
            name,
            count: items.len(),
        });
        rows.extend(
            items
                .into_iter()
                .map(|index| OutlineRow::Item { index, depth: 0 }),
        );
    }
    rows
}

/// Removes the header at `at` if nothing was added under it.
fn drop_empty_header(rows: &mut Vec<OutlineRow>, at: &mut Option<usize>) {
    if let Some(i) = at.take()
        && i == rows.len() - 1
    {
        rows.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::outline::outline;

    fn project() -> Project {
        let mut p = Project::default();
        for (id, cat, title) in [
            ("A", "Parliament", "Empower parliament"),
            ("B", "Parties", "Register parties"),
            ("C", "Parties", "Lower threshold"),
        ] {
            let mut c = Commitment::new(id, Kind::Reform, title);
            c.category = cat.into();
            p.commitments.push(c);
        }
        p.commitments[2].notes.push(crate::model::Note::new(
            "2022-01-01".parse().unwrap(),
            "Қазақстан",
        ));
        p
    }

    fn run(p: &Project, f: &Filter, sort: SortBy) -> Vec<OutlineRow> {
        let needles = needles(&f.text);
        let at = AsOf::new(None, "2026-01-01".parse().unwrap());
        let matching: Vec<bool> = p
            .commitments
            .iter()
            .map(|c| matches(c, at, &search_text(c), &needles, f))
            .collect();
        visible_rows(p, &outline(p), &matching, sort, at)
    }

    #[test]
    fn search_finds_notes_in_any_case_and_drops_empty_groups() {
        let p = project();
        let f = Filter {
            text: "қазақстан".into(),
            ..Default::default()
        };
        assert_eq!(
            run(&p, &f, SortBy::Outline),
            vec![
                OutlineRow::Kind {
                    kind: Kind::Reform,
                    count: 1
                },
                OutlineRow::Category {
                    name: "Parties".into(),
                    count: 1
                },
                OutlineRow::Item { index: 2, depth: 0 },
            ]
        );
    }

    #[test]
    fn no_filter_keeps_the_outline() {
        let p = project();
        assert_eq!(run(&p, &Filter::default(), SortBy::Outline), outline(&p));
    }

    #[test]
    fn in_force_and_replaced_follow_the_date_shown() {
        let mut p = project();
        p.commitments[0].replaced = Some(crate::model::Replacement {
            date: "2026-07-01".parse().unwrap(),
            by: vec!["B".into()],
            partial: false,
            note: "n".into(),
            evidence: vec![],
        });
        let shown = |standing, as_of: Option<&str>| -> Vec<&str> {
            let f = Filter {
                standing: Some(standing),
                ..Default::default()
            };
            let as_of = as_of.map(|d| d.parse().unwrap());
            p.commitments
                .iter()
                .filter(|c| matches_standing(c, &f, as_of))
                .map(|c| c.id.as_str())
                .collect()
        };
        assert_eq!(shown(Standing::Replaced, None), ["A"]);
        assert_eq!(shown(Standing::InForce, None), ["B", "C"]);
        assert!(shown(Standing::Replaced, Some("2026-06-30")).is_empty());
        assert_eq!(
            shown(Standing::InForce, Some("2026-06-30")),
            ["A", "B", "C"]
        );
        assert_eq!(shown(Standing::Replaced, Some("2026-07-01")), ["A"]);
        assert!(
            Filter {
                standing: Some(Standing::InForce),
                ..Default::default()
            }
            .is_active()
        );
    }

    #[test]
    fn sorting_by_importance_puts_major_first() {
        let mut p = project();
        p.commitments[1].importance = 3;
        let rows = run(&p, &Filter::default(), SortBy::Importance);
        assert_eq!(rows[0], OutlineRow::Item { index: 1, depth: 0 });
        assert_eq!(rows.len(), 3);
    }

    #[test]
    fn sorts_follow_the_status_and_history_as_of_the_date_shown() {
        let d = |s: &str| -> crate::model::Date { s.parse().unwrap() };
        let mut p = project();
        // A is fulfilled in 2023; B stalls in 2022; C moves in 2024.
        p.commitments[0].deadline = Some(d("2023-01-01"));
        p.commitments[1].deadline = Some(d("2024-01-01"));
        p.commitments[0].change_status(Status::Fulfilled, d("2023-03-01"), String::new(), vec![]);
        p.commitments[1].change_status(Status::Stalled, d("2022-05-01"), String::new(), vec![]);
        p.commitments[2].change_status(Status::InProgress, d("2024-05-01"), String::new(), vec![]);
        let today = d("2026-01-01");
        let order = |sort, date: Option<&str>| -> Vec<usize> {
            let at = AsOf::new(date.map(d), today);
            visible_rows(&p, &outline(&p), &[true; 3], sort, at)
                .into_iter()
                .filter_map(|r| match r {
                    OutlineRow::Item { index, .. } => Some(index),
                    _ => None,
                })
                .collect()
        };
        // Status in scale order, from Not assessed to Fulfilled.
        assert_eq!(order(SortBy::Status, None), [2, 1, 0]);
        assert_eq!(order(SortBy::Status, Some("2022-12-31")), [0, 2, 1]);
        // Deadline: what is still open first; A was still open at the end of 2022.
        assert_eq!(order(SortBy::Deadline, None), [1, 0, 2]);
        assert_eq!(order(SortBy::Deadline, Some("2022-12-31")), [0, 1, 2]);
        // Last change: changes after the date shown do not count.
        assert_eq!(order(SortBy::LastChange, None), [2, 0, 1]);
        assert_eq!(order(SortBy::LastChange, Some("2023-12-31")), [0, 1, 2]);
    }
}
