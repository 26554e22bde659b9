//! A period between two dates and what changed in it: the status changes (with the evidence
//! they rest on), the evidence, notes and commitments added, replacements, a transition table
//! and the net change in the share fulfilled.
//!
//! Something dated falls inside the period exactly when the as-of rule (`as_of::known_on`)
//! says it was known on the last day and not yet known the day before the first: a partial
//! date ("2023-06") counts from the first day of what it names. Undated things are known on
//! every date, so they never count as a change.

use std::collections::BTreeMap;

use super::as_of::known_on;
use super::summary::{Summary, status_of};
use super::{Commitment, Date, Evidence, Project, Replacement, Status};

/// From and To, both included, as full calendar days.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Period {
    from: Date,
    to: Date,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PeriodError {
    /// To comes before From.
    Reversed { from: Date, to: Date },
}

impl std::fmt::Display for PeriodError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PeriodError::Reversed { from, to } => f.write_str(&crate::t!(
                "period-error-reversed",
                from = from.to_string(),
                to = to.to_string()
            )),
        }
    }
}

impl std::error::Error for PeriodError {}

impl Period {
    /// A partial From starts on the first day of what it names, a partial To ends on the last
    /// ("2023" to "2023" is the whole year).
    pub fn new(from: Date, to: Date) -> Result<Self, PeriodError> {
        let (from, to) = (from.first_day(), to.last_day());
        if to < from {
            return Err(PeriodError::Reversed { from, to });
        }
        Ok(Self { from, to })
    }

    pub fn from(self) -> Date {
        self.from
    }

    pub fn to(self) -> Date {
        self.to
    }

    /// The day before From: the figures the period starts from are taken then.
    pub fn day_before(self) -> Date {
        Date::from_day_number(self.from.day_number() - 1)
    }

    /// Whether something dated `date` happened in the period, by the as-of rule.
    pub fn contains(self, date: Option<Date>) -> bool {
        date.is_some() && known_on(date, Some(self.to)) && !known_on(date, Some(self.day_before()))
    }

    /// The previous calendar month.
    pub fn last_month(today: Date) -> Self {
        let first = today.first_day();
        let (y, m) = match first.month() {
            Some(1) | None => (first.year() - 1, 12),
            Some(m) => (first.year(), m - 1),
        };
        Self::whole_months(y, m, m)
    }

    /// The previous calendar quarter.
    pub fn last_quarter(today: Date) -> Self {
        let first = today.first_day();
        let quarter = (first.month().unwrap_or(1) - 1) / 3;
        let (y, q) = match quarter {
            0 => (first.year() - 1, 3),
            q => (first.year(), q - 1),
        };
        Self::whole_months(y, q * 3 + 1, q * 3 + 3)
    }

    /// From 1 January to today.
    pub fn this_year(today: Date) -> Self {
        let from = Date::ymd(today.year(), 1, 1).unwrap_or(today);
        Self {
            from,
            to: today.first_day(),
        }
    }

    /// From the day of the last export (included: things recorded later that day were not in
    /// it) to today.
    pub fn since(last_export: Date, today: Date) -> Self {
        Self::new(last_export, today).unwrap_or(Self {
            from: today.first_day(),
            to: today.first_day(),
        })
    }

    fn whole_months(year: i32, first: u32, last: u32) -> Self {
        let start = Date::year_month(year, first).map(Date::first_day);
        let end = Date::year_month(year, last).map(Date::last_day);
        match (start, end) {
            (Some(from), Some(to)) => Self { from, to },
            // Only before year 1: the calendar type starts there.
            _ => Self::this_year(Date::ymd(1, 1, 1).unwrap_or_else(Date::today)),
        }
    }
}

/// One status change made in the period.
#[derive(Clone, Debug, PartialEq)]
pub struct ChangeRow<'a> {
    pub index: usize,
    pub c: &'a Commitment,
    pub date: Date,
    pub from: Status,
    pub to: Status,
    pub note: &'a str,
    /// The links the change rests on, those still in the project.
    pub evidence: Vec<&'a Evidence>,
}

/// Something added to a commitment in the period: a link, a note, or the commitment itself.
#[derive(Clone, Debug, PartialEq)]
pub struct Added<'a, T> {
    pub index: usize,
    pub c: &'a Commitment,
    pub item: &'a T,
}

/// How many of each kind of row a period holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    pub status_changes: usize,
    pub evidence: usize,
    pub notes: usize,
    pub commitments: usize,
    pub replacements: usize,
}

/// What changed in a period.
#[derive(Clone, Debug, PartialEq)]
pub struct PeriodChanges<'a> {
    pub period: Period,
    /// Status changes by category (in the order categories first appear in the file), each
    /// oldest first.
    pub by_category: Vec<(String, Vec<ChangeRow<'a>>)>,
    pub evidence: Vec<Added<'a, Evidence>>,
    pub notes: Vec<Added<'a, super::Note>>,
    pub commitments: Vec<Added<'a, Commitment>>,
    pub replacements: Vec<Added<'a, Replacement>>,
    /// How many there are of each, whether or not all are in the lists above.
    pub totals: Totals,
    /// (status the day before From, status on To) → how many commitments moved so. Only
    /// commitments whose status differs; several changes in the period count once, start to end.
    pub transitions: Vec<((Status, Status), usize)>,
    /// The figures the day before From and on To.
    pub before: Summary,
    pub after: Summary,
}

impl PeriodChanges<'_> {
    pub fn status_changes(&self) -> usize {
        self.totals.status_changes
    }

    /// Nothing at all happened in the period.
    pub fn is_empty(&self) -> bool {
        self.totals == Totals::default()
    }

    /// Change in the share fulfilled, in percentage points; `None` when either end has
    /// nothing assessed.
    pub fn net_fulfilled_points(&self) -> Option<f64> {
        let share = |s: &Summary| s.share(Status::Fulfilled);
        Some((share(&self.after)? - share(&self.before)?) * 100.0)
    }
}

/// "+10", "−3", "0": whole points with their sign.
pub fn signed_points(points: f64) -> String {
    let rounded = points.round();
    if rounded > 0.0 {
        format!("+{rounded:.0}")
    } else if rounded < 0.0 {
        format!("−{:.0}", -rounded)
    } else {
        "0".to_owned()
    }
}

/// What `changes` needs a pass over every commitment for, owned and by index, so that a
/// window can keep it while neither the project nor the period moves, and lay out only the
/// rows it shows.
#[derive(Clone, Debug, PartialEq)]
pub struct PeriodFigures {
    pub period: Period,
    /// (commitment, history entry) by category, each category oldest first.
    by_category: Vec<(String, Vec<(usize, usize)>)>,
    /// (commitment, evidence link), (commitment, note).
    evidence: Vec<(usize, usize)>,
    notes: Vec<(usize, usize)>,
    commitments: Vec<usize>,
    replacements: Vec<usize>,
    transitions: Vec<((Status, Status), usize)>,
    before: Summary,
    after: Summary,
}

/// The pass over every commitment behind `changes`.
pub fn period_figures(project: &Project, period: Period) -> PeriodFigures {
    let mut by_category: Vec<(String, Vec<(usize, usize)>)> = Vec::new();
    let (mut evidence, mut notes) = (Vec::new(), Vec::new());
    let (mut commitments, mut replacements) = (Vec::new(), Vec::new());
    let mut transitions: BTreeMap<(Status, Status), usize> = BTreeMap::new();
    let start = Some(period.day_before());
    let end = Some(period.to);
    for (index, c) in project.commitments.iter().enumerate() {
        let rows: Vec<(usize, usize)> = (c.history.iter().enumerate())
            .filter(|(_, h)| period.contains(Some(h.date)))
            .map(|(h, _)| (index, h))
            .collect();
        if !rows.is_empty() {
            match by_category.iter_mut().find(|(name, _)| *name == c.category) {
                Some((_, list)) => list.extend(rows),
                None => by_category.push((c.category.clone(), rows)),
            }
        }
        evidence.extend(
            (c.evidence.iter().enumerate())
                .filter(|(_, e)| period.contains(e.date))
                .map(|(e, _)| (index, e)),
        );
        notes.extend(
            (c.notes.iter().enumerate())
                .filter(|(_, n)| period.contains(Some(n.date)))
                .map(|(n, _)| (index, n)),
        );
        if period.contains(c.date_committed) {
            commitments.push(index);
        }
        if c.replaced
            .as_ref()
            .is_some_and(|r| period.contains(Some(r.date)))
        {
            replacements.push(index);
        }
        if known_on(c.date_committed, end) {
            let moved = (status_of(c, start), status_of(c, end));
            if moved.0 != moved.1 {
                *transitions.entry(moved).or_default() += 1;
            }
        }
    }
    let day = |&(i, h): &(usize, usize)| project.commitments[i].history[h].date.first_day();
    for (_, rows) in &mut by_category {
        // Stable: changes on the same day keep the file's order.
        rows.sort_by_key(day);
    }
    PeriodFigures {
        period,
        by_category,
        evidence,
        notes,
        commitments,
        replacements,
        transitions: transitions.into_iter().collect(),
        before: Summary::of_commitments(&project.commitments, start),
        after: Summary::of_commitments(&project.commitments, end),
    }
}

/// The first `rows` of a list of (commitment, item) indexes, as the items themselves.
fn added<'a, T>(
    cs: &'a [Commitment],
    list: &[(usize, usize)],
    rows: usize,
    item: impl Fn(&'a Commitment, usize) -> Option<&'a T>,
) -> Vec<Added<'a, T>> {
    (list.iter().take(rows))
        .filter_map(|&(index, k)| {
            let c = cs.get(index)?;
            Some(Added {
                index,
                c,
                item: item(c, k)?,
            })
        })
        .collect()
}

/// Everything that changed in `period`.
pub fn changes(project: &Project, period: Period) -> PeriodChanges<'_> {
    changes_with(project, &period_figures(project, period), usize::MAX)
}

/// `changes` from figures taken of this very project and period, with at most `rows` rows of
/// each kind (status changes over all categories, links, notes, commitments, replacements);
/// `totals` counts them all.
pub fn changes_with<'a>(
    project: &'a Project,
    figures: &PeriodFigures,
    rows: usize,
) -> PeriodChanges<'a> {
    let cs = &project.commitments;
    let mut by_category = Vec::new();
    let mut left = rows;
    for (category, list) in &figures.by_category {
        if left == 0 {
            break;
        }
        let shown: Vec<ChangeRow<'a>> = list
            .iter()
            .take(left)
            .filter_map(|&(index, h)| {
                let c = cs.get(index)?;
                let h = c.history.get(h)?;
                Some(ChangeRow {
                    index,
                    c,
                    date: h.date,
                    from: h.from,
                    to: h.to,
                    note: &h.note,
                    evidence: h
                        .evidence
                        .iter()
                        .filter_map(|id| c.evidence_by_id(*id))
                        .collect(),
                })
            })
            .collect();
        left = left.saturating_sub(list.len());
        by_category.push((category.clone(), shown));
    }
    let evidence = added(cs, &figures.evidence, rows, |c, k| c.evidence.get(k));
    let notes = added(cs, &figures.notes, rows, |c, k| c.notes.get(k));
    let commitments = (figures.commitments.iter().take(rows))
        .filter_map(|&index| cs.get(index).map(|c| Added { index, c, item: c }))
        .collect();
    let replacements = (figures.replacements.iter().take(rows))
        .filter_map(|&index| {
            let c = cs.get(index)?;
            Some(Added {
                index,
                c,
                item: c.replaced.as_ref()?,
            })
        })
        .collect();
    PeriodChanges {
        period: figures.period,
        by_category,
        evidence,
        notes,
        commitments,
        replacements,
        totals: Totals {
            status_changes: figures.by_category.iter().map(|(_, l)| l.len()).sum(),
            evidence: figures.evidence.len(),
            notes: figures.notes.len(),
            commitments: figures.commitments.len(),
            replacements: figures.replacements.len(),
        },
        transitions: figures.transitions.clone(),
        before: figures.before.clone(),
        after: figures.after.clone(),
    }
}

#[cfg(test)]
#[path = "period_tests.rs"]
mod tests;
