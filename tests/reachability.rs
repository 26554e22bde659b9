//! Every action in the table of actions is reachable the way a user reaches it: its menu item,
//! found by its label, and each of its keyboard shortcuts. A menu item that is missing, has
//! another label, or sends another command fails here.

mod command_session;
mod files_common;
mod ui_common;

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
fn expected(harness: &Harness<'_, App>, action: Action) -> Option<String> {
    let state = harness.state();
    let cx = actions::Context {
        selected: state.ui.selected,
        report_mode: state.ui.report_mode,
        dark: harness.ctx.theme() == egui::Theme::Dark,
    };
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
        // The dialog is drawn last, over the window: its button is the last one found.
        for label in ["Cancel", "Close", "OK"] {
            if let Some(node) = harness.query_all_by_label(label).last() {
                node.click();
                break;
            }
        }
        harness.run();
    }
    if harness.state().ui.report_mode {
        harness.key_press(egui::Key::Escape);
        harness.run();
    }
}

fn open_menu_of(harness: &mut Harness<'_, App>, action: Action) {
    let (menu, submenu) = actions::place(action).expect("every action has a place in the menus");
    harness.get_by_label(menu.label()).click();
    harness.run();
    if let Some(sub) = submenu {
        harness.get_by_label(sub).hover();
        harness.run();
    }
}

/// Selects P10 again after an action cleared the selection (the search still shows it).
fn reselect(harness: &mut Harness<'_, App>) {
    harness.get_by_label_contains("P10  ").click();
    harness.run();
}

/// Quit last: with unsaved changes it asks, and Cancel keeps the window.
fn ordered_actions() -> Vec<Action> {
    let mut all = Action::all();
    all.retain(|a| *a != Action::Quit);
    all.push(Action::Quit);
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
    for action in ordered_actions() {
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
        harness.run();
        let name = want.unwrap_or_else(|| panic!("{label:?} is greyed out"));
        assert!(commands_run(&harness) > before, "{label:?} sent nothing");
        assert_eq!(
            last_command(&harness).as_deref(),
            Some(name.as_str()),
            "{label:?}"
        );
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
            // Keys act on the window, not on a text field.
            harness.ctx.memory_mut(|m| {
                if let Some(id) = m.focused() {
                    m.surrender_focus(id);
                }
            });
            let want = expected(&harness, action);
            let before = commands_run(&harness);
            harness.key_press_modifiers(shortcut.modifiers, shortcut.logical_key);
            harness.run();
            let keys = harness.ctx.format_shortcut(shortcut);
            let name = want.unwrap_or_else(|| panic!("{keys} does nothing here"));
            assert!(commands_run(&harness) > before, "{keys} sent nothing");
            assert_eq!(
                last_command(&harness).as_deref(),
                Some(name.as_str()),
                "{keys}"
            );
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

/// The top-level variants of `pub enum Command`, read from its source.
fn command_variants() -> Vec<String> {
    let src = include_str!("../src/app/command.rs");
    let start = src
        .find("pub enum Command {")
        .expect("command.rs declares pub enum Command");
    let body = &src[start..];
    let end = body.find("\n}").expect("the enum ends");
    body[..end]
        .lines()
        .skip(1)
        .filter_map(|line| {
            let rest = line.strip_prefix("    ")?;
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            name.starts_with(|c: char| c.is_ascii_uppercase())
                .then_some(name)
        })
        .collect()
}

#[test]
fn every_command_is_sent_by_the_window() {
    use command_session::{Session, answer, changed_by_another_program, pick, wait_for_save};
    use egui::{Key, Modifiers};
    use ui_common::{answer_path, click, menu, save_key, set_text, wait_for};

    let variants = command_variants();
    assert!(variants.len() > 40, "parsed {variants:?}");
    let dir = tempfile::tempdir().unwrap();
    let rec = dir.path().join("recovery");
    let file = files_common::tracker_file(dir.path(), "t.ron");

    // Two windows edited and were killed before saving: both copies are offered at start.
    {
        let mut first = ui_common::app_harness_with(files_common::startup(&rec, &file));
        let mut second = ui_common::app_harness_with(files_common::startup(&rec, &file));
        files_common::add_reform(&mut first);
        files_common::wait_for_copies(&mut first, &rec, 1);
        files_common::add_reform(&mut second);
        files_common::wait_for_copies(&mut second, &rec, 2);
    }

    let mut s = Session::new(ui_common::app_harness_with(files_common::startup(
        &rec, &file,
    )));
    s.user(|h| {
        h.run();
    });
    assert!(files_common::offered(&s.harness));
    s.user(|h| answer(h, "Discard"));
    s.user(|h| answer(h, "Restore"));

    // Selecting, by click and by key.
    s.user(|h| pick(h, "P12"));
    s.user(|h| menu(h, "Edit", "Find"));
    s.user(|h| {
        h.key_press(Key::Escape);
        h.run();
        h.key_press(Key::Escape);
        h.run();
        h.key_press(Key::ArrowDown);
        h.run();
    });
    assert!(s.harness.state().ui.selected.is_some());
    s.user(|h| pick(h, "P12"));

    // Editing P12: a field, its status, evidence, notes, a replacement mark.
    s.user(|h| set_text(h, "Title", "Party registration made easier"));
    s.user(|h| {
        click(h, "Change status…");
        ui_common::choose(h, "New status", "Stalled");
        set_text(h, "Date of change", "2025-06-01");
        set_text(h, "Why (note)", "Review floated");
        click(h, "Record status change");
    });
    s.user(|h| {
        click(h, "Add evidence link…");
        set_text(h, "Link title", "Registration report");
        set_text(h, "Web address", "https://example.org/report");
        click(h, "Add evidence");
    });
    let id = s.harness.state().doc.project.commitments
        [ui_common::index_of(s.harness.state(), "P12")]
    .evidence
    .last()
    .unwrap()
    .id;
    s.user(|h| {
        click(h, &format!("Edit evidence {id}"));
        set_text(h, "Link title", "Registration report, final");
        click(h, "Save evidence");
    });
    s.user(|h| click(h, &format!("Remove evidence {id}")));
    s.user(|h| {
        set_text(h, "New note", "Check again in June");
        click(h, "Add note");
    });
    s.user(|h| answer(h, "Delete note"));
    s.user(|h| {
        click(h, "Mark as replaced…");
        set_text(h, "Replaced on", "2026-07-01");
        set_text(h, "Replaced by (ids)", "P13");
        click(h, "Wholly");
        set_text(h, "Replacement note", "P13 takes it over.");
        click(h, "Record replacement");
    });
    s.user(|h| click(h, "Remove replacement mark"));
    s.user(|h| click(h, "Copy citation"));
    s.user(|h| {
        let title = "Threshold for party registration should be reduced fourfold, Kazakh President Tokayev says";
        h.get_by_role_and_label(egui::accesskit::Role::Link, title)
            .scroll_to_me();
        h.run();
        h.get_by_role_and_label(egui::accesskit::Role::Link, title)
            .click();
        h.run();
    });

    // Adding and deleting, undo and redo.
    s.user(|h| menu(h, "Edit", "Add reform"));
    s.user(|h| {
        menu(h, "Edit", "Delete commitment…");
        answer(h, "Delete");
    });
    s.user(|h| {
        h.key_press(Key::Escape);
        h.run();
        h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        h.run();
        h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
        h.run();
    });

    // The project's properties and sources.
    s.user(|h| {
        menu(h, "File", "Project properties…");
        set_text(h, "Project title", "Reforms, checked");
        answer(h, "OK");
    });
    s.user(|h| {
        menu(h, "File", "Source documents…");
        answer(h, "Close");
    });

    // The view.
    s.user(|h| click(h, "Dashboard"));
    s.user(|h| click(h, "Checklist"));
    s.user(|h| menu(h, "View", "Dark theme"));
    s.user(|h| {
        h.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
        h.run();
        h.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
        h.run();
    });
    s.user(|h| {
        h.key_press(Key::F11);
        h.run();
        assert!(h.state().ui.report_mode);
        h.key_press(Key::Escape);
        h.run();
    });

    // Screenshots and an export.
    let shot = dir.path().join("shot.png");
    s.user(|h| {
        menu(h, "View", "Save screenshot…");
        answer_path(h, &shot);
        wait_for(h, "the screenshot", |app| app.ui.message.is_some());
        answer(h, "OK");
    });
    assert!(shot.exists());
    s.user(|h| {
        menu(h, "View", "Copy screenshot");
        wait_for(h, "the copy", |app| app.ui.message.is_some());
        answer(h, "OK");
    });
    let html = dir.path().join("t.html");
    s.user(|h| {
        click(h, "File");
        h.get_by_label("Export").hover();
        h.run();
        click(h, "HTML page…");
        answer_path(h, &html);
        wait_for(h, "the export", |app| app.ui.message.is_some());
        answer(h, "OK");
    });
    assert!(html.exists());

    // Saving over a file another program changed: each answer to the question.
    changed_by_another_program(&file, 1);
    s.user(|h| {
        save_key(h);
        answer(h, "Cancel");
    });
    s.user(|h| {
        save_key(h);
        answer(h, "Overwrite");
        wait_for_save(h);
    });
    assert!(!s.harness.state().doc.dirty);
    s.user(files_common::add_reform);
    changed_by_another_program(&file, 2);
    s.user(|h| {
        save_key(h);
        answer(h, "Reload from disk");
    });
    s.user(files_common::add_reform);
    changed_by_another_program(&file, 3);
    let elsewhere = dir.path().join("elsewhere.ron");
    s.user(|h| {
        save_key(h);
        answer(h, "Save elsewhere…");
        answer_path(h, &elsewhere);
        wait_for_save(h);
    });
    assert!(elsewhere.exists());
    s.user(|h| ui_common::save_as(h, &dir.path().join("as.ron")));

    // Unsaved changes: each answer to the question.
    s.user(files_common::add_reform);
    s.user(|h| {
        menu(h, "File", "New");
        answer(h, "Cancel");
    });
    s.user(|h| {
        menu(h, "File", "New");
        answer(h, "Save");
        wait_for(h, "the new project", |app| {
            app.doc.project.commitments.is_empty()
        });
    });
    s.user(files_common::add_reform);
    s.user(|h| {
        menu(h, "File", "New");
        answer(h, "Don't save");
    });
    assert!(s.harness.state().doc.project.commitments.is_empty());
    s.user(|h| {
        menu(h, "File", "Open…");
        answer_path(h, &file);
        wait_for(h, "the open", |app| app.doc.project.commitments.len() > 1);
    });
    s.user(files_common::add_reform);
    s.user(|h| {
        menu(h, "File", "Quit");
        answer(h, "Cancel");
    });

    let missing: Vec<&String> = variants
        .iter()
        .filter(|v| !s.seen().contains(v.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "commands no user action in this session sent: {missing:?}"
    );
}
