//! The detail editor through the window: typed text stays as typed, unsafe evidence addresses
//! are refused, evidence ids are never given twice, Escape in a drop-down, and a new project.

mod ui_common;

use egui::accesskit::Role;
use egui::{Event, Key, Modifiers, PointerButton};
use egui_kittest::kittest::Queryable as _;
use egui_kittest::{Harness, Node};
use reform_tracker::app::{App, Document, Startup};
use reform_tracker::model::{Commitment, Evidence, Kind, Project, Status};
use ui_common::{click, index_of, select_by_search};

/// A window tall enough for the whole detail editor with its forms open, so every field is on
/// screen (fields scrolled out of view are not in the accessibility tree).
fn app_harness_with(startup: Startup) -> Harness<'static, App> {
    Harness::builder()
        .with_size([1280.0, 2000.0])
        .with_theme(egui::Theme::Light)
        .with_max_steps(12)
        .build_eframe(move |cc| App::new(cc, startup))
}

fn app_harness() -> Harness<'static, App> {
    app_harness_with(Startup::default())
}

/// The text field with this label (a label may also name a filter drop-down).
fn field<'a>(harness: &'a Harness<'_, App>, label: &'a str) -> Node<'a> {
    harness
        .query_by_role_and_label(Role::TextInput, label)
        .or_else(|| harness.query_by_role_and_label(Role::MultilineTextInput, label))
        .unwrap_or_else(|| panic!("no text field labelled {label}"))
}

/// Puts the keyboard at the end of a field.
fn focus_end(harness: &mut Harness<'_, App>, label: &str) {
    field(harness, label).scroll_to_me();
    harness.run();
    field(harness, label).click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::End);
    harness.run();
}

/// Types one character per frame, as a person does.
fn type_slowly(harness: &mut Harness<'_, App>, text: &str) {
    for ch in text.chars() {
        harness.event(Event::Text(ch.to_string()));
        harness.run();
    }
}

/// Replaces a field's text.
fn set_text(harness: &mut Harness<'_, App>, label: &str, text: &str) {
    focus_end(harness, label);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.key_press(Key::Backspace);
    harness.run();
    harness.event(Event::Text(text.to_owned()));
    harness.run();
}

/// Types into `label` and clicks `next` in one and the same frame, as happens on a busy machine.
fn type_and_click_in_one_frame(
    harness: &mut Harness<'_, App>,
    label: &str,
    text: &str,
    next: &str,
) {
    focus_end(harness, label);
    let target = field(harness, next).rect().center();
    let events = &mut harness.input_mut().events;
    events.extend(text.chars().map(|c| Event::Text(c.to_string())));
    events.push(Event::PointerMoved(target));
    for pressed in [true, false] {
        events.push(Event::PointerButton {
            pos: target,
            button: PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
    }
    harness.run();
    assert!(
        field(harness, next).is_focused(),
        "the click still reaches {next}"
    );
}

#[test]
fn tags_keep_commas_and_spaces_as_they_are_typed() {
    let mut harness = app_harness();
    select_by_search(&mut harness, "P12");
    let p12 = index_of(harness.state(), "P12");
    let before = harness.state().doc.project.commitments[p12].tags.join(", ");
    focus_end(&mut harness, "Tags");
    type_slowly(&mut harness, ", judiciary reform");
    assert_eq!(
        field(&harness, "Tags").value().as_deref(),
        Some(format!("{before}, judiciary reform").as_str()),
        "the field shows what was typed"
    );
    let tags = &harness.state().doc.project.commitments[p12].tags;
    assert_eq!(tags.last().map(String::as_str), Some("judiciary reform"));
    // Leaving the field shows the tags as stored.
    field(&harness, "Responsible body").click();
    harness.run();
    assert_eq!(
        field(&harness, "Tags").value().as_deref(),
        Some(format!("{before}, judiciary reform").as_str())
    );
}

#[test]
fn typing_then_clicking_another_field_in_the_same_frame_keeps_every_character() {
    let mut harness = app_harness();
    select_by_search(&mut harness, "P12");
    let p12 = index_of(harness.state(), "P12");
    click(&mut harness, "Change status…");
    click(&mut harness, "Add evidence link…");
    let typed = "Law on local elections adopted";
    // Each field, then the next field below it, then one above it (drawn first).
    let fields = [
        ("Title", "Quote or summary", "Search"),
        ("Quote or summary", "Who committed", "Title"),
        ("Who committed", "Category", "Quote or summary"),
        ("Category", "Responsible body", "Who committed"),
        ("Responsible body", "Tags", "Category"),
        ("Tags", "Why (note)", "Responsible body"),
        ("Why (note)", "Link title", "Date of change"),
        ("Link title", "Web address", "Why (note)"),
        ("Web address", "Publisher", "Link title"),
        ("Publisher", "Evidence note", "Web address"),
        ("Evidence note", "New note", "Publisher"),
        ("New note", "Evidence note", "Publisher"),
    ];
    for (label, below, above) in fields {
        for (next, text) in [(below, format!(" {typed}")), (above, " again".to_owned())] {
            type_and_click_in_one_frame(&mut harness, label, &text, next);
            let app = harness.state();
            let c = &app.doc.project.commitments[p12];
            let draft = app.ui.new_evidence.clone().unwrap_or(Evidence::new(0));
            let note = app.ui.status_form.as_ref().map(|f| f.note.clone());
            let value = match label {
                "Title" => c.title.clone(),
                "Quote or summary" => c.quote.clone(),
                "Who committed" => c.actor.clone(),
                "Category" => c.category.clone(),
                "Responsible body" => c.responsible.clone(),
                "Tags" => c.tags.join(", "),
                "Why (note)" => note.unwrap_or_default(),
                "Link title" => draft.title,
                "Web address" => draft.url,
                "Publisher" => draft.publisher,
                "Evidence note" => draft.note,
                "New note" => app.ui.new_note.clone(),
                other => unreachable!("{other}"),
            };
            assert!(
                value.contains(text.trim()),
                "{label}, then a click on {next} in the same frame: {value:?} lacks {text:?}"
            );
        }
    }
}

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
    use reform_tracker::report::{ExportFormat, export};
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
fn escape_in_a_drop_down_closes_it_and_keeps_the_selection() {
    let mut harness = app_harness();
    select_by_search(&mut harness, "P12");
    let p12 = index_of(harness.state(), "P12");
    harness.get_by_label("Clear").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::ComboBox, "Source")
        .click();
    harness.run();
    assert!(
        egui::Popup::is_any_open(&harness.ctx),
        "the drop-down is open"
    );
    harness.key_press(Key::Escape);
    harness.run();
    assert!(!egui::Popup::is_any_open(&harness.ctx), "Escape closed it");
    assert_eq!(
        harness.state().ui.selected,
        Some(p12),
        "and kept the commitment selected"
    );
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(
        harness.state().ui.selected,
        None,
        "a second Escape deselects"
    );
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

#[test]
fn undo_keeps_a_note_and_a_link_being_typed() {
    let mut harness = app_harness();
    select_by_search(&mut harness, "P12");
    let p12 = index_of(harness.state(), "P12");
    let before = harness.state().doc.project.commitments[p12]
        .responsible
        .clone();
    focus_end(&mut harness, "Responsible body");
    type_slowly(&mut harness, " and Parliament");
    click(&mut harness, "Add evidence link…");
    set_text(&mut harness, "Link title", "Congress report");
    set_text(&mut harness, "New note", "Check again after the congress");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let app = harness.state();
    assert_eq!(
        app.doc.project.commitments[p12].responsible, before,
        "the edit is undone"
    );
    assert_eq!(app.ui.new_note, "Check again after the congress");
    assert_eq!(
        app.ui.new_evidence.as_ref().map(|e| e.title.as_str()),
        Some("Congress report"),
        "drafts being typed are not thrown away"
    );
}
