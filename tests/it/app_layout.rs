//! The window's parts stay inside the window when the user zooms in.

use crate::ui_common;

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

/// Where each of `watched` is now.
fn rects(
    harness: &egui_kittest::Harness<'_, reform_tracker::app::App>,
    watched: &[&str],
) -> Vec<egui::Rect> {
    watched.iter().map(|l| rect_of(harness, l)).collect()
}

/// Replaces a field's text as a user does, with the field in view: nothing scrolls.
fn retype(
    harness: &mut egui_kittest::Harness<'_, reform_tracker::app::App>,
    label: &str,
    text: &str,
) {
    use egui_kittest::kittest::Queryable as _;
    harness.get_by_label(label).click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.key_press(egui::Key::Backspace);
    harness.run();
    harness.get_by_label(label).type_text(text);
}

type Harness = egui_kittest::Harness<'static, reform_tracker::app::App>;

/// What a user does between two measurements, and what it is called in a failure.
type Step<'a> = (&'a str, &'a dyn Fn(&mut Harness));

/// Runs each of `steps` (what a user types or ticks), then checks that the buttons after the
/// lines that come and go are where they were: a click aimed at them lands on them.
fn holds_still(harness: &mut Harness, watched: &[&str], steps: &[Step<'_>]) {
    {
        use egui_kittest::kittest::Queryable as _;
        harness.get_by_label(watched[0]).scroll_to_me();
    }
    harness.run();
    let before = rects(harness, watched);
    for (what, step) in steps {
        step(harness);
        harness.run();
        assert_eq!(
            rects(harness, watched),
            before,
            "{watched:?} moved when {what}"
        );
    }
}

#[test]
fn the_status_form_holds_still_while_its_problems_and_tip_come_and_go() {
    use egui::accesskit::Role;
    use egui_kittest::kittest::Queryable as _;
    let mut harness = app_harness();
    select_by_search(&mut harness, "P12");
    click(&mut harness, "Change status…");
    let p12 = ui_common::index_of(harness.state(), "P12");
    let link = harness.state().doc.project.commitments[p12].evidence[0]
        .title
        .clone();
    holds_still(
        &mut harness,
        &["Record status change", "Date of change"],
        &[
            ("the date was cut short", &|h| {
                retype(h, "Date of change", "2026-1")
            }),
            ("the date was made whole", &|h| {
                retype(h, "Date of change", "2026-12-01")
            }),
            ("the first link was ticked", &|h| {
                h.get_by_role_and_label(Role::CheckBox, &link).click()
            }),
            ("it was unticked", &|h| {
                h.get_by_role_and_label(Role::CheckBox, &link).click()
            }),
        ],
    );
    assert!(
        harness
            .query_by_label_contains("Tip: a status change is worth most")
            .is_some(),
        "the tip is back with no link ticked"
    );
}

#[test]
fn the_replacement_form_holds_still_while_an_id_is_refused() {
    let mut harness = app_harness();
    select_by_search(&mut harness, "P12");
    click(&mut harness, "Mark as replaced…");
    retype(&mut harness, "Replaced on", "2026-07-01");
    holds_still(
        &mut harness,
        &["Record replacement", "Replacement note"],
        &[
            ("an unknown id was typed", &|h| {
                retype(h, "Replaced by (ids)", "K9")
            }),
            ("a known id was typed", &|h| {
                retype(h, "Replaced by (ids)", "K1")
            }),
            ("the date was cut short", &|h| {
                retype(h, "Replaced on", "2026-0")
            }),
        ],
    );
}

#[test]
fn the_evidence_form_holds_still_while_an_address_is_refused() {
    let mut harness = app_harness();
    select_by_search(&mut harness, "P12");
    click(&mut harness, "Add evidence link…");
    retype(&mut harness, "Link title", "Press release");
    holds_still(
        &mut harness,
        &["Add evidence"],
        &[
            ("a script link was typed", &|h| {
                retype(h, "Web address", "javascript:alert(1)")
            }),
            ("a web address was typed", &|h| {
                retype(h, "Web address", "https://www.akorda.kz/en")
            }),
        ],
    );
}

/// The dialogs are centred: a line appearing inside one would move everything in it.
#[test]
fn the_source_dialog_keeps_its_size_while_its_problems_come_and_go() {
    let mut harness = app_harness();
    ui_common::menu(&mut harness, "File", "Source documents…");
    click(&mut harness, "Add source…");
    holds_still(
        &mut harness,
        &["Save source", "Source id"],
        &[
            ("an id was typed", &|h| retype(h, "Source id", "law-2022")),
            ("a title was typed", &|h| {
                retype(h, "Source title", "Constitutional law")
            }),
            ("a bad date was typed", &|h| {
                retype(h, "Source date", "2022-13")
            }),
            ("a script link was typed", &|h| {
                retype(h, "Address (URL)", "javascript:alert(1)")
            }),
            ("the title was emptied", &|h| retype(h, "Source title", "")),
            ("all was put right", &|h| {
                retype(h, "Source title", "Constitutional law");
                retype(h, "Source date", "2022-06-05");
                retype(h, "Address (URL)", "https://adilet.zan.kz/");
            }),
        ],
    );
}

#[test]
fn the_properties_dialog_keeps_its_size_while_its_problems_come_and_go() {
    let mut harness = app_harness();
    ui_common::menu(&mut harness, "File", "Project properties…");
    holds_still(
        &mut harness,
        &["OK", "Project title"],
        &[
            ("the title was emptied", &|h| retype(h, "Project title", "")),
            ("a bad date was typed", &|h| {
                retype(h, "Assessments current to", "2026-02-30")
            }),
            ("both were put right", &|h| {
                retype(h, "Project title", "Reforms");
                retype(h, "Assessments current to", "2026-02-28");
            }),
        ],
    );
}
