//! A project built for period tests: one status change on each side of the second quarter
//! of 2024's boundaries, and links with a query string, Cyrillic letters and an archived copy.
#![allow(dead_code)]

use reform_tracker::model::{Commitment, Date, Evidence, Kind, Project, Status};

pub fn d(s: &str) -> Date {
    s.parse().unwrap()
}

/// R1 fulfilled on the first day of Q2 2024 on an archived link with a query string; R2 in
/// progress on its last day, on a link with Cyrillic letters; R3 stalled the day before it.
pub fn project() -> Project {
    let mut p = Project {
        title: "Period".into(),
        ..Project::default()
    };
    let cases = [
        (
            "R1",
            "Courts",
            "2024-04-01",
            Status::Fulfilled,
            "https://example.org/law?id=5&x=y",
        ),
        (
            "R2",
            "Elections",
            "2024-06-30",
            Status::InProgress,
            "https://akorda.kz/ru/послание",
        ),
        (
            "R3",
            "Elections",
            "2024-03-31",
            Status::Stalled,
            "https://example.org/r3",
        ),
    ];
    for (id, category, date, to, url) in cases {
        let mut c = Commitment::new(id, Kind::Reform, format!("Reform {id}"));
        c.category = category.into();
        c.date_committed = Some(d("2022-03-16"));
        let mut e = Evidence::new(0);
        e.title = format!("Link {id}");
        e.url = url.into();
        e.date = (id != "R2").then(|| d(date));
        if id == "R1" {
            e.archived =
                Some("https://web.archive.org/web/20240401/https://example.org/law".into());
        }
        let link = c.add_evidence(e);
        c.change_status(Status::InProgress, d("2023-01-10"), String::new(), vec![]);
        if to != Status::InProgress {
            c.change_status(to, d(date), format!("Why {id}"), vec![link]);
        }
        p.commitments.push(c);
    }
    // R2 moves within the period: from No action to In progress.
    let r2 = &mut p.commitments[1];
    r2.history.clear();
    r2.status = Status::NoAction;
    r2.change_status(
        Status::InProgress,
        d("2024-06-30"),
        "Why R2".into(),
        vec![1],
    );
    p
}
