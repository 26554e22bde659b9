# The checklist and the editor of one commitment: fields, status, history, evidence, notes,
# replacement.
# Glossary: see model.ftl (commitment, status, evidence link, history, note, source document,
# replaced, in force); also: checklist, editor, field, record (a change), mark (as replaced).

## The checklist.
checklist-heading = Commitments
checklist-heading-items = Items
checklist-shown-of = { $shown } of { $total }
checklist-empty = No commitments yet.
checklist-empty-hint = Add one with Edit → Add reform or Edit → Add partnership offer, or here:
checklist-add-reform = Add a reform
checklist-add-partnership-offer = Add a partnership offer
checklist-add-recommendation = Add a recommendation
checklist-links = { $count ->
    [one] { $count } link
   *[other] { $count } links
}
checklist-flagged = Flagged: concern or backsliding
legend-title = Colours:
legend-overdue = red: overdue
legend-concern = purple: concern flagged

## The editor's fields.
editor-select-hint = Select a commitment in the checklist to see and edit it.
editor-hidden-by-filter = Not in the list: the search or filters hide this commitment.
checklist-no-match = No commitment matches the search and filters.
checklist-overdue-short = { $days } d late
editor-copy-citation = Copy citation
editor-copy-citation-hover = One line with title, status, date and source, ready to paste
editor-id = Id
editor-id-hover = The id never changes, so exports and links stay valid.
editor-kind = Kind
editor-title = Title
editor-title-hint = Short title
editor-quote = Quote or summary
editor-actor = Who committed
editor-actor-hint = e.g. President Tokayev
editor-actor-recommendation = Made by
editor-actor-recommendation-hint = e.g. OSCE/ODIHR, UN Universal Periodic Review
editor-date-committed = Date committed
editor-category = Category
editor-category-hint = e.g. Parliament
editor-responsible = Responsible body
editor-responsible-hint = Who must deliver it
editor-deadline = Deadline
editor-tags = Tags
editor-tags-hint = comma, separated
editor-importance = Importance
editor-importance-minor = 1 minor
editor-importance-notable = 2 notable
editor-importance-major = 3 major
editor-concern-flag = Flag a concern or backsliding
editor-part-of = Part of
editor-not-in-project = { $id } (not in this project)
editor-none = — (none)
editor-source = Source

## Report mode: the selected commitment, read-only.
detail-view-select-hint = Select a commitment to show it here.
detail-view-committed = committed { $date }
detail-view-deadline = deadline { $date }
detail-view-source = Source: { $title }, { $publisher }
detail-view-evidence = Evidence ({ $count })
detail-view-notes = Notes

## Status and history.
editor-status-chip = Status: { $status }
editor-history-status = Status
editor-history-change-status = Change status…
editor-history-cancel = Cancel status change
editor-history-heading = History ({ $count })
editor-history-empty = No status change recorded yet.
editor-history-to = to
editor-history-evidence = evidence #{ $id }
editor-history-evidence-refused = evidence #{ $id } (refused address)
editor-history-evidence-removed = evidence #{ $id } (removed)
editor-history-evidence-list = Evidence: { $list }
editor-history-new-status = New status
editor-history-date = Date of change
editor-history-date-hint = YYYY-MM-DD
editor-history-why = Why (note)
editor-history-why-hint = What happened, and where it is documented
editor-history-rests-on = Rests on
editor-history-no-evidence = No evidence links yet: add one below first.
editor-history-tip = Tip: a status change is worth most with dated evidence behind it.
editor-history-record = Record status change
editor-history-pick-other = Pick a status different from the current one.

## Evidence links.
editor-evidence-heading = Evidence ({ $count })
editor-evidence-edit = Edit
editor-evidence-edit-name = Edit evidence { $id }
editor-evidence-remove = Remove
editor-evidence-remove-name = Remove evidence { $id }
editor-evidence-add-open = Add evidence link…
editor-evidence-new = New evidence link
editor-evidence-add = Add evidence
editor-evidence-cancel = Cancel
editor-evidence-save = Save evidence
editor-evidence-cannot-use = This address cannot be used: { $reason }. Leave it empty to record the evidence as text.
editor-evidence-refused = Refused: { $reason }. Not opened, not counted, not offered as a basis.
editor-evidence-no-address = No web address recorded.
editor-evidence-link-title = Link title
editor-evidence-link-title-hint = What the page is
editor-evidence-address = Web address
editor-evidence-address-hint = https://…
editor-evidence-publisher = Publisher
editor-evidence-publisher-hint = e.g. astanatimes.com
editor-evidence-published = Published
editor-evidence-note = Evidence note
editor-evidence-note-hint = What it shows
editor-evidence-confidence = Confidence

## Notes.
editor-notes-heading = Notes ({ $count })
editor-notes-delete = Delete note
editor-notes-empty = No notes yet.
editor-notes-new = New note
editor-notes-new-hint = Write a note; it is dated today unless you give a date below
editor-notes-add = Add note
editor-notes-date = Dated
editor-notes-date-hint = today
editor-notes-future = A note cannot be dated after today.

## Replacement: the section, the form, the mark.
replacement-heading = Replacement
replacement-not-yet = Not replaced as of { $date }. Later: { $mark }.
replacement-go-to = Go to:
replacement-later = As of { $date } it replaces nothing yet; later it replaces { $ids }.
replacement-by-label = Replaced by:
replacement-evidence = Evidence:
replacement-in-force = In force: no later commitment replaces it, and it replaces none.
replacement-change = Change replacement…
replacement-mark-open = Mark as replaced…
replacement-mark-hover = Record that a later reform replaced it; the status stays
replacement-remove = Remove replacement mark
replacement-cancel = Cancel replacement
replacement-on = Replaced on
replacement-by = Replaced by (ids)
replacement-by-hint = e.g. K1, K2; empty if not tracked here
replacement-how-much = How much
replacement-wholly = Wholly
replacement-in-part = In part
replacement-note = Replacement note
replacement-note-hint = What replaced it, citing the dated evidence
replacement-stays = The status and its history stay as they are: the replacement is its own dated fact.
replacement-record = Record replacement
replacement-none-named = No tracked commitment named.
replacement-not-in-project = { $id }: not in this project
replacement-stale = { $name } (cannot be opened: untick it)
replacement-no-evidence = No evidence link with a web address yet: add one below first.
replacement-left-out = { $count ->
    [one] { $count } link without a web address that can be opened is not offered.
   *[other] { $count } links without a web address that can be opened are not offered.
}

## Recommendations in the editor.
rec-details-heading = Recommendation
rec-mechanism = Mechanism
rec-paragraph = Paragraph
rec-paragraph-hint = e.g. 123.45
rec-cycle = Cycle or session
rec-cycle-hint = e.g. UPR 4th cycle
rec-recommending = Recommended by
rec-recommending-hint = States or body, separated by commas
rec-language = Language of the text
rec-language-hint = en, ru, kk…
rec-summary = The text is a summary, not the recommendation's own words
rec-response = State's response
rec-response-none = No response yet
rec-response-date = Response date
rec-response-note = Response note
rec-response-note-hint = Where the response was given
rec-answered-heading = Commitments linked ({ $count })
rec-nothing-answers = Nothing answers this recommendation yet.
rec-links-heading = Recommendations ({ $count })
rec-links-empty = Linked to no recommendation.
rec-link-remove = Remove
rec-link-remove-named = Remove the link to { $id }
rec-link-relation = How
rec-link-date = Link date
rec-link-note = Why
rec-link-note-hint = What shows it, citing the evidence
rec-link-needs-note = Say why, with its evidence: going against a recommendation is a finding.
rec-link-add = Link to
rec-link-choose = Choose a recommendation…
rec-term-add = Add…
rec-term-remove-named = Remove { $term } from this item

## The vocabularies dialog.
vocab-title = Vocabularies
vocab-intro = Terms items are tagged with. Items keep a term's id, so a new label shows everywhere at once.
vocab-none = No terms yet.
vocab-add = Add a term
vocab-close = Close
vocab-used-by = { $count ->
        [one] used by { $count } item
       *[other] used by { $count } items
    }
vocab-edit = Edit
vocab-edit-name = Edit term { $id }
vocab-remove = Remove
vocab-remove-name = Remove term { $id }
vocab-remove-title = Remove “{ $term }”?
vocab-remove-body = { $count ->
        [one] { $ids } is tagged with it. Removing the term takes it off that item.
       *[other] { $count } items are tagged with it: { $ids }. Removing the term takes it off them all.
    }
vocab-remove-anyway = Remove the term
vocab-keep = Keep it
vocab-edit-title = Edit the term
vocab-new-title = New term
vocab-id = Id
vocab-id-hint = e.g. theme-elections
vocab-vocabulary = Vocabulary
vocab-label-en = Label in English
vocab-label-ru = Label in Russian
vocab-label-kk = Label in Kazakh
vocab-id-missing = Give the term an id.
vocab-id-taken = Another term already has the id { $id }.
vocab-label-missing = Give the term an English label.
vocab-save = Save the term
vocab-cancel = Cancel
batch-heading = { $count ->
    [one] { $count } item selected
   *[other] { $count } items selected
}
batch-hint = Each button below changes every selected item at once; one Undo takes it back.
batch-terms-heading = Vocabulary terms
batch-term = Term
batch-term-none = Choose a term
batch-term-option = { $vocabulary }: { $term }
batch-term-add = Add to all
batch-term-remove = Remove from all
batch-no-terms = The project has no vocabulary terms yet.
batch-status-heading = Status
batch-status = New status
batch-date = Date
batch-note = Why
batch-note-hint = The same note goes into each item's history
batch-evidence-url = Evidence address
batch-evidence-url-hint = Optional: added to each item as the basis of the change
batch-evidence-title = Evidence title
batch-status-apply = Record for all
batch-concern-heading = Concern
batch-concern-flag = Flag a concern on all
batch-concern-clear = Clear the concern flag on all
batch-link-heading = Link to a recommendation
batch-recommendation = Recommendation
batch-recommendation-none = Choose a recommendation
batch-relation = Relation
batch-link-apply = Link all
batch-no-recommendations = The project has no recommendations yet.
batch-recommendations-skipped = { $count ->
    [one] { $count } recommendation in the selection is skipped: only commitments are linked.
   *[other] { $count } recommendations in the selection are skipped: only commitments are linked.
}
batch-clear = Clear selection
batch-term-added = { $count ->
    [one] { $term } added to { $count } item
   *[other] { $term } added to { $count } items
}
batch-term-removed = { $count ->
    [one] { $term } removed from { $count } item
   *[other] { $term } removed from { $count } items
}
batch-status-set = { $count ->
    [one] Status set to { $status } for { $count } item.
   *[other] Status set to { $status } for { $count } items.
}
batch-status-had-it = { $count ->
    [one] { $count } already had it.
   *[other] { $count } already had it.
}
batch-concern-set = { $count ->
    [one] Concern flagged on { $count } item
   *[other] Concern flagged on { $count } items
}
batch-concern-cleared = { $count ->
    [one] Concern flag cleared on { $count } item
   *[other] Concern flag cleared on { $count } items
}
batch-linked = { $count ->
    [one] { $count } commitment linked to { $recommendation }.
   *[other] { $count } commitments linked to { $recommendation }.
}
batch-skipped = { $count ->
    [one] { $count } recommendation skipped.
   *[other] { $count } recommendations skipped.
}
editor-internal = Internal: leave out of the published website
editor-evidence-internal = Internal link: leave out of the published website
editor-note-public = Public: publish this note on the website
