//! The project's own fields and its source documents, edited through the window.

use crate::ui_common;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use reform_tracker::app::App;
use ui_common::{app_harness, click};

fn menu(harness: &mut Harness<'_, App>, menu: &str, item: &str) {
    click(harness, menu);
    click(harness, item);
}

fn set_text(harness: &mut Harness<'_, App>, label: &str, text: &str) {
    let field = harness.get_by_label(label);
    field.click();
    harness.run();
    // Select what is there, so typing replaces it.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.key_press(egui::Key::Backspace);
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

#[test]
fn a_new_project_gets_its_title_description_and_date_from_the_properties_dialog() {
    let mut harness = app_harness();
    menu(&mut harness, "File", "New");
    assert_eq!(harness.state().doc.project.title, "Untitled tracker");
    menu(&mut harness, "File", "Project properties…");
    // The title field has the keyboard as soon as the dialog opens.
    harness
        .get_by_label("Project title")
        .type_text("Judicial reform, Kazakhstan");
    harness.run();
    set_text(&mut harness, "Description", "Court reforms since 2022.");
    set_text(&mut harness, "Assessments current to", "2026-11");
    // Nothing changes before OK.
    assert_eq!(harness.state().doc.project.title, "Untitled tracker");
    click(&mut harness, "OK");
    let p = &harness.state().doc.project;
    assert_eq!(p.title, "Judicial reform, Kazakhstan");
    assert_eq!(p.description, "Court reforms since 2022.");
    assert_eq!(p.as_of.map(|d| d.to_string()).as_deref(), Some("2026-11"));
    assert!(
        harness
            .query_by_label("Judicial reform, Kazakhstan")
            .is_some(),
        "the header shows it"
    );
    // One undo step takes all three back.
    menu(&mut harness, "Edit", "Undo");
    assert_eq!(harness.state().doc.project.title, "Untitled tracker");
    assert_eq!(harness.state().doc.project.description, "");
}

#[test]
fn clicking_the_title_opens_the_properties_and_a_bad_date_is_refused_with_the_reason() {
    let mut harness = app_harness();
    let title = harness.state().doc.project.title.clone();
    click(&mut harness, &title);
    assert!(harness.query_by_label("Project title").is_some());
    set_text(&mut harness, "Assessments current to", "2026-13");
    assert!(
        harness
            .query_by_label_contains("\"2026-13\" is not a date")
            .is_some(),
        "says what is wrong"
    );
    set_text(&mut harness, "Project title", "");
    assert!(harness.query_by_label("A project needs a title.").is_some());
    click(&mut harness, "OK");
    assert!(
        harness.query_by_label("Project title").is_some(),
        "OK is greyed out: still open"
    );
    // While the dialog is open, the window's shortcuts wait.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    harness.run();
    assert!(
        harness.state().doc.project.title == title,
        "Ctrl+N did not start a new project"
    );
    click(&mut harness, "Cancel");
    assert!(harness.query_by_label("Project title").is_none());
    assert_eq!(harness.state().doc.project.title, title);
    assert!(!harness.state().doc.dirty);
}

#[test]
fn sources_are_added_edited_and_removed_and_links_are_checked() {
    let mut harness = app_harness();
    menu(&mut harness, "File", "New");
    menu(&mut harness, "File", "Source documents…");
    assert!(harness.query_by_label_contains("No sources yet").is_some());
    click(&mut harness, "Add source…");
    set_text(&mut harness, "Source id", "address-2022");
    set_text(&mut harness, "Source title", "State of the Nation Address");
    set_text(&mut harness, "Publisher", "Akorda");
    set_text(&mut harness, "Source date", "2022-03-16");
    set_text(&mut harness, "Address (URL)", "javascript:alert(1)");
    assert!(
        harness
            .query_by_label_contains("This address cannot be used")
            .is_some(),
        "an unsafe address is refused as it is typed, with the reason"
    );
    click(&mut harness, "Save source");
    assert!(
        harness.state().doc.project.sources.is_empty(),
        "Save is greyed out"
    );
    set_text(
        &mut harness,
        "Address (URL)",
        "https://www.akorda.kz/en/address",
    );
    click(&mut harness, "Save source");
    let sources = &harness.state().doc.project.sources;
    assert_eq!(sources.len(), 1);
    assert_eq!(sources[0].id, "address-2022");
    assert_eq!(
        sources[0].date.map(|d| d.to_string()).as_deref(),
        Some("2022-03-16")
    );
    assert_eq!(sources[0].url, "https://www.akorda.kz/en/address");

    click(&mut harness, "Edit source address-2022");
    set_text(&mut harness, "Publisher", "Office of the President");
    click(&mut harness, "Save source");
    assert_eq!(
        harness.state().doc.project.sources[0].publisher,
        "Office of the President"
    );

    // A second source with the same id is refused.
    click(&mut harness, "Add source…");
    set_text(&mut harness, "Source id", "address-2022");
    set_text(&mut harness, "Source title", "Copy");
    assert!(
        harness
            .query_by_label_contains("already has the id")
            .is_some()
    );
    click(&mut harness, "Cancel");

    click(&mut harness, "Remove source address-2022");
    assert!(
        harness.state().doc.project.sources.is_empty(),
        "an uncited source goes at once"
    );
    click(&mut harness, "Close");
    menu(&mut harness, "Edit", "Undo");
    assert_eq!(
        harness.state().doc.project.sources.len(),
        1,
        "Undo brings it back"
    );
}

#[test]
fn removing_a_source_that_commitments_cite_names_them_and_asks() {
    let mut harness = app_harness();
    let id = "address-2022-03-16";
    let citing: Vec<String> = harness
        .state()
        .doc
        .project
        .commitments
        .iter()
        .filter(|c| c.source == id)
        .map(|c| c.id.clone())
        .collect();
    assert!(citing.len() > 1);
    menu(&mut harness, "File", "Source documents…");
    let remove = format!("Remove source {id}");
    harness.get_by_label(&remove).scroll_to_me();
    harness.run();
    click(&mut harness, &remove);
    assert!(
        harness
            .query_by_label_contains(&citing[..2].join(", "))
            .is_some(),
        "the question names the commitments that cite it"
    );
    click(&mut harness, "Keep it");
    assert_eq!(
        harness.state().ui.dialogs.sources().unwrap().confirm_remove,
        None
    );
    // Two clicks on different buttons within a double-click interval count as one double
    // click; a user pauses longer between reading a question and answering the next.
    harness.run_steps(30);
    assert!(
        harness
            .state()
            .doc
            .project
            .sources
            .iter()
            .any(|s| s.id == id)
    );
    harness.get_by_label(&remove).scroll_to_me();
    harness.run();
    click(&mut harness, &remove);
    assert!(
        harness
            .state()
            .ui
            .dialogs
            .sources()
            .unwrap()
            .confirm_remove
            .is_some()
    );
    click(&mut harness, "Remove anyway");
    assert!(
        !harness
            .state()
            .doc
            .project
            .sources
            .iter()
            .any(|s| s.id == id)
    );
    // The commitments keep what they said.
    let p = &harness.state().doc.project;
    assert!(
        citing
            .iter()
            .all(|c| p.commitments.iter().any(|x| x.id == *c && x.source == id))
    );
}

#[test]
fn a_cited_source_keeps_its_id_when_edited() {
    let mut harness = app_harness();
    menu(&mut harness, "File", "Source documents…");
    click(&mut harness, "Edit source address-2022-03-16");
    let field = harness.get_by_label("Source id");
    assert_ne!(
        field.accesskit_node().role(),
        egui::accesskit::Role::TextInput,
        "commitments name it by its id: it is shown, not editable"
    );
}

/// OK and Cancel stay where they are while what is typed turns wrong or right: a click aimed
/// at OK never lands on Cancel.
#[test]
fn the_buttons_do_not_move_when_a_problem_appears() {
    let mut harness = app_harness();
    menu(&mut harness, "File", "Project properties…");
    let ok = harness.get_by_label("OK").rect();
    let cancel = harness.get_by_label("Cancel").rect();
    set_text(&mut harness, "Assessments current to", "2026-13-45");
    set_text(&mut harness, "Project title", "");
    assert!(harness.query_by_label("A project needs a title.").is_some());
    assert_eq!(harness.get_by_label("OK").rect().min, ok.min);
    assert_eq!(harness.get_by_label("Cancel").rect().min, cancel.min);
}
