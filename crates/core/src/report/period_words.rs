//! A period's changes in words: the share fulfilled before and after, and why it moved.
//! `model::period` counts; these say it.

use crate::model::Status;
use crate::model::period::{PeriodChanges, signed_points};
use crate::model::summary::Summary;

impl PeriodChanges<'_> {
    /// "Share fulfilled: 20% → 30% (+10 points)", or why there is no share to compare.
    pub fn net_line(&self) -> String {
        let pct = |s: &Summary| {
            s.share(Status::Fulfilled)
                .map(|x| {
                    crate::t!(
                        "dashboard-percent",
                        percent = crate::model::summary::percent(x)
                    )
                })
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

impl PeriodChanges<'_> {
    /// Why the share moved, when the number of assessed commitments changed too: a share can
    /// fall while more commitments are fulfilled, because newly assessed ones join the count.
    pub fn base_line(&self) -> Option<String> {
        let (before, after) = (self.before.assessed(), self.after.assessed());
        if before == after {
            return None;
        }
        Some(crate::t!(
            "period-base-line",
            assessed_before = before,
            assessed_after = after,
            fulfilled_before = self.before.count(Status::Fulfilled),
            fulfilled_after = self.after.count(Status::Fulfilled)
        ))
    }
}
