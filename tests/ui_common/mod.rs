//! Helpers shared by the whole-app tests.
#![allow(dead_code)]

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use reform_tracker::app::{App, Startup};

pub fn app_harness() -> Harness<'static, App> {
    app_harness_with(Startup::default())
}

pub fn app_harness_with(startup: Startup) -> Harness<'static, App> {
    Harness::builder()
        .with_size([1280.0, 800.0])
        .with_theme(egui::Theme::Light)
        // Switching the theme takes a few frames to settle.
        .with_max_steps(12)
        .build_eframe(move |cc| {
            // The words tests look for are English, whatever this machine's locale.
            let lang = startup.lang.or(Some(reform_tracker::i18n::Lang::En));
            App::new(cc, Startup { lang, ..startup })
        })
}

pub fn index_of(app: &App, id: &str) -> usize {
    app.doc
        .project
        .commitments
        .iter()
        .position(|c| c.id == id)
        .unwrap_or_else(|| panic!("{id} is not in the project"))
}

/// Scrolls a control into view, then clicks it, as a user would.
pub fn click(harness: &mut Harness<'_, App>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).click();
    harness.run();
}

pub fn type_into(harness: &mut Harness<'_, App>, label: &str, text: &str) {
    click(harness, label);
    harness.get_by_label(label).type_text(text);
    harness.run();
}

/// Finds a commitment through the search box (the checklist only lays out visible rows).
pub fn select_by_search(harness: &mut Harness<'_, App>, id: &str) {
    type_into(harness, "Search", id);
    harness.get_by_label_contains(&format!("{id}  ")).click();
    harness.run();
}

/// Opens a menu and clicks an item in it, as a user does. The item is the one the open menu
/// adds, even where a button in the window has the same words ("Save screenshot…").
pub fn menu(harness: &mut Harness<'_, App>, menu: &str, item: &str) {
    let elsewhere: Vec<egui::Rect> = harness.query_all_by_label(item).map(|n| n.rect()).collect();
    harness.get_by_label(menu).click();
    harness.run();
    let node = harness
        .query_all_by_label(item)
        .find(|n| !elsewhere.contains(&n.rect()))
        .unwrap_or_else(|| panic!("no {item:?} in the {menu} menu"));
    node.click();
    harness.run();
}
