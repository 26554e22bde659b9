//! Status words in a sheet: our ids and labels in every interface language, and the common
//! scales (PolitiFact, OGP). An unknown word is reported, never guessed.

use crate::i18n::{self, Lang};
use crate::model::Status;

/// PolitiFact's and OGP's words, as the README's scale table maps them, and the plain words
/// trackers use that can only mean one status. Ambiguous ones ("нет", "no") are left to the user.
const OTHER_SCALES: [(&str, Status); 25] = [
    ("promise kept", Status::Fulfilled),
    ("compromise", Status::PartiallyFulfilled),
    ("in the works", Status::InProgress),
    ("stalled", Status::Stalled),
    ("promise broken", Status::NotFulfilled),
    ("not yet rated", Status::NotAssessed),
    ("complete", Status::Fulfilled),
    ("completed", Status::Fulfilled),
    ("substantial", Status::PartiallyFulfilled),
    ("limited", Status::InProgress),
    ("not started", Status::NoAction),
    ("no evidence available", Status::NotAssessed),
    ("done", Status::Fulfilled),
    ("partial", Status::PartiallyFulfilled),
    ("partially", Status::PartiallyFulfilled),
    ("ongoing", Status::InProgress),
    ("under way", Status::InProgress),
    ("в процессе", Status::InProgress),
    ("в процессе выполнения", Status::InProgress),
    ("выполняется", Status::InProgress),
    ("частично", Status::PartiallyFulfilled),
    ("не начато", Status::NoAction),
    ("орындалу үстінде", Status::InProgress),
    ("ішінара", Status::PartiallyFulfilled),
    ("басталмаған", Status::NoAction),
];

/// The word as compared: lower case, single spaces, `_`/`-` as spaces, `ё` as `е`.
pub(super) fn fold(word: &str) -> String {
    let lowered = word
        .to_lowercase()
        .replace(['_', '-'], " ")
        .replace('ё', "е");
    lowered.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn words(folded: &str) -> Vec<&str> {
    let mut w: Vec<&str> = folded.split(' ').collect();
    w.sort_unstable();
    w
}

/// `NotAssessed` → "notassessed", so serde ids and labels without spaces match.
fn squash(word: &str) -> String {
    fold(word).replace(' ', "")
}

/// The status a word names; `None` for an empty or unknown word.
pub fn parse_status(word: &str) -> Option<Status> {
    let folded = fold(word);
    if folded.is_empty() {
        return None;
    }
    let squashed = squash(word);
    for s in Status::ALL {
        let english = s.english_name();
        if squash(english) == squashed || squash(&format!("{s:?}")) == squashed {
            return Some(s);
        }
        // Word order varies in Russian and Kazakh ("Частично выполнено" for "Выполнено
        // частично"): the same words in any order name the same status.
        if Lang::ALL
            .iter()
            .any(|lang| words(&fold(&i18n::tr_in(*lang, Status::message_key(s)))) == words(&folded))
        {
            return Some(s);
        }
    }
    OTHER_SCALES
        .iter()
        .find(|(w, _)| *w == folded)
        .map(|(_, s)| *s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn our_ids_labels_and_other_scales_map_and_unknown_words_do_not() {
        assert_eq!(
            parse_status("PartiallyFulfilled"),
            Some(Status::PartiallyFulfilled)
        );
        assert_eq!(parse_status(" in progress "), Some(Status::InProgress));
        assert_eq!(parse_status("Выполнено"), Some(Status::Fulfilled));
        assert_eq!(
            parse_status("частично  выполнено"),
            Some(Status::PartiallyFulfilled)
        );
        assert_eq!(parse_status("Promise Kept"), Some(Status::Fulfilled));
        assert_eq!(parse_status("In the Works"), Some(Status::InProgress));
        assert_eq!(
            parse_status("Substantial"),
            Some(Status::PartiallyFulfilled)
        );
        assert_eq!(parse_status("Not Started"), Some(Status::NoAction));
        assert_eq!(parse_status("В процессе"), Some(Status::InProgress));
        assert_eq!(parse_status("Almost there"), None);
        assert_eq!(
            parse_status("нет"),
            None,
            "ambiguous words are the user's to map"
        );
        assert_eq!(parse_status(""), None);
    }

    #[test]
    fn every_label_in_every_language_reads_back() {
        for lang in Lang::ALL {
            for s in Status::ALL {
                assert_eq!(
                    parse_status(&i18n::tr_in(lang, Status::message_key(s))),
                    Some(s)
                );
            }
        }
    }
}
