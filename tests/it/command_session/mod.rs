//! One app session driven as a user drives it, noting the name of every command it runs:
//! what the reachability test needs to know that each command has a way in from the window.
#![allow(dead_code)]

use std::collections::BTreeSet;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use reform_tracker::app::App;

/// One app session, and the names of every command it has run so far.
pub struct Session {
    pub harness: Harness<'static, App>,
    seen: BTreeSet<String>,
    counted: u64,
}

impl Session {
    pub fn new(harness: Harness<'static, App>) -> Self {
        Self {
            harness,
            seen: BTreeSet::new(),
            counted: 0,
        }
    }

    /// The names of the commands run so far.
    pub fn seen(&self) -> &BTreeSet<String> {
        &self.seen
    }

    /// Does one step as a user, then notes the commands it ran.
    pub fn user(&mut self, step: impl FnOnce(&mut Harness<'static, App>)) {
        step(&mut self.harness);
        self.look();
    }

    fn look(&mut self) {
        let app = self.harness.state();
        let run = app.commands_run();
        assert!(
            run - self.counted <= 64,
            "{} commands in one step: the last 64 do not show them all",
            run - self.counted
        );
        self.seen.extend(app.recent_commands().map(str::to_owned));
        self.counted = run;
    }
}

/// Clicks the last control with this label: a question is drawn over the window, last.
pub fn answer(harness: &mut Harness<'_, App>, label: &str) {
    harness
        .query_all_by_label(label)
        .last()
        .unwrap_or_else(|| panic!("no {label:?} to click"))
        .click();
    harness.run();
}

/// Selects a commitment by typing its id over whatever the search box holds, then its row.
pub fn pick(harness: &mut Harness<'_, App>, id: &str) {
    crate::ui_common::set_text(harness, "Search", id);
    harness.get_by_label_contains(&format!("{id}  ")).click();
    harness.run();
}

pub fn wait_for_save(harness: &mut Harness<'_, App>) {
    crate::ui_common::wait_for(harness, "the save", |app| app.saving_path().is_none());
}

/// The tracker file, as another program might leave it: `n` extra blank lines each time.
pub fn changed_by_another_program(path: &std::path::Path, n: usize) {
    let theirs = reform_tracker::storage::SHIPPED_TRACKER.replacen(
        "format_version: 4,",
        &format!("format_version: 4,{}", "\n".repeat(n)),
        1,
    );
    std::fs::write(path, theirs).unwrap();
}
