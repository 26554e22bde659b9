//! Big projects: a frame lays out only the rows on screen, whatever the size, and the last
//! of 10,000 commitments is one key press away.

use crate::ui_common;

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use reform_tracker::app::{App, Document};
use reform_tracker::model::synthetic::synthetic_project;
use ui_common::{menu, set_text, wait_for};

/// Opens File → `item` and types `path` where no file dialog can be shown. Enter is pressed but
/// no frame is run yet: the caller counts the frames that follow.
fn type_path_after(harness: &mut Harness<'_, App>, item: &str, path: &std::path::Path) {
    menu(harness, "File", item);
    wait_for(harness, "the path field", |app| {
        app.ui.path_prompt.is_some()
    });
    set_text(harness, "File path", &path.display().to_string());
    harness.key_press(Key::Enter);
}

/// Frames painted while a worker is busy, up to 10,000.
fn frames_while(harness: &mut Harness<'_, App>, busy: impl Fn(&App) -> bool) -> usize {
    let mut frames = 0;
    while busy(harness.state()) && frames < 10_000 {
        harness.step();
        frames += 1;
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    frames
}

fn harness_on(n: usize) -> Harness<'static, App> {
    let doc = Document::untitled(synthetic_project(n, 5, 42));
    Harness::builder()
        .with_size([1280.0, 800.0])
        // Scrolling to a far row animates over a few frames.
        .with_max_steps(30)
        .build_eframe(move |cc| {
            reform_tracker::ui::theme::install(&cc.egui_ctx);
            App::with_document(doc)
        })
}

/// Checklist rows present in the accessibility tree, i.e. laid out this frame.
fn rows_laid_out(harness: &Harness<'_, App>) -> usize {
    harness
        .query_all_by_label_contains("Commitment number")
        .count()
}

#[test]
fn rows_laid_out_per_frame_do_not_grow_with_the_project() {
    let mut small = harness_on(100);
    small.run();
    let mut big = harness_on(10_000);
    big.run();
    let (a, b) = (rows_laid_out(&small), rows_laid_out(&big));
    assert!(a > 10, "the window shows a screenful of rows ({a})");
    assert!(
        b <= a + 5,
        "10,000 commitments lay out about as many rows as 100 ({b} vs {a})"
    );
    assert!(b < 60);
}

#[test]
fn end_key_reaches_the_last_of_ten_thousand_commitments() {
    let mut harness = harness_on(10_000);
    harness.run();
    harness.key_press(Key::End);
    harness.run();
    let app = harness.state();
    let cache = app.ui.cache.as_ref().unwrap();
    let last = *cache.order.last().unwrap();
    assert_eq!(app.ui.selected, Some(last));
    let label = format!("{}  ", app.doc.project.commitments[last].id);
    assert!(
        harness.query_by_label_contains(&label).is_some(),
        "the last row is scrolled into view"
    );

    harness.key_press(Key::Home);
    harness.run();
    assert_eq!(
        harness.state().ui.selected,
        Some(harness.state().ui.cache.as_ref().unwrap().order[0])
    );
}

#[test]
fn a_big_file_opens_while_the_window_keeps_painting() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.ron");
    reform_tracker::storage::save_file(&path, &synthetic_project(10_000, 5, 7)).unwrap();
    assert!(
        std::fs::metadata(&path).unwrap().len() > 4_000_000,
        "a big file"
    );

    let mut harness = harness_on(100);
    type_path_after(&mut harness, "Open…", &path);
    harness.step();
    let frames_while_loading = frames_while(&mut harness, |app| app.loading_path().is_some());
    assert!(
        frames_while_loading > 0,
        "frames were painted while the file loaded"
    );
    harness.run();
    assert_eq!(harness.state().doc.project.commitments.len(), 10_000);
    assert_eq!(harness.state().doc.path.as_deref(), Some(path.as_path()));
}

#[test]
fn a_big_project_saves_while_the_window_keeps_painting() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big-save.ron");
    let mut harness = harness_on(10_000);
    harness.run();
    type_path_after(&mut harness, "Save As…", &path);
    harness.step();
    let frames_while_saving = frames_while(&mut harness, |app| app.saving_path().is_some());
    assert!(
        frames_while_saving > 0,
        "frames were painted while the file was written"
    );
    harness.run();
    assert!(!harness.state().doc.dirty);
    let loaded = reform_tracker::storage::load_file(&path).unwrap().project;
    assert_eq!(loaded.commitments.len(), 10_000);
}

#[test]
fn comparing_with_a_big_file_keeps_the_window_painting() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big-other.ron");
    let mut other = synthetic_project(10_000, 5, 42);
    other.commitments[9_999].title = "Renamed in the other version".into();
    reform_tracker::storage::save_file(&path, &other).unwrap();
    let mut harness = harness_on(10_000);
    harness.run();
    type_path_after(&mut harness, "Compare with…", &path);
    harness.step();
    harness.step();
    assert!(
        harness.query_by_label_contains("to compare…").is_some(),
        "the status bar says what is being read"
    );
    let frames_while_reading = frames_while(&mut harness, |app| app.comparing_path().is_some());
    assert!(
        frames_while_reading > 0,
        "frames were painted while the other version was read"
    );
    harness.run();
    assert!(
        harness
            .query_by_label("Changes from big-other.ron to this tracker")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("Renamed in the other version")
            .is_some()
    );
}
