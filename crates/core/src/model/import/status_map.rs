//! What each status word of a sheet stands for on our scale. The mapping step lists every
//! distinct word of the status column; the user's choice (kept in a saved mapping) wins over
//! what the app knows the word to mean, and a word nobody chose for is never guessed.

use serde::{Deserialize, Serialize};

use super::mapping::Target;
use super::status_words::{fold, parse_status};
use super::table::Sheet;
use crate::model::Status;

/// Distinct words listed for the user; a sheet with more (a free-text column mapped to
/// Status by mistake) lists these and refuses rows with the rest unless the app knows them.
pub const MAX_WORDS: usize = 100;

/// What rows with a status word get.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum WordChoice {
    Status(Status),
    /// The row is left out of the import, and the summary says why.
    LeaveOut,
}

impl WordChoice {
    /// Every choice the drop-down offers: the scale in order, then leaving the row out.
    pub fn all() -> impl Iterator<Item = WordChoice> {
        Status::ALL
            .into_iter()
            .map(WordChoice::Status)
            .chain([WordChoice::LeaveOut])
    }

    pub fn label(self) -> String {
        match self {
            WordChoice::Status(s) => s.label().to_owned(),
            WordChoice::LeaveOut => crate::t!("import-word-leave-out"),
        }
    }

    /// What the app proposes for a word: the status it names, else leaving its rows out.
    pub fn proposed(word: &str) -> WordChoice {
        parse_status(word).map_or(WordChoice::LeaveOut, WordChoice::Status)
    }
}

/// Status words and the choice for each, in the order the sheet first uses them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct StatusWords(pub Vec<(String, WordChoice)>);

impl StatusWords {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The choice made for `word` (compared as status words are: case, spaces, `ё`).
    pub fn choice(&self, word: &str) -> Option<WordChoice> {
        let folded = fold(word);
        self.0
            .iter()
            .find(|(w, _)| fold(w) == folded)
            .map(|(_, c)| *c)
    }

    pub fn set(&mut self, word: &str, choice: WordChoice) {
        let folded = fold(word);
        match self.0.iter_mut().find(|(w, _)| fold(w) == folded) {
            Some(slot) => slot.1 = choice,
            None => self.0.push((word.to_owned(), choice)),
        }
    }

    /// The words of the sheet's status column (the first column mapped to Status), each with
    /// the choice in `kept` (the user's earlier choice or a saved mapping's), else proposed.
    pub fn for_sheet(sheet: &Sheet, targets: &[Target], kept: &StatusWords) -> StatusWords {
        let mut out = StatusWords::default();
        let Some(column) = targets.iter().position(|t| *t == Target::Status) else {
            return out;
        };
        for row in &sheet.rows {
            let word = row.cell(column).text();
            if word.is_empty() || out.choice(&word).is_some() {
                continue;
            }
            if out.0.len() == MAX_WORDS {
                break;
            }
            let choice = kept
                .choice(&word)
                .unwrap_or_else(|| WordChoice::proposed(&word));
            out.0.push((word, choice));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::import::{Cell, Row};

    fn sheet(words: &[&str]) -> Sheet {
        Sheet {
            header: vec!["Статус".into()],
            rows: words
                .iter()
                .enumerate()
                .map(|(i, w)| Row {
                    number: i + 2,
                    cells: vec![Cell::Text((*w).into())],
                })
                .collect(),
            ..Sheet::default()
        }
    }

    #[test]
    fn distinct_words_are_listed_once_known_ones_proposed_and_kept_choices_win() {
        let s = sheet(&["в процессе", "Выполнено", "нет", "В процессе ", "", "done"]);
        let mut kept = StatusWords::default();
        kept.set("НЕТ", WordChoice::Status(Status::NoAction));
        let words = StatusWords::for_sheet(&s, &[Target::Status], &kept);
        assert_eq!(
            words.0,
            [
                ("в процессе".into(), WordChoice::Status(Status::InProgress)),
                ("Выполнено".into(), WordChoice::Status(Status::Fulfilled)),
                ("нет".into(), WordChoice::Status(Status::NoAction)),
                ("done".into(), WordChoice::Status(Status::Fulfilled)),
            ]
        );
        assert_eq!(
            StatusWords::for_sheet(&sheet(&["soon"]), &[Target::Status], &kept).0,
            [("soon".into(), WordChoice::LeaveOut)],
            "an unknown word is never guessed"
        );
        assert!(
            StatusWords::for_sheet(&s, &[Target::Title], &kept)
                .0
                .is_empty()
        );
    }
}
