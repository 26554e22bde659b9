//! The merge of two branches that made independent edits equals applying both edits, in
//! either order (a note reworded on one branch included); merging a version with itself
//! changes nothing.

use proptest::prelude::*;
use reform_tracker::model::merge::{Sides, lists::insert_by_date, merge};
use reform_tracker::model::{Commitment, Date, Evidence, Kind, Note, Project, Status};

fn day(n: u32) -> Date {
    Date::from_day_number(Date::ymd(2024, 1, 1).unwrap().day_number() + i64::from(n))
}

fn base() -> Project {
    let mut p = Project {
        title: "Base".into(),
        ..Project::default()
    };
    for i in 0..4 {
        let mut c = Commitment::new(format!("C{i}"), Kind::Reform, format!("Commitment {i}"));
        let id = c.add_evidence(Evidence {
            title: format!("base link {i}"),
            ..Evidence::new(0)
        });
        c.change_status(Status::InProgress, day(0), "start".into(), vec![id]);
        c.notes.push(Note::new(day(0), "base note"));
        p.commitments.push(c);
    }
    p
}

#[derive(Clone, Debug)]
enum Edit {
    Title(usize, String),
    Category(usize, String),
    Deadline(usize, u32),
    Concern(usize, bool),
    Importance(usize, u8),
    Note(usize, u32, String),
    /// The ancestor's note, reworded: an edit, which the other branch's new notes must not
    /// turn into a second note.
    NoteText(usize, String),
    Link(usize, String),
    /// A status change on a day, citing the commitment's newest link when asked.
    Status(usize, u32, Status, bool),
    NewCommitment(u32),
    ProjectTitle(String),
}

impl Edit {
    /// What the edit changes in a way only one branch may: (commitment or -1, aspect).
    fn claim(&self) -> Option<(i64, u8)> {
        match self {
            Edit::Title(c, _) => Some((*c as i64, 0)),
            Edit::Category(c, _) => Some((*c as i64, 1)),
            Edit::Deadline(c, _) => Some((*c as i64, 2)),
            Edit::Concern(c, _) => Some((*c as i64, 3)),
            Edit::Importance(c, _) => Some((*c as i64, 4)),
            Edit::Status(c, ..) => Some((*c as i64, 5)),
            Edit::NoteText(c, _) => Some((*c as i64, 6)),
            Edit::ProjectTitle(_) => Some((-1, 0)),
            Edit::Note(..) | Edit::Link(..) | Edit::NewCommitment(_) => None,
        }
    }
}

fn edit() -> impl Strategy<Value = Edit> {
    let c = 0..4usize;
    let text = "[a-z]{1,6}";
    prop_oneof![
        (c.clone(), text).prop_map(|(c, t)| Edit::Title(c, t)),
        (c.clone(), text).prop_map(|(c, t)| Edit::Category(c, t)),
        (c.clone(), 1..300u32).prop_map(|(c, d)| Edit::Deadline(c, d)),
        (c.clone(), any::<bool>()).prop_map(|(c, b)| Edit::Concern(c, b)),
        (c.clone(), 1..=3u8).prop_map(|(c, n)| Edit::Importance(c, n)),
        (c.clone(), 1..300u32, text).prop_map(|(c, d, t)| Edit::Note(c, d, t)),
        (c.clone(), text).prop_map(|(c, t)| Edit::NoteText(c, t)),
        (c.clone(), text).prop_map(|(c, t)| Edit::Link(c, t)),
        (c, 1..300u32, 0..7usize, any::<bool>()).prop_map(|(c, d, s, cite)| Edit::Status(
            c,
            d,
            Status::ALL[s],
            cite
        )),
        (0..5u32).prop_map(Edit::NewCommitment),
        text.prop_map(Edit::ProjectTitle),
    ]
}

/// Applies one branch's edit. `side` keeps the branches apart where both may add: their days
/// (odd for one, even for the other), new ids and link titles.
fn apply(p: &mut Project, e: &Edit, side: u32) {
    let d = |n: u32| day(n * 2 + side);
    match e {
        Edit::Title(i, t) => c(p, *i).title = t.clone(),
        Edit::Category(i, t) => c(p, *i).category = t.clone(),
        Edit::Deadline(i, n) => c(p, *i).deadline = Some(d(*n)),
        Edit::Concern(i, b) => c(p, *i).concern = *b,
        Edit::Importance(i, n) => c(p, *i).importance = *n,
        Edit::Note(i, n, t) => {
            let note = Note::new(d(*n), t.clone());
            insert_by_date(&mut c(p, *i).notes, note, |n| n.date);
        }
        Edit::NoteText(i, t) => {
            if let Some(n) = c(p, *i).notes.iter_mut().find(|n| n.date == day(0)) {
                n.text = format!("base note, {t}");
            }
        }
        Edit::Link(i, t) => {
            let c = c(p, *i);
            let title = format!("{side}-{t}");
            c.add_evidence(Evidence {
                title,
                ..Evidence::new(0)
            });
        }
        Edit::Status(i, n, to, cite) => {
            let c = c(p, *i);
            // The newest link this branch could see: its own, or the ancestor's.
            let own = format!("{side}-");
            let seen = c
                .evidence
                .iter()
                .rev()
                .find(|e| e.title.starts_with(&own) || e.title.starts_with("base"));
            let evidence = match seen {
                Some(e) if *cite => vec![e.id],
                _ => vec![],
            };
            c.change_status(*to, d(*n), String::new(), evidence);
        }
        Edit::NewCommitment(n) => {
            let id = format!("N{side}-{n}");
            if p.commitments.iter().all(|c| c.id != id) {
                p.commitments.push(Commitment::new(id, Kind::Reform, "new"));
            }
        }
        Edit::ProjectTitle(t) => p.title = t.clone(),
    }
}

fn c(p: &mut Project, i: usize) -> &mut Commitment {
    &mut p.commitments[i]
}

fn applied(p: &Project, edits: &[Edit], side: u32) -> Project {
    let mut p = p.clone();
    for e in edits {
        apply(&mut p, e, side);
    }
    p
}

/// The same project up to the order links were numbered and commitments added in.
fn normalized(p: &Project) -> Project {
    let mut p = p.clone();
    p.commitments.sort_by(|a, b| a.id.cmp(&b.id));
    for c in &mut p.commitments {
        let mut order: Vec<_> = c.evidence.iter().map(|e| (e.title.clone(), e.id)).collect();
        order.sort();
        let new_id = |old: u32| {
            order
                .iter()
                .position(|(_, id)| *id == old)
                .map_or(old + 1000, |i| i as u32 + 1)
        };
        for h in &mut c.history {
            h.evidence = h.evidence.iter().map(|&id| new_id(id)).collect();
        }
        for e in &mut c.evidence {
            e.id = new_id(e.id);
        }
        c.evidence.sort_by_key(|e| e.id);
        c.next_evidence_id = 0;
    }
    p
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn independent_edits_merge_as_if_applied_one_after_the_other(
        ours_edits in prop::collection::vec(edit(), 0..8),
        theirs_edits in prop::collection::vec(edit(), 0..8),
    ) {
        // Their edits to what ours also changes are dropped: those are not independent.
        let claimed: Vec<_> = ours_edits.iter().filter_map(Edit::claim).collect();
        let theirs_edits: Vec<Edit> = theirs_edits
            .into_iter()
            .filter(|e| e.claim().is_none_or(|c| !claimed.contains(&c)))
            .collect();
        let base = base();
        let ours = applied(&base, &ours_edits, 1);
        let theirs = applied(&base, &theirs_edits, 2);
        let merged = merge(&base, &ours, &theirs, &Sides::default());
        prop_assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
        let ours_then_theirs = applied(&ours, &theirs_edits, 2);
        prop_assert_eq!(&merged, &ours_then_theirs);
        let theirs_then_ours = applied(&theirs, &ours_edits, 1);
        prop_assert_eq!(normalized(&merged), normalized(&theirs_then_ours));
        // Every history entry cites a link that exists, with the title its branch gave it.
        for c in &merged.commitments {
            for h in &c.history {
                for id in &h.evidence {
                    prop_assert!(c.evidence_by_id(*id).is_some(), "{} cites missing {}", c.id, id);
                }
            }
        }
    }

    #[test]
    fn merging_a_version_with_itself_changes_nothing(
        edits in prop::collection::vec(edit(), 0..8),
    ) {
        let base = base();
        let p = applied(&base, &edits, 1);
        let sides = Sides::default();
        prop_assert_eq!(&merge(&p, &p, &p, &sides), &p);
        prop_assert_eq!(&merge(&base, &p, &p, &sides), &p);
        prop_assert_eq!(&merge(&base, &p, &base, &sides), &p);
        prop_assert_eq!(&merge(&base, &base, &p, &sides), &p);
    }
}
