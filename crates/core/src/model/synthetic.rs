//! Synthetic projects of any size, for benchmarks and scale tests. Deterministic: the same
//! size and seed always give the same project.

use super::{Commitment, Confidence, Date, Evidence, Kind, Note, Project, SourceDoc, Status};

const CATEGORIES: [&str; 8] = [
    "Parliament",
    "Political parties",
    "Elections",
    "Human rights",
    "Judiciary",
    "Local government",
    "Presidency",
    "Partnership",
];

/// A small generator (xorshift): enough variety without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// `n` commitments with `links` evidence links each, statuses with dated history, notes,
/// tags and a share of broader commitments with narrower ones under them.
pub fn synthetic_project(n: usize, links: usize, seed: u64) -> Project {
    let mut rng = Rng(seed | 1);
    let base = Date::ymd(2022, 3, 16).map_or(0, Date::day_number);
    let mut p = Project {
        title: format!(
            "Synthetic tracker ({})",
            super::plural::count(n, "commitment", "commitments")
        ),
        description: "Generated for benchmarks.".into(),
        as_of: Date::ymd(2025, 1, 1),
        sources: vec![SourceDoc {
            id: "src".into(),
            title: "Generated source".into(),
            publisher: "Benchmark".into(),
            date: Date::ymd(2022, 3, 16),
            url: "https://example.org/source".into(),
            note: String::new(),
        }],
        ..Project::default()
    };
    for i in 0..n {
        let kind = if i % 5 == 4 {
            Kind::PartnershipOffer
        } else {
            Kind::Reform
        };
        let mut c = Commitment::new(
            format!("C{i}"),
            kind,
            format!("Commitment number {i} on topic {}", rng.below(1000)),
        );
        c.actor = if kind == Kind::Reform {
            "Government".into()
        } else {
            "Partner".into()
        };
        c.category = CATEGORIES[rng.below(CATEGORIES.len() as u64) as usize].into();
        c.quote = format!(
            "Summary: a commitment about reform area {} with some words to search in.",
            rng.below(5000)
        );
        c.source = "src".into();
        c.date_committed = Date::ymd(2022, 3, 16);
        // About one in ten serves a broader commitment a little earlier in the list.
        if i > 10 && rng.below(10) == 0 {
            c.parent = Some(format!("C{}", i - 1 - rng.below(10) as usize));
        }
        if rng.below(4) == 0 {
            c.deadline = Some(Date::from_day_number(base + 200 + rng.below(1200) as i64));
        }
        for e in 0..links {
            let mut ev = Evidence::new(0);
            ev.url = format!("https://example.org/evidence/{i}/{e}");
            ev.title = format!("Evidence {e} for commitment {i}");
            ev.publisher = "example.org".into();
            ev.date = Some(Date::from_day_number(base + rng.below(1000) as i64));
            ev.confidence = Confidence::Seen;
            // Ids come from the commitment's counter, as in the app.
            c.add_evidence(ev);
        }
        let status = Status::ALL[rng.below(7) as usize];
        if status != Status::NotAssessed {
            let day = base + 30 + rng.below(1000) as i64;
            let evidence = if links > 0 { vec![1] } else { Vec::new() };
            c.change_status(
                status,
                Date::from_day_number(day),
                "Generated change".into(),
                evidence,
            );
        }
        if rng.below(3) == 0 {
            c.notes.push(Note::new(
                Date::from_day_number(base + 100),
                format!("Note on {i}"),
            ));
        }
        c.tags = vec![format!("tag{}", rng.below(20))];
        c.importance = 1 + rng.below(3) as u8;
        c.concern = rng.below(10) == 0;
        p.commitments.push(c);
    }
    p
}

/// `synthetic_project(commitments, 5, seed)` and `recommendations` recommendations after it,
/// with `links` links from the commitments to them (spread evenly, never two from one
/// commitment to one recommendation) and a theme on every item: the scale of a country's
/// UPR and treaty-body recommendations beside its own promises.
pub fn synthetic_with_recommendations(
    commitments: usize,
    recommendations: usize,
    links: usize,
    seed: u64,
) -> Project {
    use super::{Mechanism, Position, RecLink, Relation, Response, Term, Vocabulary};
    let mut p = synthetic_project(commitments, 5, seed);
    let mut rng = Rng(seed.rotate_left(7) | 1);
    let base = Date::ymd(2025, 1, 23).map_or(0, Date::day_number);
    p.terms = CATEGORIES
        .iter()
        .enumerate()
        .map(|(i, name)| Term::new(format!("theme-{i}"), Vocabulary::Theme, *name))
        .collect();
    for c in &mut p.commitments {
        c.terms = vec![format!("theme-{}", rng.below(CATEGORIES.len() as u64))];
    }
    for i in 0..recommendations {
        let mut r = Commitment::new(
            format!("REC{i}"),
            Kind::Recommendation,
            format!("Recommendation number {i} on topic {}", rng.below(1000)),
        );
        r.quote = format!(
            "Ensure that reform area {} meets the standard.",
            rng.below(5000)
        );
        r.actor = "Universal Periodic Review".into();
        r.source = "src".into();
        r.date_committed = Date::ymd(2025, 1, 23);
        r.terms = vec![format!("theme-{}", rng.below(CATEGORIES.len() as u64))];
        if let Some(details) = r.recommendation.as_mut() {
            details.mechanism = Mechanism::ALL[rng.below(Mechanism::ALL.len() as u64) as usize];
            details.paragraph = format!("{}.{}", 100 + i / 100, i % 100);
            details.cycle = "UPR 4th cycle".into();
            details.recommending = vec![format!("State {}", rng.below(190))];
            details.response = Some(Response {
                position: Position::ALL[rng.below(3) as usize],
                date: Some(Date::from_day_number(base + 150)),
                note: String::new(),
            });
        }
        let mut ev = Evidence::new(0);
        ev.url = format!("https://example.org/recommendation/{i}");
        ev.title = format!("Source of recommendation {i}");
        ev.date = Date::ymd(2025, 1, 23);
        r.add_evidence(ev);
        let status = Status::ALL[rng.below(7) as usize];
        if status != Status::NotAssessed {
            let day = Date::from_day_number(base + 200 + rng.below(300) as i64);
            r.change_status(status, day, "Generated change".into(), vec![1]);
        }
        p.commitments.push(r);
    }
    if commitments > 0 && recommendations > 0 {
        for k in 0..links {
            // The k-th link of commitment k % n goes to a recommendation of its own.
            let (from, nth) = (k % commitments, k / commitments);
            let to = (from * 7 + nth * 13) % recommendations;
            let relation = Relation::ALL[rng.below(3) as usize];
            let mut link = RecLink::new(format!("REC{to}"), relation);
            if relation == Relation::GoesAgainst {
                link.note = "Generated finding".into();
            }
            let c = &mut p.commitments[from];
            if c.links
                .iter()
                .all(|l| l.recommendation != link.recommendation)
            {
                c.links.push(link);
            }
        }
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_project_and_sizes_are_as_asked() {
        let a = synthetic_project(50, 5, 7);
        assert_eq!(a, synthetic_project(50, 5, 7));
        assert_eq!(a.commitments.len(), 50);
        assert!(a.commitments.iter().all(|c| c.evidence.len() == 5));
        assert_ne!(a, synthetic_project(50, 5, 8));
    }

    #[test]
    fn recommendations_and_links_come_as_asked() {
        let p = synthetic_with_recommendations(100, 50, 200, 3);
        assert_eq!(p, synthetic_with_recommendations(100, 50, 200, 3));
        let recs = p
            .commitments
            .iter()
            .filter(|c| c.is_recommendation())
            .count();
        assert_eq!((p.commitments.len(), recs), (150, 50));
        let links: usize = p.commitments.iter().map(|c| c.links.len()).sum();
        assert_eq!(links, 200);
        let ids: std::collections::HashSet<&str> =
            p.commitments.iter().map(|c| c.id.as_str()).collect();
        assert!(
            p.commitments
                .iter()
                .flat_map(|c| &c.links)
                .all(|l| ids.contains(l.recommendation.as_str()))
        );
    }
}
