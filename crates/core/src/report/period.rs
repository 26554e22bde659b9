//! "Changes in the period": the section HTML and Markdown exports add when a period is given,
//! and the changes table CSV exports write beside the main file.
//!
//! CSV gets a separate file (`NAME-changes.csv`) rather than a second section in the same
//! file: a CSV file is one table, and a second header halfway down breaks every reader.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use maud::{Markup, PreEscaped, html};

use crate::model::period::{ChangeRow, Period, PeriodChanges, changes};
use crate::model::{Commitment, Evidence, Project};

use super::csv::Table;
use super::html;
use super::markdown::{cell, inline};

/// Where the changes table of a CSV export goes: beside it, `NAME-changes.csv`.
pub fn changes_csv_path(path: &Path) -> PathBuf {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!("{stem}-changes.csv"))
}

fn category_name(name: &str) -> String {
    if name.trim().is_empty() {
        crate::t!("outline-uncategorized")
    } else {
        name.to_owned()
    }
}

fn range_line(period: Period) -> String {
    crate::t!(
        "period-range",
        from = period.from().to_string(),
        to = period.to().to_string()
    )
}

fn change_words(r: &ChangeRow<'_>) -> String {
    crate::t!(
        "period-change-line",
        from = r.from.label(),
        to = r.to.label()
    )
}

/// The section in Markdown, headed `## Changes in the period`.
pub fn markdown_section(project: &Project, period: Period) -> String {
    let ch = changes(project, period);
    let mut out = String::new();
    let _ = writeln!(out, "## {}\n", crate::t!("period-section-title"));
    let _ = writeln!(out, "{}\n\n{}\n", range_line(period), ch.net_line());
    if let Some(line) = ch.base_line() {
        let _ = writeln!(out, "{line}\n");
    }
    if ch.is_empty() {
        let _ = writeln!(out, "{}\n", crate::t!("period-empty"));
        return out;
    }
    let link = |e: &Evidence| super::markdown::evidence_cell(e);
    let who = |c: &Commitment| format!("{} {}", inline(&c.id), cell(&c.title));
    if !ch.by_category.is_empty() {
        let _ = writeln!(
            out,
            "### {}\n",
            crate::t!("period-status-changes", count = ch.status_changes())
        );
        for (category, rows) in &ch.by_category {
            let _ = writeln!(out, "#### {}\n", inline(&category_name(category)));
            for r in rows {
                let _ = write!(out, "- {} · {}: {}", r.date, who(r.c), change_words(r));
                // A note ends its own sentence; the next one follows a space, not a second period.
                let mut sep = ". ";
                if !r.note.trim().is_empty() {
                    let _ = write!(out, ". {}", super::full_stop(&cell(r.note)));
                    sep = " ";
                }
                if !r.evidence.is_empty() {
                    let list: Vec<String> = r.evidence.iter().map(|e| link(e)).collect();
                    let _ = write!(
                        out,
                        "{sep}{}",
                        crate::t!("report-evidence-cited", list = list.join("; "))
                    );
                }
                out.push('\n');
            }
            out.push('\n');
        }
    }
    transitions_markdown(&mut out, &ch);
    let lists = added_lists(&ch, &who, &link, &cell);
    for (heading, items) in lists {
        if items.is_empty() {
            continue;
        }
        let _ = writeln!(out, "### {heading}\n");
        for item in items {
            let _ = writeln!(out, "- {item}");
        }
        out.push('\n');
    }
    out
}

/// The lists of what was added in the period, each under its heading, written with the
/// export's own markup for a commitment, a link and a piece of text.
fn added_lists(
    ch: &PeriodChanges<'_>,
    who: &dyn Fn(&Commitment) -> String,
    link: &dyn Fn(&Evidence) -> String,
    text: &dyn Fn(&str) -> String,
) -> [(String, Vec<String>); 4] {
    [
        (
            crate::t!("period-commitments-added", count = ch.commitments.len()),
            ch.commitments.iter().map(|a| who(a.c)).collect(),
        ),
        (
            crate::t!("period-evidence-added", count = ch.evidence.len()),
            ch.evidence
                .iter()
                .map(|a| format!("{} · {}: {}", date_of(a.item), who(a.c), link(a.item)))
                .collect(),
        ),
        (
            crate::t!("period-notes-added", count = ch.notes.len()),
            ch.notes
                .iter()
                .map(|a| format!("{} · {}: {}", a.item.date, who(a.c), text(&a.item.text)))
                .collect(),
        ),
        (
            crate::t!("period-replacements", count = ch.replacements.len()),
            ch.replacements
                .iter()
                .map(|a| {
                    let line = crate::report::replacement_words::replaced_line(a.item);
                    format!("{}: {}", who(a.c), text(&line))
                })
                .collect(),
        ),
    ]
}

fn date_of(e: &Evidence) -> String {
    e.date.map(|d| d.to_string()).unwrap_or_default()
}

fn transitions_markdown(out: &mut String, ch: &PeriodChanges<'_>) {
    if ch.transitions.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "### {}\n\n| {} | {} | {} |\n|---|---|---:|",
        crate::t!("period-transitions"),
        crate::t!("period-col-from"),
        crate::t!("period-col-to"),
        crate::t!("period-col-count")
    );
    for ((from, to), n) in &ch.transitions {
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            from.label(),
            to.label(),
            crate::i18n::number(*n as i64)
        );
    }
    out.push('\n');
}

/// The section in HTML; commitment ids link to their rows in the page.
pub fn html_section(project: &Project, period: Period) -> Markup {
    let link = |e: &Evidence| html::evidence_cell(e).into_string();
    html_section_linked(project, period, &|c| format!("#c-{}", c.id), &link)
}

/// The section in HTML, each commitment id linked to the address `href` gives it (a row of
/// the one-page export, or an item's own page of the website), each link written by `link`.
pub(crate) fn html_section_linked(
    project: &Project,
    period: Period,
    href: &dyn Fn(&Commitment) -> String,
    link: &dyn Fn(&Evidence) -> String,
) -> Markup {
    let ch = changes(project, period);
    let who = |c: &Commitment| html! { a href=(href(c)) { (c.id) } " " (c.title) }.into_string();
    html! {
        section class="period" {
            "\n"
            h2 { (crate::t!("period-section-title")) } "\n"
            p class="asof" { (range_line(period)) } "\n"
            p { (ch.net_line()) } "\n"
            @if let Some(line) = ch.base_line() {
                p class="note" { (line) } "\n"
            }
            @if ch.is_empty() {
                p { (crate::t!("period-empty")) } "\n"
            } @else {
                @if !ch.by_category.is_empty() {
                    h3 { (crate::t!("period-status-changes", count = ch.status_changes())) } "\n"
                    @for (category, rows) in &ch.by_category {
                        h4 { (category_name(category)) } "\n"
                        ul {
                            "\n"
                            @for r in rows {
                                li {
                                    (r.date) " · "
                                    // `who` wrote the commitment's link with its text escaped.
                                    (PreEscaped(who(r.c))) ": " (change_words(r))
                                    (html_note_and_evidence(r, link))
                                }
                                "\n"
                            }
                        }
                        "\n"
                    }
                }
                @if !ch.transitions.is_empty() {
                    h3 { (crate::t!("period-transitions")) } "\n"
                    table class="transitions" {
                        "\n"
                        thead {
                            tr {
                                th { (crate::t!("period-col-from")) }
                                th { (crate::t!("period-col-to")) }
                                th { (crate::t!("period-col-count")) }
                            }
                        }
                        "\n"
                        tbody {
                            "\n"
                            @for ((from, to), n) in &ch.transitions {
                                tr {
                                    td { (html::chip(*from)) }
                                    td { (html::chip(*to)) }
                                    td class="num" { (crate::i18n::number(*n as i64)) }
                                }
                                "\n"
                            }
                        }
                        "\n"
                    }
                    "\n"
                }
                @for (heading, items) in added_lists(&ch, &who, link, &html::text) {
                    @if !items.is_empty() {
                        h3 { (heading) } "\n"
                        ul {
                            "\n"
                            @for item in items {
                                // Made by `who`, `link` and `html::text`: markup already.
                                li { (PreEscaped(item)) } "\n"
                            }
                        }
                        "\n"
                    }
                }
            }
        }
        "\n"
    }
}

/// What follows a status change in its line: ". Note." and the evidence cited.
fn html_note_and_evidence(r: &ChangeRow<'_>, link: &dyn Fn(&Evidence) -> String) -> Markup {
    // A note ends its own sentence; the next one follows a space, not a second period.
    let noted = !r.note.trim().is_empty();
    let sep = if noted { " " } else { ". " };
    let cited = (!r.evidence.is_empty()).then(|| {
        let list: Vec<String> = r.evidence.iter().map(|e| link(e)).collect();
        // The sentence's words are escaped; the links put in after are markup already.
        let words = crate::t!("report-evidence-cited", list = "\u{1}");
        html::text(&words).replace('\u{1}', &list.join("; "))
    });
    html! {
        @if noted {
            // `full_stop` only trims and adds a period: the escaped note stays escaped.
            ". " (PreEscaped(super::full_stop(&html::text(r.note))))
        }
        @if let Some(cited) = cited {
            (sep) (PreEscaped(cited))
        }
    }
}

/// The columns of the changes table. `change` says what the row is: `status`, `evidence`,
/// `note`, `commitment` or `replacement`; `from` and `to` are filled for status changes only.
pub const CHANGES_HEADER: [&str; 12] = [
    "change",
    "date",
    "id",
    "title",
    "category",
    "from",
    "to",
    "text",
    "evidence_urls",
    "archived_urls",
    "period_from",
    "period_to",
];

/// The changes table: one row per change, status changes first, in the CSV export's encoding.
pub fn changes_csv(project: &Project, period: Period) -> String {
    let ch = changes(project, period);
    let mut table = Table::new(CHANGES_HEADER);
    let (from, to) = (period.from().to_string(), period.to().to_string());
    // Links recorded as text have no address to list. The archived column lines up with the
    // addresses ("; " between each), and stays empty when none has a copy.
    let urls = |list: &[&Evidence]| {
        let with_address: Vec<&&Evidence> =
            list.iter().filter(|e| !e.url.trim().is_empty()).collect();
        let live: Vec<&str> = with_address.iter().map(|e| e.url.trim()).collect();
        let archived: Vec<&str> = with_address
            .iter()
            .map(|e| e.archived.as_deref().unwrap_or_default())
            .collect();
        let archived = if archived.iter().all(|a| a.is_empty()) {
            String::new()
        } else {
            archived.join("; ")
        };
        (live.join("; "), archived)
    };
    let mut record = |kind: &str,
                      date: String,
                      c: &Commitment,
                      moved: (&str, &str),
                      text: String,
                      links: (String, String)| {
        table.row([
            kind.to_owned(),
            date,
            c.id.clone(),
            c.title.clone(),
            c.category.clone(),
            moved.0.to_owned(),
            moved.1.to_owned(),
            text,
            links.0,
            links.1,
            from.clone(),
            to.clone(),
        ]);
    };
    for (_, rows) in &ch.by_category {
        for r in rows {
            let moved = (r.from.english_name(), r.to.english_name());
            record(
                "status",
                r.date.to_string(),
                r.c,
                moved,
                r.note.to_owned(),
                urls(&r.evidence),
            );
        }
    }
    for a in &ch.evidence {
        let title = a.item.name().unwrap_or_default().to_owned();
        record(
            "evidence",
            date_of(a.item),
            a.c,
            ("", ""),
            title,
            urls(&[a.item]),
        );
    }
    for a in &ch.notes {
        let links = (String::new(), String::new());
        record(
            "note",
            a.item.date.to_string(),
            a.c,
            ("", ""),
            a.item.text.clone(),
            links,
        );
    }
    for a in &ch.commitments {
        let date =
            a.c.date_committed
                .map(|d| d.to_string())
                .unwrap_or_default();
        let links = (String::new(), String::new());
        record("commitment", date, a.c, ("", ""), String::new(), links);
    }
    for a in &ch.replacements {
        let cited: Vec<&Evidence> = a
            .item
            .evidence
            .iter()
            .filter_map(|id| a.c.evidence_by_id(*id))
            .collect();
        record(
            "replacement",
            a.item.date.to_string(),
            a.c,
            ("", ""),
            a.item.note.clone(),
            urls(&cited),
        );
    }
    table.finish()
}
