//! Counts by status and the share fulfilled, optionally as the tracker stood on a date (links
//! published later are not counted).

use super::as_of::known_on;
use super::{Commitment, Date, Status};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Indexed by `Status::index()`.
    pub by_status: [usize; 7],
    pub evidence_links: usize,
}

impl Summary {
    pub fn of<'a>(
        commitments: impl IntoIterator<Item = &'a Commitment>,
        as_of: Option<Date>,
    ) -> Self {
        let mut s = Summary::default();
        for c in commitments {
            s.by_status[status_of(c, as_of).index()] += 1;
            s.evidence_links += c
                .evidence
                .iter()
                .filter(|e| known_on(e.date, as_of))
                .count();
        }
        s
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

    /// "Fulfilled 12 of 40 assessed (30%)", the headline figure.
    pub fn fulfilled_line(&self) -> String {
        match self.share(Status::Fulfilled) {
            Some(share) => format!(
                "Fulfilled: {} of {} assessed ({:.0}%)",
                self.count(Status::Fulfilled),
                self.assessed(),
                share * 100.0
            ),
            None => "Fulfilled: nothing assessed yet".to_owned(),
        }
    }
}

/// The status of a commitment now, or as it stood on `as_of`.
pub fn status_of(c: &Commitment, as_of: Option<Date>) -> Status {
    match as_of {
        Some(d) => c.status_on(d),
        None => c.status,
    }
}

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
