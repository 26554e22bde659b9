//! Replaced commitments in the model: "as of" the day before and the day of, the filter, the
//! summary and dashboard counts, the exports, and the file round trip.

use reform_tracker::model::dashboard::dashboard;
use reform_tracker::model::filter::search_text;
use reform_tracker::model::filter::{Filter, matches_standing};
use reform_tracker::model::replacement::{Standing, replaced_by};
use reform_tracker::model::summary::Summary;
use reform_tracker::model::{
    Commitment, Confidence, Date, Evidence, Kind, Project, Replacement, Status,
};
use reform_tracker::report::{citation, to_csv, to_html, to_markdown};
use reform_tracker::storage::{load_file, parse_project, save_file, to_ron_string};

fn d(s: &str) -> Date {
    s.parse().expect("test dates are valid")
}

fn fulfilled(id: &str, title: &str) -> Commitment {
    let mut c = Commitment::new(id, Kind::Reform, title);
    c.change_status(Status::InProgress, d("2022-06-05"), "Bill".into(), vec![]);
    c.change_status(Status::Fulfilled, d("2022-09-17"), "Signed".into(), vec![]);
    c
}

fn mark(by: &[&str], partial: bool, evidence: Vec<u32>) -> Replacement {
    Replacement {
        date: d("2026-07-01"),
        by: by.iter().map(|s| (*s).to_owned()).collect(),
        partial,
        note: "The 2026 Constitution replaces the two chambers with the Kurultai.".into(),
        evidence,
    }
}

/// P6 and P7 fulfilled and wholly replaced by K1 on 2026-07-01; A1 fulfilled and replaced in
/// part; P9 fulfilled and in force; K1 in progress; U1 not assessed.
fn project() -> Project {
    let mut p = Project {
        title: "Replacements".into(),
        ..Project::default()
    };
    let mut p6 = fulfilled("P6", "The Mazhilis adopts laws, the Senate approves them");
    let link = p6.add_evidence(Evidence {
        url: "https://www.akorda.kz/en/constitution-2026".into(),
        title: "Constitution of 2026".into(),
        publisher: "Akorda".into(),
        date: Some(d("2026-03-15")),
        confidence: Confidence::Seen,
        ..Evidence::new(0)
    });
    p6.replaced = Some(mark(&["K1"], false, vec![link]));
    let mut p7 = fulfilled("P7", "The Senate quota");
    p7.replaced = Some(mark(&["K1"], false, vec![]));
    let mut a1 = fulfilled("A1", "Strengthen Parliament");
    a1.replaced = Some(mark(&["K1"], true, vec![]));
    let p9 = fulfilled("P9", "Constitutional Court");
    let mut k1 = Commitment::new("K1", Kind::Reform, "A single-chamber Kurultai");
    k1.change_status(
        Status::InProgress,
        d("2026-03-15"),
        "Adopted".into(),
        vec![],
    );
    let u1 = Commitment::new("U1", Kind::PartnershipOffer, "Support");
    p.commitments = vec![p6, p7, a1, p9, k1, u1];
    p
}

#[test]
fn before_the_date_nothing_is_replaced_and_on_the_date_it_is() {
    let p = project();
    let p6 = &p.commitments[0];
    assert!(p6.replaced_on(Some(d("2026-06-30"))).is_none());
    assert!(p6.in_force(Some(d("2026-06-30"))));
    assert!(p6.replaced_on(Some(d("2026-07-01"))).is_some());
    assert!(!p6.in_force(Some(d("2026-07-01"))));
    assert_eq!(
        p6.status_on(d("2026-07-01")),
        Status::Fulfilled,
        "the status stays what was achieved"
    );

    let before = Summary::of(&p.commitments, Some(d("2026-06-30")));
    assert_eq!(before.replaced, 0);
    assert_eq!(before.fulfilled_replaced, 0);
    let on = Summary::of(&p.commitments, Some(d("2026-07-01")));
    assert_eq!(on.replaced, 3);
    assert_eq!(on.fulfilled_replaced, 3);
    assert_eq!(on.fulfilled_replaced_in_part, 1);
}

#[test]
fn both_commitments_link_to_each_other() {
    let p = project();
    let back: Vec<&str> = replaced_by(&p, "K1")
        .iter()
        .map(|r| r.commitment.id.as_str())
        .collect();
    assert_eq!(back, ["P6", "P7", "A1"]);
    assert_eq!(p.commitments[0].replaced.as_ref().unwrap().by, ["K1"]);
}

#[test]
fn the_filter_keeps_partly_replaced_among_both() {
    let p = project();
    let shown = |standing, as_of: &str| -> Vec<&str> {
        let f = Filter {
            standing: Some(standing),
            ..Filter::default()
        };
        p.commitments
            .iter()
            .filter(|c| matches_standing(c, &f, Some(d(as_of))))
            .map(|c| c.id.as_str())
            .collect()
    };
    assert_eq!(shown(Standing::Replaced, "2026-07-01"), ["P6", "P7", "A1"]);
    assert_eq!(
        shown(Standing::InForce, "2026-07-01"),
        ["A1", "P9", "K1", "U1"]
    );
    assert!(shown(Standing::Replaced, "2026-06-30").is_empty());
    assert_eq!(shown(Standing::InForce, "2026-06-30").len(), 6);
}

#[test]
fn dashboard_counts_fulfilled_since_replaced_and_the_share_in_force() {
    let p = project();
    let dash = dashboard(&p, Some(d("2026-07-01")), d("2026-11-29"));
    let s = &dash.overall;
    assert_eq!(
        s.count(Status::Fulfilled),
        4,
        "replaced ones keep their status"
    );
    assert_eq!(s.fulfilled_replaced, 3);
    // In force: A1 (in part), P9, K1, U1; assessed A1, P9, K1; fulfilled A1, P9.
    let in_force = s.in_force();
    assert_eq!(in_force.total(), 4);
    assert_eq!(in_force.assessed(), 3);
    assert_eq!(in_force.count(Status::Fulfilled), 2);
    assert_eq!(
        s.fulfilled_replaced_line().as_deref(),
        Some("3 fulfilled commitments have since been replaced (1 of them in part)")
    );
    assert_eq!(
        s.in_force_line().as_deref(),
        Some("In force: fulfilled 2 of 3 assessed (67%)")
    );
    let before = dashboard(&p, Some(d("2026-06-30")), d("2026-11-29"));
    assert_eq!(before.overall.fulfilled_replaced, 0);
    assert_eq!(before.overall.in_force().total(), 6);
    assert_eq!(before.overall.in_force_line(), None);
    let reforms = &dash.by_actor[0].1;
    assert_eq!(reforms.fulfilled_replaced, 3, "groups count it too");
}

fn csv_rows(text: &str) -> Vec<csv::StringRecord> {
    let body = text.strip_prefix('\u{FEFF}').expect("byte-order mark");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(body.as_bytes())
        .records()
        .collect::<Result<_, _>>()
        .expect("rows parse")
}

#[test]
fn csv_has_replacement_columns_as_of_the_date() {
    let p = project();
    let rows = csv_rows(&to_csv(&p, Some(d("2026-07-01"))));
    let col = |name: &str| rows[0].iter().position(|h| h == name).expect(name);
    let (on, by, partly, replaces) = (
        col("replaced_on"),
        col("replaced_by"),
        col("replaced_partly"),
        col("replaces"),
    );
    let row = |id: &str| rows.iter().find(|r| &r[0] == id).expect(id).clone();
    assert_eq!(&row("P6")[on], "2026-07-01");
    assert_eq!(&row("P6")[by], "K1");
    assert_eq!(&row("P6")[partly], "false");
    assert_eq!(&row("A1")[partly], "true");
    assert_eq!(&row("P6")[col("status")], "Fulfilled");
    assert_eq!(&row("K1")[replaces], "P6; P7; A1");
    assert_eq!(&row("P9")[on], "");

    let before = csv_rows(&to_csv(&p, Some(d("2026-06-30"))));
    for r in &before[1..] {
        for c in [on, by, partly, replaces] {
            assert_eq!(&r[c], "", "{} column {c} the day before", &r[0]);
        }
    }
}

#[test]
fn markdown_and_html_say_who_replaced_whom() {
    let p = project();
    let md = to_markdown(&p, Some(d("2026-07-01")));
    let p6 = md
        .lines()
        .find(|l| l.starts_with("| P6 |"))
        .expect("P6 row");
    assert!(
        p6.contains("Fulfilled<br>Replaced on 1 Jul 2026 by K1"),
        "{p6}"
    );
    let k1 = md
        .lines()
        .find(|l| l.starts_with("| K1 |"))
        .expect("K1 row");
    assert!(k1.contains("Replaces P6, P7; in part A1"), "{k1}");
    assert!(md.contains("## Replaced commitments"));
    assert!(md.contains("3 fulfilled commitments have since been replaced (1 of them in part)."));
    assert!(md.contains("In force: fulfilled 2 of 3 assessed (67%)."));
    assert!(
        md.contains(
            "[Constitution of 2026](<https://www.akorda.kz/en/constitution-2026>) (2026-03-15)"
        ),
        "the evidence the mark rests on"
    );

    let html = to_html(&p, Some(d("2026-07-01")));
    assert!(html.contains("Replaced on 1 Jul 2026 by <a href=\"#c-K1\">K1</a>"));
    assert!(html.contains("Replaces <a href=\"#c-P6\">P6</a>, <a href=\"#c-P7\">P7</a>"));
    assert!(html.contains("<h2>Replaced commitments</h2>"));
    assert!(html.contains("The 2026 Constitution replaces the two chambers with the Kurultai."));
    for (open, close) in [("<a ", "</a>"), ("<li>", "</li>"), ("<small", "</small>")] {
        assert_eq!(
            html.matches(open).count(),
            html.matches(close).count(),
            "{open} is closed"
        );
    }

    for text in [
        to_markdown(&p, Some(d("2026-06-30"))),
        to_html(&p, Some(d("2026-06-30"))),
    ] {
        assert!(
            !text.contains("Replaced on"),
            "nothing replaced the day before"
        );
        assert!(!text.contains("Replaces"));
        assert!(!text.contains("Replaced commitments"));
    }
}

#[test]
fn whole_and_partial_marks_round_trip_through_a_file() {
    let mut p = project();
    p.commitments[1].replaced = Some(Replacement {
        date: d("2026-07"),
        by: vec![],
        partial: false,
        note: "Line one\nline \"two\"".into(),
        evidence: vec![],
    });
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("replaced.ron");
    save_file(&path, &p).unwrap();
    let loaded = load_file(&path).unwrap();
    assert_eq!(loaded.read_only, None);
    assert_eq!(loaded.project, p);
    assert_eq!(
        to_ron_string(&loaded.project).unwrap(),
        std::fs::read_to_string(&path).unwrap(),
        "writing it again gives the same bytes"
    );
}

/// A format-1 file has no mark: it loads unreplaced, can then be marked, and the mark
/// survives a save and a load in the current format.
#[test]
fn a_format_1_file_migrates_and_can_then_be_marked() {
    let v1 = include_str!("../golden/v1.ron");
    let mut loaded = parse_project(v1, "v1.ron").unwrap().project;
    assert!(loaded.commitments.iter().all(|c| c.replaced.is_none()));
    let history = loaded.commitments[0].history.clone();
    loaded.commitments[0].replaced = Some(mark(&["U1"], true, vec![]));
    let text = to_ron_string(&loaded).unwrap();
    let back = parse_project(&text, "marked.ron").unwrap().project;
    assert_eq!(back, loaded);
    assert_eq!(back.commitments[0].history, history);
    assert!(
        text.starts_with("(\n    format_version: 4,"),
        "{}",
        &text[..40]
    );
}

#[test]
fn the_citation_and_the_search_know_about_the_mark() {
    let p = project();
    let p6 = &p.commitments[0];
    let on = citation(&p, p6, Some(d("2026-07-01")));
    assert!(
        on.contains("Fulfilled as of 2026-07-01 (Replacements). Replaced on 1 Jul 2026 by K1."),
        "{on}"
    );
    assert!(!citation(&p, p6, Some(d("2026-06-30"))).contains("Replaced"));
    assert!(
        search_text(p6).contains("kurultai"),
        "the mark's note is searched"
    );
}
