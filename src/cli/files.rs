//! What the command line's `validate` and `fmt` print: one line per file.

use std::path::Path;

use crate::model::references::{RecommendationWarning, recommendation_warnings};
use crate::model::summary::Summary;
use crate::model::{Kind, Status};
use crate::storage::save_file;
use crate::storage::to_ron_string;
use crate::storage::{decode, load_file, parse_project, read_capped};

/// "Fulfilled 19, In progress 8": largest first, ties in the order of the scale.
fn status_counts(summary: &Summary) -> String {
    let mut statuses: Vec<Status> = Status::ALL
        .into_iter()
        .filter(|&s| summary.count(s) > 0)
        .collect();
    statuses.sort_by_key(|&s| (std::cmp::Reverse(summary.count(s)), s.index()));
    if statuses.is_empty() {
        return crate::t!("storage-cli-no-statuses");
    }
    statuses
        .iter()
        .map(|&s| format!("{} {}", s.label(), summary.count(s)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// For a good file, one line of counts; for a bad one, the error with line and column; for one
/// that holds undecided merge conflicts, the counts and then one line per conflict, as an error.
pub fn validate_line(path: &Path) -> Result<String, String> {
    let loaded = load_file(path).map_err(|e| e.to_string())?;
    let cs = &loaded.project.commitments;
    // Commitments first; recommendations, which are not promises, are counted after them.
    let kinds: Vec<String> = [Kind::Reform, Kind::PartnershipOffer]
        .iter()
        .map(|&k| {
            let n = cs.iter().filter(|c| c.kind == k).count();
            match k {
                Kind::PartnershipOffer => crate::t!("storage-cli-partnership-offers", count = n),
                _ => crate::t!("storage-cli-reforms", count = n),
            }
        })
        .collect();
    let summary = Summary::of_commitments(cs, None);
    let recommendations = Summary::of_recommendations(cs, None);
    let mut line = crate::t!(
        "storage-cli-summary",
        path = path.display().to_string(),
        count = summary.total(),
        kinds = kinds.join(", "),
        statuses = status_counts(&summary),
        links = summary.evidence_links + recommendations.evidence_links,
    );
    if recommendations.total() > 0 {
        line.push_str(&crate::t!(
            "storage-cli-recommendations",
            count = recommendations.total(),
            statuses = status_counts(&recommendations)
        ));
    }
    if let Some(reason) = &loaded.read_only {
        line.push_str(&crate::t!(
            "storage-cli-read-only",
            reason = reason.as_str()
        ));
    }
    // A warning, not a failure: the file loads and every other figure holds.
    let mut warnings = String::new();
    for (commitment, source) in crate::model::references::unknown_sources(&loaded.project) {
        warnings.push('\n');
        warnings.push_str(&crate::t!(
            "validate-unknown-source",
            commitment = commitment,
            source = source
        ));
    }
    for warning in recommendation_warnings(&loaded.project) {
        warnings.push('\n');
        warnings.push_str(&match warning {
            RecommendationWarning::UnknownRecommendation { commitment, id } => {
                crate::t!("validate-link-unknown", commitment = commitment, id = id)
            }
            RecommendationWarning::AgainstWithoutNote { commitment, id } => {
                crate::t!("validate-link-no-note", commitment = commitment, id = id)
            }
            RecommendationWarning::NoDetails { id } => {
                crate::t!("validate-recommendation-no-details", id = id)
            }
            RecommendationWarning::UnknownTerm { item, term } => {
                crate::t!("validate-unknown-term", item = item, term = term)
            }
        });
    }
    let conflicts = &loaded.project.conflicts;
    if !conflicts.is_empty() {
        // A merge not yet decided is not a finished file: a CI check must fail on it.
        line.push_str(&crate::t!("storage-cli-conflicts", count = conflicts.len()));
        for c in conflicts {
            line.push_str("\n  ");
            line.push_str(&c.summary());
        }
        line.push_str(&warnings);
        return Err(line);
    }
    line.push_str(&warnings);
    Ok(line)
}

/// Rewrites a file in canonical form through `save_file`; with `check_only`, only reports
/// whether it would change. Files that open read-only, or hold comments, are refused:
/// rewriting would drop data.
pub fn fmt_file(path: &Path, check_only: bool) -> Result<bool, String> {
    let origin = path.display().to_string();
    let (bytes, _) = read_capped(path, &origin).map_err(|e| e.to_string())?;
    let text = decode(&bytes, &origin).map_err(|e| e.to_string())?;
    let loaded = parse_project(text, &origin).map_err(|e| e.to_string())?;
    if let Some(reason) = &loaded.read_only {
        return Err(crate::t!(
            "storage-cli-would-lose-data",
            origin = origin.as_str(),
            reason = reason.as_str()
        ));
    }
    let canonical = to_ron_string(&loaded.project).map_err(|e| e.to_string())?;
    // Raw bytes: a byte-order mark or CRLF line ends are not canonical either.
    let changed = bytes != canonical.as_bytes();
    if changed && !check_only && loaded.comments {
        return Err(crate::t!(
            "storage-cli-would-lose-comments",
            origin = origin.as_str()
        ));
    }
    if changed && !check_only {
        save_file(path, &loaded.project).map_err(|e| e.to_string())?;
    }
    Ok(changed)
}
