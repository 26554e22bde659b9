//! Files that never lose work, in the window: the close prompt, recovery after a crash,
//! files from newer versions, and files changed by someone else.

use crate::ui_common;

use std::time::Duration;

use egui::{ViewportCommand, ViewportEvent, ViewportId};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use reform_tracker::app::{App, Confirm, PendingAction, RECOVERY_DELAY, Startup};
use reform_tracker::storage;
use ui_common::{
    answer_path, app_harness, app_harness_with, click, menu, open_file, retitle, save_as, save_key,
    wait_for,
};

/// Ctrl+S, then waits for the write on its worker thread.
fn save_and_wait(harness: &mut Harness<'_, App>) {
    save_key(harness);
    wait_for(harness, "the save", |app| app.saving_path().is_none());
}

fn request_close(harness: &mut Harness<'_, App>) {
    harness
        .input_mut()
        .viewports
        .entry(ViewportId::ROOT)
        .or_default()
        .events
        .push(ViewportEvent::Close);
    harness.step();
}

fn root_commands(harness: &Harness<'_, App>) -> Vec<ViewportCommand> {
    harness
        .output()
        .viewport_output
        .get(&ViewportId::ROOT)
        .map(|v| v.commands.clone())
        .unwrap_or_default()
}

#[test]
fn closing_with_unsaved_changes_asks_and_cancel_keeps_the_window() {
    let mut harness = app_harness();
    retitle(&mut harness, "A1", "Changed");
    assert!(harness.state().doc.dirty);

    request_close(&mut harness);
    assert!(
        root_commands(&harness).contains(&ViewportCommand::CancelClose),
        "the close is held back"
    );
    harness.run();
    assert_eq!(
        harness.state().ui.confirm,
        Some(Confirm::Unsaved(PendingAction::Close))
    );
    assert!(harness.query_by_label_contains("Save changes to").is_some());
    click(&mut harness, "Cancel");
    assert!(harness.state().ui.confirm.is_none());
    assert_eq!(
        harness.state().doc.project.commitments[0].title,
        "Changed",
        "nothing was lost"
    );

    // Without unsaved changes the window just closes.
    let mut clean = app_harness();
    request_close(&mut clean);
    assert!(!root_commands(&clean).contains(&ViewportCommand::CancelClose));
}

#[test]
fn new_with_unsaved_changes_asks_and_dont_save_goes_on() {
    let mut harness = app_harness();
    retitle(&mut harness, "A1", "Changed");
    menu(&mut harness, "File", "New");
    assert!(
        harness
            .query_by_label_contains("before starting a new project")
            .is_some()
    );
    click(&mut harness, "Don't save");
    assert!(
        harness.state().doc.project.commitments.is_empty(),
        "a new, empty project"
    );
}

#[test]
fn recovery_copy_is_offered_on_next_start_and_restores_the_exact_edit() {
    let dir = tempfile::tempdir().unwrap();
    let startup = || Startup {
        recovery_dir: Some(dir.path().to_path_buf()),
        ..Default::default()
    };
    {
        let mut harness = app_harness_with(startup());
        retitle(&mut harness, "A4", "Edited before the crash");
        // Let the quiet time pass; the copy is written on a worker thread.
        let deadline = std::time::Instant::now() + RECOVERY_DELAY + Duration::from_secs(10);
        while storage::recovery::copies_in(dir.path()).is_empty()
            && std::time::Instant::now() < deadline
        {
            std::thread::sleep(Duration::from_millis(100));
            harness.step();
        }
        assert!(
            !storage::recovery::copies_in(dir.path()).is_empty(),
            "a recovery copy was written"
        );
        // The harness is dropped without saving: as if the app had been killed.
    }
    let mut harness = app_harness_with(startup());
    harness.run();
    assert!(harness.query_by_label("Restore unsaved work?").is_some());
    assert!(
        harness.query_by_label_contains("48 commitments").is_some(),
        "says what the copy is"
    );
    assert!(
        harness
            .query_by_label_contains("It also holds 12 recommendations.")
            .is_some(),
        "and its recommendations, counted apart"
    );
    click(&mut harness, "Restore");
    let app = harness.state();
    assert_eq!(
        app.doc.project.commitments[3].title,
        "Edited before the crash"
    );
    assert!(app.doc.dirty, "restored work still needs saving");

    // A real save removes the copy.
    let saved = dir.path().join("saved.ron");
    save_as(&mut harness, &saved);
    assert!(!harness.state().doc.dirty);
    assert!(storage::recovery::copies_in(dir.path()).is_empty());
}

#[test]
fn a_newer_version_file_opens_read_only_and_is_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.ron");
    let text = storage::SHIPPED_TRACKER.replacen("format_version: 4", "format_version: 99", 1);
    std::fs::write(&path, &text).unwrap();

    let mut harness = app_harness();
    open_file(&mut harness, &path);
    assert!(harness.state().doc.read_only.is_some());
    assert!(
        harness
            .query_by_label_contains("Opened read-only")
            .is_some()
    );

    retitle(&mut harness, "A1", "Changed");
    save_key(&mut harness);
    wait_for(&mut harness, "the path field", |app| {
        app.ui.path_prompt.is_some()
    });
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        text,
        "Save never writes over it"
    );
    // Saving to a new name, in the field Save opened, works.
    let copy = dir.path().join("copy.ron");
    answer_path(&mut harness, &copy);
    wait_for(&mut harness, "the save", |app| app.saving_path().is_none());
    assert_eq!(
        storage::load_file(&copy).unwrap().project.commitments[0].title,
        "Changed"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
}

#[test]
fn a_file_changed_by_someone_else_is_not_overwritten_without_asking() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shared.ron");
    let mut harness = app_harness();
    save_as(&mut harness, &path);
    // Our own saves never trigger the question.
    retitle(&mut harness, "A1", "Ours");
    save_and_wait(&mut harness);
    assert!(harness.state().ui.confirm.is_none());
    assert!(!harness.state().doc.dirty);

    let theirs = std::fs::read_to_string(&path)
        .unwrap()
        .replacen("Ours", "Theirs, longer", 1);
    std::fs::write(&path, &theirs).unwrap();
    retitle(&mut harness, "A2", "Ours again");
    save_key(&mut harness);
    assert_eq!(harness.state().ui.confirm, Some(Confirm::ChangedOnDisk));
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        theirs,
        "untouched until the user answers"
    );

    click(&mut harness, "Reload from disk");
    assert_eq!(
        harness.state().doc.project.commitments[0].title,
        "Theirs, longer"
    );
}

#[test]
fn a_failed_save_says_why_and_keeps_the_work_unsaved() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_harness();
    retitle(&mut harness, "A1", "Precious");
    save_as(&mut harness, &dir.path().join("no/such/folder/x.ron"));
    let message = harness
        .state()
        .ui
        .message
        .clone()
        .expect("the failure is explained");
    assert!(message.title.contains("not saved"), "{message:?}");
    assert!(harness.state().doc.dirty, "still unsaved");
    assert_eq!(harness.state().doc.path, None);
    click(&mut harness, "OK");
    // It can be saved elsewhere.
    let good = dir.path().join("x.ron");
    save_as(&mut harness, &good);
    assert!(!harness.state().doc.dirty);
    assert_eq!(
        storage::load_file(&good).unwrap().project.commitments[0].title,
        "Precious"
    );
}

#[test]
fn coming_back_to_the_window_notices_a_file_changed_meanwhile() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shared.ron");
    let mut harness = app_harness();
    save_as(&mut harness, &path);
    let set_focus = |harness: &mut Harness<'_, App>, focused: bool| {
        harness
            .input_mut()
            .viewports
            .entry(ViewportId::ROOT)
            .or_default()
            .focused = Some(focused);
        harness.run();
    };
    set_focus(&mut harness, false);
    set_focus(&mut harness, true);
    assert!(
        harness.state().ui.confirm.is_none(),
        "nothing changed: no question"
    );

    set_focus(&mut harness, false);
    let theirs = std::fs::read_to_string(&path).unwrap().replacen(
        "format_version: 4,",
        "format_version: 4,\n",
        1,
    );
    std::fs::write(&path, theirs).unwrap();
    set_focus(&mut harness, true);
    assert_eq!(harness.state().ui.confirm, Some(Confirm::ChangedOnDisk));
    assert!(
        harness
            .query_by_label_contains("was changed by another program")
            .is_some()
    );
}

#[derive(Debug)]
struct Dropped(std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn a_project_dropped_on_the_window_opens() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dropped.ron");
    let mut project = storage::shipped_tracker();
    project.title = "Dropped tracker".into();
    storage::save_file(&path, &project).unwrap();
    let mut harness = app_harness();
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(path.clone())));
    harness.run();
    assert_eq!(harness.state().doc.project.title, "Dropped tracker");
    assert_eq!(harness.state().doc.path.as_deref(), Some(path.as_path()));
}

#[test]
fn save_elsewhere_keeps_the_changed_file_and_asks_for_a_new_name() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shared.ron");
    let mut harness = app_harness();
    save_as(&mut harness, &path);
    let theirs = std::fs::read_to_string(&path).unwrap().replacen(
        "format_version: 4,",
        "format_version: 4,\n",
        1,
    );
    std::fs::write(&path, &theirs).unwrap();
    retitle(&mut harness, "A2", "Ours");
    save_key(&mut harness);
    click(&mut harness, "Save elsewhere…");
    // No dialog can be shown here: the app offers to type a path instead.
    for _ in 0..100 {
        harness.step();
        if harness.state().ui.path_prompt.is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(harness.state().ui.confirm.is_none());
    assert!(
        harness.state().ui.path_prompt.is_some(),
        "asked where to save instead"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), theirs);
    assert!(harness.state().doc.dirty);
}

#[test]
fn open_with_unsaved_changes_asks_once_and_a_cancelled_open_still_asks_next_time() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.ron");
    let mut other = storage::shipped_tracker();
    other.title = "Other tracker".into();
    storage::save_file(&path, &other).unwrap();

    let mut harness = app_harness();
    retitle(&mut harness, "A1", "Changed");
    menu(&mut harness, "File", "Open…");
    assert!(harness.query_by_label_contains("Save changes to").is_some());
    click(&mut harness, "Don't save");
    answer_path(&mut harness, &path);
    assert_eq!(harness.state().ui.confirm, None, "asked only once");
    wait_for(&mut harness, "the open", |app| app.loading_path().is_none());
    assert_eq!(harness.state().doc.project.title, "Other tracker");
    assert_eq!(harness.state().doc.path.as_deref(), Some(path.as_path()));

    // Called off at the path: the work is kept, and the next open asks again.
    retitle(&mut harness, "A1", "Changed again");
    menu(&mut harness, "File", "Open…");
    click(&mut harness, "Don't save");
    wait_for(&mut harness, "the path field", |app| {
        app.ui.path_prompt.is_some()
    });
    answer_cancel(&mut harness);
    assert_eq!(
        harness.state().doc.project.commitments[0].title,
        "Changed again"
    );
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(path.clone())));
    harness.run();
    assert_eq!(
        harness.state().ui.confirm,
        Some(Confirm::Unsaved(PendingAction::OpenPath(path.clone())))
    );
}

/// The path field's Cancel, drawn last, over the window.
fn answer_cancel(harness: &mut Harness<'_, App>) {
    harness
        .query_all_by_label("Cancel")
        .last()
        .expect("the path field has Cancel")
        .click();
    harness.run();
}

/// Escape in the path field that stands in for a file dialog cancels it, as in every other
/// dialog: nothing opens, and the window is the user's again (the command palette, say).
#[test]
fn escape_cancels_the_path_field_and_gives_the_window_back() {
    let mut harness = ui_common::app_harness();
    let title = harness.state().doc.project.title.clone();
    ui_common::menu(&mut harness, "File", "Open…");
    ui_common::wait_for(&mut harness, "the path field", |app| {
        app.ui.path_prompt.is_some()
    });
    harness
        .get_by_label("File path")
        .type_text("/nowhere/x.ron");
    harness.key_press(egui::Key::Escape);
    harness.run();
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(
        harness.state().ui.path_prompt.is_none(),
        "the field is gone"
    );
    assert!(!harness.state().ui.modal_open());
    assert_eq!(
        harness.state().doc.project.title,
        title,
        "nothing was opened"
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::K);
    harness.run();
    assert!(
        harness.query_by_label("Find an action").is_some(),
        "the palette opens"
    );
}
