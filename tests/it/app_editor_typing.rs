//! Typing in the detail editor: what is typed stays as typed, even with a click in the same
//! frame or an undo while a note is being written; Escape in a drop-down only closes it.

use crate::editor_common;
use crate::ui_common;

use editor_common::{app_harness, field, focus_end, set_text, type_slowly};
use egui::accesskit::Role;
use egui::{Event, Key, Modifiers, PointerButton};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use reform_tracker::app::App;
use reform_tracker::model::Evidence;
use ui_common::{click, index_of, select_by_search};

/// Types into `label` and clicks `next` in one and the same frame, as happens on a busy machine.
fn type_and_click_in_one_frame(
    harness: &mut Harness<'_, App>,
    label: &str,
    text: &str,
    next: &str,
) {
    focus_end(harness, label);
    let target = field(harness, next).rect().center();
    let events = &mut harness.input_mut().events;
    events.extend(text.chars().map(|c| Event::Text(c.to_string())));
    events.push(Event::PointerMoved(target));
    for pressed in [true, false] {
        events.push(Event::PointerButton {
            pos: target,
            button: PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
    }
    harness.run();
    assert!(
        field(harness, next).is_focused(),
        "the click after typing in {label} still reaches {next}"
    );
}

#[test]
fn tags_keep_commas_and_spaces_as_they_are_typed() {
    let mut harness = app_harness();
    select_by_search(&mut harness, "P12");
    let p12 = index_of(harness.state(), "P12");
    let before = harness.state().doc.project.commitments[p12].tags.join(", ");
    focus_end(&mut harness, "Tags");
    type_slowly(&mut harness, ", judiciary reform");
    assert_eq!(
        field(&harness, "Tags").value().as_deref(),
        Some(format!("{before}, judiciary reform").as_str()),
        "the field shows what was typed"
    );
    let tags = &harness.state().doc.project.commitments[p12].tags;
    assert_eq!(tags.last().map(String::as_str), Some("judiciary reform"));
    // Leaving the field shows the tags as stored.
    field(&harness, "Responsible body").click();
    harness.run();
    assert_eq!(
        field(&harness, "Tags").value().as_deref(),
        Some(format!("{before}, judiciary reform").as_str())
    );
}

#[test]
fn typing_then_clicking_another_field_in_the_same_frame_keeps_every_character() {
    let mut harness = app_harness();
    select_by_search(&mut harness, "P12");
    let p12 = index_of(harness.state(), "P12");
    click(&mut harness, "Change status…");
    click(&mut harness, "Add evidence link…");
    let typed = "Law on local elections adopted";
    // Each field, then the next field below it, then one above it (drawn first).
    let fields = [
        ("Title", "Quote or summary", "Search"),
        ("Quote or summary", "Who committed", "Title"),
        ("Who committed", "Category", "Quote or summary"),
        ("Category", "Responsible body", "Who committed"),
        ("Responsible body", "Tags", "Category"),
        ("Tags", "Why (note)", "Responsible body"),
        ("Why (note)", "Link title", "Date of change"),
        ("Link title", "Web address", "Why (note)"),
        ("Web address", "Publisher", "Link title"),
        ("Publisher", "Evidence note", "Web address"),
        ("Evidence note", "New note", "Publisher"),
        ("New note", "Evidence note", "Publisher"),
    ];
    for (label, below, above) in fields {
        for (next, text) in [(below, format!(" {typed}")), (above, " again".to_owned())] {
            type_and_click_in_one_frame(&mut harness, label, &text, next);
            let app = harness.state();
            let c = &app.doc.project.commitments[p12];
            let draft = app.ui.new_evidence.clone().unwrap_or(Evidence::new(0));
            let note = app.ui.status_form.as_ref().map(|f| f.note.clone());
            let value = match label {
                "Title" => c.title.clone(),
                "Quote or summary" => c.quote.clone(),
                "Who committed" => c.actor.clone(),
                "Category" => c.category.clone(),
                "Responsible body" => c.responsible.clone(),
                "Tags" => c.tags.join(", "),
                "Why (note)" => note.unwrap_or_default(),
                "Link title" => draft.title,
                "Web address" => draft.url,
                "Publisher" => draft.publisher,
                "Evidence note" => draft.note,
                "New note" => app.ui.new_note.clone(),
                other => unreachable!("{other}"),
            };
            assert!(
                value.contains(text.trim()),
                "{label}, then a click on {next} in the same frame: {value:?} lacks {text:?}"
            );
        }
    }
}

#[test]
fn escape_in_a_drop_down_closes_it_and_keeps_the_selection() {
    let mut harness = app_harness();
    select_by_search(&mut harness, "P12");
    let p12 = index_of(harness.state(), "P12");
    harness.get_by_label("Clear").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::ComboBox, "Source")
        .click();
    harness.run();
    assert!(
        egui::Popup::is_any_open(&harness.ctx),
        "the drop-down is open"
    );
    harness.key_press(Key::Escape);
    harness.run();
    assert!(!egui::Popup::is_any_open(&harness.ctx), "Escape closed it");
    assert_eq!(
        harness.state().ui.selected,
        Some(p12),
        "and kept the commitment selected"
    );
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(
        harness.state().ui.selected,
        None,
        "a second Escape deselects"
    );
}

#[test]
fn undo_keeps_a_note_and_a_link_being_typed() {
    let mut harness = app_harness();
    select_by_search(&mut harness, "P12");
    let p12 = index_of(harness.state(), "P12");
    let before = harness.state().doc.project.commitments[p12]
        .responsible
        .clone();
    focus_end(&mut harness, "Responsible body");
    type_slowly(&mut harness, " and Parliament");
    click(&mut harness, "Add evidence link…");
    set_text(&mut harness, "Link title", "Congress report");
    set_text(&mut harness, "New note", "Check again after the congress");
    ui_common::menu(&mut harness, "Edit", "Undo");
    let app = harness.state();
    assert_eq!(
        app.doc.project.commitments[p12].responsible, before,
        "the edit is undone"
    );
    assert_eq!(app.ui.new_note, "Check again after the congress");
    assert_eq!(
        app.ui.new_evidence.as_ref().map(|e| e.title.as_str()),
        Some("Congress report"),
        "drafts being typed are not thrown away"
    );
}

/// Ctrl+Z in the new-note box undoes the typing there, not the note added before it.
#[test]
fn ctrl_z_in_the_note_box_leaves_the_added_note() {
    let mut harness = app_harness();
    select_by_search(&mut harness, "P12");
    let p12 = index_of(harness.state(), "P12");
    let notes = harness.state().doc.project.commitments[p12].notes.len();
    set_text(&mut harness, "New note", "Asked the ministry");
    click(&mut harness, "Add note");
    assert_eq!(
        harness.state().doc.project.commitments[p12].notes.len(),
        notes + 1
    );
    focus_end(&mut harness, "New note");
    type_slowly(&mut harness, "Second thought");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let app = harness.state();
    assert_eq!(
        app.doc.project.commitments[p12].notes.len(),
        notes + 1,
        "the note added before is still there"
    );
    assert_ne!(
        app.ui.new_note, "Second thought",
        "the typing in the box was undone"
    );
}
