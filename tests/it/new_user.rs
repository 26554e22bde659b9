//! A new user's first tracker, from File → New to a report, every step through the window:
//! menus, buttons, fields and keys found by their labels, as a user (or a screen reader)
//! finds them.

use crate::ui_common;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use reform_tracker::app::{App, Startup};
use reform_tracker::model::Status;
use ui_common::{answer_path, app_harness_with, choose, click, menu, set_text, wait_for};

fn add_commitment(harness: &mut Harness<'_, App>, title: &str, tags: &str) {
    menu(harness, "Edit", "Add reform");
    set_text(harness, "Title", title);
    choose(harness, "Source", "Law on the Courts");
    // Typed in two goes, with spaces and a comma, as people type tags.
    set_text(harness, "Tags", tags);
    harness.get_by_label("Who committed").click();
    harness.run();
}

#[test]
fn from_file_new_to_a_saved_reopened_pictured_and_exported_tracker() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("courts.ron");
    let mut harness = app_harness_with(Startup {
        recovery_dir: Some(dir.path().join("recovery")),
        ..Startup::default()
    });

    // A new project, with a title, description and source.
    menu(&mut harness, "File", "New");
    menu(&mut harness, "File", "Project properties…");
    harness
        .get_by_label("Project title")
        .type_text("Court reform tracker");
    harness.run();
    set_text(
        &mut harness,
        "Description",
        "Laws on the courts since 2022.",
    );
    click(&mut harness, "OK");
    menu(&mut harness, "File", "Source documents…");
    click(&mut harness, "Add source…");
    set_text(&mut harness, "Source id", "courts-law-2023");
    set_text(&mut harness, "Source title", "Law on the Courts");
    set_text(&mut harness, "Publisher", "Adilet");
    set_text(&mut harness, "Source date", "2023-11-20");
    click(&mut harness, "Save source");
    click(&mut harness, "Close");

    // Two commitments, two tags each.
    add_commitment(
        &mut harness,
        "Judges appointed by a new council",
        "judiciary reform, courts",
    );
    add_commitment(
        &mut harness,
        "Court hearings streamed",
        "open courts, transparency",
    );

    // Evidence, and a status change resting on it.
    click(&mut harness, "Add evidence link…");
    set_text(&mut harness, "Link title", "Streaming rules adopted");
    set_text(&mut harness, "Web address", "https://example.org/streaming");
    set_text(&mut harness, "Published", "2024-02-01");
    click(&mut harness, "Add evidence");
    click(&mut harness, "Change status…");
    choose(&mut harness, "New status", "In progress");
    set_text(&mut harness, "Date of change", "2024-02-01");
    set_text(&mut harness, "Why (note)", "Rules adopted, not yet applied");
    harness
        .get_by_role_and_label(egui::accesskit::Role::CheckBox, "Streaming rules adopted")
        .click();
    harness.run();
    click(&mut harness, "Record status change");

    // What the window holds now.
    let p = harness.state().doc.project.clone();
    assert_eq!(p.title, "Court reform tracker");
    assert_eq!(p.description, "Laws on the courts since 2022.");
    assert_eq!(p.sources.len(), 1);
    assert_eq!(p.commitments.len(), 2);
    assert_eq!(p.commitments[0].tags, ["judiciary reform", "courts"]);
    assert_eq!(p.commitments[1].tags, ["open courts", "transparency"]);
    assert!(p.commitments.iter().all(|c| c.source == "courts-law-2023"));
    let c = &p.commitments[1];
    assert_eq!(c.status, Status::InProgress);
    assert_eq!(c.history.len(), 1);
    assert_eq!(c.history[0].evidence, [c.evidence[0].id]);
    assert!(
        harness.query_by_label("Court reform tracker").is_some(),
        "the header shows the title"
    );

    // Save, start over, reopen: the same tracker comes back.
    menu(&mut harness, "File", "Save");
    answer_path(&mut harness, &file);
    wait_for(&mut harness, "the save", |app| {
        !app.doc.dirty && file.exists()
    });
    menu(&mut harness, "File", "New");
    assert!(harness.state().doc.project.commitments.is_empty());
    menu(&mut harness, "File", "Open…");
    answer_path(&mut harness, &file);
    wait_for(&mut harness, "the open", |app| {
        app.doc.project.commitments.len() == 2
    });
    assert_eq!(harness.state().doc.project, p);

    // A screenshot from the View menu, and an export from the File menu.
    let shot = dir.path().join("courts.png");
    menu(&mut harness, "View", "Save screenshot…");
    answer_path(&mut harness, &shot);
    wait_for(&mut harness, "the screenshot", |app| {
        app.ui.message.is_some()
    });
    let message = harness.state().ui.message.clone();
    assert!(
        harness.query_by_label("Screenshot saved").is_some(),
        "{message:?}"
    );
    click(&mut harness, "OK");
    let image = image::open(&shot).expect("a PNG was written").to_rgba8();
    assert!(
        image.width() >= 1280,
        "at least the window's size: {}",
        image.width()
    );

    let html = dir.path().join("courts.html");
    click(&mut harness, "File");
    harness.get_by_label("Export").hover();
    harness.run();
    click(&mut harness, "HTML page…");
    answer_path(&mut harness, &html);
    wait_for(&mut harness, "the export", |_| html.exists());
    let text = std::fs::read_to_string(&html).unwrap();
    assert!(text.contains("Court reform tracker"));
    assert!(text.contains("Court hearings streamed"));
    assert!(text.contains("Streaming rules adopted"));
}
