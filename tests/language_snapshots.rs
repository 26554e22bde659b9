//! The main window and the dashboard in Russian and Kazakh, as pictures: every word
//! translated, nothing overlapping or cut without an ellipsis. The language is global, so these
//! tests take turns.

mod ui_common;

use std::sync::Mutex;

use egui_kittest::kittest::Queryable as _;
use reform_tracker::app::{Startup, View};
use reform_tracker::i18n::{Lang, set_language};
use reform_tracker::t;
use reform_tracker::ui::actions::Action;
use ui_common::{app_harness_with, click, type_into};

static LANGUAGE: Mutex<()> = Mutex::new(());

fn pictures_in(lang: Lang) {
    let _turn = LANGUAGE.lock().unwrap_or_else(|e| e.into_inner());
    let mut harness = app_harness_with(Startup {
        lang: Some(lang),
        ..Startup::default()
    });
    harness.run();
    type_into(&mut harness, &t!("search-label"), "P10");
    harness.get_by_label_contains("P10  ").click();
    harness.run();
    click(&mut harness, &t!("search-clear"));
    // The shipped tracker has deadlines: a fixed day keeps the overdue marks the same tomorrow.
    type_into(&mut harness, &t!("toolbar-as-of"), "2026-11-29");
    harness.remove_cursor();
    harness.run();
    harness.snapshot(format!("main_window_{}", lang.code()));

    click(&mut harness, &Action::Show(View::Dashboard).label());
    // A fixed day keeps the chart the same tomorrow (set above, for the checklist).
    assert_eq!(harness.state().ui.as_of, "2026-11-29".parse().ok());
    harness.remove_cursor();
    harness.run();
    harness.snapshot(format!("dashboard_{}", lang.code()));
    set_language(Lang::En);
}

#[test]
fn main_window_and_dashboard_in_russian() {
    pictures_in(Lang::Ru);
}

#[test]
fn main_window_and_dashboard_in_kazakh() {
    pictures_in(Lang::Kk);
}
