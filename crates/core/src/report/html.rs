//! HTML export: one self-contained page that opens offline, prints well and loads nothing.
//!
//! Styles are inline; there is no script, no image, no font and no stylesheet to fetch. A
//! Content-Security-Policy meta tag forbids loading anything even if a future change slipped
//! a resource in. The only links are evidence addresses that `check_link` accepts.
//!
//! The page is a `maud` template, which escapes every value it is given. What goes in as
//! `PreEscaped` is markup already: our own style sheet, markup this module's templates made,
//! and lines the shared sentence builders put together from such markup (each use says why).
//! The `"\n"` between elements keep the page's source one element a line, as it always was.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use crate::model::links::{LinkCheck, check_link};
use crate::model::summary::Summary;
use crate::model::{Date, Evidence, Project, Status};
use crate::report::replacement_words::replaced_line_with;

use super::markdown::dated_line;
use super::palette::{hex, status_rgb, status_text_rgb};
use super::recommendation_words::{detail_lines, link_lines, recommendations};
use super::undecided::{Column, Undecided};
use super::{
    Backlinks, Row, figures_date, not_assessed_note, replaced_figures, replacement_lines, row,
    shares_line,
};

pub(crate) const STYLE: &str = "
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1a1a1a;
background:#fff;margin:2rem auto;max-width:80rem;padding:0 1rem;line-height:1.45}
h1{margin-bottom:.2rem}.asof{color:#444;margin-top:0}
.figures{display:flex;flex-wrap:wrap;gap:.4rem 1.4rem;list-style:none;padding:0}
.bar{display:flex;height:1.6rem;border:1px solid #666;margin:1rem 0 .4rem}
.bar div{height:100%}
.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;font-size:.9rem}
.swatch{display:inline-block;width:.9rem;height:.9rem;margin-right:.35rem;vertical-align:-.1rem;
border:1px solid #666}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border:1px solid #bbb;padding:.3rem .45rem;text-align:left;vertical-align:top}
th{background:#eee}td.num{text-align:right}
.chip{display:inline-block;padding:.05rem .5rem;border-radius:.7rem;white-space:nowrap;font-size:.85rem}
.overdue{color:#a01c00;font-weight:600;white-space:nowrap}.note{color:#444}.date{white-space:nowrap}
code{font-size:.85rem;word-break:break-all}
.swatch,.chip,.bar div{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.period h4{margin:.8rem 0 .2rem}.period li{margin:.15rem 0}a.archived{font-size:.85rem}
@page{margin:14mm 12mm}
@media print{body{margin:0;max-width:none;font-size:9.5pt}a{color:inherit;text-decoration:none}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
a[href]::after{content:' <' attr(href) '>';font-size:8pt;word-break:break-all}
a[href^='#']::after{content:none}
section.category{break-before:page}section.period{break-before:page}
thead{display:table-header-group}tr{break-inside:avoid}h2,h3,h4{break-after:avoid}}
";

pub fn to_html(project: &Project, as_of: Option<Date>) -> String {
    to_html_with(project, as_of, None)
}

/// The page, with a "Changes in the period" section after the headline when a period is given.
pub fn to_html_with(
    project: &Project,
    as_of: Option<Date>,
    period: Option<crate::model::period::Period>,
) -> String {
    let summary = Summary::of_commitments(&project.commitments, as_of);
    let stated = figures_date(as_of);
    // Deadlines are measured as the window measures them: on the date asked for, else today.
    let overdue_on = as_of.unwrap_or_else(Date::today);
    let undecided = Undecided::of(project);
    let heading = undecided
        .project_title()
        .unwrap_or_else(|| project.title.clone());
    let back = Backlinks::of(project);
    // One table per category, in the order categories first appear: printed, each starts a
    // page of its own.
    let mut categories: Vec<&str> = Vec::new();
    for c in &project.commitments {
        if !categories.contains(&c.category.as_str()) {
            categories.push(&c.category);
        }
    }
    let category_name = |category: &str| {
        if category.trim().is_empty() {
            crate::t!("outline-uncategorized")
        } else {
            category.to_owned()
        }
    };
    let table_row = |c| {
        let r = row(c, as_of);
        commitment_row(project, &back, &r, as_of, overdue_on, &undecided)
    };
    let page = html! {
        (DOCTYPE) "\n"
        html lang=(crate::i18n::language().code()) {
            "\n"
            head {
                "\n"
                meta charset="utf-8"; "\n"
                meta http-equiv="Content-Security-Policy"
                    content="default-src 'none'; style-src 'unsafe-inline'"; "\n"
                meta name="referrer" content="no-referrer"; "\n"
                meta name="viewport" content="width=device-width, initial-scale=1"; "\n"
                title { (project.title) } "\n"
                // The style sheet is ours, and CSS is not HTML: escaping would break its quotes.
                style {
                    (PreEscaped(STYLE))
                    @for s in Status::ALL {
                        (PreEscaped(format!(
                            ".s{}{{background:{};color:{}}}\n",
                            s.index(),
                            hex(status_rgb(s)),
                            hex(status_text_rgb(s))
                        )))
                    }
                }
                "\n"
            }
            "\n"
            body {
                "\n"
                header {
                    "\n"
                    h1 { (heading) } "\n"
                    p class="asof" { (dated_line(project, as_of, stated)) } "\n"
                    @if !undecided.is_empty() {
                        section class="undecided" {
                            "\n"
                            h2 { (crate::t!("report-undecided-heading")) } "\n"
                            p { (crate::t!("report-undecided-intro")) } "\n"
                            ul {
                                "\n"
                                @for line in undecided.lines() {
                                    li { (line) } "\n"
                                }
                            }
                            "\n"
                        }
                        "\n"
                    }
                    @if !project.description.trim().is_empty() {
                        p { (multiline(&project.description)) } "\n"
                    }
                }
                "\n"
                (headline(&summary))
                @if let Some(period) = period {
                    (super::period::html_section(project, period))
                }
                section {
                    "\n"
                    h2 { (crate::t!("report-commitments")) } "\n"
                    @for category in categories {
                        section class="category" {
                            "\n"
                            h3 { (category_name(category)) } "\n"
                            table {
                                "\n"
                                thead {
                                    tr {
                                        @for h in COLUMNS {
                                            th { (crate::t!(h)) }
                                        }
                                    }
                                }
                                "\n"
                                tbody {
                                    "\n"
                                    @for c in &project.commitments {
                                        @if c.category == category { (table_row(c)) }
                                    }
                                }
                                "\n"
                            }
                            "\n"
                        }
                        "\n"
                    }
                }
                "\n"
                (recommendations_section(project, as_of))
                (replaced_section(project, as_of))
                section {
                    "\n"
                    h2 { (crate::t!("report-scale")) } "\n"
                    table {
                        "\n"
                        thead {
                            tr {
                                th { (crate::t!("report-col-status")) }
                                th { (crate::t!("report-col-meaning")) }
                            }
                        }
                        "\n"
                        tbody {
                            "\n"
                            @for s in Status::ALL {
                                tr { td { (chip(s)) } td { (s.definition()) } } "\n"
                            }
                        }
                        "\n"
                    }
                    "\n"
                }
                "\n"
                footer { p class="note" { (crate::t!("report-exported-from")) } } "\n"
            }
            "\n"
        }
        "\n"
    };
    page.into_string()
}

/// The message ids of the commitment tables' column headings.
const COLUMNS: [&str; 10] = [
    "report-col-id",
    "report-col-kind",
    "report-col-actor",
    "report-col-category",
    "report-col-title",
    "report-col-status",
    "report-col-status-date",
    "report-col-deadline",
    "report-col-evidence",
    "report-col-latest-evidence",
];

/// Counts, shares, and a stacked bar whose segments are each status's share of all
/// commitments (Not assessed included, so the backlog stays visible).
fn headline(summary: &Summary) -> Markup {
    let total = summary.total();
    let replaced = replaced_figures(summary);
    let described: Vec<String> = Status::ALL
        .iter()
        .filter(|s| summary.count(**s) > 0)
        .map(|s| format!("{} {}", s.label(), number(summary.count(*s))))
        .collect();
    html! {
        section {
            "\n"
            h2 { (crate::t!("report-headline")) } "\n"
            ul class="figures" {
                "\n"
                li {
                    strong { (number(total)) } " "
                    (crate::t!("report-commitments-tracked", count = total))
                }
                "\n"
                @for s in Status::ALL {
                    li { strong { (number(summary.count(s))) } " " (s.label()) } "\n"
                }
            }
            "\n"
            p { (shares_line(summary)) } "\n"
            p class="note" { (not_assessed_note(summary)) } "\n"
            @if !replaced.is_empty() {
                p { (replaced.join(" ")) " " (crate::t!("report-replaced-keep")) } "\n"
            }
            @if total > 0 {
                div class="bar" role="img"
                    aria-label=(crate::t!("report-bar-label", parts = described.join(", "))) {
                    "\n"
                    @for s in Status::ALL {
                        @let n = summary.count(s);
                        @if n > 0 {
                            @let width = n as f64 * 100.0 / total as f64;
                            div class={ "s" (s.index()) }
                                style={ "width:" (format!("{width:.3}")) "%" }
                                title={ (s.label()) ": " (number(n)) } {}
                            "\n"
                        }
                    }
                }
                "\n"
            }
            ul class="legend" {
                "\n"
                @for s in Status::ALL {
                    li {
                        span class={ "swatch s" (s.index()) } {}
                        (s.label()) ": " (number(summary.count(s)))
                    }
                    "\n"
                }
                // Red text in the table means one thing only: say which.
                li { span class="overdue" { (crate::t!("legend-overdue")) } } "\n"
            }
            "\n"
        }
        "\n"
    }
}

/// Each commitment replaced by the date, with the note and the evidence the mark rests on.
fn replaced_section(project: &Project, as_of: Option<Date>) -> Markup {
    let replaced = super::replaced_by(project, as_of);
    if replaced.is_empty() {
        return html! {};
    }
    html! {
        section {
            "\n"
            h2 { (crate::t!("report-replaced-heading")) } "\n"
            ul {
                "\n"
                @for (c, r) in replaced {
                    li {
                        a href={ "#c-" (c.id) } { (c.id) } " " (multiline(&c.title)) ": "
                        @let line = replaced_line_with(r, text, |id| id_link(project, id));
                        // Escaped words and linked ids, put together by the sentence builder.
                        (PreEscaped(super::full_stop(&line)))
                        @if !r.note.trim().is_empty() {
                            " " (multiline(r.note.trim()))
                        }
                        @let cited =
                            super::cited_evidence(c, r, |e| evidence_cell(e).into_string());
                        // The list is in the export's markup already; the words around it are ours.
                        @if let Some(cited) = cited {
                            " " (PreEscaped(cited))
                        }
                    }
                    "\n"
                }
            }
            "\n"
        }
        "\n"
    }
}

/// Each recommendation with its details, what answers it and what goes against it.
fn recommendations_section(project: &Project, as_of: Option<Date>) -> Markup {
    let all = recommendations(project);
    if all.is_empty() {
        return html! {};
    }
    html! {
        section class="recommendations" {
            "\n"
            h2 { (crate::t!("report-rec-heading")) } "\n"
            @for (c, r) in all {
                h3 { a href={ "#c-" (c.id) } { (c.id) } " " (multiline(&c.title)) } "\n"
                ul {
                    "\n"
                    @for line in detail_lines(project, c, r, as_of) {
                        li { (multiline(&line)) } "\n"
                    }
                    @for line in link_lines(project, c, as_of, text, |id| id_link(project, id)) {
                        // Escaped words and linked ids, put together by `link_lines`.
                        li { (PreEscaped(line)) } "\n"
                    }
                }
                "\n"
            }
        }
        "\n"
    }
}

/// A commitment id, linked to its row when the project has it.
fn id_link(project: &Project, id: &str) -> String {
    let linked = project.commitments.iter().any(|c| c.id == id);
    html! {
        @if linked { a href={ "#c-" (id) } { (id) } } @else { (id) }
    }
    .into_string()
}

fn commitment_row(
    project: &Project,
    back: &Backlinks<'_>,
    r: &Row<'_>,
    as_of: Option<Date>,
    overdue_on: Date,
    undecided: &Undecided<'_>,
) -> Markup {
    let c = r.c;
    // A value a merge left undecided is shown as such, never as our side's fact.
    let marked = |column, shown: Markup| match undecided.cell(&c.id, column) {
        Some(marker) => html! { (marker) },
        None => shown,
    };
    // A date is one word: "2026-03-20" never breaks at its hyphens in a narrow column.
    let date = |d: Option<Date>| {
        html! {
            @if let Some(d) = d { span class="date" { (d) } }
        }
    };
    let deadline = match c.deadline {
        Some(d) if c.days_overdue(r.status, overdue_on).is_some() => html! {
            span class="overdue" { (crate::t!("report-overdue", date = d.to_string())) }
        },
        d => date(d),
    };
    let mut replacement = replacement_lines(back, r, as_of, text, |id| id_link(project, id));
    replacement.extend(link_lines(project, c, as_of, text, |id| {
        id_link(project, id)
    }));
    html! {
        tr id={ "c-" (c.id) } {
            td { (c.id) }
            td { (marked(Column::Kind, html! { (c.kind.label()) })) }
            td { (marked(Column::Actor, html! { (c.actor) })) }
            td { (marked(Column::Category, html! { (c.category) })) }
            td { (marked(Column::Title, multiline(&c.title))) }
            td { (marked(Column::Status, status_cell(r.status, &replacement))) }
            td { (date(r.status_date)) }
            td { (marked(Column::Deadline, deadline)) }
            td class="num" { (number(r.counted)) }
            td { @if let Some(e) = r.latest { (evidence_cell(e)) } }
        }
        "\n"
    }
}

/// The status chip, with the replacement and recommendation lines under it.
fn status_cell(s: Status, replacement: &[String]) -> Markup {
    html! {
        (chip(s))
        @for line in replacement {
            // Escaped words and linked ids, put together by `replacement_lines` and `link_lines`.
            br; small class="note" { (PreEscaped(line)) }
        }
    }
}

pub(crate) fn chip(s: Status) -> Markup {
    html! {
        span class={ "chip s" (s.index()) } { (s.label()) }
    }
}

/// A link only when the address is safe to open; otherwise the text and why it is not linked.
pub(crate) fn evidence_cell(e: &Evidence) -> Markup {
    let name = e.name();
    match check_link(&e.url) {
        LinkCheck::Openable(url) => html! {
            a href=(url) rel="noopener noreferrer" { (name.unwrap_or(&url)) }
            // The archived copy sits next to the original: the page may be gone when read.
            @if let Some(copy) = crate::model::archive::archived_copy(e) {
                " ("
                a class="archived" href=(copy) rel="noopener noreferrer" {
                    (crate::t!("archive-copy-link"))
                }
                ")"
            }
        },
        LinkCheck::Refused { reason } => html! {
            @if let Some(name) = name { (name) }
            @if !e.url.trim().is_empty() {
                " " code { (e.url) } " "
                small class="note" { (crate::t!("report-not-linked", reason = reason.as_str())) }
            }
        },
    }
}

/// A count with the language's digit grouping ("10,000", "10 000").
fn number(n: usize) -> String {
    crate::i18n::number(i64::try_from(n).unwrap_or(i64::MAX))
}

/// Text with its line breaks kept, whichever the line ending.
pub(crate) fn multiline(text: &str) -> Markup {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    html! {
        @for (i, line) in text.split('\n').enumerate() {
            @if i > 0 { br; }
            (line)
        }
    }
}

/// Text escaped by the template engine, for the sentence builders shared with the other
/// formats, which take the formatting of their words as a function.
pub(crate) fn text(words: &str) -> String {
    html! { (words) }.into_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_escapes_markup() {
        assert_eq!(
            text("<a href=\"x\">&</a>"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;"
        );
    }

    #[test]
    fn line_breaks_of_every_kind_become_br() {
        assert_eq!(
            multiline("a<\r\nb\rc\nd").into_string(),
            "a&lt;<br>b<br>c<br>d"
        );
    }
}
