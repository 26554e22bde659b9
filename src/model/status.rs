//! The status scale, with the definitions users read in the window and in every export.

use serde::{Deserialize, Serialize};

/// Where a commitment stands. Maps onto PolitiFact, Polimeter and OGP scales (see README).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Status {
    NotAssessed,
    NoAction,
    InProgress,
    Stalled,
    PartiallyFulfilled,
    Fulfilled,
    NotFulfilled,
}

impl Status {
    pub const ALL: [Status; 7] = [
        Status::NotAssessed,
        Status::NoAction,
        Status::InProgress,
        Status::Stalled,
        Status::PartiallyFulfilled,
        Status::Fulfilled,
        Status::NotFulfilled,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Status::NotAssessed => "Not assessed",
            Status::NoAction => "No action",
            Status::InProgress => "In progress",
            Status::Stalled => "Stalled",
            Status::PartiallyFulfilled => "Partially fulfilled",
            Status::Fulfilled => "Fulfilled",
            Status::NotFulfilled => "Not fulfilled",
        }
    }

    pub fn definition(self) -> &'static str {
        match self {
            Status::NotAssessed => {
                "Nobody has reviewed it yet. Left out of the share-fulfilled figures."
            }
            Status::NoAction => "Reviewed: nothing beyond the statement.",
            Status::InProgress => {
                "A concrete step exists: draft law, decree, working group, budget line."
            }
            Status::Stalled => "No documented step for six months or more, or blocked.",
            Status::PartiallyFulfilled => {
                "A real result, but substantially less than promised, or in law but not in practice."
            }
            Status::Fulfilled => "In force and operating as promised.",
            Status::NotFulfilled => "Abandoned, reversed, or the deadline passed with no result.",
        }
    }

    /// Position on the scale, for sorting and for stacking bars in a stable order.
    pub fn index(self) -> usize {
        self as usize
    }

    pub fn is_assessed(self) -> bool {
        self != Status::NotAssessed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_has_a_distinct_label_and_a_definition() {
        let labels: std::collections::HashSet<_> = Status::ALL.iter().map(|s| s.label()).collect();
        assert_eq!(labels.len(), Status::ALL.len());
        for s in Status::ALL {
            assert!(s.definition().len() > 20, "{s:?}");
            assert_eq!(Status::ALL[s.index()], s);
        }
    }
}
