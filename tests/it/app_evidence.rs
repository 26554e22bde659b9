//! Evidence through the window: unsafe addresses refused as typed and in files, ids never
//! given twice, and a new project's first commitment.

use crate::editor_common;
use crate::ui_common;

use editor_common::{app_harness, app_harness_with, field, set_text};
use egui::Key;
use egui::Modifiers;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use reform_tracker::app::{App, Document, Startup};
use reform_tracker::model::{Commitment, Evidence, Kind, Project, Status};
use ui_common::{click, index_of, select_by_search};

#[test]
fn an_unsafe_evidence_address_is_refused_while_typed_and_text_records_stay_allowed() {
    let mut harness = app_harness();
    select_by_search(&mut harness, "P12");
    let p12 = index_of(harness.state(), "P12");
    let count = harness.state().doc.project.commitments[p12].evidence.len();
    click(&mut harness, "Add evidence link…");
    set_text(&mut harness, "Link title", "Press release");
    set_text(&mut harness, "Web address", "javascript:alert(1)");
    assert!(
        harness
            .query_by_label_contains("This address cannot be used: script links are never opened")
            .is_some(),
        "the reason is shown as it is typed"
    );
    click(&mut harness, "Add evidence");
    assert_eq!(
        harness.state().doc.project.commitments[p12].evidence.len(),
        count,
        "Add evidence is greyed out"
    );
    assert_eq!(
        field(&harness, "Web address").value().as_deref(),
        Some("javascript:alert(1)"),
        "what was typed is kept, to be corrected"
    );
    // No address at all: recorded as text.
    set_text(&mut harness, "Web address", "");
    assert!(
        harness
            .query_by_label_contains("This address cannot be used")
            .is_none()
    );
    click(&mut harness, "Add evidence");
    let c = &harness.state().doc.project.commitments[p12];
    assert_eq!(c.evidence.len(), count + 1);
    let id = c.evidence.last().unwrap().id;

    // Editing a link: the same refusal, and nothing changes until a safe Save.
    click(&mut harness, &format!("Edit evidence {id}"));
    set_text(&mut harness, "Web address", "file:///etc/passwd");
    assert!(
        harness
            .query_by_label_contains("links to local files are never opened")
            .is_some()
    );
    click(&mut harness, "Save evidence");
    let e = harness.state().doc.project.commitments[p12]
        .evidence_by_id(id)
        .unwrap()
        .clone();
    assert_eq!(e.url, "", "Save is greyed out");
    set_text(&mut harness, "Web address", "https://example.org/release");
    click(&mut harness, "Save evidence");
    let e = harness.state().doc.project.commitments[p12]
        .evidence_by_id(id)
        .unwrap()
        .clone();
    assert_eq!(e.url, "https://example.org/release");
}

/// A project whose one commitment holds a safe link and a `javascript:` one.
fn project_with_a_refused_link() -> Project {
    let mut c = Commitment::new("R1", Kind::Reform, "Local elections law");
    for (title, url) in [
        ("Official text", "https://example.org/law"),
        ("Sneaky page", "javascript:alert(1)"),
    ] {
        let mut e = Evidence::new(0);
        e.title = title.into();
        e.url = url.into();
        c.add_evidence(e);
    }
    // A hand-made history entry resting on the refused link.
    c.change_status(
        Status::InProgress,
        "2024-04-01".parse().unwrap(),
        "Adopted".into(),
        vec![2],
    );
    Project {
        title: "Refused links".into(),
        commitments: vec![c],
        ..Project::default()
    }
}

#[test]
fn a_refused_link_in_a_file_is_shown_as_refused_left_out_of_counts_and_never_a_basis() {
    let project = project_with_a_refused_link();
    let mut harness = app_harness_with(Startup {
        document: Some(Document::untitled(project.clone())),
        ..Startup::default()
    });
    harness.run();
    assert!(
        harness.query_by_label_contains("1 evidence link").is_some()
            && harness
                .query_by_label_contains("2 evidence links")
                .is_none(),
        "the summary counts the safe link only, in the singular"
    );
    assert!(
        harness.query_by_label_contains("1 link").is_some(),
        "the checklist row counts the safe link only"
    );
    harness.get_by_label_contains("R1  ").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Refused: script links are never opened")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("evidence #2 (refused address)")
            .is_some(),
        "the history says its basis was refused"
    );
    click(&mut harness, "Change status…");
    assert!(
        harness
            .query_by_role_and_label(Role::CheckBox, "Official text")
            .is_some()
    );
    assert!(
        harness
            .query_by_role_and_label(Role::CheckBox, "Sneaky page")
            .is_none(),
        "a refused link is not offered as the basis of a status change"
    );

    // Exports count the safe link only.
    use reform_tracker::report::ExportFormat;
    let export =
        |p: &_, f, a| String::from_utf8(reform_tracker::report::export(p, f, a).unwrap()).unwrap();
    let csv = export(&project, ExportFormat::Csv, None);
    let mut records = csv.trim_start_matches('\u{feff}').lines();
    let header: Vec<&str> = records.next().unwrap().split(',').collect();
    let column = header.iter().position(|h| *h == "evidence_count").unwrap();
    let r1: Vec<&str> = records.next().unwrap().split(',').collect();
    assert_eq!(r1[column], "1", "{csv}");
    let md = export(&project, ExportFormat::Markdown, None);
    assert!(md.contains("| In progress | 1 |"), "{md}");
    let html = export(&project, ExportFormat::Html, None);
    assert!(html.contains("<td class=\"num\">1</td>"), "{html}");
}

/// Whether the history shows an entry citing exactly this.
fn cites(harness: &Harness<'_, App>, line: &str) -> bool {
    harness.query_by_label(line).is_some()
}

fn add_link(harness: &mut Harness<'_, App>, title: &str) {
    click(harness, "Add evidence link…");
    set_text(harness, "Link title", title);
    set_text(
        harness,
        "Web address",
        &format!("https://example.org/{}", title.to_lowercase()),
    );
    click(harness, "Add evidence");
}

fn save_or_open_at(harness: &mut Harness<'_, App>, path: &std::path::Path) {
    // No file dialog on this machine: the app offers a path field.
    for _ in 0..300 {
        harness.step();
        if harness.state().ui.path_prompt.is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    harness.run();
    set_text(harness, "File path", &path.display().to_string());
    harness.key_press(Key::Enter);
    harness.run();
    for _ in 0..300 {
        if harness.state().doc.path.is_some() && !harness.state().doc.dirty {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        harness.step();
    }
    harness.run();
}

#[test]
fn evidence_ids_are_never_given_twice_across_removal_undo_and_reopening() {
    let mut harness = app_harness();
    click(&mut harness, "File");
    click(&mut harness, "New");
    click(&mut harness, "Add a reform");
    add_link(&mut harness, "First");
    add_link(&mut harness, "Second");
    click(&mut harness, "Change status…");
    harness
        .get_by_role_and_label(Role::ComboBox, "New status")
        .click();
    harness.run();
    harness.get_by_label("In progress").click();
    harness.run();
    for title in ["First", "Second"] {
        harness.get_by_role_and_label(Role::CheckBox, title).click();
        harness.run();
    }
    click(&mut harness, "Record status change");
    assert_eq!(
        harness.state().doc.project.commitments[0].status,
        Status::InProgress
    );
    assert!(cites(&harness, "Evidence: First; Second"));

    // Remove the newest link, add another: the history does not now cite the new one.
    click(&mut harness, "Remove evidence 2");
    add_link(&mut harness, "Third");
    assert!(cites(&harness, "Evidence: First; evidence #2 (removed)"));

    // Remove, undo, add.
    click(&mut harness, "Remove evidence 3");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    add_link(&mut harness, "Fourth");
    assert!(cites(&harness, "Evidence: First; evidence #2 (removed)"));
    let ids: Vec<u32> = harness.state().doc.project.commitments[0]
        .evidence
        .iter()
        .map(|e| e.id)
        .collect();
    assert_eq!(ids, vec![1, 3, 4]);

    // Save, reopen, remove the newest, add: still a fresh id.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ids.ron");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    save_or_open_at(&mut harness, &path);
    assert!(path.exists(), "saved");
    click(&mut harness, "File");
    click(&mut harness, "New");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    save_or_open_at(&mut harness, &path);
    assert_eq!(harness.state().doc.project.commitments.len(), 1);
    harness.get_by_label_contains("R1  ").click();
    harness.run();
    click(&mut harness, "Remove evidence 4");
    add_link(&mut harness, "Fifth");
    let ids: Vec<u32> = harness.state().doc.project.commitments[0]
        .evidence
        .iter()
        .map(|e| e.id)
        .collect();
    assert_eq!(ids, vec![1, 3, 5]);
    assert!(cites(&harness, "Evidence: First; evidence #2 (removed)"));
}

#[test]
fn a_new_project_says_how_to_add_a_commitment_and_counts_in_the_singular() {
    let mut harness = app_harness();
    click(&mut harness, "File");
    click(&mut harness, "New");
    assert!(harness.query_by_label("No commitments yet.").is_some());
    assert!(
        harness
            .query_by_label_contains("Edit → Add reform")
            .is_some()
    );
    click(&mut harness, "Add a reform");
    let app = harness.state();
    assert_eq!(app.doc.project.commitments.len(), 1);
    assert_eq!(app.ui.selected, Some(0), "the new reform is open to edit");
    assert!(harness.query_by_label("No commitments yet.").is_none());
    assert!(harness.query_by_label_contains("0 links").is_some());
    assert!(
        harness
            .query_by_label_contains("0 evidence links")
            .is_some()
    );
    click(&mut harness, "Dashboard");
    assert!(
        harness.query_by_label("commitment").is_some(),
        "the dashboard says 1 commitment"
    );
    assert!(harness.query_by_label("commitments").is_none());
}
