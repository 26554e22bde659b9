//! Every `Command` the app knows is sent by the window in one session driven as a user drives
//! it: menus, buttons, fields, keys and the questions the app asks. A command added without a
//! way in from the window fails here.

use crate::command_session;
use crate::files_common;
use crate::ui_common;

use egui_kittest::kittest::Queryable as _;
use reform_tracker::i18n::Lang;
use reform_tracker::ui::actions::{self, Menu};

/// Every variant of `Command`, by the names its derive gives them.
fn command_variants() -> Vec<&'static str> {
    use strum::VariantNames as _;
    reform_tracker::app::Command::VARIANTS.to_vec()
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
    // Enter on the selection edits its title.
    s.user(|h| {
        h.key_press(Key::Enter);
        h.run();
    });
    assert!(s.harness.get_by_label("Title").is_focused());
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
    s.user(|h| {
        menu(h, "File", "Vocabularies…");
        answer(h, "Close");
    });

    // The view, from the toolbar and from the command palette.
    s.user(|h| {
        ui_common::open_palette(h, Modifiers::COMMAND, Key::K);
        ui_common::palette_type(h, "dashb");
        h.key_press(Key::Enter);
        h.run();
    });
    assert_eq!(
        s.harness.state().ui.view,
        reform_tracker::app::View::Dashboard
    );
    s.user(|h| click(h, "Checklist"));
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
    let site = dir.path().join("site");
    s.user(|h| {
        crate::publish::publish(h, &site);
        answer(h, "OK");
    });
    assert!(site.join("index.html").exists());

    // Importing a sheet: the mapping, saving it, the summary and back, Import; then as a new
    // project (called off at the unsaved-work question); then cancelled.
    let sheet = dir.path().join("sheet.csv");
    std::fs::write(
        &sheet,
        "id,heading,status\nP12,,Stalled\nZZ1,New one,Fulfilled\n",
    )
    .unwrap();
    let mapping_shown = |app: &reform_tracker::app::App| {
        matches!(
            app.ui.dialogs.import().map(|f| &f.stage),
            Some(reform_tracker::app::ImportStage::Mapping { .. })
        )
    };
    s.user(|h| {
        menu(h, "File", "Import…");
        answer_path(h, &sheet);
        wait_for(h, "the mapping", mapping_shown);
    });
    s.user(|h| ui_common::choose(h, "heading", "Title"));
    let map = dir.path().join("map.ron");
    s.user(|h| {
        click(h, "Save mapping…");
        answer_path(h, &map);
        wait_for(h, "the mapping file", |_| map.exists());
    });
    // The sheet's status words: one mapped, then the saved mapping loaded back.
    s.user(|h| ui_common::choose(h, "“Stalled”", "In progress"));
    s.user(|h| {
        click(h, "Load mapping…");
        answer_path(h, &map);
    });
    s.user(|h| click(h, "Show changes…"));
    s.user(|h| click(h, "Back"));
    s.user(|h| {
        click(h, "Show changes…");
        click(h, "Import");
    });
    assert!(
        s.harness
            .state()
            .doc
            .project
            .commitments
            .iter()
            .any(|c| c.id == "ZZ1")
    );
    s.user(|h| {
        menu(h, "File", "Import…");
        answer_path(h, &sheet);
        wait_for(h, "the mapping", mapping_shown);
    });
    s.user(|h| {
        ui_common::choose(h, "heading", "Title");
        click(h, "As a new project (instead of merging into this one)");
    });
    s.user(|h| {
        click(h, "Show changes…");
        click(h, "Import");
        answer(h, "Cancel");
    });
    // A UHRI export with its built-in mapping, then cancelled.
    let uhri = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/uhri/kazakhstan-sample.xlsx");
    s.user(|h| {
        menu(h, "File", "Import…");
        answer_path(h, &uhri);
        wait_for(h, "the mapping", mapping_shown);
        ui_common::choose(
            h,
            "Built-in mapping",
            "UN Universal Human Rights Index (UHRI)",
        );
        click(h, "Cancel");
    });
    assert!(s.harness.state().ui.dialogs.import().is_none());

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
    changed_by_another_program(&file, 4);
    s.user(|h| {
        save_key(h);
        answer(h, "Merge their changes");
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

    // A file a git merge left conflicts in: the list, the banner, a draft, both decisions;
    // then File → Compare with… the original.
    let conflicted = dir.path().join("conflicted.ron");
    conflicted_copy(&file, &conflicted);
    s.user(|h| {
        menu(h, "File", "Open…");
        answer_path(h, &conflicted);
        wait_for(h, "the open", |app| !app.doc.project.conflicts.is_empty());
    });
    s.user(|h| answer(h, "Close"));
    s.user(|h| click(h, "Resolve conflicts…"));
    s.user(|h| {
        answer(h, "Save as draft");
        wait_for_save(h);
    });
    s.user(|h| {
        h.query_all_by_label("Keep theirs").next().unwrap().click();
        h.run();
        h.get_by_label("Keep ours").click();
        h.run();
    });
    assert!(s.harness.state().doc.project.conflicts.is_empty());
    s.user(|h| {
        menu(h, "File", "Compare with…");
        answer_path(h, &file);
        wait_for(h, "the comparison", |app| {
            app.ui.dialogs.comparison().is_some()
        });
    });
    s.user(|h| answer(h, "Close"));

    // A file git merged as text, markers and all: resolved in the window.
    let marked = dir.path().join("marked.ron");
    std::fs::write(
        &marked,
        reform_tracker::storage::SHIPPED_TRACKER.replacen(
            "    format_version: 4,\n",
            "<<<<<<< HEAD\n    format_version: 4,\n=======\n    format_version: 4,\n>>>>>>> other\n",
            1,
        ),
    )
    .unwrap();
    s.user(|h| {
        menu(h, "File", "Open…");
        if h.query_by_label("Don't save").is_some() {
            click(h, "Don't save");
        }
        answer_path(h, &marked);
        wait_for(h, "the open", |app| app.ui.message.is_some());
        click(h, "Resolve in the window");
    });
    assert_eq!(
        s.harness.state().doc.path.as_deref(),
        Some(marked.as_path())
    );

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
    // A big file opens on a worker, with its progress and a Cancel button.
    let big = dir.path().join("big.ron");
    let big_project = reform_tracker::model::synthetic::synthetic_project(1_500, 5, 1);
    reform_tracker::storage::save_file(&big, &big_project).unwrap();
    s.user(|h| {
        // Once the bar shows the size, the button beside it stays in place.
        ui_common::start_with_path(h, ("File", "Open…"), &big, |app| {
            app.ui.file_progress.is_some_and(|p| p.total > 0)
        });
        h.get_by_label("Cancel").click();
        h.step();
        h.run();
    });
    assert!(s.harness.state().loading_path().is_none());
    s.user(files_common::add_reform);
    s.user(|h| {
        menu(h, "File", "Quit");
        answer(h, "Cancel");
    });
    // View → Language: Russian, then back to English by the menus' Russian names.
    s.user(|h| {
        for lang in [Lang::Ru, Lang::En] {
            // The menu bar comes first; in Russian the editor's Kind field is also «Вид».
            let view = Menu::View.label();
            h.query_all_by_label(&view)
                .next()
                .expect("the View menu")
                .click();
            h.run();
            h.get_by_label(&actions::language_menu()).hover();
            h.run();
            h.get_by_label(lang.native_name()).click();
            h.run_steps(30);
            assert_eq!(reform_tracker::i18n::language(), lang);
        }
    });

    // Batch edits, on a project with a vocabulary term and a recommendation (the shipped
    // tracker has neither).
    let mut b = Session::new(crate::batch::harness());
    b.user(|h| {
        h.run();
        crate::batch::row_click(h, "R01", Modifiers::NONE);
        crate::batch::row_click(h, "R03", Modifiers::SHIFT);
        crate::batch::row_click(h, "R05", Modifiers::COMMAND);
    });
    b.user(|h| {
        h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::A);
        h.run();
    });
    b.user(|h| {
        ui_common::choose(h, "Term", "Theme: Courts");
        click(h, "Add to all");
        click(h, "Remove from all");
    });
    b.user(|h| click(h, "Record for all"));
    b.user(|h| click(h, "Flag a concern on all"));
    b.user(|h| {
        ui_common::choose(h, "Recommendation", "UPR-1  Make the courts independent");
        click(h, "Link all");
    });

    // Publishing a big project, cancelled from the status bar.
    let mut c = Session::new(ui_common::app_harness_with(reform_tracker::app::Startup {
        document: Some(reform_tracker::app::Document::untitled(
            reform_tracker::model::synthetic::synthetic_project(3_000, 2, 1),
        )),
        ..Default::default()
    }));
    c.user(|h| crate::publish::publish_and_cancel(h, &dir.path().join("big-site")));

    let missing: Vec<&str> = variants
        .iter()
        .copied()
        .filter(|v| ![&s, &b, &c].iter().any(|x| x.seen().contains(*v)))
        .collect();
    assert!(
        missing.is_empty(),
        "commands no user action in this session sent: {missing:?}"
    );
}

/// A copy of the tracker at `from` with two conflicts, as a git merge leaves them.
fn conflicted_copy(from: &std::path::Path, to: &std::path::Path) {
    use reform_tracker::model::merge::{Sides, merge};
    let base = reform_tracker::storage::load_file(from).unwrap().project;
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    for (i, side) in [(0, "ours"), (1, "ours")] {
        ours.commitments[i].title = format!("Title from {side}");
    }
    for i in [0, 1] {
        theirs.commitments[i].title = "Title from theirs".into();
    }
    let merged = merge(&base, &ours, &theirs, &Sides::default());
    assert_eq!(merged.conflicts.len(), 2);
    reform_tracker::storage::save_file(to, &merged).unwrap();
}
