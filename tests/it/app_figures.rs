//! Figures are never stale and all follow one "as of" date: the header, the checklist, its
//! sorts and marks, the editor and the dashboard, read from the window by label.

use crate::as_of_common;
use crate::ui_common;

use as_of_common::{harness, menu_item, pick, row_text, rows_shown, type_as_of};
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use ui_common::{app_harness, click};

#[test]
fn file_new_shows_the_new_projects_figures_not_the_old_ones() {
    let mut h = app_harness();
    h.run();
    assert!(h.query_by_label("0 evidence links").is_none());
    assert!(
        h.query_by_label("Human rights").is_some(),
        "a category heading"
    );
    menu_item(&mut h, "File", "New");
    assert!(
        h.query_by_label("Fulfilled: nothing assessed yet")
            .is_some()
    );
    assert!(h.query_by_label("0 evidence links").is_some());
    assert!(
        h.query_by_label("Human rights").is_none(),
        "old headings gone"
    );
    assert!(
        h.query_by_label_contains(" of 0").is_none(),
        "the checklist counts the new project"
    );
    assert!(h.query_all_by_label("0").next().is_some());
}

#[test]
fn file_new_starts_without_the_old_projects_search() {
    let mut h = app_harness();
    ui_common::type_into(&mut h, "Search", "nothing matches this");
    assert!(
        h.query_by_label_contains("0 of ").is_some(),
        "the search hides every commitment"
    );
    menu_item(&mut h, "File", "New");
    ui_common::menu(&mut h, "Edit", "Add reform");
    assert_eq!(h.state().doc.project.commitments.len(), 1);
    assert!(
        h.query_by_label("0 of 1").is_none(),
        "the new commitment is listed, not hidden by the old search"
    );
    assert!(h.state().ui.filter.text.is_empty());
}

#[test]
fn file_new_on_the_dashboard_shows_the_new_projects_dashboard() {
    let mut h = app_harness();
    click(&mut h, "Dashboard");
    assert!(
        h.query_all_by_role(Role::Link).next().is_some(),
        "latest changes of the shipped tracker"
    );
    menu_item(&mut h, "File", "New");
    assert!(
        h.query_all_by_role(Role::Link).next().is_none(),
        "no change of the old project is listed"
    );
    assert!(
        h.query_by_label("Progress chart: no status changes recorded yet")
            .is_some()
    );
}

#[test]
fn the_header_counts_statuses_and_links_as_of_the_date_shown() {
    let (mut h, _dir) = harness();
    assert!(
        h.query_by_label("Fulfilled: 2 of 3 assessed (67%)")
            .is_some()
    );
    assert!(h.query_by_label("3 evidence links").is_some());
    // On 2023-12-01: R1 and R2 in progress, R3 fulfilled; R1's link not yet published.
    type_as_of(&mut h, "2023-12-01");
    assert!(
        h.query_by_label("Fulfilled: 1 of 3 assessed (33%)")
            .is_some()
    );
    assert!(h.query_by_label("2 evidence links").is_some());
}

#[test]
fn an_overdue_commitment_is_marked_in_the_checklist_and_the_editor() {
    let (mut h, _dir) = harness();
    // Today: R2 is late (its deadline was 2024-12-31); R1 was fulfilled, so it is not.
    assert!(
        row_text(&h, "R2").contains("Overdue by "),
        "{}",
        row_text(&h, "R2")
    );
    assert!(!row_text(&h, "R1").contains("Overdue"));
    assert!(!row_text(&h, "P1").contains("Overdue"));

    type_as_of(&mut h, "2023-12-01");
    assert!(
        row_text(&h, "R1").contains("Overdue by 154 days"),
        "{}",
        row_text(&h, "R1")
    );
    assert!(!row_text(&h, "R2").contains("Overdue"), "not yet due then");
    h.get_by_label_contains("R1  ").click();
    h.run();
    assert!(
        h.query_by_role_and_label(Role::Label, "Overdue by 154 days")
            .is_some(),
        "the editor shows the mark too"
    );
}

#[test]
fn sorts_use_the_status_and_history_as_of_the_date_shown() {
    let (mut h, _dir) = harness();
    pick(&mut h, "Sort", "Status");
    // Scale order, from Not assessed to Fulfilled.
    assert_eq!(rows_shown(&h), ["P1", "R2", "R1", "R3"]);
    type_as_of(&mut h, "2022-12-31");
    assert_eq!(
        rows_shown(&h),
        ["P1", "R1", "R2", "R3"],
        "R1 not assessed yet"
    );

    click(&mut h, "Today");
    pick(&mut h, "Sort", "Deadline");
    // Open commitments by deadline, then fulfilled ones, then those without a deadline.
    assert_eq!(rows_shown(&h), ["R2", "P1", "R1", "R3"]);
    type_as_of(&mut h, "2023-12-01");
    assert_eq!(
        rows_shown(&h),
        ["R1", "R2", "P1", "R3"],
        "R1 was still open"
    );

    click(&mut h, "Today");
    pick(&mut h, "Sort", "Last change");
    assert_eq!(rows_shown(&h), ["R1", "R2", "R3", "P1"]);
    type_as_of(&mut h, "2022-12-31");
    assert_eq!(
        rows_shown(&h),
        ["R2", "R3", "P1", "R1"],
        "R1's changes came later"
    );
}

#[test]
fn the_dashboard_groups_by_actor_and_its_chart_stops_at_the_date_shown() {
    let (mut h, _dir) = harness();
    click(&mut h, "Dashboard");
    for actor in ["President Tokayev", "Parliament", "U.S. Government"] {
        assert!(h.query_by_label(actor).is_some(), "a group for {actor}");
    }
    // Without a date the chart runs to today.
    let today = reform_tracker::model::Date::today();
    let label = format!("Progress chart from 2022-06-04 to {today}");
    assert!(h.query_by_label(&label).is_some(), "{label}");
    type_as_of(&mut h, "2023-12-01");
    assert!(
        h.query_by_label("Progress chart from 2022-06-04 to 2023-12-01")
            .is_some(),
        "later changes are left out and the chart ends on the date shown"
    );
    assert!(
        h.query_by_label_contains("R1  Direct elections of district akims — Overdue by 154 days")
            .is_some()
    );
}

#[test]
fn an_export_made_from_the_window_follows_the_date_shown() {
    let (mut h, dir) = harness();
    type_as_of(&mut h, "2023-12-01");
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Export").click();
    h.run();
    h.get_by_label("Markdown…").click();
    // The file dialog starts on its own thread; the loop below waits for its answer.
    h.step();
    // No file dialog can be shown here: the app asks for a path instead.
    for _ in 0..500 {
        if h.query_by_label("File path").is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        h.step();
    }
    let out = dir.path().join("as-of.md");
    h.get_by_label("File path").focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_label("File path")
        .type_text(&out.display().to_string());
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    let text = std::fs::read_to_string(&out).expect("the export was written");
    assert!(text.contains("Status as of 2023-12-01"), "{text}");
    let r1 = text
        .lines()
        .find(|l| l.contains("Direct elections of district akims"))
        .expect("R1's row");
    assert!(r1.contains("In progress"), "{r1}");
}

/// The figures at the top follow the search and the filters: while one is on, a line says so,
/// so that a screenshot never passes them off as the whole tracker's.
#[test]
fn a_filtered_header_says_it_is_filtered() {
    let (mut h, _dir) = harness();
    let total = h.state().doc.project.commitments.len();
    assert!(h.query_by_label_contains("Filter on:").is_none());
    ui_common::type_into(&mut h, "Search", "R1");
    let label = format!("Filter on: the figures count the 1 shown of {total} commitments");
    assert!(h.query_by_label(&label).is_some(), "{label}");
    ui_common::click(&mut h, "Clear");
    assert!(h.query_by_label_contains("Filter on:").is_none());
}
