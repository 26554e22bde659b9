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
        internal: false,
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

/// A tracker with two recommendations, three commitments and the links between them, with
/// the facts that move with "as of": on 2025-07-01 UPR-2 had no response yet and C1's link
/// to UPR-1 (made on 2025-09-01) did not count, so nothing answered UPR-1 in whole.
///
/// | item | links | terms |
/// |---|---|---|
/// | UPR-1 (UPR, paragraph 123.45, supported 2025-06-01) | | theme-courts |
/// | UPR-2 (OSCE/ODIHR, paragraph 12, a summary, noted 2025-08-01) | | |
/// | C1 | answers UPR-1 (2025-09-01) | theme-courts, group-women |
/// | C2 | answers UPR-1 in part; goes against UPR-2 (with a note) | |
/// | C3 | none | |
pub fn with_recommendations() -> Project {
    use reform_tracker::model::{
        Mechanism, Position, RecLink, Relation, Response, Term, Vocabulary,
    };
    let mut p = Project {
        title: "Recommendations tracker".into(),
        as_of: Some(d("2025-10")),
        ..Project::default()
    };
    p.sources.push(SourceDoc {
        id: "upr-2025".into(),
        title: "Report of the Working Group on the UPR: Kazakhstan".into(),
        publisher: "UN Human Rights Council".into(),
        date: Some(d("2025-01-20")),
        url: "https://www.ohchr.org/en/hr-bodies/upr/kz-index".into(),
        note: String::new(),
    });
    p.sources.push(SourceDoc {
        id: "odihr-2023".into(),
        title: "ODIHR final report, early parliamentary elections 2023".into(),
        publisher: "OSCE/ODIHR".into(),
        date: Some(d("2023-06-23")),
        url: String::new(),
        note: String::new(),
    });
    let mut courts = Term::new("theme-courts", Vocabulary::Theme, "Courts");
    courts.ru = "Суды".into();
    courts.kk = "Соттар".into();
    p.terms = vec![
        courts,
        Term::new("group-women", Vocabulary::AffectedGroup, "Women"),
    ];

    let mut upr1 = Commitment::new_recommendation("UPR-1", "Guarantee the independence of judges");
    upr1.actor = "UN Human Rights Council".into();
    upr1.category = "Courts".into();
    upr1.source = "upr-2025".into();
    upr1.date_committed = Some(d("2025-01-20"));
    upr1.quote = "Guarantee the independence of judges, including through | a council".into();
    upr1.terms = vec!["theme-courts".into()];
    upr1.change_status(
        Status::InProgress,
        d("2025-09-01"),
        String::new(),
        Vec::new(),
    );
    let r = upr1.recommendation.get_or_insert_with(Default::default);
    r.paragraph = "123.45".into();
    r.cycle = "4th cycle".into();
    r.recommending = vec!["Norway".into(), "Chile".into()];
    r.response = Some(Response {
        position: Position::Supported,
        date: Some(d("2025-06-01")),
        note: String::new(),
    });

    let mut upr2 = Commitment::new_recommendation("UPR-2", "Ease the registration of parties");
    upr2.actor = "OSCE/ODIHR".into();
    upr2.category = "Elections".into();
    upr2.source = "odihr-2023".into();
    upr2.quote = "Lower the thresholds <for> registering parties".into();
    let r = upr2.recommendation.get_or_insert_with(Default::default);
    r.mechanism = Mechanism::Odihr;
    r.paragraph = "12".into();
    r.summary = true;
    r.response = Some(Response {
        position: Position::Noted,
        date: Some(d("2025-08-01")),
        note: "Said to be under study".into(),
    });

    let mut c1 = Commitment::new("C1", Kind::Reform, "Judicial council law");
    c1.category = "Courts".into();
    c1.terms = vec!["theme-courts".into(), "group-women".into()];
    let mut link = RecLink::new("UPR-1", Relation::Answers);
    link.date = Some(d("2025-09-01"));
    link.note = "The law sets up the council".into();
    c1.links.push(link);
    c1.change_status(
        Status::Fulfilled,
        d("2025-09-01"),
        String::new(),
        Vec::new(),
    );

    let mut c2 = Commitment::new("C2", Kind::Reform, "Party registration threshold");
    c2.category = "Elections".into();
    c2.links
        .push(RecLink::new("UPR-1", Relation::AnswersInPart));
    let mut against = RecLink::new("UPR-2", Relation::GoesAgainst);
    against.date = Some(d("2025-03-01"));
    against.note = "The threshold was raised, not lowered".into();
    c2.links.push(against);

    let c3 = Commitment::new("C3", Kind::PartnershipOffer, "Media literacy programme");
    p.commitments = vec![upr1, upr2, c1, c2, c3];
    p
}
