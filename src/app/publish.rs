//! File → Publish website…: the site is made on a worker (with progress and Cancel), then
//! written into the folder chosen by the same rule as `reform-tracker site`.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use super::job::{Job, LOOK_AGAIN, Poll, waking};
use super::{App, Message};
use crate::model::Date;
use crate::report::site::{Hooks, Site, SiteError, site};
use crate::storage;

/// Lines of what was left out the message shows; the rest are counted (the command line
/// lists them all).
const LEFT_OUT_SHOWN: usize = 20;

/// How a publish ended.
pub(super) enum Published {
    Written(Site),
    Cancelled,
    Failed(String),
}

/// The site being made: its folder, its answer, how far it has come and the flag that stops it.
pub(super) struct PublishJob {
    dir: PathBuf,
    job: Job<Published>,
    made: Arc<AtomicUsize>,
    total: Arc<AtomicUsize>,
    cancel: Arc<AtomicBool>,
}

/// Pages made of pages in all, for the status bar.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PublishProgress {
    pub done: usize,
    pub total: usize,
}

impl App {
    pub(super) fn publish_to(&mut self, dir: PathBuf) {
        if self.publishing.is_some() {
            return;
        }
        let failed = |body: String| Message::error(crate::t!("publish-failed-title"), body);
        // A site states facts to the public: one side of an unfinished merge is not one.
        let conflicts = &self.doc.project.conflicts;
        if !conflicts.is_empty() {
            let places: Vec<String> = conflicts.iter().take(5).map(|c| c.place()).collect();
            self.ui.message = Some(failed(crate::t!(
                "publish-undecided",
                count = conflicts.len(),
                places = places.join("; ")
            )));
            return;
        }
        // Asked before the site is made, so a refused folder costs no wait.
        if let Err(e) = storage::check_site_folder(&dir) {
            self.ui.message = Some(failed(refusal(&e)));
            return;
        }
        let project = self.doc.share();
        let as_of = self.ui.as_of;
        let made = Arc::new(AtomicUsize::new(0));
        let total = Arc::new(AtomicUsize::new(0));
        let cancel = Arc::new(AtomicBool::new(false));
        let (worker_made, worker_total, flag) = (made.clone(), total.clone(), cancel.clone());
        let worker_dir = dir.clone();
        let spawned = Job::spawn("publish", waking(self.waker.clone()), move || {
            let (made, total, cancel) = (worker_made, worker_total, flag);
            let hooks = Hooks {
                progress: &|done, all| {
                    made.store(done, Ordering::Relaxed);
                    total.store(all, Ordering::Relaxed);
                },
                cancelled: &|| cancel.load(Ordering::Relaxed),
            };
            let result = site(&project, as_of, Date::today(), &hooks);
            match result {
                // A Cancel pressed after the last page still writes nothing.
                Ok(_) | Err(SiteError::Cancelled) if cancel.load(Ordering::Relaxed) => {
                    Published::Cancelled
                }
                Ok(made) => match storage::write_site(&worker_dir, &made) {
                    Ok(()) => Published::Written(made),
                    Err(e) => Published::Failed(refusal(&e)),
                },
                Err(SiteError::Cancelled) => Published::Cancelled,
                Err(e) => Published::Failed(e.to_string()),
            }
        });
        match spawned {
            Ok(job) => {
                self.publishing = Some(PublishJob {
                    dir,
                    job,
                    made,
                    total,
                    cancel,
                });
            }
            Err(e) => self.ui.message = Some(failed(e.to_string())),
        }
    }

    /// Asks the worker to stop at its next page; it then writes nothing. Files already being
    /// written are written whole: a folder half old site, half new would be worse.
    pub(super) fn cancel_publish(&mut self) {
        if let Some(job) = &self.publishing {
            job.cancel.store(true, Ordering::Relaxed);
        }
    }

    /// How far the site has come, for the status bar.
    pub(super) fn publish_progress(&self) -> Option<PublishProgress> {
        self.publishing.as_ref().map(|p| PublishProgress {
            done: p.made.load(Ordering::Relaxed),
            total: p.total.load(Ordering::Relaxed),
        })
    }

    /// The folder being published to, for the status bar.
    pub fn publishing_path(&self) -> Option<&std::path::Path> {
        self.publishing.as_ref().map(|p| p.dir.as_path())
    }

    pub(super) fn poll_publishing(&mut self, ctx: &egui::Context) {
        let Some(job) = &self.publishing else { return };
        let outcome = match job.job.poll() {
            Poll::Ready(outcome) => outcome,
            Poll::Running => {
                ctx.request_repaint_after(LOOK_AGAIN);
                return;
            }
            Poll::Gone => Published::Failed(crate::t!("publish-stopped")),
        };
        let dir = job.dir.clone();
        self.publishing = None;
        match outcome {
            Published::Written(made) => {
                let mut lines = vec![made.written_line(&dir)];
                let left_out = made.left_out_lines();
                let more = left_out.len().saturating_sub(LEFT_OUT_SHOWN);
                lines.extend(left_out.into_iter().take(LEFT_OUT_SHOWN));
                if more > 0 {
                    lines.push(crate::t!("publish-more-left-out", count = more));
                }
                self.ui.message = Some(Message::info(
                    crate::t!("publish-done-title"),
                    lines.join("\n"),
                ));
            }
            Published::Cancelled => self.ui.toast = Some(crate::t!("site-cancelled")),
            Published::Failed(e) => {
                self.ui.message = Some(Message::error(crate::t!("publish-failed-title"), e));
            }
        }
    }
}

/// Why the folder was not written to, in the user's words.
fn refusal(e: &storage::SiteWriteError) -> String {
    match e {
        storage::SiteWriteError::NotOurs(dir) => {
            crate::t!("publish-folder-not-ours", path = dir.display().to_string())
        }
        storage::SiteWriteError::Unwritable(..) => e.to_string(),
    }
}
