//! Undo and redo, keyboard navigation, deleting, recent files and preferences.

use crate::ui_common;

use eframe::Storage as _;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use reform_tracker::app::View;
use reform_tracker::model::Status;
use ui_common::{
    app_harness, choose, click, index_of, menu, save_as, select_by_search, set_text, type_into,
};

#[test]
fn undo_and_redo_a_status_change() {
    let mut harness = app_harness();
    let p19 = index_of(harness.state(), "P19");
    let before = harness.state().doc.project.commitments[p19].clone();
    select_by_search(&mut harness, "P19");
    click(&mut harness, "Change status…");
    choose(&mut harness, "New status", "Stalled");
    set_text(&mut harness, "Date of change", "2025-06-01");
    set_text(&mut harness, "Why (note)", "Review floated");
    click(&mut harness, "Record status change");
    let c = &harness.state().doc.project.commitments[p19];
    assert_eq!(c.status, Status::Stalled);
    let last = c.history.last().expect("the change is in the history");
    assert_eq!(last.date, "2025-06-01".parse().unwrap());
    assert_eq!(last.note, "Review floated");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        harness.state().doc.project.commitments[p19],
        before,
        "undo restores status and history"
    );

    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    let c = &harness.state().doc.project.commitments[p19];
    assert_eq!(c.status, Status::Stalled);
    assert_eq!(c.history.len(), before.history.len() + 1);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    harness.run();
    assert_eq!(
        harness.state().doc.project.commitments[p19].status,
        Status::Stalled,
        "Ctrl+Y redoes too"
    );
}

#[test]
fn typing_into_a_field_is_undone_in_one_step() {
    let mut harness = app_harness();
    select_by_search(&mut harness, "P7");
    let p7 = index_of(harness.state(), "P7");
    let before = harness.state().doc.project.commitments[p7]
        .responsible
        .clone();
    type_into(&mut harness, "Responsible body", "Parliament");
    let typed = harness.state().doc.project.commitments[p7]
        .responsible
        .clone();
    assert_eq!(typed, format!("{before}Parliament"));
    // Leave the field, so that Ctrl+Z is the app's undo, not the text field's.
    harness.key_press(Key::Escape);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        harness.state().doc.project.commitments[p7].responsible,
        before
    );
}

#[test]
fn arrow_keys_move_through_the_checklist_and_delete_asks_first() {
    let mut harness = app_harness();
    harness.key_press(Key::ArrowDown);
    harness.run();
    let first = harness
        .state()
        .ui
        .selected
        .expect("down selects the first row");
    harness.key_press(Key::ArrowDown);
    harness.run();
    let second = harness.state().ui.selected.unwrap();
    assert_ne!(first, second);
    harness.key_press(Key::ArrowUp);
    harness.run();
    assert_eq!(harness.state().ui.selected, Some(first));

    let count = harness.state().doc.project.commitments.len();
    let id = harness.state().doc.project.commitments[first].id.clone();
    harness.key_press(Key::Delete);
    harness.run();
    assert!(harness.query_by_label("Delete this commitment?").is_some());
    click(&mut harness, "Cancel");
    assert_eq!(
        harness.state().doc.project.commitments.len(),
        count,
        "cancel keeps it"
    );

    harness.key_press(Key::Delete);
    harness.run();
    click(&mut harness, "Delete");
    assert_eq!(harness.state().doc.project.commitments.len(), count - 1);
    assert!(
        harness
            .state()
            .doc
            .project
            .commitments
            .iter()
            .all(|c| c.id != id)
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        harness.state().doc.project.commitments[first].id,
        id,
        "undo brings it back in place"
    );

    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().ui.selected, None);
}

#[test]
fn search_and_filters_narrow_the_checklist_and_the_summary() {
    let mut harness = app_harness();
    type_into(&mut harness, "Search", "referendum");
    let cache = harness.state().ui.cache.clone().unwrap();
    assert!(
        !cache.order.is_empty()
            && cache.order.len() < harness.state().doc.project.commitments.len()
    );
    assert_eq!(
        cache.summary.total(),
        cache.order.len(),
        "the summary follows the filter"
    );
    assert!(
        harness
            .query_by_label_contains(&format!("{} of", cache.order.len()))
            .is_some()
    );

    click(&mut harness, "Clear");
    click(&mut harness, "Concern flagged");
    let cache = harness.state().ui.cache.clone().unwrap();
    let flagged = harness
        .state()
        .doc
        .project
        .commitments
        .iter()
        .filter(|c| c.concern)
        .count();
    assert_eq!(cache.order.len(), flagged);

    click(&mut harness, "Concern flagged");
    click(&mut harness, "No evidence yet");
    let cache = harness.state().ui.cache.clone().unwrap();
    for &i in &cache.order {
        assert!(
            harness.state().doc.project.commitments[i]
                .evidence
                .is_empty()
        );
    }
}

#[test]
fn recent_files_and_view_are_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kept.ron");
    let mut harness = app_harness();
    save_as(&mut harness, &path);
    click(&mut harness, "Dashboard");
    let prefs = harness.state().prefs_now();
    assert_eq!(
        prefs.recent.first(),
        Some(&std::fs::canonicalize(&path).unwrap())
    );
    assert_eq!(prefs.view, View::Dashboard);

    // Open Recent lists it.
    click(&mut harness, "File");
    click(&mut harness, "Open Recent");
    let item = std::fs::canonicalize(&path).unwrap().display().to_string();
    harness.get_by_role_and_label(Role::Button, &item).click();
    harness.run();
    assert_eq!(
        harness.state().doc.path.as_deref(),
        Some(std::fs::canonicalize(&path).unwrap().as_path())
    );
}

#[test]
fn status_kind_and_overdue_filters_and_sorting() {
    let mut harness = app_harness();
    let fulfilled = |app: &reform_tracker::app::App| {
        app.doc
            .project
            .commitments
            .iter()
            .filter(|c| c.status == Status::Fulfilled)
            .count()
    };
    harness
        .get_by_role_and_label(Role::ComboBox, "Status")
        .click();
    harness.run();
    click(&mut harness, "Fulfilled");
    harness.key_press(Key::Escape);
    harness.run();
    let cache = harness.state().ui.cache.clone().unwrap();
    assert_eq!(cache.order.len(), fulfilled(harness.state()));
    assert_eq!(cache.summary.count(Status::Fulfilled), cache.order.len());
    click(&mut harness, "Clear");

    harness
        .get_by_role_and_label(Role::ComboBox, "Kind")
        .click();
    harness.run();
    click(&mut harness, "Partnership offer");
    let app = harness.state();
    let offers = app
        .doc
        .project
        .commitments
        .iter()
        .filter(|c| c.kind == reform_tracker::model::Kind::PartnershipOffer)
        .count();
    assert_eq!(app.ui.cache.as_ref().unwrap().order.len(), offers);
    click(&mut harness, "Clear");

    // The shipped tracker's deadlines come from its sources (K1–K3); as of a day before the
    // first of them nothing is overdue, and after the last all three are unless fulfilled.
    let overdue_on = |harness: &mut egui_kittest::Harness<'_, reform_tracker::app::App>, day| {
        set_text(harness, "As of", day);
        click(harness, "Overdue");
        let n = harness.state().ui.cache.as_ref().unwrap().order.len();
        click(harness, "Clear");
        n
    };
    assert_eq!(overdue_on(&mut harness, "2026-06-30"), 0);
    let app = harness.state();
    let expected = app
        .doc
        .project
        .commitments
        .iter()
        .filter(|c| c.deadline.is_some() && c.status != Status::Fulfilled)
        .count();
    assert!(expected > 0);
    assert_eq!(overdue_on(&mut harness, "2026-11-29"), expected);
    set_text(&mut harness, "As of", "");

    harness
        .get_by_role_and_label(Role::ComboBox, "Sort")
        .click();
    harness.run();
    click(&mut harness, "Importance");
    let app = harness.state();
    let order = &app.ui.cache.as_ref().unwrap().order;
    let importance: Vec<u8> = order
        .iter()
        .map(|&i| app.doc.project.commitments[i].importance)
        .collect();
    assert!(
        importance.windows(2).all(|w| w[0] >= w[1]),
        "major first: {importance:?}"
    );
    assert_eq!(order.len(), app.doc.project.commitments.len());
}

/// eframe's storage, in memory.
#[derive(Default)]
struct MemoryStorage(std::collections::HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

#[test]
fn theme_zoom_view_and_recent_files_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kept.ron");
    let mut storage = MemoryStorage::default();
    {
        let mut harness = app_harness();
        save_as(&mut harness, &path);
        click(&mut harness, "Dashboard");
        menu(&mut harness, "View", "Dark theme");
        menu(&mut harness, "View", "Zoom in");
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
        harness.run();
        eframe::App::save(harness.state_mut(), &mut storage);
    }
    let mut harness = app_harness();
    assert_eq!(
        harness.ctx.theme(),
        egui::Theme::Light,
        "a fresh start is light"
    );
    let ctx = harness.ctx.clone();
    harness.state_mut().restore_prefs(&ctx, &storage);
    harness.run();
    assert_eq!(harness.ctx.theme(), egui::Theme::Dark);
    assert!((harness.ctx.zoom_factor() - 1.2).abs() < 1e-4);
    assert_eq!(harness.state().ui.view, View::Dashboard);
    assert_eq!(
        harness.state().prefs.recent.first(),
        Some(&std::fs::canonicalize(&path).unwrap())
    );
    let saved = storage.get_string(reform_tracker::app::PREFS_KEY).unwrap();
    assert!(
        !saved.contains("commitments"),
        "preferences never hold the project: {saved}"
    );
}

/// Escape answers a question with Cancel and closes a message, as in any desktop app.
#[test]
fn escape_cancels_the_delete_question_and_closes_a_message() {
    let mut harness = app_harness();
    let total = harness.state().doc.project.commitments.len();
    select_by_search(&mut harness, "P10");
    // Delete acts on the commitment, not on a text field.
    harness.ctx.memory_mut(|m| {
        if let Some(id) = m.focused() {
            m.surrender_focus(id);
        }
    });
    harness.key_press(egui::Key::Delete);
    harness.run();
    assert!(harness.state().ui.confirm.is_some(), "Delete asks");
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(
        harness.state().ui.confirm.is_none(),
        "Escape closes the question"
    );
    assert_eq!(
        harness.state().doc.project.commitments.len(),
        total,
        "and deletes nothing"
    );

    // A message: File → Open… a file that does not exist.
    ui_common::menu(&mut harness, "File", "Open…");
    ui_common::answer_path(&mut harness, std::path::Path::new("/nonexistent/x.ron"));
    ui_common::wait_for(&mut harness, "the message", |app| app.ui.message.is_some());
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(
        harness.state().ui.message.is_none(),
        "Escape closes the message"
    );
}

/// A new commitment opens with its title selected, so the first thing typed names it.
#[test]
fn a_new_commitment_opens_ready_to_be_named() {
    let mut harness = app_harness();
    menu(&mut harness, "Edit", "Add reform");
    harness.run();
    assert!(
        harness.get_by_label("Title").is_focused(),
        "the title has the keyboard"
    );
    harness
        .get_by_label("Title")
        .type_text("Courts streamed online");
    harness.run();
    let i = harness.state().ui.selected.unwrap();
    assert_eq!(
        harness.state().doc.project.commitments[i].title,
        "Courts streamed online"
    );
}

/// The id of the selected commitment.
fn selected_id(harness: &egui_kittest::Harness<'_, reform_tracker::app::App>) -> Option<String> {
    let app = harness.state();
    app.ui
        .selected
        .map(|i| app.doc.project.commitments[i].id.clone())
}

#[test]
fn enter_confirms_the_delete_question() {
    let mut harness = app_harness();
    let count = harness.state().doc.project.commitments.len();
    select_by_search(&mut harness, "P19");
    click(&mut harness, "Search");
    harness.key_press(Key::Escape);
    harness.run();
    harness.key_press(Key::Delete);
    harness.run();
    assert!(harness.query_by_label("Delete this commitment?").is_some());
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(harness.state().doc.project.commitments.len(), count - 1);
    assert!(harness.query_by_label("Delete this commitment?").is_none());
}

#[test]
fn escape_in_the_title_leaves_the_field_and_keeps_the_selection() {
    let mut harness = app_harness();
    select_by_search(&mut harness, "P12");
    click(&mut harness, "Clear");
    harness.key_press(Key::Enter);
    harness.run();
    assert!(
        harness.get_by_label("Title").is_focused(),
        "Enter edits the title"
    );
    harness.key_press(Key::Escape);
    harness.run();
    assert!(!harness.get_by_label("Title").is_focused());
    assert_eq!(
        selected_id(&harness).as_deref(),
        Some("P12"),
        "still selected"
    );
    let order = harness.state().ui.cache.as_ref().unwrap().order.clone();
    let here = order
        .iter()
        .position(|&i| i == harness.state().ui.selected.unwrap())
        .unwrap();
    harness.key_press(Key::ArrowDown);
    harness.run();
    let next = &harness.state().doc.project.commitments[order[here + 1]].id;
    assert_eq!(
        selected_id(&harness).as_ref(),
        Some(next),
        "↓ goes on from P12"
    );
}

#[test]
fn down_leaves_the_search_for_the_list_and_escape_empties_the_search() {
    let mut harness = app_harness();
    type_into(&mut harness, "Search", "party");
    let first = harness.state().ui.cache.as_ref().unwrap().order[0];
    let first = harness.state().doc.project.commitments[first].id.clone();
    harness.key_press(Key::ArrowDown);
    harness.run();
    assert!(!harness.get_by_label("Search").is_focused());
    assert_eq!(
        selected_id(&harness),
        Some(first),
        "the first match is selected"
    );

    click(&mut harness, "Search");
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(
        harness.state().ui.filter.text,
        "",
        "Escape empties the search"
    );
}

#[test]
fn a_search_with_no_match_says_so_and_a_hidden_selection_says_why() {
    let mut harness = app_harness();
    select_by_search(&mut harness, "P12");
    type_into(&mut harness, "Search", "zzzz no such words");
    assert!(
        harness
            .query_by_label("No commitment matches the search and filters.")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("the search or filters hide this commitment")
            .is_some(),
        "the editor says why its commitment is not in the list"
    );
}

#[test]
fn another_commitment_opens_at_its_title() {
    let mut harness = app_harness();
    select_by_search(&mut harness, "P12");
    click(&mut harness, "Clear");
    let top = harness.get_by_label("Title").rect().top();
    harness.get_by_label("New note").scroll_to_me();
    harness.run();
    assert!(
        harness.get_by_label("Title").rect().top() < top,
        "scrolled down"
    );
    click(&mut harness, "Search");
    harness.key_press(Key::ArrowDown);
    harness.run();
    assert_ne!(selected_id(&harness).as_deref(), Some("P12"));
    assert_eq!(harness.get_by_label("Title").rect().top(), top);
}

#[test]
fn a_note_can_be_dated_the_day_it_records_but_not_after_today() {
    let mut harness = app_harness();
    select_by_search(&mut harness, "P12");
    let p12 = index_of(harness.state(), "P12");
    set_text(&mut harness, "New note", "Call with the ministry");
    set_text(&mut harness, "Dated", "2099-01-01");
    assert!(
        harness
            .query_by_label("A note cannot be dated after today.")
            .is_some()
    );
    assert!(
        harness
            .get_by_label("Add note")
            .accesskit_node()
            .is_disabled()
    );
    set_text(&mut harness, "Dated", "2026-11-20");
    click(&mut harness, "Add note");
    let note = harness.state().doc.project.commitments[p12]
        .notes
        .last()
        .unwrap()
        .clone();
    assert_eq!(note.text, "Call with the ministry");
    assert_eq!(note.date.to_string(), "2026-11-20");
    assert_eq!(
        harness.state().ui.new_note_date,
        "",
        "the next note starts on today"
    );
}

#[test]
fn the_source_can_be_set_to_none() {
    let mut harness = app_harness();
    select_by_search(&mut harness, "P12");
    let p12 = index_of(harness.state(), "P12");
    assert!(
        !harness.state().doc.project.commitments[p12]
            .source
            .is_empty()
    );
    choose(&mut harness, "Source", "— (none)");
    assert_eq!(harness.state().doc.project.commitments[p12].source, "");
}

/// A note typed and not yet added waits for its commitment while another one is shown.
#[test]
fn a_note_being_typed_waits_while_another_commitment_is_shown() {
    let mut harness = app_harness();
    select_by_search(&mut harness, "P12");
    click(&mut harness, "Clear");
    set_text(&mut harness, "New note", "Half a thought");
    click(&mut harness, "Search");
    harness.key_press(Key::ArrowDown);
    harness.run();
    assert_ne!(selected_id(&harness).as_deref(), Some("P12"));
    assert_eq!(
        harness.state().ui.new_note,
        "",
        "the other commitment's box is its own"
    );
    select_by_search(&mut harness, "P12");
    assert_eq!(harness.state().ui.new_note, "Half a thought");
}
