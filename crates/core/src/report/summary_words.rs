//! A summary's figures in sentences: the headline share fulfilled, the replaced ones, and the
//! share among those in force. `model::summary` counts; these say it.

use crate::model::Status;
use crate::model::summary::{Summary, percent};

impl Summary {
    /// "Fulfilled 12 of 40 assessed (30%)", the headline figure.
    pub fn fulfilled_line(&self) -> String {
        match self.share(Status::Fulfilled) {
            Some(share) => crate::t!(
                "summary-fulfilled",
                count = self.count(Status::Fulfilled),
                assessed = self.assessed(),
                percent = percent(share)
            ),
            None => crate::t!("summary-fulfilled-none"),
        }
    }

    /// "2 fulfilled commitments have since been replaced (1 of them in part)"; `None` when
    /// none has.
    pub fn fulfilled_replaced_line(&self) -> Option<String> {
        let n = self.fulfilled_replaced;
        Some(match (n, self.fulfilled_replaced_in_part) {
            (0, _) => return None,
            (_, 0) => crate::t!("summary-replaced", count = n),
            (1, _) => crate::t!("summary-replaced-one-in-part"),
            (_, k) => crate::t!("summary-replaced-some-in-part", count = n, part = k),
        })
    }

    /// "In force: fulfilled 8 of 30 assessed (27%)"; `None` while nothing is replaced, when it
    /// would only repeat the headline.
    pub fn in_force_line(&self) -> Option<String> {
        if self.replaced == 0 {
            return None;
        }
        let s = self.in_force();
        Some(match s.share(Status::Fulfilled) {
            Some(share) => crate::t!(
                "summary-in-force",
                count = s.count(Status::Fulfilled),
                assessed = s.assessed(),
                percent = percent(share)
            ),
            None => crate::t!("summary-in-force-none"),
        })
    }
}
