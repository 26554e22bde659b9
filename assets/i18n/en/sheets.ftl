# Spreadsheets in and out: importing a tracker from CSV, Excel or LibreOffice, exporting to Excel.
# Glossary (keep these terms the same everywhere in this file):
#   import, sheet, column, row, header, mapping (which field each column fills), field,
#   refused row (a row left out, with its reason), formula, workbook, summary,
#   commitment, status, evidence link, history, note.

## Fields a column can fill, in the mapping dialog.
import-target-ignore = Ignore
import-target-id = Id
import-target-kind = Kind
import-target-actor = Actor
import-target-parent = Broader commitment (id)
import-target-title = Title
import-target-quote = Quote
import-target-source = Source document (id)
import-target-date-committed = Date committed
import-target-category = Category
import-target-responsible = Responsible body
import-target-deadline = Deadline
import-target-status = Status
import-target-status-date = Status date
import-target-importance = Importance
import-target-concern = Concern flag
import-target-tags = Tags
import-target-evidence-url = Evidence link
import-target-note = Note
import-target-replaced-on = Replaced on
import-target-replaced-by = Replaced by (ids)
import-target-replaced-partly = Partly replaced
import-target-replaced-note = Replacement note
import-target-replaced-evidence = Replacement evidence (ids)
import-target-next-evidence-id = Next evidence id
import-target-uhri-id = Id from UHRI (kept as UHRI-…)
import-target-recommendation-text = Recommendation text (paragraph number first)
import-target-mechanism = Mechanism (recommending body)
import-target-cycle = Review cycle or session
import-target-recommending = Recommending states
import-target-position = Position of the state
import-target-themes = Themes
import-target-affected-groups = Affected groups
import-target-sdgs = SDG targets

## Why a row is refused.
import-refused-row = Row { $row }: { $reason }
import-refused-no-id-title = no id and no title
import-refused-no-title = { $id } is new but has no title
import-refused-bad-date = “{ $text }” in { $column } is not a date (write 2024-03-16, 16.03.2024, 2024-03 or 2024)
import-refused-unknown-status = unknown status “{ $word }” (say what it stands for in a saved mapping: Save mapping… in the window, then --map)
import-refused-duplicate-id = the id { $id } is already on row { $row }
import-refused-formula = { $column } holds a formula, not a value (paste it as values)
import-refused-cell-too-large = { $column } holds { $count ->
        [one] { $count } character
       *[other] { $count } characters
    }, more than a cell may
import-refused-bad-value = “{ $text }” does not fit { $column }
import-refused-before-history = the status date { $date } is before the last recorded change ({ $last }); history is never rewritten
import-refused-unsafe-link = evidence link { $url } left out: { $reason }
import-refused-status-left-out = the status “{ $word }” is set to leave its rows out
import-refused-unknown-position = “{ $text }” in { $column } is not a position the app knows (Supported, Supported/Noted, Noted)
import-warning-unknown-source = the source id “{ $id }” names no source document of the project (imported; add the source or correct the id)

## The history entry an imported status change gets.
import-history-note = Imported from { $file }

## The summary shown before anything changes.
import-summary = { $new } new, { $updated } updated, { $changes ->
        [one] { $changes } status change
       *[other] { $changes } status changes
    }, { $refused ->
        [one] { $refused } row refused
       *[other] { $refused } rows refused
    }{ $warnings ->
        [0] {""}
        [one] , { $warnings } warning
       *[other] , { $warnings } warnings
    }
import-note-rows-cut = Only the first { $read } rows were read; the sheet has { $total }. Split it into smaller sheets to import the rest.
import-note-rows-cut-unknown = Only the first { $read } rows were read; the sheet has more. Split it into smaller sheets to import the rest.
import-note-columns-cut = Only the first { $kept } columns were read.
import-note-only-commitments = Merging into this tracker uses the Commitments sheet only: evidence, history, notes, recommendations, links and terms in the workbook are not merged. To take the whole workbook, import it as a new project.
import-note-recommendations-as-of = The workbook's Recommendations and Links sheets show { $date }: responses and links dated after that day are not in it, so they are not imported. For the whole tracker, export it without a date.
import-note-recommendation-columns = Merging into this tracker leaves the file's recommendation columns (mechanism, paragraph, recommending, response, terms, links) unread. To take them, import it as a new project.
import-note-merged = { $count ->
        [one] { $count } merged range: its value was
       *[other] { $count } merged ranges: each value was
    } copied into every cell it covers.
import-no-id-or-title = No column is mapped to Id or Title: choose which column holds them.

## Errors reading the file.
import-error-io = The file could not be read: { $error }
import-error-type = Files ending in “.{ $extension }” cannot be imported. Import reads .csv, .xlsx, .xls and .ods files.
import-error-too-large = The file is larger than { $limit } MB, more than import reads.
import-error-zip-bomb = The workbook would unpack to more than { $limit } MB: it is refused as a possible zip bomb.
import-error-not-workbook = The file is named as a workbook but is not one: it may be a text file renamed. If it is a CSV file, give it the .csv ending.
import-error-not-text = The file holds binary data, not text: it is not a CSV file.
import-error-unreadable = The workbook could not be read: { $error }
import-error-csv = The CSV file could not be read: { $error }
import-error-no-sheet = The workbook has no sheet named “{ $name }”. Its sheets: { $sheets }.
import-error-empty = The sheet is empty: there is no header row to import from.
import-error-cancelled = The import was cancelled; nothing changed.

## The command line.
import-cli-same-file = The output file is the file being imported: choose another name, the source is never overwritten.
import-cli-map-unreadable = The mapping file { $path } could not be read: { $error }
import-cli-dry-run = Dry run: nothing was written.
import-cli-written = Project written to { $path }

## Excel export.
export-format-xlsx = Excel workbook
file-dialog-export-xlsx = Export as Excel workbook
file-dialog-filter-xlsx = Excel workbook
xlsx-export-failed = The Excel workbook could not be made: { $error }

## The import dialog (File → Import…).
action-import = Import…
action-import-hint = Bring commitments in from a CSV, Excel or LibreOffice sheet: new ids are added, existing ones updated
file-dialog-import = Import a spreadsheet
file-dialog-filter-sheets = Spreadsheets
file-dialog-save-mapping = Save the column mapping
file-dialog-filter-mapping = Column mapping
import-failed-title = The import could not start
import-failed-title-file = { $file } could not be imported
import-done = Imported { $file }: { $summary }
import-mapping-saved = Mapping saved to { $path }
import-mapping-failed = The mapping could not be saved
import-reading-title = Importing { $file }
import-reading-rows = { $read } of { $total } rows read
import-reading-rows-unknown = { $read } rows read
import-cancel = Cancel
import-mapping-title = Import { $file }
import-sheet = Sheet: { $name }
import-ours = A workbook exported by Reform Tracker: imported as a new project, its evidence, history, notes and sources come with it.
import-mapping-intro = Choose the field each column fills. The first rows are shown as they will be read.
import-column = Column
import-column-number = Column { $number }
import-imported-as = Imported as
import-preview = First rows
import-save-mapping = Save mapping…
import-show-changes = Show changes…
import-summary-title = Import { $file }: what will change
import-summary-intro = Nothing changes until you click Import. Rows are merged into this project by id; one Undo takes the whole import back.
import-new-list = New: { $list }
import-updated-list = Updated: { $list }
import-refused-title = { $count ->
        [one] Refused row
       *[other] Refused rows ({ $count })
    }
import-more = … and { $count } more
import-apply = Import
import-back = Back
import-nothing = Nothing would change.
import-as-new = As a new project (instead of merging into this one)
import-summary-intro-new = Nothing changes until you click Import: the result opens as a new, unsaved project.
import-warnings-title = { $count ->
        [one] Imported with a warning
       *[other] Imported with warnings ({ $count })
    }
import-load-mapping = Load mapping…
file-dialog-load-mapping = Load a saved column mapping
import-mapping-loaded = Mapping loaded from { $path }
import-mapping-load-failed = The mapping could not be loaded
import-map-too-large = it is too large to be a mapping file
import-words-title = Status words
import-words-intro = Every status word in the sheet: choose the status each stands for, or leave its rows out. Words the app knows are filled in; Save mapping… keeps your choices.
import-words-more = Only the first { $count } different words are listed; rows with other words the app does not know are refused.
import-word = “{ $word }”
import-word-leave-out = (leave row out)
import-preset = Built-in mapping
import-preset-none = Choose…
import-preset-uhri = UN Universal Human Rights Index (UHRI)
import-preset-applied = Columns mapped as in a { $preset } export
import-preset-missing-title = This sheet is not a { $preset } export
import-preset-missing = It has no column named { $columns }. Map the columns yourself, or check that the file is the export of a search result.
import-new-terms-list = Vocabulary terms added: { $list }
import-new-sources-list = Source documents added: { $list }

## Source references, checked on import and by validate.
validate-unknown-source = {"  "}warning: { $commitment } cites the source “{ $source }”, which names no source document of the project
validate-link-unknown = {"  "}warning: { $commitment } links to “{ $id }”, which is no recommendation of the project
validate-link-no-note = {"  "}warning: { $commitment } goes against { $id } with no note saying why
validate-recommendation-no-details = {"  "}warning: { $id } is a recommendation without its details (mechanism, paragraph, response)
validate-unknown-term = {"  "}warning: { $item } is tagged with the term “{ $term }”, which is in none of the project's vocabularies
