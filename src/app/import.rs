//! File → Import…: the file is read on a worker thread (with progress and Cancel), the user
//! checks the column mapping, sees the summary of what would change, and confirms. Applying
//! is one step, so one Undo takes the whole import back.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use super::job::{Job, LOOK_AGAIN, Poll, waking};
use super::{App, Dialog, Message};
use crate::model::Date;
use crate::model::import::{
    MAPPING_EXTENSION, Plan, Preset, SavedMapping, StatusWords, Target, WordChoice,
};
/// A sheet as read, which the import dialog shows: the window reaches files only through here.
pub use crate::storage::import::Workbook;
use crate::storage::import::{self, ImportError, Limits};

/// Where the import dialog is.
#[derive(Clone, Debug)]
pub enum ImportStage {
    /// Rows read so far, and in all when known.
    Reading { read: usize, total: Option<usize> },
    /// One target per column and one choice per status word; the user may change any.
    Mapping {
        book: Arc<Workbook>,
        targets: Vec<Target>,
        words: StatusWords,
    },
    /// What would change, before anything does.
    Summary {
        book: Arc<Workbook>,
        targets: Vec<Target>,
        words: StatusWords,
        plan: Arc<Plan>,
    },
}

/// The import dialog's state.
#[derive(Clone, Debug)]
pub struct ImportForm {
    pub path: PathBuf,
    /// Into a new project rather than merged into the open one.
    pub as_new: bool,
    /// The built-in mapping last applied, shown as chosen.
    pub preset: Option<Preset>,
    pub stage: ImportStage,
}

impl ImportForm {
    pub fn file_name(&self) -> String {
        self.path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
    }
}

/// The reading worker: its answer, how far it has read (rows, and in all when known), and the
/// flag that cancels it.
pub(super) struct ImportJob {
    job: Job<Result<Workbook, ImportError>>,
    read: Arc<ReadSoFar>,
    cancel: Arc<AtomicBool>,
}

#[derive(Default)]
struct ReadSoFar {
    rows: AtomicUsize,
    total: Mutex<Option<usize>>,
}

impl App {
    pub(super) fn start_import(&mut self, path: PathBuf) {
        self.cancel_import();
        let cancel = Arc::new(AtomicBool::new(false));
        let read = Arc::new(ReadSoFar::default());
        let (flag, counted) = (cancel.clone(), read.clone());
        let waker = self.waker.clone();
        let worker_path = path.clone();
        let spawned = Job::spawn("import", waking(waker.clone()), move || {
            let progress = |rows, total| {
                counted.rows.store(rows, Ordering::Relaxed);
                if let Ok(mut t) = counted.total.lock() {
                    *t = total;
                }
                waking(waker.clone())();
                !flag.load(Ordering::Relaxed)
            };
            import::read(&worker_path, None, &Limits::default(), &progress)
        });
        let job = match spawned {
            Ok(job) => job,
            Err(e) => {
                self.ui.message = Some(Message::error(
                    crate::t!("import-failed-title"),
                    e.to_string(),
                ));
                return;
            }
        };
        self.import_job = Some(ImportJob { job, read, cancel });
        self.ui.dialogs.open(Dialog::Import(Box::new(ImportForm {
            path,
            as_new: false,
            preset: None,
            stage: ImportStage::Reading {
                read: 0,
                total: None,
            },
        })));
    }

    /// Stops reading (the worker sees the flag at its next row) and closes the dialog. The
    /// project was never touched.
    pub(super) fn cancel_import(&mut self) {
        if let Some(job) = self.import_job.take() {
            job.cancel.store(true, Ordering::Relaxed);
        }
        self.ui.dialogs.take_import();
    }

    pub(super) fn poll_import(&mut self, ctx: &egui::Context) {
        let Some(job) = &self.import_job else { return };
        match job.job.poll() {
            Poll::Ready(result) => {
                self.import_job = None;
                self.finish_reading(result);
            }
            Poll::Running => {
                let rows = job.read.rows.load(Ordering::Relaxed);
                let total = job.read.total.lock().map(|t| *t).unwrap_or(None);
                if let Some(ImportForm {
                    stage: ImportStage::Reading { read: r, total: t },
                    ..
                }) = self.ui.dialogs.import_mut()
                {
                    (*r, *t) = (rows, total);
                }
                ctx.request_repaint_after(LOOK_AGAIN);
            }
            Poll::Gone => self.import_job = None,
        }
    }

    fn finish_reading(&mut self, result: Result<Workbook, ImportError>) {
        let Some(form) = self.ui.dialogs.import_mut() else {
            return;
        };
        match result {
            Ok(book) => {
                // A sheet a built-in mapping fits (a UHRI export) starts with that mapping.
                let (preset, targets) = Preset::targets_or_proposal(&book.main);
                form.preset = preset;
                let words = StatusWords::for_sheet(&book.main, &targets, &StatusWords::default());
                // Our own workbook is a whole project: it comes back whole as a new one.
                form.as_new = book.ours;
                form.stage = ImportStage::Mapping {
                    book: Arc::new(book),
                    targets,
                    words,
                };
            }
            Err(e) => {
                let name = form.file_name();
                self.ui.dialogs.take_import();
                self.ui.message = Some(Message::error(
                    crate::t!("import-failed-title-file", file = name),
                    e.to_string(),
                ));
            }
        }
    }

    /// From the mapping to the summary: the plan against the open project, nothing applied.
    pub(super) fn preview_import(&mut self) {
        let Some(form) = self.ui.dialogs.import_mut() else {
            return;
        };
        let name = form.file_name();
        let base = (!form.as_new).then_some(&self.doc.project);
        if let ImportStage::Mapping {
            book,
            targets,
            words,
        } = &form.stage
        {
            if !targets.iter().any(|t| t.names_an_item()) {
                self.ui.message = Some(Message::error(
                    crate::t!("import-failed-title-file", file = name),
                    crate::t!("import-no-id-or-title"),
                ));
                return;
            }
            let plan = import::plan_workbook_with(
                book,
                targets,
                words,
                base.map(|p| &**p),
                &name,
                Date::today(),
            );
            form.stage = ImportStage::Summary {
                book: book.clone(),
                targets: targets.clone(),
                words: words.clone(),
                plan: Arc::new(plan),
            };
        }
    }

    /// Back from the summary to the mapping, to change a column.
    pub(super) fn back_to_mapping(&mut self) {
        if let Some(form) = self.ui.dialogs.import_mut()
            && let ImportStage::Summary {
                book,
                targets,
                words,
                ..
            } = &form.stage
        {
            form.stage = ImportStage::Mapping {
                book: book.clone(),
                targets: targets.clone(),
                words: words.clone(),
            };
        }
    }

    /// Applies the plan the user confirmed; the undo step was recorded before.
    pub(super) fn apply_import(&mut self) {
        let Some(form) = self.ui.dialogs.take_import() else {
            return;
        };
        if let ImportStage::Summary { plan, .. } = form.stage {
            let headline = crate::report::import_summary::headline(&plan);
            // A note being typed is not in the sheet: it waits under its commitment's id.
            self.stash_note_draft();
            self.doc.project = Arc::new(plan.result.clone());
            self.doc.touch();
            self.reset_selection(None);
            self.ui.toast = Some(crate::t!(
                "import-done",
                file = plan.file_name.as_str(),
                summary = headline
            ));
        }
    }

    /// The current mapping, columns and status words, for "Save mapping…". The file ends in
    /// `.mapping`, not `.ron`: the merge driver claims `*.ron` files.
    pub(super) fn save_mapping_to(&mut self, path: PathBuf) {
        let path = super::reports::with_extension(path, MAPPING_EXTENSION);
        let Some(form) = self.ui.dialogs.import() else {
            return;
        };
        let (ImportStage::Mapping {
            book,
            targets,
            words,
        }
        | ImportStage::Summary {
            book,
            targets,
            words,
            ..
        }) = &form.stage
        else {
            return;
        };
        // A workbook's sheet is named, so `--map` reads the same one.
        let sheet = (book.sheet_names.len() > 1).then_some(book.main.name.as_str());
        let saved =
            SavedMapping::of(sheet, &book.main.header, targets).with_statuses(words.clone());
        let written = saved.to_ron().map_err(|e| e.to_string()).and_then(|text| {
            crate::storage::write_export(&path, text.as_bytes()).map_err(|e| e.to_string())
        });
        match written {
            Ok(()) => {
                self.ui.toast = Some(crate::t!(
                    "import-mapping-saved",
                    path = path.display().to_string()
                ));
            }
            Err(e) => {
                self.ui.message = Some(Message::error(crate::t!("import-mapping-failed"), e));
            }
        }
    }

    /// "Load mapping…": a saved mapping's columns and status words replace the current ones;
    /// columns and words it does not name keep the proposal.
    pub(super) fn load_mapping_from(&mut self, path: PathBuf) {
        let read = crate::storage::import::read_mapping(&path);
        let Some(ImportForm {
            stage:
                ImportStage::Mapping {
                    book,
                    targets,
                    words,
                },
            ..
        }) = self.ui.dialogs.import_mut()
        else {
            return;
        };
        match read {
            Ok(saved) => {
                *targets = saved.targets_for_sheet(&book.main);
                *words = StatusWords::for_sheet(&book.main, targets, &saved.statuses);
                self.ui.toast = Some(crate::t!(
                    "import-mapping-loaded",
                    path = path.display().to_string()
                ));
            }
            Err(e) => {
                self.ui.message = Some(Message::error(crate::t!("import-mapping-load-failed"), e));
            }
        }
    }

    /// Where "Save mapping…" suggests, when it asks for a typed path: beside the sheet.
    pub(super) fn mapping_path_suggestion(&self) -> String {
        self.ui.dialogs.import().map_or_else(String::new, |f| {
            f.path
                .with_extension(MAPPING_EXTENSION)
                .display()
                .to_string()
        })
    }

    /// The name "Save mapping…" suggests: the sheet's name with the mapping ending.
    pub(super) fn mapping_file_name(&self, fallback: &str) -> String {
        let stem = self
            .ui
            .dialogs
            .import()
            .and_then(|f| f.path.file_stem())
            .map_or_else(|| fallback.to_owned(), |s| s.to_string_lossy().into_owned());
        format!("{stem}.{MAPPING_EXTENSION}")
    }
}

impl App {
    pub(super) fn set_import_as_new(&mut self, on: bool) {
        if let Some(form) = self.ui.dialogs.import_mut() {
            form.as_new = on;
        }
    }

    /// The project the summary shows, closing the dialog: for "as a new project".
    pub(super) fn take_import_result(&mut self) -> Option<crate::model::Project> {
        match self.ui.dialogs.take_import()?.stage {
            ImportStage::Summary { plan, .. } => Some(plan.result.clone()),
            _ => None,
        }
    }

    pub(super) fn set_import_target(&mut self, column: usize, target: Target) {
        let Some(ImportForm {
            stage:
                ImportStage::Mapping {
                    book,
                    targets,
                    words,
                },
            ..
        }) = self.ui.dialogs.import_mut()
        else {
            return;
        };
        if let Some(slot) = targets.get_mut(column) {
            *slot = target;
        }
        // The status column may have changed: list its words, keeping the choices made.
        let kept = std::mem::take(words);
        *words = StatusWords::for_sheet(&book.main, targets, &kept);
    }

    /// A built-in mapping replaces the columns' fields; a sheet without the columns it needs
    /// keeps its mapping, and the message names what is missing.
    pub(super) fn use_import_preset(&mut self, preset: Preset) {
        let Some(form) = self.ui.dialogs.import_mut() else {
            return;
        };
        let ImportStage::Mapping {
            book,
            targets,
            words,
        } = &mut form.stage
        else {
            return;
        };
        match preset.targets(&book.main.header) {
            Ok(chosen) => {
                *targets = chosen;
                let kept = std::mem::take(words);
                *words = StatusWords::for_sheet(&book.main, targets, &kept);
                form.preset = Some(preset);
                self.ui.toast = Some(crate::t!("import-preset-applied", preset = preset.label()));
            }
            Err(missing) => {
                let columns = missing
                    .iter()
                    .map(|c| format!("“{c}”"))
                    .collect::<Vec<_>>()
                    .join(", ");
                self.ui.message = Some(Message::error(
                    crate::t!("import-preset-missing-title", preset = preset.label()),
                    crate::t!("import-preset-missing", columns = columns),
                ));
            }
        }
    }

    pub(super) fn set_import_word(&mut self, word: &str, choice: WordChoice) {
        if let Some(ImportForm {
            stage: ImportStage::Mapping { words, .. },
            ..
        }) = self.ui.dialogs.import_mut()
        {
            words.set(word, choice);
        }
    }
}
