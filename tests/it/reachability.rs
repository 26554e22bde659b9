//! Every action in the table of actions is reachable the way a user reaches it: its menu item,
//! found by its label, and each of its keyboard shortcuts. A menu item that is missing, has
//! another label, or sends another command fails here.

use crate::ui_common;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use reform_tracker::app::App;
use reform_tracker::ui::actions::{self, Action};
use ui_common::{app_harness, select_by_search};

fn last_command(harness: &Harness<'_, App>) -> Option<String> {
    harness.state().recent_commands().last().map(str::to_owned)
}

fn commands_run(harness: &Harness<'_, App>) -> u64 {
    harness.state().commands_run()
}

/// What the action should send, by name, with the window as it is now.
fn expected(harness: &Harness<'_, App>, action: Action) -> Option<&'static str> {
    let cx = actions::Context::of(&harness.ctx, &harness.state().ui);
    action.command(cx).map(|c| c.name())
}

/// Closes whatever the action opened (a prompt, a question, a dialog), as a user would.
fn settle(harness: &mut Harness<'_, App>) {
    // A file dialog answers from its own thread; with none on this machine the app then offers
    // a path field. Wait for that answer first.
    for _ in 0..500 {
        if !harness.state().dialog_open() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        harness.step();
    }
    harness.run();
    for _ in 0..3 {
        if !harness.state().ui.modal_open() {
            break;
        }
        // The dialog is drawn last, over the window: its button is the last one found. Its
        // words are those of the language the window shows now.
        for key in ["prompt-cancel", "sources-close", "dialog-ok"] {
            let label = reform_tracker::t!(key);
            if let Some(node) = harness.query_all_by_label(&label).last() {
                node.click();
                break;
            }
        }
        harness.run();
    }
    // The palette closes on Escape, as a user closes it.
    if harness.state().ui.dialogs.palette().is_some() {
        harness.key_press(egui::Key::Escape);
        harness.run();
    }
    if harness.state().ui.report_mode {
        harness.key_press(egui::Key::Escape);
        harness.run();
    }
}

fn open_menu_of(harness: &mut Harness<'_, App>, action: Action) {
    let (menu, submenu) = actions::place(action).expect("every action has a place in the menus");
    harness.get_by_label(&menu.label()).click();
    harness.run();
    if let Some(sub) = submenu {
        harness.get_by_label(&sub).hover();
        harness.run();
    }
}

/// Selects P10 again after an action cleared the selection (the search still shows it).
fn reselect(harness: &mut Harness<'_, App>) {
    harness.get_by_label_contains("P10  ").click();
    harness.run();
}

/// English after the other languages, so the window ends in the language the tests read;
/// Quit last: with unsaved changes it asks, and Cancel keeps the window.
fn ordered_actions() -> Vec<Action> {
    let english = Action::Language(reform_tracker::i18n::Lang::En);
    let mut all = Action::all();
    all.retain(|a| *a != Action::Quit && *a != english);
    all.extend([english, Action::Quit]);
    all
}

#[test]
fn every_action_is_in_its_menu_under_its_label_and_sends_its_command() {
    let mut harness = app_harness();
    select_by_search(&mut harness, "P10");
    // Unsaved work, so that Quit asks instead of closing the window under the test.
    harness.get_by_label("Responsible body").click();
    harness.run();
    harness.get_by_label("Responsible body").type_text("!");
    harness.run();
    // The keys that move through the checklist have no menu item: the other tests reach them.
    for action in ordered_actions()
        .into_iter()
        .filter(|a| actions::place(*a).is_some())
    {
        if harness.state().ui.selected.is_none() {
            reselect(&mut harness);
        }
        let want = expected(&harness, action);
        let before = commands_run(&harness);
        let label = action.label();
        // The same words may label a button in the window too: the menu must add its own.
        let elsewhere: Vec<egui::Rect> = harness
            .query_all_by_label(&label)
            .map(|n| n.rect())
            .collect();
        open_menu_of(&mut harness, action);
        let item = harness
            .query_all_by_label(&label)
            .find(|n| !elsewhere.contains(&n.rect()))
            .unwrap_or_else(|| panic!("{action:?}: no menu item labelled {label:?}"));
        item.click();
        if let Action::Language(_) = action {
            // Every label changes width: the window's grids take a few more frames to settle.
            harness.run_steps(40);
        }
        harness.run();
        let name = want.unwrap_or_else(|| panic!("{label:?} is greyed out"));
        assert!(commands_run(&harness) > before, "{label:?} sent nothing");
        assert_eq!(last_command(&harness).as_deref(), Some(name), "{label:?}");
        if action == Action::Find {
            let search = harness.get_by_label("Search");
            assert!(
                search.is_focused(),
                "Edit → Find puts the keyboard in the search field"
            );
        }
        settle(&mut harness);
    }
}

#[test]
fn every_shortcut_sends_its_action_command() {
    let mut harness = app_harness();
    select_by_search(&mut harness, "P10");
    harness.get_by_label("Responsible body").click();
    harness.run();
    harness.get_by_label("Responsible body").type_text("!");
    harness.run();
    for action in ordered_actions() {
        for shortcut in action.shortcuts() {
            if harness.state().ui.selected.is_none() {
                reselect(&mut harness);
            }
            // Redo has two keys: the second needs a step taken back again.
            if action == Action::Redo && !harness.state().history.can_redo() {
                harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
                harness.run();
            }
            // Keys act on the window, not on a text field.
            harness.ctx.memory_mut(|m| {
                if let Some(id) = m.focused() {
                    m.surrender_focus(id);
                }
            });
            // A frame without a field's keyboard, as after a click elsewhere: an Escape now
            // is not the one that leaves a field.
            harness.run();
            let want = expected(&harness, action);
            let before = commands_run(&harness);
            harness.key_press_modifiers(shortcut.modifiers, shortcut.logical_key);
            harness.run();
            let keys = harness.ctx.format_shortcut(shortcut);
            let name = want.unwrap_or_else(|| panic!("{keys} does nothing here"));
            assert!(commands_run(&harness) > before, "{keys} sent nothing");
            assert_eq!(last_command(&harness).as_deref(), Some(name), "{keys}");
            if action == Action::Find {
                let search = harness.get_by_label("Search");
                assert!(
                    search.is_focused(),
                    "{keys} puts the keyboard in the search field"
                );
            }
            settle(&mut harness);
        }
    }
}

#[test]
fn every_action_is_in_the_palette_under_its_label_and_sends_its_command() {
    use egui::{Key, Modifiers};
    let mut harness = app_harness();
    select_by_search(&mut harness, "P10");
    harness.get_by_label("Responsible body").click();
    harness.run();
    harness.get_by_label("Responsible body").type_text("!");
    harness.run();
    for action in ordered_actions() {
        if harness.state().ui.selected.is_none() {
            reselect(&mut harness);
        }
        let want = expected(&harness, action);
        let before = commands_run(&harness);
        let label = action.palette_label();
        ui_common::open_palette(&mut harness, Modifiers::COMMAND, Key::K);
        ui_common::palette_type(&mut harness, &label);
        let row = ui_common::palette_row(&harness, &label)
            .unwrap_or_else(|| panic!("{action:?}: no palette row labelled {label:?}"));
        assert!(!ui_common::greyed_out(&row), "{label:?} is greyed out");
        row.click();
        if let Action::Language(_) = action {
            harness.run_steps(40);
        }
        harness.run();
        let name = want.unwrap_or_else(|| panic!("{label:?} is greyed out"));
        assert!(commands_run(&harness) > before, "{label:?} sent nothing");
        assert_eq!(last_command(&harness).as_deref(), Some(name), "{label:?}");
        settle(&mut harness);
    }
}
