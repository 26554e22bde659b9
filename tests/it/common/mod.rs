//! A small tracker built in code, with the awkward cases exports must survive: Cyrillic,
//! quotes, commas, line breaks, pipes, markup, a formula-like title and a script link.

// Each test binary uses a different part of this module.
#![allow(dead_code)]

use reform_tracker::model::{
    Commitment, Confidence, Date, Evidence, Kind, Project, SourceDoc, Status,
};

pub const CYRILLIC: &str = "Қазақстан Республикасы";
pub const PROJECT_TITLE: &str = "Reform tracker, \"test\" edition";

pub fn d(s: &str) -> Date {
    s.parse().expect("test dates are valid")
}

fn evidence(id: u32, url: &str, title: &str, date: Option<&str>) -> Evidence {
    Evidence {
        id,
        url: url.to_owned(),
        title: title.to_owned(),
        publisher: "Publisher".to_owned(),
        date: date.map(d),
        note: String::new(),
        confidence: Confidence::Seen,
        archived: None,
    }
}

fn commitment(
    id: &str,
    kind: Kind,
    title: &str,
    category: &str,
    deadline: Option<&str>,
) -> Commitment {
    let mut c = Commitment::new(id, kind, title);
    c.actor = match kind {
        Kind::Reform => "President Tokayev".to_owned(),
        Kind::PartnershipOffer => "U.S. Government".to_owned(),
        Kind::Recommendation => "OSCE/ODIHR".to_owned(),
    };
    c.category = category.to_owned();
    c.deadline = deadline.map(d);
    c.source = "address-2022".to_owned();
    c
}

/// Six commitments. Statuses: current (as of 2024-06-30) and as of 2023-02-01:
///
/// | id | now | 2023-02-01 | deadline |
/// |---|---|---|---|
/// | R1 | Partially fulfilled | In progress | 2023-12-31 |
/// | R2 | Fulfilled | Fulfilled | 2023-01-01 |
/// | R3 | Stalled | Stalled | 2022-12 |
/// | R4 | Not assessed (no history) | Not assessed | 2022-01-01 |
/// | P1 | Not fulfilled | Not assessed | 2024 |
/// | P2 | In progress | In progress | 2025-06-30 |
pub fn sample() -> Project {
    let mut r1 = commitment(
        "R1",
        Kind::Reform,
        &format!("{CYRILLIC}: lower the party registration threshold"),
        "Elections",
        Some("2023-12-31"),
    );
    r1.change_status(
        Status::InProgress,
        d("2022-06-05"),
        "Draft law".into(),
        vec![],
    );
    r1.change_status(
        Status::PartiallyFulfilled,
        d("2023-03-19"),
        "Law signed".into(),
        vec![1],
    );
    r1.evidence = vec![
        evidence(
            1,
            "https://www.akorda.kz/en/law-signed",
            "Law signed",
            Some("2023-03-20"),
        ),
        evidence(
            2,
            "https://www.akorda.kz/en/draft",
            "Draft published",
            Some("2022-06-05"),
        ),
    ];

    let mut r2 = commitment(
        "R2",
        Kind::Reform,
        "Set up a \"Constitutional Court\", with direct access for citizens",
        "Courts",
        Some("2023-01-01"),
    );
    r2.change_status(Status::InProgress, d("2022-11-01"), "Bill".into(), vec![]);
    r2.change_status(
        Status::Fulfilled,
        d("2023-01-01"),
        "Court opened".into(),
        vec![],
    );
    r2.evidence = vec![evidence(
        1,
        "https://example.org/court?a=1&b=2",
        "Court opens",
        None,
    )];

    let mut r3 = commitment(
        "R3",
        Kind::Reform,
        "Media law\nsecond line | with a pipe",
        "Media",
        Some("2022-12"),
    );
    r3.change_status(
        Status::Stalled,
        d("2022-09"),
        "No step since spring".into(),
        vec![],
    );
    r3.evidence = vec![evidence(
        1,
        "javascript:alert(1)",
        "Suspicious link",
        Some("2022-09-01"),
    )];

    let r4 = commitment(
        "R4",
        Kind::Reform,
        "=HYPERLINK(\"evil\",\"click\")",
        "",
        Some("2022-01-01"),
    );

    let mut p1 = commitment(
        "P1",
        Kind::PartnershipOffer,
        "<script>alert(\"x\")</script> & co's offer",
        "Economy",
        Some("2024"),
    );
    p1.source = "us-statement".to_owned();
    p1.change_status(Status::NoAction, d("2023-05-10"), "Reviewed".into(), vec![]);
    p1.change_status(
        Status::NotFulfilled,
        d("2024-02-01"),
        "Withdrawn".into(),
        vec![],
    );

    let mut p2 = commitment(
        "P2",
        Kind::PartnershipOffer,
        "-minus: a title that starts like a formula",
        "Economy",
        Some("2025-06-30"),
    );
    p2.change_status(
        Status::InProgress,
        d("2022-06-05"),
        "Working group".into(),
        vec![],
    );
    p2.evidence = vec![evidence(
        1,
        "mailto:press@example.org",
        "Press office",
        Some("2024-01-01"),
    )];

    Project {
        title: PROJECT_TITLE.to_owned(),
        description: "Commitments from the March 2022 address.".to_owned(),
        as_of: Some(d("2024-06-30")),
        sources: vec![
            SourceDoc {
                id: "address-2022".to_owned(),
                title: "State of the Nation Address".to_owned(),
                publisher: "Akorda".to_owned(),
                date: Some(d("2022-03-16")),
                url: "https://www.akorda.kz/en/address-2022".to_owned(),
                note: String::new(),
            },
            SourceDoc {
                id: "us-statement".to_owned(),
                title: "Joint statement".to_owned(),
                publisher: "U.S. Department of State".to_owned(),
                date: Some(d("2023-09")),
                url: "javascript:alert(1)".to_owned(),
                note: String::new(),
            },
        ],
        commitments: vec![r1, r2, r3, r4, p1, p2],
        ..Project::default()
    }
}

const VOID: [&str; 6] = ["meta", "br", "link", "img", "input", "hr"];

/// HTML well formed: every non-void element is closed, in order; `<style>` content is skipped
/// as raw text.
pub fn check_balanced(html: &str) {
    let mut stack: Vec<String> = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let after = &rest[start + 1..];
        let end = after.find('>').expect("every tag ends");
        let tag = &after[..end];
        rest = &after[end + 1..];
        if tag.starts_with('!') {
            continue;
        }
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        assert!(!name.is_empty(), "a raw '<' in text: <{tag}>");
        if tag.starts_with('/') {
            assert_eq!(
                stack.pop().as_deref(),
                Some(name.as_str()),
                "closing </{name}>"
            );
        } else if !VOID.contains(&name.as_str()) {
            stack.push(name.clone());
            if name == "style" {
                let close = rest.find("</style>").expect("style is closed");
                rest = &rest[close..];
            }
        }
    }
    assert!(stack.is_empty(), "left open: {stack:?}");
}
