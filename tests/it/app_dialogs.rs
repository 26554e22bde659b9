//! One dialog at a time: a dialog that arrives while another is open waits for it, so it never
//! covers or takes away what the user is typing.

use crate::ui_common;

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;
use reform_tracker::model::synthetic::synthetic_project;
use reform_tracker::storage;
use ui_common::{app_harness, menu, palette_title, set_text, wait_for};

/// A comparison read in the background while the palette is being typed in waits for it,
/// then opens when the palette is closed.
#[test]
fn a_comparison_read_meanwhile_waits_for_the_palette() {
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("other.ron");
    // Big enough that reading it takes many frames.
    storage::save_file(&other, &synthetic_project(10_000, 5, 1)).unwrap();
    let mut h = app_harness();
    menu(&mut h, "File", "Compare with…");
    wait_for(&mut h, "the path field", |app| app.ui.path_prompt.is_some());
    set_text(&mut h, "File path", &other.display().to_string());
    h.key_press(Key::Enter);
    h.step();
    h.key_press_modifiers(Modifiers::COMMAND, Key::K);
    h.step();
    assert!(
        h.state().comparing_path().is_some(),
        "the comparison is still being read when the palette opens"
    );
    // Frame by frame: the window keeps painting while the other file is read.
    h.get_by_label(&palette_title()).type_text("sav");
    h.step();
    wait_for(&mut h, "the comparison", |app| {
        app.comparing_path().is_none() && app.ui.dialogs.comparison().is_some()
    });

    let title = "Changes from other.ron to this tracker";
    assert!(
        h.query_by_label(title).is_none(),
        "the comparison does not cover the palette"
    );
    assert_eq!(
        h.state().ui.dialogs.palette().map(|p| p.query.as_str()),
        Some("sav"),
        "what was typed stays"
    );
    h.key_press(Key::Escape);
    h.run();
    assert!(h.state().ui.dialogs.palette().is_none());
    assert!(
        h.query_by_label(title).is_some(),
        "the comparison opens once the palette is closed"
    );
}
