//! Replaced commitments: who replaced whom, how it reads, and what a valid mark is.
//!
//! The mark is a dated fact beside the history, never a status: a commitment that was
//! fulfilled and later replaced stays fulfilled. Before its date a commitment is not replaced
//! (`Commitment::replaced_on`), and the commitments that replaced it do not replace it yet.

use std::collections::HashMap;

use super::links::check_link;
use super::{Commitment, Date, Project, Replacement};

/// The "In force / Replaced" filter.
///
/// A partly replaced commitment passes both: the part not replaced is still in force, and a
/// reader looking for what the 2026 reforms overtook must find it among the replaced too.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Standing {
    /// Not replaced, or replaced only in part.
    InForce,
    /// Replaced, wholly or in part.
    Replaced,
}

impl Standing {
    pub const ALL: [Standing; 2] = [Standing::InForce, Standing::Replaced];

    pub fn label(self) -> &'static str {
        match self {
            Standing::InForce => super::words::label("standing-in-force"),
            Standing::Replaced => super::words::label("standing-replaced"),
        }
    }

    /// What the choice keeps, for the hover text.
    pub fn definition(self) -> &'static str {
        match self {
            Standing::InForce => super::words::label("standing-def-in-force"),
            Standing::Replaced => super::words::label("standing-def-replaced"),
        }
    }

    pub fn admits(self, c: &Commitment, as_of: Option<Date>) -> bool {
        match self {
            Standing::InForce => c.in_force(as_of),
            Standing::Replaced => c.replaced_on(as_of).is_some(),
        }
    }
}

/// One commitment that the commitment asked about replaced, with its index in the project.
#[derive(Clone, Copy, Debug)]
pub struct Replaced<'a> {
    pub index: usize,
    pub commitment: &'a Commitment,
    pub replacement: &'a Replacement,
}

/// The commitments that `id` replaced, in project order, whatever their dates: the mark is
/// kept on the replaced commitment, and this is the way back.
pub fn replaced_by<'a>(project: &'a Project, id: &str) -> Vec<Replaced<'a>> {
    project
        .commitments
        .iter()
        .enumerate()
        .filter_map(|(index, c)| {
            let r = c.replaced.as_ref()?;
            r.by.iter().any(|b| b == id).then_some(Replaced {
                index,
                commitment: c,
                replacement: r,
            })
        })
        .collect()
}

/// `replaced_by` for every id at once, in one pass: for exports, which need it for each row.
pub fn replaced_by_all(project: &Project) -> HashMap<&str, Vec<Replaced<'_>>> {
    let mut all: HashMap<&str, Vec<Replaced<'_>>> = HashMap::new();
    for (index, c) in project.commitments.iter().enumerate() {
        let Some(r) = &c.replaced else { continue };
        for by in &r.by {
            let list = all.entry(by.as_str()).or_default();
            // An id named twice in one mark still lists the commitment once.
            if list.last().is_none_or(|l| l.index != index) {
                list.push(Replaced {
                    index,
                    commitment: c,
                    replacement: r,
                });
            }
        }
    }
    all
}

/// Ids typed as "K1, K2" or "K1 K2", without duplicates, in the order given.
pub fn parse_ids(text: &str) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for id in text.split([',', ';']).flat_map(str::split_whitespace) {
        if !ids.iter().any(|i| i == id) {
            ids.push(id.to_owned());
        }
    }
    ids
}

/// Evidence links a replacement may rest on: those with an address that is safe to open, so
/// a reader can check the claim.
pub fn citable_evidence(c: &Commitment) -> impl Iterator<Item = &super::Evidence> {
    c.evidence
        .iter()
        .filter(|e| check_link(&e.url).openable().is_some())
}

/// Why this mark cannot be recorded on the commitment at `index`, in plain words.
pub fn check(project: &Project, index: usize, r: &Replacement) -> Result<(), String> {
    let Some(c) = project.commitments.get(index) else {
        return Err(crate::t!("replacement-error-gone"));
    };
    if let Some(made) = c.date_committed
        && !made.on_or_before(r.date)
    {
        return Err(crate::t!(
            "replacement-error-before",
            id = &c.id,
            date = made.to_string()
        ));
    }
    for id in &r.by {
        if *id == c.id {
            return Err(crate::t!("replacement-error-self", id = id));
        }
        let Some(other) = project.commitments.iter().find(|o| o.id == *id) else {
            return Err(crate::t!("replacement-error-unknown", id = id));
        };
        if other
            .replaced
            .as_ref()
            .is_some_and(|o| o.by.contains(&c.id))
        {
            return Err(crate::t!(
                "replacement-error-mutual",
                id = id,
                other = &c.id
            ));
        }
    }
    for id in &r.evidence {
        if !citable_evidence(c).any(|e| e.id == *id) {
            // The evidence number as text: an id is a name, not a quantity to group.
            return Err(crate::t!(
                "replacement-error-evidence",
                evidence = id.to_string(),
                id = &c.id
            ));
        }
    }
    // Last: the note is usually written last, and the other problems matter more.
    if r.note.trim().is_empty() {
        return Err(crate::t!("replacement-error-note"));
    }
    Ok(())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::{Evidence, Kind};

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    /// A mark of 1 Jul 2026 by `by`, wholly or in part (the reports' tests use it too).
    pub(crate) fn mark(by: &[&str], partial: bool) -> Replacement {
        Replacement {
            date: d("2026-07-01"),
            by: by.iter().map(|s| (*s).to_owned()).collect(),
            partial,
            note: "The 2026 Constitution".into(),
            evidence: vec![],
        }
    }

    fn project() -> Project {
        let mut p = Project::default();
        for id in ["P6", "P7", "A1", "K1"] {
            p.commitments.push(Commitment::new(id, Kind::Reform, id));
        }
        p.commitments[0].replaced = Some(mark(&["K1"], false));
        p.commitments[1].replaced = Some(mark(&["K1"], false));
        p.commitments[2].replaced = Some(mark(&["K1"], true));
        p
    }

    #[test]
    fn the_replacing_commitment_lists_what_it_replaced() {
        let p = project();
        let back = replaced_by(&p, "K1");
        let ids: Vec<&str> = back.iter().map(|r| r.commitment.id.as_str()).collect();
        assert_eq!(ids, ["P6", "P7", "A1"]);
        assert_eq!(back[2].index, 2);
        assert_eq!(
            crate::report::replacement_words::replaces_line(&back),
            "Replaces P6, P7; in part A1"
        );
        assert!(replaced_by(&p, "P6").is_empty());
        let all = replaced_by_all(&p);
        let ids: Vec<&str> = all["K1"].iter().map(|r| r.commitment.id.as_str()).collect();
        assert_eq!(ids, ["P6", "P7", "A1"]);
        assert_eq!(all.len(), 1);
    }

    #[test]
    fn standing_counts_a_partial_replacement_as_both() {
        let p = project();
        let a1 = &p.commitments[2];
        for s in Standing::ALL {
            assert!(s.admits(a1, None), "{s:?}");
            assert!(
                s.admits(a1, Some(d("2026-06-30"))) == (s == Standing::InForce),
                "before the date A1 is only in force"
            );
        }
        assert!(!Standing::InForce.admits(&p.commitments[0], None));
        assert!(Standing::Replaced.admits(&p.commitments[0], Some(d("2026-07-01"))));
        assert!(!Standing::Replaced.admits(&p.commitments[3], None));
    }

    #[test]
    fn ids_split_on_commas_and_spaces_once_each() {
        assert_eq!(parse_ids(" K1, K2 K1;K3 "), ["K1", "K2", "K3"]);
        assert!(parse_ids("  ").is_empty());
    }

    #[test]
    fn check_refuses_what_would_not_make_sense() {
        let mut p = project();
        p.commitments[3].date_committed = Some(d("2025-09-08"));
        let k1 = 3;
        let ok = mark(&[], false);
        assert_eq!(check(&p, k1, &ok), Ok(()));
        let err = |r: &Replacement| check(&p, k1, r).unwrap_err();
        assert!(err(&mark(&["K1"], false)).contains("cannot replace itself"));
        assert!(err(&mark(&["Z9"], false)).contains("no commitment Z9"));
        assert!(err(&mark(&["P6"], false)).contains("cannot replace each other"));
        assert!(
            err(&Replacement {
                note: " ".into(),
                ..ok.clone()
            })
            .contains("Write a note")
        );
        let early = Replacement {
            date: d("2025"),
            ..ok.clone()
        };
        assert!(err(&early).contains("before K1 was committed to (2025-09-08)"));

        let mut safe = Evidence::new(0);
        safe.url = "https://www.akorda.kz/en/constitution".into();
        let mut unsafe_link = Evidence::new(0);
        unsafe_link.url = "file:///etc/passwd".into();
        let safe = p.commitments[k1].add_evidence(safe);
        let refused = p.commitments[k1].add_evidence(unsafe_link);
        let citing = |id| Replacement {
            evidence: vec![id],
            ..ok.clone()
        };
        assert_eq!(check(&p, k1, &citing(safe)), Ok(()));
        assert!(check(&p, k1, &citing(refused)).is_err());
        assert!(check(&p, k1, &citing(99)).is_err());
    }
}
