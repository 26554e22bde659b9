//! Replaced commitments in words: the mark ("Replaced on 1 Jul 2026 by K1"), the caveat under
//! a status, the chip's word and the way back ("Replaces P6, P7"). The model says who replaced
//! whom; saying it is a report's work.

use crate::i18n::{self, Lang};
use crate::model::replacement::Replaced;
use crate::model::{Date, Replacement, words};

/// The date as the mark says it: "1 Jul 2026", "Jul 2026" or "2026" in English; in words
/// with the language's own month names otherwise. With the precision the message chooses its
/// preposition by ("on 1 Jul 2026", "in Jul 2026").
fn when(date: Date) -> (String, &'static str) {
    let precision = match (date.day(), date.month()) {
        (Some(_), _) => "day",
        (None, Some(_)) => "month",
        _ => "year",
    };
    let text = match i18n::language() {
        Lang::En => date.readable(),
        _ => i18n::date_long(date),
    };
    (text, precision)
}

/// "Replaced on 1 Jul 2026 by K1, K2", "Partly replaced in 2026": the mark in one line.
pub fn replaced_line(r: &Replacement) -> String {
    replaced_line_with(r, str::to_owned, str::to_owned)
}

/// Stands for the ids while the words around them are formatted, so `text` never sees them.
const IDS: &str = "\u{1}";

/// The same line, with the words passed through `text` and each id through `id` (the HTML
/// export escapes the one and links the other).
pub fn replaced_line_with(
    r: &Replacement,
    text: impl Fn(&str) -> String,
    id: impl Fn(&str) -> String,
) -> String {
    let (date, precision) = when(r.date);
    let partial = words::yes_no(r.partial);
    if r.by.is_empty() {
        return text(&crate::t!(
            "replacement-mark",
            partial = partial,
            precision = precision,
            date = date
        ));
    }
    let line = crate::t!(
        "replacement-mark-by",
        partial = partial,
        precision = precision,
        date = date,
        ids = IDS
    );
    let ids: Vec<String> = r.by.iter().map(|b| id(b)).collect();
    with_ids(&line, IDS, &ids, &text)
}

/// `line` with its `placeholder` put back as the ids joined by commas, and the words around
/// them passed through `text`: ids and words are formatted apart (escaped words, linked ids).
pub(crate) fn with_ids(
    line: &str,
    placeholder: &str,
    ids: &[String],
    text: impl Fn(&str) -> String,
) -> String {
    let (before, after) = line.split_once(placeholder).unwrap_or((line, ""));
    let mut out = text(before);
    out.push_str(&ids.join(", "));
    if !after.is_empty() {
        out.push_str(&text(after));
    }
    out
}

/// Said under a status definition, which speaks of the commitment as in force: it is not,
/// or not wholly, any more.
pub fn status_caveat(r: &Replacement) -> String {
    crate::t!(
        "replacement-caveat",
        mark = replaced_line(r),
        partial = words::yes_no(r.partial)
    )
}

/// The short mark on a chip: "Replaced" or "Partly replaced".
pub fn replaced_word(r: &Replacement) -> String {
    crate::t!("replacement-word", partial = words::yes_no(r.partial))
}

/// "Replaces P6, P7; in part A1", the way back from a replacing commitment.
pub fn replaces_line<'a>(replaced: impl IntoIterator<Item = &'a Replaced<'a>>) -> String {
    replaces_line_with(replaced, str::to_owned)
}

/// The same line, with each id passed through `id`.
pub fn replaces_line_with<'a>(
    replaced: impl IntoIterator<Item = &'a Replaced<'a>>,
    id: impl Fn(&str) -> String,
) -> String {
    let (mut whole, mut part) = (Vec::new(), Vec::new());
    for r in replaced {
        let list = if r.replacement.partial {
            &mut part
        } else {
            &mut whole
        };
        list.push(id(&r.commitment.id));
    }
    let (whole, part) = (whole.join(", "), part.join(", "));
    match (whole.is_empty(), part.is_empty()) {
        (false, false) => crate::t!("replacement-replaces-both", ids = whole, part = part),
        (false, true) => crate::t!("replacement-replaces", ids = whole),
        (true, false) => crate::t!("replacement-replaces-in-part", ids = part),
        (true, true) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::replacement::tests::mark;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn lines_read_as_sentences() {
        assert_eq!(
            replaced_line(&mark(&["K1"], false)),
            "Replaced on 1 Jul 2026 by K1"
        );
        let mut r = mark(&["K1", "K2"], true);
        assert_eq!(replaced_line(&r), "Partly replaced on 1 Jul 2026 by K1, K2");
        r.by.clear();
        r.date = d("2026-07");
        assert_eq!(replaced_line(&r), "Partly replaced in Jul 2026");
    }

    #[test]
    fn the_caveat_says_whether_the_rest_is_in_force() {
        assert_eq!(
            status_caveat(&mark(&["K1"], false)),
            "The status is what was achieved. Replaced on 1 Jul 2026 by K1: it is no longer \
             in force."
        );
        assert!(status_caveat(&mark(&[], true)).ends_with("the part not replaced stays in force."));
    }
}
