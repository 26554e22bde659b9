//! Recovery copies in the window: one per window, never offered, overwritten or discarded by
//! another; restored work keeps its file's read-only state and stamp; Reload and Don't save
//! drop the window's copy for good.

use crate::files_common;
use crate::ui_common;

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;
use files_common::*;
use reform_tracker::storage;
use ui_common::{app_harness_with, click};

#[test]
fn each_window_keeps_its_own_recovery_copy() {
    let dir = tempfile::tempdir().unwrap();
    let rec = dir.path().join("recovery");
    let file = tracker_file(dir.path(), "t.ron");

    let mut first = app_harness_with(startup(&rec, &file));
    add_reform(&mut first);
    wait_for_copies(&mut first, &rec, 1);
    let first_copy = copies_in(&rec);
    let first_bytes = std::fs::read(&first_copy[0]).unwrap();

    let mut second = app_harness_with(startup(&rec, &file));
    second.run();
    assert!(
        !offered(&second),
        "the first window still runs: its copy is not offered"
    );
    add_reform(&mut second);
    add_reform(&mut second);
    wait_for_copies(&mut second, &rec, 2);
    second.key_press_modifiers(Modifiers::COMMAND, Key::N);
    second.run();
    click(&mut second, "Don't save");
    assert_eq!(
        copies_in(&rec),
        first_copy,
        "Don't save drops only the second window's copy"
    );
    assert_eq!(
        std::fs::read(&first_copy[0]).unwrap(),
        first_bytes,
        "never overwritten"
    );

    // The first window is killed: its copy is offered at the next start.
    drop(first);
    let mut third = app_harness_with(startup(&rec, &file));
    third.run();
    assert!(offered(&third));
    assert!(
        third
            .query_by_label_contains(&format!("{} commitments", shipped_commitments() + 1))
            .is_some()
    );
    click(&mut third, "Restore");
    assert_eq!(third.state().doc.project.commitments.len(), shipped() + 1);
    assert!(third.query_by_label("Unsaved changes").is_some());
}

#[test]
fn reloading_drops_the_window_copy_for_good() {
    let dir = tempfile::tempdir().unwrap();
    let rec = dir.path().join("recovery");
    let file = tracker_file(dir.path(), "t.ron");
    let mut harness = app_harness_with(startup(&rec, &file));
    add_reform(&mut harness);
    wait_for_copies(&mut harness, &rec, 1);

    let theirs = storage::SHIPPED_TRACKER.replacen("format_version: 4,", "format_version: 4,\n", 1);
    std::fs::write(&file, &theirs).unwrap();
    save_key(&mut harness);
    click(&mut harness, "Reload from disk");
    assert_eq!(harness.state().doc.project.commitments.len(), shipped());
    assert!(copies_in(&rec).is_empty());
    drop(harness);

    let mut next = app_harness_with(startup(&rec, &file));
    next.run();
    assert!(!offered(&next), "the dropped edits are not offered again");
}

#[test]
fn restored_work_on_a_read_only_file_still_never_overwrites_it() {
    let dir = tempfile::tempdir().unwrap();
    let rec = dir.path().join("recovery");
    let file = dir.path().join("future.ron");
    let text = storage::SHIPPED_TRACKER.replacen("format_version: 4", "format_version: 99", 1);
    std::fs::write(&file, &text).unwrap();
    {
        let mut harness = app_harness_with(startup(&rec, &file));
        add_reform(&mut harness);
        wait_for_copies(&mut harness, &rec, 1);
    }
    let mut harness = app_harness_with(startup(&rec, &file));
    harness.run();
    click(&mut harness, "Restore");
    assert!(
        harness
            .query_by_label_contains("Opened read-only")
            .is_some()
    );

    save_key(&mut harness);
    wait_for_path_prompt(&mut harness);
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        text,
        "Save never writes over it"
    );
    let copy = dir.path().join("future (copy).ron");
    assert_eq!(path_field(&harness), copy.display().to_string());
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(
        storage::load_file(&copy).unwrap().project.commitments.len(),
        shipped() + 1
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), text);
}

#[test]
fn restored_work_still_asks_when_its_file_changed_meanwhile() {
    let dir = tempfile::tempdir().unwrap();
    let rec = dir.path().join("recovery");
    let file = tracker_file(dir.path(), "t.ron");
    {
        let mut harness = app_harness_with(startup(&rec, &file));
        add_reform(&mut harness);
        wait_for_copies(&mut harness, &rec, 1);
    }
    let theirs = storage::SHIPPED_TRACKER.replacen("format_version: 4,", "format_version: 4,\n", 1);
    std::fs::write(&file, &theirs).unwrap();

    let mut harness = app_harness_with(startup(&rec, &file));
    harness.run();
    click(&mut harness, "Restore");
    save_key(&mut harness);
    assert!(
        harness
            .query_by_label_contains("was changed by another program")
            .is_some()
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), theirs);
}

#[test]
fn copies_of_several_killed_windows_are_offered_one_at_a_time() {
    let dir = tempfile::tempdir().unwrap();
    let rec = dir.path().join("recovery");
    let file = tracker_file(dir.path(), "t.ron");
    let mut first = app_harness_with(startup(&rec, &file));
    let mut second = app_harness_with(startup(&rec, &file));
    add_reform(&mut first);
    wait_for_copies(&mut first, &rec, 1);
    add_reform(&mut second);
    wait_for_copies(&mut second, &rec, 2);
    drop((first, second));

    let mut harness = app_harness_with(startup(&rec, &file));
    harness.run();
    assert!(offered(&harness));
    assert!(
        harness
            .query_by_label("1 more copy will be offered next.")
            .is_some()
    );
    click(&mut harness, "Discard");
    assert!(offered(&harness), "the other copy comes next");
    assert!(harness.query_by_label_contains("more cop").is_none());
    assert_eq!(copies_in(&rec).len(), 1);
    click(&mut harness, "Discard");
    assert!(!offered(&harness));
    assert!(copies_in(&rec).is_empty());
}

/// A note typed but not yet added is in the recovery copy; the restore question says what the
/// unsaved work is, and restoring puts the note back in its box.
#[test]
fn a_note_being_typed_survives_a_crash_and_the_question_says_what_is_unsaved() {
    let dir = tempfile::tempdir().unwrap();
    let rec = dir.path().join("recovery");
    let file = tracker_file(dir.path(), "t.ron");

    let mut first = app_harness_with(startup(&rec, &file));
    add_reform(&mut first);
    ui_common::select_by_search(&mut first, "P12");
    ui_common::set_text(&mut first, "New note", "Asked the ministry on 5 December");
    wait_for_copies(&mut first, &rec, 1);
    // The copy is written again once the note is typed (after the edit's copy).
    step_until(&mut first, "the copy with the note", |_| {
        copies_in(&rec)
            .first()
            .and_then(|c| std::fs::read_to_string(c).ok())
            .is_some_and(|t| t.contains("Asked the ministry"))
    });
    drop(first);

    let mut second = app_harness_with(startup(&rec, &file));
    second.run();
    assert!(offered(&second));
    assert!(
        second
            .query_by_label_contains("A note being typed on P12")
            .is_some(),
        "the question names the note"
    );
    assert!(
        second.query_by_label_contains("New commitment").is_some(),
        "and the commitment added"
    );
    click(&mut second, "Restore");
    let app = second.state();
    assert_eq!(app.ui.new_note, "Asked the ministry on 5 December");
    let shown = app
        .ui
        .selected
        .map(|i| app.doc.project.commitments[i].id.clone());
    assert_eq!(shown.as_deref(), Some("P12"));
}
