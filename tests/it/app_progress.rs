//! Opening a big file shows how far the reading has come in the status bar, and Cancel stops
//! it, leaving the project on screen exactly as it was.

use crate::ui_common;

use egui_kittest::kittest::{NodeT as _, Queryable as _};
use reform_tracker::model::synthetic::synthetic_project;
use reform_tracker::storage;
use ui_common::{app_harness, menu, set_text, wait_for};

#[test]
fn opening_a_big_file_shows_progress_and_cancel_keeps_the_project() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.ron");
    storage::save_file(&big, &synthetic_project(4_000, 5, 1)).unwrap();
    let megabytes = std::fs::metadata(&big).unwrap().len() as f64 / 1e6;
    let total = format!("of {megabytes:.1} MB");

    let mut h = app_harness();
    let before = h.state().doc.project.clone();
    menu(&mut h, "File", "Open…");
    wait_for(&mut h, "the path field", |app| app.ui.path_prompt.is_some());
    set_text(&mut h, "File path", &big.display().to_string());
    // Frame by frame from here: the window keeps painting while the file is read.
    h.key_press(egui::Key::Enter);
    for _ in 0..200 {
        h.step();
        if h.state().ui.file_progress.is_some_and(|p| p.total > 0) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    h.step();
    let bar = h.get_by_label_contains(&total);
    assert_eq!(
        bar.accesskit_node().role(),
        egui::accesskit::Role::ProgressIndicator
    );
    h.get_by_label("Cancel").click();
    h.step();
    h.run();

    assert!(h.state().loading_path().is_none());
    assert!(
        h.query_by_label_contains(&total).is_none(),
        "the bar is gone"
    );
    assert!(
        h.query_by_label("Opening cancelled; nothing changed")
            .is_some()
    );
    // Whenever the reading would have finished, the project stays the one on screen.
    for _ in 0..100 {
        h.step();
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert_eq!(*h.state().doc.project, *before);
    assert_eq!(h.state().doc.path, None);
}

#[test]
fn typing_into_a_title_updates_the_search_and_the_checklist_at_once() {
    let mut h = app_harness();
    ui_common::type_into(&mut h, "Search", "zebra");
    assert!(h.query_by_label_contains("P12  ").is_none());
    ui_common::set_text(&mut h, "Search", "");
    ui_common::select_by_search(&mut h, "P12");
    ui_common::set_text(&mut h, "Search", "");
    ui_common::type_into(&mut h, "Title", " zebra");
    ui_common::set_text(&mut h, "Search", "zebra");
    assert!(
        h.query_by_label_contains("P12  ").is_some(),
        "found by its new title"
    );
    assert_eq!(h.state().ui.cache.as_ref().unwrap().order.len(), 1);
}

/// `reform-tracker FILE` starts reading the file before the window opens; the window then
/// follows that reading instead of opening the file a second time.
#[test]
fn a_file_read_before_the_window_opens_is_the_one_shown() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("early.ron");
    let mut project = synthetic_project(30, 1, 3);
    project.title = "Read before the window".into();
    storage::save_file(&path, &project).unwrap();
    let preload = reform_tracker::app::Preload::start(path.clone());
    let mut h = ui_common::app_harness_with(reform_tracker::app::Startup {
        file: Some(path.clone()),
        preload: Some(preload),
        ..Default::default()
    });
    wait_for(&mut h, "the file", |app| app.loading_path().is_none());
    assert_eq!(h.state().doc.path.as_deref(), Some(path.as_path()));
    assert!(h.query_by_label("Read before the window").is_some());
    assert!(
        h.state().recent_commands().all(|c| c != "OpenPath"),
        "opened once, by the early reading"
    );
}
