//! Native file dialogs, run off the UI thread so the window keeps painting.

use super::job::{Job, Poll};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::report::ExportFormat;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DialogPurpose {
    Open,
    SaveAs,
    Export(ExportFormat),
    Screenshot,
    /// Another version of the project, to compare with.
    Compare,
    /// A spreadsheet to import.
    Import,
    /// Where to keep an import's column mapping.
    SaveMapping,
    /// A saved column mapping to use for the sheet being imported.
    LoadMapping,
    /// The folder a website is written into.
    Publish,
}

impl DialogPurpose {
    pub fn title(self) -> String {
        crate::t!(match self {
            DialogPurpose::Open => "file-dialog-open",
            DialogPurpose::SaveAs => "file-dialog-save-as",
            DialogPurpose::Export(ExportFormat::Csv) => "file-dialog-export-csv",
            DialogPurpose::Export(ExportFormat::Markdown) => "file-dialog-export-markdown",
            DialogPurpose::Export(ExportFormat::Html) => "file-dialog-export-html",
            DialogPurpose::Export(ExportFormat::Xlsx) => "file-dialog-export-xlsx",
            DialogPurpose::Screenshot => "file-dialog-screenshot",
            DialogPurpose::Compare => "merge-dialog-compare",
            DialogPurpose::Import => "file-dialog-import",
            DialogPurpose::SaveMapping => "file-dialog-save-mapping",
            DialogPurpose::LoadMapping => "file-dialog-load-mapping",
            DialogPurpose::Publish => "file-dialog-publish",
        })
    }

    /// File type filter of the dialog: (description, extensions).
    fn filter(self) -> (String, &'static [&'static str]) {
        let (key, extensions): (&str, &'static [&'static str]) = match self {
            DialogPurpose::Open | DialogPurpose::SaveAs | DialogPurpose::Compare => {
                ("file-dialog-filter-project", &["ron"])
            }
            DialogPurpose::Export(ExportFormat::Csv) => ("file-dialog-filter-csv", &["csv"]),
            DialogPurpose::Export(ExportFormat::Markdown) => {
                ("file-dialog-filter-markdown", &["md"])
            }
            DialogPurpose::Export(ExportFormat::Html) => ("file-dialog-filter-html", &["html"]),
            DialogPurpose::Export(ExportFormat::Xlsx) => ("file-dialog-filter-xlsx", &["xlsx"]),
            DialogPurpose::Screenshot => ("file-dialog-filter-png", &["png"]),
            DialogPurpose::Import => (
                "file-dialog-filter-sheets",
                &crate::storage::import::EXTENSIONS,
            ),
            DialogPurpose::SaveMapping => ("file-dialog-filter-mapping", &["mapping"]),
            // Older versions saved mappings as `.ron`.
            DialogPurpose::LoadMapping => ("file-dialog-filter-mapping", &["mapping", "ron"]),
            // A folder is picked: no file filter applies.
            DialogPurpose::Publish => ("file-dialog-filter-all", &["*"]),
        };
        (crate::t!(key), extensions)
    }

    /// Whether the dialog picks a file to write (rather than one to read).
    pub fn writes(self) -> bool {
        !matches!(
            self,
            DialogPurpose::Open
                | DialogPurpose::Compare
                | DialogPurpose::Import
                | DialogPurpose::LoadMapping
        )
    }
}

#[derive(Debug, PartialEq)]
pub enum DialogOutcome {
    Chosen(DialogPurpose, PathBuf),
    Cancelled,
    /// The dialog returned before anyone could have clicked: none could be shown here.
    Unavailable(DialogPurpose),
}

/// A user cannot cancel a real dialog faster than this; a quicker "cancel" means none appeared.
const FASTEST_HUMAN_CANCEL: Duration = Duration::from_millis(250);

/// At most one dialog at a time: a second request while one is open is refused.
#[derive(Default)]
pub struct FileDialogs {
    pending: Option<Job<DialogOutcome>>,
}

impl FileDialogs {
    pub fn is_open(&self) -> bool {
        self.pending.is_some()
    }

    /// Starts a dialog; returns false when one is already open.
    pub fn start(
        &mut self,
        purpose: DialogPurpose,
        start_in: Option<&Path>,
        suggested_name: &str,
        wake: impl Fn() + Send + 'static,
    ) -> bool {
        if self.pending.is_some() {
            return false;
        }
        let dir = start_in.map(Path::to_path_buf);
        // Worded here, on the UI thread, in the language the window shows now.
        let title = purpose.title();
        let (kind, extensions) = purpose.filter();
        let all_files = crate::t!("file-dialog-filter-all");
        let name = suggested_name.to_owned();
        let spawned = Job::spawn("file-dialog", wake, move || {
            let started = Instant::now();
            let mut dialog = rfd::FileDialog::new().set_title(title);
            if let Some(dir) = dir {
                dialog = dialog.set_directory(dir);
            }
            if purpose != DialogPurpose::Publish {
                dialog = dialog
                    .add_filter(kind, extensions)
                    .add_filter(all_files, &["*"]);
            }
            let chosen = if purpose == DialogPurpose::Publish {
                dialog.pick_folder()
            } else if purpose.writes() {
                dialog.set_file_name(name).save_file()
            } else {
                dialog.pick_file()
            };
            match chosen {
                Some(p) => DialogOutcome::Chosen(purpose, p),
                None if started.elapsed() < FASTEST_HUMAN_CANCEL => {
                    DialogOutcome::Unavailable(purpose)
                }
                None => DialogOutcome::Cancelled,
            }
        });
        match spawned {
            Ok(job) => {
                self.pending = Some(job);
                true
            }
            Err(_) => false,
        }
    }

    /// The dialog's answer, once it has one.
    pub fn poll(&mut self) -> Option<DialogOutcome> {
        match self.pending.as_ref()?.poll() {
            Poll::Ready(outcome) => {
                self.pending = None;
                Some(outcome)
            }
            Poll::Running => None,
            Poll::Gone => {
                self.pending = None;
                Some(DialogOutcome::Cancelled)
            }
        }
    }
}
