//! View → Changes and the archive actions, through the window as a user drives them.

use crate::editor_common;
use crate::period_common;
use crate::ui_common;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use reform_tracker::app::{App, Document, Startup, View};
use reform_tracker::model::Date;
use reform_tracker::model::period::Period;
use ui_common::{answer_path, click, index_of, menu, select_by_search, set_text, wait_for};

fn harness() -> Harness<'static, App> {
    editor_common::app_harness_with(Startup {
        document: Some(Document::untitled(period_common::project())),
        ..Startup::default()
    })
}

fn has(harness: &Harness<'_, App>, text: &str) -> bool {
    harness.query_all_by_label_contains(text).next().is_some()
}

/// Clicks a control and returns the addresses the window asked the browser to open then.
fn open_by(harness: &mut Harness<'_, App>, label: &str) -> Vec<String> {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).click();
    harness.step();
    ui_common::opened_urls(harness)
}

#[test]
fn the_changes_view_shows_what_moved_in_the_period_and_jumps_to_a_commitment() {
    let mut h = harness();
    menu(&mut h, "View", "Changes");
    assert!(
        has(&h, "Choose a period"),
        "no period yet: the view says how"
    );
    set_text(&mut h, "From", "2024-04-01");
    set_text(&mut h, "To", "2024-06-30");
    assert!(has(&h, "2 status changes"));
    for text in [
        "Courts",
        "Elections",
        "Why R1",
        "Why R2",
        "Transitions (status",
    ] {
        assert!(has(&h, text), "{text} is shown");
    }
    // The day before From does not count.
    assert!(h.query_by_label("Show R3").is_none());
    assert!(!has(&h, "Why R3"));
    // 1 of 3 assessed was fulfilled the day before (R3 is stalled, R2 No action): R1 moved.
    assert!(has(&h, "Share fulfilled: 0% → 33% (+33 points)"));
    // Its evidence, with the archived copy beside it.
    assert_eq!(
        h.query_all_by_role_and_label(Role::Link, "Link R1").count(),
        2,
        "the link the change rests on, and the same link as added in the period"
    );
    assert!(h.query_all_by_label("archived copy").next().is_some());

    h.query_all_by_label("Show R1").next().unwrap().click();
    h.run();
    let r1 = index_of(h.state(), "R1");
    assert_eq!(h.state().ui.view, View::Checklist);
    assert_eq!(h.state().ui.selected, Some(r1));
    assert_eq!(
        editor_common::field(&h, "Title").value().as_deref(),
        Some("Reform R1")
    );
}

#[test]
fn an_empty_or_reversed_period_says_so() {
    let mut h = harness();
    menu(&mut h, "View", "Changes");
    set_text(&mut h, "From", "2020");
    set_text(&mut h, "To", "2020");
    assert!(has(&h, "Nothing changed in this period."));
    set_text(&mut h, "From", "2024-07-01");
    set_text(&mut h, "To", "2024-01-01");
    assert!(has(
        &h,
        "The period ends (2024-01-01) before it starts (2024-07-01)."
    ));
    set_text(&mut h, "To", "");
    assert!(has(&h, "Give both dates of the period"));
}

#[test]
fn quick_choices_fill_in_the_dates_and_the_progress_chart_marks_the_period() {
    let mut h = harness();
    menu(&mut h, "View", "Changes");
    click(&mut h, "Last quarter");
    let today = Date::today();
    let q = Period::last_quarter(today);
    assert_eq!(
        editor_common::field(&h, "From").value().as_deref(),
        Some(q.from().to_string().as_str())
    );
    assert_eq!(
        editor_common::field(&h, "To").value().as_deref(),
        Some(q.to().to_string().as_str())
    );
    click(&mut h, "This year");
    let y = Period::this_year(today);
    assert_eq!(
        editor_common::field(&h, "From").value().as_deref(),
        Some(y.from().to_string().as_str())
    );
    set_text(&mut h, "From", "2024-04-01");
    set_text(&mut h, "To", "2024-06-30");
    menu(&mut h, "View", "Dashboard");
    assert!(
        has(&h, "the period from 2024-04-01 to 2024-06-30 is marked"),
        "the chart says it marks the period"
    );
    menu(&mut h, "View", "Changes");
    click(&mut h, "Clear period");
    menu(&mut h, "View", "Dashboard");
    assert!(!has(&h, "is marked"));
}

#[test]
fn an_export_from_the_window_adds_the_period_and_since_the_last_export_starts_there() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness();
    menu(&mut h, "View", "Changes");
    assert!(
        h.get_by_label("Since the last export")
            .accesskit_node()
            .is_disabled(),
        "nothing exported yet: the choice is greyed out"
    );
    set_text(&mut h, "From", "2024-04-01");
    set_text(&mut h, "To", "2024-06-30");
    let out = dir.path().join("report.html");
    click(&mut h, "File");
    h.get_by_label("Export").hover();
    h.run();
    click(&mut h, "HTML page…");
    answer_path(&mut h, &out);
    wait_for(&mut h, "the export", |app| app.ui.message.is_some());
    let html = std::fs::read_to_string(&out).expect("the export was written");
    assert!(html.contains("<h2>Changes in the period</h2>"), "{html}");
    assert!(html.contains("From 2024-04-01 to 2024-06-30"));
    assert!(html.contains("Why R1") && html.contains("Why R2") && !html.contains("Why R3"));
    click(&mut h, "OK");

    let csv = dir.path().join("table.csv");
    click(&mut h, "File");
    h.get_by_label("Export").hover();
    h.run();
    click(&mut h, "CSV (spreadsheet)…");
    answer_path(&mut h, &csv);
    wait_for(&mut h, "the export", |app| app.ui.message.is_some());
    assert!(has(&h, "table-changes.csv"), "the message names both files");
    let changes = std::fs::read_to_string(dir.path().join("table-changes.csv")).unwrap();
    assert!(
        changes
            .lines()
            .any(|l| l.starts_with("status,2024-04-01,R1,")),
        "{changes}"
    );
    click(&mut h, "OK");

    click(&mut h, "Clear period");
    click(&mut h, "Since the last export");
    assert_eq!(
        editor_common::field(&h, "From").value(),
        Some(Date::today().to_string())
    );
}

#[test]
fn find_archived_copy_and_archive_now_open_the_archive_in_the_browser() {
    let mut h = harness();
    select_by_search(&mut h, "R1");
    assert_eq!(
        open_by(&mut h, "Find archived copy of evidence 1"),
        ["https://web.archive.org/web/20240401/https://example.org/law?id=5&x=y"]
    );
    assert_eq!(
        open_by(&mut h, "Archive evidence 1 now"),
        ["https://web.archive.org/save/https://example.org/law?id=5&x=y"]
    );
    assert_eq!(
        open_by(&mut h, "Open the archived copy of evidence 1"),
        ["https://web.archive.org/web/20240401/https://example.org/law"]
    );

    // Undated evidence is looked up as of today; Cyrillic is sent percent-encoded.
    set_text(&mut h, "Search", "R2");
    h.get_by_label_contains("R2  ").click();
    h.run();
    let today = Date::today().to_string().replace('-', "");
    assert_eq!(
        open_by(&mut h, "Find archived copy of evidence 1"),
        [format!(
            "https://web.archive.org/web/{today}/https://akorda.kz/ru/\
             %D0%BF%D0%BE%D1%81%D0%BB%D0%B0%D0%BD%D0%B8%D0%B5"
        )]
    );
    assert!(h.state().ui.message.is_none());
}

#[test]
fn the_archived_copy_field_takes_only_archives_and_says_why() {
    let mut h = harness();
    select_by_search(&mut h, "R3");
    let r3 = index_of(h.state(), "R3");
    click(&mut h, "Edit evidence 1");
    set_text(&mut h, "Archived copy", "https://example.org/copy");
    assert!(has(
        &h,
        "This archived copy cannot be used: example.org is not an archive"
    ));
    click(&mut h, "Save evidence");
    assert_eq!(
        h.state().doc.project.commitments[r3].evidence[0].archived,
        None
    );
    set_text(&mut h, "Archived copy", "javascript:alert(1)");
    assert!(has(&h, "script links are never opened"));
    set_text(&mut h, "Archived copy", "https://archive.ph/Ab12c");
    assert!(!has(&h, "cannot be used"));
    click(&mut h, "Save evidence");
    assert_eq!(
        h.state().doc.project.commitments[r3].evidence[0]
            .archived
            .as_deref(),
        Some("https://archive.ph/Ab12c")
    );
}

/// The view keeps its figures between frames, but never past an edit: a note added in the
/// editor shows in the period at once.
#[test]
fn an_edit_made_while_the_period_is_shown_is_in_it_when_coming_back() {
    let mut h = harness();
    menu(&mut h, "View", "Changes");
    click(&mut h, "This year");
    assert!(!has(&h, "1 note added"), "no note this year yet");
    menu(&mut h, "View", "Checklist");
    select_by_search(&mut h, "R2");
    set_text(&mut h, "New note", "Checked with the ministry");
    click(&mut h, "Add note");
    menu(&mut h, "View", "Changes");
    assert!(
        has(&h, "1 note added"),
        "the new note, dated today, is in this year"
    );
    assert!(has(&h, "Checked with the ministry"));
}

/// A long period lists the first 50 rows of each kind, says how many there are, and shows
/// more on request.
#[test]
fn a_long_period_lists_its_first_rows_and_more_on_request() {
    let project = reform_tracker::model::synthetic::synthetic_project(1000, 1, 3);
    let changes = project
        .commitments
        .iter()
        .map(|c| c.history.len())
        .sum::<usize>();
    assert!(changes > 700, "{changes} status changes in the project");
    let mut h = editor_common::app_harness_with(Startup {
        document: Some(Document::untitled(project)),
        ..Startup::default()
    });
    menu(&mut h, "View", "Changes");
    set_text(&mut h, "From", "1990");
    set_text(&mut h, "To", "2030");
    let total = reform_tracker::i18n::number(changes as i64);
    let first = format!("Showing the first 50 of {total}.");
    assert!(has(&h, &first), "{first}");
    assert!(h.query_all_by_label("Show 200 more").count() >= 1);
    h.query_all_by_label("Show 200 more")
        .next()
        .unwrap()
        .scroll_to_me();
    h.run();
    h.query_all_by_label("Show 200 more")
        .next()
        .unwrap()
        .click();
    h.run();
    assert!(!has(&h, &first));
    assert!(has(&h, &format!("Showing the first 250 of {total}.")));
    // Another period starts again from the first rows.
    set_text(&mut h, "From", "1991");
    assert!(has(&h, "Showing the first 50 of"));
}

/// The period chosen for one file is not drawn on the next one's dashboard or added to its
/// exports: opening another file starts with no period.
#[test]
fn the_period_does_not_follow_into_another_file() {
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("other.ron");
    std::fs::write(&other, reform_tracker::storage::SHIPPED_TRACKER).unwrap();
    let mut h = harness();
    menu(&mut h, "View", "Changes");
    set_text(&mut h, "From", "2024-04-01");
    set_text(&mut h, "To", "2024-06-30");
    assert!(has(&h, "2 status changes"));
    ui_common::open_file(&mut h, &other);
    if h.query_by_label("Don't save").is_some() {
        click(&mut h, "Don't save");
        answer_path(&mut h, &other);
    }
    wait_for(&mut h, "the other file", |app| {
        app.doc.path.as_deref() == Some(other.as_path())
    });
    assert!(h.state().ui.period.from_text.is_empty());
    assert!(h.state().ui.period.to_text.is_empty());
    assert!(
        has(&h, "Choose a period"),
        "the Changes view asks for a period again"
    );
}
