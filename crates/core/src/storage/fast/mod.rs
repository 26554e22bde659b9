//! The fast reader: the plain RON this version writes, read several times faster than ron
//! reads it (`plain`), and a big file's commitments read in pieces on every core (`split`).
//! It only ever answers what ron would answer for the same text, or declines ("unsure"), and
//! the caller then reads with ron. That promise is checked by comparing the two on random
//! projects and on texts broken at random (the `fast` module's tests, and the `fast` fuzz
//! target), the split path included.

pub(super) mod plain;
pub(super) mod split;

use crate::model::Project;

/// The whole text as a project, as ron would read it; None where this reader is unsure.
/// Texts over `split::SPLIT_ABOVE` bytes read their commitments in `parts` pieces side by
/// side when the cuts hold.
pub fn read(text: &str, parts: usize) -> Option<Project> {
    let pieces = (text.len() > split::SPLIT_ABOVE && parts > 1)
        .then(|| split::guess(text, parts))
        .flatten()
        .and_then(|cuts| split::parse(text, &cuts));
    pieces.or_else(|| read_whole(text))
}

/// The whole text in one go, on this thread.
pub fn read_whole(text: &str) -> Option<Project> {
    plain::from_str::<Project>(text)
}

/// The commitments in `parts` pieces whatever the text's size (for the comparison with ron);
/// None when the cuts do not hold or the reader is unsure.
pub fn read_split(text: &str, parts: usize) -> Option<Project> {
    let cuts = split::guess(text, parts)?;
    split::parse(text, &cuts)
}
