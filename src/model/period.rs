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
    /// (status the day before From, status on To) → how many commitments moved so. Only
    /// commitments whose status differs; several changes in the period count once, start to end.
    pub transitions: Vec<((Status, Status), usize)>,
    /// The figures the day before From and on To.
    pub before: Summary,
    pub after: Summary,
}

impl PeriodChanges<'_> {
    pub fn status_changes(&self) -> usize {
        self.by_category.iter().map(|(_, rows)| rows.len()).sum()
    }

    /// Nothing at all happened in the period.
    pub fn is_empty(&self) -> bool {
        self.by_category.is_empty()
            && self.evidence.is_empty()
            && self.notes.is_empty()
            && self.commitments.is_empty()
            && self.replacements.is_empty()
    }

    /// Change in the share fulfilled, in percentage points; `None` when either end has
    /// nothing assessed.
    pub fn net_fulfilled_points(&self) -> Option<f64> {
        let share = |s: &Summary| s.share(Status::Fulfilled);
        Some((share(&self.after)? - share(&self.before)?) * 100.0)
    }

    /// "Share fulfilled: 20% → 30% (+10 points)", or why there is no share to compare.
    pub fn net_line(&self) -> String {
        let pct = |s: &Summary| {
            s.share(Status::Fulfilled)
                .map(|x| crate::t!("dashboard-percent", percent = crate::report::percent(x)))
                .unwrap_or_else(|| "–".to_owned())
        };
        // The points are the difference of the two percentages as shown, so the line adds up
        // ("51% → 49% (−2 points)", never "−3" from unrounded shares).
        let shown = |s: &Summary| s.share(Status::Fulfilled).map(|x| (x * 100.0).round());
        match shown(&self.before).zip(shown(&self.after)) {
            Some((before, after)) => crate::t!(
                "period-net-line",
                before = pct(&self.before),
                after = pct(&self.after),
                points = signed_points(after - before)
            ),
            None => crate::t!(
                "period-net-line-none",
                before = pct(&self.before),
                after = pct(&self.after)
            ),
        }
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

/// What `changes` needs a pass over every commitment for, owned, so that a window can keep
/// it while neither the project nor the period moves: which commitments have anything in the
/// period, the transitions and the figures at both ends.
#[derive(Clone, Debug, PartialEq)]
pub struct PeriodFigures {
    pub period: Period,
    /// Indexes of the commitments with a change, a link, a note, a replacement or their own
    /// date in the period, in file order.
    touched: Vec<usize>,
    transitions: Vec<((Status, Status), usize)>,
    before: Summary,
    after: Summary,
}

/// The pass over every commitment behind `changes`.
pub fn period_figures(project: &Project, period: Period) -> PeriodFigures {
    let mut transitions: BTreeMap<(Status, Status), usize> = BTreeMap::new();
    let start = Some(period.day_before());
    let end = Some(period.to);
    let mut touched = Vec::new();
    for (index, c) in project.commitments.iter().enumerate() {
        let inside = c.history.iter().any(|h| period.contains(Some(h.date)))
            || c.evidence.iter().any(|e| period.contains(e.date))
            || c.notes.iter().any(|n| period.contains(Some(n.date)))
            || period.contains(c.date_committed)
            || c.replaced
                .as_ref()
                .is_some_and(|r| period.contains(Some(r.date)));
        if inside {
            touched.push(index);
        }
        if known_on(c.date_committed, end) {
            let moved = (status_of(c, start), status_of(c, end));
            if moved.0 != moved.1 {
                *transitions.entry(moved).or_default() += 1;
            }
        }
    }
    PeriodFigures {
        period,
        touched,
        transitions: transitions.into_iter().collect(),
        before: Summary::of(&project.commitments, start),
        after: Summary::of(&project.commitments, end),
    }
}

/// Everything that changed in `period`.
pub fn changes(project: &Project, period: Period) -> PeriodChanges<'_> {
    changes_with(project, &period_figures(project, period))
}

/// `changes` from figures already taken of this very project and period: only the
/// commitments with something in the period are looked at.
pub fn changes_with<'a>(project: &'a Project, figures: &PeriodFigures) -> PeriodChanges<'a> {
    let period = figures.period;
    let mut by_category: Vec<(String, Vec<ChangeRow<'_>>)> = Vec::new();
    let mut evidence = Vec::new();
    let mut notes = Vec::new();
    let mut commitments = Vec::new();
    let mut replacements = Vec::new();
    for &index in &figures.touched {
        let Some(c) = project.commitments.get(index) else {
            continue;
        };
        let rows: Vec<ChangeRow<'_>> = c
            .history
            .iter()
            .filter(|h| period.contains(Some(h.date)))
            .map(|h| ChangeRow {
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
            .collect();
        if !rows.is_empty() {
            match by_category.iter_mut().find(|(name, _)| *name == c.category) {
                Some((_, list)) => list.extend(rows),
                None => by_category.push((c.category.clone(), rows)),
            }
        }
        evidence.extend(
            c.evidence
                .iter()
                .filter(|e| period.contains(e.date))
                .map(|item| Added { index, c, item }),
        );
        notes.extend(
            c.notes
                .iter()
                .filter(|n| period.contains(Some(n.date)))
                .map(|item| Added { index, c, item }),
        );
        if period.contains(c.date_committed) {
            commitments.push(Added { index, c, item: c });
        }
        if let Some(item) = c
            .replaced
            .as_ref()
            .filter(|r| period.contains(Some(r.date)))
        {
            replacements.push(Added { index, c, item });
        }
    }
    for (_, rows) in &mut by_category {
        // Stable: changes on the same day keep the file's order.
        rows.sort_by_key(|r| r.date.first_day());
    }
    PeriodChanges {
        period,
        by_category,
        evidence,
        notes,
        commitments,
        replacements,
        transitions: figures.transitions.clone(),
        before: figures.before.clone(),
        after: figures.after.clone(),
    }
}

#[cfg(test)]
#[path = "period_tests.rs"]
mod tests;
