//! The summary of a plan in words: what the CLI prints and the window shows before importing.

use crate::model::import::{Plan, ReadNote, Refusal};

/// Headline counts: "3 new, 2 updated, 1 status change, 4 rows refused, 1 warning". The
/// refused and warning counts are the lengths of the lists [`refusal_lines`] and
/// [`warning_lines`] give, so a count never disagrees with the rows listed under it.
pub fn headline(plan: &Plan) -> String {
    crate::t!(
        "import-summary",
        new = plan.new.len(),
        updated = plan.updated.len(),
        changes = plan.status_changes,
        refused = plan.refused.len(),
        warnings = plan.warnings.len()
    )
}

/// One line per thing the reader cut to stay bounded.
pub fn note_lines(plan: &Plan) -> Vec<String> {
    plan.notes
        .iter()
        .map(|n| match n {
            ReadNote::RowsCut {
                read,
                total: Some(total),
            } => crate::t!("import-note-rows-cut", read = *read, total = *total),
            ReadNote::RowsCut { read, total: None } => {
                crate::t!("import-note-rows-cut-unknown", read = *read)
            }
            ReadNote::ColumnsCut { kept } => crate::t!("import-note-columns-cut", kept = *kept),
            ReadNote::MergedFilled { ranges } => {
                crate::t!("import-note-merged", count = *ranges)
            }
            ReadNote::OnlyCommitmentsSheet => crate::t!("import-note-only-commitments"),
            ReadNote::RecommendationsAsOf { date } => {
                crate::t!("import-note-recommendations-as-of", date = date.to_string())
            }
            ReadNote::RecommendationColumnsNotMerged => {
                crate::t!("import-note-recommendation-columns")
            }
        })
        .collect()
}

fn row_lines(list: &[Refusal]) -> Vec<String> {
    list.iter()
        .map(|r| {
            crate::t!(
                "import-refused-row",
                row = r.row,
                reason = r.reason.message()
            )
        })
        .collect()
}

/// "Row 7: …" for every refused row: one line per row the headline counts as refused.
pub fn refusal_lines(plan: &Plan) -> Vec<String> {
    row_lines(&plan.refused)
}

/// "Row 7: …" for every warning on an imported row (a link left out, an unknown source).
pub fn warning_lines(plan: &Plan) -> Vec<String> {
    row_lines(&plan.warnings)
}

/// What the import adds besides items: vocabulary terms and source documents, by id.
pub fn added_lines(plan: &Plan) -> Vec<String> {
    let mut out = Vec::new();
    if !plan.new_terms.is_empty() {
        out.push(crate::t!(
            "import-new-terms-list",
            list = plan.new_terms.join(", ")
        ));
    }
    if !plan.new_sources.is_empty() {
        out.push(crate::t!(
            "import-new-sources-list",
            list = plan.new_sources.join(", ")
        ));
    }
    out
}

/// The whole summary, one line each.
pub fn lines(plan: &Plan) -> Vec<String> {
    let mut out = vec![headline(plan)];
    out.extend(added_lines(plan));
    out.extend(note_lines(plan));
    out.extend(refusal_lines(plan));
    out.extend(warning_lines(plan));
    out
}
