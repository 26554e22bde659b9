//! A column mapping kept for the next import of a sheet like this one: a small RON file the
//! window saves and loads and `import --map` reads.

use serde::{Deserialize, Serialize};

use super::mapping::{Target, normalize, propose, propose_sheet};
use super::status_map::StatusWords;
use super::table::Sheet;

/// The ending of saved mapping files. Not `.ron`: `git-setup` gives `*.ron` files to the
/// project merge driver, which cannot read a mapping.
pub const MAPPING_EXTENSION: &str = "mapping";

/// A mapping kept for the next import of a sheet like this one (`--map FILE`). Files saved
/// before status words were mapped have no `statuses` and still load.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SavedMapping {
    /// The sheet to read, for workbooks with several.
    #[serde(default)]
    pub sheet: Option<String>,
    /// Header name and the field its column fills.
    pub columns: Vec<(String, Target)>,
    /// Status words of the sheet and what each stands for.
    #[serde(default, skip_serializing_if = "StatusWords::is_empty")]
    pub statuses: StatusWords,
}

impl SavedMapping {
    pub fn of(sheet: Option<&str>, header: &[String], targets: &[Target]) -> Self {
        Self {
            sheet: sheet.map(str::to_owned),
            columns: header
                .iter()
                .cloned()
                .zip(targets.iter().copied())
                .collect(),
            statuses: StatusWords::default(),
        }
    }

    /// The same mapping with the status words' choices.
    pub fn with_statuses(mut self, statuses: StatusWords) -> Self {
        self.statuses = statuses;
        self
    }

    /// The targets for `header`: a saved column by its name, else the proposal.
    pub fn targets_for(&self, header: &[String]) -> Vec<Target> {
        self.targets_over(header, propose(header))
    }

    /// The targets for a sheet: a saved column by its name, else the sheet's proposal.
    pub fn targets_for_sheet(&self, sheet: &Sheet) -> Vec<Target> {
        self.targets_over(&sheet.header, propose_sheet(sheet))
    }

    fn targets_over(&self, header: &[String], proposal: Vec<Target>) -> Vec<Target> {
        header
            .iter()
            .zip(proposal)
            .map(|(h, p)| {
                self.columns
                    .iter()
                    .find(|(name, _)| normalize(name) == normalize(h))
                    .map_or(p, |(_, t)| *t)
            })
            .collect()
    }

    pub fn to_ron(&self) -> Result<String, ron::Error> {
        ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default())
    }

    pub fn from_ron(text: &str) -> Result<Self, ron::error::SpannedError> {
        ron::from_str(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn a_saved_mapping_wins_over_the_proposal_and_reads_back() {
        let h = header(&["Статус", "Заголовок"]);
        let saved = SavedMapping::of(None, &h, &[Target::Ignore, Target::Title]);
        let again = SavedMapping::from_ron(&saved.to_ron().unwrap()).unwrap();
        assert_eq!(again, saved);
        assert_eq!(again.targets_for(&h), [Target::Ignore, Target::Title]);
    }

    #[test]
    fn a_mapping_saved_before_status_words_still_loads() {
        let old = "(sheet: None, columns: [(\"Статус\", Status), (\"Код\", Id)])";
        let saved = SavedMapping::from_ron(old).unwrap();
        assert_eq!(saved.columns.len(), 2);
        assert!(saved.statuses.is_empty());
    }

    #[test]
    fn status_words_read_as_a_person_would_write_them() {
        use crate::model::Status;
        use crate::model::import::WordChoice;
        let text = "(sheet: None, columns: [], statuses: [(\"нет\", Status(NoAction)), \
                    (\"приостановлено\", LeaveOut)])";
        let saved = SavedMapping::from_ron(text).unwrap();
        assert_eq!(
            saved.statuses.choice("НЕТ"),
            Some(WordChoice::Status(Status::NoAction))
        );
        assert_eq!(
            saved.statuses.choice("приостановлено"),
            Some(WordChoice::LeaveOut)
        );
        let again = SavedMapping::from_ron(&saved.to_ron().unwrap()).unwrap();
        assert_eq!(again, saved);
    }
}
