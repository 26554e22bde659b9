//! Projects for the storage tests.
#![allow(dead_code)]

use std::path::Path;

use reform_tracker::model::{
    Commitment, Confidence, Date, Evidence, Kind, Mechanism, Note, Position, Project, RecLink,
    Recommendation, Relation, Replacement, Response, SourceDoc, Status, Term, Vocabulary,
};

pub fn date(s: &str) -> Date {
    s.parse().unwrap()
}

/// `n` commitments with `links` evidence links each; `variant` changes every text so two
/// projects built with different variants differ throughout.
pub fn big_project(n: usize, links: usize, variant: &str) -> Project {
    let mut p = Project {
        title: format!("Load test {variant}"),
        description: "Many commitments, many links".into(),
        as_of: Some(date("2024-01")),
        ..Project::default()
    };
    p.sources.push(SourceDoc {
        id: "src".into(),
        title: "Address".into(),
        publisher: "Akorda".into(),
        date: Some(date("2022-03-16")),
        url: "https://www.akorda.kz/".into(),
        note: String::new(),
    });
    for i in 0..n {
        let kind = if i % 4 == 3 {
            Kind::PartnershipOffer
        } else {
            Kind::Reform
        };
        let mut c = Commitment::new(format!("P{i}"), kind, format!("Commitment {i} {variant}"));
        c.quote = format!("We will do thing number {i} ({variant}), \"quoted\" and \\ escaped.");
        c.source = "src".into();
        c.category = "Governance".into();
        c.date_committed = Some(date("2022-03-16"));
        for e in 0..links {
            let mut ev = Evidence::new(e as u32 + 1);
            ev.url = format!("https://example.org/{variant}/{i}/{e}");
            ev.title = format!("Report {e} on {i}");
            ev.publisher = "Example News".into();
            ev.date = Some(date("2023-05"));
            c.evidence.push(ev);
        }
        c.change_status(
            Status::InProgress,
            date("2022-09-01"),
            variant.into(),
            vec![1],
        );
        p.commitments.push(c);
    }
    p
}

/// Every field of every type set to something other than its default.
pub fn every_field() -> Project {
    let mut p = Project {
        format_version: 4,
        title: "Golden: every field".into(),
        description: "Line one\nLine two with \"quotes\", a backslash \\ and Қазақ text.".into(),
        as_of: Some(date("2024-06-30")),
        sources: vec![SourceDoc {
            id: "address-2022-03-16".into(),
            title: "State of the Nation Address".into(),
            publisher: "Akorda".into(),
            date: Some(date("2022-03-16")),
            url: "https://www.akorda.kz/en/address".into(),
            note: "Official English text".into(),
        }],
        commitments: Vec::new(),
        terms: vec![
            Term {
                id: "theme-elections".into(),
                vocabulary: Vocabulary::Theme,
                en: "Elections".into(),
                ru: "Выборы".into(),
                kk: "Сайлау".into(),
            },
            Term::new("group-women", Vocabulary::AffectedGroup, "Women"),
            Term::new("sdg-16.7", Vocabulary::SdgTarget, "16.7"),
            Term::new(
                "inst-cec",
                Vocabulary::LeadInstitution,
                "Central Election Commission",
            ),
        ],
        // Conflicts come from a merge and are not part of format 2's golden file.
        conflicts: Vec::new(),
    };
    let mut c = Commitment::new("P1", Kind::Reform, "Limit the presidency to one term");
    c.actor = "President Tokayev".into();
    c.parent = Some("P0".into());
    c.quote = "A single seven-year term.".into();
    c.source = "address-2022-03-16".into();
    c.date_committed = Some(date("2022-09"));
    c.category = "Constitution".into();
    c.responsible = "Parliament".into();
    c.deadline = Some(date("2023"));
    c.evidence = vec![
        Evidence {
            id: 1,
            url: "https://example.org/law".into(),
            title: "Constitutional law".into(),
            publisher: "Adilet".into(),
            date: Some(date("2022-09-17")),
            note: "Signed".into(),
            confidence: Confidence::Seen,
            archived: Some("https://web.archive.org/web/20220917/https://example.org/law".into()),
            internal: false,
        },
        Evidence {
            id: 2,
            url: String::new(),
            title: "Agency report".into(),
            publisher: "Wire".into(),
            date: None,
            note: String::new(),
            confidence: Confidence::Secondary,
            archived: None,
            internal: true,
        },
        Evidence {
            id: 3,
            confidence: Confidence::Unverified,
            ..Evidence::new(3)
        },
    ];
    c.change_status(
        Status::InProgress,
        date("2022-09"),
        "Bill tabled".into(),
        vec![1],
    );
    c.change_status(
        Status::Fulfilled,
        date("2022-09-17"),
        "Signed".into(),
        vec![1, 2],
    );
    c.notes = vec![Note {
        public: true,
        ..Note::new(date("2023-01-02"), "Check implementation")
    }];
    c.tags = vec!["constitution".into(), "presidency".into()];
    c.importance = 3;
    c.concern = true;
    c.internal = true;
    c.next_evidence_id = 5;
    c.replaced = Some(Replacement {
        date: date("2026-07-01"),
        by: vec!["K1".into(), "K2".into()],
        partial: true,
        note: "The 2026 Constitution".into(),
        evidence: vec![2],
    });
    c.terms = vec!["theme-elections".into(), "inst-cec".into()];
    c.links = vec![
        RecLink::new("UPR4-1", Relation::Answers),
        RecLink {
            recommendation: "ODIHR-1".into(),
            relation: Relation::GoesAgainst,
            date: Some(date("2023-03-20")),
            note: "Observers found the limits stayed".into(),
            evidence: vec![2],
        },
    ];
    p.commitments.push(c);
    let mut offer = Commitment::new("U1", Kind::PartnershipOffer, "Support the reforms");
    offer.actor = "U.S. Government".into();
    for s in [
        Status::NoAction,
        Status::Stalled,
        Status::PartiallyFulfilled,
        Status::NotFulfilled,
    ] {
        offer.change_status(s, date("2023"), String::new(), vec![]);
    }
    p.commitments.push(offer);
    let mut rec = Commitment::new("UPR4-1", Kind::Recommendation, "Independent courts");
    rec.quote = "Ensure the independence of the judiciary".into();
    rec.date_committed = Some(date("2025-01-23"));
    rec.terms = vec![
        "theme-elections".into(),
        "group-women".into(),
        "sdg-16.7".into(),
    ];
    rec.recommendation = Some(Recommendation {
        mechanism: Mechanism::Upr,
        paragraph: "123.45".into(),
        cycle: "UPR 4th cycle".into(),
        recommending: vec!["Norway".into(), "Chile".into()],
        language: "en".into(),
        summary: true,
        response: Some(Response {
            position: Position::SupportedInPart,
            date: Some(date("2025-06")),
            note: "Addendum".into(),
        }),
    });
    p.commitments.push(rec);
    let mut odihr = Commitment::new("ODIHR-1", Kind::Recommendation, "Review the assembly law");
    if let Some(r) = odihr.recommendation.as_mut() {
        r.mechanism = Mechanism::Odihr;
    }
    p.commitments.push(odihr);
    p
}

/// `every_field` as a version 3 file held it: no terms, links or recommendations.
pub fn every_field_v3() -> Project {
    let mut p = every_field();
    p.format_version = 4;
    p.terms.clear();
    p.commitments.retain(|c| c.kind != Kind::Recommendation);
    for c in &mut p.commitments {
        c.terms.clear();
        c.links.clear();
        // What is published was marked in version 4.
        c.internal = false;
        c.notes.iter_mut().for_each(|n| n.public = false);
        c.evidence.iter_mut().for_each(|e| e.internal = false);
    }
    p
}

/// Names of files in `dir`, sorted, for comparing folder contents.
pub fn names_in(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// A file damaged by random edits: each replaces up to `len` bytes at a place with others.
pub fn damaged(golden: &[u8], edits: Vec<(proptest::sample::Index, usize, Vec<u8>)>) -> String {
    let mut bytes = golden.to_vec();
    for (at, len, insert) in edits {
        let start = at.index(bytes.len().max(1)).min(bytes.len());
        let end = (start + len).min(bytes.len());
        bytes.splice(start..end, insert);
    }
    String::from_utf8_lossy(&bytes).into_owned()
}
