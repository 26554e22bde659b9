//! Every filter above the checklist finds what it should, set with its own control, as of
//! the date shown. Each test reads the rows the checklist shows.

use crate::as_of_common;

use as_of_common::{harness, pick, rows_shown, type_as_of};
use egui::Key;
use egui_kittest::kittest::Queryable as _;

/// Unchecks the filter and the search, as the user's "Clear" button does.
fn clear(h: &mut egui_kittest::Harness<'_, reform_tracker::app::App>) {
    h.get_by_label("Clear").click();
    h.run();
}

#[test]
fn the_status_filter_finds_the_status_as_of_the_date_shown() {
    let (mut h, _dir) = harness();
    // Grouped by kind, then category: Judiciary, Local government, Political parties.
    assert_eq!(rows_shown(&h), ["R3", "R1", "R2", "P1"]);
    h.get_by_role_and_label(egui::accesskit::Role::ComboBox, "Status")
        .click();
    h.run();
    h.get_by_label("Fulfilled").click();
    h.run();
    h.key_press(Key::Escape);
    h.run();
    assert_eq!(rows_shown(&h), ["R3", "R1"]);
    // On 2023-12-01 only R3 was fulfilled.
    type_as_of(&mut h, "2023-12-01");
    assert_eq!(rows_shown(&h), ["R3"]);
}

#[test]
fn the_kind_filter_finds_partnership_offers() {
    let (mut h, _dir) = harness();
    pick(&mut h, "Kind", "Partnership offer");
    assert_eq!(rows_shown(&h), ["P1"]);
    clear(&mut h);
    assert_eq!(rows_shown(&h).len(), 4);
}

#[test]
fn the_actor_filter_finds_who_committed() {
    let (mut h, _dir) = harness();
    pick(&mut h, "Actor", "Parliament");
    assert_eq!(rows_shown(&h), ["R3"]);
    clear(&mut h);
    pick(&mut h, "Actor", "President Tokayev");
    assert_eq!(rows_shown(&h), ["R1", "R2"]);
}

#[test]
fn the_category_filter_finds_its_category() {
    let (mut h, _dir) = harness();
    pick(&mut h, "Category", "Judiciary");
    assert_eq!(rows_shown(&h), ["R3"]);
}

#[test]
fn the_tag_filter_finds_tagged_commitments() {
    let (mut h, _dir) = harness();
    pick(&mut h, "Tag", "parties");
    assert_eq!(rows_shown(&h), ["R2"]);
    clear(&mut h);
    pick(&mut h, "Tag", "local");
    assert_eq!(rows_shown(&h), ["R1"]);
}

#[test]
fn the_concern_filter_finds_flagged_commitments() {
    let (mut h, _dir) = harness();
    h.get_by_label("Concern flagged").click();
    h.run();
    assert_eq!(rows_shown(&h), ["R2"]);
}

#[test]
fn the_overdue_filter_finds_what_was_overdue_on_the_date_shown() {
    let (mut h, _dir) = harness();
    h.get_by_label("Overdue").click();
    h.run();
    // Today R2 is past its 2024 deadline; R1 was fulfilled, P1 is due in 2099.
    assert_eq!(rows_shown(&h), ["R2"]);
    // On 2023-12-01 R1 was late and in progress; R2 was not due until the end of 2024.
    type_as_of(&mut h, "2023-12-01");
    assert_eq!(rows_shown(&h), ["R1"]);
    // Before R1's deadline nothing was overdue.
    h.get_by_label("Today").click();
    h.run();
    type_as_of(&mut h, "2023-06-30");
    assert!(rows_shown(&h).is_empty());
}

#[test]
fn the_no_evidence_filter_leaves_out_evidence_published_later() {
    let (mut h, _dir) = harness();
    h.get_by_label("No evidence yet").click();
    h.run();
    assert_eq!(rows_shown(&h), ["R3", "P1"]);
    // R1's only link was published on 2024-01-11.
    type_as_of(&mut h, "2023-12-01");
    assert_eq!(rows_shown(&h), ["R3", "R1", "P1"]);
}

#[test]
fn search_text_finds_words_in_titles_and_tags() {
    let (mut h, _dir) = harness();
    h.get_by_label("Search").click();
    h.run();
    h.get_by_label("Search").type_text("AKIMS");
    h.run();
    assert_eq!(rows_shown(&h), ["R1"]);
    clear(&mut h);
    h.get_by_label("Search").click();
    h.run();
    h.get_by_label("Search").type_text("media");
    h.run();
    assert_eq!(rows_shown(&h), ["P1"]);
}
