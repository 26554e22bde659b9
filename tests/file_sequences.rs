//! Random sequences of what a user does and what other programs do to the open file, checked
//! after every step against the promises of "Your work is safe":
//!
//! 1. The file changes only on a save the user asked for: Ctrl+S, Save in the unsaved-changes
//!    question, "Save anyway", or Overwrite.
//! 2. Never over a version the app has not shown: once another program changed the file, only
//!    an explicit Overwrite may write over that change.
//! 3. Saves go to the path the user chose: no file appears in the folder but the project, its
//!    `.bak`, and the copies the user typed a name for.
//! 4. History is never lost: a status change that was ever saved stays in the window's project
//!    or in the file, unless the user undid it, answered "Don't save" or "Reload from disk",
//!    or another program removed it from the file of a project with nothing unsaved.
//!
//! The window also watches its file by itself (`Step::Wait` lets it look); what it reloads or
//! merges in counts as shown.
//!
//! The window is driven as a user drives it: menus, keys and the buttons of its questions, by
//! their labels. `PROPTEST_CASES` sets how many sequences run (CI runs the default below).

mod ui_common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use proptest::prelude::*;
use reform_tracker::app::{App, Startup};
use reform_tracker::storage;

#[derive(Clone, Debug)]
enum Step {
    /// Edit → Add reform.
    AddReform,
    /// A status change on a commitment, through its form: select, Change status…, a new
    /// status, a note, Record.
    ChangeStatus(&'static str, &'static str),
    /// Edit → Undo / Redo from the menu.
    Undo,
    Redo,
    /// Ctrl+S.
    Save,
    /// File → Open… with a file that cannot be read.
    OpenBroken,
    /// File → New.
    New,
    /// A click on a button of whatever question is shown, when it is there.
    Answer(&'static str),
    /// Escape, which closes a question as Cancel.
    Escape,
    /// Another program appends a comment to the file.
    OutsideAppend,
    /// Another program rewrites the file with other content.
    OutsideRewrite,
    /// Another program deletes the file.
    OutsideDelete,
    /// Another program renames the file (a colleague tidies the shared folder).
    OutsideRename,
    /// The window loses the keyboard and gets it back (a native dialog, another window).
    Refocus,
    /// The user waits a few seconds: the window's watch on its file looks again.
    Wait,
}

const ANSWERS: &[&str] = &[
    "Save",
    "Don't save",
    "Cancel",
    "Overwrite",
    "Reload from disk",
    "Save elsewhere…",
    "Save as a new file…",
    "Save anyway, removing the comments",
    "Merge their changes",
    "OK",
];

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        4 => Just(Step::AddReform),
        3 => (
            proptest::sample::select(&["P12", "P19", "A4"][..]),
            proptest::sample::select(&["Stalled", "Fulfilled", "In progress"][..])
        )
            .prop_map(|(id, status)| Step::ChangeStatus(id, status)),
        1 => Just(Step::Undo),
        1 => Just(Step::Redo),
        3 => Just(Step::Save),
        1 => Just(Step::OpenBroken),
        1 => Just(Step::New),
        6 => proptest::sample::select(ANSWERS).prop_map(Step::Answer),
        1 => Just(Step::Escape),
        2 => Just(Step::OutsideAppend),
        1 => Just(Step::OutsideRewrite),
        1 => Just(Step::OutsideDelete),
        1 => Just(Step::OutsideRename),
        2 => Just(Step::Refocus),
        1 => Just(Step::Wait),
    ]
}

/// What the test knows of the world, to check the app's promises against.
struct World {
    dir: tempfile::TempDir,
    file: PathBuf,
    broken: PathBuf,
    /// The file's content as the app last read or wrote it (None: the app never had it).
    known: Option<Vec<u8>>,
    /// Copies the user gave a name for (Save elsewhere).
    chosen: BTreeSet<PathBuf>,
    /// Outside rewrites so far, to make each one different.
    rewrites: usize,
    /// Status changes made so far, to give each its own note.
    status_changes: usize,
    /// Status history entries that were in a file the app wrote, and not since undone or
    /// dropped by the user's answer.
    saved_history: BTreeSet<Entry>,
}

/// A status history entry, as the invariant follows it.
type Entry = (String, String, String, String);

/// The status history entries of a project: commitment, date, status reached, note.
fn entries(project: &reform_tracker::model::Project) -> BTreeSet<Entry> {
    project
        .commitments
        .iter()
        .flat_map(|c| {
            c.history.iter().map(|h| {
                (
                    c.id.clone(),
                    h.date.to_string(),
                    format!("{:?}", h.to),
                    h.note.clone(),
                )
            })
        })
        .collect()
}

fn file_entries(path: &Path) -> BTreeSet<Entry> {
    storage::load_file(path)
        .map(|l| entries(&l.project))
        .unwrap_or_default()
}

/// Selects `id` by the search field, opens its status form, and records a change to `status`.
fn change_status(harness: &mut Harness<'_, App>, id: &str, status: &str, n: usize) {
    ui_common::set_text(harness, "Search", id);
    let label = format!("{id}  ");
    let Some(row) = harness.query_by_label_contains(&label) else {
        return;
    };
    row.click();
    harness.run();
    if harness.query_by_label("Change status…").is_none() {
        return;
    }
    ui_common::click(harness, "Change status…");
    ui_common::choose(harness, "New status", status);
    ui_common::set_text(harness, "Why (note)", &format!("Change {n}"));
    if harness
        .query_all_by_role_and_label(Role::Button, "Record status change")
        .any(|b| !b.accesskit_node().is_disabled())
    {
        ui_common::click(harness, "Record status change");
    } else {
        ui_common::click(harness, "Cancel status change");
    }
}

impl World {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("tracker.ron");
        std::fs::write(
            &file,
            format!("// Kept by hand.\n{}", storage::SHIPPED_TRACKER),
        )
        .unwrap();
        let broken = dir.path().join("broken.ron");
        std::fs::write(&broken, "(format_version: 3, title: ").unwrap();
        let known = std::fs::read(&file).ok();
        Self {
            dir,
            file,
            broken,
            known,
            chosen: BTreeSet::new(),
            rewrites: 0,
            status_changes: 0,
            saved_history: BTreeSet::new(),
        }
    }

    /// Where another program moves the file to.
    fn moved(&self) -> PathBuf {
        self.dir.path().join("moved.ron")
    }

    fn on_disk(&self) -> Option<Vec<u8>> {
        std::fs::read(&self.file).ok()
    }
}

fn harness(world: &World) -> Harness<'static, App> {
    ui_common::app_harness_with(Startup {
        file: Some(world.file.clone()),
        recovery_dir: Some(world.dir.path().join("recovery")),
        ..Default::default()
    })
}

fn button_shown(harness: &Harness<'_, App>, label: &str) -> bool {
    harness
        .query_all_by_role_and_label(Role::Button, label)
        .count()
        == 1
}

fn click_button(harness: &mut Harness<'_, App>, label: &str) {
    harness
        .get_by_role_and_label(Role::Button, label)
        .scroll_to_me();
    harness.run();
    harness.get_by_role_and_label(Role::Button, label).click();
    harness.run();
}

/// A menu item, when no question is in the way (a question blocks the menus, as it should).
fn menu(harness: &mut Harness<'_, App>, menu: &str, item: &str) {
    if harness.state().ui.modal_open() {
        return;
    }
    ui_common::menu(harness, menu, item);
}

/// Types a path into the "File path" field that stands in for the native dialog.
fn type_path(harness: &mut Harness<'_, App>, path: &Path) {
    ui_common::set_text(harness, "File path", &path.display().to_string());
    harness.key_press(Key::Enter);
    harness.run();
}

/// Runs one step; returns whether it is one by which the user asked for the file to be
/// written, and whether it explicitly agreed to write over another program's change.
fn run(harness: &mut Harness<'_, App>, world: &mut World, step: &Step) -> (bool, bool) {
    match step {
        Step::AddReform => menu(harness, "Edit", "Add reform"),
        Step::ChangeStatus(id, status) => {
            if !harness.state().ui.modal_open() {
                change_status(harness, id, status, world.rewrites + world.status_changes);
                world.status_changes += 1;
            }
        }
        Step::Undo => menu(harness, "Edit", "Undo"),
        Step::Redo => menu(harness, "Edit", "Redo"),
        Step::Save => {
            if !harness.state().ui.modal_open() {
                harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
                harness.run();
                return (true, false);
            }
        }
        Step::OpenBroken => {
            menu(harness, "File", "Open…");
            answer_path_prompt(harness, world, Some(world.broken.clone()));
        }
        Step::New => menu(harness, "File", "New"),
        Step::Answer(label) => {
            // The path field stands in for a native dialog: answer it with a new name.
            if harness.state().ui.path_prompt.is_some() {
                answer_path_prompt(harness, world, None);
            } else if button_shown(harness, label) {
                click_button(harness, label);
                answer_path_prompt(harness, world, None);
                let asked = matches!(
                    *label,
                    "Save" | "Overwrite" | "Save anyway, removing the comments"
                );
                return (asked, *label == "Overwrite");
            }
        }
        Step::Escape => {
            harness.key_press(Key::Escape);
            harness.run();
        }
        Step::OutsideAppend => {
            if world.file.exists() {
                let mut text = std::fs::read_to_string(&world.file).unwrap_or_default();
                text.push_str("// A colleague's note.\n");
                std::fs::write(&world.file, text).unwrap();
            }
        }
        Step::OutsideRewrite => {
            world.rewrites += 1;
            let text = storage::SHIPPED_TRACKER.replacen(
                "format_version: 3,",
                &format!(
                    "format_version: 3,\n    // Rewritten {} times.",
                    world.rewrites
                ),
                1,
            );
            std::fs::write(&world.file, text).unwrap();
        }
        Step::OutsideDelete => {
            let _ = std::fs::remove_file(&world.file);
        }
        Step::OutsideRename => {
            let _ = std::fs::rename(&world.file, world.moved());
        }
        Step::Refocus => {
            ui_common::set_focused(harness, false);
            ui_common::set_focused(harness, true);
        }
        Step::Wait => {
            let until = std::time::Instant::now() + std::time::Duration::from_millis(2300);
            while std::time::Instant::now() < until {
                std::thread::sleep(std::time::Duration::from_millis(100));
                harness.step();
            }
            harness.run();
        }
    }
    (false, false)
}

/// When the window asks for a path (no native dialog here), a user types one: the broken file
/// for Open, a new copy's name for a save.
fn answer_path_prompt(harness: &mut Harness<'_, App>, world: &mut World, open: Option<PathBuf>) {
    // The stand-in for the native dialog answers from its own thread.
    for _ in 0..400 {
        if harness.state().ui.path_prompt.is_some() || !harness.state().dialog_open() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
        harness.step();
    }
    let Some(writes) = harness
        .state()
        .ui
        .path_prompt
        .as_ref()
        .map(|p| p.purpose.writes())
    else {
        return;
    };
    harness.run();
    // A message shown over it is read first.
    if harness.query_by_label("File path").is_none() {
        return;
    }
    let path = match (open, writes) {
        (_, true) => {
            let copy = world
                .dir
                .path()
                .join(format!("copy {}.ron", world.chosen.len() + 1));
            world.chosen.insert(copy.clone());
            copy
        }
        (Some(path), false) => path,
        (None, false) => world.broken.clone(),
    };
    type_path(harness, &path);
}

/// The saved status changes still somewhere: in the window's project or in the file.
fn history_kept(harness: &Harness<'_, App>, world: &World) -> BTreeSet<Entry> {
    let mut here = entries(&harness.state().doc.project);
    here.extend(file_entries(&world.file));
    world.saved_history.intersection(&here).cloned().collect()
}

/// Files in the folder that nobody asked for.
fn unasked_files(world: &World) -> Vec<String> {
    let allowed: BTreeSet<PathBuf> = [
        world.file.clone(),
        world.broken.clone(),
        world.moved(),
        world.file.with_extension("ron.bak"),
        world.dir.path().join("recovery"),
    ]
    .into_iter()
    .chain(world.chosen.iter().cloned())
    .chain(world.chosen.iter().map(|c| c.with_extension("ron.bak")))
    .collect();
    std::fs::read_dir(world.dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| !allowed.contains(p))
        .map(|p| p.display().to_string())
        .collect()
}

fn check_sequence(steps: &[Step]) -> Result<(), TestCaseError> {
    run_sequence(steps).map(|_| ())
}

/// Runs `steps`, checking the promises after each; returns what the test knows of the world.
fn run_sequence(steps: &[Step]) -> Result<World, TestCaseError> {
    let mut world = World::new();
    let mut harness = harness(&world);
    harness.run();
    for (i, step) in steps.iter().enumerate() {
        let before = world.on_disk();
        let kept_before = history_kept(&harness, &world);
        let clean_before = !harness.state().doc.dirty;
        let in_window_before = entries(&harness.state().doc.project);
        let (asked, overwrite) = run(&mut harness, &mut world, step);
        // Saves of big projects finish on a worker: wait for them, as a user waits.
        for _ in 0..200 {
            if harness.state().saving_path().is_none() && harness.state().loading_path().is_none() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
            harness.step();
        }
        harness.run();
        let after = world.on_disk();
        let outside = matches!(
            step,
            Step::OutsideAppend | Step::OutsideRewrite | Step::OutsideDelete | Step::OutsideRename
        );
        if outside {
            continue;
        }
        // 4. No saved status change is lost but by the user's own undo or answer. What an undo
        // takes out of the window, the user took back: a later save may drop it from the file.
        if matches!(step, Step::Undo) {
            let in_window = entries(&harness.state().doc.project);
            for undone in in_window_before.difference(&in_window) {
                world.saved_history.remove(undone);
            }
        }
        let kept_after = history_kept(&harness, &world);
        let lost: Vec<&Entry> = kept_before.difference(&kept_after).collect();
        let dropped_by_user = matches!(
            step,
            Step::Undo | Step::Answer("Don't save") | Step::Answer("Reload from disk")
        ) || (matches!(step, Step::Wait) && clean_before);
        prop_assert!(
            lost.is_empty() || dropped_by_user,
            "step {i} ({step:?}) lost saved status changes: {lost:?}"
        );
        for entry in lost {
            world.saved_history.remove(entry);
        }
        if after != before {
            prop_assert!(
                asked,
                "step {i} ({step:?}) wrote the file though the user asked for no save"
            );
            prop_assert!(
                before == world.known || before.is_none() || overwrite,
                "step {i} ({step:?}) wrote over another program's change without Overwrite"
            );
            world.known = after.clone();
            world.saved_history.extend(file_entries(&world.file));
        }
        // What the window reloaded or merged in (Reload, its own watch, Merge their changes)
        // is a version it has shown: a save may then write over it.
        let stamp = storage::stamp_of(&world.file).ok();
        if stamp.is_some() && harness.state().doc.stamp == stamp {
            world.known = world.on_disk();
        }
        let unasked = unasked_files(&world);
        prop_assert!(
            unasked.is_empty(),
            "step {i} ({step:?}) left files nobody asked for: {unasked:?}"
        );
    }
    Ok(world)
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 24,
        max_shrink_iters: 200,
        ..ProptestConfig::default()
    })]

    #[test]
    fn no_sequence_overwrites_a_file_unasked(steps in proptest::collection::vec(step(), 1..16)) {
        check_sequence(&steps)?;
    }
}

/// The sequence of issue "Nothing lost on any path", fault 1, as steps of the model above.
#[test]
fn the_sequence_that_once_overwrote_a_colleagues_note() {
    check_sequence(&[
        Step::AddReform,
        Step::Save,
        Step::Answer("Save anyway, removing the comments"),
        Step::OutsideAppend,
        Step::AddReform,
        Step::Save,
        Step::Answer("Cancel"),
        Step::OpenBroken,
        Step::Answer("Don't save"),
        Step::Refocus,
        Step::Answer("OK"),
    ])
    .unwrap();
}

/// The model follows real status changes: one recorded, saved, undone and saved again leaves
/// the history as it was, and nothing in between loses the saved entry.
#[test]
fn a_status_change_is_followed_from_the_form_to_the_file() {
    let world = run_sequence(&[
        Step::ChangeStatus("P19", "Stalled"),
        Step::Save,
        Step::Answer("Save anyway, removing the comments"),
    ])
    .unwrap();
    assert!(
        world
            .saved_history
            .iter()
            .any(|(id, _, to, note)| id == "P19" && to == "Stalled" && note == "Change 0"),
        "the change reached the file: {:?}",
        world.saved_history
    );
    let world = run_sequence(&[
        Step::ChangeStatus("P19", "Stalled"),
        Step::Save,
        Step::Answer("Save anyway, removing the comments"),
        Step::Undo,
        Step::Save,
    ])
    .unwrap();
    assert!(
        !world
            .saved_history
            .iter()
            .any(|(id, _, _, note)| id == "P19" && note == "Change 0"),
        "undone by the user, then saved without it"
    );
}

/// Found by the sequence test: the saved file deleted by another program, then File → New on a
/// project with nothing unsaved dropped the only copy of the work without asking.
#[test]
fn new_after_the_file_was_deleted_asks_first() {
    check_sequence(&[
        Step::Save,
        Step::Answer("Save anyway, removing the comments"),
        Step::OutsideDelete,
        Step::New,
    ])
    .unwrap();
}
