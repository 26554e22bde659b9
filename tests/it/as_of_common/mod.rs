//! A small tracker with deadlines, tags, actors and dated evidence, opened in the real window
//! the way the command line opens a file, and helpers to read what the checklist shows.
#![allow(dead_code)]

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use reform_tracker::app::{App, Startup};
use reform_tracker::model::{Commitment, Date, Evidence, Kind, Project, Status};

pub const IDS: [&str; 4] = ["R1", "R2", "R3", "P1"];

fn d(s: &str) -> Date {
    s.parse().expect("test dates are valid")
}

fn evidence(date: &str) -> Evidence {
    let mut e = Evidence::new(0);
    e.url = format!("https://example.org/{date}");
    e.title = format!("Report of {date}");
    e.date = Some(d(date));
    e
}

fn commitment(id: &str, kind: Kind, title: &str, actor: &str, category: &str) -> Commitment {
    let mut c = Commitment::new(id, kind, title);
    c.actor = actor.to_owned();
    c.category = category.to_owned();
    c
}

/// | id | now | as of 2023-12-01 | as of 2022-12-31 | deadline | evidence |
/// |---|---|---|---|---|---|
/// | R1 | Fulfilled (2024-01-10) | In progress (2023-01-10) | Not assessed | 2023-06-30 | 2024-01-11 |
/// | R2 | In progress (2022-06-05) | In progress | In progress | 2024-12-31 | 2022-06-05, 2022-07-01 |
/// | R3 | Fulfilled (2022-06-05) | Fulfilled | Fulfilled | none | none |
/// | P1 | Not assessed | Not assessed | Not assessed | 2099-01-01 | none |
///
/// On 2023-12-01, R1 is 154 days overdue and R2 not yet due; today R2 is overdue and R1 done.
pub fn project() -> Project {
    let mut r1 = commitment(
        "R1",
        Kind::Reform,
        "Direct elections of district akims",
        "President Tokayev",
        "Local government",
    );
    r1.tags = vec!["elections".into(), "local".into()];
    r1.deadline = Some(d("2023-06-30"));
    r1.change_status(Status::InProgress, d("2023-01-10"), "Bill".into(), vec![]);
    r1.change_status(Status::Fulfilled, d("2024-01-10"), "Law".into(), vec![]);
    r1.add_evidence(evidence("2024-01-11"));

    let mut r2 = commitment(
        "R2",
        Kind::Reform,
        "Lower the party registration threshold",
        "President Tokayev",
        "Political parties",
    );
    r2.tags = vec!["parties".into()];
    r2.deadline = Some(d("2024-12-31"));
    r2.concern = true;
    r2.change_status(Status::InProgress, d("2022-06-05"), "Draft".into(), vec![]);
    r2.add_evidence(evidence("2022-06-05"));
    r2.add_evidence(evidence("2022-07-01"));

    let mut r3 = commitment(
        "R3",
        Kind::Reform,
        "Set up the Constitutional Court",
        "Parliament",
        "Judiciary",
    );
    r3.tags = vec!["courts".into()];
    r3.change_status(Status::Fulfilled, d("2022-06-05"), "Amended".into(), vec![]);

    let mut p1 = commitment(
        "P1",
        Kind::PartnershipOffer,
        "Support for independent media",
        "U.S. Government",
        "Human rights",
    );
    p1.tags = vec!["media".into()];
    p1.deadline = Some(d("2099-01-01"));

    Project {
        title: "As-of test tracker".to_owned(),
        commitments: vec![r1, r2, r3, p1],
        ..Project::default()
    }
}

/// The window opened on the test tracker, saved to a file first (kept alive by the guard).
pub fn harness() -> (Harness<'static, App>, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("as-of.ron");
    reform_tracker::storage::save_file(&path, &project()).expect("the test tracker is saved");
    let startup = Startup {
        file: Some(path),
        ..Startup::default()
    };
    let mut harness = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_theme(egui::Theme::Light)
        // Work on other threads (a file dialog, a save) may take a while on a busy machine:
        // the window keeps asking to be drawn until it is done.
        .with_max_steps(30)
        .build_eframe(move |cc| {
            // The words tests look for are English, whatever this machine's locale.
            let lang = startup.lang.or(Some(reform_tracker::i18n::Lang::En));
            App::new(cc, Startup { lang, ..startup })
        });
    harness.run();
    (harness, dir)
}

/// The checklist rows shown, top to bottom, by commitment id.
pub fn rows_shown(harness: &Harness<'_, App>) -> Vec<String> {
    let mut rows: Vec<(f32, String)> = harness
        .query_all_by_role(Role::Button)
        .filter_map(|node| {
            let label = node.accesskit_node().label()?;
            let (id, _) = label.split_once("  ")?;
            IDS.contains(&id)
                .then(|| (node.rect().top(), id.to_owned()))
        })
        .collect();
    rows.sort_by(|a, b| a.0.total_cmp(&b.0));
    rows.into_iter().map(|(_, id)| id).collect()
}

/// The full text of a checklist row (title, marks and link count), as a screen reader reads it.
pub fn row_text(harness: &Harness<'_, App>, id: &str) -> String {
    harness
        .get_by_label_contains(&format!("{id}  "))
        .accesskit_node()
        .label()
        .unwrap_or_default()
}

/// Opens the drop-down labelled `combo` and picks `option` in it.
pub fn pick(harness: &mut Harness<'_, App>, combo: &str, option: &str) {
    harness.get_by_role_and_label(Role::ComboBox, combo).click();
    harness.run();
    harness.get_by_role_and_label(Role::Button, option).click();
    harness.run();
}

pub fn type_as_of(harness: &mut Harness<'_, App>, date: &str) {
    harness.get_by_label("As of").click();
    harness.run();
    harness.get_by_label("As of").type_text(date);
    harness.run();
}

/// Opens a menu and clicks an item in it; the item's label may end with its shortcut
/// ("New Ctrl+N").
pub fn menu_item(harness: &mut Harness<'_, App>, menu: &str, item: &str) {
    harness.get_by_label(menu).click();
    harness.run();
    let with_shortcut = format!("{item} Ctrl");
    harness
        .get_by(move |node| {
            node.role() == Role::Button
                && node
                    .label()
                    .is_some_and(|l| l == item || l.starts_with(&with_shortcut))
        })
        .click();
    harness.run();
}
