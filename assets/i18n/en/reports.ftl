# reports — en
# The dashboard, its charts, the exports (HTML, Markdown; CSV headers are machine keys and stay
# out of here), the citation line and the command line's messages.
# Glossary (the same terms as model.ftl, plus):
#   dashboard, headline figures, share (of assessed commitments), assessed, status scale,
#   deadline, overdue, latest evidence, progress chart, table, canonical form, export.

## Dashboard

dashboard-title = Dashboard
dashboard-as-of-asked = As the tracker stood on { $date }
dashboard-as-of-today = As of today, { $date }
dashboard-by-actor = By actor
dashboard-by-category = By category
dashboard-progress = Progress over time
dashboard-most-overdue = Most overdue
dashboard-nothing-overdue = Nothing past its deadline (only commitments with a deadline count).
dashboard-overdue-row = { $id }  { $title } — { $overdue } (deadline { $deadline })
dashboard-latest-changes = Latest status changes
dashboard-recommendations = Recommendations ({ $count })
dashboard-coverage = { $answered } of { $supported } supported recommendations are answered by at least one commitment ({ $share }).
dashboard-gone-against = { $count ->
        [one] { $count } recommendation is gone against by a commitment.
       *[other] { $count } recommendations are gone against by a commitment.
    }
dashboard-supported-status = Supported recommendations by status
dashboard-by-mechanism = By mechanism
dashboard-by-theme = By theme (an item counts under each of its themes)
dashboard-by-response = By the state's response
dashboard-unanswered = Nothing answers yet ({ $count })
dashboard-figure-commitments = { $count ->
    [one] commitment
   *[other] commitments
}
dashboard-figure-assessed = assessed
dashboard-figure-fulfilled = fulfilled
dashboard-figure-partly = partly fulfilled
dashboard-figure-fulfilled-replaced = fulfilled, since replaced
dashboard-figure-in-force = fulfilled, of those in force
dashboard-percent = { $percent }%
dashboard-shares-note = Shares are of assessed commitments; { $count } not yet assessed { $count ->
    [one] is
   *[other] are
} left out.

## Charts: what a screen reader hears, and the same numbers as a table

chart-summary = Status of { $count ->
    [one] { $count } commitment
   *[other] { $count } commitments
}: { $parts }
chart-summary-recommendations = Status of { $count ->
    [one] { $count } recommendation
   *[other] { $count } recommendations
}: { $parts }
chart-summary-part = { $count } { $status }
chart-summary-empty = No commitments yet
chart-group-summary = { $name }: { $summary }
chart-timeline-span = Progress chart from { $first } to { $last }
chart-timeline-none = Progress chart: no status changes recorded yet
chart-timeline-empty = No status changes recorded yet
chart-commitments = { $count ->
    [one] { $count } commitment
   *[other] { $count } commitments
}
chart-show-table = Show as table
chart-show-table-hint = The chart's numbers as a plain table
chart-table-status = Status
chart-table-count = Commitments
chart-table-share = Share of all
chart-table-group = Name
chart-table-by-status = By status
chart-table-date = Date

## Exports

export-format-csv = CSV (spreadsheet)
export-format-markdown = Markdown
export-format-html = HTML page
report-as-of-asked = Status as of { $date }, as the tracker stood on that date (later changes left out).
report-as-of = Status as of { $date }.
report-assessments-current-to = Assessments current to { $date }.
report-headline = Headline figures
report-commitments = Commitments
report-commitments-tracked = { $count ->
    [one] commitment
   *[other] commitments
} tracked
report-md-tracked = Commitments tracked: { $count }
report-replaced-keep = Replaced commitments keep the status they achieved.
report-bar-label = Commitments by status: { $parts }
report-replaced-heading = Replaced commitments
report-evidence-cited = Evidence: { $list }.
report-overdue = { $date } (overdue)
report-not-linked = (not linked: { $reason })
report-share = { $status }: { $count } of { $assessed } assessed ({ $percent }%)
report-no-shares = No commitment has been assessed yet, so there are no shares.
report-not-assessed-note = Shares count assessed commitments only: the { $count } not assessed yet { $count ->
    [one] is
   *[other] are
} left out (not assessed is not the same as no action).
report-scale = Status scale
report-col-id = ID
report-col-kind = Kind
report-col-actor = Actor
report-col-category = Category
report-col-title = Title
report-col-status = Status
report-col-status-date = Status date
report-col-deadline = Deadline
report-col-evidence = Evidence
report-col-latest-evidence = Latest evidence
report-col-meaning = Meaning
report-exported-from = Exported from Reform Tracker.

## Recommendations in the exports: the lines under a status, and each recommendation's details.
report-link-answers = Answers: { $ids }
report-link-answers-in-part = Answers in part: { $ids }
report-link-goes-against = Goes against: { $ids }
report-link-answered-by = Answered by: { $ids }
report-link-answered-in-part-by = Answered in part by: { $ids }
report-link-gone-against-by = Gone against by: { $ids }
report-link-nothing-answers = Nothing answers this recommendation yet
report-rec-heading = Recommendations in detail
report-rec-paragraph = paragraph { $paragraph }
report-rec-recommending = Recommended by: { $names }
report-rec-response = Response: { $position } ({ $date })
report-rec-response-undated = Response: { $position }
report-rec-no-response = No response yet
report-rec-text = Text: { $text }
report-rec-text-summary = Text (summary): { $text }
report-rec-terms = Terms: { $terms }

## The citation line

citation-line = "{ $title }" — { $status } as of { $date } ({ $project }).
citation-source = Source: { $parts }
citation-no-source = Source: not recorded.
citation-recommendation = Recommendation: { $origin }.

## Command line

cli-not-canonical = { $file }: not in canonical form
cli-rewritten = { $file }: rewritten
cli-already-canonical = { $file }: already canonical
cli-written = { $format } written to { $path }
cli-scale-range = --scale must be between 0.5 and 4
cli-screenshot-saved = Screenshot saved to { $path }
cli-no-screenshot = No screenshot: { $error }
cli-conflicts-marked = { $count ->
    [one] Note: { $count } merge conflict is undecided; the output marks its values as undecided.
   *[other] Note: { $count } merge conflicts are undecided; the output marks their values as undecided.
}
cli-no-window = reform-tracker: could not open the window: { $error }
cli-unknown-format = unknown format "{ $name }": use csv, markdown, html or xlsx
cli-bad-size = "{ $text }" is not a size: write WIDTHxHEIGHT, e.g. 1600x1000
cli-bad-lang = "{ $code }" is not a language of this app: use en, ru or kk
cli-assets-written = Manual pages and shell completions written to { $folder }
cli-assets-not-written = Could not write the manual pages and shell completions to { $folder }: { $error }

## Undecided merge conflicts in an export (export --allow-conflicts).
report-undecided = (undecided: ours { $ours } / theirs { $theirs })
report-undecided-heading = Undecided merge conflicts
report-undecided-intro = A merge left these values undecided. Cells marked “undecided” show both sides; the figures count our side until the conflicts are decided.

## The website (reform-tracker site).
site-cancelled = Publishing the website was cancelled; nothing was written.
site-feed = Changes (Atom feed)
site-feed-new = New: { $id } { $title }
site-skip = Skip to the content
site-nav = Site
site-home = Home
site-years = Changes by year
site-year = Changes in { $year }
site-languages = Languages
site-generated = Made with Reform Tracker { $version } from the project file with hash { $hash }.
site-wayback = look up in the Wayback Machine
site-address-withheld = (address not published)
site-filter-status = Status: { $status }
site-items-count = { $count ->
    [one] { $count } item
   *[other] { $count } items
}
site-recommendations-apart = Recommendations are what a government was asked to do, not what it promised: they are counted apart from the commitments above.
site-no-changes = No dated changes yet.
site-all-items = All items
site-search = Search the list:
site-filters = Filters
site-by-status = By status
site-by-kind = By kind
site-filter-category = Category: { $category }
site-by-category = By category
site-by-term = By term
site-responsible = Responsible
site-committed = Committed on
site-source = Source
site-parent = Serves
site-children = Served by
site-tags = Tags
site-history = History
site-no-history = No status change recorded yet.
site-cite = Cite this item
site-left-address = { $item }: the address of evidence { $evidence } (not a web link the window would open)
site-left-source-address = source document { $source }: its address (not a web link the window would open)
site-left-item = { $item }: the whole item (marked internal)
site-left-evidence = { $item }: evidence { $evidence } (marked internal), and where status changes cite it
site-left-notes = { $item }: { $count ->
    [one] { $count } note
   *[other] { $count } notes
} not marked public
cli-site-written = Website written to { $path }: { $count } files, { $size } KB.
cli-site-nothing-left-out = Nothing was left out: no item, evidence or note is marked internal.
cli-site-left-out = Left out of the website ({ $count }):
cli-site-not-ours = { $path } already holds files that an earlier run of this command did not write; nothing was written. Choose an empty or new folder.
cli-site-unwritable = Could not write { $path }: { $error }
cli-site-notes-left-out = Notes are internal unless marked public: { $count ->
    [one] { $count } note
   *[other] { $count } notes
} of { $items ->
    [one] { $items } item left out.
   *[other] { $items } items left out.
}
action-publish-site = Publish website…
action-publish-site-hint = Writes the tracker as a static website into a folder, as of the date shown; what is marked internal is left out
file-dialog-publish = Choose a folder for the website
dialog-publish = Publish
publish-publishing = Publishing the website to { $path }…
publish-progress-pages = { $done } of { $total } pages
publish-cancel = Cancel publishing
publish-done-title = Website published
publish-failed-title = The website was not published
publish-folder-not-ours = The folder { $path } already holds other files, so the website was not written there and nothing in it was changed. Choose an empty folder, a new one, or a folder this app published a website to before.
publish-more-left-out = …and { $count } more (the command reform-tracker site lists them all).
publish-stopped = Publishing stopped unexpectedly; the folder may hold part of the website.
publish-undecided = The project holds undecided merge conflicts ({ $count }: { $places }): their values are not settled, and the website would state one side as fact. Decide them first under “Resolve conflicts…”, then publish.
