//! Recovery copies of unsaved work, written a few seconds after the last edit, off the UI thread.

use std::path::PathBuf;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::{App, Document, Message};
use crate::storage::recovery;

/// Quiet time after the last edit before a recovery copy is written.
pub const RECOVERY_DELAY: Duration = Duration::from_secs(2);

#[derive(Default)]
pub struct RecoveryWriter {
    /// `None` turns recovery copies off (tests, or no data folder on this system).
    pub dir: Option<PathBuf>,
    seen_revision: u64,
    last_edit: Option<Instant>,
    written_revision: Option<u64>,
    in_flight: Option<JoinHandle<()>>,
}

impl RecoveryWriter {
    pub fn new(dir: Option<PathBuf>) -> Self {
        Self {
            dir,
            ..Default::default()
        }
    }

    /// Called every frame: writes a copy once edits have paused, and asks for the frame that will.
    pub fn tick(&mut self, ctx: &egui::Context, doc: &Document) {
        let Some(dir) = &self.dir else { return };
        if !doc.dirty || self.written_revision == Some(doc.revision) {
            return;
        }
        if self.seen_revision != doc.revision || self.last_edit.is_none() {
            self.seen_revision = doc.revision;
            self.last_edit = Some(Instant::now());
        }
        let quiet = self.last_edit.map_or(Duration::ZERO, |t| t.elapsed());
        if quiet < RECOVERY_DELAY {
            ctx.request_repaint_after(RECOVERY_DELAY - quiet);
            return;
        }
        if self.in_flight.as_ref().is_some_and(|h| !h.is_finished()) {
            ctx.request_repaint_after(Duration::from_millis(200));
            return;
        }
        let dir = dir.clone();
        let original = doc.path.clone();
        let project = doc.project.clone();
        let spawned = std::thread::Builder::new()
            .name("recovery-copy".into())
            .spawn(move || {
                // A failed recovery copy must not disturb the user; the next edit tries again.
                let _ = recovery::write(&dir, original.as_deref(), &project);
            });
        self.in_flight = spawned.ok();
        self.written_revision = Some(doc.revision);
    }

    /// Waits for a copy being written, so it cannot land after it was removed.
    pub fn settle(&mut self) {
        if let Some(h) = self.in_flight.take() {
            let _ = h.join();
        }
    }

    pub fn forget(&mut self) {
        self.settle();
        self.written_revision = None;
        self.last_edit = None;
        if let Some(dir) = &self.dir {
            let _ = recovery::discard(dir);
        }
    }
}

impl App {
    /// Looks for work left from an earlier run and offers it.
    pub(super) fn offer_recovery(&mut self) {
        if let Some(dir) = &self.recovery.dir {
            self.ui.recovery_offer = recovery::find(dir);
        }
    }

    pub(super) fn restore_recovery(&mut self) {
        let Some(info) = self.ui.recovery_offer.take() else {
            return;
        };
        match recovery::restore(&info) {
            Ok(project) => {
                self.doc = Document::restored(project, info.original.clone());
                self.doc.stamp = info
                    .original
                    .as_deref()
                    .and_then(|p| crate::storage::stamp_of(p).ok());
                self.select(None);
            }
            Err(e) => {
                self.ui.message = Some(Message::error(
                    "The recovered work could not be read",
                    format!(
                        "{e}\n\nThe recovery copy was kept at {}.",
                        info.path.display()
                    ),
                ));
            }
        }
    }

    pub(super) fn discard_recovery(&mut self) {
        self.ui.recovery_offer = None;
        self.recovery.forget();
    }
}
