# Teams on git: merging two versions of a tracker, deciding conflicts, comparing versions.
# Glossary (keep these terms the same everywhere in this file):
#   conflict (two edits that contradict each other), ours / theirs (the two sides of a merge),
#   keep, draft (a saved file that still holds undecided conflicts), compare, change.

## Fields, as a conflict or a change names them.
merge-field-project-title = Project title
merge-field-project-description = Project description
merge-field-project-as-of = Assessed as of
merge-field-source = Source document { $id }
merge-field-commitment = Whole commitment
merge-field-kind = Kind
merge-field-actor = Actor
merge-field-parent = Part of
merge-field-title = Title
merge-field-quote = Quote
merge-field-source-id = Source
merge-field-date-committed = Date committed
merge-field-category = Category
merge-field-responsible = Responsible
merge-field-deadline = Deadline
merge-field-status = Status
merge-field-replaced = Replacement
merge-field-tags = Tags
merge-field-importance = Importance
merge-field-concern = Concern flag
merge-field-internal = Kept off the website
merge-field-evidence = Evidence link #{ $id }
merge-field-status-change = Status change
merge-field-note = Note

## Values in words.
merge-value-empty = (empty)
merge-value-yes = yes
merge-value-no = no
merge-value-not-replaced = not replaced
merge-value-replacement = replaced on { $date } by { $by }: { $note }
merge-value-commitment = “{ $title }”, { $status }
merge-value-source = “{ $title }” { $url }
merge-value-evidence = “{ $title }” { $url }
merge-value-change = { $date }: { $from } → { $to }. { $note }
merge-value-note = { $date }: { $text }
merge-field-recommendation = Recommendation details
merge-field-link = Link to { $id }
merge-field-term = Term { $id }
merge-value-recommendation = { $mechanism } { $paragraph }: { $response }
merge-value-link = { $relation } { $id }: { $note }

## Changes between two versions, as sentences (reform-tracker diff, File → Compare with…).
merge-diff-none = No changes.
merge-diff-project = The project “{ $title }”
merge-diff-commitment = { $id } “{ $title }”
merge-diff-link = link #{ $id } “{ $title }” { $url }
merge-diff-added = Added.
merge-diff-removed = Removed.
merge-diff-status = Status changed from { $from } to { $to } on { $date }.
merge-diff-because = { " " }Note: { $note }
merge-diff-citing = { " " }Evidence: { $links }.
merge-diff-evidence-added = Evidence added: { $link }.
merge-diff-evidence-removed = Evidence removed: { $link }.
merge-diff-evidence-edited = Evidence edited: { $link }.
merge-diff-note-added = Note added ({ $date }): { $text }
merge-diff-note-removed = Note removed ({ $date }): { $text }
merge-diff-edited = { $field } changed from “{ $old }” to “{ $new }”.
merge-diff-source-added = Source document { $id } added: “{ $title }”.
merge-diff-source-removed = Source document { $id } removed: “{ $title }”.
merge-diff-source-edited = Source document { $id } edited: “{ $title }”.
merge-diff-rec-link-added = Link to recommendation { $id } added ({ $relation }).
merge-diff-rec-link-removed = Link to recommendation { $id } removed ({ $relation }).
merge-diff-rec-link-edited = Link to recommendation { $id } changed: { $details }.
merge-diff-term-added = Term added: { $term }.
merge-diff-term-removed = Term removed: { $term }.
merge-diff-recommendation-added = Recommendation details added: { $details }.
merge-diff-recommendation-removed = Recommendation details removed.
merge-diff-recommendation-edited = Recommendation details changed: { $details }.
merge-diff-vocabulary-added = Vocabulary term { $id } added: { $term }.
merge-diff-vocabulary-removed = Vocabulary term { $id } removed: { $term }.
merge-diff-vocabulary-edited = Vocabulary term { $id } edited: { $term }.
merge-diff-detail = { $detail } from “{ $old }” to “{ $new }”
merge-detail-relation = relation
merge-detail-date = date
merge-detail-note = note
merge-detail-evidence = evidence
merge-detail-mechanism = mechanism
merge-detail-paragraph = paragraph
merge-detail-cycle = cycle
merge-detail-recommending = recommended by
merge-detail-language = language
merge-detail-summary = text is a summary
merge-detail-response = response
merge-show-source = Source document { $id }: “{ $title }” { $url }
merge-show-note = { "  " }Note ({ $date }): { $text }
merge-show-term = Vocabulary term { $id }: { $term }
merge-show-terms = { "  " }Terms: { $terms }
merge-show-link = { "  " }Link to recommendation { $id }: { $relation }. { $note }
merge-show-conflict = Undecided conflict in { $id } { $field }: ours “{ $ours }”, theirs “{ $theirs }”

## The merge command and git-setup.
merge-cli-clean = Merged cleanly into { $file }.
merge-cli-conflicts = { $count ->
    [one] { $file }: { $count } conflict is recorded in the file. Open it in Reform Tracker to decide it.
   *[other] { $file }: { $count } conflicts are recorded in the file. Open it in Reform Tracker to decide them.
}
merge-cli-refused = Not merged, nothing was written: { $reason }
merge-side-ours = ours
merge-side-theirs = theirs
merge-side-base = common ancestor
merge-setup-not-repo = { $path } is not in a git repository. Run git-setup inside the repository, or name it: reform-tracker git-setup PATH
merge-setup-no-exe = Could not find where this program is installed: { $error }
merge-setup-failed = Git setup failed: { $error }
merge-setup-attributes-added = Added “{ $line }” to { $file }.
merge-setup-attributes-present = { $file } already has “{ $line }”.
merge-setup-driver-name = Reform Tracker project merge
merge-setup-configured = Set { $key } = { $value }
merge-setup-done = Done. Commit .gitattributes so your colleagues get it too; each of them runs git-setup once.

## Deciding conflicts in the window.
merge-banner = { $count ->
    [one] A merge left { $count } conflict in this tracker: decide it before saving.
   *[other] A merge left { $count } conflicts in this tracker: decide them before saving.
}
merge-banner-show = Resolve conflicts…
merge-window-title = Merge conflicts
merge-conflict-where = { $id }: { $field }
merge-conflict-where-project = { $field }
merge-ours-heading = Ours: { $from }
merge-theirs-heading = Theirs: { $from }
merge-keep-ours = Keep ours
merge-keep-theirs = Keep theirs
merge-edit = Edit…
merge-edit-label = Merged text
merge-use-edited = Use this text
merge-save-draft = Save as draft
merge-save-draft-hint = Saves the file with the undecided conflicts kept in it, to decide later.
merge-none-left = All conflicts are decided. Save to write the merged tracker.
merge-close = Close
merge-save-refused-title = Conflicts are not decided yet
merge-save-refused-body = { $count ->
    [one] { $count } merge conflict is still undecided. Decide it under “Resolve conflicts…”, or choose “Save as draft” there to keep it in the file for later.
   *[other] { $count } merge conflicts are still undecided. Decide them under “Resolve conflicts…”, or choose “Save as draft” there to keep them in the file for later.
}

## Comparing with another version.
merge-action-compare = Compare with…
merge-action-compare-hint = Lists what changed between another version of this tracker and this one
merge-dialog-compare = Compare with
merge-compare-title = Changes from { $name } to this tracker
merge-compare-failed-title = Could not compare with { $name }
merge-compare-reading = Reading { $path } to compare…

## The history entry a decision on two status changes of one day adds, attributed to the merge.
merge-decision-kept-ours = Merge decision: kept ours ({ $from }): { $status }.
merge-decision-kept-theirs = Merge decision: kept theirs ({ $from }): { $status }.
merge-decision-other = Merge decision: { $status }, in place of ours ({ $ours }) and theirs ({ $theirs }).

## Undecided conflicts on the command line (validate, export, screenshot).
merge-undecided-line = { $place }: ours “{ $ours }”, theirs “{ $theirs }”
merge-undecided-refused = { $count ->
    [one] { $file } holds { $count } undecided merge conflict ({ $places }): its value is not settled, and a report would state one side as fact. Decide it in the window (Resolve conflicts…), or add --allow-conflicts to go on with the undecided values marked.
   *[other] { $file } holds { $count } undecided merge conflicts ({ $places }): their values are not settled, and a report would state one side as fact. Decide them in the window (Resolve conflicts…), or add --allow-conflicts to go on with the undecided values marked.
}
