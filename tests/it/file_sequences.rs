//! Random sequences of what a user does and what other programs do to the open file, checked
//! after every step against the promises of "Your work is safe":
//!
//! 1. The file changes only on a save the user asked for: Ctrl+S, Save in the unsaved-changes
//!    question, "Save anyway", Overwrite, or "Save as draft" in the conflicts list.
//! 2. Never over a version the app has not shown: once another program changed the file, only
//!    an explicit Overwrite may write over that change.
//! 3. Saves go to the path the user chose: no file appears in the folder but the project, its
//!    `.bak`, and the copies the user typed a name for.
//! 4. History is never lost: a status change that was ever saved stays in the window's project
//!    or in the file, unless the user undid it, answered "Don't save" or "Reload from disk",
//!    or another program removed it from the file of a project with nothing unsaved. Deciding
//!    a merge conflict keeps both dated entries and adds one of its own.
//! 5. Typed text is kept: a note typed into the new-note box (not yet added) stays in the
//!    window (its box, or waiting for its commitment, or added as a note), in the file or in
//!    the recovery copy, unless the user answered "Don't save" or "Reload from disk".
//!
//! A save that cannot be written (the file made read-only, or replaced by a folder) leaves the
//! file as it is, says so, and keeps the work in the window, unsaved.
//!
//! The window also watches its file by itself (`Step::Wait` lets it look); what it reloads or
//! merges in counts as shown.
//!
//! The window is driven as a user drives it: menus, keys and the buttons of its questions, by
//! their labels. `PROPTEST_CASES` sets how many sequences run (CI runs the default below).

use crate::ui_common;

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
    /// File → Import… of a small sheet (one new commitment, one status change), its path
    /// typed, then "Show changes…"; Import clicked when `true`, else the summary is left open
    /// for an answer.
    Import(bool),
    /// A click on "Keep ours" or "Keep theirs" of the first conflict left, opening the list
    /// from the banner when it is closed.
    DecideConflict(&'static str),
    /// A note typed into the new-note box of a commitment, not added.
    TypeNote(&'static str),
    /// A click on "Add note".
    AddNote,
    /// Another program (git) writes a merged version with an undecided status conflict.
    OutsideMergeConflict,
    /// Another program makes the file read-only, or writable again.
    OutsideReadOnly,
    OutsideWritable,
    /// Another program puts a folder where the file was: every save to it fails.
    OutsideSaveFails,
    /// That folder is removed again.
    OutsideFolderGone,
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
    "Import",
    "Close",
    "Save as draft",
];

/// The labels of the two sides of a conflict.
const DECISIONS: &[&str] = &["Keep ours", "Keep theirs"];

/// The commitments the steps work on: all three are in the shipped tracker.
const IDS: &[&str] = &["P12", "P19", "A4"];

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        4 => Just(Step::AddReform),
        3 => (
            proptest::sample::select(IDS),
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
        2 => any::<bool>().prop_map(Step::Import),
        3 => proptest::sample::select(DECISIONS).prop_map(Step::DecideConflict),
        3 => proptest::sample::select(IDS).prop_map(Step::TypeNote),
        1 => Just(Step::AddNote),
        1 => Just(Step::OutsideMergeConflict),
        1 => Just(Step::OutsideReadOnly),
        1 => Just(Step::OutsideWritable),
        1 => Just(Step::OutsideSaveFails),
        1 => Just(Step::OutsideFolderGone),
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
    /// The sheet File → Import… brings in.
    sheet: PathBuf,
    /// Versions with a conflict written by another program so far, to make each one different.
    merges: usize,
    /// Notes typed into the new-note box, and not since dropped by the user's answer.
    typed: BTreeSet<String>,
    /// Notes typed so far, to give each its own text.
    notes_typed: usize,
    /// Set by `DecideConflict`: the conflict decided was two status changes on one day.
    decided: Option<bool>,
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
    // The window's watch runs on its own clock: a question about the file may come up
    // between two clicks, over the form. The user answers it first (a later step).
    if harness.state().ui.modal_open() || !try_choose(harness, "New status", status) {
        return;
    }
    if harness.state().ui.modal_open() {
        return;
    }
    ui_common::set_text(harness, "Why (note)", &format!("Change {n}"));
    if harness.state().ui.modal_open() {
        return;
    }
    if harness
        .query_all_by_role_and_label(Role::Button, "Record status change")
        .any(|b| !b.accesskit_node().is_disabled())
    {
        ui_common::click(harness, "Record status change");
    } else {
        ui_common::click(harness, "Cancel status change");
    }
}

/// Picks `option` in the drop-down `label`, when the drop-down opens and lists it.
fn try_choose(harness: &mut Harness<'_, App>, label: &str, option: &str) -> bool {
    if harness.query_by_label(label).is_none() {
        return false;
    }
    ui_common::click(harness, label);
    match harness.query_all_by_label(option).last() {
        Some(item) => {
            item.click();
            harness.run();
            true
        }
        None => {
            harness.key_press(Key::Escape);
            harness.run();
            false
        }
    }
}

/// The shipped tracker as a git merge leaves it when two branches recorded different status
/// changes of A5 on one day: both entries in the history and one undecided conflict. `n`
/// makes each version's notes its own.
fn merged_with_conflict(n: usize) -> String {
    use reform_tracker::model::Status;
    use reform_tracker::model::merge::{Sides, merge};
    let base = storage::shipped_tracker();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    let day: reform_tracker::model::Date = "2026-05-01".parse().unwrap();
    let i = base.commitments.iter().position(|c| c.id == "A5").unwrap();
    ours.commitments[i].change_status(
        Status::InProgress,
        day,
        format!("Draft law tabled ({n})"),
        vec![],
    );
    theirs.commitments[i].change_status(
        Status::Stalled,
        day,
        format!("Hearing postponed ({n})"),
        vec![],
    );
    let sides = Sides {
        ours: "elections".into(),
        theirs: "courts".into(),
    };
    let merged = merge(&base, &ours, &theirs, &sides);
    assert_eq!(merged.conflicts.len(), 1);
    storage::to_ron_string(&merged).unwrap()
}

impl World {
    /// The folder with the project file: the shipped tracker with a comment, or (`conflicted`)
    /// a merge that left a conflict to decide.
    fn new(conflicted: bool) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("tracker.ron");
        let text = if conflicted {
            merged_with_conflict(0)
        } else {
            format!("// Kept by hand.\n{}", storage::SHIPPED_TRACKER)
        };
        std::fs::write(&file, text).unwrap();
        let broken = dir.path().join("broken.ron");
        std::fs::write(&broken, "(format_version: 4, title: ").unwrap();
        // One new commitment, and a status change of one already there.
        let sheet = dir.path().join("sheet.csv");
        std::fs::write(
            &sheet,
            "id,title,status\nS1,A commitment from the sheet,stalled\nP12,,done\n",
        )
        .unwrap();
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
            sheet,
            merges: 0,
            typed: BTreeSet::new(),
            notes_typed: 0,
            decided: None,
        }
    }

    /// Where another program moves the file to.
    fn moved(&self) -> PathBuf {
        self.dir.path().join("moved.ron")
    }

    fn on_disk(&self) -> Option<Vec<u8>> {
        std::fs::read(&self.file).ok()
    }

    /// The file is there but no save can write it: read-only, or a folder in its place.
    fn unwritable(&self) -> bool {
        std::fs::metadata(&self.file).is_ok_and(|m| m.is_dir() || m.permissions().readonly())
    }

    fn recovery_dir(&self) -> PathBuf {
        self.dir.path().join("recovery")
    }
}

fn harness(world: &World) -> Harness<'static, App> {
    ui_common::app_harness_with(Startup {
        file: Some(world.file.clone()),
        recovery_dir: Some(world.recovery_dir()),
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

/// Types a path into the "File path" field that stands in for the native dialog. What the path
/// starts (an open, a save, a sheet being read) may go on for many frames on a busy machine:
/// the caller waits for it.
fn type_path(harness: &mut Harness<'_, App>, path: &Path) {
    ui_common::set_text(harness, "File path", &path.display().to_string());
    harness.key_press(Key::Enter);
    harness.step();
    harness.step();
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
                    "Save" | "Overwrite" | "Save anyway, removing the comments" | "Save as draft"
                );
                return (asked, *label == "Overwrite");
            }
        }
        Step::Escape => {
            harness.key_press(Key::Escape);
            harness.run();
        }
        Step::OutsideAppend => {
            if world.file.is_file() {
                let mut text = std::fs::read_to_string(&world.file).unwrap_or_default();
                text.push_str("// A colleague's note.\n");
                std::fs::write(&world.file, text).unwrap();
            }
        }
        Step::OutsideRewrite => {
            world.rewrites += 1;
            let text = storage::SHIPPED_TRACKER.replacen(
                "format_version: 4,",
                &format!(
                    "format_version: 4,\n    // Rewritten {} times.",
                    world.rewrites
                ),
                1,
            );
            // Not where a folder stands in the file's place.
            let _ = std::fs::write(&world.file, text);
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
        Step::Import(confirm) => {
            if harness.state().ui.modal_open() {
                return (false, false);
            }
            menu(harness, "File", "Import…");
            let sheet = world.sheet.clone();
            answer_path_prompt(harness, world, Some(sheet));
            // The sheet is read on a worker: wait as long as it reads, however busy the machine
            // (its progress bar repaints until then).
            for _ in 0..4000 {
                if !reading(harness.state()) {
                    break;
                }
                std::thread::sleep(std::time::Duration::from_millis(5));
                harness.step();
            }
            harness.run();
            if !button_shown(harness, "Show changes…") {
                return (false, false);
            }
            click_button(harness, "Show changes…");
            if *confirm && enabled(harness, "Import") {
                click_button(harness, "Import");
            }
        }
        Step::DecideConflict(label) => {
            let app = harness.state();
            if !app.ui.dialogs.conflicts_shown()
                && !app.ui.modal_open()
                && button_shown(harness, "Resolve conflicts…")
            {
                click_button(harness, "Resolve conflicts…");
            }
            let app = harness.state();
            let first = app.doc.project.conflicts.first().map(|c| c.field.clone());
            let shown = harness
                .query_all_by_role_and_label(Role::Button, label)
                .next()
                .is_some();
            if let (true, true, Some(field)) = (app.ui.dialogs.conflicts_shown(), shown, first) {
                // The first conflict's button, brought into view, then clicked.
                for click in [false, true] {
                    let button = harness
                        .query_all_by_role_and_label(Role::Button, label)
                        .next()
                        .unwrap();
                    if click {
                        button.click();
                    } else {
                        button.scroll_to_me();
                    }
                    harness.run();
                }
                world.decided = Some(field == reform_tracker::model::merge::Field::StatusChange);
            }
        }
        Step::TypeNote(id) => {
            if !harness.state().ui.modal_open() {
                type_note(harness, world, id);
            }
        }
        Step::AddNote => {
            if !harness.state().ui.modal_open() && enabled(harness, "Add note") {
                click_button(harness, "Add note");
            }
        }
        Step::OutsideMergeConflict => {
            world.merges += 1;
            let _ = std::fs::write(&world.file, merged_with_conflict(world.merges));
        }
        Step::OutsideReadOnly | Step::OutsideWritable => {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = if matches!(step, Step::OutsideReadOnly) {
                0o444
            } else {
                0o644
            };
            if world.file.is_file() {
                std::fs::set_permissions(&world.file, std::fs::Permissions::from_mode(mode))
                    .unwrap();
            }
        }
        Step::OutsideSaveFails => {
            // A folder under the file's name: no save can write there, even as root.
            if !world.file.is_dir() {
                let _ = std::fs::remove_file(&world.file);
                std::fs::create_dir(&world.file).unwrap();
            }
        }
        Step::OutsideFolderGone => {
            if world.file.is_dir() {
                std::fs::remove_dir_all(&world.file).unwrap();
            }
        }
    }
    (false, false)
}

/// `after` is `before`, but for notes that were being typed: Save in the unsaved-changes
/// question adds them to their commitments before it tries to write.
fn kept_with_typed_notes(
    before: &reform_tracker::model::Project,
    after: &reform_tracker::model::Project,
) -> bool {
    let without_notes = |p: &reform_tracker::model::Project| {
        let mut p = p.clone();
        for c in &mut p.commitments {
            c.notes.clear();
        }
        p
    };
    without_notes(before) == without_notes(after)
        && before
            .commitments
            .iter()
            .zip(&after.commitments)
            .all(|(b, a)| a.notes.starts_with(&b.notes))
}

fn reading(app: &App) -> bool {
    matches!(
        app.ui.dialogs.import().map(|f| &f.stage),
        Some(reform_tracker::app::ImportStage::Reading { .. })
    )
}

/// One button by this label, which can be clicked.
fn enabled(harness: &Harness<'_, App>, label: &str) -> bool {
    let mut found = harness.query_all_by_role_and_label(Role::Button, label);
    matches!(
        (found.next(), found.next()),
        (Some(b), None) if !b.accesskit_node().is_disabled()
    )
}

/// Selects `id` by the search field and types a new note into its box (over what was typed
/// there before: the user's own doing), without adding it.
fn type_note(harness: &mut Harness<'_, App>, world: &mut World, id: &str) {
    ui_common::set_text(harness, "Search", id);
    let label = format!("{id}  ");
    let Some(row) = harness.query_by_label_contains(&label) else {
        return;
    };
    row.click();
    harness.run();
    if harness.query_by_label("New note").is_none() {
        return;
    }
    let replaced = harness.state().ui.new_note.clone();
    world.notes_typed += 1;
    // The full stop keeps "note 1." apart from "note 12.".
    let text = format!("Typed note {}.", world.notes_typed);
    ui_common::set_text(harness, "New note", &text);
    if harness.state().ui.new_note.contains(&text) {
        world.typed.retain(|t| !replaced.contains(t.as_str()));
        world.typed.insert(text);
    }
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
        world.recovery_dir(),
        world.sheet.clone(),
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

/// Where the notes typed so far are now: those found in the window (the box, waiting for
/// their commitment, or added), in the file or in the recovery copy, and those of them found
/// in a box (typed, not added).
fn typed_kept(harness: &Harness<'_, App>, world: &World) -> (BTreeSet<String>, BTreeSet<String>) {
    let app = harness.state();
    let in_box = |t: &String| {
        app.ui.new_note.contains(t.as_str())
            || app.ui.note_drafts.values().any(|d| d.contains(t.as_str()))
    };
    let noted = |p: &reform_tracker::model::Project, t: &String| {
        p.commitments
            .iter()
            .any(|c| c.notes.iter().any(|n| n.text.contains(t.as_str())))
    };
    // The project's file, and the copies saved under names the user typed.
    let files: Vec<reform_tracker::model::Project> = std::iter::once(&world.file)
        .chain(&world.chosen)
        .filter_map(|f| storage::load_file(f).ok().map(|l| l.project))
        .collect();
    let copies: Vec<String> = storage::recovery::copies_in(&world.recovery_dir())
        .iter()
        .filter_map(|c| std::fs::read_to_string(c).ok())
        .collect();
    let drafts = world.typed.iter().filter(|t| in_box(t)).cloned().collect();
    let kept = world
        .typed
        .iter()
        .filter(|t| {
            in_box(t)
                || noted(&app.doc.project, t)
                || files.iter().any(|p| noted(p, t))
                || copies.iter().any(|c| c.contains(t.as_str()))
        })
        .cloned()
        .collect();
    (kept, drafts)
}

fn check_sequence(steps: &[Step]) -> Result<(), TestCaseError> {
    run_sequence(false, steps).map(|_| ())
}

/// Sequences and steps run by this process, told on stderr when `FILE_SEQUENCES_COUNT` is set.
static RUN: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
static STEPS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Runs `steps` on the plain file or (`conflicted`) one a merge left a conflict in, checking
/// the promises after each; returns what the test knows of the world.
fn run_sequence(conflicted: bool, steps: &[Step]) -> Result<World, TestCaseError> {
    use std::sync::atomic::Ordering::Relaxed;
    let mut world = World::new(conflicted);
    let mut harness = harness(&world);
    harness.run();
    for (i, step) in steps.iter().enumerate() {
        let before = world.on_disk();
        let kept_before = history_kept(&harness, &world);
        let (typed_before, drafts_before) = typed_kept(&harness, &world);
        let clean_before = !harness.state().doc.dirty;
        let project_before = harness.state().doc.project.clone();
        let in_window_before = entries(&project_before);
        let conflicts_before = project_before.conflicts.len();
        let unwritable_before = world.unwritable();
        world.decided = None;
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
            Step::OutsideAppend
                | Step::OutsideRewrite
                | Step::OutsideDelete
                | Step::OutsideRename
                | Step::OutsideMergeConflict
                | Step::OutsideReadOnly
                | Step::OutsideWritable
                | Step::OutsideSaveFails
                | Step::OutsideFolderGone
        );
        // 5. A typed note is never lost but by the user's answer. What another program took out
        // of the file, or an undo out of the project, was a note added, not one being typed.
        let (typed_after, _) = typed_kept(&harness, &world);
        let dropped_by_answer = matches!(
            step,
            Step::Answer("Don't save") | Step::Answer("Reload from disk")
        );
        // (A note typed over by the user is no longer followed.)
        let lost: Vec<String> = typed_before
            .difference(&typed_after)
            .filter(|t| world.typed.contains(*t))
            .cloned()
            .collect();
        for lost in &lost {
            let was_typing = drafts_before.contains(lost);
            let allowed = outside
                || dropped_by_answer
                || (!was_typing
                    && (matches!(step, Step::Undo)
                        || (matches!(step, Step::Wait) && clean_before)));
            prop_assert!(allowed, "step {i} ({step:?}) lost the typed note {lost:?}");
            world.typed.remove(lost);
        }
        if outside {
            continue;
        }
        // 4. No saved status change is lost but by the user's own undo or answer. What an undo
        // takes out of the window, the user took back: a later save may drop it from the file.
        let in_window = entries(&harness.state().doc.project);
        if matches!(step, Step::Undo) {
            for undone in in_window_before.difference(&in_window) {
                world.saved_history.remove(undone);
            }
        }
        // A decision keeps both sides' dated entries; deciding a status change adds its own.
        if let Some(status_change) = world.decided.take() {
            let gone: Vec<&Entry> = in_window_before.difference(&in_window).collect();
            prop_assert!(
                gone.is_empty(),
                "step {i} ({step:?}) dropped history entries: {gone:?}"
            );
            let decided = harness.state().doc.project.conflicts.len() < conflicts_before;
            if decided && status_change {
                // Counted one by one: two decisions of one day on one commitment that keep the
                // same status are two entries, though they read alike.
                let count = |p: &reform_tracker::model::Project| -> usize {
                    p.commitments.iter().map(|c| c.history.len()).sum()
                };
                prop_assert_eq!(
                    count(&harness.state().doc.project),
                    count(&project_before) + 1,
                    "step {} ({:?}) adds one entry for the decision",
                    i,
                    step
                );
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
        // A save that cannot be written leaves the file, says so, and keeps the work.
        let app = harness.state();
        if asked && unwritable_before && app.doc.path.as_deref() == Some(world.file.as_path()) {
            prop_assert!(
                after == before && world.unwritable(),
                "step {i} ({step:?}) wrote a file that cannot be written"
            );
            if !clean_before {
                prop_assert!(
                    app.doc.dirty && kept_with_typed_notes(&project_before, &app.doc.project),
                    "step {i} ({step:?}) lost the work of a failed save"
                );
                prop_assert!(
                    app.ui.modal_open(),
                    "step {i} ({step:?}) said nothing of the save that failed"
                );
            }
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
    let run = RUN.fetch_add(1, Relaxed) + 1;
    let total = STEPS.fetch_add(steps.len(), Relaxed) + steps.len();
    if std::env::var_os("FILE_SEQUENCES_COUNT").is_some() {
        eprintln!("file_sequences: {run} sequences, {total} steps");
    }
    Ok(world)
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 24,
        max_shrink_iters: 200,
        ..ProptestConfig::default()
    })]

    /// One sequence in four starts from a file a git merge left a conflict in.
    #[test]
    fn no_sequence_overwrites_a_file_unasked(
        conflicted in proptest::bool::weighted(0.25),
        steps in proptest::collection::vec(step(), 1..16),
    ) {
        run_sequence(conflicted, &steps)?;
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
    let world = run_sequence(
        false,
        &[
            Step::ChangeStatus("P19", "Stalled"),
            Step::Save,
            Step::Answer("Save anyway, removing the comments"),
        ],
    )
    .unwrap();
    assert!(
        world
            .saved_history
            .iter()
            .any(|(id, _, to, note)| id == "P19" && to == "Stalled" && note == "Change 0"),
        "the change reached the file: {:?}",
        world.saved_history
    );
    let world = run_sequence(
        false,
        &[
            Step::ChangeStatus("P19", "Stalled"),
            Step::Save,
            Step::Answer("Save anyway, removing the comments"),
            Step::Undo,
            Step::Save,
        ],
    )
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

/// The model follows the import, a conflict decided and a typed note into the file.
#[test]
fn imports_decisions_and_typed_notes_are_followed_to_the_file() {
    let saved = |world: &World, id: &str, note: &str| {
        world
            .saved_history
            .iter()
            .any(|(i, _, _, n)| i == id && n.starts_with(note))
    };
    let world = run_sequence(
        false,
        &[
            Step::Import(true),
            Step::Save,
            Step::Answer("Save anyway, removing the comments"),
        ],
    )
    .unwrap();
    assert!(
        saved(&world, "P12", "Imported from sheet.csv"),
        "{:?}",
        world.saved_history
    );
    let world = run_sequence(true, &[Step::DecideConflict("Keep theirs"), Step::Save]).unwrap();
    for note in [
        "Draft law tabled (0)",
        "Hearing postponed (0)",
        "Merge decision",
    ] {
        assert!(
            saved(&world, "A5", note),
            "{note}: {:?}",
            world.saved_history
        );
    }
    let world = run_sequence(
        false,
        &[
            Step::TypeNote("P19"),
            Step::AddNote,
            Step::Save,
            Step::Answer("Save anyway, removing the comments"),
        ],
    )
    .unwrap();
    let notes: Vec<String> = storage::load_file(&world.file)
        .unwrap()
        .project
        .commitments
        .iter()
        .flat_map(|c| c.notes.iter().map(|n| n.text.clone()))
        .collect();
    assert!(notes.contains(&"Typed note 1.".to_owned()), "{notes:?}");
}

/// A save over a read-only file, or over a folder put in its place, fails and says so; the
/// work stays in the window, unsaved (checked by the sequence itself).
#[test]
fn saves_that_cannot_be_written_keep_the_work() {
    check_sequence(&[
        Step::AddReform,
        Step::OutsideReadOnly,
        Step::Save,
        Step::Answer("Save anyway, removing the comments"),
        Step::Answer("OK"),
        Step::OutsideWritable,
        Step::OutsideSaveFails,
        Step::Save,
        Step::Answer("Overwrite"),
        Step::Answer("OK"),
        Step::OutsideFolderGone,
        Step::Save,
    ])
    .unwrap();
}

/// Found by the sequence test: an import dropped the note being typed in the new-note box.
#[test]
fn an_import_keeps_the_note_being_typed() {
    check_sequence(&[Step::TypeNote("P12"), Step::Import(true)]).unwrap();
}

/// Found by checking the sequence model's typed notes: an undo of an edit on another
/// commitment dropped the note being typed.
#[test]
fn an_undo_on_another_commitment_keeps_the_note_being_typed() {
    check_sequence(&[
        Step::ChangeStatus("P19", "Stalled"),
        Step::TypeNote("P12"),
        Step::Undo,
    ])
    .unwrap();
}

/// Found by the sequence test: File → New on a project with nothing unsaved dropped the note
/// being typed without asking. Now it asks, and Save adds the note before saving.
#[test]
fn new_with_a_note_being_typed_asks_first() {
    check_sequence(&[Step::TypeNote("P12"), Step::New]).unwrap();
    let world = run_sequence(
        false,
        &[
            Step::TypeNote("P12"),
            Step::New,
            Step::Answer("Save"),
            Step::Answer("Save anyway, removing the comments"),
        ],
    )
    .unwrap();
    let saved = storage::load_file(&world.file).unwrap().project;
    let p12 = saved.commitments.iter().find(|c| c.id == "P12").unwrap();
    assert!(
        p12.notes.iter().any(|n| n.text == "Typed note 1."),
        "{:?}",
        p12.notes
    );
}

/// Found by the sequence test: a note being typed, the file made read-only, an edit, then
/// Open and Save in the question. Save adds the note to its commitment, the write fails, and
/// the window keeps all of it, unsaved, and says why.
#[test]
fn a_failed_save_from_the_question_keeps_the_typed_note_and_the_edits() {
    check_sequence(&[
        Step::TypeNote("P12"),
        Step::OutsideReadOnly,
        Step::AddReform,
        Step::OpenBroken,
        Step::Answer("Save"),
    ])
    .unwrap();
}

/// Found by a long run of the sequence test: a note being typed, New, Save in the question,
/// then "Save as a new file…" because the file holds comments. The note goes with the project
/// into the new file the user named; the test now looks for it there too.
#[test]
fn a_typed_note_saved_into_a_new_file_before_new_is_kept_there() {
    check_sequence(&[
        Step::TypeNote("P12"),
        Step::New,
        Step::Answer("Save"),
        Step::Answer("Save as a new file…"),
    ])
    .unwrap();
}
