//! The dashboard, the "as of" date and report mode, in the real window.

mod ui_common;

use egui_kittest::kittest::Queryable as _;
use reform_tracker::app::{Command, View};
use reform_tracker::model::Status;
use ui_common::{app_harness, click, select_by_search, type_into};

fn count(harness: &egui_kittest::Harness<'_, reform_tracker::app::App>, s: Status) -> usize {
    harness.state().ui.cache.as_ref().unwrap().summary.count(s)
}

#[test]
fn as_of_before_any_change_shows_everything_not_assessed() {
    let mut harness = app_harness();
    let total = harness.state().doc.project.commitments.len();
    type_into(&mut harness, "As of", "2022-01-01");
    assert_eq!(count(&harness, Status::NotAssessed), total);
    assert!(
        harness
            .query_by_label_contains("as it stood on 2022-01-01")
            .is_some()
    );
}

#[test]
fn counts_as_of_known_dates_follow_the_history() {
    let mut harness = app_harness();
    // P1 moved to In progress on 2022-04-26 when the President left the party chair.
    type_into(&mut harness, "As of", "2022-05-01");
    assert_eq!(count(&harness, Status::InProgress), 1);
    assert_eq!(count(&harness, Status::Fulfilled), 0);
    // The referendum of 5 June 2022: P1, P3 and P16 fulfilled.
    click(&mut harness, "Back to today");
    type_into(&mut harness, "As of", "2022-06-05");
    assert_eq!(count(&harness, Status::Fulfilled), 3);
    assert_eq!(count(&harness, Status::InProgress), 0);
    // Today: the figures of the file itself.
    click(&mut harness, "Back to today");
    let now = harness
        .state()
        .doc
        .project
        .commitments
        .iter()
        .filter(|c| c.status == Status::Fulfilled)
        .count();
    assert_eq!(count(&harness, Status::Fulfilled), now);
}

#[test]
fn dashboard_snapshot() {
    let mut harness = app_harness();
    harness.state_mut().queue(Command::SetView(View::Dashboard));
    harness.run();
    assert!(harness.query_by_label("Progress over time").is_some());
    assert!(harness.query_by_label("Latest status changes").is_some());
    harness.remove_cursor();
    harness.run();
    harness.snapshot("dashboard");
}

#[test]
fn report_mode_hides_the_editing_controls() {
    let mut harness = app_harness();
    select_by_search(&mut harness, "P10");
    click(&mut harness, "Clear");
    assert!(harness.query_by_label("Change status…").is_some());
    click(&mut harness, "Report mode");
    assert!(harness.state().ui.report_mode);
    assert!(harness.query_by_label("Change status…").is_none());
    assert!(harness.query_by_label("Search").is_none());
    assert!(harness.query_by_label("File").is_none());
    harness.remove_cursor();
    harness.run();
    harness.snapshot("report_mode");
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(!harness.state().ui.report_mode, "Escape leaves report mode");
}
