//! Lists that only grow in practice (notes, history, conflicts): both sides' additions are
//! kept, a removal on either side is respected, and nothing is reordered.

use crate::model::Date;

/// What each side did to a list, relative to the common ancestor.
pub struct Split<T> {
    /// Ancestor items both sides still have, in the ancestor's order.
    pub kept: Vec<T>,
    pub ours_added: Vec<T>,
    /// Their additions, without those ours added identically.
    pub theirs_added: Vec<T>,
}

/// Takes the first item equal to `item` out of `pool`.
fn take<T: PartialEq>(pool: &mut Vec<T>, item: &T) -> bool {
    match pool.iter().position(|x| x == item) {
        Some(i) => {
            pool.remove(i);
            true
        }
        None => false,
    }
}

pub fn split<T: PartialEq + Clone>(base: &[T], ours: &[T], theirs: &[T]) -> Split<T> {
    let mut ours_pool = ours.to_vec();
    let mut theirs_pool = theirs.to_vec();
    let mut kept = Vec::new();
    for item in base {
        // Both pools are consumed either way: an item one side removed is not an addition of
        // the other.
        let in_ours = take(&mut ours_pool, item);
        let in_theirs = take(&mut theirs_pool, item);
        if in_ours && in_theirs {
            kept.push(item.clone());
        }
    }
    let mut ours_left = ours_pool.clone();
    theirs_pool.retain(|t| !take(&mut ours_left, t));
    Split {
        kept,
        ours_added: ours_pool,
        theirs_added: theirs_pool,
    }
}

/// Inserts `item` after every item dated on or before it, so a list kept in date order stays
/// so, and items of one day stay in the order they were added.
pub fn insert_by_date<T>(list: &mut Vec<T>, item: T, date: impl Fn(&T) -> Date) {
    let d = date(&item);
    let at = list.iter().rposition(|x| date(x) <= d).map_or(0, |i| i + 1);
    list.insert(at, item);
}

/// The ancestor's remaining items, then ours and theirs, each added item in its date's place.
pub fn merge_dated<T: PartialEq + Clone>(
    base: &[T],
    ours: &[T],
    theirs: &[T],
    date: impl Fn(&T) -> Date + Copy,
) -> Vec<T> {
    if let Some(same) = shortcut(base, ours, theirs) {
        return same;
    }
    let s = split(base, ours, theirs);
    let mut out = s.kept;
    for item in s.ours_added.into_iter().chain(s.theirs_added) {
        insert_by_date(&mut out, item, date);
    }
    out
}

/// The merge of a list with no dates: ours, less what theirs removed, plus what theirs added.
pub fn merge_plain<T: PartialEq + Clone>(base: &[T], ours: &[T], theirs: &[T]) -> Vec<T> {
    if let Some(same) = shortcut(base, ours, theirs) {
        return same;
    }
    let s = split(base, ours, theirs);
    let mut out: Vec<T> = ours
        .iter()
        .filter(|o| s.kept.contains(o) || s.ours_added.contains(o))
        .cloned()
        .collect();
    out.extend(s.theirs_added);
    out
}

/// When one side left the list alone, the other side's list is the answer, exactly.
pub fn shortcut<T: PartialEq + Clone>(base: &[T], ours: &[T], theirs: &[T]) -> Option<Vec<T>> {
    if ours == theirs || theirs == base {
        Some(ours.to_vec())
    } else if ours == base {
        Some(theirs.to_vec())
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(day: u32) -> Date {
        Date::ymd(2024, 1, day).unwrap()
    }

    #[test]
    fn both_additions_are_kept_in_date_order_and_removals_respected() {
        let base = vec![(d(1), "a"), (d(5), "b")];
        let ours = vec![(d(1), "a"), (d(3), "ours")];
        let theirs = vec![(d(1), "a"), (d(5), "b"), (d(2), "theirs"), (d(9), "late")];
        let merged = merge_dated(&base, &ours, &theirs, |x| x.0);
        let texts: Vec<_> = merged.iter().map(|x| x.1).collect();
        assert_eq!(
            texts,
            ["a", "theirs", "ours", "late"],
            "b was removed on our side"
        );
    }

    #[test]
    fn the_same_addition_on_both_sides_is_kept_once() {
        let base: Vec<(Date, &str)> = vec![];
        let ours = vec![(d(1), "x"), (d(2), "o")];
        let theirs = vec![(d(1), "x"), (d(3), "t")];
        let merged = merge_dated(&base, &ours, &theirs, |x| x.0);
        assert_eq!(merged.len(), 3);
        assert_eq!(merge_plain(&base, &ours, &theirs).len(), 3);
    }
}
