//! File → Import… driven as a user does: the file, the mapping dialog by its labels, the
//! summary, Import, and Undo taking the whole import back.

mod ui_common;

use egui_kittest::kittest::Queryable as _;
use reform_tracker::model::Status;
use ui_common::{answer_path, app_harness, choose, click, menu, wait_for};

fn mapping_shown(app: &reform_tracker::app::App) -> bool {
    matches!(
        app.ui.import.as_ref().map(|f| &f.stage),
        Some(reform_tracker::app::ImportStage::Mapping { .. })
    )
}

fn start_import(
    harness: &mut egui_kittest::Harness<'_, reform_tracker::app::App>,
    path: &std::path::Path,
) {
    menu(harness, "File", "Import…");
    answer_path(harness, path);
    wait_for(harness, "the mapping dialog", mapping_shown);
}

#[test]
fn import_through_the_mapping_dialog_then_undo_takes_it_all_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tracker.csv");
    std::fs::write(
        &path,
        "Код;Заголовок;Статус;Дата статуса\n\
         P1;;Stalled;2030-01-10\n\
         NEW-1;A new commitment;Promise Kept;\n\
         NEW-2;Another;???;\n",
    )
    .unwrap();
    let mut harness = app_harness();
    let before = harness.state().doc.project.clone();
    start_import(&mut harness, &path);
    assert!(harness.query_by_label("Import tracker.csv").is_some());
    // The preview shows the first rows as they will be read.
    assert!(
        harness
            .query_by_label_contains("A new commitment")
            .is_some()
    );
    // "Заголовок" (heading) is not a header the app knows: the user maps it.
    choose(&mut harness, "Заголовок", "Title");
    click(&mut harness, "Show changes…");
    assert!(
        harness
            .query_by_label("1 new, 1 updated, 2 status changes, 1 row refused")
            .is_some()
    );
    assert!(
        harness
            .query_by_label("Row 4: unknown status “???”")
            .is_some()
    );
    assert_eq!(
        harness.state().doc.project,
        before,
        "nothing changes before Import"
    );

    click(&mut harness, "Import");
    let after = harness.state().doc.project.clone();
    assert_eq!(after.commitments.len(), before.commitments.len() + 1);
    let p1 = after.commitments.iter().find(|c| c.id == "P1").unwrap();
    assert_eq!(p1.status, Status::Stalled);
    assert_eq!(p1.history.last().unwrap().note, "Imported from tracker.csv");
    let old_p1 = before.commitments.iter().find(|c| c.id == "P1").unwrap();
    assert_eq!(p1.history[..old_p1.history.len()], old_p1.history[..]);
    assert!(harness.state().doc.dirty);

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(
        harness.state().doc.project,
        before,
        "one Undo takes the whole import back"
    );
}

#[test]
fn cancel_leaves_the_project_untouched_and_the_mapping_can_be_saved() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sheet.csv");
    std::fs::write(&path, "id,heading\nZ1,Zed\n").unwrap();
    let mut harness = app_harness();
    let before = harness.state().doc.project.clone();
    start_import(&mut harness, &path);
    choose(&mut harness, "heading", "Title");
    click(&mut harness, "Save mapping…");
    let map = dir.path().join("sheet-mapping.ron");
    answer_path(&mut harness, &map);
    wait_for(&mut harness, "the mapping file", |_| map.exists());
    let saved = reform_tracker::model::import::SavedMapping::from_ron(
        &std::fs::read_to_string(&map).unwrap(),
    )
    .unwrap();
    assert_eq!(
        saved.targets_for(&["id".into(), "heading".into()]),
        [
            reform_tracker::model::import::Target::Id,
            reform_tracker::model::import::Target::Title
        ]
    );
    click(&mut harness, "Show changes…");
    click(&mut harness, "Back");
    click(&mut harness, "Cancel");
    assert!(harness.state().ui.import.is_none());
    assert_eq!(harness.state().doc.project, before);
    assert!(!harness.state().doc.dirty);
}

#[test]
fn our_excel_workbook_comes_back_as_an_equal_new_project() {
    let dir = tempfile::tempdir().unwrap();
    let shipped = reform_tracker::storage::shipped_tracker();
    let path = dir.path().join("tracker.xlsx");
    let bytes =
        reform_tracker::report::export(&shipped, reform_tracker::report::ExportFormat::Xlsx, None)
            .unwrap();
    std::fs::write(&path, bytes).unwrap();
    let mut harness = app_harness();
    start_import(&mut harness, &path);
    assert!(
        harness
            .query_by_label_contains("A workbook exported by Reform Tracker")
            .is_some()
    );
    click(&mut harness, "Show changes…");
    click(&mut harness, "Import");
    assert_eq!(*harness.state().doc.project, shipped);
    assert!(
        harness.state().doc.path.is_none(),
        "a new, untitled project"
    );
}

#[test]
fn a_file_that_cannot_be_imported_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fake.xlsx");
    std::fs::write(&path, "id,title\n").unwrap();
    let mut harness = app_harness();
    menu(&mut harness, "File", "Import…");
    answer_path(&mut harness, &path);
    wait_for(&mut harness, "the message", |app| app.ui.message.is_some());
    assert!(
        harness
            .query_by_label("fake.xlsx could not be imported")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("text file renamed")
            .is_some()
    );
}

/// The app's own workbook merged into the open tracker (not the new project it is offered as):
/// the summary says that only its Commitments sheet is used, before anything is imported.
#[test]
fn merging_our_workbook_says_before_importing_that_only_its_commitments_sheet_is_used() {
    use reform_tracker::report::{ExportFormat, export};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk-copy.xlsx");
    let mut edited = reform_tracker::storage::shipped_tracker();
    edited.commitments[0].title = "Renamed at the desk".into();
    std::fs::write(&path, export(&edited, ExportFormat::Xlsx, None).unwrap()).unwrap();
    let mut harness = app_harness();
    start_import(&mut harness, &path);
    // Our own workbook is offered as a new project, where every sheet is used.
    assert!(harness.state().ui.import.as_ref().unwrap().as_new);
    click(
        &mut harness,
        "As a new project (instead of merging into this one)",
    );
    click(&mut harness, "Show changes…");
    assert!(
        harness
            .query_by_label_contains("uses the Commitments sheet only")
            .is_some()
    );
    assert!(harness.query_by_label_contains("1 updated").is_some());
}
