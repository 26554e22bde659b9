//! A user's flow in each of the three languages, through the window by the words of that
//! language: View → Language, a status change through its form, the row a screen reader reads,
//! the choice remembered for the next start, and everything still inside the window at zoom
//! 1.5.

use crate::ui_common;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use reform_tracker::app::{App, Startup};
use reform_tracker::i18n::{Lang, language, set_language};
use reform_tracker::model::Status;
use reform_tracker::t;
use reform_tracker::ui::actions::{self, Menu};
use ui_common::{app_harness_with, beyond_the_edge, click, set_text, type_into};

/// View → Language → the language's own name, as a user finds their way in any language.
fn switch_to(harness: &mut Harness<'_, App>, lang: Lang) {
    let view = Menu::View.label();
    harness
        .query_all_by_label(&view)
        .next()
        .expect("the View menu")
        .click();
    harness.run();
    harness.get_by_label(&actions::language_menu()).hover();
    harness.run();
    harness.get_by_label(lang.native_name()).click();
    harness.run();
    assert_eq!(language(), lang);
}

fn flow_in(lang: Lang) {
    let mut h = app_harness_with(Startup::default());
    switch_to(&mut h, lang);

    // A status change, by the words of the language.
    type_into(&mut h, &t!("search-label"), "A9");
    h.get_by_label_contains("A9  ").click();
    h.run();
    click(&mut h, &t!("editor-history-change-status"));
    click(&mut h, &t!("editor-history-new-status"));
    let fulfilled = Status::PartiallyFulfilled.label();
    h.query_all_by_label(fulfilled)
        .last()
        .expect("the status is listed")
        .click();
    h.run();
    set_text(&mut h, &t!("editor-history-date"), "2026-11-20");
    set_text(&mut h, &t!("editor-history-why"), "—");
    click(&mut h, &t!("editor-history-record"));
    let a9 = h
        .state()
        .doc
        .project
        .commitments
        .iter()
        .find(|c| c.id == "A9")
        .unwrap();
    assert_eq!(a9.status, Status::PartiallyFulfilled, "{}", lang.code());

    // The row reads id, title, status and the evidence count in the language.
    let row = h.get_by_label_contains("A9  ");
    let name = row.accesskit_node().label().unwrap_or_default().to_string();
    assert!(name.contains(fulfilled), "{}: {name}", lang.code());
    let links = t!("checklist-links", count = a9.evidence.len());
    assert!(
        name.contains(&links),
        "{}: {name} lacks {links}",
        lang.code()
    );

    // Remembered with the other preferences.
    assert_eq!(h.state().prefs_now().lang, Some(lang));

    // Zoom 1.5: longer words still fit inside the window.
    click(&mut h, &t!("search-clear"));
    let steps = 5;
    for _ in 0..steps {
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
        h.run_steps(4);
    }
    assert!((h.ctx.zoom_factor() - (1.0 + 0.1 * steps as f32)).abs() < 1e-3);
    h.run_steps(30);
    let beyond = beyond_the_edge(&h);
    assert!(
        beyond.is_empty(),
        "{} at zoom 1.5: {beyond:#?}",
        lang.code()
    );
    set_language(Lang::En);
}

#[test]
fn english_flow() {
    flow_in(Lang::En);
}

#[test]
fn russian_flow() {
    flow_in(Lang::Ru);
}

#[test]
fn kazakh_flow() {
    flow_in(Lang::Kk);
}

/// Tab moves through the editor's fields in the order they are shown, top to bottom.
#[test]
fn tab_follows_the_fields_in_the_order_shown() {
    set_language(Lang::En);
    let mut h = app_harness_with(Startup::default());
    type_into(&mut h, "Search", "P10");
    h.get_by_label_contains("P10  ").click();
    h.run();
    click(&mut h, "Title");
    let mut order = Vec::new();
    for _ in 0..3 {
        h.key_press(egui::Key::Tab);
        h.run();
        let focused = ["Quote or summary", "Who committed", "Part of", "Source"]
            .into_iter()
            .find(|l| h.query_by_label(l).is_some_and(|n| n.is_focused()));
        order.extend(focused);
    }
    assert_eq!(order, ["Quote or summary", "Who committed", "Part of"]);
}
