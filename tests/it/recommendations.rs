//! Recommendations through the window: their details, links seen from both sides, and the
//! vocabularies items are tagged with.

use crate::ui_common;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use reform_tracker::app::{App, Document, Startup};
use reform_tracker::model::{Commitment, Kind, Position, Project, Relation, Term, Vocabulary};
use ui_common::{app_harness_with, choose, click, index_of, menu, set_text};

fn project() -> Project {
    let mut p = Project::default();
    p.commitments
        .push(Commitment::new("P13", Kind::Reform, "Electoral process"));
    p.commitments
        .push(Commitment::new("P12", Kind::Reform, "Party registration"));
    let mut r = Commitment::new("ODIHR-1", Kind::Recommendation, "Review the assembly law");
    r.quote = "Reviewing the existing legislation".into();
    p.commitments.push(r);
    p.terms.push(Term {
        ru: "Выборы".into(),
        ..Term::new("theme-elections", Vocabulary::Theme, "Elections")
    });
    p
}

/// Finds an item through the search box, whatever was searched before.
fn select_by_search(harness: &mut Harness<'_, App>, id: &str) {
    set_text(harness, "Search", id);
    // The row, not a link to the item in the editor beside it.
    let label = format!("{id}  ");
    let row = harness
        .query_all_by_label_contains(&label)
        .next()
        .unwrap_or_else(|| panic!("{id} is not listed"));
    row.click();
    harness.run();
}

fn harness(p: Project) -> Harness<'static, App> {
    app_harness_with(Startup {
        document: Some(Document::untitled(p)),
        ..Startup::default()
    })
}

#[test]
fn a_commitment_linked_to_a_recommendation_shows_on_both_sides_and_undo_takes_it_back() {
    let mut harness = harness(project());
    select_by_search(&mut harness, "ODIHR-1");
    assert!(
        harness
            .query_by_label("Nothing answers this recommendation yet.")
            .is_some(),
        "a recommendation nothing answers says so"
    );
    select_by_search(&mut harness, "P13");
    assert!(
        harness
            .query_by_label("Linked to no recommendation.")
            .is_some()
    );
    choose(&mut harness, "Link to", "ODIHR-1  Review the assembly law");
    let app = harness.state();
    let links = &app.doc.project.commitments[index_of(app, "P13")].links;
    assert_eq!(links.len(), 1);
    assert_eq!(
        (links[0].recommendation.as_str(), links[0].relation),
        ("ODIHR-1", Relation::Answers)
    );
    // The other side, by following the link.
    click(&mut harness, "ODIHR-1  Review the assembly law");
    assert_eq!(harness.state().ui.selected, Some(2));
    assert!(harness.query_by_label("Answered by").is_some());
    assert!(harness.query_by_label("P13  Electoral process").is_some());
    assert!(
        harness
            .query_by_label("Nothing answers this recommendation yet.")
            .is_none()
    );
    menu(&mut harness, "Edit", "Undo");
    assert!(harness.state().doc.project.commitments[0].links.is_empty());
}

#[test]
fn going_against_asks_for_a_reason_and_is_no_answer() {
    let mut harness = harness(project());
    select_by_search(&mut harness, "P12");
    choose(&mut harness, "Link to", "ODIHR-1  Review the assembly law");
    choose(&mut harness, "How", "Goes against");
    let app = harness.state();
    let link = &app.doc.project.commitments[index_of(app, "P12")].links[0];
    assert_eq!(link.relation, Relation::GoesAgainst);
    assert!(
        harness
            .query_by_label_contains("Say why, with its evidence")
            .is_some()
    );
    set_text(&mut harness, "Why", "The law was not reviewed");
    assert!(
        harness
            .query_by_label_contains("Say why, with its evidence")
            .is_none()
    );
    select_by_search(&mut harness, "ODIHR-1");
    assert!(harness.query_by_label("Gone against by").is_some());
    assert!(
        harness
            .query_by_label("Nothing answers this recommendation yet.")
            .is_some(),
        "going against answers nothing"
    );
}

#[test]
fn a_recommendations_response_is_chosen_in_its_editor() {
    let mut harness = harness(project());
    select_by_search(&mut harness, "ODIHR-1");
    choose(&mut harness, "Mechanism", "OSCE/ODIHR");
    choose(&mut harness, "State's response", "Supported in part");
    set_text(&mut harness, "Response date", "2025-06");
    let app = harness.state();
    let r = app.doc.project.commitments[index_of(app, "ODIHR-1")]
        .recommendation
        .clone()
        .unwrap();
    assert_eq!(r.mechanism, reform_tracker::model::Mechanism::Odihr);
    let response = r.response.unwrap();
    assert_eq!(response.position, Position::SupportedInPart);
    assert_eq!(
        response.date.map(|d| d.to_string()).as_deref(),
        Some("2025-06")
    );
    // A recommendation is made by a body; nobody committed to it.
    assert!(harness.query_by_label("Made by").is_some());
    assert!(harness.query_by_label("Who committed").is_none());
}

#[test]
fn add_recommendation_makes_an_item_with_its_details() {
    let mut harness = harness(project());
    // From the dashboard too: the new item opens in the editor, its title ready to type over.
    menu(&mut harness, "View", "Dashboard");
    menu(&mut harness, "Edit", "Add recommendation");
    harness
        .get_by_label("Title")
        .type_text("Ensure judicial independence");
    harness.run();
    let app = harness.state();
    let added = app.doc.project.commitments.last().unwrap();
    assert_eq!(added.kind, Kind::Recommendation);
    assert_eq!(added.id, "REC1");
    assert_eq!(added.title, "Ensure judicial independence");
    assert!(added.recommendation.is_some());
    assert!(harness.query_by_label("State's response").is_some());
}

#[test]
fn a_term_renamed_changes_every_label_and_one_removed_asks_first() {
    let mut p = project();
    p.commitments[0].terms.push("theme-elections".into());
    p.commitments[2].terms.push("theme-elections".into());
    let mut harness = harness(p);
    select_by_search(&mut harness, "P13");
    assert!(
        harness
            .query_by_label("Remove Elections from this item")
            .is_some()
    );

    menu(&mut harness, "File", "Vocabularies…");
    assert!(harness.query_by_label("used by 2 items").is_some());
    click(&mut harness, "Edit term theme-elections");
    set_text(
        &mut harness,
        "Label in English",
        "Elections and referendums",
    );
    click(&mut harness, "Save the term");
    assert_eq!(
        harness.state().doc.project.terms[0].en,
        "Elections and referendums"
    );
    assert_eq!(
        harness.state().doc.project.commitments[0].terms,
        ["theme-elections"],
        "items keep the id"
    );

    click(&mut harness, "Remove term theme-elections");
    assert!(
        harness
            .query_by_label_contains("2 items are tagged with it: P13, ODIHR-1")
            .is_some(),
        "names the items before removing"
    );
    assert_eq!(harness.state().doc.project.terms.len(), 1, "not yet");
    click(&mut harness, "Remove the term");
    let p = &harness.state().doc.project;
    assert!(p.terms.is_empty());
    assert!(p.commitments.iter().all(|c| c.terms.is_empty()));
    click(&mut harness, "Close");
    // One undo brings back the term and every item's tag.
    menu(&mut harness, "Edit", "Undo");
    let p = &harness.state().doc.project;
    assert_eq!(p.terms.len(), 1);
    assert_eq!(p.commitments[2].terms, ["theme-elections"]);
    assert!(
        harness
            .query_by_label("Remove Elections and referendums from this item")
            .is_some()
    );
}

#[test]
fn a_term_is_added_in_the_dialog_and_tagged_in_the_editor() {
    let mut harness = harness(project());
    menu(&mut harness, "File", "Vocabularies…");
    click(&mut harness, "Add a term");
    set_text(&mut harness, "Id", "group-women");
    choose(&mut harness, "Vocabulary", "Affected group");
    set_text(&mut harness, "Label in English", "Women");
    set_text(&mut harness, "Label in Russian", "Женщины");
    click(&mut harness, "Save the term");
    click(&mut harness, "Close");
    select_by_search(&mut harness, "P12");
    choose(&mut harness, "Affected group", "Women");
    let app = harness.state();
    assert_eq!(
        app.doc.project.commitments[index_of(app, "P12")].terms,
        ["group-women"]
    );
    assert!(
        harness
            .query_by_label("Remove Women from this item")
            .is_some()
    );
}

/// The ids of the items the checklist lists, in order.
fn listed(harness: &Harness<'_, App>) -> Vec<String> {
    let app = harness.state();
    let cache = app.ui.cache.as_ref().expect("the checklist was drawn");
    cache
        .rows
        .iter()
        .filter_map(|r| match r {
            reform_tracker::model::outline::OutlineRow::Item { index, .. } => {
                Some(app.doc.project.commitments[*index].id.clone())
            }
            _ => None,
        })
        .collect()
}

/// The choice above the checklist (a group header below may have the same words).
fn show(harness: &mut Harness<'_, App>, what: &str) {
    harness
        .query_all_by_label(what)
        .next()
        .unwrap_or_else(|| panic!("no {what:?} to show"))
        .click();
    harness.run();
}

#[test]
fn the_checklist_shows_commitments_recommendations_or_both_and_groups_by_mechanism() {
    let mut p = project();
    let mut upr = Commitment::new("UPR-1", Kind::Recommendation, "Independent courts");
    upr.recommendation.as_mut().unwrap().cycle = "UPR 4th cycle".into();
    p.commitments.push(upr);
    if let Some(r) = p.commitments[2].recommendation.as_mut() {
        r.mechanism = reform_tracker::model::Mechanism::Odihr;
    }
    p.commitments[0].terms.push("theme-elections".into());
    let mut harness = harness(p);
    assert_eq!(listed(&harness).len(), 4);
    show(&mut harness, "Recommendations");
    assert_eq!(listed(&harness), ["ODIHR-1", "UPR-1"]);
    // The figures are the recommendations' then, and say so; never the two kinds mixed.
    assert!(
        harness
            .query_by_label("Filter on: the figures count the 2 shown of 2 recommendations")
            .is_some()
    );
    assert_eq!(
        harness.state().ui.cache.as_ref().unwrap().summary.total(),
        2
    );
    show(&mut harness, "Commitments");
    assert_eq!(listed(&harness), ["P13", "P12"]);
    assert!(
        harness
            .query_by_label("Filter on: the figures count the 2 shown of 2 commitments")
            .is_some()
    );
    show(&mut harness, "Both");
    choose(&mut harness, "Sort", "Grouped by mechanism");
    assert_eq!(listed(&harness), ["UPR-1", "ODIHR-1", "P12", "P13"]);
    assert!(harness.query_by_label_contains("OSCE/ODIHR").is_some());
    choose(&mut harness, "With term", "Theme: Elections");
    assert_eq!(listed(&harness), ["P13"]);
}

#[test]
fn the_dashboard_shows_how_many_supported_recommendations_are_answered() {
    let mut p = project();
    p.commitments[0].terms.push("theme-elections".into());
    p.commitments[2].terms.push("theme-elections".into());
    if let Some(r) = p.commitments[2].recommendation.as_mut() {
        r.response = Some(reform_tracker::model::Response {
            position: Position::Supported,
            date: None,
            note: String::new(),
        });
    }
    let mut harness = harness(p);
    menu(&mut harness, "View", "Dashboard");
    assert!(
        harness
            .query_by_label(
                "0 of 1 supported recommendations are answered by at least one commitment (0%)."
            )
            .is_some()
    );
    assert!(harness.query_by_label("Nothing answers yet (1)").is_some());
    // Each theme with its items' status, the commitments' and the recommendations' apart.
    assert!(
        harness
            .query_by_label("Elections: Status of 1 commitment: 1 not assessed")
            .is_some()
    );
    assert!(
        harness
            .query_by_label("Elections: Status of 1 recommendation: 1 not assessed")
            .is_some()
    );
    // Linking a commitment changes the figure on the next frame.
    menu(&mut harness, "View", "Checklist");
    select_by_search(&mut harness, "P13");
    choose(&mut harness, "Link to", "ODIHR-1  Review the assembly law");
    menu(&mut harness, "View", "Dashboard");
    assert!(
        harness
            .query_by_label_contains("1 of 1 supported recommendations are answered")
            .is_some()
    );
    assert!(harness.query_by_label("Nothing answers yet (0)").is_some());
}

#[test]
fn a_term_without_an_id_or_label_or_with_a_taken_id_is_not_saved_and_says_why() {
    let mut harness = harness(project());
    menu(&mut harness, "File", "Vocabularies…");
    click(&mut harness, "Add a term");
    let save_greyed =
        |h: &Harness<'_, App>| ui_common::greyed_out(&h.get_by_label("Save the term"));
    assert!(harness.query_by_label("Give the term an id.").is_some());
    assert!(save_greyed(&harness));
    set_text(&mut harness, "Id", "theme-elections");
    assert!(
        harness
            .query_by_label("Another term already has the id theme-elections.")
            .is_some()
    );
    assert!(save_greyed(&harness));
    set_text(&mut harness, "Id", "theme-courts");
    assert!(
        harness
            .query_by_label("Give the term an English label.")
            .is_some()
    );
    assert!(save_greyed(&harness));
    set_text(&mut harness, "Label in English", "Courts");
    assert!(!save_greyed(&harness));
    click(&mut harness, "Cancel");
    assert_eq!(
        harness.state().doc.project.terms.len(),
        1,
        "nothing added on Cancel"
    );
}
