//! Opening and saving: the app's side of it (the file work itself is in `storage`).

use std::path::PathBuf;
use std::sync::Arc;

use super::job::{Job, LOOK_AGAIN, Poll, waking};
use super::{App, DialogOutcome, DialogPurpose, Document, Message, PathPrompt};
use crate::model::Project;
use crate::storage;

impl App {
    pub(super) fn new_document(&mut self) {
        // Unsaved work of the old document was saved or dropped by the user's answer.
        self.recovery.forget();
        self.ui.note_drafts.clear();
        self.doc = Document::untitled(Project::default());
        self.history.clear();
        self.select_one(None);
        // A search or filter of the old project would hide what is added to the new one.
        self.ui.filter = crate::model::filter::Filter::default();
        self.forget_period();
    }

    /// The Changes period belongs to the file it was chosen for: another file's dashboard and
    /// exports must not show it.
    fn forget_period(&mut self) {
        self.ui.period = super::PeriodForm::default();
        self.ui.period_figures = None;
        self.ui.period_rows_shown = (None, 0);
    }

    /// Big files load on a worker thread, so the window keeps painting meanwhile and shows
    /// how far the reading has come; the user may cancel. One at a time.
    pub(super) fn open_path(&mut self, path: PathBuf) {
        if self.loading.is_some() && is_big(&path) {
            return;
        }
        match read(path.clone(), self.waker.clone()) {
            Read::Later(job) => self.loading = Some(job),
            Read::Now(result) => self.finish_open(path, result),
        }
    }

    /// Applies a finished background load, if there is one.
    pub(super) fn poll_loading(&mut self, ctx: &egui::Context) {
        if let Some((path, result)) = finished(&mut self.loading, ctx) {
            self.finish_open(path, result);
        }
    }

    /// The file being opened in the background, for the status bar.
    pub fn loading_path(&self) -> Option<&std::path::Path> {
        self.loading.as_ref().map(|l| l.path.as_path())
    }

    /// Stops opening a big file: the reading stops, what was read is dropped, and the project
    /// on screen stays exactly as it was.
    pub(super) fn cancel_open(&mut self) {
        if let Some(load) = self.loading.take() {
            load.progress.cancel();
            self.ui.toast = Some(crate::t!("paths-open-cancelled-toast"));
        }
    }

    /// How far the file being opened or saved in the background has come, for the status bar.
    pub(super) fn file_progress(&self) -> Option<super::FileProgress> {
        let (progress, opening) = match (&self.loading, &self.saving) {
            (Some(load), _) => (&load.progress, true),
            (None, Some(save)) => (&save.progress, false),
            (None, None) => return None,
        };
        let (done, total) = progress.bytes();
        Some(super::FileProgress {
            done,
            total,
            opening,
        })
    }

    fn finish_open(&mut self, path: PathBuf, result: Result<storage::Loaded, storage::LoadError>) {
        super::timings::step("file read");
        match result {
            Ok(loaded) => {
                // The old document's unsaved work was saved or dropped by the user's answer
                // (Don't save, Reload): its recovery copy must not be offered again.
                self.recovery.forget();
                self.ui.note_drafts.clear();
                let same_file = self.doc.path.as_deref() == Some(path.as_path());
                self.doc = Document::from_loaded(path, loaded, self.doc.revision + 1);
                self.reset_selection(None);
                if !same_file {
                    self.forget_period();
                }
                self.history.clear();
                if let Some(p) = &self.doc.path {
                    self.prefs.remember(p);
                }
            }
            Err(e) => {
                if !path.exists() {
                    self.prefs.forget(&path);
                }
                let message = Message::error(
                    crate::t!("msg-open-failed-title", name = e.file.as_str()),
                    format!("{e}\n\n{}", crate::t!("msg-open-failed-body")),
                );
                // Git's markers: both sides are in the file, and the window can merge them.
                self.ui.message = Some(match storage::markers::marked_file(&path) {
                    Some(_) => {
                        message.with_action(super::MessageAction::ResolveMarkers(path.clone()))
                    }
                    None => message,
                });
            }
        }
    }

    pub(super) fn save_to(&mut self, path: PathBuf) {
        if !self.may_save_conflicts() {
            return;
        }
        let path = super::reports::with_extension(path, "ron");
        if self.doc.project.commitments.len() > BACKGROUND_SAVE_COMMITMENTS {
            self.save_in_background(path);
        } else {
            self.save_here(path);
        }
    }

    /// Saves on this thread; the check reads back only what changed since the last checked
    /// save, when the app knows it.
    fn save_here(&mut self, path: PathBuf) {
        let changed = self.doc.changed_since_checked();
        let result = storage::save_file_changed(&path, &self.doc.project, changed.as_deref(), None);
        self.finish_save(path, (self.doc.state, self.doc.version()), result);
    }

    /// Save As to a path the user chose: never over the file the app promised to keep.
    pub(super) fn save_as_to(&mut self, path: PathBuf) {
        let path = super::reports::with_extension(path, "ron");
        match self.kept_file_reason(&path) {
            Some(reason) => {
                self.save_called_off();
                let name = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into(),
                );
                let copy = storage::unused_copy_name(&path);
                let copy = copy.file_name().unwrap_or_default().to_string_lossy();
                self.ui.message = Some(Message::error(
                    crate::t!("msg-kept-file-title", name = name.as_str()),
                    crate::t!(
                        "msg-kept-file-body",
                        name = name.as_str(),
                        reason = reason,
                        copy = copy.into_owned()
                    ),
                ));
            }
            None => self.save_to(path),
        }
    }

    /// Big projects save on a worker thread, which shares the project (an edit made meanwhile
    /// copies it first), so the window keeps painting; edits made meanwhile stay unsaved.
    fn save_in_background(&mut self, path: PathBuf) {
        if self.saving.is_some() {
            self.ui.message = Some(Message::info(
                crate::t!("msg-still-saving-title"),
                crate::t!("msg-still-saving-body"),
            ));
            return;
        }
        let project = self.doc.share();
        let changed = self.doc.changed_since_checked();
        let worker_path = path.clone();
        let progress = Arc::new(storage::Progress::default());
        let counted = Arc::clone(&progress);
        let spawned = Job::spawn("save", waking(self.waker.clone()), move || {
            let result = storage::save_file_changed(
                &worker_path,
                &project,
                changed.as_deref(),
                Some(&counted),
            );
            // The project goes back to the window alone before it hears of the result, so
            // the next edit changes it in place instead of copying it.
            drop(project);
            result
        });
        match spawned {
            Ok(job) => {
                self.saving = Some(super::SaveJob {
                    path,
                    state: (self.doc.state, self.doc.version()),
                    job,
                    progress,
                });
            }
            Err(_) => self.save_here(path),
        }
    }

    pub(super) fn poll_saving(&mut self, ctx: &egui::Context) {
        let Some(save) = &self.saving else {
            return;
        };
        match save.job.poll() {
            Poll::Ready(result) => {
                if let Some(save) = self.saving.take() {
                    self.finish_save(save.path, save.state, result);
                }
            }
            Poll::Running => ctx.request_repaint_after(LOOK_AGAIN),
            Poll::Gone => self.saving = None,
        }
    }

    /// The file being saved in the background, for the status bar.
    pub fn saving_path(&self) -> Option<&std::path::Path> {
        self.saving.as_ref().map(|s| s.path.as_path())
    }

    /// `state` is the document state that was written.
    fn finish_save(
        &mut self,
        path: PathBuf,
        (state, version): (u64, super::DocVersion),
        result: Result<storage::FileStamp, storage::SaveError>,
    ) {
        match result {
            Ok(stamp) => {
                self.doc.mark_checked(version);
                self.doc.path = Some(path);
                self.doc.mark_saved(state);
                self.doc.read_only = None;
                self.doc.comments = false;
                self.doc.stamp = Some(stamp);
                // What the file now holds, when no edit came in while it was written.
                self.doc.base = (self.doc.state == state).then(|| self.doc.share());
                if let Some(p) = &self.doc.path {
                    self.prefs.remember(p);
                }
                if !self.doc.dirty {
                    self.recovery.forget();
                    self.ready_action = self.after_save.take();
                }
            }
            Err(e) => {
                self.after_save = None;
                self.ui.message = Some(Message::error(
                    crate::t!("msg-save-failed-title"),
                    format!("{e}\n\n{}", crate::t!("msg-save-failed-body")),
                ));
            }
        }
    }

    pub(super) fn start_dialog(&mut self, ctx: &egui::Context, purpose: DialogPurpose) {
        // Beside the project's file; an untitled project starts in the user's documents, not
        // in whatever folder the program was started from.
        let start_in = self
            .doc
            .path
            .as_ref()
            .and_then(|p| p.parent().map(PathBuf::from))
            .or_else(documents_dir);
        let stem = self.file_stem();
        let name = match purpose {
            DialogPurpose::Open | DialogPurpose::Compare => format!("{stem}.ron"),
            // A new name: a click on Save must not replace the file (see `save_as_to`).
            DialogPurpose::SaveAs => match &self.doc.path {
                Some(p) => storage::unused_copy_name(p)
                    .file_name()
                    .map_or_else(|| format!("{stem}.ron"), |n| n.to_string_lossy().into()),
                None => format!("{stem}.ron"),
            },
            DialogPurpose::Export(format) => format!("{stem}.{}", format.extension()),
            DialogPurpose::Screenshot => format!("{stem}.png"),
            DialogPurpose::Import => String::new(),
            DialogPurpose::Publish => format!("{stem}-site"),
            DialogPurpose::SaveMapping | DialogPurpose::LoadMapping => {
                self.mapping_file_name(&stem)
            }
        };
        let waker = ctx.clone();
        let started = self
            .dialogs
            .start(purpose, start_in.as_deref(), &name, move || {
                waker.request_repaint();
            });
        if !started && !self.dialogs.is_open() {
            self.offer_path_prompt(purpose, &crate::t!("msg-no-dialog-started"));
        }
    }

    pub(super) fn poll_dialog(&mut self) {
        match self.dialogs.poll() {
            Some(DialogOutcome::Chosen(DialogPurpose::Open, path)) => {
                self.open_agreed = false;
                self.open_path(path);
            }
            Some(DialogOutcome::Chosen(DialogPurpose::SaveAs, path)) => self.save_as_to(path),
            Some(DialogOutcome::Chosen(DialogPurpose::Export(format), path)) => {
                self.export_to(format, path)
            }
            Some(DialogOutcome::Chosen(DialogPurpose::Screenshot, path)) => {
                self.pending.push(super::Command::ScreenshotTo(path))
            }
            Some(DialogOutcome::Chosen(DialogPurpose::Compare, path)) => self.compare_with(path),
            Some(DialogOutcome::Chosen(DialogPurpose::Import, path)) => {
                self.pending.push(super::Command::ImportFrom(path))
            }
            Some(DialogOutcome::Chosen(DialogPurpose::SaveMapping, path)) => {
                self.pending.push(super::Command::SaveImportMappingTo(path))
            }
            Some(DialogOutcome::Chosen(DialogPurpose::Publish, dir)) => self.publish_to(dir),
            Some(DialogOutcome::Chosen(DialogPurpose::LoadMapping, path)) => self
                .pending
                .push(super::Command::LoadImportMappingFrom(path)),
            Some(DialogOutcome::Unavailable(purpose)) => {
                self.offer_path_prompt(purpose, &crate::t!("msg-no-dialog-available"))
            }
            Some(DialogOutcome::Cancelled) => {
                self.save_called_off();
                self.open_agreed = false;
            }
            None => {}
        }
    }

    /// The name files made from this project start with: its file's, else its title's.
    fn file_stem(&self) -> String {
        match &self.doc.path {
            Some(p) => p
                .file_stem()
                .map_or("tracker".into(), |s| s.to_string_lossy().into_owned()),
            None => name_from_title(&self.doc.project.title),
        }
    }

    fn offer_path_prompt(&mut self, purpose: DialogPurpose, reason: &str) {
        let untitled = |extension: &str| {
            let name = format!("{}.{extension}", self.file_stem());
            documents_dir().map_or_else(|| name.clone(), |d| d.join(&name).display().to_string())
        };
        let text = match (&self.doc.path, purpose) {
            (Some(p), DialogPurpose::SaveAs) => storage::unused_copy_name(p).display().to_string(),
            (Some(p), DialogPurpose::Export(format)) => {
                p.with_extension(format.extension()).display().to_string()
            }
            (Some(p), DialogPurpose::Screenshot) => p.with_extension("png").display().to_string(),
            (None, DialogPurpose::SaveAs) => untitled("ron"),
            (None, DialogPurpose::Export(format)) => untitled(format.extension()),
            (None, DialogPurpose::Screenshot) => untitled("png"),
            // A folder of its own beside the project's file, named after it.
            (Some(p), DialogPurpose::Publish) => p
                .with_file_name(format!("{}-site", self.file_stem()))
                .display()
                .to_string(),
            (None, DialogPurpose::Publish) => {
                let name = format!("{}-site", self.file_stem());
                documents_dir().map_or(name.clone(), |d| d.join(&name).display().to_string())
            }
            (_, DialogPurpose::SaveMapping) => self.mapping_path_suggestion(),
            _ => String::new(),
        };
        self.ui.path_prompt = Some(PathPrompt {
            purpose,
            text,
            reason: crate::t!("msg-type-path-instead", reason = reason),
            focus: true,
        });
    }
}

/// Projects larger than this save on a worker thread (10,000 commitments take about a second).
const BACKGROUND_SAVE_COMMITMENTS: usize = 2_000;

/// Files larger than this open on a worker thread (a 20 MB project takes about a second).
const BACKGROUND_LOAD_BYTES: u64 = 2 * 1024 * 1024;

/// The path and outcome of a background read that has finished (the job is then gone); while
/// it runs, the window looks again shortly.
pub(super) fn finished(
    job: &mut Option<super::LoadJob>,
    ctx: &egui::Context,
) -> Option<(PathBuf, Result<storage::Loaded, storage::LoadError>)> {
    match job.as_ref()?.job.poll() {
        Poll::Ready(result) => job.take().map(|load| (load.path, result)),
        Poll::Running => {
            ctx.request_repaint_after(LOOK_AGAIN);
            None
        }
        Poll::Gone => {
            *job = None;
            None
        }
    }
}

/// A file being read: on a worker thread (the job to follow), or already read.
pub(super) enum Read {
    Later(super::LoadJob),
    Now(Result<storage::Loaded, storage::LoadError>),
}

/// Reads `path`: a big file on a worker thread, so the window keeps painting; anything else,
/// or when no thread can be started, here and now.
pub(super) fn read(path: PathBuf, waker: Option<egui::Context>) -> Read {
    if is_big(&path)
        && let Some(job) = spawn_load(path.clone(), waker)
    {
        return Read::Later(job);
    }
    Read::Now(storage::load_file(&path))
}

/// Whether a file is big enough to be read on a worker thread.
fn is_big(path: &std::path::Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.len() > BACKGROUND_LOAD_BYTES)
}

/// Reads `path` on a worker thread; `None` when no thread could be started.
pub(super) fn spawn_load(path: PathBuf, waker: Option<egui::Context>) -> Option<super::LoadJob> {
    let worker_path = path.clone();
    let progress = Arc::new(storage::Progress::default());
    let counted = Arc::clone(&progress);
    let job = Job::spawn("load", waking(waker), move || {
        storage::load_file_with_progress(&worker_path, &counted)
    })
    .ok()?;
    Some(super::LoadJob {
        path,
        job,
        progress,
    })
}

/// A file the window will open, already being read while the window and its renderer start
/// (that takes a quarter of a second or more; a big file need not wait for it).
#[derive(Clone, Default)]
pub struct Preload(Arc<std::sync::Mutex<Option<super::LoadJob>>>);

impl Preload {
    /// Starts reading `path` now.
    pub fn start(path: PathBuf) -> Self {
        Self(Arc::new(std::sync::Mutex::new(spawn_load(path, None))))
    }

    /// The reading under way, for the app to follow from its first frame.
    pub(super) fn take(&self) -> Option<super::LoadJob> {
        self.0.lock().ok()?.take()
    }
}

impl std::fmt::Debug for Preload {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Preload")
    }
}

/// The user's documents folder, where an untitled project's files are first offered.
fn documents_dir() -> Option<PathBuf> {
    directories::UserDirs::new()
        .and_then(|d| d.document_dir().map(PathBuf::from))
        .filter(|d| d.is_dir())
}

/// A file name from a project title: its words joined by hyphens, lower-cased, at most
/// 60 characters; "tracker" when the title has no letters or digits.
pub(super) fn name_from_title(title: &str) -> String {
    const MAX: usize = 60;
    let mut name = String::new();
    for word in title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let word = word.to_lowercase();
        if name.chars().count() + word.chars().count() + 1 > MAX {
            break;
        }
        if !name.is_empty() {
            name.push('-');
        }
        name.push_str(&word);
    }
    if name.is_empty() {
        "tracker".to_owned()
    } else {
        name
    }
}

#[cfg(test)]
mod name_tests {
    use super::name_from_title;

    #[test]
    fn a_title_gives_a_file_name() {
        assert_eq!(
            name_from_title("Kazakhstan: political reforms of 16 March 2022"),
            "kazakhstan-political-reforms-of-16-march-2022"
        );
        assert_eq!(name_from_title("Реформы 2022 г."), "реформы-2022-г");
        assert_eq!(name_from_title("  ::  "), "tracker");
        assert_eq!(name_from_title(""), "tracker");
        assert!(name_from_title(&"word ".repeat(40)).chars().count() <= 60);
    }
}
