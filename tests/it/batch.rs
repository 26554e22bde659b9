//! Batch edits through the window: rows picked with Ctrl+click, Shift+click and Select all
//! shown, changed together from the batch panel, and taken back with one Ctrl+Z.

use crate::ui_common;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use reform_tracker::app::{App, Document, Startup};
use reform_tracker::i18n::Lang;
use reform_tracker::model::{Commitment, Kind, Project, Status, Term, Vocabulary};
use ui_common::{choose, click, type_into};

const THEME: &str = "theme-courts";

/// 24 reforms (R01…R24) in one category, a theme term and a recommendation.
fn project() -> Project {
    let mut commitments: Vec<Commitment> = (1..=24)
        .map(|n| {
            let mut c = Commitment::new(format!("R{n:02}"), Kind::Reform, format!("Measure {n}"));
            c.category = "Justice".into();
            c
        })
        .collect();
    commitments.push(Commitment::new_recommendation(
        "UPR-1",
        "Make the courts independent",
    ));
    Project {
        title: "Batch".into(),
        commitments,
        terms: vec![Term::new(THEME, Vocabulary::Theme, "Courts")],
        ..Project::default()
    }
}

/// Tall enough that every row of the checklist is laid out (it draws only what is on screen).
pub fn harness() -> Harness<'static, App> {
    Harness::builder()
        .with_size([1280.0, 1400.0])
        .with_theme(egui::Theme::Light)
        .with_max_steps(30)
        .build_eframe(|cc| {
            App::new(
                cc,
                Startup {
                    lang: Some(Lang::En),
                    document: Some(Document::untitled(project())),
                    ..Startup::default()
                },
            )
        })
}

pub fn row_click(harness: &mut Harness<'_, App>, id: &str, modifiers: Modifiers) {
    harness
        .get_by_label_contains(&format!("{id}  "))
        .click_modifiers(modifiers);
    harness.run();
}

fn row_highlighted(harness: &Harness<'_, App>, id: &str) -> bool {
    harness
        .get_by_label_contains(&format!("{id}  "))
        .accesskit_node()
        .toggled()
        == Some(egui::accesskit::Toggled::True)
}

fn commitment<'a>(harness: &'a Harness<'_, App>, id: &str) -> &'a Commitment {
    let p = &harness.state().doc.project;
    &p.commitments[ui_common::index_of(harness.state(), id)]
}

fn ids(range: std::ops::RangeInclusive<u32>) -> Vec<String> {
    range.map(|n| format!("R{n:02}")).collect()
}

#[test]
fn a_shift_click_range_gets_a_theme_at_once_and_one_undo_takes_it_back() {
    let mut harness = harness();
    harness.run();
    row_click(&mut harness, "R01", Modifiers::NONE);
    row_click(&mut harness, "R20", Modifiers::SHIFT);
    assert!(harness.query_by_label("20 items selected").is_some());
    assert!(row_highlighted(&harness, "R01") && row_highlighted(&harness, "R20"));
    assert!(!row_highlighted(&harness, "R21"));

    choose(&mut harness, "Term", "Theme: Courts");
    click(&mut harness, "Add to all");
    for id in ids(1..=20) {
        assert_eq!(commitment(&harness, &id).terms, [THEME], "{id}");
    }
    for id in ids(21..=24) {
        assert!(commitment(&harness, &id).terms.is_empty(), "{id}");
    }
    assert_eq!(
        harness.state().ui.batch.result.as_deref(),
        Some("Courts added to 20 items")
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    for id in ids(1..=24) {
        assert!(
            commitment(&harness, &id).terms.is_empty(),
            "{id} after undo"
        );
    }
    assert!(
        harness.query_by_label("20 items selected").is_some(),
        "the rows stay picked after the undo"
    );
}

#[test]
fn a_batch_status_change_adds_one_dated_entry_with_the_shared_note_to_each() {
    let mut harness = harness();
    harness.run();
    // The filter shows R01…R09; Select all shown picks exactly those.
    type_into(&mut harness, "Search", "R0");
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::A);
    harness.run();
    assert!(harness.query_by_label("9 items selected").is_some());

    choose(&mut harness, "New status", "In progress");
    type_into(&mut harness, "Why", "Budget law adopted");
    type_into(&mut harness, "Evidence address", "https://example.org/law");
    type_into(&mut harness, "Evidence title", "The budget law");
    click(&mut harness, "Record for all");
    for id in ids(1..=9) {
        let c = commitment(&harness, &id);
        assert_eq!(c.status, Status::InProgress, "{id}");
        assert_eq!(c.history.len(), 1, "{id}");
        let entry = &c.history[0];
        assert_eq!(entry.note, "Budget law adopted");
        assert_eq!(entry.from, Status::NotAssessed);
        assert_eq!(c.evidence.len(), 1, "{id}");
        assert_eq!(c.evidence[0].url, "https://example.org/law");
        assert_eq!(
            entry.evidence,
            [c.evidence[0].id],
            "the change rests on the link"
        );
    }
    for id in ids(10..=24) {
        assert!(commitment(&harness, &id).history.is_empty(), "{id}");
    }

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    for id in ids(1..=9) {
        let c = commitment(&harness, &id);
        assert!(
            c.history.is_empty() && c.evidence.is_empty(),
            "{id} after undo"
        );
        assert_eq!(c.status, Status::NotAssessed);
    }
}

#[test]
fn ctrl_click_toggles_rows_and_escape_goes_back_to_one() {
    let mut harness = harness();
    harness.run();
    row_click(&mut harness, "R01", Modifiers::NONE);
    row_click(&mut harness, "R03", Modifiers::COMMAND);
    row_click(&mut harness, "R05", Modifiers::COMMAND);
    assert!(harness.query_by_label("3 items selected").is_some());
    assert!(row_highlighted(&harness, "R03"));
    assert!(!row_highlighted(&harness, "R02"));

    row_click(&mut harness, "R03", Modifiers::COMMAND);
    assert!(harness.query_by_label("2 items selected").is_some());
    assert!(
        !row_highlighted(&harness, "R03"),
        "a second Ctrl+click lets it go"
    );
    assert!(row_highlighted(&harness, "R01") && row_highlighted(&harness, "R05"));

    harness.key_press(Key::Escape);
    harness.run();
    assert!(
        harness.query_by_label_contains("items selected").is_none(),
        "Escape goes back to one row"
    );
    assert_eq!(harness.state().ui.multi.ids.len(), 0);
    assert!(harness.state().ui.selected.is_some());

    // A plain click after a pick also leaves one row.
    row_click(&mut harness, "R07", Modifiers::COMMAND);
    assert!(harness.query_by_label("2 items selected").is_some());
    row_click(&mut harness, "R09", Modifiers::NONE);
    assert!(harness.query_by_label_contains("items selected").is_none());
    assert!(row_highlighted(&harness, "R09") && !row_highlighted(&harness, "R07"));
}

#[test]
fn linking_skips_the_recommendations_picked_and_says_so() {
    let mut harness = harness();
    harness.run();
    row_click(&mut harness, "R24", Modifiers::NONE);
    row_click(&mut harness, "UPR-1", Modifiers::COMMAND);
    row_click(&mut harness, "R23", Modifiers::COMMAND);
    assert!(harness.query_by_label("3 items selected").is_some());
    assert!(
        harness
            .query_by_label_contains("1 recommendation in the selection is skipped")
            .is_some()
    );
    choose(
        &mut harness,
        "Recommendation",
        "UPR-1  Make the courts independent",
    );
    choose(&mut harness, "Relation", "Answers in part");
    click(&mut harness, "Link all");
    for id in ["R23", "R24"] {
        let links = &commitment(&harness, id).links;
        assert_eq!(links.len(), 1, "{id}");
        assert_eq!(links[0].recommendation, "UPR-1");
    }
    assert!(commitment(&harness, "UPR-1").links.is_empty());
    assert_eq!(
        harness.state().ui.batch.result.as_deref(),
        Some("2 commitments linked to UPR-1. 1 recommendation skipped.")
    );
}
