//! Deciding merge conflicts in the window, saving with them left, and File → Compare with….

use crate::ui_common;

use egui_kittest::kittest::Queryable as _;
use reform_tracker::app::Startup;
use reform_tracker::model::merge::{Sides, merge};
use reform_tracker::model::{Note, Project};
use reform_tracker::storage::{load_file, save_file, shipped_tracker};
use ui_common::{answer_path, app_harness_with, click, menu, save_key, set_text, wait_for};

/// The shipped tracker with the project title and A5's quote changed differently on two
/// branches, merged and saved: two conflicts in the file.
fn conflicted(dir: &std::path::Path) -> std::path::PathBuf {
    let base = shipped_tracker();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.title = "Tracker (elections desk)".into();
    theirs.title = "Tracker (courts desk)".into();
    let quote = |p: &mut Project, q: &str| {
        p.commitments
            .iter_mut()
            .find(|c| c.id == "A5")
            .unwrap()
            .quote = q.into();
    };
    quote(&mut ours, "Quote as the elections desk read it");
    quote(&mut theirs, "Quote as the courts desk read it");
    let sides = Sides {
        ours: "elections".into(),
        theirs: "courts".into(),
    };
    let merged = merge(&base, &ours, &theirs, &sides);
    assert_eq!(merged.conflicts.len(), 2);
    let path = dir.join("merged.ron");
    save_file(&path, &merged).unwrap();
    path
}

fn opened(path: &std::path::Path) -> egui_kittest::Harness<'static, reform_tracker::app::App> {
    let mut h = app_harness_with(Startup {
        file: Some(path.to_path_buf()),
        ..Startup::default()
    });
    wait_for(&mut h, "the file", |app| app.loading_path().is_none());
    h
}

#[test]
fn save_is_refused_while_conflicts_are_left_and_a_draft_keeps_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = conflicted(dir.path());
    let before = std::fs::read(&path).unwrap();
    let mut h = opened(&path);
    assert!(
        h.query_by_label("Merge conflicts").is_some(),
        "the list opens by itself"
    );
    h.get_by_label("Close").click();
    h.run();
    assert!(h.query_by_label("Merge conflicts").is_none());
    assert!(
        h.query_by_label_contains("A merge left 2 conflicts")
            .is_some()
    );

    // Save: refused, with the reason, and the file stays as it was.
    save_key(&mut h);
    assert!(h.query_by_label("Conflicts are not decided yet").is_some());
    assert_eq!(std::fs::read(&path).unwrap(), before);
    h.get_by_label("OK").click();
    h.run();

    h.get_by_label("Resolve conflicts…").click();
    h.run();
    h.get_by_label("Save as draft").click();
    h.run();
    wait_for(&mut h, "the save", |app| app.saving_path().is_none());
    assert!(!h.state().doc.dirty, "the draft is saved");
    assert_eq!(
        load_file(&path).unwrap().project.conflicts.len(),
        2,
        "kept in the file"
    );
}

/// The list is centred: as conflicts are decided, or one's text is opened for editing, its
/// buttons stay where the pointer expects them.
#[test]
fn the_list_of_conflicts_keeps_its_size_while_they_are_decided() {
    let dir = tempfile::tempdir().unwrap();
    let path = conflicted(dir.path());
    let mut h = opened(&path);
    let close = h.get_by_label("Close").rect();
    let draft = h.get_by_label("Save as draft").rect();
    h.query_all_by_label("Keep ours").next().unwrap().click();
    h.run();
    assert_eq!(h.state().doc.project.conflicts.len(), 1, "one decided");
    assert_eq!(h.get_by_label("Close").rect(), close);
    h.get_by_label("Edit…").click();
    h.run();
    assert!(h.query_by_label("Merged text").is_some());
    assert_eq!(h.get_by_label("Close").rect(), close);
    assert_eq!(h.get_by_label("Save as draft").rect(), draft);
}

#[test]
fn a_conflict_is_decided_by_editing_the_text_and_the_result_saves() {
    let dir = tempfile::tempdir().unwrap();
    let path = conflicted(dir.path());
    let mut h = opened(&path);
    // Both values side by side, with who made them.
    // Ours is also the title the window shows meanwhile.
    assert_eq!(h.query_all_by_label("Tracker (elections desk)").count(), 2);
    assert!(h.query_by_label("Tracker (courts desk)").is_some());
    assert_eq!(
        h.query_all_by_label("Ours: elections").count(),
        2,
        "one per conflict"
    );
    h.query_all_by_label("Keep ours").next().unwrap().click();
    h.run();
    // The quote: neither side, but a text written from both.
    h.get_by_label("Edit…").click();
    h.run();
    set_text(&mut h, "Merged text", "Quote as both desks agree");
    h.get_by_label("Use this text").click();
    h.run();
    assert!(
        h.query_by_label("Merge conflicts").is_none(),
        "nothing left to decide"
    );
    save_key(&mut h);
    wait_for(&mut h, "the save", |app| app.saving_path().is_none());
    let saved = load_file(&path).unwrap().project;
    assert!(saved.conflicts.is_empty());
    assert_eq!(saved.title, "Tracker (elections desk)");
    let a5 = saved.commitments.iter().find(|c| c.id == "A5").unwrap();
    assert_eq!(a5.quote, "Quote as both desks agree");
}

#[test]
fn compare_with_lists_the_changes_from_another_version_in_sentences() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old.ron");
    let mut p = shipped_tracker();
    save_file(&old, &p).unwrap();
    p.commitments
        .iter_mut()
        .find(|c| c.id == "A5")
        .unwrap()
        .notes
        .push(Note::new("2026-05-02".parse().unwrap(), "Checked again"));
    let new = dir.path().join("new.ron");
    save_file(&new, &p).unwrap();
    let mut h = opened(&new);
    menu(&mut h, "File", "Compare with…");
    answer_path(&mut h, &old);
    wait_for(&mut h, "the comparison", |app| {
        app.ui.dialogs.comparison().is_some()
    });
    assert!(
        h.query_by_label("Changes from old.ron to this tracker")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("Note added (2 May 2026): Checked again")
            .is_some()
    );
    h.get_by_label("Close").click();
    h.run();
    assert!(
        h.query_by_label("Changes from old.ron to this tracker")
            .is_none()
    );
}

/// Save as draft, then a question before the save (here: the file holds comments) answered
/// with Cancel: the draft was called off, so a later plain Save is refused again.
#[test]
fn a_draft_called_off_does_not_let_the_next_save_keep_the_conflicts() {
    let dir = tempfile::tempdir().unwrap();
    let path = conflicted(dir.path());
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, format!("// desk copy\n{text}")).unwrap();
    let before = std::fs::read(&path).unwrap();
    let mut h = opened(&path);
    h.get_by_label("Save as draft").click();
    h.run();
    assert!(h.query_by_label("merged.ron holds comments").is_some());
    h.get_by_label("Cancel").click();
    h.run();
    h.get_by_label("Close").click();
    h.run();

    save_key(&mut h);
    assert!(h.query_by_label("merged.ron holds comments").is_some());
    h.get_by_label("Save anyway, removing the comments").click();
    h.run();
    assert!(
        h.query_by_label("Conflicts are not decided yet").is_some(),
        "the plain save is refused"
    );
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the file is untouched"
    );
}

/// Deciding a conflict is an edit like any other: Ctrl+Z brings the conflict and the value
/// before it back, Ctrl+Shift+Z decides it again.
#[test]
fn a_decision_is_undone_and_redone_like_any_edit() {
    use egui::{Key, Modifiers};
    let dir = tempfile::tempdir().unwrap();
    let path = conflicted(dir.path());
    let mut h = opened(&path);
    let a5_quote = |h: &egui_kittest::Harness<'_, reform_tracker::app::App>| {
        let p = &h.state().doc.project;
        p.commitments
            .iter()
            .find(|c| c.id == "A5")
            .unwrap()
            .quote
            .clone()
    };
    // The title, then the quote: theirs both times.
    h.query_all_by_label("Keep theirs").next().unwrap().click();
    h.run();
    h.get_by_label("Keep theirs").click();
    h.run();
    assert!(h.query_by_label("Merge conflicts").is_none());
    assert_eq!(h.state().doc.project.title, "Tracker (courts desk)");
    assert_eq!(a5_quote(&h), "Quote as the courts desk read it");

    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(a5_quote(&h), "Quote as the elections desk read it");
    assert_eq!(h.state().doc.project.conflicts.len(), 1);
    assert!(h.query_by_label_contains("A merge left 1").is_some());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().doc.project.title, "Tracker (elections desk)");
    assert_eq!(h.state().doc.project.conflicts.len(), 2);
    assert!(!h.state().doc.dirty, "back to the file as saved");

    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    assert_eq!(h.state().doc.project.title, "Tracker (courts desk)");
    assert_eq!(h.state().doc.project.conflicts.len(), 1);
    assert!(h.state().doc.dirty);
}

/// The shipped tracker with two different status changes of A5 on one day, one per branch,
/// merged and saved: one conflict, and both entries in the history.
fn status_conflict(dir: &std::path::Path) -> std::path::PathBuf {
    use reform_tracker::model::Status;
    let base = shipped_tracker();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    let day = "2026-05-01".parse().unwrap();
    a5_of(&mut ours).change_status(Status::InProgress, day, "Draft law tabled".into(), vec![]);
    a5_of(&mut theirs).change_status(Status::Stalled, day, "Hearing postponed".into(), vec![]);
    let sides = Sides {
        ours: "elections".into(),
        theirs: "courts".into(),
    };
    let merged = merge(&base, &ours, &theirs, &sides);
    assert_eq!(merged.conflicts.len(), 1);
    let path = dir.join("merged.ron");
    save_file(&path, &merged).unwrap();
    path
}

fn a5_notes(h: &egui_kittest::Harness<'_, reform_tracker::app::App>) -> Vec<String> {
    let p = &h.state().doc.project;
    let a5 = p.commitments.iter().find(|c| c.id == "A5").unwrap();
    a5.history.iter().map(|e| e.note.clone()).collect()
}

/// Deciding a status conflict keeps both analysts' dated entries and adds the decision as an
/// entry of its own; Undo takes back that entry alone, and the conflict.
#[test]
fn deciding_a_status_conflict_keeps_both_entries_and_undo_removes_only_the_decision() {
    use egui::{Key, Modifiers};
    let dir = tempfile::tempdir().unwrap();
    let path = status_conflict(dir.path());
    let mut h = opened(&path);
    let before = a5_notes(&h);
    assert!(
        before.contains(&"Draft law tabled".to_owned()),
        "{before:?}"
    );
    assert!(
        before.contains(&"Hearing postponed".to_owned()),
        "{before:?}"
    );
    assert!(h.query_by_label_contains("A5: Status change").is_some());

    h.get_by_label("Keep theirs").click();
    h.run();
    let after = a5_notes(&h);
    assert_eq!(after.len(), before.len() + 1, "{after:?}");
    assert_eq!(
        after[..before.len()],
        before[..],
        "nothing before it changed"
    );
    assert!(
        after[before.len()].starts_with("Merge decision: kept theirs (courts)"),
        "{after:?}"
    );
    let a5 = |h: &egui_kittest::Harness<'_, reform_tracker::app::App>| {
        let p = &h.state().doc.project;
        p.commitments.iter().find(|c| c.id == "A5").unwrap().status
    };
    assert_eq!(a5(&h), reform_tracker::model::Status::Stalled);
    save_key(&mut h);
    wait_for(&mut h, "the save", |app| app.saving_path().is_none());
    let saved = load_file(&path).unwrap().project;
    let saved_a5 = saved.commitments.iter().find(|c| c.id == "A5").unwrap();
    let saved_notes: Vec<&str> = saved_a5.history.iter().map(|e| e.note.as_str()).collect();
    assert_eq!(saved_notes, after, "the file records both and the decision");

    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(a5_notes(&h), before, "only the decision is taken back");
    assert_eq!(
        h.state().doc.project.conflicts.len(),
        1,
        "the conflict is back"
    );
    assert_eq!(
        a5(&h),
        reform_tracker::model::Status::InProgress,
        "ours meanwhile"
    );
}

/// One note edited differently on two branches is one conflict, decided in the list.
#[test]
fn a_note_edited_on_both_branches_is_a_conflict_decided_in_the_list() {
    let dir = tempfile::tempdir().unwrap();
    let mut base = shipped_tracker();
    let day = "2026-04-01".parse().unwrap();
    a5_of(&mut base)
        .notes
        .push(Note::new(day, "Budget unclear"));
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    a5_of(&mut ours).notes.last_mut().unwrap().text = "Budget cut by half".into();
    a5_of(&mut theirs).notes.last_mut().unwrap().text = "Budget confirmed".into();
    let merged = merge(&base, &ours, &theirs, &Sides::default());
    let path = dir.path().join("merged.ron");
    save_file(&path, &merged).unwrap();

    let mut h = opened(&path);
    assert!(h.query_by_label_contains("A5: Note").is_some());
    assert!(h.query_by_label_contains("Budget confirmed").is_some());
    h.get_by_label("Edit…").click();
    h.run();
    set_text(&mut h, "Merged text", "Budget cut by half, then confirmed");
    h.get_by_label("Use this text").click();
    h.run();
    let p = &h.state().doc.project;
    assert!(p.conflicts.is_empty());
    let notes: Vec<&Note> = p
        .commitments
        .iter()
        .find(|c| c.id == "A5")
        .unwrap()
        .notes
        .iter()
        .filter(|n| n.date == day)
        .collect();
    assert_eq!(notes.len(), 1, "one note, not two: {notes:?}");
    assert_eq!(notes[0].text, "Budget cut by half, then confirmed");
}

fn a5_of(p: &mut reform_tracker::model::Project) -> &mut reform_tracker::model::Commitment {
    p.commitments.iter_mut().find(|c| c.id == "A5").unwrap()
}

/// Report mode (what `screenshot --allow-conflicts` draws) still says conflicts are left, with
/// no button to press and no list over the tracker.
#[test]
fn report_mode_keeps_the_banner_saying_conflicts_are_left() {
    let dir = tempfile::tempdir().unwrap();
    let path = conflicted(dir.path());
    let mut h = opened(&path);
    h.get_by_label("Close").click();
    h.run();
    click(&mut h, "Report mode");
    assert!(
        h.query_by_label_contains("A merge left 2 conflicts")
            .is_some()
    );
    assert!(h.query_by_label("Resolve conflicts…").is_none());
    assert!(h.query_by_label("Merge conflicts").is_none());
}

/// A file git merged as text, with markers in it: the error says why, and "Resolve in the
/// window" merges both sides as the driver would, the common ancestor taken from the markers.
#[test]
fn a_file_with_git_markers_is_resolved_in_the_window() {
    use reform_tracker::storage;
    let base = storage::SHIPPED_TRACKER;
    let a1 = "            title: \"Strengthen the legislative branch of authority (empower Parliament)\",\n";
    assert!(base.contains(a1));
    let ours_a1 = a1.replace("(empower Parliament)", "(our wording)");
    let theirs_a1 = a1.replace("(empower Parliament)", "(their wording)");
    let p12 = "            title: \"Party registration threshold cut from 20,000 to 5,000 members; regional branches 600 → 200; founding group 1,000 → 700\",\n";
    assert!(base.contains(p12));
    // A change on their side only, merged by git as text already; a real conflict on A1.
    let marked = base
        .replacen(p12, &p12.replace("Party registration", "Registration"), 1)
        .replacen(
            a1,
            &format!(
                "<<<<<<< HEAD\n{ours_a1}||||||| base\n{a1}=======\n{theirs_a1}>>>>>>> colleague\n"
            ),
            1,
        );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("shared.ron");
    std::fs::write(&file, &marked).unwrap();

    let mut h = ui_common::app_harness();
    ui_common::open_file(&mut h, &file);
    assert!(
        h.query_by_label_contains("git-setup").is_some(),
        "the error says why"
    );
    h.get_by_label("Resolve in the window").click();
    h.run();
    let app = h.state();
    assert_eq!(app.doc.path.as_deref(), Some(file.as_path()));
    assert_eq!(
        app.doc.project.conflicts.len(),
        1,
        "{:?}",
        app.doc.project.conflicts
    );
    assert!(
        app.doc
            .project
            .commitments
            .iter()
            .any(|c| c.title.starts_with("Registration threshold cut")),
        "the change made on one side only is in"
    );
    h.query_all_by_label("Keep theirs").next().unwrap().click();
    h.run();
    ui_common::save_key(&mut h);
    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(!saved.contains("<<<<<<<"), "the markers are gone");
    let project = storage::load_file(&file).unwrap().project;
    assert!(project.conflicts.is_empty());
    assert!(
        project
            .commitments
            .iter()
            .any(|c| c.title.ends_with("(their wording)"))
    );
}
