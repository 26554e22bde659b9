//! Helpers of the file-safety tests: files on disk, edits and saves made as a user makes them,
//! and waiting for work done on other threads.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use reform_tracker::app::{App, RECOVERY_DELAY, Startup};
use reform_tracker::storage;

pub fn startup(recovery: &Path, file: &Path) -> Startup {
    Startup {
        recovery_dir: Some(recovery.to_path_buf()),
        file: Some(file.to_path_buf()),
        ..Default::default()
    }
}

/// How many commitments the shipped tracker holds.
pub fn shipped() -> usize {
    storage::shipped_tracker().commitments.len()
}

/// The shipped tracker's commitments, without its recommendations: what the window counts.
pub fn shipped_commitments() -> usize {
    storage::shipped_tracker()
        .commitments
        .iter()
        .filter(|c| !c.is_recommendation())
        .count()
}

/// A copy of the shipped tracker at `dir/name`.
pub fn tracker_file(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, storage::SHIPPED_TRACKER).unwrap();
    path
}

pub fn menu(harness: &mut Harness<'_, App>, menu: &str, item: &str) {
    harness.get_by_label(menu).click();
    harness.run();
    harness.get_by_label(item).click();
    harness.run();
}

/// An edit a user makes from the menu: Edit > Add reform.
pub fn add_reform(harness: &mut Harness<'_, App>) {
    menu(harness, "Edit", "Add reform");
}

pub fn save_key(harness: &mut Harness<'_, App>) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
}

/// Steps the window until `done`, for work done on other threads (recovery copies, dialogs).
pub fn step_until(
    harness: &mut Harness<'_, App>,
    what: &str,
    done: impl Fn(&Harness<'_, App>) -> bool,
) {
    let deadline = Instant::now() + RECOVERY_DELAY + Duration::from_secs(15);
    while !done(harness) {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
        harness.step();
    }
    harness.run();
}

/// The recovery copies in `dir`, read as a user would find them in the folder.
pub fn copies_in(dir: &Path) -> Vec<PathBuf> {
    let mut copies: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    copies.retain(|p| {
        let name = p.file_name().unwrap().to_string_lossy();
        name.starts_with("recovery") && name.ends_with(".ron")
    });
    copies.sort();
    copies
}

pub fn wait_for_copies(harness: &mut Harness<'_, App>, dir: &Path, n: usize) {
    step_until(harness, "the recovery copy", |_| copies_in(dir).len() == n);
}

pub fn wait_for_path_prompt(harness: &mut Harness<'_, App>) {
    step_until(harness, "the path prompt", |h| {
        h.query_by_label("File path").is_some()
    });
}

pub fn path_field(harness: &Harness<'_, App>) -> String {
    harness
        .get_by_label("File path")
        .value()
        .unwrap_or_default()
}

pub fn offered(harness: &Harness<'_, App>) -> bool {
    harness.query_by_label("Restore unsaved work?").is_some()
}
