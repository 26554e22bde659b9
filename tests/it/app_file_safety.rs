//! Files the app promised to keep, kept: Save As never suggests or writes the kept file,
//! comments are not dropped without a word, and the status bar tells the truth about saving.

use crate::files_common;
use crate::ui_common;

use std::path::{Path, PathBuf};

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;
use files_common::*;
use reform_tracker::app::Startup;
use reform_tracker::storage;
use ui_common::{app_harness, app_harness_with, click};

#[test]
fn save_elsewhere_offers_a_new_name_and_refuses_the_kept_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = tracker_file(dir.path(), "shared.ron");
    let mut harness = app_harness_with(Startup {
        file: Some(file.clone()),
        ..Default::default()
    });
    harness.run();
    let theirs = storage::SHIPPED_TRACKER.replacen("format_version: 4,", "format_version: 4,\n", 1);
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

/// A chain of questions and a failed open never ends in a save nobody asked for: after
/// "Save anyway", another program's change, a cancelled save, Open → Don't save and a file
/// that cannot be read, the other program's text is still in the file.
#[test]
fn a_failed_open_after_a_cancelled_save_writes_nothing() {
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

    let theirs = format!(
        "{}// Note from a colleague.\n",
        std::fs::read_to_string(&file).unwrap()
    );
    std::fs::write(&file, &theirs).unwrap();
    add_reform(&mut harness);
    save_key(&mut harness);
    assert!(
        harness
            .query_by_label_contains("changed by another program")
            .is_some()
    );
    click(&mut harness, "Cancel");

    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "(format_version: 4, title: ").unwrap();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run();
    click(&mut harness, "Don't save");
    ui_common::answer_path(&mut harness, &broken);
    // A native file dialog takes the keyboard from the window and gives it back.
    ui_common::set_focused(&mut harness, false);
    ui_common::set_focused(&mut harness, true);
    assert!(harness.query_by_label_contains("Could not open").is_some());
    click(&mut harness, "OK");
    for _ in 0..5 {
        harness.step();
    }
    harness.run();

    assert!(
        std::fs::read_to_string(&file).unwrap() == theirs,
        "the other program's change is still in the file"
    );
    // Now that nothing else is shown, the window says the file changed.
    assert!(
        harness
            .query_by_label_contains("changed by another program")
            .is_some()
    );
    assert!(harness.query_by_label("Unsaved changes").is_some());
    assert!(harness.query_by_label("All changes saved").is_none());
}

/// An untitled project is offered a file named after its title, in the documents folder when
/// there is one, never "tracker.ron" in whatever folder the program started from.
#[test]
fn an_untitled_project_is_offered_its_title_as_file_name() {
    let mut harness = app_harness();
    harness.run();
    save_key(&mut harness);
    wait_for_path_prompt(&mut harness);
    let offered = path_field(&harness);
    let title = harness.state().doc.project.title.clone();
    assert!(
        offered.ends_with("kazakhstan-political-reforms-of-16-march-2022-u-s.ron"),
        "{offered} (from {title})"
    );
}

/// The unsaved-changes question names the project the window shows, not "Untitled".
#[test]
fn the_unsaved_question_names_the_project_shown() {
    let mut harness = app_harness();
    add_reform(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    let title = harness.state().doc.project.title.clone();
    assert!(
        harness
            .query_by_label(&format!(
                "Save changes to {title} before starting a new project?"
            ))
            .is_some()
    );
}

/// The shipped tracker with A1 retitled, as a colleague's program would leave the file.
fn colleagues_version() -> String {
    storage::SHIPPED_TRACKER.replacen(
        "title: \"Strengthen the legislative branch of authority (empower Parliament)\"",
        "title: \"Strengthen Parliament (colleague's wording)\"",
        1,
    )
}

fn a1_title(harness: &egui_kittest::Harness<'_, reform_tracker::app::App>) -> String {
    let app = harness.state();
    let i = app
        .doc
        .project
        .commitments
        .iter()
        .position(|c| c.id == "A1")
        .unwrap();
    app.doc.project.commitments[i].title.clone()
}

/// A file changed by another program while the window shows it, with nothing unsaved: the
/// window reloads it by itself and says so.
#[test]
fn a_file_rewritten_while_shown_reloads_by_itself() {
    let dir = tempfile::tempdir().unwrap();
    let rec = dir.path().join("recovery");
    let file = tracker_file(dir.path(), "shared.ron");
    let mut harness = app_harness_with(startup(&rec, &file));
    harness.run();
    std::fs::write(&file, colleagues_version()).unwrap();
    step_until(&mut harness, "the reload", |h| {
        a1_title(h) == "Strengthen Parliament (colleague's wording)"
    });
    assert!(
        harness
            .query_by_label_contains("was changed by another program and has been reloaded")
            .is_some()
    );
    assert!(harness.query_by_label("All changes saved").is_some());
}

/// With unsaved work, the window asks by itself, names what changed, and merges the other
/// program's change into the work: both are kept, nothing is written until Save, and Save
/// then needs no second question.
#[test]
fn a_file_changed_under_unsaved_work_is_asked_about_and_merged() {
    let dir = tempfile::tempdir().unwrap();
    let rec = dir.path().join("recovery");
    let file = tracker_file(dir.path(), "shared.ron");
    let mut harness = app_harness_with(startup(&rec, &file));
    add_reform(&mut harness);
    let theirs = colleagues_version();
    std::fs::write(&file, &theirs).unwrap();
    step_until(&mut harness, "the question", |h| {
        h.query_by_label_contains("changed by another program")
            .is_some()
    });
    assert!(
        harness
            .query_by_label("What the other program changed:")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("Strengthen Parliament (colleague's wording)")
            .is_some(),
        "the change is named"
    );
    click(&mut harness, "Merge their changes");
    assert_eq!(
        a1_title(&harness),
        "Strengthen Parliament (colleague's wording)"
    );
    assert_eq!(
        harness.state().doc.project.commitments.len(),
        shipped() + 1,
        "the reform added here is kept"
    );
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        theirs,
        "nothing written yet"
    );
    assert!(harness.query_by_label("Unsaved changes").is_some());
    save_key(&mut harness);
    assert!(
        harness
            .query_by_label_contains("changed by another program")
            .is_none(),
        "their version was merged in: no second question"
    );
    let saved = storage::load_file(&file).unwrap().project;
    assert_eq!(saved.commitments.len(), shipped() + 1);
    assert!(
        saved
            .commitments
            .iter()
            .any(|c| c.title == "Strengthen Parliament (colleague's wording)")
    );
}
