//! Everything the user can do, as data. The UI only fills in commands; `App::run_command`
//! applies them once per frame, so menus, buttons and shortcuts all share one path.

use std::path::PathBuf;

use crate::model::{
    Date, Evidence, Kind, RecLink, Recommendation, Relation, Replacement, SourceDoc, Status, Term,
};

/// The variants' names (`Command::VARIANTS`, `Command::name`) come from the derive, so a test can
/// list every command without reading this file.
#[derive(Clone, Debug, PartialEq, strum::IntoStaticStr, strum::VariantNames)]
pub enum Command {
    // Files
    New,
    Open,
    OpenPath(PathBuf),
    Save,
    SaveAs,
    SaveTo(PathBuf),
    Quit,
    /// Stops opening a big file; the project on screen stays as it was.
    CancelOpen,
    // Selection and navigation
    /// Selects one commitment (or none), dropping any rows picked for a batch edit.
    Select(Option<usize>),
    /// Ctrl+click: adds the commitment to the rows picked, or takes it out.
    ToggleSelected(usize),
    /// Shift+click: picks the rows shown from the anchor row to this one.
    SelectRange(usize),
    /// Picks every row the filter shows.
    SelectAllShown,
    // Editing the selected project
    /// Opens the project properties dialog on the project's title, description and date.
    OpenProjectProperties,
    /// Opens the list of source documents.
    OpenSources,
    OpenVocabularies,
    EditProject(ProjectEdit),
    Edit(usize, Edit),
    AddCommitment(Kind),
    /// Asks for confirmation, then deletes.
    RequestDelete(usize),
    DeleteCommitment(usize),
    Undo,
    Redo,
    /// Puts the keyboard in the search field.
    FocusSearch,
    /// Puts the keyboard in the selected commitment's title field, its text as it is.
    EditTitle,
    /// Opens the command palette: every action, found by typing a few letters of its name.
    OpenPalette,
    /// Moves the selection up (negative) or down the checklist as shown.
    MoveSelection(i32),
    // Preferences
    SetView(super::View),
    SetDark(bool),
    /// Changes the zoom by this much (0.1 = 10%).
    Zoom(f32),
    ResetZoom,
    /// Switches the interface language at once, and remembers it.
    SetLanguage(crate::i18n::Lang),
    /// Hides (or shows again) the editing controls, for clean screenshots.
    SetReportMode(bool),
    ChangeStatus {
        index: usize,
        to: Status,
        date: Date,
        note: String,
        evidence: Vec<u32>,
    },
    AddEvidence(usize, Evidence),
    // Batch edits of the commitments with these ids: each one undo step.
    /// Adds the vocabulary term with this id.
    BatchAddTerm(Vec<String>, String),
    /// Removes the vocabulary term with this id.
    BatchRemoveTerm(Vec<String>, String),
    /// Records the same status change in each one's history; the evidence link, when given,
    /// is added to each and is what the change rests on.
    BatchChangeStatus {
        ids: Vec<String>,
        to: Status,
        date: Date,
        note: String,
        evidence: Option<Evidence>,
    },
    BatchSetConcern(Vec<String>, bool),
    /// Links each commitment to the recommendation with this id; recommendations are skipped.
    BatchLink(Vec<String>, String, Relation),
    UpdateEvidence(usize, Evidence),
    RemoveEvidence(usize, u32),
    /// Records (or changes) that a later commitment replaced this one. The status and history
    /// are left as they are.
    MarkReplaced(usize, Replacement),
    /// Removes the replacement mark.
    ClearReplaced(usize),
    /// Adds a note with this text to a commitment, dated the day it is added.
    /// A note on a commitment, dated the day given (today when none is).
    AddNote(usize, String, Option<crate::model::Date>),
    RemoveNote(usize, usize),
    /// Asks where, then writes an export of the project (as of the date shown).
    Export(crate::report::ExportFormat),
    ExportTo(crate::report::ExportFormat, PathBuf),
    /// Asks which folder, then writes the project as a website there (as of the date shown).
    PublishSite,
    /// Makes the website on a worker and writes it into this folder, if the folder may hold it.
    PublishSiteTo(PathBuf),
    /// Stops making the website; nothing is written.
    CancelPublish,
    /// Asks which spreadsheet to import.
    Import,
    /// Reads this spreadsheet (on a worker thread) and shows its column mapping.
    ImportFrom(PathBuf),
    /// Sets the field a column of the sheet being imported fills.
    SetImportTarget(usize, crate::model::import::Target),
    /// Maps the columns of the sheet being imported as a built-in mapping does.
    UseImportPreset(crate::model::import::Preset),
    /// Sets what a status word of the sheet being imported stands for.
    SetImportWord(String, crate::model::import::WordChoice),
    /// From the mapping to the summary of what the import would change.
    PreviewImport,
    /// From the summary back to the mapping.
    BackToImportMapping,
    /// Applies the import shown in the summary: one undo step.
    ApplyImport,
    /// Import into a new project instead of merging into the open one.
    SetImportAsNew(bool),
    /// Opens the import shown in the summary as a new, untitled project.
    ImportAsNewProject,
    /// Stops reading and closes the import; the project is untouched.
    CancelImport,
    /// Asks where to save the column mapping for reuse (`import --map`).
    SaveImportMapping,
    SaveImportMappingTo(PathBuf),
    /// Asks which saved mapping to use for the sheet being imported.
    LoadImportMapping,
    LoadImportMappingFrom(PathBuf),
    SaveScreenshot,
    ScreenshotTo(PathBuf),
    CopyScreenshot,
    /// Puts a one-line citation of a commitment on the clipboard.
    CopyCitation(usize),
    /// Opens a link in the browser, if it passes `model::links::check_link`.
    OpenLink(String),
    DismissMessage,
    // Answers to the questions the app asks
    /// Unsaved changes: save first, then go on.
    ConfirmSave,
    /// Unsaved changes: drop them and go on.
    ConfirmDiscard,
    /// Stay where we are.
    ConfirmCancel,
    /// The file changed on disk: write ours over it.
    Overwrite,
    /// The file changed on disk: load it, dropping our changes.
    Reload,
    /// The file changed on disk: keep it, and save ours under another name.
    SaveElsewhere,
    /// Merge another program's version of the open file into the work (three-way).
    MergeFromDisk,
    /// Open a file git left conflict markers in, as the merge of its two sides.
    ResolveMarkers(PathBuf),
    RestoreRecovery,
    DiscardRecovery,
    // Teams on git
    /// Decides a merge conflict recorded in the project.
    ResolveConflict(usize, crate::model::merge::Choice),
    /// Shows (or hides) the list of merge conflicts.
    ShowConflicts(bool),
    /// Saves keeping the undecided conflicts in the file.
    SaveDraft,
    /// Asks for another version of the project to compare with.
    CompareWith,
    CompareWithPath(PathBuf),
    CloseComparison,
}

impl Command {
    /// The variant's name, e.g. "AddEvidence", without its data.
    pub fn name(&self) -> &'static str {
        self.into()
    }

    /// The ids a batch edit applies to.
    pub fn batch_ids(&self) -> Option<&[String]> {
        match self {
            Command::BatchAddTerm(ids, _)
            | Command::BatchRemoveTerm(ids, _)
            | Command::BatchChangeStatus { ids, .. }
            | Command::BatchSetConcern(ids, _)
            | Command::BatchLink(ids, ..) => Some(ids),
            _ => None,
        }
    }

    /// Commands that change the project, and so can be undone.
    pub fn edits_project(&self) -> bool {
        matches!(
            self,
            Command::EditProject(_)
                | Command::Edit(..)
                | Command::AddCommitment(_)
                | Command::DeleteCommitment(_)
                | Command::ChangeStatus { .. }
                | Command::AddEvidence(..)
                | Command::BatchAddTerm(..)
                | Command::BatchRemoveTerm(..)
                | Command::BatchChangeStatus { .. }
                | Command::BatchSetConcern(..)
                | Command::BatchLink(..)
                | Command::UpdateEvidence(..)
                | Command::RemoveEvidence(..)
                | Command::MarkReplaced(..)
                | Command::ClearReplaced(_)
                | Command::AddNote(..)
                | Command::RemoveNote(..)
                | Command::ApplyImport
                | Command::MergeFromDisk
                | Command::ResolveConflict(..)
        )
    }
}

/// What the user asked for that unsaved changes would be lost to.
#[derive(Clone, Debug, PartialEq)]
pub enum PendingAction {
    New,
    Open,
    OpenPath(PathBuf),
    Close,
    /// Open an imported project as a new, untitled document.
    NewFromImport(Box<crate::model::Project>),
}

/// A change to one field of a commitment.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    Kind(Kind),
    Actor(String),
    Parent(Option<String>),
    Title(String),
    Quote(String),
    Source(String),
    DateCommitted(Option<Date>),
    Category(String),
    Responsible(String),
    Deadline(Option<Date>),
    Tags(Vec<String>),
    Importance(u8),
    Concern(bool),
    /// Kept off the published website.
    Internal(bool),
    /// Whether the note at this index is published on the website.
    NotePublic(usize, bool),
    /// A recommendation's details, whole.
    Recommendation(Box<Recommendation>),
    /// Ids of vocabulary terms.
    Terms(Vec<String>),
    /// The links to recommendations, whole.
    Links(Vec<RecLink>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum ProjectEdit {
    /// Title, description and the date the assessments are current to, from the properties
    /// dialog: one change, one undo step.
    Properties {
        title: String,
        description: String,
        as_of: Option<Date>,
    },
    AddSource(SourceDoc),
    /// Replaces the source at this index.
    UpdateSource(usize, SourceDoc),
    RemoveSource(usize),
    AddTerm(Term),
    /// Replaces the term at this index; its id stays, so every item keeps it.
    UpdateTerm(usize, Term),
    /// Removes the term at this index, and its id from every item that had it.
    RemoveTerm(usize),
}
