//! Recovery copies of unsaved work, written a few seconds after the last edit, off the UI
//! thread. Each window has its own copy; copies left by windows that no longer run are offered
//! at start, one at a time, newest first.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use super::job::{Job, Poll};
use super::{App, Document, Message};
use crate::storage::recovery::{self, Draft, FileState, Leftover, Slot};

/// Quiet time after the last edit before a recovery copy is written.
pub const RECOVERY_DELAY: Duration = Duration::from_secs(2);

#[derive(Default)]
pub struct RecoveryWriter {
    /// `None` turns recovery copies off (tests, or no data folder on this system).
    pub dir: Option<PathBuf>,
    /// This window's copy; made with the first copy written.
    slot: Option<Slot>,
    /// Copies of windows that no longer run, held while they are offered.
    leftovers: Vec<Leftover>,
    /// The document revision and drafts last seen, as one key.
    seen: u64,
    last_edit: Option<Instant>,
    written: Option<u64>,
    in_flight: Option<Job<()>>,
}

impl RecoveryWriter {
    pub fn new(dir: Option<PathBuf>) -> Self {
        Self {
            dir,
            ..Default::default()
        }
    }

    /// Called every frame: writes a copy once edits have paused, and asks for the frame that will.
    pub fn tick(&mut self, ctx: &egui::Context, doc: &Document, drafts: &[Draft]) {
        let Some(dir) = &self.dir else { return };
        if !doc.dirty && drafts.is_empty() {
            // Undone back to what the file holds: the copy would only offer stale edits.
            if self.slot.is_some() {
                self.forget();
            }
            return;
        }
        let key = work_key(doc.revision, drafts);
        if self.written == Some(key) {
            return;
        }
        if self.seen != key || self.last_edit.is_none() {
            self.seen = key;
            self.last_edit = Some(Instant::now());
        }
        let quiet = self.last_edit.map_or(Duration::ZERO, |t| t.elapsed());
        if quiet < RECOVERY_DELAY {
            ctx.request_repaint_after(RECOVERY_DELAY - quiet);
            return;
        }
        if self
            .in_flight
            .as_ref()
            .is_some_and(|job| matches!(job.poll(), Poll::Running))
        {
            ctx.request_repaint_after(Duration::from_millis(200));
            return;
        }
        if self.slot.is_none() {
            // Without a slot no copy can be written; the next edit tries again.
            self.slot = Slot::create(dir).ok();
        }
        self.written = Some(key);
        let drafts = drafts.to_vec();
        let Some(slot) = &self.slot else { return };
        let path = slot.copy_path();
        let original = doc.path.clone();
        let file = FileState {
            read_only: doc.read_only.clone(),
            stamp: doc.stamp.clone(),
            comments: doc.comments,
        };
        // Shared, not copied: the UI thread's part stays tiny whatever the size.
        let project = doc.share();
        let spawned = Job::spawn(
            "recovery-copy",
            || {},
            move || {
                // A failed recovery copy must not disturb the user; the next edit tries again.
                let _ = recovery::write(&path, original.as_deref(), &file, &drafts, &project);
            },
        );
        self.in_flight = spawned.ok();
    }

    /// Waits for a copy being written, so it cannot land after it was removed.
    pub fn settle(&mut self) {
        if let Some(job) = self.in_flight.take() {
            job.wait();
        }
    }

    /// Removes this window's copy: its work was saved, or the user dropped it.
    pub fn forget(&mut self) {
        self.settle();
        self.written = None;
        self.last_edit = None;
        if let Some(slot) = self.slot.take() {
            let _ = slot.discard();
        }
    }
}

/// One number for the document's revision and the text of its drafts: either changing means
/// the copy is out of date.
fn work_key(revision: u64, drafts: &[Draft]) -> u64 {
    use std::hash::{Hash as _, Hasher as _};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    revision.hash(&mut h);
    drafts.hash(&mut h);
    h.finish()
}

/// How many differences the restore question lists before "and N more".
const LISTED: usize = 6;

impl App {
    /// What is typed but not yet added, for the recovery copy.
    pub(super) fn drafts(&self) -> Vec<Draft> {
        let note = self.ui.new_note.trim();
        let mut drafts = match self.selected_id() {
            Some(commitment) if !note.is_empty() => vec![Draft {
                commitment,
                note: self.ui.new_note.clone(),
            }],
            _ => Vec::new(),
        };
        drafts.extend(self.ui.note_drafts.iter().map(|(id, note)| Draft {
            commitment: id.clone(),
            note: note.clone(),
        }));
        drafts
    }

    /// Looks for work left by windows that no longer run, and offers the newest.
    pub(super) fn offer_recovery(&mut self) {
        if let Some(dir) = &self.recovery.dir {
            self.recovery.leftovers = recovery::claim_leftovers(dir);
        }
        self.offer_next_leftover();
    }

    fn offer_next_leftover(&mut self) {
        self.ui.recovery_offer = self.recovery.leftovers.first().map(|l| l.info.clone());
        self.ui.recovery_more = self.recovery.leftovers.len().saturating_sub(1);
        self.ui.recovery_summary = self
            .ui
            .recovery_offer
            .as_ref()
            .map(unsaved_work)
            .unwrap_or_default();
    }

    pub(super) fn restore_recovery(&mut self) {
        if self.ui.recovery_offer.take().is_none() || self.recovery.leftovers.is_empty() {
            return;
        }
        let leftover = self.recovery.leftovers.remove(0);
        match recovery::restore(&leftover.info) {
            Ok(restored) => {
                self.doc = Document::restored(restored.project, restored.original);
                // As it was when the edits were made: a read-only file stays read-only, and
                // a file changed since still asks before it is overwritten.
                self.doc.read_only = restored.file.read_only;
                self.doc.stamp = restored.file.stamp;
                self.doc.comments = restored.file.comments;
                self.history.clear();
                self.reset_selection(None);
                // Notes that were being typed are back: the first in its box, under its
                // commitment, the others waiting for theirs.
                self.ui.note_drafts = restored
                    .drafts
                    .iter()
                    .skip(1)
                    .map(|d| (d.commitment.clone(), d.note.clone()))
                    .collect();
                if let Some(draft) = restored.drafts.first() {
                    let index = self
                        .doc
                        .project
                        .commitments
                        .iter()
                        .position(|c| c.id == draft.commitment);
                    if index.is_some() {
                        self.select(index);
                        self.ui.new_note.clone_from(&draft.note);
                    }
                }
                // The restored work lives on in the copy it came from, now this window's.
                self.recovery.forget();
                self.recovery.slot = Some(leftover.slot);
                // Other copies wait for the next start (or another window): restoring one
                // more here would replace the work just restored.
                self.recovery.leftovers.clear();
                self.ui.recovery_more = 0;
            }
            Err(e) => {
                self.ui.message = Some(Message::error(
                    crate::t!("msg-recovery-failed-title"),
                    format!(
                        "{e}\n\n{}",
                        crate::t!(
                            "msg-recovery-failed-body",
                            path = leftover.info.path.display().to_string()
                        )
                    ),
                ));
                self.offer_next_leftover();
            }
        }
    }

    /// Drops the copy on offer, and offers the next one if there is one.
    pub(super) fn discard_offered_recovery(&mut self) {
        if self.ui.recovery_offer.take().is_some() && !self.recovery.leftovers.is_empty() {
            let _ = self.recovery.leftovers.remove(0).slot.discard();
        }
        self.offer_next_leftover();
    }
}

/// What the unsaved work in a copy is, in sentences: how it differs from its file (as the
/// `diff` command words it), and the notes that were being typed.
fn unsaved_work(info: &recovery::RecoveryInfo) -> Vec<String> {
    let mut lines = Vec::new();
    if let (Some(original), Ok(copy)) = (&info.original, recovery::restore(info))
        && let Ok(file) = crate::storage::load_file(original)
    {
        lines = super::watch::change_lines(&file.project, &copy.project, LISTED);
    }
    for draft in &info.drafts {
        lines.push(crate::t!(
            "prompt-recovery-draft",
            id = draft.commitment.as_str(),
            note = draft.note.trim()
        ));
    }
    lines
}
