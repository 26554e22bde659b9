//! Replaced commitments through the window: marking one with the form, the mark in the
//! checklist and the editor, links both ways, undo, "as of", the Standing filter, the summary
//! strip and the dashboard.

use crate::ui_common;

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use reform_tracker::app::{App, Document, Startup};
use reform_tracker::model::{Commitment, Date, Evidence, Kind, Project, Replacement, Status};
use ui_common::{app_harness_with, click, index_of};

const MARK: &str = "Replaced on 1 Jul 2026 by K1";

fn d(s: &str) -> Date {
    s.parse().expect("test dates are valid")
}

fn fulfilled(id: &str, title: &str) -> Commitment {
    let mut c = Commitment::new(id, Kind::Reform, title);
    c.date_committed = Some(d("2022-03-16"));
    c.change_status(
        Status::InProgress,
        d("2022-06-05"),
        "Bill tabled".into(),
        vec![],
    );
    c.change_status(Status::Fulfilled, d("2022-09-17"), "Signed".into(), vec![]);
    c
}

/// P6 and P9 fulfilled, K1 in progress. P6 has one link a reader can open and one that is a
/// local file path. With `marked`, P6 is already replaced by K1 on 2026-07-01.
fn project(marked: bool) -> Project {
    let mut p6 = fulfilled("P6", "The Mazhilis adopts laws");
    let mut web = Evidence::new(0);
    web.url = "https://www.akorda.kz/en/constitution-2026".into();
    web.title = "Constitution of 2026".into();
    p6.add_evidence(web);
    let mut local = Evidence::new(0);
    local.url = "C:\\notes\\draft.docx".into();
    local.title = "Draft notes".into();
    p6.add_evidence(local);
    if marked {
        p6.replaced = Some(Replacement {
            date: d("2026-07-01"),
            by: vec!["K1".into()],
            partial: false,
            note: "The single chamber takes over law-making.".into(),
            evidence: vec![1],
        });
    }
    let mut k1 = Commitment::new("K1", Kind::Reform, "A single-chamber Kurultai");
    k1.change_status(
        Status::InProgress,
        d("2026-03-15"),
        "Adopted".into(),
        vec![],
    );
    Project {
        title: "Replacements".into(),
        commitments: vec![p6, fulfilled("P9", "A Constitutional Court"), k1],
        ..Project::default()
    }
}

fn harness(marked: bool) -> Harness<'static, App> {
    app_harness_with(Startup {
        document: Some(Document::untitled(project(marked))),
        ..Startup::default()
    })
}

fn select(harness: &mut Harness<'_, App>, id: &str) {
    harness.get_by_label_contains(&format!("{id}  ")).click();
    harness.run();
}

/// Replaces what a field holds with `text`.
fn set_text(harness: &mut Harness<'_, App>, label: &str, text: &str) {
    click(harness, label);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.key_press(Key::Backspace);
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

fn history_text(app: &App, id: &str) -> String {
    let c = &app.doc.project.commitments[index_of(app, id)];
    ron::to_string(&(&c.history, c.status)).expect("history serializes")
}

#[test]
fn marking_through_the_form_keeps_the_history_byte_identical_and_links_both_ways() {
    let mut harness = harness(false);
    select(&mut harness, "P6");
    let before = history_text(harness.state(), "P6");

    click(&mut harness, "Mark as replaced…");
    assert!(
        harness
            .query_by_label("1 link without a web address that can be opened is not offered.")
            .is_some(),
        "the local file path is not offered as evidence"
    );
    set_text(&mut harness, "Replaced on", "2026-07-01");
    set_text(&mut harness, "Replaced by (ids)", "K9");
    assert!(
        harness
            .query_by_label_contains("There is no commitment K9 in this project")
            .is_some(),
        "an unknown id is refused in plain words"
    );
    set_text(&mut harness, "Replaced by (ids)", "K1");
    click(&mut harness, "Wholly");
    set_text(
        &mut harness,
        "Replacement note",
        "The single chamber takes over law-making.",
    );
    harness
        .get_by_role_and_label(Role::CheckBox, "Constitution of 2026")
        .click();
    harness.run();
    click(&mut harness, "Record replacement");

    let app = harness.state();
    let p6 = &app.doc.project.commitments[index_of(app, "P6")];
    let r = p6.replaced.as_ref().expect("P6 is marked");
    assert_eq!(r.date, d("2026-07-01"));
    assert_eq!(r.by, ["K1"]);
    assert!(!r.partial);
    assert_eq!(r.evidence, [1]);
    assert_eq!(
        history_text(app, "P6"),
        before,
        "status and history are not rewritten"
    );

    // The row's chip, the editor's chip and the editor's line.
    assert_eq!(harness.query_all_by_label(MARK).count(), 3);
    assert!(
        harness
            .query_by_label(
                "The status is what was achieved. Replaced on 1 Jul 2026 by K1: it is no \
                 longer in force."
            )
            .is_some(),
        "the status definition, which speaks of it as in force, is qualified"
    );
    assert!(
        harness
            .query_by_label("The single chamber takes over law-making.")
            .is_some()
    );
    assert!(
        harness
            .query_by_label("1 fulfilled commitment has since been replaced")
            .is_some()
    );

    // To the replacing commitment, and back.
    harness.get_by_role_and_label(Role::Link, "K1").click();
    harness.run();
    assert_eq!(harness.state().ui.selected, Some(2));
    assert!(harness.query_by_label("Replaces P6").is_some());
    harness
        .get_by_role_and_label(Role::Link, "P6")
        .scroll_to_me();
    harness.run();
    harness.get_by_role_and_label(Role::Link, "P6").click();
    harness.run();
    assert_eq!(harness.state().ui.selected, Some(0));

    // Undo takes the mark away, redo puts it back.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().doc.project.commitments[0].replaced, None);
    assert_eq!(harness.query_all_by_label(MARK).count(), 0);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert!(
        harness.state().doc.project.commitments[0]
            .replaced
            .is_some()
    );
    assert_eq!(history_text(harness.state(), "P6"), before);
}

#[test]
fn removing_the_mark_is_undoable_and_leaves_the_history() {
    let mut harness = harness(true);
    select(&mut harness, "P6");
    let before = history_text(harness.state(), "P6");
    click(&mut harness, "Remove replacement mark");
    assert_eq!(harness.state().doc.project.commitments[0].replaced, None);
    assert_eq!(history_text(harness.state(), "P6"), before);
    assert!(harness.query_by_label("Mark as replaced…").is_some());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        harness.state().doc.project.commitments[0].replaced,
        project(true).commitments[0].replaced
    );
}

#[test]
fn the_day_before_it_is_in_force_and_the_day_of_it_is_replaced() {
    let mut harness = harness(true);
    select(&mut harness, "P6");
    assert_eq!(harness.query_all_by_label(MARK).count(), 3, "now: replaced");

    set_text(&mut harness, "As of", "2026-06-30");
    assert_eq!(harness.query_all_by_label(MARK).count(), 0);
    assert!(
        harness
            .query_by_label("Not replaced as of 2026-06-30. Later: Replaced on 1 Jul 2026 by K1.")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("since been replaced")
            .is_none()
    );

    set_text(&mut harness, "As of", "2026-07-01");
    assert_eq!(harness.query_all_by_label(MARK).count(), 3);
    assert!(
        harness
            .query_by_label("1 fulfilled commitment has since been replaced")
            .is_some()
    );
    assert!(
        harness
            .query_by_label("In force: fulfilled 1 of 2 assessed (50%)")
            .is_some(),
        "P9 fulfilled and K1 in progress are in force"
    );
}

#[test]
fn the_standing_filter_follows_the_date_shown() {
    let mut harness = harness(true);
    let shown = |harness: &Harness<'_, App>| -> Vec<bool> {
        ["P6", "P9", "K1"]
            .map(|id| {
                harness
                    .query_by_label_contains(&format!("{id}  "))
                    .is_some()
            })
            .to_vec()
    };
    harness
        .get_by_role_and_label(Role::ComboBox, "Standing")
        .click();
    harness.run();
    click(&mut harness, "Replaced");
    assert_eq!(shown(&harness), [true, false, false]);

    harness
        .get_by_role_and_label(Role::ComboBox, "Standing")
        .click();
    harness.run();
    click(&mut harness, "In force");
    assert_eq!(shown(&harness), [false, true, true]);

    set_text(&mut harness, "As of", "2026-06-30");
    assert_eq!(
        shown(&harness),
        [true, true, true],
        "before the date all are in force"
    );
}

#[test]
fn the_dashboard_counts_fulfilled_since_replaced() {
    let mut harness = harness(true);
    click(&mut harness, "Dashboard");
    assert!(
        harness
            .query_by_label("fulfilled, since replaced")
            .is_some()
    );
    assert!(
        harness
            .query_by_label("fulfilled, of those in force")
            .is_some()
    );
    assert!(
        harness.query_by_label("50%").is_some(),
        "1 of 2 assessed in force"
    );
    set_text(&mut harness, "As of", "2026-06-30");
    assert!(
        harness
            .query_by_label("fulfilled, since replaced")
            .is_none()
    );
}

/// A commitment replaced as a whole does not also claim to be "in force and operating as
/// promised"; one still in force does.
#[test]
fn a_replaced_commitment_does_not_claim_to_be_in_force() {
    let mut harness = ui_common::app_harness();
    let in_force = reform_tracker::model::Status::Fulfilled.definition();
    ui_common::select_by_search(&mut harness, "P6");
    assert!(
        harness
            .query_all_by_label_contains("Replaced on 1 Jul 2026")
            .next()
            .is_some()
    );
    assert!(
        harness.query_by_label(in_force).is_none(),
        "P6 was replaced on 1 July 2026"
    );
    ui_common::click(&mut harness, "Clear");
    ui_common::select_by_search(&mut harness, "P11");
    assert!(
        harness.query_by_label(in_force).is_some(),
        "P11 is still in force"
    );
}
