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
            Standing::InForce => "In force",
            Standing::Replaced => "Replaced",
        }
    }

    /// What the choice keeps, for the hover text.
    pub fn definition(self) -> &'static str {
        match self {
            Standing::InForce => "Not replaced, or replaced only in part",
            Standing::Replaced => "Replaced, wholly or in part",
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

/// "on 1 Jul 2026", or "in Jul 2026" / "in 2026" for a date known to the month or year.
fn when(date: Date) -> String {
    let at = if date.day().is_some() { "on" } else { "in" };
    format!("{at} {}", date.readable())
}

/// "Replaced on 1 Jul 2026 by K1, K2", "Partly replaced in 2026": the mark in one line.
pub fn replaced_line(r: &Replacement) -> String {
    replaced_line_with(r, str::to_owned, str::to_owned)
}

/// The same line, with the words passed through `text` and each id through `id` (the HTML
/// export escapes the one and links the other).
pub fn replaced_line_with(
    r: &Replacement,
    text: impl Fn(&str) -> String,
    id: impl Fn(&str) -> String,
) -> String {
    let what = if r.partial {
        "Partly replaced"
    } else {
        "Replaced"
    };
    let mut line = text(&format!("{what} {}", when(r.date)));
    if !r.by.is_empty() {
        line.push_str(&text(" by "));
        let ids: Vec<String> = r.by.iter().map(|b| id(b)).collect();
        line.push_str(&ids.join(", "));
    }
    line
}

/// Said under a status definition, which speaks of the commitment as in force: it is not,
/// or not wholly, any more.
pub fn status_caveat(r: &Replacement) -> String {
    let rest = if r.partial {
        "the part not replaced stays in force"
    } else {
        "it is no longer in force"
    };
    format!(
        "The status is what was achieved. {}: {rest}.",
        replaced_line(r)
    )
}

/// The short mark on a chip: "Replaced" or "Partly replaced".
pub fn replaced_word(r: &Replacement) -> &'static str {
    if r.partial {
        "Partly replaced"
    } else {
        "Replaced"
    }
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
    match (whole.is_empty(), part.is_empty()) {
        (false, false) => format!("Replaces {}; in part {}", whole.join(", "), part.join(", ")),
        (false, true) => format!("Replaces {}", whole.join(", ")),
        (true, false) => format!("Replaces in part {}", part.join(", ")),
        (true, true) => String::new(),
    }
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
        return Err("That commitment is no longer in the project.".to_owned());
    };
    if let Some(made) = c.date_committed
        && !made.on_or_before(r.date)
    {
        return Err(format!(
            "The date is before {} was committed to ({made}).",
            c.id
        ));
    }
    for id in &r.by {
        if *id == c.id {
            return Err(format!("{id} cannot replace itself."));
        }
        let Some(other) = project.commitments.iter().find(|o| o.id == *id) else {
            return Err(format!(
                "There is no commitment {id} in this project. Give the ids of tracked \
                 commitments, or leave the field empty and name what replaced it in the note."
            ));
        };
        if other
            .replaced
            .as_ref()
            .is_some_and(|o| o.by.contains(&c.id))
        {
            return Err(format!(
                "{id} is itself marked as replaced by {}: two commitments cannot replace \
                 each other.",
                c.id
            ));
        }
    }
    for id in &r.evidence {
        if !citable_evidence(c).any(|e| e.id == *id) {
            return Err(format!(
                "Evidence #{id} is not a link of {} with a web address that can be opened.",
                c.id
            ));
        }
    }
    // Last: the note is usually written last, and the other problems matter more.
    if r.note.trim().is_empty() {
        return Err("Write a note: what replaced it, citing the evidence.".to_owned());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Evidence, Kind};

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn mark(by: &[&str], partial: bool) -> Replacement {
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

    #[test]
    fn the_replacing_commitment_lists_what_it_replaced() {
        let p = project();
        let back = replaced_by(&p, "K1");
        let ids: Vec<&str> = back.iter().map(|r| r.commitment.id.as_str()).collect();
        assert_eq!(ids, ["P6", "P7", "A1"]);
        assert_eq!(back[2].index, 2);
        assert_eq!(replaces_line(&back), "Replaces P6, P7; in part A1");
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
