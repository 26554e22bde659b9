//! A commitment's notes, three-way. Notes carry no id (a date and a text), so each side's
//! notes are matched to the ancestor's the way `diff3` matches lines: notes left exactly as
//! they were anchor the match, and between two anchors an ancestor's note and a changed note
//! of the same date are one note edited, in order. What is left was removed, or added (a note
//! whose date was changed too counts as removed and added: a date tells notes apart better
//! than a place in the list, which any addition shifts). Matching by the ancestor
//! rather than by date and text alone is what lets an edit on one side reach the merge as an
//! edit, and two different edits of one note meet as a conflict instead of becoming two notes.

use super::Recorder;
use super::conflict::{Field, Value};
use super::lists::{self, insert_by_date};
use crate::model::Note;

/// What became of an ancestor's note on one side.
#[derive(Clone, Debug, PartialEq)]
enum Fate {
    Same,
    Edited(Note),
    Removed,
}

/// One side against the ancestor: each ancestor note's fate, and the notes that side added.
struct Mapped {
    fates: Vec<Fate>,
    added: Vec<Note>,
}

pub fn merge(
    base: &[Note],
    ours: &[Note],
    theirs: &[Note],
    commitment: &str,
    rec: &mut Recorder,
) -> Vec<Note> {
    if let Some(same) = lists::shortcut(base, ours, theirs) {
        return same;
    }
    let (o, t) = (map(base, ours), map(base, theirs));
    let mut out = Vec::new();
    for (i, b) in base.iter().enumerate() {
        let kept = match (&o.fates[i], &t.fates[i]) {
            (Fate::Same, Fate::Same) => Some(b.clone()),
            (Fate::Same | Fate::Removed, Fate::Edited(n))
            | (Fate::Edited(n), Fate::Same | Fate::Removed) => Some(n.clone()),
            (Fate::Edited(x), Fate::Edited(y)) => {
                if x != y {
                    rec.conflict(
                        commitment,
                        Field::Note,
                        Value::Note(x.clone()),
                        Value::Note(y.clone()),
                    );
                }
                Some(x.clone())
            }
            (Fate::Removed | Fate::Same, Fate::Removed) | (Fate::Removed, Fate::Same) => None,
        };
        out.extend(kept);
    }
    let mut ours_left = o.added.clone();
    let theirs_added = t.added.into_iter().filter(|n| {
        // The same note added on both sides is one note.
        match ours_left.iter().position(|x| x == n) {
            Some(i) => {
                ours_left.remove(i);
                false
            }
            None => true,
        }
    });
    let theirs_added: Vec<Note> = theirs_added.collect();
    for n in o.added.into_iter().chain(theirs_added) {
        insert_by_date(&mut out, n, |n| n.date);
    }
    out
}

fn map(base: &[Note], side: &[Note]) -> Mapped {
    let anchors = common(base, side);
    let mut fates = vec![Fate::Removed; base.len()];
    let mut added = Vec::new();
    let (mut b0, mut s0) = (0, 0);
    let ends = anchors
        .iter()
        .copied()
        .chain(std::iter::once((base.len(), side.len())));
    for (b1, s1) in ends {
        let gap_side = &side[s0..s1];
        let mut paired = vec![false; gap_side.len()];
        for i in b0..b1 {
            let same_day =
                (0..gap_side.len()).find(|&j| !paired[j] && gap_side[j].date == base[i].date);
            if let Some(j) = same_day {
                paired[j] = true;
                fates[i] = Fate::Edited(gap_side[j].clone());
            }
        }
        added.extend(
            gap_side
                .iter()
                .zip(&paired)
                .filter(|(_, p)| !**p)
                .map(|(n, _)| n.clone()),
        );
        if b1 < base.len() {
            fates[b1] = Fate::Same;
        }
        (b0, s0) = (b1 + 1, s1 + 1);
    }
    Mapped { fates, added }
}

/// The longest run of notes both lists hold unchanged, in order, as index pairs. The common
/// start and end are matched first, so the table covers only the part that differs.
fn common(a: &[Note], b: &[Note]) -> Vec<(usize, usize)> {
    let head = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let tail = a[head..]
        .iter()
        .rev()
        .zip(b[head..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (am, bm) = (&a[head..a.len() - tail], &b[head..b.len() - tail]);
    // lcs[i][j]: the longest common run of am[i..] and bm[j..].
    let mut lcs = vec![vec![0u32; bm.len() + 1]; am.len() + 1];
    for i in (0..am.len()).rev() {
        for j in (0..bm.len()).rev() {
            lcs[i][j] = if am[i] == bm[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut pairs: Vec<(usize, usize)> = (0..head).map(|i| (i, i)).collect();
    let (mut i, mut j) = (0, 0);
    while i < am.len() && j < bm.len() {
        if am[i] == bm[j] {
            pairs.push((head + i, head + j));
            (i, j) = (i + 1, j + 1);
        } else if lcs[i + 1][j] >= lcs[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    pairs.extend((0..tail).map(|k| (a.len() - tail + k, b.len() - tail + k)));
    pairs
}

#[cfg(test)]
mod tests {
    use super::super::{Sides, merge as merge_projects};
    use crate::model::merge::{Choice, Field};
    use crate::model::{Commitment, Date, Kind, Note, Project};

    fn note(day: &str, text: &str) -> Note {
        Note::new(day.parse::<Date>().unwrap(), text)
    }

    fn with_notes(notes: &[Note]) -> Project {
        let mut p = Project::default();
        let mut c = Commitment::new("A5", Kind::Reform, "t");
        c.notes = notes.to_vec();
        p.commitments.push(c);
        p
    }

    fn texts(p: &Project) -> Vec<&str> {
        p.commitments[0]
            .notes
            .iter()
            .map(|n| n.text.as_str())
            .collect()
    }

    #[test]
    fn one_note_edited_differently_on_both_sides_is_a_conflict_not_two_notes() {
        let base = with_notes(&[note("2026-01-01", "first"), note("2026-02-01", "budget")]);
        let ours = with_notes(&[
            note("2026-01-01", "first"),
            note("2026-02-01", "budget cut"),
        ]);
        let theirs = with_notes(&[
            note("2026-01-01", "first"),
            note("2026-02-01", "budget doubled"),
            note("2026-03-01", "new"),
        ]);
        let mut merged = merge_projects(&base, &ours, &theirs, &Sides::default());
        assert_eq!(texts(&merged), ["first", "budget cut", "new"]);
        assert_eq!(merged.conflicts.len(), 1);
        assert_eq!(merged.conflicts[0].field, Field::Note);
        assert!(merged.resolve_conflict(0, Choice::Theirs));
        assert_eq!(texts(&merged), ["first", "budget doubled", "new"]);
    }

    #[test]
    fn an_edit_on_one_side_is_taken_and_a_removal_on_one_side_is_respected() {
        let base = with_notes(&[note("2026-01-01", "a"), note("2026-02-01", "b")]);
        let ours = with_notes(&[note("2026-01-01", "a edited"), note("2026-02-01", "b")]);
        let theirs = with_notes(&[note("2026-01-01", "a"), note("2026-04-01", "later")]);
        let merged = merge_projects(&base, &ours, &theirs, &Sides::default());
        assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
        // "b" was removed on their side and untouched on ours: removed.
        assert_eq!(texts(&merged), ["a edited", "later"]);
    }

    #[test]
    fn an_edited_text_is_decided_by_a_written_one_keeping_the_date() {
        let base = with_notes(&[note("2026-02-01", "budget")]);
        let ours = with_notes(&[note("2026-02-01", "budget cut")]);
        let theirs = with_notes(&[note("2026-02-01", "budget doubled")]);
        let mut merged = merge_projects(&base, &ours, &theirs, &Sides::default());
        let edited = crate::model::merge::Value::Text("budget cut, then doubled".into());
        assert!(merged.resolve_conflict(0, Choice::Edited(edited)));
        assert_eq!(
            merged.commitments[0].notes,
            [note("2026-02-01", "budget cut, then doubled")]
        );
    }
}
