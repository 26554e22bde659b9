//! Markdown export: headline figures, the status scale and one table per kind.

use std::fmt::Write as _;

use crate::model::links::{LinkCheck, check_link};
use crate::model::summary::Summary;
use crate::model::{Date, Evidence, Kind, Project, Status};
use crate::report::replacement_words::replaced_line;

use super::recommendation_words::{detail_lines, link_lines, recommendations};
use super::undecided::{Column, Undecided};
use super::{
    Backlinks, Row, figures_date, not_assessed_note, replaced_figures, replacement_lines, row,
    shares_line,
};

pub fn to_markdown(project: &Project, as_of: Option<Date>) -> String {
    to_markdown_with(project, as_of, None)
}

/// The export, with a "Changes in the period" section after the headline when a period is given.
pub fn to_markdown_with(
    project: &Project,
    as_of: Option<Date>,
    period: Option<crate::model::period::Period>,
) -> String {
    let mut out = String::new();
    let summary = Summary::of_commitments(&project.commitments, as_of);
    let stated = figures_date(as_of);
    let back = Backlinks::of(project);

    // `write!` into a String cannot fail, hence the ignored results.
    let undecided = Undecided::of(project);
    let title = undecided
        .project_title()
        .unwrap_or_else(|| project.title.clone())
        .replace(['\r', '\n'], " ");
    let _ = writeln!(out, "# {}\n", inline(&title));
    let _ = writeln!(out, "{}\n", dated_line(project, as_of, stated));
    if !undecided.is_empty() {
        let _ = writeln!(out, "## {}\n", crate::t!("report-undecided-heading"));
        let _ = writeln!(out, "{}\n", crate::t!("report-undecided-intro"));
        for line in undecided.lines() {
            let _ = writeln!(out, "- {}", cell(&line));
        }
        out.push('\n');
    }
    if !project.description.trim().is_empty() {
        let _ = writeln!(out, "{}\n", inline(&project.description));
    }

    let _ = writeln!(out, "## {}\n", crate::t!("report-headline"));
    let _ = writeln!(
        out,
        "- {}",
        crate::t!("report-md-tracked", count = summary.total())
    );
    for s in Status::ALL {
        let _ = writeln!(
            out,
            "- {}: {}",
            s.label(),
            crate::i18n::number(summary.count(s) as i64)
        );
    }
    let _ = writeln!(
        out,
        "\n{}\n\n{}\n",
        shares_line(&summary),
        not_assessed_note(&summary)
    );
    let replaced = replaced_figures(&summary);
    if !replaced.is_empty() {
        let _ = writeln!(
            out,
            "{} {}\n",
            replaced.join(" "),
            crate::t!("report-replaced-keep")
        );
    }

    if let Some(period) = period {
        out.push_str(&super::period::markdown_section(project, period));
    }

    for kind in Kind::ALL {
        let rows: Vec<_> = project
            .commitments
            .iter()
            .filter(|c| c.kind == kind)
            .map(|c| row(c, as_of))
            .collect();
        if rows.is_empty() {
            continue;
        }
        let _ = writeln!(out, "## {}\n", kind.plural());
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            crate::t!("report-col-id"),
            crate::t!("report-col-title"),
            crate::t!("report-col-status"),
            crate::t!("report-col-evidence"),
            crate::t!("report-col-latest-evidence")
        );
        out.push_str("|---|---|---|---:|---|\n");
        for r in rows {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                cell(&r.c.id),
                cell(
                    &undecided
                        .cell(&r.c.id, Column::Title)
                        .unwrap_or_else(|| r.c.title.clone())
                ),
                match undecided.cell(&r.c.id, Column::Status) {
                    Some(marker) => cell(&marker),
                    None => status_cell(project, &back, &r, as_of),
                },
                crate::i18n::number(r.counted as i64),
                r.latest.map(evidence_cell).unwrap_or_default()
            );
        }
        out.push('\n');
    }

    recommendations_section(&mut out, project, as_of);
    replaced_section(&mut out, project, as_of);

    let _ = writeln!(
        out,
        "## {}\n\n| {} | {} |\n|---|---|",
        crate::t!("report-scale"),
        crate::t!("report-col-status"),
        crate::t!("report-col-meaning")
    );
    for s in Status::ALL {
        let _ = writeln!(out, "| {} | {} |", s.label(), cell(s.definition()));
    }
    out
}

/// The status, and under it whether the commitment was replaced or replaced others, and the
/// recommendations it answers (or, for a recommendation, what answers it).
fn status_cell(
    project: &Project,
    back: &Backlinks<'_>,
    r: &Row<'_>,
    as_of: Option<Date>,
) -> String {
    let mut cell_text = cell(r.status.label());
    let replacement = replacement_lines(back, r, as_of, cell, cell);
    for line in replacement
        .into_iter()
        .chain(link_lines(project, r.c, as_of, cell, cell))
    {
        cell_text.push_str("<br>");
        cell_text.push_str(&line);
    }
    cell_text
}

/// Each recommendation with its details, what answers it and what goes against it.
fn recommendations_section(out: &mut String, project: &Project, as_of: Option<Date>) {
    let all = recommendations(project);
    if all.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "## {}
",
        crate::t!("report-rec-heading")
    );
    for (c, r) in all {
        let title = c.title.replace(['\r', '\n'], " ");
        let _ = writeln!(out, "### {} {}\n", inline(&c.id), inline(&title));
        let details = detail_lines(project, c, r, as_of);
        for line in details
            .iter()
            .map(|l| cell(l))
            .chain(link_lines(project, c, as_of, cell, cell))
        {
            let _ = writeln!(out, "- {line}");
        }
        out.push('\n');
    }
}

/// Each commitment replaced by the date, with the note and the evidence the mark rests on.
fn replaced_section(out: &mut String, project: &Project, as_of: Option<Date>) {
    let replaced = super::replaced_by(project, as_of);
    if replaced.is_empty() {
        return;
    }
    let _ = writeln!(out, "## {}\n", crate::t!("report-replaced-heading"));
    for (c, r) in replaced {
        let _ = write!(
            out,
            "- **{}** {}: {}",
            inline(&c.id),
            cell(&c.title),
            super::full_stop(&inline(&replaced_line(r)))
        );
        if !r.note.trim().is_empty() {
            let _ = write!(out, " {}", cell(r.note.trim()));
        }
        // The list is in the export's markup already; the words around it are ours.
        if let Some(cited) = super::cited_evidence(c, r, evidence_cell) {
            let _ = write!(out, " {cited}");
        }
        out.push('\n');
    }
    out.push('\n');
}

/// The date the figures are for, then how current the project's assessments are, when it says.
pub(crate) fn dated_line(project: &Project, asked: Option<Date>, stated: Date) -> String {
    let line = as_of_line(asked, stated);
    match super::assessments_line(project) {
        Some(current) => format!("{line} {current}"),
        None => line,
    }
}

fn as_of_line(asked: Option<Date>, stated: Date) -> String {
    let date = stated.to_string();
    match asked {
        Some(_) => crate::t!("report-as-of-asked", date = date),
        None => crate::t!("report-as-of", date = date),
    }
}

/// Link text: the evidence title, else its publisher, else the bare address; then the archived
/// copy, when there is one.
pub(crate) fn evidence_cell(e: &Evidence) -> String {
    let name = e.name();
    match check_link(&e.url) {
        LinkCheck::Openable(url) => {
            // Angle brackets allow parentheses in the address; the url crate has already
            // percent-encoded `<`, `>` and spaces, and `|` would end the table cell.
            let target = url.replace('|', "%7C");
            let text = name.map_or_else(|| cell(&url), cell);
            match crate::model::archive::archived_copy(e) {
                Some(copy) => format!(
                    "[{text}](<{target}>) ([{}](<{}>))",
                    crate::t!("archive-copy-link"),
                    copy.replace('|', "%7C")
                ),
                None => format!("[{text}](<{target}>)"),
            }
        }
        // A refused address is shown as code: never a link, not even an autolink.
        LinkCheck::Refused { .. } => match name {
            Some(n) if e.url.trim().is_empty() => cell(n),
            Some(n) => format!("{} ({})", cell(n), code_span(&e.url)),
            None => code_span(&e.url),
        },
    }
}

/// Text inside a table cell: one line, with the characters Markdown would read as table
/// borders, HTML, links or emphasis escaped.
pub fn cell(text: &str) -> String {
    let one_line = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(one_line.len());
    for (i, line) in one_line.split('\n').enumerate() {
        if i > 0 {
            out.push_str("<br>");
        }
        out.push_str(&inline(line));
    }
    out
}

/// Verbatim text in a code span, fenced with more backticks than it holds. Inside a table
/// cell a pipe still needs its backslash: GFM splits cells before reading code spans.
pub fn code_span(text: &str) -> String {
    let flat = text.replace(['\r', '\n'], " ").replace('|', "\\|");
    let mut longest = 0;
    let mut run = 0;
    for ch in flat.chars() {
        run = if ch == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    format!("{fence} {flat} {fence}")
}

/// Backslash-escapes the punctuation that would change how a line renders.
pub fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        if matches!(
            ch,
            '\\' | '|' | '<' | '>' | '[' | ']' | '*' | '_' | '`' | '#' | '!'
        ) {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_stay_on_one_line_and_escape_pipes() {
        assert_eq!(cell("a|b\nc"), "a\\|b<br>c");
        assert_eq!(cell("<b>[x]</b>"), "\\<b\\>\\[x\\]\\</b\\>");
        assert_eq!(code_span("a`b|c"), "`` a`b\\|c ``");
    }
}
