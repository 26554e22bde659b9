//! The tracker shipped in `saves/`: it loads, it is in the exact form the app writes, and its
//! data keeps the promises the tracker makes to readers (sources, dated evidence, honest links).
//!
//! After editing the file by hand, run with `UPDATE_SHIPPED=1` once to rewrite it in canonical
//! form, then review the diff.

use std::collections::HashSet;

use reform_tracker::model::{Commitment, Confidence, Project, Status};

const TEXT: &str = include_str!("../saves/kazakhstan-reforms-2022.ron");
const PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/saves/kazakhstan-reforms-2022.ron"
);

/// Points the seed article names: each must be findable in a section-A item's title or quote.
const SEED_POINTS: [&str; 15] = [
    "legislative",
    "political parties",
    "electoral system",
    "torture",
    "judiciary",
    "domestic violence",
    "human trafficking",
    "women",
    "disabilities",
    "anti-corruption",
    "Human Rights Council",
    "sanctions",
    "full accountability",
    "stands ready to partner",
    "human rights",
];
const SECTION_A_ITEMS: usize = 15;

fn project() -> Project {
    ron::from_str(TEXT).expect("the shipped tracker parses as a Project")
}

/// The text the app writes for a project: pretty RON with `\n` line ends, ending in a newline.
fn canonical(project: &Project) -> String {
    let config = ron::ser::PrettyConfig::default().new_line("\n");
    let mut text = ron::ser::to_string_pretty(project, config).expect("serializes");
    text.push('\n');
    text
}

fn ids(prefix: char, n: usize) -> Vec<String> {
    (1..=n).map(|i| format!("{prefix}{i}")).collect()
}

fn find<'a>(p: &'a Project, id: &str) -> Option<&'a Commitment> {
    p.commitments.iter().find(|c| c.id == id)
}

#[test]
fn file_is_in_canonical_form() {
    let p = project();
    assert_eq!(p.format_version, 2);
    let text = canonical(&p);
    if std::env::var_os("UPDATE_SHIPPED").is_some() {
        std::fs::write(PATH, &text).expect("rewrites the shipped file");
        return;
    }
    assert!(
        text == TEXT,
        "not in canonical form: run once with UPDATE_SHIPPED=1"
    );
}

#[test]
fn holds_every_listed_commitment() {
    let p = project();
    let expected = [
        ids('A', SECTION_A_ITEMS),
        ids('P', 20),
        ids('K', 3),
        ids('U', 10),
    ]
    .concat();
    for id in &expected {
        assert!(find(&p, id).is_some(), "{id} is missing");
    }
    assert_eq!(
        p.commitments.len(),
        expected.len(),
        "unexpected extra items"
    );

    let section_a: Vec<String> = ids('A', SECTION_A_ITEMS)
        .iter()
        .filter_map(|id| find(&p, id))
        .map(|c| format!("{} {}", c.title, c.quote).to_lowercase())
        .collect();
    for point in SEED_POINTS {
        let point = point.to_lowercase();
        assert!(
            section_a.iter().any(|text| text.contains(&point)),
            "no section-A item mentions {point:?}"
        );
    }
}

#[test]
fn ids_are_unique_and_parents_and_sources_exist() {
    let p = project();
    let ids: HashSet<&str> = p.commitments.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids.len(), p.commitments.len(), "duplicate commitment ids");
    let sources: HashSet<&str> = p.sources.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(sources.len(), p.sources.len(), "duplicate source ids");

    for c in &p.commitments {
        assert!(
            sources.contains(c.source.as_str()),
            "{}: unknown source {:?}",
            c.id,
            c.source
        );
        assert!(c.date_committed.is_some(), "{}: no date committed", c.id);
        assert!((1..=3).contains(&c.importance), "{}: importance", c.id);
        assert!(!c.category.is_empty(), "{}: no category", c.id);
        if let Some(parent) = &c.parent {
            assert!(
                ids.contains(parent.as_str()),
                "{}: unknown parent {parent}",
                c.id
            );
            assert_ne!(parent, &c.id, "{} is its own parent", c.id);
        }
    }
}

#[test]
fn every_status_rests_on_dated_history_and_existing_evidence() {
    for c in project().commitments {
        let evidence: HashSet<u32> = c.evidence.iter().map(|e| e.id).collect();
        assert_eq!(
            evidence.len(),
            c.evidence.len(),
            "{}: duplicate evidence ids",
            c.id
        );
        if c.status != Status::NotAssessed {
            let last = c
                .history
                .last()
                .unwrap_or_else(|| panic!("{}: no history", c.id));
            assert_eq!(last.to, c.status, "{}: history ends elsewhere", c.id);
        }
        let mut from = Status::NotAssessed;
        for change in &c.history {
            assert_eq!(change.from, from, "{}: history does not chain", c.id);
            from = change.to;
            assert!(
                !change.evidence.is_empty(),
                "{}: change without evidence",
                c.id
            );
            for id in &change.evidence {
                assert!(evidence.contains(id), "{}: unknown evidence {id}", c.id);
            }
        }
    }
}

#[test]
fn links_are_complete_addresses_or_absent() {
    let p = project();
    let evidence_urls = p
        .commitments
        .iter()
        .flat_map(|c| &c.evidence)
        .map(|e| &e.url);
    let source_urls = p.sources.iter().map(|s| &s.url);
    for url in evidence_urls.chain(source_urls).filter(|u| !u.is_empty()) {
        assert!(!url.contains('…'), "shortened address: {url}");
        assert!(
            url.starts_with("https://") || url.starts_with("http://"),
            "not a complete address: {url}"
        );
    }
}

#[test]
fn unverified_evidence_alone_never_makes_a_promise_fulfilled() {
    for c in project().commitments {
        for change in c.history.iter().filter(|h| h.to == Status::Fulfilled) {
            let only_unverified = change.evidence.iter().all(|id| {
                c.evidence_by_id(*id)
                    .is_some_and(|e| e.confidence == Confidence::Unverified)
            });
            assert!(
                !only_unverified || change.note.to_lowercase().contains("unverified"),
                "{}: Fulfilled on unverified evidence without saying so",
                c.id
            );
        }
    }
}
