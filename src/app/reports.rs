//! Exports, screenshots and citations: the app's side (the content is made in `report`).

use std::path::{Path, PathBuf};

use super::capture::{Capture, CaptureStep, CaptureTarget, save_png};
use super::job::{Job, LOOK_AGAIN, Poll, waking};
use super::{App, Message};
use crate::model::period::Period;
use crate::model::{Date, Project};
use crate::report::{ExportFormat, export_with_period};
use crate::storage;

/// Exports of projects larger than this are built and written on a worker thread.
const BACKGROUND_EXPORT_COMMITMENTS: usize = 2_000;

/// A finished export: its format, where it went, and how it went (with the changes table
/// written beside it, if any).
pub(super) type ExportDone = (ExportFormat, PathBuf, Result<Option<PathBuf>, String>);

/// Builds an export (with the period's changes, when one is set) and writes it, the same on
/// the UI thread or a worker.
fn write_export(
    project: &Project,
    format: ExportFormat,
    as_of: Option<Date>,
    period: Option<Period>,
    path: &Path,
) -> Result<Option<PathBuf>, String> {
    let (bytes, changes) = export_with_period(project, format, as_of, period)?;
    storage::write_export(path, &bytes).map_err(|e| e.to_string())?;
    let Some(table) = changes else {
        return Ok(None);
    };
    let beside = crate::report::period::changes_csv_path(path);
    storage::write_export(&beside, table.as_bytes()).map_err(|e| e.to_string())?;
    Ok(Some(beside))
}

impl App {
    pub(super) fn export_to(&mut self, format: ExportFormat, path: PathBuf) {
        let path = with_extension(path, format.extension());
        let as_of = self.ui.as_of;
        // The period chosen in the Changes view goes into every export while it is set.
        let period = self.ui.period.period().ok().flatten();
        if self.doc.project.commitments.len() <= BACKGROUND_EXPORT_COMMITMENTS {
            let result = write_export(&self.doc.project, format, as_of, period, &path);
            self.export_finished((format, path, result));
            return;
        }
        // Big projects: the worker shares the project, so starting costs the UI thread
        // next to nothing, and the window keeps painting while the export is built.
        let project = self.doc.share();
        let worker_path = path.clone();
        let spawned = Job::spawn("export", waking(self.waker.clone()), move || {
            let result = write_export(&project, format, as_of, period, &worker_path);
            (format, worker_path, result)
        });
        match spawned {
            Ok(job) => self.exports.push(job),
            Err(_) => {
                let result = write_export(&self.doc.project, format, as_of, period, &path);
                self.export_finished((format, path, result));
            }
        }
    }

    /// Reports exports finished on a worker.
    pub(super) fn poll_exports(&mut self, ctx: &egui::Context) {
        let mut done = Vec::new();
        self.exports.retain(|job| match job.poll() {
            Poll::Ready(finished) => {
                done.push(finished);
                false
            }
            Poll::Running => true,
            Poll::Gone => false,
        });
        for finished in done {
            self.export_finished(finished);
        }
        if !self.exports.is_empty() {
            ctx.request_repaint_after(LOOK_AGAIN);
        }
    }

    fn export_finished(&mut self, (format, path, result): ExportDone) {
        let saved = crate::t!(
            "msg-export-saved-body",
            format = format.label(),
            path = path.display().to_string()
        );
        self.ui.message = Some(match result {
            Ok(beside) => {
                let body = match beside {
                    Some(beside) => crate::t!(
                        "period-export-saved-changes",
                        saved = saved,
                        path = beside.display().to_string()
                    ),
                    None => saved,
                };
                let key = super::export_key(self.doc.path.as_deref());
                self.prefs.last_export.insert(key, Date::today());
                Message::info(crate::t!("msg-export-saved-title"), body)
            }
            Err(e) => Message::error(crate::t!("msg-export-failed-title"), e),
        });
    }

    pub(super) fn start_capture(&mut self, ctx: &egui::Context, target: CaptureTarget) {
        if self.capture.is_none() {
            let target = match target {
                CaptureTarget::File(p) => CaptureTarget::File(with_extension(p, "png")),
                other => other,
            };
            self.capture = Some(Capture::start(ctx, target, 2.0, true));
        }
    }

    /// Advances a capture in progress; saving happens off the UI thread.
    pub(super) fn step_capture(&mut self, ctx: &egui::Context) {
        let Some(capture) = &mut self.capture else {
            return;
        };
        let CaptureStep::Done(image, target) = capture.step(ctx) else {
            return;
        };
        self.capture = None;
        match target {
            CaptureTarget::Clipboard => {
                ctx.copy_image((*image).clone());
                self.ui.message = Some(Message::info(
                    crate::t!("msg-screenshot-copied-title"),
                    crate::t!("msg-screenshot-copied-body"),
                ));
            }
            CaptureTarget::File(path) => {
                let spawned = Job::spawn("save-png", waking(Some(ctx.clone())), move || {
                    save_png(&image, &path).map(|()| path)
                });
                if let Ok(job) = spawned {
                    self.png_saves.push(job);
                }
            }
        }
    }

    /// Reports finished screenshot saves.
    pub(super) fn poll_png_saves(&mut self) {
        self.png_saves.retain(|job| match job.poll() {
            Poll::Ready(Ok(path)) => {
                self.ui.message = Some(Message::info(
                    crate::t!("msg-screenshot-saved-title"),
                    crate::t!(
                        "msg-screenshot-saved-body",
                        path = path.display().to_string()
                    ),
                ));
                false
            }
            Poll::Ready(Err(e)) => {
                self.ui.message = Some(Message::error(crate::t!("msg-screenshot-failed-title"), e));
                false
            }
            Poll::Running => true,
            Poll::Gone => false,
        });
    }

    pub(super) fn copy_citation(&mut self, ctx: &egui::Context, index: usize) {
        if let Some(c) = self.doc.project.commitments.get(index) {
            let line = crate::report::citation::citation(&self.doc.project, c, self.ui.as_of);
            ctx.copy_text(line);
            self.ui.toast = Some(crate::t!("msg-citation-copied"));
        }
    }
}

/// Adds the expected extension when the name has none.
pub fn with_extension(path: PathBuf, extension: &str) -> PathBuf {
    if Path::new(&path).extension().is_none() {
        path.with_extension(extension)
    } else {
        path
    }
}

impl App {
    /// Sets the window up for a command-line screenshot: the view asked for, in report mode.
    pub(super) fn prepare_screenshot_job(&mut self, job: super::ScreenshotJob) {
        self.ui.report_mode = true;
        self.ui.as_of = job.as_of;
        self.ui.as_of_text = job.as_of.map(|d| d.to_string()).unwrap_or_default();
        if let Some(period) = job.period {
            self.ui.period.set(period);
        }
        match &job.view {
            super::ShotView::Dashboard => self.ui.view = super::View::Dashboard,
            super::ShotView::Checklist => self.ui.view = super::View::Checklist,
            super::ShotView::Changes => self.ui.view = super::View::Changes,
            super::ShotView::Commitment(id) => {
                self.ui.view = super::View::Checklist;
                let found = self
                    .doc
                    .project
                    .commitments
                    .iter()
                    .position(|c| c.id == *id);
                if found.is_none()
                    && let Ok(mut r) = job.result.lock()
                {
                    *r = Some(Err(crate::t!("shots-no-such-commitment", id = id.as_str())));
                }
                self.ui.selected = found;
                self.ui.scroll_to_selected = true;
            }
        }
        self.cli_job = Some(job);
    }

    pub(super) fn step_screenshot_job(&mut self, ctx: &egui::Context) {
        let Some(job) = &self.cli_job else { return };
        let failed = job.result.lock().map(|r| r.is_some()).unwrap_or(true);
        if failed {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            return;
        }
        if self.capture.is_none() {
            self.capture = Some(Capture::start(
                ctx,
                CaptureTarget::File(job.out.clone()),
                job.scale,
                false,
            ));
        }
        let Some(capture) = &mut self.capture else {
            return;
        };
        if let CaptureStep::Done(image, _) = capture.step(ctx) {
            let outcome = save_png(&image, &job.out).map(|()| job.out.clone());
            if let Ok(mut r) = job.result.lock() {
                *r = Some(outcome);
            }
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }
}
