//! Runtime-only state of the window: selection, open forms and messages. Never saved.

use std::collections::BTreeSet;

use crate::model::filter::{Filter, SortBy};
use crate::model::{Date, Evidence, Status};

use super::command::PendingAction;
use super::file_dialog::DialogPurpose;
use super::view_cache::{DashboardCache, ViewCache};
use crate::storage::recovery::RecoveryInfo;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MessageKind {
    Error,
    Info,
}

/// A message shown over the window until the user dismisses it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub kind: MessageKind,
    pub title: String,
    pub body: String,
    /// A way out the message offers beside OK.
    pub action: Option<MessageAction>,
}

/// What a message may offer to do beside OK.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MessageAction {
    /// Merge the two sides of a file git left conflict markers in.
    ResolveMarkers(std::path::PathBuf),
}

impl Message {
    /// The message with a button that does `action`.
    pub fn with_action(mut self, action: MessageAction) -> Self {
        self.action = Some(action);
        self
    }

    pub fn error(title: impl Into<String>, body: impl Into<String>) -> Self {
        Self {
            kind: MessageKind::Error,
            title: title.into(),
            body: body.into(),
            action: None,
        }
    }

    pub fn info(title: impl Into<String>, body: impl Into<String>) -> Self {
        Self {
            kind: MessageKind::Info,
            title: title.into(),
            body: body.into(),
            action: None,
        }
    }
}

/// Typing a path by hand, for machines where no file dialog can be shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathPrompt {
    pub purpose: DialogPurpose,
    pub text: String,
    pub reason: String,
    /// Put the keyboard in the field (and select the file name) on the next frame.
    pub focus: bool,
}

/// The "record a status change" form of the detail editor.
#[derive(Clone, Debug, PartialEq)]
pub struct StatusForm {
    pub to: Status,
    pub date_text: String,
    pub note: String,
    pub evidence: BTreeSet<u32>,
}

impl StatusForm {
    pub fn for_status(status: Status) -> Self {
        Self {
            to: status,
            date_text: Date::today().to_string(),
            note: String::new(),
            evidence: BTreeSet::new(),
        }
    }
}

/// The project properties dialog: drafts of the fields until OK applies them as one change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProjectForm {
    pub title: String,
    pub description: String,
    pub as_of_text: String,
    /// The title field has been given the keyboard once.
    pub focused: bool,
}

impl ProjectForm {
    pub fn of(p: &crate::model::Project) -> Self {
        Self {
            title: p.title.clone(),
            description: p.description.clone(),
            as_of_text: p.as_of.map(|d| d.to_string()).unwrap_or_default(),
            focused: false,
        }
    }
}

/// The source documents dialog: the source being edited, and a removal awaiting an answer.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SourcesForm {
    pub draft: Option<SourceDraft>,
    /// Index of a source that commitments cite, whose removal the user must confirm.
    pub confirm_remove: Option<usize>,
}

/// The vocabularies dialog: the term being added (`None` index) or edited, and a removal
/// awaiting an answer.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct VocabularyForm {
    pub draft: Option<(Option<usize>, crate::model::Term)>,
    /// Index of a term that items use, whose removal the user must confirm.
    pub confirm_remove: Option<usize>,
}

/// A source document being added (`index: None`) or edited.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceDraft {
    pub index: Option<usize>,
    pub source: crate::model::SourceDoc,
    pub date_text: String,
}

impl SourceDraft {
    pub fn of(index: Option<usize>, source: crate::model::SourceDoc) -> Self {
        let date_text = source.date.map(|d| d.to_string()).unwrap_or_default();
        Self {
            index,
            source,
            date_text,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Confirm {
    /// Save / Don't save / Cancel before doing this.
    Unsaved(PendingAction),
    /// The file on disk is not what we loaded or saved.
    ChangedOnDisk,
    /// The file holds comments that saving over it would drop.
    DropComments,
    /// Delete this commitment?
    Delete(usize),
}

#[derive(Clone, Debug, Default)]
pub struct UiState {
    pub selected: Option<usize>,
    pub message: Option<Message>,
    pub path_prompt: Option<PathPrompt>,
    pub status_form: Option<StatusForm>,
    /// The form that marks the selected commitment as replaced.
    pub replacement_form: Option<super::ReplacementForm>,
    /// Evidence being added (not yet part of the project).
    pub new_evidence: Option<Evidence>,
    /// The evidence link whose fields are open for editing: a draft until saved.
    pub editing_evidence: Option<Evidence>,
    pub new_note: String,
    /// The day the new note is dated, as typed; empty for today.
    pub new_note_date: String,
    /// Notes typed for other commitments and not yet added, by commitment id.
    pub note_drafts: std::collections::BTreeMap<String, String>,
    /// Bring the selected row into view on the next frame (after keyboard moves).
    pub scroll_to_selected: bool,
    /// What is being opened or saved in the background ("Saving big.ron…"), for the status bar.
    pub loading: Option<String>,
    /// How far that has come, in bytes; an open can be cancelled.
    pub file_progress: Option<FileProgress>,
    /// Pages of the website being published made so far; it can be cancelled.
    pub publishing: Option<super::PublishProgress>,
    /// A short confirmation shown in the status bar ("Citation copied").
    pub toast: Option<String>,
    /// A question waiting for the user's answer.
    pub confirm: Option<Confirm>,
    /// Unsaved work found from an earlier run, offered for restoring.
    pub recovery_offer: Option<RecoveryInfo>,
    /// What the work on offer is: its differences from its file, and notes being typed.
    pub recovery_summary: Vec<String>,
    /// How many more copies wait to be offered after this one.
    pub recovery_more: usize,
    pub filter: Filter,
    pub sort: SortBy,
    pub view: super::View,
    /// Show the tracker as it stood on this date; `None` shows it now.
    pub as_of: Option<Date>,
    pub as_of_text: String,
    /// The period the Changes view shows and exports add, as typed.
    pub period: super::PeriodForm,
    /// The Changes view's pass over every commitment, for this document version and period.
    pub period_figures: Option<(super::DocVersion, crate::model::period::PeriodFigures)>,
    /// How many rows of each kind the Changes view lists ("Show more" adds to it), and for
    /// which period: another period starts again from the first rows.
    pub period_rows_shown: (Option<crate::model::period::Period>, usize),
    /// Hide the editing controls, for clean screenshots.
    pub report_mode: bool,
    /// A screenshot is being taken: passing hints stay out of the picture.
    pub capturing: bool,
    /// Put the keyboard in the search field when it is next drawn.
    pub focus_search: bool,
    /// ↓ was pressed in the search field: the list below takes over.
    pub leave_search_down: bool,
    /// What another program changed in the open file, in sentences, for the question about it.
    pub disk_changes: Vec<String>,
    /// The question about the changed file may offer to merge (the app knows the common
    /// ancestor and could read the file).
    pub disk_merge_offered: bool,
    /// Put the keyboard in the title field, its text selected, when it is next drawn.
    pub focus_title: bool,
    /// Put the keyboard in the title field, its text and cursor as they are (Enter).
    pub edit_title: bool,
    /// Whether Undo and Redo have a step to take back or bring back, as of this frame.
    pub undoable: (bool, bool),
    /// The form or dialog open over the window, and those waiting for it.
    pub dialogs: super::Dialogs,
    pub dashboard: Option<DashboardCache>,
    /// Checklist rows and summary, rebuilt only when what they show changes.
    pub cache: Option<ViewCache>,
    /// What the conflicts list keeps while it is open and closed.
    pub merge: super::MergeUi,
    /// Rows picked together (Ctrl+click, Shift+click, Select all shown) for a batch edit.
    pub multi: MultiSelection,
    /// The batch panel's choices, kept while the selection changes.
    pub batch: BatchForm,
}

impl UiState {
    /// A dialog is open over the window: shortcuts and checklist keys wait until it closes.
    pub fn modal_open(&self) -> bool {
        self.message.is_some()
            || self.confirm.is_some()
            || self.path_prompt.is_some()
            || self.recovery_offer.is_some()
            || self.dialogs.is_open()
    }
}

/// The command palette: what has been typed, and which of the actions it finds is highlighted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PaletteState {
    pub query: String,
    /// Index into the actions found for `query`; kept in range as the list narrows.
    pub highlight: usize,
    /// The search field has been given the keyboard once.
    pub focused: bool,
    /// The highlight moved by a key: bring its row into view on this frame.
    pub scroll: bool,
}

/// Bytes read or written so far by a background open or save.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FileProgress {
    pub done: u64,
    /// 0 until known.
    pub total: u64,
    /// An open (which can be cancelled), not a save.
    pub opening: bool,
}

/// Rows picked together for a batch edit. Held by id, so the pick survives sorting, filtering
/// and a reload; ids that leave the project drop out (`retain_existing`). Fewer than two ids
/// means no batch: `UiState::selected` alone says what is shown.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MultiSelection {
    pub ids: BTreeSet<String>,
    /// Where a Shift+click range starts: the row last clicked without Shift.
    pub anchor: Option<String>,
    /// The document the ids were last checked against.
    pub checked: Option<super::DocVersion>,
}

impl MultiSelection {
    /// Two or more rows are picked: the batch panel replaces the editor.
    pub fn is_batch(&self) -> bool {
        self.ids.len() >= 2
    }

    pub fn contains(&self, id: &str) -> bool {
        self.ids.contains(id)
    }
}

/// The batch panel's fields: what each of its operations will apply.
#[derive(Clone, Debug, PartialEq)]
pub struct BatchForm {
    /// Id of the vocabulary term to add or remove.
    pub term: Option<String>,
    pub status: Status,
    pub date_text: String,
    pub note: String,
    pub evidence_url: String,
    pub evidence_title: String,
    /// Id of the recommendation to link to.
    pub recommendation: Option<String>,
    pub relation: crate::model::Relation,
    /// What the last batch operation did ("Theme added to 20 items").
    pub result: Option<String>,
}

impl Default for BatchForm {
    fn default() -> Self {
        Self {
            term: None,
            status: Status::InProgress,
            date_text: Date::today().to_string(),
            note: String::new(),
            evidence_url: String::new(),
            evidence_title: String::new(),
            recommendation: None,
            relation: crate::model::Relation::Answers,
            result: None,
        }
    }
}
