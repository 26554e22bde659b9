//! The window's parts stay inside the window when the user zooms in.

mod ui_common;

use ui_common::{app_harness, beyond_the_edge, click, select_by_search};

#[test]
fn zoomed_in_the_editor_and_the_summary_stay_inside_the_window() {
    let mut harness = app_harness();
    select_by_search(&mut harness, "P12");
    for step in 1..=4 {
        click(&mut harness, "View");
        click(&mut harness, "Zoom in");
        assert!((harness.ctx.zoom_factor() - (1.0 + 0.1 * step as f32)).abs() < 1e-3);
        // A grid settles its column widths over a few frames.
        harness.run_steps(30);
        fits(&harness);
    }
}

fn fits(harness: &egui_kittest::Harness<'_, reform_tracker::app::App>) {
    let zoom = harness.ctx.zoom_factor();
    let beyond = beyond_the_edge(harness);
    assert!(
        beyond.is_empty(),
        "at zoom {zoom:.1} these reach past the window's edge: {beyond:#?}"
    );
}

#[test]
fn the_dashboard_stays_inside_the_window() {
    let mut harness = app_harness();
    click(&mut harness, "Dashboard");
    fits(&harness);
    click(&mut harness, "View");
    click(&mut harness, "Zoom in");
    harness.run_steps(30);
    fits(&harness);
    // Report mode, as screenshots for reports are taken.
    click(&mut harness, "Report mode");
    harness.run_steps(30);
    fits(&harness);
}

/// Where a labelled part of the window is now.
fn rect_of(
    harness: &egui_kittest::Harness<'_, reform_tracker::app::App>,
    label: &str,
) -> egui::Rect {
    use egui_kittest::kittest::Queryable as _;
    harness.get_by_label(label).rect()
}

/// A full date typed key by key into "As of", as a user types it, stays whole: the line about
/// replaced commitments that goes away at "2024" moves nothing and takes no keystroke.
#[test]
fn a_full_date_typed_into_as_of_is_kept_whole() {
    use egui_kittest::kittest::Queryable as _;
    let mut harness = app_harness();
    harness.run();
    let search = rect_of(&harness, "Search");
    let field = rect_of(&harness, "As of");
    let back = rect_of(&harness, "Today");
    harness.get_by_label("As of").click();
    harness.run();
    for c in "2024-06-30".chars() {
        harness.get_by_label("As of").type_text(&c.to_string());
        harness.step();
        assert_eq!(
            rect_of(&harness, "Search"),
            search,
            "the search box moved at {c:?}"
        );
        assert_eq!(
            rect_of(&harness, "As of"),
            field,
            "the date field moved at {c:?}"
        );
        assert_eq!(
            rect_of(&harness, "Today"),
            back,
            "the toolbar moved at {c:?}"
        );
    }
    harness.run();
    assert!(
        harness.get_by_label("As of").is_focused(),
        "the field kept the keyboard"
    );
    assert_eq!(harness.state().ui.as_of_text, "2024-06-30");
    assert_eq!(harness.state().ui.as_of, "2024-06-30".parse().ok());
}

/// A search that narrows the figures says so on a line that was there already: the search box
/// under the pointer does not move while typing.
#[test]
fn typing_a_search_moves_nothing() {
    use egui_kittest::kittest::Queryable as _;
    let mut harness = app_harness();
    harness.run();
    let search = rect_of(&harness, "Search");
    harness.get_by_label("Search").click();
    harness.run();
    harness.get_by_label("Search").type_text("P1");
    harness.run();
    assert!(
        harness.query_by_label_contains("Filter on").is_some(),
        "the figures say they are filtered"
    );
    assert_eq!(rect_of(&harness, "Search"), search);
}

/// Colour carries meaning in the list, so the list says which: red overdue, purple concern.
#[test]
fn the_checklist_says_what_its_colours_mean() {
    use egui_kittest::kittest::Queryable as _;
    let mut harness = app_harness();
    harness.run();
    assert!(harness.query_by_label("red: overdue").is_some());
    assert!(harness.query_by_label("purple: concern flagged").is_some());
}
