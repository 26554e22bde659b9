//! The application: state, the command queue, and the frame loop.

mod batch;
mod capture;
mod command;
mod dialog;
mod document;
mod edit;
mod editing;
mod file_dialog;
mod files;
mod guard;
mod import;
mod job;
mod markers;
mod merge;
mod period;
mod prefs;
mod publish;
mod recovery;
mod replacement;
mod reports;
mod run;
mod state;
pub mod timings;
mod undo;
mod view_cache;
mod watch;

use std::path::PathBuf;

pub use capture::{CaptureResult, CaptureTarget, ScreenshotJob, ShotView, encode_png};
pub use command::{Command, Edit, PendingAction, ProjectEdit};
pub use dialog::{Dialog, Dialogs};
pub use document::{Changed, DocVersion, Document};
pub use edit::{citing, fresh_id, parse_tags};
pub use file_dialog::{DialogOutcome, DialogPurpose, FileDialogs};
pub use files::Preload;
pub use import::{ImportForm, ImportStage, Workbook};
pub use merge::{Comparison, MergeUi};
pub use period::{PeriodForm, PeriodProblem, export_key};
pub use prefs::{PREFS_KEY, Prefs, View};
pub use publish::PublishProgress;
pub use recovery::RECOVERY_DELAY;
pub use replacement::ReplacementForm;
pub use state::{
    BatchForm, Confirm, FileProgress, Message, MessageAction, MessageKind, MultiSelection,
    PaletteState, PathPrompt, ProjectForm, SourceDraft, SourcesForm, StatusForm, UiState,
    VocabularyForm,
};
pub use view_cache::{DashboardCache, ViewCache, counts_recommendations};

use crate::storage;

/// How the app starts: on a file, or on the shipped tracker as an untitled copy.
#[derive(Clone, Debug, Default)]
pub struct Startup {
    pub file: Option<PathBuf>,
    /// Folder for recovery copies of unsaved work; `None` turns them off.
    pub recovery_dir: Option<PathBuf>,
    /// Take this screenshot, then close (the `screenshot` command).
    pub screenshot: Option<ScreenshotJob>,
    /// A document already loaded (the `screenshot` command reads its file before the window
    /// opens, so errors go to the terminal); used instead of `file`.
    pub document: Option<Document>,
    /// The interface language for this run (`--lang`); `None`: the one chosen in the window
    /// before, else the system's.
    pub lang: Option<crate::i18n::Lang>,
    /// `file`, already being read (`main` starts it before the window opens).
    pub preload: Option<Preload>,
}

pub struct App {
    pub doc: Document,
    pub ui: UiState,
    pending: Vec<Command>,
    dialogs: FileDialogs,
    shown_title: String,
    /// What to do once the save the user just asked for has succeeded.
    after_save: Option<PendingAction>,
    /// The action whose save just succeeded, run after this frame's commands.
    ready_action: Option<PendingAction>,
    /// Set once the user agreed to close, so the close is not intercepted again.
    close_allowed: bool,
    /// The user let unsaved work go for File > Open: the path chosen next opens without the
    /// same question again.
    open_agreed: bool,
    was_focused: bool,
    /// The window came back to the front: look at the file once nothing else is asked.
    disk_check_due: bool,
    /// Looks at the open file every few seconds for changes made by other programs.
    watcher: watch::Watcher,
    /// The file's content as another program left it, read when the window asked about it:
    /// what "Merge their changes" merges in.
    disk_version: Option<crate::model::Project>,
    recovery: recovery::RecoveryWriter,
    pub history: undo::History,
    pub prefs: Prefs,
    capture: Option<capture::Capture>,
    png_saves: Vec<job::Job<Result<PathBuf, String>>>,
    /// Exports being built and written on a worker thread.
    exports: Vec<job::Job<reports::ExportDone>>,
    cli_job: Option<ScreenshotJob>,
    /// A big file being opened on a worker thread.
    loading: Option<LoadJob>,
    /// A big file being read on a worker thread to compare the project with.
    comparing: Option<LoadJob>,
    /// A spreadsheet being read for import on a worker thread.
    import_job: Option<import::ImportJob>,
    /// A big project being saved on a worker thread: path, revision written, outcome.
    saving: Option<SaveJob>,
    /// A website being made on a worker thread, then written.
    publishing: Option<publish::PublishJob>,
    /// Wakes the window when a worker finishes; set on the first frame.
    waker: Option<egui::Context>,
    /// Names of the last commands run, newest last: what the window actually asked for.
    recent_commands: std::collections::VecDeque<&'static str>,
    commands_run: u64,
}

/// A project being saved on a worker: where, which state of the document, and how far.
struct SaveJob {
    path: PathBuf,
    state: (u64, DocVersion),
    job: job::Job<Result<storage::FileStamp, storage::SaveError>>,
    progress: std::sync::Arc<storage::Progress>,
}

/// A file being read on a worker: which, and how far.
pub(crate) struct LoadJob {
    path: PathBuf,
    job: job::Job<Result<storage::Loaded, storage::LoadError>>,
    progress: std::sync::Arc<storage::Progress>,
}

impl App {
    /// The app for a window that eframe is opening. The window itself (`ui::frame`) adds its
    /// theme and draws it: the app never names the UI.
    pub fn start(cc: &eframe::CreationContext<'_>, startup: Startup) -> Self {
        Self::start_on(&cc.egui_ctx, cc.storage, startup)
    }

    /// The app on a context, with or without a window: the `screenshot` command draws it
    /// offscreen, with no saved preferences.
    pub fn start_on(
        ctx: &egui::Context,
        saved: Option<&dyn eframe::Storage>,
        startup: Startup,
    ) -> Self {
        let mut app = Self::with_document(Document::untitled(storage::shipped_tracker()));
        app.waker = Some(ctx.clone());
        if let Some(saved) = saved {
            app.restore_prefs(ctx, saved);
        }
        let lang = startup
            .lang
            .or(app.prefs.lang)
            .unwrap_or_else(crate::i18n::Lang::from_environment);
        crate::i18n::set_language(lang);
        app.recovery = recovery::RecoveryWriter::new(startup.recovery_dir);
        app.offer_recovery();
        if let Some(doc) = startup.document {
            app.doc = doc;
        } else if let Some(job) = startup.preload.as_ref().and_then(Preload::take) {
            app.loading = Some(job);
        } else if let Some(path) = startup.file {
            app.run_command(ctx, Command::OpenPath(path));
        }
        if let Some(job) = startup.screenshot {
            app.prepare_screenshot_job(job);
        }
        app
    }

    /// An app on a given document, without a window (tests and benchmarks start here).
    pub fn with_document(doc: Document) -> Self {
        Self {
            doc,
            ui: UiState::default(),
            pending: Vec::new(),
            dialogs: FileDialogs::default(),
            shown_title: String::new(),
            after_save: None,
            ready_action: None,
            close_allowed: false,
            open_agreed: false,
            was_focused: true,
            disk_check_due: false,
            watcher: watch::Watcher::default(),
            disk_version: None,
            recovery: recovery::RecoveryWriter::default(),
            history: undo::History::default(),
            prefs: Prefs::default(),
            capture: None,
            png_saves: Vec::new(),
            exports: Vec::new(),
            cli_job: None,
            loading: None,
            comparing: None,
            import_job: None,
            saving: None,
            publishing: None,
            waker: None,
            recent_commands: Default::default(),
            commands_run: 0,
        }
    }

    /// Queues a command; it runs at the end of the current frame.
    pub fn queue(&mut self, command: Command) {
        self.pending.push(command);
    }

    /// Names of the commands run lately ("Save", "AddEvidence"…), oldest first.
    pub fn recent_commands(&self) -> impl Iterator<Item = &str> {
        self.recent_commands.iter().copied()
    }

    /// How many commands have run since the app started.
    pub fn commands_run(&self) -> u64 {
        self.commands_run
    }

    pub fn dialog_open(&self) -> bool {
        self.dialogs.is_open()
    }

    /// Reads the preferences a previous run kept in eframe's storage.
    pub fn restore_prefs(&mut self, ctx: &egui::Context, storage: &dyn eframe::Storage) {
        if let Some(prefs) = eframe::get_value::<Prefs>(storage, PREFS_KEY) {
            self.apply_prefs(ctx, prefs);
        }
    }

    /// The preferences as they stand: theme and zoom are read from egui (its own Ctrl +/-
    /// changes the zoom too), the view from the window.
    pub fn prefs_now(&self) -> Prefs {
        let mut prefs = self.prefs.clone();
        prefs.view = self.ui.view;
        if let Some(ctx) = &self.waker {
            prefs.dark = ctx.theme() == egui::Theme::Dark;
            prefs.zoom = ctx.zoom_factor();
        }
        prefs
    }

    fn apply_prefs(&mut self, ctx: &egui::Context, prefs: Prefs) {
        ctx.set_theme(if prefs.dark {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        });
        if (0.5..=3.0).contains(&prefs.zoom) {
            ctx.set_zoom_factor(prefs.zoom);
        }
        self.ui.view = prefs.view;
        self.prefs = prefs;
    }

    /// Id of the selected commitment, to know after an undo whether it is still the one shown.
    fn selected_id(&self) -> Option<String> {
        let index = self.ui.selected?;
        self.doc
            .project
            .commitments
            .get(index)
            .map(|c| c.id.clone())
    }

    fn after_undo(
        &mut self,
        touched: Option<usize>,
        state: u64,
        shown: Option<String>,
        changed: document::Changed,
    ) {
        self.doc.touch_to(state, changed);
        // A note being typed waits under its commitment's id, whatever the undo does to the
        // selection (the project has changed already, so the index no longer names it), and is
        // back in its box when that commitment is shown.
        if let Some(id) = &shown
            && !self.ui.new_note.trim().is_empty()
        {
            let text = std::mem::take(&mut self.ui.new_note);
            self.ui.note_drafts.insert(id.clone(), text);
        }
        let same = |c: &crate::model::Commitment| shown.as_deref() == Some(c.id.as_str());
        match touched {
            // Drafts typed for the commitment on screen stay: undo changes the project, not
            // what is being typed. Only an edit form of a link that is gone closes.
            Some(index)
                if self.ui.selected == Some(index)
                    && self.doc.project.commitments.get(index).is_some_and(same) =>
            {
                let c = &self.doc.project.commitments[index];
                if let Some(draft) = &self.ui.editing_evidence
                    && c.evidence_by_id(draft.id).is_none()
                {
                    self.ui.editing_evidence = None;
                }
            }
            // Its forms were open on another commitment.
            Some(index) => self.reset_selection(Some(index)),
            // Re-checks the selection: an undone add may have removed it.
            None => self.select(self.ui.selected),
        }
        self.unstash_note_draft();
    }

    fn move_selection(&mut self, delta: i32) {
        let Some(order) = self.ui.cache.as_ref().map(|c| &c.order) else {
            return;
        };
        if order.is_empty() {
            return;
        }
        let len = order.len() as i64;
        // With nothing selected, moving down starts above the first row, up below the last.
        let here = self
            .ui
            .selected
            .and_then(|s| order.iter().position(|&i| i == s))
            .map_or(if delta > 0 { -1 } else { len }, |p| p as i64);
        let next = (here + i64::from(delta)).clamp(0, len - 1) as usize;
        self.select_one(Some(order[next]));
        self.ui.scroll_to_selected = true;
    }

    /// Selects another commitment. A note typed for the one left and not yet added waits for
    /// it: picking it again brings the note back, and a recovery copy keeps it meanwhile.
    fn select(&mut self, index: Option<usize>) {
        let index = index.filter(|i| *i < self.doc.project.commitments.len());
        if index != self.ui.selected {
            self.stash_note_draft();
            self.reset_selection(index);
            self.unstash_note_draft();
        }
    }

    /// A plain click or a key: this row alone is selected, the rows picked for a batch edit are
    /// let go, and a Shift+click range starts from it.
    fn select_one(&mut self, index: Option<usize>) {
        self.ui.multi.ids.clear();
        self.ui.multi.anchor = index
            .and_then(|i| self.doc.project.commitments.get(i))
            .map(|c| c.id.clone());
        self.select(index);
    }

    /// Puts the note being typed aside under its commitment's id.
    fn stash_note_draft(&mut self) {
        if let Some(id) = self.selected_id()
            && !self.ui.new_note.trim().is_empty()
        {
            let text = std::mem::take(&mut self.ui.new_note);
            self.ui.note_drafts.insert(id, text);
        }
    }

    /// Brings back the note put aside for the selected commitment, if there is one.
    fn unstash_note_draft(&mut self) {
        if let Some(id) = self.selected_id()
            && let Some(text) = self.ui.note_drafts.remove(&id)
        {
            self.ui.new_note = text;
        }
    }

    /// Selects `index` and closes the editor's open forms, even when it is already selected.
    fn reset_selection(&mut self, index: Option<usize>) {
        self.ui.selected = index.filter(|i| *i < self.doc.project.commitments.len());
        self.ui.status_form = None;
        self.ui.replacement_form = None;
        self.ui.new_evidence = None;
        self.ui.editing_evidence = None;
        self.ui.new_note.clear();
        self.ui.dialogs.close_where(|d| {
            matches!(
                d,
                Dialog::Project(_) | Dialog::Sources(_) | Dialog::Vocabularies(_)
            )
        });
    }

    fn run_pending(&mut self, ctx: &egui::Context) {
        if !self.pending.is_empty() {
            // Commands run after drawing: draw again so the window shows what they did.
            ctx.request_repaint();
        }
        for command in std::mem::take(&mut self.pending) {
            self.run_command(ctx, command);
        }
    }

    fn sync_title(&mut self, ctx: &egui::Context) {
        let title = self.doc.window_title();
        if title != self.shown_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
    }
}

/// "16 Mar 2022 at 14:05": when a copy was made, in local time and the user's language.
pub fn describe_time(t: std::time::SystemTime) -> String {
    use chrono::Datelike as _;
    let local: chrono::DateTime<chrono::Local> = t.into();
    let date = match crate::i18n::language() {
        // English keeps its short month name; the others have their month names in `i18n`.
        crate::i18n::Lang::En => local.format("%-d %b %Y").to_string(),
        _ => crate::model::Date::ymd(local.year(), local.month(), local.day())
            .map(crate::i18n::date_long)
            .unwrap_or_else(|| local.format("%Y-%m-%d").to_string()),
    };
    crate::t!(
        "window-time-at",
        date = date,
        time = local.format("%H:%M").to_string()
    )
}

impl App {
    /// The first half of a frame, before the window is drawn: answers from dialogs and
    /// workers, close requests, dropped files, and what the status bar should say.
    pub fn begin_frame(&mut self, ctx: &egui::Context) {
        self.intercept_close(ctx);
        self.check_on_focus(ctx);
        self.watch_file(ctx);
        if self.waker.is_none() {
            self.waker = Some(ctx.clone());
        }
        self.poll_dialog();
        self.poll_loading(ctx);
        self.poll_comparing(ctx);
        self.poll_import(ctx);
        self.poll_saving(ctx);
        self.poll_png_saves();
        self.poll_exports(ctx);
        self.poll_publishing(ctx);
        // A project file dropped on the window opens like File > Open.
        let dropped = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .find(|p| !p.as_os_str().is_empty())
        });
        if let Some(path) = dropped {
            self.pending.push(Command::OpenPath(path));
        }
        self.ui.loading = self
            .loading_path()
            .map(|p| crate::t!("window-opening", path = p.display().to_string()))
            .or_else(|| {
                self.saving_path()
                    .map(|p| crate::t!("window-saving", path = p.display().to_string()))
            })
            .or_else(|| {
                self.comparing_path()
                    .map(|p| crate::t!("merge-compare-reading", path = p.display().to_string()))
            })
            .or_else(|| {
                self.publishing_path()
                    .map(|p| crate::t!("publish-publishing", path = p.display().to_string()))
            });
        self.ui.file_progress = self.file_progress();
        self.ui.publishing = self.publish_progress();
        self.ui.capturing = self.capture.is_some() || self.cli_job.is_some();
        self.ui.undoable = (self.history.can_undo(), self.history.can_redo());
        self.prune_pick();
    }

    /// What the window draws from and sends its commands to.
    pub fn window_parts(&mut self) -> (&Document, &mut UiState, &Prefs, &mut Vec<Command>) {
        (&self.doc, &mut self.ui, &self.prefs, &mut self.pending)
    }

    /// The second half of a frame, after the window was drawn: the commands it sent are
    /// applied, then the title, recovery copy and screenshots follow.
    pub fn end_frame(&mut self, ctx: &egui::Context) {
        self.run_pending(ctx);
        if let Some(action) = self.ready_action.take() {
            self.perform(ctx, action);
        }
        self.sync_title(ctx);
        let drafts = self.drafts();
        self.recovery.tick(ctx, &self.doc, &drafts);
        if self.cli_job.is_some() {
            self.step_screenshot_job(ctx);
        } else {
            self.step_capture(ctx);
        }
    }
}
