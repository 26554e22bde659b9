# Words of the domain: statuses, kinds, confidence marks, and counted things.
# Glossary (keep these terms the same everywhere in this file and the others):
#   commitment, status, evidence link, history, note, source document, replaced, in force,
#   Not assessed, No action, In progress, Stalled, Partially fulfilled, Fulfilled, Not fulfilled.

#   overdue, replacement mark, refused link (an address that is never opened).

## The status scale: labels (the file keeps stable identifiers; only these change).
status-not-assessed = Not assessed
status-no-action = No action
status-in-progress = In progress
status-stalled = Stalled
status-partially-fulfilled = Partially fulfilled
status-fulfilled = Fulfilled
status-not-fulfilled = Not fulfilled

## What each status means, shown beside it and in every export.
status-def-not-assessed = Nobody has reviewed it yet. Left out of the share-fulfilled figures.
status-def-no-action = Reviewed: nothing beyond the statement.
status-def-in-progress = A concrete step exists: draft law, decree, working group, budget line.
status-def-stalled = No documented step for six months or more, or blocked.
status-def-partially-fulfilled = A real result, but substantially less than promised, or in law but not in practice.
status-def-fulfilled = In force and operating as promised.
status-def-not-fulfilled = Abandoned, reversed, or the deadline passed with no result.

## Kinds of commitment, and how sure a piece of evidence is.
kind-reform = Reform
kind-partnership-offer = Partnership offer
kind-reforms = Reforms
kind-partnership-offers = Partnership offers
kind-recommendation = Recommendation
kind-recommendations = Recommendations
mechanism-upr = UPR
mechanism-treaty-body = Treaty body
mechanism-special-procedure = Special procedure
mechanism-odihr = OSCE/ODIHR
mechanism-venice-commission = Venice Commission
mechanism-other = Other
position-supported = Supported
position-supported-in-part = Supported in part
position-noted = Noted
relation-answers = Answers
relation-answers-in-part = Answers in part
relation-goes-against = Goes against
relation-answered-by = Answered by
relation-answered-in-part-by = Answered in part by
relation-gone-against-by = Gone against by
vocabulary-theme = Theme
vocabulary-affected-group = Affected group
vocabulary-sdg-target = SDG target
vocabulary-lead-institution = Lead institution
confidence-seen = Seen in source
confidence-secondary = Secondary source
confidence-unverified = Unverified

## The "In force / Replaced" filter and the sort orders.
standing-in-force = In force
standing-replaced = Replaced
standing-def-in-force = Not replaced, or replaced only in part
standing-def-replaced = Replaced, wholly or in part
sort-outline = Grouped
sort-status = Status
sort-deadline = Deadline
sort-last-change = Last change
sort-importance = Importance
sort-mechanism = Grouped by mechanism
sort-cycle = Grouped by cycle
sort-response = Grouped by response
sort-theme = Grouped by theme
group-none = Without one
group-no-response = No response yet
show-both = Both
show-commitments = Commitments
show-recommendations = Recommendations


## Headline figures. $percent is already rounded.
summary-fulfilled = Fulfilled: { $count } of { $assessed } assessed ({ $percent }%)
summary-fulfilled-none = Fulfilled: nothing assessed yet
summary-replaced = { $count ->
    [one] { $count } fulfilled commitment has since been replaced
   *[other] { $count } fulfilled commitments have since been replaced
}
summary-replaced-one-in-part = 1 fulfilled commitment has since been replaced, in part
summary-replaced-some-in-part = { $count } fulfilled commitments have since been replaced ({ $part } of them in part)
summary-in-force = In force: fulfilled { $count } of { $assessed } assessed ({ $percent }%)
summary-in-force-none = In force: nothing assessed
dashboard-no-category = (no category)
dashboard-no-actor = (no actor)
outline-uncategorized = Uncategorized

## Replaced commitments. $partial is yes or no; $precision is day, month or year.
replacement-word = { $partial ->
    [yes] Partly replaced
   *[no] Replaced
}
replacement-mark = { $partial ->
    [yes] Partly replaced
   *[no] Replaced
} { $precision ->
    [day] on
   *[other] in
} { $date }
replacement-mark-by = { $partial ->
    [yes] Partly replaced
   *[no] Replaced
} { $precision ->
    [day] on
   *[other] in
} { $date } by { $ids }
replacement-caveat = The status is what was achieved. { $mark }: { $partial ->
    [yes] the part not replaced stays in force
   *[no] it is no longer in force
}.
replacement-replaces = Replaces { $ids }
replacement-replaces-in-part = Replaces in part { $ids }
replacement-replaces-both = Replaces { $ids }; in part { $part }
replacement-error-gone = That commitment is no longer in the project.
replacement-error-before = The date is before { $id } was committed to ({ $date }).
replacement-error-self = { $id } cannot replace itself.
replacement-error-unknown = There is no commitment { $id } in this project. Give the ids of tracked commitments, or leave the field empty and name what replaced it in the note.
replacement-error-mutual = { $id } is itself marked as replaced by { $other }: two commitments cannot replace each other.
replacement-error-evidence = Evidence #{ $evidence } is not a link of { $id } with a web address that can be opened.
replacement-error-note = Write a note: what replaced it, citing the evidence.

## Why a link is shown as text and never opened.
link-refused-empty = no address given
link-refused-too-long = the address is too long to be a real link
link-refused-spaces = the address contains spaces or control characters
link-refused-no-scheme = not a web address (no http:// or https://); it may be a file path
link-refused-invalid = not a valid web address ({ $error })
link-refused-no-host = the web address has no host
link-refused-user = the address hides a user name before the host (user@host), a common phishing trick
link-refused-mail = the e-mail link has no address
link-refused-script = script links are never opened
link-refused-file = links to local files are never opened
link-refused-data = data links are never opened
link-refused-windows = looks like a Windows file path, not a web address
link-refused-scheme = "{ $scheme }:" links are not opened; only http, https and mailto

## A date that cannot be read.
date-error = "{ $text }" is not a date: write YYYY-MM-DD, YYYY-MM or YYYY
