//! File → Publish website… through the window as a user does it: the menu, a typed folder,
//! progress and Cancel, a refused folder, and the marks that keep things off the website.

use std::path::Path;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use reform_tracker::app::{App, Document, Startup};

use crate::command_session::answer;
use crate::ui_common::{self, answer_path, click, menu, set_text, wait_for};

const INTERNAL: &str = "Internal: leave out of the published website";
const PUBLIC_NOTE: &str = "Public: publish this note on the website";

/// File → Publish website…, the folder typed; returns once the window says how it went.
pub fn publish(h: &mut Harness<'_, App>, dir: &Path) {
    menu(h, "File", "Publish website…");
    answer_path(h, dir);
    wait_for(h, "the website", |app| {
        app.publishing_path().is_none() && app.ui.message.is_some()
    });
}

/// Starts publishing `dir` and presses Cancel in the status bar while the pages are made.
pub fn publish_and_cancel(h: &mut Harness<'_, App>, dir: &Path) {
    ui_common::start_with_path(h, ("File", "Publish website…"), dir, |app| {
        app.ui.publishing.is_some_and(|p| p.total > 0)
    });
    h.get_by_label("Cancel publishing").click();
    h.step();
    wait_for(h, "the cancel", |app| app.publishing_path().is_none());
}

/// Every file of the tree under `dir`, read as text.
fn all_text(dir: &Path) -> String {
    let mut out = String::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push_str(&String::from_utf8_lossy(&std::fs::read(&path).unwrap()));
            }
        }
    }
    out
}

/// The shipped tracker with P12 in the editor, and a folder to publish into.
fn editing_p12() -> (tempfile::TempDir, Harness<'static, App>) {
    let tmp = tempfile::tempdir().unwrap();
    let mut h = ui_common::app_harness();
    h.run();
    ui_common::select_by_search(&mut h, "P12");
    (tmp, h)
}

fn message(h: &Harness<'_, App>) -> (String, String) {
    let m = h.state().ui.message.clone().expect("a message");
    (m.title, m.body)
}

#[test]
fn publishing_from_the_file_menu_writes_the_site_and_says_what_it_left_out() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("site");
    let mut h = ui_common::app_harness();
    h.run();
    publish(&mut h, &dir);
    assert!(dir.join("index.html").is_file());
    assert!(dir.join("en/index.html").is_file());
    assert!(dir.join("kk/index.html").is_file());
    let (title, body) = message(&h);
    assert_eq!(title, "Website published");
    assert!(body.starts_with("Website written to "), "{body}");
    assert!(body.contains(&dir.display().to_string()), "{body}");
    // The shipped tracker's notes are internal, as every note is until marked public.
    assert!(
        body.contains("Notes are internal unless marked public"),
        "{body}"
    );
    answer(&mut h, "OK");
    assert!(h.state().ui.message.is_none());

    // The same folder again: a site this app made is replaced, not refused.
    publish(&mut h, &dir);
    assert_eq!(message(&h).0, "Website published");
}

#[test]
fn cancel_stops_publishing_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("site");
    let project = reform_tracker::model::synthetic::synthetic_project(3000, 2, 1);
    let mut h = ui_common::app_harness_with(Startup {
        document: Some(Document::untitled(project)),
        ..Default::default()
    });
    h.run();
    publish_and_cancel(&mut h, &dir);
    assert!(!dir.exists(), "nothing written");
    assert!(h.state().ui.message.is_none(), "{:?}", h.state().ui.message);
    assert_eq!(
        h.state().ui.toast.as_deref(),
        Some("Publishing the website was cancelled; nothing was written.")
    );
    assert!(h.query_by_label("Cancel publishing").is_none());
}

#[test]
fn a_folder_holding_a_users_file_is_refused_and_left_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("documents");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("letter.txt"), "Dear colleague").unwrap();
    let mut h = ui_common::app_harness();
    h.run();
    publish(&mut h, &dir);
    let (title, body) = message(&h);
    assert_eq!(title, "The website was not published");
    assert!(body.contains("already holds other files"), "{body}");
    assert!(body.contains("nothing in it was changed"), "{body}");
    let names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["letter.txt"]);
    assert_eq!(
        std::fs::read_to_string(dir.join("letter.txt")).unwrap(),
        "Dear colleague"
    );
}

#[test]
fn an_item_marked_internal_in_the_editor_is_not_published() {
    let (tmp, mut h) = editing_p12();
    set_text(&mut h, "Title", "Zebra crossing registry");
    click(&mut h, INTERNAL);
    let p12 = ui_common::index_of(h.state(), "P12");
    assert!(h.state().doc.project.commitments[p12].internal);
    // One undoable edit, like any other field.
    menu(&mut h, "Edit", "Undo");
    assert!(!h.state().doc.project.commitments[p12].internal);
    click(&mut h, INTERNAL);
    assert!(h.state().doc.project.commitments[p12].internal);

    let dir = tmp.path().join("site");
    publish(&mut h, &dir);
    let body = message(&h).1;
    assert!(
        body.contains("P12: the whole item (marked internal)"),
        "{body}"
    );
    assert!(!dir.join("en/items/P12.html").exists());
    assert!(dir.join("en/items/P11.html").exists());
    assert!(!all_text(&dir).contains("Zebra crossing registry"));
}

#[test]
fn a_note_marked_public_is_published_and_one_left_internal_is_not() {
    let (tmp, mut h) = editing_p12();
    for text in [
        "Kept for the team only",
        "Confirmed by the ministry in writing",
    ] {
        ui_common::type_into(&mut h, "New note", text);
        click(&mut h, "Add note");
    }
    let p12 = ui_common::index_of(h.state(), "P12");
    let last = h.state().doc.project.commitments[p12].notes.len() - 1;
    h.query_all_by_label(PUBLIC_NOTE).last().unwrap().click();
    h.run();
    let notes = &h.state().doc.project.commitments[p12].notes;
    assert_eq!(notes[last].text, "Confirmed by the ministry in writing");
    assert!(notes[last].public);
    assert!(!notes[last - 1].public);

    let dir = tmp.path().join("site");
    publish(&mut h, &dir);
    let text = all_text(&dir);
    assert!(text.contains("Confirmed by the ministry in writing"));
    assert!(!text.contains("Kept for the team only"));
}

#[test]
fn a_link_marked_internal_in_its_form_is_not_published() {
    let (tmp, mut h) = editing_p12();
    let p12 = ui_common::index_of(h.state(), "P12");
    let first = h.state().doc.project.commitments[p12].evidence[0].clone();
    click(&mut h, &format!("Edit evidence {}", first.id));
    click(&mut h, "Internal link: leave out of the published website");
    click(&mut h, "Save evidence");
    let c = &h.state().doc.project.commitments[p12];
    assert!(c.evidence_by_id(first.id).unwrap().internal);

    let dir = tmp.path().join("site");
    publish(&mut h, &dir);
    let body = message(&h).1;
    assert!(
        body.contains(&format!("P12: evidence {} (marked internal)", first.id)),
        "{body}"
    );
}

#[test]
fn a_project_with_undecided_merge_conflicts_is_not_published() {
    use reform_tracker::model::merge::{Conflict, Field, Value};
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("site");
    let mut project = reform_tracker::storage::shipped_tracker();
    project.conflicts = vec![Conflict {
        commitment: "P1".into(),
        field: Field::Title,
        ours: Value::Text("Ours".into()),
        theirs: Value::Text("Theirs".into()),
        ours_from: "ours <main>".into(),
        theirs_from: "theirs 'branch'".into(),
    }];
    let mut h = ui_common::app_harness_with(Startup {
        document: Some(Document::untitled(project)),
        ..Default::default()
    });
    h.run();
    // The list of conflicts opens with the project; the user closes it to go on.
    answer(&mut h, "Close");
    publish(&mut h, &dir);
    let (title, body) = message(&h);
    assert_eq!(title, "The website was not published");
    assert!(body.contains("undecided merge conflicts"), "{body}");
    assert!(!dir.exists());
}
