//! The period the Changes view and the exports show: the From and To fields as typed, and the
//! date of the last export, which the "since the last export" choice starts from.

use crate::model::period::Period;
use crate::model::{Date, DateError};

/// The From–To fields. The period is read from the text each time it is needed, so it can
/// never disagree with what the fields show.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PeriodForm {
    pub from_text: String,
    pub to_text: String,
}

/// Why the fields do not give a period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PeriodProblem {
    BadDate(DateError),
    /// One date is given, the other is not.
    Incomplete,
    Reversed(String),
}

impl std::fmt::Display for PeriodProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PeriodProblem::BadDate(e) => e.fmt(f),
            PeriodProblem::Incomplete => f.write_str(&crate::t!("period-incomplete")),
            PeriodProblem::Reversed(text) => f.write_str(text),
        }
    }
}

impl PeriodForm {
    /// The period typed; `Ok(None)` when both fields are empty (no period chosen).
    pub fn period(&self) -> Result<Option<Period>, PeriodProblem> {
        let parse = |t: &str| -> Result<Option<Date>, PeriodProblem> {
            let t = t.trim();
            if t.is_empty() {
                return Ok(None);
            }
            t.parse().map(Some).map_err(PeriodProblem::BadDate)
        };
        match (parse(&self.from_text)?, parse(&self.to_text)?) {
            (None, None) => Ok(None),
            (Some(from), Some(to)) => Period::new(from, to)
                .map(Some)
                .map_err(|e| PeriodProblem::Reversed(e.to_string())),
            _ => Err(PeriodProblem::Incomplete),
        }
    }

    pub fn set(&mut self, period: Period) {
        self.from_text = period.from().to_string();
        self.to_text = period.to().to_string();
    }

    pub fn clear(&mut self) {
        self.from_text.clear();
        self.to_text.clear();
    }
}

/// The key a document's last export date is kept under in the preferences: its path, or ""
/// for an untitled document.
pub fn export_key(path: Option<&std::path::Path>) -> String {
    path.map(|p| p.display().to_string()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(from: &str, to: &str) -> PeriodForm {
        PeriodForm {
            from_text: from.into(),
            to_text: to.into(),
        }
    }

    #[test]
    fn the_fields_give_a_period_only_when_both_dates_are_good() {
        assert_eq!(form("", "").period(), Ok(None));
        let p = form("2024-04", " 2024-06 ").period().unwrap().unwrap();
        assert_eq!(p.from().to_string(), "2024-04-01");
        assert_eq!(p.to().to_string(), "2024-06-30");
        assert_eq!(
            form("2024-04-01", "").period(),
            Err(PeriodProblem::Incomplete)
        );
        assert!(matches!(
            form("2024-13", "2024").period(),
            Err(PeriodProblem::BadDate(_))
        ));
        assert!(matches!(
            form("2025", "2024").period(),
            Err(PeriodProblem::Reversed(_))
        ));
    }
}
