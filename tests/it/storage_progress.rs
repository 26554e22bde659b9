//! Loads and saves count their bytes for the progress bar; a cancelled load stops.

use reform_tracker::model::synthetic::synthetic_project;
use reform_tracker::storage::{self, Progress};

#[test]
fn loads_and_saves_count_every_byte() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    let project = synthetic_project(600, 3, 2);
    let saving = Progress::default();
    storage::save_file_with_progress(&path, &project, &saving).unwrap();
    let len = std::fs::metadata(&path).unwrap().len();
    assert_eq!(saving.bytes(), (len, len));
    // A second save keeps the first as the backup, and counts only the new file.
    let again = Progress::default();
    storage::save_file_with_progress(&path, &project, &again).unwrap();
    assert_eq!(again.bytes(), (len, len));
    assert_eq!(
        std::fs::read(path.with_extension("ron.bak")).unwrap().len() as u64,
        len
    );

    let loading = Progress::default();
    let loaded = storage::load_file_with_progress(&path, &loading).unwrap();
    assert_eq!(loading.bytes(), (len, len));
    assert_eq!(loaded.project, project);
}

#[test]
fn a_cancelled_load_stops_with_its_reason() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    storage::save_file(&path, &synthetic_project(50, 1, 2)).unwrap();
    let progress = Progress::default();
    progress.cancel();
    let e = storage::load_file_with_progress(&path, &progress).unwrap_err();
    assert!(e.message.contains("cancelled"), "{e}");
}
