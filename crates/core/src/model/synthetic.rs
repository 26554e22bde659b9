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
}
