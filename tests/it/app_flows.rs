//! Whole-app flows on the real `App`, driven like a user would through egui_kittest.

use crate::ui_common;
use egui::Key;
use egui::accesskit::Role;

use egui_kittest::kittest::Queryable as _;
use reform_tracker::model::Status;
use reform_tracker::storage;
use ui_common::{app_harness, click, index_of, open_file, save_as, select_by_search, type_into};

#[test]
fn edit_status_evidence_and_note_then_save_and_load_them_back() {
    let mut harness = app_harness();
    let p12 = index_of(harness.state(), "P12");
    let history_before = harness.state().doc.project.commitments[p12].history.len();
    let evidence_before = harness.state().doc.project.commitments[p12].evidence.len();

    select_by_search(&mut harness, "P12");
    assert_eq!(harness.state().ui.selected, Some(p12));

    // Change the status: the history grows by one entry.
    click(&mut harness, "Change status…");
    harness
        .get_by_role_and_label(Role::ComboBox, "New status")
        .click();
    harness.run();
    harness.get_by_label("Stalled").click();
    harness.run();
    type_into(
        &mut harness,
        "Why (note)",
        "No party registered since the test date",
    );
    click(&mut harness, "Record status change");
    let c = &harness.state().doc.project.commitments[p12];
    assert_eq!(c.status, Status::Stalled);
    assert_eq!(c.history.len(), history_before + 1);
    let last = c.history.last().unwrap();
    assert_eq!(last.to, Status::Stalled);
    assert_eq!(last.note, "No party registered since the test date");

    // Add an evidence link.
    click(&mut harness, "Add evidence link…");
    type_into(&mut harness, "Link title", "Registration refusal report");
    type_into(&mut harness, "Web address", "https://example.org/refusal");
    click(&mut harness, "Add evidence");
    let c = &harness.state().doc.project.commitments[p12];
    assert_eq!(c.evidence.len(), evidence_before + 1);
    assert_eq!(
        c.evidence.last().unwrap().url,
        "https://example.org/refusal"
    );

    // Add a note.
    type_into(
        &mut harness,
        "New note",
        "Check again after the next congress",
    );
    click(&mut harness, "Add note");
    assert!(harness.state().doc.dirty);
    assert!(harness.query_by_label_contains("Unsaved changes").is_some());

    // File → Save As…, then read the file back.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("edited.ron");
    save_as(&mut harness, &path);
    assert!(
        !harness.state().doc.dirty,
        "a successful save leaves nothing unsaved"
    );
    assert_eq!(harness.state().doc.path.as_deref(), Some(path.as_path()));

    let loaded = storage::load_file(&path).unwrap().project;
    let c = loaded.commitments.iter().find(|c| c.id == "P12").unwrap();
    assert_eq!(c.status, Status::Stalled);
    assert_eq!(c.history.len(), history_before + 1);
    assert!(
        c.evidence
            .iter()
            .any(|e| e.title == "Registration refusal report")
    );
    assert!(
        c.notes
            .iter()
            .any(|n| n.text == "Check again after the next congress")
    );
}

#[test]
fn a_broken_file_shows_line_and_column_and_keeps_the_open_document() {
    let mut harness = app_harness();
    let before = harness.state().doc.project.clone();
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("broken.ron");
    let text = "(\n    format_version: 2,\n    title: \"x\" \"y\",\n)\n";
    std::fs::write(&bad, text).unwrap();

    open_file(&mut harness, &bad);

    let message = harness
        .state()
        .ui
        .message
        .clone()
        .expect("an error is shown");
    assert!(message.title.contains("broken.ron"), "{message:?}");
    assert!(message.body.contains("line 3"), "{message:?}");
    assert!(message.body.contains("column"), "{message:?}");
    assert!(
        harness.query_by_label_contains("line 3").is_some(),
        "the window shows where the error is"
    );
    assert_eq!(
        harness.state().doc.project,
        before,
        "the open document is untouched"
    );
    assert_eq!(harness.state().doc.path, None);
    assert_eq!(
        std::fs::read_to_string(&bad).unwrap(),
        text,
        "the bad file is never written"
    );

    harness.get_by_label("OK").click();
    harness.run();
    assert!(harness.state().ui.message.is_none());
}

#[test]
fn clicking_an_evidence_link_opens_it() {
    // Unsafe addresses are never drawn as links (tests/app_evidence.rs), and the command
    // refuses them anyway (a unit test in src/app/run.rs).
    let mut harness = app_harness();
    select_by_search(&mut harness, "P12");
    let title = "Threshold for party registration should be reduced fourfold, Kazakh President Tokayev says";
    harness
        .get_by_role_and_label(Role::Link, title)
        .scroll_to_me();
    harness.run();
    harness.get_by_role_and_label(Role::Link, title).click();
    harness.step();
    let opened = ui_common::opened_urls(&harness);
    assert_eq!(
        opened,
        vec![
            "https://astanatimes.com/2022/03/threshold-for-party-registration-should-be-reduced-fourfold-kazakh-president-tokayev-says/"
                .to_owned()
        ]
    );
    assert!(harness.state().ui.message.is_none());
}

#[test]
fn ctrl_s_on_an_untitled_copy_asks_where_to_save() {
    let mut harness = app_harness();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::S);
    // The dialog runs on its own thread; on a machine without one the app offers a path field.
    for _ in 0..100 {
        harness.step();
        if harness.state().ui.path_prompt.is_some() || !harness.state().dialog_open() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    harness.run();
    let prompt = harness
        .state()
        .ui
        .path_prompt
        .clone()
        .expect("asked for a path");
    assert!(prompt.reason.contains("Type the file's path"), "{prompt:?}");
    assert!(harness.query_by_label("File path").is_some());
}

#[test]
fn main_window_snapshot() {
    let mut harness = app_harness();
    harness.run();
    // The shipped tracker has deadlines: a fixed day keeps the overdue marks the same tomorrow.
    type_into(&mut harness, "As of", "2026-11-29");
    harness.remove_cursor();
    harness.run();
    harness.snapshot("main_window");
}

#[test]
fn detail_editor_snapshot() {
    let mut harness = app_harness();
    select_by_search(&mut harness, "P12");
    harness.get_by_label("Clear").click();
    // The shipped tracker has deadlines: a fixed day keeps the overdue marks the same tomorrow.
    type_into(&mut harness, "As of", "2026-11-29");
    harness.remove_cursor();
    harness.run();
    harness.snapshot("detail_editor");
}
