//! Counts by status and the share fulfilled, optionally as the tracker stood on a date (links
//! published later are not counted).

use super::as_of::known_on;
use super::{Commitment, Date, Status};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Indexed by `Status::index()`.
    pub by_status: [usize; 7],
    pub evidence_links: usize,
    /// Replaced, wholly or in part, by the date.
    pub replaced: usize,
    /// Fulfilled on the date and replaced, wholly or in part, by then: what the figures would
    /// otherwise show as achieved and current.
    pub fulfilled_replaced: usize,
    /// Of those, replaced only in part.
    pub fulfilled_replaced_in_part: usize,
    /// `by_status` of the commitments in force (not replaced, or replaced only in part).
    pub in_force_by_status: [usize; 7],
}

impl Summary {
    pub fn of<'a>(
        commitments: impl IntoIterator<Item = &'a Commitment>,
        as_of: Option<Date>,
    ) -> Self {
        let mut s = Summary::default();
        for c in commitments {
            s.add(c, counted_links(c, as_of), as_of);
        }
        s
    }

    /// The commitments' figures, leaving recommendations out: they are what a government was
    /// asked, not what it promised, and are counted on their own.
    pub fn of_commitments(items: &[Commitment], as_of: Option<Date>) -> Self {
        Self::of(items.iter().filter(|c| !c.is_recommendation()), as_of)
    }

    /// The recommendations' figures alone.
    pub fn of_recommendations(items: &[Commitment], as_of: Option<Date>) -> Self {
        Self::of(items.iter().filter(|c| c.is_recommendation()), as_of)
    }

    /// Counts one more commitment, whose `counted_links` are already known (checking every
    /// link's address is the slow part, so callers that keep the counts pass them in).
    pub fn add(&mut self, c: &Commitment, links: usize, as_of: Option<Date>) {
        self.tally(c, links, as_of, |n, by| *n += by);
    }

    /// Takes back a commitment counted by `add` with the same links and date.
    pub fn remove(&mut self, c: &Commitment, links: usize, as_of: Option<Date>) {
        self.tally(c, links, as_of, |n, by| *n = n.saturating_sub(by));
    }

    fn tally(
        &mut self,
        c: &Commitment,
        links: usize,
        as_of: Option<Date>,
        step: impl Fn(&mut usize, usize),
    ) {
        // A commitment made after the date shown was not part of the tracker then.
        if !known_on(c.date_committed, as_of) {
            return;
        }
        let status = status_of(c, as_of);
        step(&mut self.by_status[status.index()], 1);
        step(&mut self.evidence_links, links);
        if let Some(r) = c.replaced_on(as_of) {
            step(&mut self.replaced, 1);
            if status == Status::Fulfilled {
                step(&mut self.fulfilled_replaced, 1);
                step(&mut self.fulfilled_replaced_in_part, usize::from(r.partial));
            }
        }
        if c.in_force(as_of) {
            step(&mut self.in_force_by_status[status.index()], 1);
        }
    }

    pub fn total(&self) -> usize {
        self.by_status.iter().sum()
    }

    pub fn count(&self, status: Status) -> usize {
        self.by_status[status.index()]
    }

    /// Commitments that have been reviewed: the base of every share.
    pub fn assessed(&self) -> usize {
        self.total() - self.count(Status::NotAssessed)
    }

    /// Share of assessed commitments with this status, 0.0–1.0; `None` when nothing is assessed.
    pub fn share(&self, status: Status) -> Option<f64> {
        let base = self.assessed();
        (base > 0 && status.is_assessed()).then(|| self.count(status) as f64 / base as f64)
    }
}

impl Summary {
    /// The same figures for the commitments in force only.
    pub fn in_force(&self) -> Summary {
        Summary {
            by_status: self.in_force_by_status,
            in_force_by_status: self.in_force_by_status,
            ..Summary::default()
        }
    }
}

/// A share as a whole percentage, rounded as the figures have always been ("67" for 2/3).
pub fn percent(share: f64) -> String {
    format!("{:.0}", share * 100.0)
}

/// Evidence links of `c` that count on the date: published by then, and not refused.
pub fn counted_links(c: &Commitment, as_of: Option<Date>) -> usize {
    c.evidence
        .iter()
        .filter(|e| known_on(e.date, as_of) && super::links::counts(e))
        .count()
}

pub use super::as_of::status_of;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Kind;

    fn with_status(status: Status) -> Commitment {
        let mut c = Commitment::new("X", Kind::Reform, "t");
        if status != Status::NotAssessed {
            c.change_status(status, "2022-06-05".parse().unwrap(), String::new(), vec![]);
        }
        c
    }

    #[test]
    fn share_leaves_not_assessed_out() {
        let cs = [
            with_status(Status::Fulfilled),
            with_status(Status::InProgress),
            with_status(Status::NotAssessed),
            with_status(Status::NotAssessed),
        ];
        let s = Summary::of(&cs, None);
        assert_eq!(s.total(), 4);
        assert_eq!(s.assessed(), 2);
        assert_eq!(s.share(Status::Fulfilled), Some(0.5));
        assert_eq!(s.fulfilled_line(), "Fulfilled: 1 of 2 assessed (50%)");
    }

    fn replaced(mut c: Commitment, partial: bool) -> Commitment {
        c.replaced = Some(crate::model::Replacement {
            date: "2026-07-01".parse().unwrap(),
            by: vec![],
            partial,
            note: "n".into(),
            evidence: vec![],
        });
        c
    }

    #[test]
    fn fulfilled_and_since_replaced_is_counted_as_of_the_date() {
        let cs = [
            replaced(with_status(Status::Fulfilled), false),
            replaced(with_status(Status::Fulfilled), true),
            replaced(with_status(Status::Stalled), false),
            with_status(Status::Fulfilled),
            with_status(Status::InProgress),
        ];
        let now = Summary::of(&cs, None);
        assert_eq!(
            now.count(Status::Fulfilled),
            3,
            "the status stays what was achieved"
        );
        assert_eq!(now.replaced, 3);
        assert_eq!(now.fulfilled_replaced, 2);
        assert_eq!(now.fulfilled_replaced_in_part, 1);
        assert_eq!(
            now.fulfilled_replaced_line().as_deref(),
            Some("2 fulfilled commitments have since been replaced (1 of them in part)")
        );
        // In force: the partly replaced one, the last two.
        assert_eq!(now.in_force().total(), 3);
        assert_eq!(
            now.in_force_line().as_deref(),
            Some("In force: fulfilled 2 of 3 assessed (67%)")
        );

        let before = Summary::of(&cs, Some("2026-06-30".parse().unwrap()));
        assert_eq!(before.replaced, 0);
        assert_eq!(before.fulfilled_replaced_line(), None);
        assert_eq!(before.in_force_line(), None);
        assert_eq!(before.in_force().total(), 5);
        let on = Summary::of(&cs, Some("2026-07-01".parse().unwrap()));
        assert_eq!(on.fulfilled_replaced, 2);
    }

    #[test]
    fn as_of_a_date_before_any_change_counts_everything_not_assessed() {
        let cs = [with_status(Status::Fulfilled), with_status(Status::Stalled)];
        let before = Summary::of(&cs, Some("2022-06-04".parse().unwrap()));
        assert_eq!(before.count(Status::NotAssessed), 2);
        assert_eq!(before.share(Status::Fulfilled), None);
        let on = Summary::of(&cs, Some("2022-06-05".parse().unwrap()));
        assert_eq!(on.count(Status::Fulfilled), 1);
        assert_eq!(on.count(Status::Stalled), 1);
    }
}
