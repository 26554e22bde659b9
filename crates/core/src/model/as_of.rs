//! "As of": the one date every status, figure, filter, sort, chart and overdue mark is taken
//! at, so that no part of the window or a report shows a different day from the rest.

use super::{Commitment, Date, Evidence, Status};

/// The status of a commitment now, or as it stood on `as_of`.
pub fn status_of(c: &Commitment, as_of: Option<Date>) -> Status {
    match as_of {
        Some(d) => c.status_on(d),
        None => c.status,
    }
}

/// The tracker as it stood on `date`, or as it stands now (`None`). `today` says what "now"
/// is: whether a deadline has passed depends on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AsOf {
    pub date: Option<Date>,
    pub today: Date,
}

impl AsOf {
    pub fn new(date: Option<Date>, today: Date) -> Self {
        Self { date, today }
    }

    /// The day deadlines are measured against: the date shown, else today.
    pub fn reference(self) -> Date {
        self.date.unwrap_or(self.today)
    }

    /// The status as it stood on the date shown.
    pub fn status(self, c: &Commitment) -> Status {
        status_of(c, self.date)
    }

    /// Whole days past the deadline on the date shown, for the status it had then.
    pub fn days_overdue(self, c: &Commitment) -> Option<i64> {
        c.days_overdue(self.status(c), self.reference())
    }

    /// The evidence already published on the date shown.
    pub fn evidence(self, c: &Commitment) -> impl Iterator<Item = &Evidence> {
        c.evidence
            .iter()
            .filter(move |e| known_on(e.date, self.date))
    }

    /// The latest status change made on or before the date shown.
    pub fn last_change(self, c: &Commitment) -> Option<Date> {
        c.history
            .iter()
            .map(|h| h.date)
            .filter(|d| known_on(Some(*d), self.date))
            .max()
    }
}

/// Whether something dated `date` existed on `as_of` (`None`: now). Undated things always
/// count: nothing says they came later.
pub fn known_on(date: Option<Date>, as_of: Option<Date>) -> bool {
    match (date, as_of) {
        (Some(d), Some(limit)) => d.on_or_before(limit),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Kind;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn commitment() -> Commitment {
        let mut c = Commitment::new("R1", Kind::Reform, "t");
        c.deadline = Some(d("2023-06-30"));
        c.change_status(Status::InProgress, d("2023-01-10"), String::new(), vec![]);
        c.change_status(Status::Fulfilled, d("2024-01-10"), String::new(), vec![]);
        let mut e = Evidence::new(0);
        e.date = Some(d("2024-01-11"));
        c.add_evidence(e);
        c.add_evidence(Evidence::new(0));
        c
    }

    #[test]
    fn overdue_uses_the_status_and_the_day_shown() {
        let c = commitment();
        let today = d("2026-01-01");
        // Fulfilled now: not overdue, however late.
        assert_eq!(AsOf::new(None, today).days_overdue(&c), None);
        // In progress on 2023-12-01, five months after the deadline.
        let then = AsOf::new(Some(d("2023-12-01")), today);
        assert_eq!(then.status(&c), Status::InProgress);
        assert_eq!(then.days_overdue(&c), Some(154));
        // Before the deadline nothing is overdue, whatever today is.
        assert_eq!(
            AsOf::new(Some(d("2023-06-30")), today).days_overdue(&c),
            None
        );
    }

    #[test]
    fn evidence_and_last_change_stop_at_the_date_shown() {
        let c = commitment();
        let then = AsOf::new(Some(d("2023-12-01")), d("2026-01-01"));
        assert_eq!(then.evidence(&c).count(), 1, "only the undated link");
        assert_eq!(then.last_change(&c), Some(d("2023-01-10")));
        let now = AsOf::new(None, d("2026-01-01"));
        assert_eq!(now.evidence(&c).count(), 2);
        assert_eq!(now.last_change(&c), Some(d("2024-01-10")));
    }
}
