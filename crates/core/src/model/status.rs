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
    /// The English name, as files and sheets hold it in every interface language.
    pub fn english_name(self) -> &'static str {
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

    pub const ALL: [Status; 7] = [
        Status::NotAssessed,
        Status::NoAction,
        Status::InProgress,
        Status::Stalled,
        Status::PartiallyFulfilled,
        Status::Fulfilled,
        Status::NotFulfilled,
    ];

    /// The label shown in the current language; the file keeps the serde identifier.
    pub fn label(self) -> &'static str {
        super::words::label(self.message_key())
    }

    /// The key of the label in the message files.
    pub fn message_key(self) -> &'static str {
        match self {
            Status::NotAssessed => "status-not-assessed",
            Status::NoAction => "status-no-action",
            Status::InProgress => "status-in-progress",
            Status::Stalled => "status-stalled",
            Status::PartiallyFulfilled => "status-partially-fulfilled",
            Status::Fulfilled => "status-fulfilled",
            Status::NotFulfilled => "status-not-fulfilled",
        }
    }

    pub fn definition(self) -> &'static str {
        super::words::label(match self {
            Status::NotAssessed => "status-def-not-assessed",
            Status::NoAction => "status-def-no-action",
            Status::InProgress => "status-def-in-progress",
            Status::Stalled => "status-def-stalled",
            Status::PartiallyFulfilled => "status-def-partially-fulfilled",
            Status::Fulfilled => "status-def-fulfilled",
            Status::NotFulfilled => "status-def-not-fulfilled",
        })
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
