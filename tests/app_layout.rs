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
