# The window: menus, toolbar, prompts, dialogs, the status bar, search and filters, the
# messages the app shows, and the file errors that reach the user through them.
# Glossary (keep these terms the same everywhere in this file and the others):
#   project, tracker, commitment, source document (source), evidence link, status,
#   as of (the date the tracker is shown at), report mode, screenshot, read-only,
#   unsaved changes, recovery copy, Save As, export.

## Menus

menu-file = File
menu-edit = Edit
menu-view = View
menu-export = Export
menu-open-recent = Open Recent
menu-language = Language
menu-no-recent-files = No recent files

## Menu items and their hints

action-new = New
action-open = Open…
action-save = Save
action-save-as = Save As…
action-project-properties = Project properties…
action-sources = Source documents…
action-vocabularies = Vocabularies…
action-quit = Quit
action-undo = Undo
action-redo = Redo
action-add-reform = Add reform
action-add-partnership-offer = Add partnership offer
action-add-recommendation = Add recommendation
action-copy-citation = Copy citation
action-delete-commitment = Delete commitment…
action-find = Find
action-checklist = Checklist
action-dashboard = Dashboard
action-report-mode = Report mode
action-save-screenshot = Save screenshot…
action-copy-screenshot = Copy screenshot
action-dark-theme = Dark theme
action-zoom-in = Zoom in
action-zoom-out = Zoom out
action-zoom-reset = Actual size
action-report-mode-hint = Hide the editing controls for a clean screenshot
action-save-screenshot-hint = Write the window as a PNG at twice its pixel density
action-copy-screenshot-hint = Put a picture of the window on the clipboard
action-project-properties-hint = Title, description and the date the assessments are current to
action-sources-hint = The speeches, laws and statements commitments come from
action-vocabularies-hint = Themes, affected groups, SDG targets and lead institutions items are tagged with
action-command-palette = Command palette…
action-command-palette-hint = Find any action by typing a few letters of its name
action-next-commitment = Next commitment
action-previous-commitment = Previous commitment
action-page-down = Page down the checklist
action-page-up = Page up the checklist
action-first-commitment = First commitment
action-last-commitment = Last commitment
action-edit-title = Edit the title
action-clear-selection = Clear the selection
action-select-all-shown = Select all shown

## Command palette

palette-title = Find an action
palette-hint = A few letters of its name, in any language
palette-keys = ↑ ↓ choose · Enter runs · Esc closes
palette-nothing-found = No action has these letters in its name
palette-needs-selection = Select a commitment first
palette-nothing-selected = Nothing is selected
palette-nothing-shown = No rows are shown
palette-nothing-to-undo = Nothing to undo
palette-nothing-to-redo = Nothing to redo
palette-not-available = Not available now

## Toolbar

toolbar-as-of = As of
toolbar-as-of-hint = today
toolbar-as-of-tooltip = Show the whole tracker as it stood on this date (YYYY-MM-DD)
toolbar-back-to-today = Today
toolbar-back-to-today-hint = Back to today: the tracker as it stands now
toolbar-showing-as-of = Showing the tracker as it stood on { $date }: statuses, figures and exports follow this date.
toolbar-report-mode-hint = Report mode: press Esc (or F11) to show the controls again

## The window

window-as-of = As the tracker stood on { $date }
window-date-hint = YYYY-MM-DD, YYYY-MM or YYYY
window-untitled = Untitled
window-title = { $name } — Reform Tracker
window-opening = Opening { $path }…
window-saving = Saving { $path }…
window-new-commitment = New commitment
window-new-recommendation = New recommendation
window-time-at = { $date } at { $time }

## Questions before anything could be lost

prompt-unsaved-before-new = Save changes to { $name } before starting a new project?
prompt-unsaved-before-open = Save changes to { $name } before opening another project?
prompt-unsaved-before-close = Save changes to { $name } before closing?
prompt-unsaved-body = Your changes will be lost if you don't save them.
prompt-unsaved-notes = Notes being typed and not yet added: Save adds them to their commitments first.
prompt-save = Save
prompt-dont-save = Don't save
prompt-cancel = Cancel
prompt-changed-on-disk-title = { $name } was changed by another program
prompt-changed-on-disk-body = The file on disk is no longer the one you opened or last saved. Overwrite it with your version, reload it (your unsaved changes are dropped), or save your version under another name.
watch-what-changed = What the other program changed:
watch-more = { $count ->
    [one] and 1 more change
   *[other] and { $count } more changes
}
watch-merge = Merge their changes
watch-merge-hint = Keep your unsaved work and add the other program's changes to it, as git merges branches; where both changed the same thing, the conflicts list lets you decide.
watch-side-ours = your unsaved work in this window
watch-side-theirs = { $name } as another program left it
watch-reloaded = { $name } was changed by another program and has been reloaded (you had no unsaved changes).
watch-merged = { $count ->
    [0] Their changes are merged into your work, with no conflict. Save to keep it.
    [one] Their changes are merged into your work; 1 conflict is left to decide.
   *[other] Their changes are merged into your work; { $count } conflicts are left to decide.
}
prompt-overwrite = Overwrite
prompt-reload = Reload from disk
prompt-save-elsewhere = Save elsewhere…
prompt-comments-title = { $name } holds comments
prompt-comments-body = Someone wrote comments (// … or /* … */) into this file. Reform Tracker writes the project afresh when it saves, so saving over the file would remove every comment. Save your work as a new file to keep this one as it is, or save anyway.
prompt-save-as-new-file = Save as a new file…
prompt-save-anyway = Save anyway, removing the comments
prompt-recovery-title = Restore unsaved work?
prompt-recovery-body = Reform Tracker closed before this work was saved:
prompt-recovery-draft = A note being typed on { $id }: “{ $note }”
prompt-recovery-copy = “{ $title }” — { $count ->
        [one] { $count } commitment
       *[other] { $count } commitments
    }, from { $from }, copy made { $when }.
prompt-recovery-copy-untitled = “{ $title }” — { $count ->
        [one] { $count } commitment
       *[other] { $count } commitments
    }, from an untitled project, copy made { $when }.
prompt-recovery-recommendations = It also holds { $count ->
        [one] { $count } recommendation.
       *[other] { $count } recommendations.
    }
prompt-recovery-more = { $count ->
        [one] { $count } more copy
       *[other] { $count } more copies
    } will be offered next.
prompt-restore = Restore
prompt-discard = Discard
prompt-read-only-banner = Opened read-only: { $reason }. Use File > Save As… to keep a copy under a new name.
prompt-delete-title = Delete this commitment?
prompt-delete-body = Its history, evidence and notes go with it. Edit > Undo brings it back.
prompt-delete = Delete

## Messages and the type-a-path prompt

dialog-ok = OK
dialog-file-path = File path
dialog-save = Save
dialog-open = Open

## Project properties

project-properties-title = Project properties
project-title = Project title
project-title-hint = e.g. Kazakhstan: reforms of March 2022
project-description = Description
project-description-hint = What the tracker follows, and how it judges
project-as-of = Assessments current to
project-needs-title = A project needs a title.
project-title-tooltip = Click to edit the title, description and date (File → Project properties…)

## Source documents

sources-title = Source documents
sources-intro = The documents commitments come from. A commitment names its source by the id.
sources-add = Add source…
sources-close = Close
sources-none = No sources yet. Add the speech or law the commitments come from.
sources-edit = Edit
sources-edit-name = Edit source { $id }
sources-remove = Remove
sources-remove-name = Remove source { $id }
sources-link-refused = Link not opened: { $reason }
sources-cited-by-none = Not cited by any commitment
sources-cited-by-one = Cited by { $id }
sources-cited-by = Cited by { $count } commitments: { $ids }
sources-remove-title = Remove “{ $title }”?
sources-remove-body = { $count ->
        [one] 1 commitment
       *[other] Commitments
    } cite it: { $ids }. They keep the id "{ $id }", but it will no longer name a document.
sources-remove-anyway = Remove anyway
sources-keep = Keep it
sources-edit-title = Edit source
sources-new-title = New source
sources-id = Source id
sources-id-hint = short key, e.g. address-2022-03-16
sources-id-fixed = Cited by commitments, so the id stays as it is
sources-field-title = Source title
sources-field-title-hint = e.g. State of the Nation Address
sources-field-publisher = Publisher
sources-field-publisher-hint = e.g. Akorda
sources-field-date = Source date
sources-field-url = Address (URL)
sources-field-url-hint = https://… (leave empty if unknown)
sources-field-note = Source note
sources-field-note-hint = e.g. official English text
sources-save = Save source
sources-problem-no-id = Give the source a short id.
sources-problem-duplicate-id = Another source already has the id "{ $id }".
sources-problem-no-title = Give the source a title.
sources-problem-date = Date: { $error }
sources-problem-url = This address cannot be used: { $reason }.

## Status bar and summary strip

statusbar-untitled = Untitled — not saved to a file yet
statusbar-read-only = Read-only: { $reason }
statusbar-unsaved = Unsaved changes
statusbar-saved = All changes saved
summary-not-assessed-left-out = (Not assessed left out)
summary-evidence-links = { $count ->
        [one] { $count } evidence link
       *[other] { $count } evidence links
    }

## Search and filters

search-label = Search
search-hint = titles, quotes, notes, evidence (Ctrl+F)
search-clear = Clear
search-status = Status
search-any = Any
search-statuses = { $count } statuses
search-kind = Kind
search-show = Show
search-term = With term
search-actor = Actor
search-category = Category
search-tag = Tag
search-concern = Concern flagged
search-overdue = Overdue
search-no-evidence = No evidence yet
search-standing = Standing
search-standing-tooltip = In force, or replaced by a later commitment, on the date shown; a partly replaced one is both
search-sort = Sort
overdue-by = { $count ->
        [one] Overdue by { $count } day
       *[other] Overdue by { $count } days
    }
overdue-tooltip = Past its deadline and not fulfilled, as of the date shown

## File dialogs

file-dialog-open = Open project
file-dialog-save-as = Save project as
file-dialog-export-csv = Export as CSV
file-dialog-export-markdown = Export as Markdown
file-dialog-export-html = Export as HTML
file-dialog-screenshot = Save screenshot
file-dialog-filter-project = Reform Tracker project
file-dialog-filter-csv = CSV table
file-dialog-filter-markdown = Markdown
file-dialog-filter-html = Web page
file-dialog-filter-png = PNG image
file-dialog-filter-all = All files

## Messages

msg-open-failed-title = Could not open { $name }
msg-open-failed-body = Nothing was changed: the file was left as it is, and the project you had open is still open.
msg-kept-file-title = Not saved over { $name }
msg-kept-file-body = { $name } is kept as it is: { $reason }.

    Choose another name, such as “{ $copy }”. Your changes are still here, unsaved.
msg-kept-read-only = it was opened read-only ({ $reason })
msg-kept-changed-on-disk = another program changed it, and its version was kept
msg-kept-comments = it holds comments that saving would remove. To replace it anyway, use File > Save and choose “Save anyway”
msg-still-saving-title = Still saving
msg-still-saving-body = The previous save has not finished yet; try again in a moment.
msg-save-failed-title = The project was not saved
msg-save-failed-body = Your changes are still here, unsaved.
msg-no-dialog-started = No file dialog could be started.
msg-no-dialog-available = No file dialog can be shown on this system (no desktop portal or zenity was found).
msg-type-path-instead = { $reason } Type the file's path instead.
msg-recovery-failed-title = The recovered work could not be read
msg-recovery-failed-body = The recovery copy was kept at { $path }.
msg-export-saved-title = Export saved
msg-export-saved-body = { $format } written to { $path }.
msg-export-failed-title = The export was not saved
msg-screenshot-copied-title = Screenshot copied
msg-screenshot-copied-body = Paste it into your report.
msg-screenshot-saved-title = Screenshot saved
msg-screenshot-saved-body = Saved to { $path }.
msg-screenshot-failed-title = The screenshot was not saved
msg-citation-copied = Citation copied
msg-link-refused-title = This link was not opened
msg-png-encode-failed = could not encode the PNG: { $error }

## File errors (reading and saving a project), shown inside the messages above

storage-at-line = , line { $line }
storage-at-column = , column { $column }
storage-at-field = , at { $path }
storage-could-not-save = Could not save { $file }: { $happened }. { $todo }
storage-disk-full = the disk is full
storage-quota = your disk quota is used up
storage-read-only-disk = the disk holding { $folder } is read-only
storage-no-permission = the folder is read-only (no permission to write in { $folder })
storage-name-is-folder = that name is a folder, not a file
storage-path-part-is-file = part of the path { $folder } is a file, not a folder
storage-no-folder = the folder { $folder } does not exist
storage-write-refused = the system refused the write ({ $error })
storage-todo-try-again = Try again, or save it somewhere else with File → Save As…
storage-todo-free-space = Free some space and save again, or save to another disk with File → Save As…
storage-todo-choose-name = Choose a file name with File → Save As…
storage-todo-save-elsewhere = Save it somewhere else with File → Save As…
storage-current-folder = the current folder
storage-ron-eof = the file ends too early; it may have been cut off
storage-ron-too-deep = the data is nested too deeply to be a project file
storage-ron-not-utf8 = the file is not UTF-8 text
storage-ron-trailing = there is unexpected text after the end of the project
storage-ron-unknown-variant = unknown { $what } "{ $found }"; expected one of { $expected }
storage-ron-missing-field = the field "{ $field }" is missing
storage-ron-duplicate-field = the field "{ $field }" appears more than once
storage-ron-invalid-value = expected { $expected } but found { $found }
storage-ron-expected-named-struct = expected `(` to start a { $name }
storage-ron-different-name = expected a { $name } record here, but the file names it “{ $found }”
storage-ron-a-record = a { $name } record in parentheses
storage-ron-a-choice = one of the { $name } names
storage-ron-expected-struct = expected `(` to start a record
storage-ron-expected-struct-end = expected `)` to end the record
storage-ron-expected-list = expected `[` to start a list
storage-ron-expected-list-end = expected `]` to end the list
storage-ron-expected-integer = expected a whole number
storage-ron-integer-bounds = the number is too large or too small here
storage-ron-expected-string = expected text in double quotes
storage-ron-expected-string-end = the text is missing its closing quote
storage-ron-expected-boolean = expected true or false
storage-ron-expected-option = expected Some(…) or None
storage-ron-expected-comma = expected a comma
storage-ron-expected-colon = expected a colon
storage-ron-unexpected-char = unexpected character { $char }
storage-file-empty = the file is empty
storage-conflict-markers = the file holds git conflict markers (<<<<<<<): git merged it as plain text because the Reform Tracker merge driver is not set up in this clone. Run “reform-tracker git-setup” in the repository, then “git checkout -m { $file }” to merge this file again with the driver (its conflicts are then recorded in the file, to decide in the window).
storage-is-folder = this is a folder, not a project file
storage-too-large = the file is larger than { $mib } MiB, too large to be a project file
storage-not-found = the file does not exist (it may have been moved or deleted)
storage-no-read-permission = you do not have permission to read this file
storage-read-failed = the file could not be read ({ $error })
storage-not-utf8 = the file is not UTF-8 text (it may be a binary file or use another encoding)
storage-cut-off = the file ends too early; it may have been cut off ({ $message })
storage-read-back-differs = the saved text would not read back as the same project (a fault in Reform Tracker)
storage-todo-report-fault = Your file was not changed. Keep Reform Tracker open and report this problem
storage-file-read-only = the file is marked read-only
storage-todo-writable = Save it under another name with File → Save As…, or make the file writable
storage-special-file = that name is a device or other special file, not a project file
storage-link-loop = the name is a link that loops back on itself
storage-backup-failed = the previous version could not be read to keep it as a backup ({ $error })
storage-recovery-copy-failed = the recovery copy could not be made ({ $error })
storage-todo-save = Save your work with File → Save
storage-to-text-failed = the project could not be turned into text ({ $error })
storage-todo-report = Your file was not changed. Please report this problem
storage-newer-format = made by a newer version of Reform Tracker (file format { $version }; this version reads format { $current } and older). Open it with a newer Reform Tracker
storage-unknown-format = file format { $version } was never made by Reform Tracker
storage-newer-version = made by a newer version ({ $version }) of Reform Tracker
storage-unknown-fields = fields this version does not know: { $fields }
storage-unknown-fields-more = fields this version does not know: { $fields } and { $count } more

## The command line's check and format of a project file

storage-cli-summary = { $path }: { $count ->
        [one] { $count } commitment
       *[other] { $count } commitments
    } ({ $kinds }); { $statuses }; { $links ->
        [one] { $links } evidence link
       *[other] { $links } evidence links
    }
storage-cli-reforms = { $count ->
        [one] { $count } reform
       *[other] { $count } reforms
    }
storage-cli-recommendations = ; and { $count ->
        [one] { $count } recommendation
       *[other] { $count } recommendations
    } ({ $statuses })
storage-cli-partnership-offers = { $count ->
        [one] { $count } partnership offer
       *[other] { $count } partnership offers
    }
storage-cli-no-statuses = no statuses
storage-cli-read-only = ; opens read-only: { $reason }
storage-cli-conflicts = { $count ->
    [one] ; { $count } merge conflict is undecided (decide it in the window):
   *[other] ; { $count } merge conflicts are undecided (decide them in the window):
}
storage-cli-would-lose-data = { $origin }: not rewritten, it would lose data: { $reason }
storage-cli-would-lose-comments = { $origin }: not rewritten, its comments (// or /* */) would be lost; remove them first to format the file

summary-filtered-recommendations = Filter on: the figures count the { $shown } shown of { $total ->
    [one] { $total } recommendation
   *[other] { $total } recommendations
}
summary-filtered = Filter on: the figures count the { $shown } shown of { $total ->
    [one] { $total } commitment
   *[other] { $total } commitments
}

## A file git left conflict markers in.
markers-resolve = Resolve in the window
markers-side-ours = your branch (HEAD)
markers-side-theirs = the branch merged in
markers-unreadable-title = The two versions in { $name } could not be read
markers-unreadable-body = Git left both versions in the file, but one of them is not a whole project. Run reform-tracker git-setup, then git checkout -m on the file, to merge it again.
markers-resolved = { $count ->
    [0] Both versions merged, with no conflict. Save to write the file without markers.
    [one] Both versions merged; 1 conflict is left to decide. Save writes the file without markers.
   *[other] Both versions merged; { $count } conflicts are left to decide. Save writes the file without markers.
}
