//! The command palette, driven as a user drives it: its keys open it with the keyboard in its
//! search field, a few letters in any of the three languages find an action, ↑ ↓ and Enter run
//! it (the same command the menu sends), a greyed-out action says why and does nothing, Esc
//! closes it.

use crate::ui_common;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use reform_tracker::app::{App, Startup, View};
use reform_tracker::i18n::Lang;
use ui_common::{
    app_harness, greyed_out, open_palette, palette_focused, palette_row, palette_type,
};

const CTRL_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);

fn palette_open(harness: &Harness<'_, App>) -> bool {
    harness.state().ui.dialogs.palette().is_some()
        && harness
            .query_by_label(&reform_tracker::t!("palette-title"))
            .is_some()
}

fn last_command<'a>(harness: &'a Harness<'_, App>) -> Option<&'a str> {
    harness.state().recent_commands().last()
}

#[test]
fn both_keys_open_it_with_the_keyboard_in_its_field_and_esc_closes_it() {
    let mut harness = app_harness();
    for (modifiers, key) in [(CTRL_SHIFT, Key::P), (Modifiers::COMMAND, Key::K)] {
        open_palette(&mut harness, modifiers, key);
        assert!(
            palette_open(&harness),
            "{modifiers:?}+{key:?} opens the palette"
        );
        assert!(
            palette_focused(&harness),
            "the search field has the keyboard at once"
        );
        harness.key_press(Key::Escape);
        harness.run();
        assert!(!palette_open(&harness), "Esc closes it");
    }
}

#[test]
fn the_view_menu_opens_it() {
    let mut harness = app_harness();
    ui_common::menu(&mut harness, "View", "Command palette…");
    assert!(palette_open(&harness));
}

#[test]
fn english_letters_find_an_action_with_its_key_and_enter_runs_it() {
    let mut harness = app_harness();
    open_palette(&mut harness, Modifiers::COMMAND, Key::K);
    palette_type(&mut harness, "dashb");
    let row = palette_row(&harness, "Dashboard").expect("Dashboard is listed");
    let keys = harness
        .ctx
        .format_shortcut(&egui::KeyboardShortcut::new(Modifiers::COMMAND, Key::Num2));
    let key = palette_row(&harness, &keys).expect("its key is shown");
    assert!(
        (key.rect().center().y - row.rect().center().y).abs() < 1.0,
        "on its row"
    );
    assert!(
        palette_row(&harness, "Checklist").is_none(),
        "others are not"
    );
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(harness.state().ui.view, View::Dashboard);
    assert_eq!(last_command(&harness), Some("SetView"));
    assert!(
        !palette_open(&harness),
        "running an action closes the palette"
    );
}

#[test]
fn russian_letters_find_an_action_in_an_english_window() {
    let mut harness = app_harness();
    open_palette(&mut harness, CTRL_SHIFT, Key::P);
    palette_type(&mut harness, "СВОЙСТВА");
    assert!(palette_row(&harness, "Project properties…").is_some());
    harness.key_press(Key::Enter);
    harness.run();
    assert!(
        harness.query_by_label("Project title").is_some(),
        "Enter opened the project properties"
    );
    assert!(!palette_open(&harness));
}

#[test]
fn english_letters_find_an_action_in_a_russian_window() {
    let mut harness = ui_common::app_harness_with(Startup {
        lang: Some(Lang::Ru),
        ..Startup::default()
    });
    open_palette(&mut harness, Modifiers::COMMAND, Key::K);
    palette_type(&mut harness, "save");
    assert!(palette_row(&harness, "Сохранить").is_some());
    assert!(palette_row(&harness, "Сохранить как…").is_some());
    // Kazakh letters too.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    palette_type(&mut harness, "тақта");
    assert!(palette_row(&harness, "Сводка").is_some());
    harness.key_press(Key::Escape);
    harness.run();
    reform_tracker::i18n::set_language(Lang::En);
}

#[test]
fn arrows_move_the_highlight_and_enter_runs_the_one_highlighted() {
    let mut harness = app_harness();
    let zoom = harness.ctx.zoom_factor();
    open_palette(&mut harness, Modifiers::COMMAND, Key::K);
    palette_type(&mut harness, "zoom");
    assert!(palette_row(&harness, "Zoom in").is_some());
    assert!(palette_row(&harness, "Zoom out").is_some());
    harness.key_press(Key::ArrowDown);
    harness.run();
    assert!(
        palette_focused(&harness),
        "the arrows leave the keyboard in the field"
    );
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(last_command(&harness), Some("Zoom"));
    assert!(
        harness.ctx.zoom_factor() < zoom,
        "Zoom out, the second row, ran"
    );
}

#[test]
fn a_greyed_out_action_says_why_and_enter_on_it_does_nothing() {
    let mut harness = app_harness();
    assert_eq!(harness.state().ui.selected, None);
    open_palette(&mut harness, Modifiers::COMMAND, Key::K);
    palette_type(&mut harness, "delete comm");
    let row = palette_row(&harness, "Delete commitment…").expect("listed");
    assert!(greyed_out(&row));
    assert!(
        palette_row(&harness, "Select a commitment first").is_some(),
        "it says why"
    );
    let before = harness.state().commands_run();
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(harness.state().commands_run(), before, "Enter sent nothing");
    assert!(palette_open(&harness), "the palette stays, with the reason");
    assert!(harness.state().ui.confirm.is_none());
    harness.key_press(Key::Escape);
    harness.run();
    assert!(!palette_open(&harness));

    // With a commitment selected the same row runs.
    ui_common::select_by_search(&mut harness, "P10");
    open_palette(&mut harness, Modifiers::COMMAND, Key::K);
    palette_type(&mut harness, "delete comm");
    assert!(!greyed_out(
        &palette_row(&harness, "Delete commitment…").unwrap()
    ));
    assert!(palette_row(&harness, "Select a commitment first").is_none());
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(last_command(&harness), Some("RequestDelete"));
    assert!(harness.query_by_label("Delete this commitment?").is_some());
}

/// Undo and Redo are greyed out, saying so, until there is a step to take back or bring back.
#[test]
fn undo_and_redo_say_when_there_is_nothing_to_take_back() {
    let mut harness = app_harness();
    open_palette(&mut harness, Modifiers::COMMAND, Key::K);
    palette_type(&mut harness, "undo");
    assert!(greyed_out(&palette_row(&harness, "Undo").expect("listed")));
    assert!(palette_row(&harness, "Nothing to undo").is_some());
    harness.key_press(Key::Escape);
    harness.run();

    ui_common::menu(&mut harness, "Edit", "Add reform");
    let added = harness.state().doc.project.commitments.len();
    open_palette(&mut harness, Modifiers::COMMAND, Key::K);
    palette_type(&mut harness, "undo");
    assert!(!greyed_out(&palette_row(&harness, "Undo").unwrap()));
    assert!(palette_row(&harness, "Nothing to undo").is_none());
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(harness.state().doc.project.commitments.len(), added - 1);

    open_palette(&mut harness, Modifiers::COMMAND, Key::K);
    palette_type(&mut harness, "redo");
    assert!(!greyed_out(&palette_row(&harness, "Redo").unwrap()));
    harness.key_press(Key::Escape);
    harness.run();
    open_palette(&mut harness, Modifiers::COMMAND, Key::K);
    palette_type(&mut harness, "undo");
    assert!(greyed_out(&palette_row(&harness, "Undo").unwrap()));
}

#[test]
fn letters_nothing_has_say_so_and_enter_does_nothing() {
    let mut harness = app_harness();
    open_palette(&mut harness, Modifiers::COMMAND, Key::K);
    palette_type(&mut harness, "qqqzzz");
    assert!(
        harness
            .query_by_label("No action has these letters in its name")
            .is_some()
    );
    let before = harness.state().commands_run();
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(harness.state().commands_run(), before);
}
