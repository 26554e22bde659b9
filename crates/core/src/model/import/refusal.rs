//! Why a row of a sheet was left out, or what of it was not found: a refusal by its row number,
//! said in the user's words.

use crate::model::Date;

#[derive(Clone, Debug, PartialEq)]
pub enum RefusalReason {
    MissingIdAndTitle,
    /// A new id with no title: nothing to call the commitment.
    MissingTitle {
        id: String,
    },
    BadDate {
        column: String,
        text: String,
    },
    UnknownStatus {
        word: String,
    },
    /// The user chose to leave out rows with this status word.
    StatusLeftOut {
        word: String,
    },
    DuplicateId {
        id: String,
        first_row: usize,
    },
    Formula {
        column: String,
    },
    CellTooLarge {
        column: String,
        chars: usize,
    },
    BadValue {
        column: String,
        text: String,
    },
    /// The status date falls before the last change recorded: history is never rewritten.
    BeforeHistory {
        date: Date,
        last: Date,
    },
    /// An evidence address that would never be opened; the rest of the row is imported.
    UnsafeLink {
        url: String,
        why: String,
    },
    /// A state's position on a recommendation the app cannot read.
    UnknownPosition {
        column: String,
        text: String,
    },
    /// A source id that names no source document of the project; the row is imported.
    UnknownSource {
        id: String,
    },
}

impl RefusalReason {
    pub fn message(&self) -> String {
        match self {
            RefusalReason::MissingIdAndTitle => crate::t!("import-refused-no-id-title"),
            RefusalReason::MissingTitle { id } => {
                crate::t!("import-refused-no-title", id = id.as_str())
            }
            RefusalReason::BadDate { column, text } => crate::t!(
                "import-refused-bad-date",
                column = column.as_str(),
                text = text.as_str()
            ),
            RefusalReason::UnknownStatus { word } => {
                crate::t!("import-refused-unknown-status", word = word.as_str())
            }
            RefusalReason::StatusLeftOut { word } => {
                crate::t!("import-refused-status-left-out", word = word.as_str())
            }
            RefusalReason::DuplicateId { id, first_row } => crate::t!(
                "import-refused-duplicate-id",
                id = id.as_str(),
                row = *first_row
            ),
            RefusalReason::Formula { column } => {
                crate::t!("import-refused-formula", column = column.as_str())
            }
            RefusalReason::CellTooLarge { column, chars } => crate::t!(
                "import-refused-cell-too-large",
                column = column.as_str(),
                count = *chars
            ),
            RefusalReason::BadValue { column, text } => crate::t!(
                "import-refused-bad-value",
                column = column.as_str(),
                text = text.as_str()
            ),
            RefusalReason::BeforeHistory { date, last } => crate::t!(
                "import-refused-before-history",
                date = date.to_string(),
                last = last.to_string()
            ),
            RefusalReason::UnsafeLink { url, why } => crate::t!(
                "import-refused-unsafe-link",
                url = url.as_str(),
                reason = why.as_str()
            ),
            RefusalReason::UnknownPosition { column, text } => crate::t!(
                "import-refused-unknown-position",
                column = column.as_str(),
                text = text.as_str()
            ),
            RefusalReason::UnknownSource { id } => {
                crate::t!("import-warning-unknown-source", id = id.as_str())
            }
        }
    }
}

/// A row left out, or (as a warning) something of a row left out or not found, by its
/// spreadsheet row number.
#[derive(Clone, Debug, PartialEq)]
pub struct Refusal {
    pub row: usize,
    pub reason: RefusalReason,
}
