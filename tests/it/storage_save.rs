//! Saves that succeed keep backups, permissions and links; saves that fail leave the original
//! byte-identical and say what happened and what to do.

use crate::storage_common as common;

use std::fs;
use std::io::{self, Read, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use reform_tracker::model::{Commitment, Date, FORMAT_VERSION, Kind, Project};
use reform_tracker::storage::{
    SaveError, Writer, changed_on_disk, load_file, save_file, save_with, stamp_of, to_ron_string,
};

fn project(title: &str) -> Project {
    let mut p = common::big_project(3, 2, title);
    p.title = title.into();
    p
}

/// A folder holding `x.ron` saved once with project "A".
fn saved_once() -> (tempfile::TempDir, PathBuf, Vec<u8>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.ron");
    save_file(&path, &project("A")).unwrap();
    let bytes = fs::read(&path).unwrap();
    (dir, path, bytes)
}

fn assert_unchanged(path: &Path, before: &[u8]) {
    assert_eq!(
        fs::read(path).unwrap(),
        before,
        "the original must be byte-identical"
    );
}

fn assert_no_temp_files(dir: &Path) {
    let names = common::names_in(dir);
    assert!(
        names.iter().all(|n| !n.starts_with('.')),
        "temp files left: {names:?}"
    );
}

fn assert_says(e: &SaveError, happened: &str, todo: &str) {
    let text = e.to_string();
    assert!(text.starts_with("Could not save x.ron: "), "{text}");
    assert!(e.what_happened.contains(happened), "{text}");
    assert!(e.what_to_do.contains(todo), "{text}");
    println!("{text}");
}

#[test]
fn save_then_load_gives_the_same_project_and_stamp() {
    let (_dir, path, _) = saved_once();
    let loaded = load_file(&path).unwrap();
    assert_eq!(loaded.project, project("A"));
    assert_eq!(loaded.read_only, None);
    let stamp = save_file(&path, &loaded.project).unwrap();
    assert_eq!(stamp, stamp_of(&path).unwrap());
    assert!(!changed_on_disk(&path, &stamp));
    fs::write(&path, to_ron_string(&project("edited elsewhere")).unwrap()).unwrap();
    assert!(changed_on_disk(&path, &stamp));
}

#[test]
fn the_backup_holds_the_previous_version() {
    let (dir, path, a) = saved_once();
    let bak = dir.path().join("x.ron.bak");
    assert!(!bak.exists(), "nothing to back up on the first save");
    save_file(&path, &project("B")).unwrap();
    assert_eq!(fs::read(&bak).unwrap(), a);
    let b = fs::read(&path).unwrap();
    save_file(&path, &project("C")).unwrap();
    assert_eq!(fs::read(&bak).unwrap(), b);
    assert_eq!(common::names_in(dir.path()), ["x.ron", "x.ron.bak"]);
}

#[test]
fn permissions_are_kept_on_the_file_and_its_backup() {
    let (_dir, path, _) = saved_once();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
    save_file(&path, &project("B")).unwrap();
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o640);
    assert_eq!(mode(&path.with_extension("ron.bak")), 0o640);
}

#[test]
fn a_symlink_stays_a_link_and_its_target_gets_the_content() {
    let dir = tempfile::tempdir().unwrap();
    let real_dir = dir.path().join("real");
    fs::create_dir(&real_dir).unwrap();
    let real = real_dir.join("x.ron");
    save_file(&real, &project("A")).unwrap();
    let link = dir.path().join("link.ron");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    save_file(&link, &project("B")).unwrap();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(load_file(&real).unwrap().project, project("B"));
    assert!(
        real_dir.join("x.ron.bak").exists(),
        "backup sits next to the real file"
    );
    assert_eq!(common::names_in(dir.path()), ["link.ron", "real"]);
}

#[test]
fn a_link_to_a_file_not_yet_made_creates_the_file_where_it_points() {
    let dir = tempfile::tempdir().unwrap();
    let link = dir.path().join("link.ron");
    std::os::unix::fs::symlink("target.ron", &link).unwrap();
    save_file(&link, &project("A")).unwrap();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        load_file(&dir.path().join("target.ron")).unwrap().project,
        project("A")
    );
}

#[test]
fn stale_temp_files_of_ours_are_removed_and_nothing_else() {
    let (dir, path, _) = saved_once();
    for name in [
        ".x.ron.a1B2c3",
        ".x.ron.bak.Zz9Yy8",
        ".x.ron.keep",
        ".y.ron.a1B2c3",
        "notes.txt",
    ] {
        fs::write(dir.path().join(name), "left behind").unwrap();
    }
    save_file(&path, &project("B")).unwrap();
    assert_eq!(
        common::names_in(dir.path()),
        [
            ".x.ron.keep",
            ".y.ron.a1B2c3",
            "notes.txt",
            "x.ron",
            "x.ron.bak"
        ]
    );
}

#[test]
fn a_folder_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("x.ron");
    fs::create_dir(&folder).unwrap();
    let e = save_file(&folder, &project("A")).unwrap_err();
    assert_says(&e, "is a folder", "Save As");
    assert!(folder.is_dir());
    assert_eq!(common::names_in(&folder).len(), 0);
}

#[test]
fn a_path_through_a_regular_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plain");
    fs::write(&file, "keep me").unwrap();
    let e = save_file(&file.join("x.ron"), &project("A")).unwrap_err();
    assert_says(&e, "is a file, not a folder", "Save As");
    assert_unchanged(&file, b"keep me");
}

#[test]
fn a_missing_folder_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let e = save_file(&dir.path().join("gone/x.ron"), &project("A")).unwrap_err();
    assert_says(&e, "does not exist", "Save As");
    assert!(e.what_happened.contains("gone"), "{e}");
}

#[test]
fn a_special_file_is_never_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("x.ron");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    // mkfifo is part of coreutils on every machine this runs on; without it the test cannot
    // make its special file, and says so rather than passing.
    assert!(
        made.is_ok_and(|s| s.success()),
        "mkfifo (coreutils) is needed to make the special file: install coreutils"
    );
    let e = save_file(&fifo, &project("A")).unwrap_err();
    assert_says(&e, "special file", "Save As");
    assert!(!fs::metadata(&fifo).unwrap().is_file(), "still the fifo");
}

#[test]
fn a_read_only_file_is_respected() {
    let (_dir, path, before) = saved_once();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).unwrap();
    let e = save_file(&path, &project("B")).unwrap_err();
    assert_says(&e, "read-only", "Save As");
    assert_unchanged(&path, &before);
}

#[test]
fn a_folder_that_cannot_be_written_fails_cleanly() {
    // A read-only folder stops every user but root, which ignores folder permissions.
    let (dir, path, before) = saved_once();
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o555)).unwrap();
    let probe = dir.path().join("probe");
    let enforced = fs::write(&probe, "").is_err();
    let _ = fs::remove_file(&probe);
    let result = save_file(&path, &project("B"));
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
    if enforced {
        assert_says(&result.unwrap_err(), "read-only", "Save As");
        assert_unchanged(&path, &before);
        assert_no_temp_files(dir.path());
    }

    // A "folder" that is a regular file stops root too, so this part runs everywhere.
    let (dir, path, before) = saved_once();
    let e = save_file(&path.join("x.ron"), &project("B")).unwrap_err();
    assert_says(&e, "is a file, not a folder", "Save As");
    assert_unchanged(&path, &before);
    assert_no_temp_files(dir.path());
}

/// Fails like the system would, after writing `after` bytes into the temp file.
struct Failing {
    error: fn() -> io::Error,
    after: usize,
    /// Only for writes to names ending this way ("" for all).
    only: &'static str,
}

impl Writer for Failing {
    fn write(&self, target: &Path, out: &mut dyn Write, data: &mut dyn Read) -> io::Result<()> {
        if !target.to_string_lossy().ends_with(self.only) {
            return io::copy(data, out).map(|_| ());
        }
        let mut first = vec![0; self.after];
        let n = data.read(&mut first)?;
        out.write_all(&first[..n])?;
        Err((self.error)())
    }
}

fn injected(
    error: fn() -> io::Error,
    after: usize,
    only: &'static str,
) -> (SaveError, tempfile::TempDir) {
    let (dir, path, before) = saved_once();
    let e = save_with(&path, &project("B"), &Failing { error, after, only }).unwrap_err();
    assert_unchanged(&path, &before);
    assert_no_temp_files(dir.path());
    assert_eq!(load_file(&path).unwrap().project, project("A"));
    (e, dir)
}

#[test]
fn disk_full_midway_leaves_the_original() {
    let (e, _d) = injected(|| io::Error::from_raw_os_error(28), 100, "x.ron");
    assert_says(&e, "the disk is full", "Free some space");
    let (e, _d) = injected(|| io::ErrorKind::StorageFull.into(), 0, "x.ron");
    assert_says(&e, "the disk is full", "Free some space");
}

#[test]
fn disk_full_while_keeping_the_backup_leaves_the_original() {
    let (e, dir) = injected(|| io::Error::from_raw_os_error(28), 10, ".bak");
    assert_says(&e, "the disk is full", "another disk");
    assert_eq!(common::names_in(dir.path()), ["x.ron"]);
}

#[test]
fn permission_denied_and_read_only_disk_leave_the_original() {
    let (e, _d) = injected(|| io::Error::from_raw_os_error(13), 0, "");
    assert_says(&e, "the folder is read-only", "Save As");
    let (e, _d) = injected(|| io::Error::from_raw_os_error(30), 0, "");
    assert_says(&e, "is read-only", "Save As");
}

#[test]
fn a_project_that_would_not_read_back_is_never_written() {
    let (_dir, path, before) = saved_once();
    let mut p = project("B");
    // A year past 9999 (reachable by date arithmetic) has no text form that reads back: the
    // check must catch it.
    let last = Date::ymd(9999, 12, 31).unwrap().day_number();
    p.commitments[0].deadline = Some(Date::from_day_number(last + 400));
    assert!(p.commitments[0].deadline.is_some());
    let e = save_file(&path, &p).unwrap_err();
    assert_says(&e, "would not read back", "not changed");
    assert_unchanged(&path, &before);

    // The same in a project big enough to be written and read back in pieces.
    let mut big = reform_tracker::model::synthetic::synthetic_project(700, 5, 4);
    big.commitments[500].deadline = Some(Date::from_day_number(last + 400));
    let e = save_file(&path, &big).unwrap_err();
    assert_says(&e, "would not read back", "not changed");
    assert_unchanged(&path, &before);
}

#[test]
fn saving_a_newer_version_project_writes_the_current_version() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.ron");
    let mut p = Project {
        format_version: FORMAT_VERSION + 1,
        ..Project::default()
    };
    p.commitments.push(Commitment::new("P1", Kind::Reform, "t"));
    save_file(&path, &p).unwrap();
    let back = load_file(&path).unwrap();
    assert_eq!(back.read_only, None);
    assert_eq!(back.project.format_version, FORMAT_VERSION);
}

#[test]
fn exports_are_written_whole_and_failures_are_explained() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.csv");
    reform_tracker::storage::write_export(&path, b"a,b\r\n").unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"a,b\r\n");
    assert_eq!(
        common::names_in(dir.path()),
        ["out.csv"],
        "no temp file left"
    );
    let e = reform_tracker::storage::write_export(dir.path(), b"x").unwrap_err();
    assert!(e.to_string().contains("folder"), "{e}");
    let missing = dir.path().join("no/such/dir/out.csv");
    let e = reform_tracker::storage::write_export(&missing, b"x").unwrap_err();
    assert!(e.to_string().contains("does not exist"), "{e}");
}

/// A save that reads back only the commitments edited since the last one writes the same
/// bytes, and still refuses a named commitment that would not read back.
#[test]
fn a_save_checking_only_the_edited_commitments_writes_the_same_and_still_refuses() {
    let dir = tempfile::tempdir().unwrap();
    let (whole, part) = (dir.path().join("whole.ron"), dir.path().join("x.ron"));
    let mut p = reform_tracker::model::synthetic::synthetic_project(700, 5, 4);
    save_file(&whole, &p).unwrap();
    save_file(&part, &p).unwrap();
    p.commitments[321].title = "Edited after the last save".into();
    save_file(&whole, &p).unwrap();
    reform_tracker::storage::save_file_changed(&part, &p, Some(&[321]), None).unwrap();
    assert_eq!(fs::read(&whole).unwrap(), fs::read(&part).unwrap());

    let before = fs::read(&part).unwrap();
    let last = Date::ymd(9999, 12, 31).unwrap().day_number();
    p.commitments[600].deadline = Some(Date::from_day_number(last + 400));
    let e = reform_tracker::storage::save_file_changed(&part, &p, Some(&[600]), None).unwrap_err();
    assert_says(&e, "would not read back", "not changed");
    assert_eq!(fs::read(&part).unwrap(), before);
}
