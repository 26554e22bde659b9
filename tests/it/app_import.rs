//! File → Import… driven as a user does: the file, the mapping dialog by its labels, the
//! summary, Import, and Undo taking the whole import back.

use crate::ui_common;

use egui_kittest::kittest::Queryable as _;
use reform_tracker::model::Status;
use ui_common::{answer_path, app_harness, choose, click, menu, wait_for};

pub(crate) fn mapping_shown(app: &reform_tracker::app::App) -> bool {
    matches!(
        app.ui.dialogs.import().map(|f| &f.stage),
        Some(reform_tracker::app::ImportStage::Mapping { .. })
    )
}

pub(crate) fn start_import(
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
            .query_by_label("Row 4: the status “???” is set to leave its rows out")
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
    assert!(harness.state().ui.dialogs.import().is_none());
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
    assert!(harness.state().ui.dialogs.import().unwrap().as_new);
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

use crate::ngo_sheet;

pub(crate) fn targets(
    app: &reform_tracker::app::App,
) -> Vec<reform_tracker::model::import::Target> {
    match app.ui.dialogs.import().map(|f| &f.stage) {
        Some(reform_tracker::app::ImportStage::Mapping { targets, .. }) => targets.clone(),
        _ => panic!("the mapping is not shown"),
    }
}

/// A window of this size, in English.
fn harness_sized(size: [f32; 2]) -> egui_kittest::Harness<'static, reform_tracker::app::App> {
    egui_kittest::Harness::builder()
        .with_size(size)
        .with_max_steps(30)
        .build_eframe(|cc| {
            reform_tracker::app::App::new(
                cc,
                reform_tracker::app::Startup {
                    lang: Some(reform_tracker::i18n::Lang::En),
                    ..Default::default()
                },
            )
        })
}

/// The drop-down of the last column opens over the dialog, and picking a field in it sets
/// that field instead of closing the import: in a roomy window and in a low one, where the
/// list has less room above and below it than egui's default list height.
#[test]
fn the_last_columns_drop_down_opens_over_the_dialog_and_picking_keeps_the_import() {
    use reform_tracker::model::import::Target;
    let dir = tempfile::tempdir().unwrap();
    let path = ngo_sheet::csv(dir.path());
    for size in [[1280.0, 800.0], [1000.0, 500.0], [1000.0, 300.0]] {
        let mut harness = harness_sized(size);
        start_import(&mut harness, &path);
        // Every field of the list is in the window and on top of the dialog, down to the
        // last ones ("Note" is the 19th of 25), so a click where it is listed picks it.
        click(&mut harness, "Комментарий");
        let window = harness.ctx.content_rect();
        let dialog = harness
            .ctx
            .layer_id_at(harness.get_by_label("Комментарий").rect().center());
        for field in ["Ignore", "Quote", "Note", "Next evidence id"] {
            harness
                .query_all_by_label(field)
                .last()
                .unwrap()
                .scroll_to_me();
            harness.run();
            let at = harness.query_all_by_label(field).last().unwrap().rect();
            assert!(window.contains_rect(at), "{size:?}: {field} at {at:?}");
            assert_ne!(
                harness.ctx.layer_id_at(at.center()),
                dialog,
                "{size:?}: {field} is behind the dialog"
            );
        }
        harness
            .query_all_by_label("Quote")
            .last()
            .unwrap()
            .scroll_to_me();
        harness.run();
        harness.query_all_by_label("Quote").last().unwrap().click();
        harness.run();
        assert!(
            mapping_shown(harness.state()),
            "{size:?}: the import is still open"
        );
        assert_eq!(targets(harness.state())[5], Target::Quote, "{size:?}");
    }
}

/// The NGO's own status words are listed with a drop-down each; known ones are filled in,
/// the others are mapped by the user, and the rows import with the statuses chosen.
#[test]
fn status_words_of_the_sheet_are_mapped_in_the_window() {
    use reform_tracker::model::Status;
    let dir = tempfile::tempdir().unwrap();
    let path = ngo_sheet::csv(dir.path());
    let mut harness = app_harness();
    start_import(&mut harness, &path);
    for word in [
        "в процессе",
        "выполнено",
        "частично",
        "нет",
        "приостановлено",
    ] {
        assert!(
            harness.query_by_label(&format!("“{word}”")).is_some(),
            "{word} is listed"
        );
    }
    choose(&mut harness, "“нет”", "No action");
    choose(&mut harness, "“приостановлено”", "Stalled");
    click(&mut harness, "Show changes…");
    assert!(
        harness
            .query_by_label_contains("8 new, 0 updated, 8 status changes, 4 rows refused")
            .is_some()
    );
    click(&mut harness, "Import");
    let project = harness.state().doc.project.clone();
    let status = |id: &str| {
        project
            .commitments
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.status)
    };
    assert_eq!(status("1"), Some(Status::InProgress));
    assert_eq!(status("5"), Some(Status::NoAction));
    assert_eq!(status("9"), Some(Status::Stalled));
}

/// "Save mapping…" suggests a name next to the sheet that the merge driver's `*.ron` does
/// not claim, and "Load mapping…" brings the columns and status words back (an old `.ron`
/// mapping still loads).
#[test]
fn a_saved_mapping_is_named_apart_from_projects_and_loads_back_in_the_window() {
    use egui_kittest::kittest::NodeT as _;
    use reform_tracker::model::import::Target;
    let dir = tempfile::tempdir().unwrap();
    let path = ngo_sheet::csv(dir.path());
    let mut harness = app_harness();
    start_import(&mut harness, &path);
    choose(&mut harness, "“нет”", "No action");
    choose(&mut harness, "Комментарий", "Quote");
    click(&mut harness, "Save mapping…");
    wait_for(&mut harness, "the path field", |app| {
        app.ui.path_prompt.is_some()
    });
    let suggested = harness
        .get_by_label("File path")
        .accesskit_node()
        .value()
        .unwrap_or_default();
    assert!(!suggested.ends_with(".ron"), "{suggested}");
    assert_eq!(
        std::path::PathBuf::from(&suggested),
        dir.path().join("ngo-tracker.mapping")
    );
    harness.get_by_label("File path").focus();
    harness.key_press(egui::Key::Enter);
    harness.run();
    let saved = dir.path().join("ngo-tracker.mapping");
    wait_for(&mut harness, "the mapping file", |_| saved.exists());
    click(&mut harness, "Cancel");

    // Next time: the proposal, then the saved mapping loaded.
    start_import(&mut harness, &path);
    assert_eq!(targets(harness.state())[5], Target::Note);
    click(&mut harness, "Load mapping…");
    answer_path(&mut harness, &saved);
    wait_for(&mut harness, "the mapping loaded", |app| {
        targets(app)[5] == Target::Quote
    });
    click(&mut harness, "Show changes…");
    assert!(
        harness
            .query_by_label_contains("status changes, 5 rows refused")
            .is_some(),
        "only “приостановлено” is still left out"
    );
    click(&mut harness, "Back");

    // A mapping saved by an older version, as `.ron`, without status words.
    let old = dir.path().join("old-mapping.ron");
    std::fs::write(&old, "(sheet: None, columns: [(\"Комментарий\", Ignore)])").unwrap();
    click(&mut harness, "Load mapping…");
    answer_path(&mut harness, &old);
    wait_for(&mut harness, "the old mapping loaded", |app| {
        targets(app)[5] == Target::Ignore
    });
}

/// The count above a list is the number of rows in it: a link left out is a warning on an
/// imported row, listed under its own heading, not a refused row.
#[test]
fn counts_in_the_summary_agree_with_the_rows_listed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("links.csv");
    std::fs::write(
        &path,
        "id,title,evidence,deadline\n\
         L1,Linked,javascript:alert(1),\n\
         L2,Bad date,,someday\n",
    )
    .unwrap();
    let mut harness = app_harness();
    start_import(&mut harness, &path);
    click(&mut harness, "Show changes…");
    assert!(
        harness
            .query_by_label("1 new, 0 updated, 0 status changes, 1 row refused, 1 warning")
            .is_some()
    );
    assert!(harness.query_by_label("Refused row").is_some());
    assert!(
        harness
            .query_by_label_contains("Row 3: “someday”")
            .is_some()
    );
    assert!(harness.query_by_label("Imported with a warning").is_some());
    assert!(
        harness
            .query_by_label_contains("Row 2: evidence link")
            .is_some()
    );
}
