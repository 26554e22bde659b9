//! Dashboard figures and the progress-over-time series.

use crate::common;

use common::{d, sample};
use reform_tracker::model::dashboard::{NO_ACTOR, NO_CATEGORY, dashboard, timeline};
use reform_tracker::model::{Commitment, Kind, Project, Status};

#[test]
fn counts_as_of_a_known_date_follow_the_history() {
    let p = sample();
    let dash = dashboard(&p, Some(d("2023-02-01")), d("2030-01-01"));
    let s = &dash.overall;
    assert_eq!(s.total(), 6);
    assert_eq!(s.count(Status::InProgress), 2, "R1 and P2");
    assert_eq!(s.count(Status::Fulfilled), 1, "R2");
    assert_eq!(s.count(Status::Stalled), 1, "R3");
    assert_eq!(
        s.count(Status::NotAssessed),
        2,
        "R4, and P1 before its first review"
    );
    assert_eq!(
        s.count(Status::PartiallyFulfilled),
        0,
        "R1's law came later"
    );

    let now = dashboard(&p, None, d("2024-06-30"));
    assert_eq!(now.overall.count(Status::PartiallyFulfilled), 1);
    assert_eq!(now.overall.count(Status::NotFulfilled), 1);
}

#[test]
fn before_any_change_everything_is_not_assessed() {
    let p = sample();
    let dash = dashboard(&p, Some(d("2022-06-04")), d("2030-01-01"));
    assert_eq!(dash.overall.count(Status::NotAssessed), p.commitments.len());
    assert!(dash.latest_changes.is_empty(), "no change had happened yet");
    assert!(dash.by_category.iter().all(|(_, s)| s.assessed() == 0));
}

#[test]
fn groups_by_category_in_project_order_and_by_actor() {
    let mut p = sample();
    // Two reforms by other actors: the groups follow who committed, not the kind.
    p.commitments[2].actor = "Parliament".to_owned();
    p.commitments[3].actor = String::new();
    let dash = dashboard(&p, None, d("2024-06-30"));
    let names: Vec<&str> = dash.by_category.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        ["Elections", "Courts", "Media", NO_CATEGORY, "Economy"]
    );
    assert_eq!(dash.by_category[4].1.total(), 2);

    let actors: Vec<(&str, usize)> = dash
        .by_actor
        .iter()
        .map(|(n, s)| (n.as_str(), s.total()))
        .collect();
    assert_eq!(
        actors,
        [
            ("President Tokayev", 2),
            ("Parliament", 1),
            (NO_ACTOR, 1),
            ("U.S. Government", 2)
        ]
    );
}

#[test]
fn overdue_is_most_overdue_first_and_partial_deadlines_run_to_period_end() {
    let dash = dashboard(&sample(), None, d("2024-06-30"));
    let got: Vec<(&str, i64)> = dash
        .overdue
        .iter()
        .map(|o| (o.id.as_str(), o.days_overdue))
        .collect();
    // R4: 2022-01-01; R3: "2022-12" runs to 2022-12-31; R1: 2023-12-31. R2 is fulfilled,
    // P1's deadline "2024" has not ended, P2's is in 2025.
    assert_eq!(got, [("R4", 911), ("R3", 547), ("R1", 182)]);
    assert_eq!(dash.overdue[0].status, Status::NotAssessed);
}

#[test]
fn overdue_as_of_a_past_date_uses_that_date_and_the_status_then() {
    // On 2022-12-15 R2 (deadline 2023-01-01) was not yet due; R3's "2022-12" had not ended.
    let dash = dashboard(&sample(), Some(d("2022-12-15")), d("2030-01-01"));
    let ids: Vec<&str> = dash.overdue.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids, ["R4"]);
    assert_eq!(dash.overdue[0].days_overdue, 348);

    let dash = dashboard(&sample(), Some(d("2023-02-01")), d("2030-01-01"));
    let ids: Vec<&str> = dash.overdue.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids, ["R4", "R3"], "R2 was fulfilled by its deadline");

    // Fulfilled late: overdue as the tracker stood before, not now.
    let mut p = sample();
    p.commitments[1].deadline = Some(d("2022-12-01"));
    let then = dashboard(&p, Some(d("2022-12-15")), d("2030-01-01"));
    let r2 = then
        .overdue
        .iter()
        .find(|o| o.id == "R2")
        .expect("R2 was overdue then");
    assert_eq!((r2.status, r2.days_overdue), (Status::InProgress, 14));
    let now = dashboard(&p, None, d("2024-06-30"));
    assert!(now.overdue.iter().all(|o| o.id != "R2"));
}

#[test]
fn latest_changes_are_newest_first_and_respect_as_of() {
    let p = sample();
    let dash = dashboard(&p, None, d("2024-06-30"));
    let got: Vec<(&str, String)> = dash
        .latest_changes
        .iter()
        .map(|c| (c.id.as_str(), c.date.to_string()))
        .collect();
    let want = [
        ("P1", "2024-02-01"),
        ("P1", "2023-05-10"),
        ("R1", "2023-03-19"),
        ("R2", "2023-01-01"),
        ("R2", "2022-11-01"),
        ("R3", "2022-09"),
        ("R1", "2022-06-05"),
        ("P2", "2022-06-05"),
    ];
    assert_eq!(got.len(), want.len());
    for ((id, date), (wid, wdate)) in got.iter().zip(want) {
        assert_eq!((*id, date.as_str()), (wid, wdate));
    }
    let first = &dash.latest_changes[0];
    assert_eq!(
        (first.from, first.to),
        (Status::NoAction, Status::NotFulfilled)
    );
    assert_eq!(first.note, "Withdrawn");

    let then = dashboard(&p, Some(d("2023-02-01")), d("2030-01-01"));
    assert_eq!(then.latest_changes[0].id, "R2");
    assert!(
        then.latest_changes
            .iter()
            .all(|c| c.date.on_or_before(d("2023-02-01")))
    );
}

#[test]
fn timeline_has_a_start_point_and_one_point_per_change_date() {
    let p = sample();
    let t = timeline(&p, None);
    let dates: Vec<String> = t.dates.iter().map(ToString::to_string).collect();
    assert_eq!(
        dates,
        [
            "2022-06-04",
            "2022-06-05",
            "2022-09",
            "2022-11-01",
            "2023-01-01",
            "2023-03-19",
            "2023-05-10",
            "2024-02-01"
        ]
    );
    assert_eq!(t.counts.len(), t.dates.len());
    assert_eq!(
        t.counts[0][Status::NotAssessed.index()],
        p.commitments.len()
    );
    for (date, row) in t.dates.iter().zip(&t.counts) {
        assert_eq!(row.iter().sum::<usize>(), p.commitments.len(), "at {date}");
        let mut want = [0; 7];
        for c in &p.commitments {
            want[c.status_on(*date).index()] += 1;
        }
        assert_eq!(*row, want, "at {date}");
    }
    let last = t.counts.last().expect("points");
    let mut now = [0; 7];
    for c in &p.commitments {
        now[c.status.index()] += 1;
    }
    assert_eq!(*last, now, "the last point is where things stand now");
}

#[test]
fn timeline_is_empty_without_history() {
    let mut p = sample();
    for c in &mut p.commitments {
        c.history.clear();
    }
    assert!(timeline(&p, None).dates.is_empty());
}

#[test]
fn timeline_as_of_a_date_stops_there() {
    let p = sample();
    let t = timeline(&p, Some(d("2022-10-15")));
    let dates: Vec<String> = t.dates.iter().map(ToString::to_string).collect();
    assert_eq!(dates, ["2022-06-04", "2022-06-05", "2022-09", "2022-10-15"]);
    let last = t.counts.last().expect("points");
    let mut then = [0; 7];
    for c in &p.commitments {
        then[c.status_on(d("2022-10-15")).index()] += 1;
    }
    assert_eq!(
        *last, then,
        "the last point is where things stood on that date"
    );
    assert!(timeline(&p, Some(d("2022-01-01"))).dates.is_empty());
}

/// A commitment made later was not part of the tracker before: not counted, not listed, not
/// in the chart's earlier points; and the chart runs to the day shown.
#[test]
fn commitments_made_after_the_date_shown_are_left_out() {
    use reform_tracker::model::as_of::AsOf;
    use reform_tracker::model::filter::{Filter, matches};
    use reform_tracker::model::summary::Summary;
    let mut old = Commitment::new("P1", Kind::Reform, "old");
    old.date_committed = Some(d("2022-03-16"));
    old.change_status(Status::Fulfilled, d("2022-06-05"), String::new(), vec![]);
    let mut new = Commitment::new("K1", Kind::Reform, "new");
    new.date_committed = Some(d("2025-09-08"));
    new.change_status(Status::InProgress, d("2025-10-08"), String::new(), vec![]);
    let p = Project {
        commitments: vec![old, new],
        ..Project::default()
    };
    let before = Summary::of(&p.commitments, Some(d("2025-09-07")));
    assert_eq!(before.count(Status::Fulfilled), 1);
    assert_eq!(before.count(Status::NotAssessed), 0, "K1 was not made yet");
    let on = Summary::of(&p.commitments, Some(d("2025-09-08")));
    assert_eq!(on.count(Status::NotAssessed), 1);
    let at = AsOf::new(Some(d("2025-09-07")), d("2026-11-29"));
    let shown: Vec<_> = p
        .commitments
        .iter()
        .filter(|c| matches(c, at, "", &[], &Filter::default()))
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(shown, ["P1"]);

    let t = timeline(&p, Some(d("2026-11-29")));
    assert_eq!(
        t.dates.last(),
        Some(&d("2026-11-29")),
        "runs to the day shown"
    );
    let total = |i: usize| t.counts[i].iter().sum::<usize>();
    let first_k1 = t.dates.iter().position(|x| *x == d("2025-10-08")).unwrap();
    assert_eq!(total(1), 1, "in 2022 only P1 existed");
    assert_eq!(total(first_k1), 2);
}
