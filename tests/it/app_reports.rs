//! The dashboard, the "as of" date and report mode, in the real window.

use crate::ui_common;

use egui_kittest::kittest::Queryable as _;
use reform_tracker::model::Status;
use ui_common::{app_harness, click, menu, select_by_search, set_text, type_into, wait_for};

fn count(harness: &egui_kittest::Harness<'_, reform_tracker::app::App>, s: Status) -> usize {
    harness.state().ui.cache.as_ref().unwrap().summary.count(s)
}

#[test]
fn as_of_before_any_commitment_was_made_the_tracker_is_empty() {
    let mut harness = app_harness();
    type_into(&mut harness, "As of", "2022-01-01");
    let summary = harness.state().ui.cache.as_ref().unwrap().summary.clone();
    assert_eq!(
        Status::ALL.map(|s| summary.count(s)).iter().sum::<usize>(),
        0
    );
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
    // U1: the high-level dialogue of the visit itself, held on 11 April 2022.
    assert_eq!(count(&harness, Status::Fulfilled), 1);
    // The referendum of 5 June 2022: P1, P3 and P16 fulfilled too.
    click(&mut harness, "Today");
    type_into(&mut harness, "As of", "2022-06-05");
    assert_eq!(count(&harness, Status::Fulfilled), 4);
    assert_eq!(count(&harness, Status::InProgress), 0);
    // Today: the figures of the file itself.
    click(&mut harness, "Today");
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
    click(&mut harness, "Dashboard");
    assert!(harness.query_by_label("Progress over time").is_some());
    assert!(harness.query_by_label("Latest status changes").is_some());
    // The chart runs to the day shown: a fixed day keeps the picture the same tomorrow.
    type_into(&mut harness, "As of", "2026-11-29");
    assert_eq!(harness.state().ui.as_of, "2026-11-29".parse().ok());
    harness.remove_cursor();
    harness.run();
    harness.snapshot("dashboard");
}

#[test]
fn dashboard_charts_read_as_words_and_show_as_tables() {
    let mut harness = app_harness();
    click(&mut harness, "Dashboard");
    // Recommendations have figures of their own, below the commitments'.
    let total = harness
        .state()
        .doc
        .project
        .commitments
        .iter()
        .filter(|c| !c.is_recommendation())
        .count();
    let overall = format!("Status of {total} commitments: ");
    let described = harness
        .query_all_by(|n| n.label().is_some_and(|l| l.starts_with(&overall)))
        .count();
    assert_eq!(described, 1, "the status bar reads as {overall}…");
    // Each group's bar says whose it is.
    assert!(
        harness
            .query_by_label_contains("President Tokayev: Status of ")
            .is_some()
    );
    assert!(harness.query_by_label("Share of all").is_none());
    let toggles = harness.query_all_by_label("Show as table").count();
    assert_eq!(
        toggles, 9,
        "overall, by actor, by category, by theme, progress over time; the supported \
         recommendations, by mechanism, by response, by theme"
    );
    for i in 0..toggles {
        let toggle = harness.query_all_by_label("Show as table").nth(i).unwrap();
        toggle.scroll_to_me();
        harness.run();
        harness
            .query_all_by_label("Show as table")
            .nth(i)
            .unwrap()
            .click();
        harness.run();
    }
    assert_eq!(
        harness.query_all_by_label("Share of all").count(),
        2,
        "the commitments' and the supported recommendations' status tables"
    );
    assert_eq!(
        harness.query_all_by_label("Name").count(),
        6,
        "actor, category, theme; mechanism, response and theme"
    );
    assert_eq!(harness.query_all_by_label("By status").count(), 7);
    assert!(
        harness.query_by_label("Date").is_some(),
        "the progress table"
    );
    // Report mode hides the switches and keeps the tables chosen.
    click(&mut harness, "Report mode");
    assert_eq!(harness.query_all_by_label("Show as table").count(), 0);
    assert_eq!(harness.query_all_by_label("Share of all").count(), 2);
}

#[test]
fn report_mode_hides_the_editing_controls() {
    let mut harness = app_harness();
    select_by_search(&mut harness, "P10");
    click(&mut harness, "Clear");
    // The shipped tracker has deadlines: a fixed day keeps the overdue marks the same tomorrow.
    type_into(&mut harness, "As of", "2026-11-29");
    assert!(harness.query_by_label("Change status…").is_some());
    click(&mut harness, "Report mode");
    assert!(harness.state().ui.report_mode);
    assert!(harness.query_by_label("Change status…").is_none());
    assert!(harness.query_by_label("Search").is_none());
    assert!(harness.query_by_label("File").is_none());
    // With every control hidden, a passing note says how to get them back, then leaves the
    // picture clean.
    assert!(
        harness
            .query_by_label_contains("press Esc (or F11) to show the controls")
            .is_some()
    );
    harness.run_steps(300);
    assert!(
        harness
            .query_by_label_contains("press Esc (or F11) to show the controls")
            .is_none(),
        "the note goes after a few seconds"
    );
    harness.remove_cursor();
    harness.run();
    harness.snapshot("report_mode");
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(!harness.state().ui.report_mode, "Escape leaves report mode");
}

#[test]
fn copy_citation_puts_one_line_with_status_date_and_source_on_the_clipboard() {
    let mut harness = app_harness();
    select_by_search(&mut harness, "P7");
    harness.get_by_label("Copy citation").scroll_to_me();
    harness.run();
    // The copy happens in the frame that handles the click.
    harness.get_by_label("Copy citation").click();
    harness.step();
    let copied: Vec<String> = harness
        .output()
        .platform_output
        .commands
        .iter()
        .filter_map(|c| match c {
            egui::OutputCommand::CopyText(t) => Some(t.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(copied.len(), 1, "{copied:?}");
    let line = &copied[0];
    assert!(!line.contains('\n'));
    assert!(line.contains("Senate quota"), "{line}");
    assert!(line.contains("Fulfilled"), "{line}");
    assert!(line.contains("Source:"), "{line}");
}

#[test]
fn save_screenshot_enlarges_the_window_twice_writes_a_png_and_restores_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shot.png");
    let mut harness = app_harness();
    // View → Save screenshot…, and the path typed where no file dialog can be shown. Enter is
    // pressed by hand: the window's size is read from every frame that follows it.
    menu(&mut harness, "View", "Save screenshot…");
    wait_for(&mut harness, "the path field", |app| {
        app.ui.path_prompt.is_some()
    });
    set_text(&mut harness, "File path", &path.display().to_string());
    // Straight into this frame's input: `key_press` runs a frame per event, and only the last
    // frame's output could be read.
    for pressed in [true, false] {
        harness.input_mut().events.push(egui::Event::Key {
            key: egui::Key::Enter,
            physical_key: None,
            pressed,
            repeat: false,
            modifiers: egui::Modifiers::NONE,
        });
    }
    let mut sizes = Vec::new();
    for _ in 0..200 {
        harness.step();
        if let Some(v) = harness
            .output()
            .viewport_output
            .get(&egui::ViewportId::ROOT)
        {
            for c in &v.commands {
                if let egui::ViewportCommand::InnerSize(s) = c {
                    // A size is in points: the window turns it into pixels at the zoom of the
                    // frame that sent it.
                    sizes.push((*s, harness.ctx.pixels_per_point()));
                }
            }
        }
        if path.exists() && harness.state().ui.message.is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let image = image::open(&path).expect("a PNG was written").to_rgba8();
    let mut colours = std::collections::HashSet::new();
    for p in image.pixels().step_by(97) {
        colours.insert(p.0);
    }
    assert!(colours.len() > 8, "the screenshot is not blank");
    harness.run();
    assert!(harness.query_by_label("Screenshot saved").is_some());
    click(&mut harness, "OK");
    // For the capture the window doubles (and the zoom with it), then both are put back.
    assert_eq!(
        sizes.first(),
        Some(&(egui::vec2(2560.0, 1600.0), 1.0)),
        "{sizes:?}"
    );
    // Sent at the doubled zoom, 1280×800 points would make the window 2560×1600 pixels again.
    assert_eq!(
        sizes.last(),
        Some(&(egui::vec2(1280.0, 800.0), 1.0)),
        "{sizes:?}"
    );
    assert_eq!(harness.ctx.zoom_factor(), 1.0, "the zoom is back");

    // Shift+F12, the key the View menu shows beside Copy screenshot.
    harness.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::F12);
    let mut copied = false;
    for _ in 0..50 {
        harness.step();
        copied |= harness
            .output()
            .platform_output
            .commands
            .iter()
            .any(|c| matches!(c, egui::OutputCommand::CopyImage(_)));
        if copied {
            break;
        }
    }
    assert!(copied, "Copy screenshot put an image on the clipboard");
}
