//! A UN Universal Human Rights Index (UHRI) export imported through the window with the
//! built-in mapping: File → Import…, the preset, the summary, Import, and one Undo. The
//! fixture's texts and ids are made up ("Fixture row"), its headers those UHRI parsers read.

use crate::app_import::{start_import, targets};
use crate::ui_common;

use std::path::PathBuf;

use egui_kittest::kittest::Queryable as _;
use reform_tracker::app::{Document, Startup};
use reform_tracker::model::import::Target;
use reform_tracker::model::{Commitment, Position, Project};
use ui_common::{app_harness_with, choose, click, wait_for};

const PRESET: &str = "UN Universal Human Rights Index (UHRI)";

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/uhri/kazakhstan-sample.xlsx")
}

/// A tracker that already holds the fixture's second recommendation, as an analyst left it.
fn tracker() -> Project {
    let mut held = Commitment::new_recommendation("UHRI-FIXTURE-0002", "Judges, our wording");
    held.quote = "An older text".into();
    Project {
        title: "Recommendations to Kazakhstan".into(),
        commitments: vec![held],
        ..Project::default()
    }
}

#[test]
fn a_uhri_export_merges_by_id_through_the_preset_and_one_undo_takes_it_back() {
    let mut harness = app_harness_with(Startup {
        document: Some(Document::untitled(tracker())),
        ..Startup::default()
    });
    harness.run();
    let before = harness.state().doc.project.clone();
    start_import(&mut harness, &fixture());

    // Columns are mapped by hand first, then the built-in mapping sets them all.
    choose(&mut harness, "Text", "Quote");
    assert!(targets(harness.state()).contains(&Target::Quote));
    choose(&mut harness, "Built-in mapping", PRESET);
    let mapped = targets(harness.state());
    assert!(mapped.contains(&Target::RecommendationText), "{mapped:?}");
    assert!(mapped.contains(&Target::UhriId) && !mapped.contains(&Target::Quote));

    click(&mut harness, "Show changes…");
    assert!(
        harness
            .query_by_label("5 new, 1 updated, 0 status changes, 0 rows refused")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("Source documents added: FIXTURE/HRC/99/1")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("Vocabulary terms added:")
            .is_some()
    );
    assert_eq!(
        harness.state().doc.project,
        before,
        "nothing changes before Import"
    );

    click(&mut harness, "Import");
    let after = harness.state().doc.project.clone();
    assert_eq!(after.commitments.len(), 6, "one id merged, five added");
    let mut ids: Vec<&str> = after.commitments.iter().map(|c| c.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 6, "no id twice");
    let held = after
        .commitments
        .iter()
        .find(|c| c.id == "UHRI-FIXTURE-0002")
        .unwrap();
    assert_eq!(
        held.quote,
        "Строка-образец (Fixture row 2), не текст ООН: обеспечить независимость условных судей."
    );
    assert_eq!(held.title, "Judges, our wording");
    let details = held.recommendation.as_ref().unwrap();
    assert_eq!(details.language, "ru");
    assert_eq!(details.paragraph, "901.2");
    assert_eq!(
        details.response.as_ref().map(|r| r.position),
        Some(Position::Noted)
    );
    assert!(after.terms.iter().any(|t| t.id == "theme-judiciary"));
    assert!(harness.state().doc.dirty);

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(
        harness.state().doc.project,
        before,
        "one Undo takes the whole import back, terms and sources too"
    );
}

#[test]
fn the_preset_on_another_sheet_says_which_columns_are_missing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tracker.csv");
    std::fs::write(&path, "Код,Text\nA1,Something\n").unwrap();
    let mut harness = app_harness_with(Startup::default());
    start_import(&mut harness, &path);
    let proposed = targets(harness.state());
    choose(&mut harness, "Built-in mapping", PRESET);
    wait_for(&mut harness, "the message", |app| app.ui.message.is_some());
    assert!(
        harness
            .query_by_label_contains(&format!("This sheet is not a {PRESET} export"))
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("It has no column named “OHCHR Annotation Id”")
            .is_some()
    );
    assert!(
        harness.state().ui.dialogs.import().is_some(),
        "the import stays open"
    );
    assert_eq!(
        targets(harness.state()),
        proposed,
        "the mapping is unchanged"
    );
}
