# A period between two dates, what changed in it, and archived copies of evidence links.
# Glossary (keep these terms the same everywhere in this file and the others):
#   period, From, To, changes in the period, transition, share fulfilled, percentage point,
#   archived copy, archive, last export.

## Period rules and figures.
period-error-reversed = The period ends ({ $to }) before it starts ({ $from }).
period-net-line = Share fulfilled: { $before } → { $after } ({ $points } points)
period-net-line-none = Share fulfilled: { $before } → { $after } (no change in points: nothing was assessed at one end)
period-base-line = The share counts assessed commitments: { $assessed_before } at the start, { $assessed_after } at the end; fulfilled { $fulfilled_before } → { $fulfilled_after }. Newly assessed commitments move the share without any status going back.

## Archived copies of evidence links.
archive-refused-host = { $host } is not an archive: use web.archive.org, archive.today (archive.ph, archive.is) or perma.cc
archive-copy-link = archived copy

## "Changes in the period" in exports and the window.
period-incomplete = Give both dates of the period, From and To.
period-section-title = Changes in the period
period-range = From { $from } to { $to }
period-empty = Nothing changed in this period.
period-rows-shown = Showing the first { $shown } of { $total }.
period-show-more = Show { $count } more
period-change-line = { $from } → { $to }
period-status-changes = { $count ->
    [one] { $count } status change
   *[other] { $count } status changes
}
period-transitions = Transitions (status the day before the period → status at its end)
period-col-from = Before
period-col-to = After
period-col-count = Commitments
period-commitments-added = { $count ->
    [one] { $count } commitment added
   *[other] { $count } commitments added
}
period-evidence-added = { $count ->
    [one] { $count } evidence link added
   *[other] { $count } evidence links added
}
period-notes-added = { $count ->
    [one] { $count } note added
   *[other] { $count } notes added
}
period-replacements = { $count ->
    [one] { $count } commitment replaced
   *[other] { $count } commitments replaced
}

## View → Changes.
period-view-changes = Changes
period-view-changes-hint = What changed between two dates: status changes, evidence, notes and commitments added
period-choose = Choose a period: type From and To (2024-04-01, 2024-04 or 2024), or pick a quick choice.
period-from = From
period-to = To
period-date-hint = YYYY-MM-DD
period-last-month = Last month
period-last-quarter = Last quarter
period-this-year = This year
period-since-export = Since the last export
period-since-export-hint = From { $date }, the day this file was last exported, to today
period-since-export-none = Nothing has been exported from this file yet.
period-clear = Clear period
period-jump-name = Show { $id }
period-export-saved-changes = { $saved } The changes in the period are in { $path }.
period-links-summary = { $count ->
    [one] { $count } link
   *[other] { $count } links
}, { $archived } with an archived copy.
period-chart-marked = { $chart }; the period from { $from } to { $to } is marked

## The evidence editor's archived copy.
archive-field = Archived copy
archive-field-hint = https://web.archive.org/web/…
archive-cannot-use = This archived copy cannot be used: { $reason }. Leave it empty if there is none.
archive-find = Find archived copy
archive-find-name = Find archived copy of evidence { $id }
archive-save = Archive now
archive-save-name = Archive evidence { $id } now
archive-open-name = Open the archived copy of evidence { $id }
citation-evidence = Evidence: { $url } (archived copy: { $archived })
