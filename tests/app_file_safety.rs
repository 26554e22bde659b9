//! Files the app promised to keep, kept: one recovery copy per window, restored work that keeps
//! its file's read-only state and stamp, Save As that never suggests or writes the kept file,
//! comments that are not dropped without a word, and a status bar that tells the truth.

mod ui_common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use reform_tracker::app::{App, RECOVERY_DELAY, Startup};
use reform_tracker::storage;
use ui_common::{app_harness, app_harness_with, click};

fn startup(recovery: &Path, file: &Path) -> Startup {
    Startup {
        recovery_dir: Some(recovery.to_path_buf()),
        file: Some(file.to_path_buf()),
        ..Default::default()
    }
}

/// How many commitments the shipped tracker holds.
fn shipped() -> usize {
    storage::shipped_tracker().commitments.len()
}

/// A copy of the shipped tracker at `dir/name`.
fn tracker_file(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, storage::SHIPPED_TRACKER).unwrap();
    path
}

fn menu(harness: &mut Harness<'_, App>, menu: &str, item: &str) {
    harness.get_by_label(menu).click();
    harness.run();
    harness.get_by_label(item).click();
    harness.run();
}

/// An edit a user makes from the menu: Edit > Add reform.
fn add_reform(harness: &mut Harness<'_, App>) {
    menu(harness, "Edit", "Add reform");
}

fn save_key(harness: &mut Harness<'_, App>) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
}

/// Steps the window until `done`, for work done on other threads (recovery copies, dialogs).
fn step_until(
    harness: &mut Harness<'_, App>,
    what: &str,
    done: impl Fn(&Harness<'_, App>) -> bool,
) {
    let deadline = Instant::now() + RECOVERY_DELAY + Duration::from_secs(15);
    while !done(harness) {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
        harness.step();
    }
    harness.run();
}

/// The recovery copies in `dir`, read as a user would find them in the folder.
fn copies_in(dir: &Path) -> Vec<PathBuf> {
    let mut copies: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    copies.retain(|p| {
        let name = p.file_name().unwrap().to_string_lossy();
        name.starts_with("recovery") && name.ends_with(".ron")
    });
    copies.sort();
    copies
}

fn wait_for_copies(harness: &mut Harness<'_, App>, dir: &Path, n: usize) {
    step_until(harness, "the recovery copy", |_| copies_in(dir).len() == n);
}

fn wait_for_path_prompt(harness: &mut Harness<'_, App>) {
    step_until(harness, "the path prompt", |h| {
        h.query_by_label("File path").is_some()
    });
}

fn path_field(harness: &Harness<'_, App>) -> String {
    harness
        .get_by_label("File path")
        .value()
        .unwrap_or_default()
}

fn offered(harness: &Harness<'_, App>) -> bool {
    harness.query_by_label("Restore unsaved work?").is_some()
}

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
            .query_by_label_contains(&format!("{} commitments", shipped() + 1))
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

    let theirs = storage::SHIPPED_TRACKER.replacen("format_version: 2,", "format_version: 2,\n", 1);
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
    let text = storage::SHIPPED_TRACKER.replacen("format_version: 2", "format_version: 99", 1);
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
    let theirs = storage::SHIPPED_TRACKER.replacen("format_version: 2,", "format_version: 2,\n", 1);
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
fn save_elsewhere_offers_a_new_name_and_refuses_the_kept_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = tracker_file(dir.path(), "shared.ron");
    let mut harness = app_harness_with(Startup {
        file: Some(file.clone()),
        ..Default::default()
    });
    harness.run();
    let theirs = storage::SHIPPED_TRACKER.replacen("format_version: 2,", "format_version: 2,\n", 1);
    std::fs::write(&file, &theirs).unwrap();
    add_reform(&mut harness);
    save_key(&mut harness);
    click(&mut harness, "Save elsewhere…");
    wait_for_path_prompt(&mut harness);
    let copy = dir.path().join("shared (copy).ron");
    assert_eq!(path_field(&harness), copy.display().to_string());
    assert!(
        harness.get_by_label("File path").is_focused(),
        "typing goes to the field at once"
    );

    // Typing the kept file's path is refused, in words.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_label("File path")
        .type_text(&file.display().to_string());
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    assert!(
        harness
            .query_by_label("Not saved over shared.ron")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("shared (copy).ron")
            .is_some()
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), theirs);
    click(&mut harness, "OK");
    assert!(harness.query_by_label("Unsaved changes").is_some());

    // Typing replaces the suggested name only; the folder stays.
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    harness.run();
    wait_for_path_prompt(&mut harness);
    harness.get_by_label("File path").type_text("mine");
    harness.run();
    let mine = dir.path().join("mine.ron");
    assert_eq!(path_field(&harness), mine.display().to_string());
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(
        storage::load_file(&mine).unwrap().project.commitments.len(),
        shipped() + 1
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), theirs);
}

const COMMENTED: &str = "// Checked against the decree of 2022-06-05.\n";

fn commented_file(dir: &Path) -> PathBuf {
    let path = dir.join("annotated.ron");
    std::fs::write(&path, format!("{COMMENTED}{}", storage::SHIPPED_TRACKER)).unwrap();
    path
}

#[test]
fn a_file_with_comments_asks_before_the_first_save_and_can_be_kept() {
    let dir = tempfile::tempdir().unwrap();
    let file = commented_file(dir.path());
    let before = std::fs::read_to_string(&file).unwrap();
    let mut harness = app_harness_with(Startup {
        file: Some(file.clone()),
        ..Default::default()
    });
    add_reform(&mut harness);
    save_key(&mut harness);
    assert!(
        harness
            .query_by_label("annotated.ron holds comments")
            .is_some()
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), before);

    click(&mut harness, "Save as a new file…");
    wait_for_path_prompt(&mut harness);
    harness.key_press(Key::Enter);
    harness.run();
    let copy = dir.path().join("annotated (copy).ron");
    assert_eq!(
        storage::load_file(&copy).unwrap().project.commitments.len(),
        shipped() + 1
    );
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        before,
        "comments kept"
    );
}

#[test]
fn saving_anyway_over_a_file_with_comments_asks_once() {
    let dir = tempfile::tempdir().unwrap();
    let file = commented_file(dir.path());
    let mut harness = app_harness_with(Startup {
        file: Some(file.clone()),
        ..Default::default()
    });
    add_reform(&mut harness);
    save_key(&mut harness);
    click(&mut harness, "Save anyway, removing the comments");
    assert!(harness.query_by_label("All changes saved").is_some());
    let saved = storage::load_file(&file).unwrap();
    assert_eq!(saved.project.commitments.len(), shipped() + 1);
    assert!(!std::fs::read_to_string(&file).unwrap().contains(COMMENTED));

    add_reform(&mut harness);
    save_key(&mut harness);
    assert!(harness.query_by_label_contains("holds comments").is_none());
    assert_eq!(
        storage::load_file(&file).unwrap().project.commitments.len(),
        shipped() + 2
    );
}

#[test]
fn undo_then_redo_back_to_the_saved_state_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let rec = dir.path().join("recovery");
    let file = tracker_file(dir.path(), "t.ron");
    let mut harness = app_harness_with(startup(&rec, &file));
    add_reform(&mut harness);
    wait_for_copies(&mut harness, &rec, 1);
    assert!(harness.query_by_label("Unsaved changes").is_some());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(
        harness.query_by_label("All changes saved").is_some(),
        "undone back to the file's content"
    );
    assert!(copies_in(&rec).is_empty(), "nothing left to recover");
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    save_key(&mut harness);
    assert!(harness.query_by_label("All changes saved").is_some());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(harness.query_by_label("Unsaved changes").is_some());
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert!(
        harness.query_by_label("All changes saved").is_some(),
        "redone back to what was saved"
    );
    assert!(!harness.state().doc.window_title().contains('•'));
}

#[test]
fn on_first_start_the_status_bar_says_one_true_thing() {
    let mut harness = app_harness();
    harness.run();
    assert!(
        harness
            .query_by_label("Untitled — not saved to a file yet")
            .is_some()
    );
    assert!(harness.query_by_label("All changes saved").is_none());
    add_reform(&mut harness);
    assert!(harness.query_by_label("Unsaved changes").is_some());
}
