//! Every boundary of a period, on a project built here: the From day and the To day count, the
//! day before From and the day after To do not, and partial dates follow the as-of rule.

use super::*;
use crate::model::{Kind, Note};

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

/// The second quarter of 2024.
fn q2() -> Period {
    Period::new(d("2024-04-01"), d("2024-06-30")).unwrap()
}

fn dated_evidence(c: &mut Commitment, date: Option<&str>, title: &str) -> u32 {
    let mut e = Evidence::new(0);
    e.title = title.into();
    e.date = date.map(d);
    c.add_evidence(e)
}

/// One commitment per boundary case, each with one status change (and a link) on its date.
fn project() -> Project {
    let mut p = Project::default();
    let cases = [
        ("BEFORE", "2024-03-31", "Courts"),
        ("FROM", "2024-04-01", "Courts"),
        ("TO", "2024-06-30", "Elections"),
        ("AFTER", "2024-07-01", "Elections"),
        ("MONTH", "2024-06", "Media"),
        ("YEAR", "2024", "Media"),
        ("NEXTMONTH", "2024-07", "Media"),
    ];
    for (id, date, category) in cases {
        let mut c = Commitment::new(id, Kind::Reform, format!("Title {id}"));
        c.category = category.into();
        c.date_committed = Some(d("2022-03-16"));
        let link = dated_evidence(&mut c, Some(date), &format!("Link {id}"));
        c.change_status(Status::InProgress, d("2023-01-10"), String::new(), vec![]);
        c.change_status(Status::Fulfilled, d(date), format!("Note {id}"), vec![link]);
        c.notes.push(Note::new(d(date), format!("Note text {id}")));
        p.commitments.push(c);
    }
    p
}

fn ids<T>(list: &[Added<'_, T>]) -> Vec<String> {
    list.iter().map(|a| a.c.id.clone()).collect()
}

#[test]
fn a_change_on_the_from_day_and_on_the_to_day_counts_the_days_outside_do_not() {
    let p = project();
    let ch = changes(&p, q2());
    let changed: Vec<(&str, Vec<&str>)> = ch
        .by_category
        .iter()
        .map(|(cat, rows)| (cat.as_str(), rows.iter().map(|r| r.c.id.as_str()).collect()))
        .collect();
    assert_eq!(
        changed,
        [
            ("Courts", vec!["FROM"]),
            ("Elections", vec!["TO"]),
            ("Media", vec!["MONTH"]),
        ]
    );
    assert_eq!(ch.status_changes(), 3);
    let row = &ch.by_category[0].1[0];
    assert_eq!((row.from, row.to), (Status::InProgress, Status::Fulfilled));
    assert_eq!(row.note, "Note FROM");
    assert_eq!(row.evidence.len(), 1, "the change comes with its evidence");
    assert_eq!(row.evidence[0].title, "Link FROM");
    assert_eq!(ids(&ch.evidence), ["FROM", "TO", "MONTH"]);
    assert_eq!(ids(&ch.notes), ["FROM", "TO", "MONTH"]);
}

#[test]
fn partial_dates_fall_in_a_period_as_the_as_of_rule_decides() {
    let p = project();
    // "2024-06" counts from 1 June: in Q2. "2024" counts from 1 January: before it.
    let ch = changes(&p, q2());
    assert!(
        ch.by_category
            .iter()
            .flat_map(|(_, r)| r)
            .any(|r| r.c.id == "MONTH")
    );
    assert!(
        !ch.by_category
            .iter()
            .flat_map(|(_, r)| r)
            .any(|r| r.c.id == "YEAR")
    );
    for (date, as_of_day) in [("2024-06", "2024-06-01"), ("2024", "2024-01-01")] {
        let inside = q2().contains(Some(d(date)));
        let known_then = known_on(Some(d(date)), Some(d(as_of_day)));
        let known_before = known_on(Some(d(date)), Some(q2().day_before()));
        assert!(known_then);
        assert_eq!(
            inside,
            known_on(Some(d(date)), Some(q2().to())) && !known_before
        );
    }
    // A year-long period holds everything dated in that year, "2024" included.
    let year = Period::new(d("2024"), d("2024")).unwrap();
    assert_eq!((year.from(), year.to()), (d("2024-01-01"), d("2024-12-31")));
    let all = changes(&p, year);
    assert_eq!(all.status_changes(), 7);
    // A period given as months runs from the first of one to the last of the other.
    let months = Period::new(d("2024-04"), d("2024-06")).unwrap();
    assert_eq!(months, q2());
}

#[test]
fn undated_things_are_never_a_change() {
    let mut p = project();
    let c = &mut p.commitments[1];
    dated_evidence(c, None, "Undated");
    c.date_committed = None;
    let ch = changes(&p, q2());
    assert!(!ch.evidence.iter().any(|a| a.item.title == "Undated"));
    assert!(ch.commitments.is_empty());
}

#[test]
fn commitments_and_replacements_made_in_the_period_are_listed() {
    let mut p = project();
    p.commitments[1].date_committed = Some(d("2024-04-01"));
    p.commitments[2].date_committed = Some(d("2024-03-31"));
    p.commitments[3].replaced = Some(Replacement {
        date: d("2024-06-30"),
        by: vec![],
        partial: false,
        note: "Replaced".into(),
        evidence: vec![],
    });
    p.commitments[4].replaced = Some(Replacement {
        date: d("2024-07-01"),
        by: vec![],
        partial: false,
        note: "Later".into(),
        evidence: vec![],
    });
    let ch = changes(&p, q2());
    assert_eq!(ids(&ch.commitments), ["FROM"]);
    assert_eq!(ids(&ch.replacements), ["AFTER"]);
}

#[test]
fn transitions_and_net_change_use_the_day_before_from_and_the_to_day() {
    let p = project();
    let ch = changes(&p, q2());
    // FROM, TO and MONTH went from In progress to Fulfilled.
    assert_eq!(
        ch.transitions,
        [((Status::InProgress, Status::Fulfilled), 3)]
    );
    // Before: BEFORE and YEAR fulfilled of 7 assessed; after: 5 of 7.
    assert_eq!(ch.before.count(Status::Fulfilled), 2);
    assert_eq!(ch.after.count(Status::Fulfilled), 5);
    assert_eq!(
        ch.before,
        Summary::of(&p.commitments, Some(d("2024-03-31")))
    );
    assert_eq!(ch.after, Summary::of(&p.commitments, Some(d("2024-06-30"))));
    let points = ch.net_fulfilled_points().unwrap();
    assert!((points - 300.0 / 7.0).abs() < 1e-9, "{points}");
    // The unrounded change is 42.9 points; the line gives the difference of what it shows.
    assert_eq!(ch.net_line(), "Share fulfilled: 29% → 71% (+42 points)");
}

#[test]
fn several_changes_in_the_period_count_once_from_start_to_end() {
    let mut p = project();
    let c = &mut p.commitments[1];
    c.change_status(Status::Stalled, d("2024-05-01"), String::new(), vec![]);
    let ch = changes(&p, q2());
    assert!(
        ch.transitions
            .contains(&((Status::InProgress, Status::Stalled), 1))
    );
    assert!(
        ch.transitions
            .contains(&((Status::InProgress, Status::Fulfilled), 2))
    );
}

#[test]
fn an_empty_period_says_so() {
    let p = project();
    let quiet = Period::new(d("2020-01-01"), d("2020-12-31")).unwrap();
    let ch = changes(&p, quiet);
    assert!(ch.is_empty());
    assert!(ch.transitions.is_empty());
    assert_eq!(
        ch.net_line(),
        "Share fulfilled: – → – (no change in points: nothing was assessed at one end)"
    );
}

#[test]
fn a_reversed_period_is_refused_with_its_dates() {
    let e = Period::new(d("2024-06-30"), d("2024-04-01")).unwrap_err();
    assert_eq!(
        e.to_string(),
        "The period ends (2024-04-01) before it starts (2024-06-30)."
    );
    assert!(
        Period::new(d("2024-04-01"), d("2024-04-01")).is_ok(),
        "one day"
    );
}

#[test]
fn quick_choices_are_whole_calendar_periods() {
    let today = d("2025-01-15");
    assert_eq!(
        Period::last_month(today),
        Period::new(d("2024-12-01"), d("2024-12-31")).unwrap()
    );
    assert_eq!(
        Period::last_quarter(today),
        Period::new(d("2024-10-01"), d("2024-12-31")).unwrap()
    );
    assert_eq!(
        Period::last_quarter(d("2025-08-31")),
        Period::new(d("2025-04-01"), d("2025-06-30")).unwrap()
    );
    assert_eq!(
        Period::last_month(d("2024-03-31")),
        Period::new(d("2024-02-01"), d("2024-02-29")).unwrap()
    );
    assert_eq!(
        Period::this_year(today),
        Period::new(d("2025-01-01"), today).unwrap()
    );
    assert_eq!(
        Period::since(d("2024-11-20"), today),
        Period::new(d("2024-11-20"), today).unwrap()
    );
}

#[test]
fn signed_points_keep_their_sign() {
    assert_eq!(signed_points(10.4), "+10");
    assert_eq!(signed_points(-2.6), "−3");
    assert_eq!(signed_points(0.2), "0");
}

#[test]
fn a_window_of_the_first_rows_is_the_start_of_every_list_and_counts_them_all() {
    let p = crate::model::synthetic::synthetic_project(300, 3, 11);
    let period = Period::new(d("2000-01-01"), d("2030-12-31")).unwrap();
    let figures = period_figures(&p, period);
    let all = changes_with(&p, &figures, usize::MAX);
    assert_eq!(all, changes(&p, period));
    let first = changes_with(&p, &figures, 7);
    assert_eq!(first.totals, all.totals);
    assert!(all.totals.status_changes > 7 && all.totals.evidence > 7);
    let rows = |ch: &PeriodChanges<'_>| -> Vec<(usize, Date)> {
        ch.by_category
            .iter()
            .flat_map(|(_, rows)| rows.iter().map(|r| (r.index, r.date)))
            .collect()
    };
    assert_eq!(rows(&first), rows(&all)[..7]);
    assert_eq!(first.evidence[..], all.evidence[..7]);
    assert_eq!(first.notes.len(), all.notes.len().min(7));
    assert_eq!(first.commitments[..], all.commitments[..7]);
    assert_eq!(
        (first.before.clone(), first.after.clone()),
        (all.before.clone(), all.after.clone())
    );
}

#[test]
fn a_share_moved_by_newly_assessed_commitments_says_so() {
    let mut p = project();
    // The same 7 assessed at both ends: nothing to explain.
    assert_eq!(changes(&p, q2()).base_line(), None);
    // A commitment assessed for the first time in the period, as not fulfilled.
    let mut fresh = crate::model::Commitment::new("NEW", crate::model::Kind::Reform, "Fresh");
    fresh.change_status(Status::NotFulfilled, d("2024-05-02"), String::new(), vec![]);
    p.commitments.push(fresh);
    let ch = changes(&p, q2());
    assert_eq!(
        ch.base_line().as_deref(),
        Some(
            "The share counts assessed commitments: 7 at the start, 8 at the end; fulfilled 2 → 5. \
             Newly assessed commitments move the share without any status going back."
        )
    );
}
