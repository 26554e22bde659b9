//! HTML export: one self-contained page that opens offline, prints well and loads nothing.
//!
//! Styles are inline; there is no script, no image, no font and no stylesheet to fetch. A
//! Content-Security-Policy meta tag forbids loading anything even if a future change slipped
//! a resource in. The only links are evidence addresses that `check_link` accepts.

use std::fmt::Write as _;

use crate::model::links::{LinkCheck, check_link};
use crate::model::replacement::replaced_line_with;
use crate::model::summary::Summary;
use crate::model::{Date, Evidence, Project, Status};

use super::markdown::dated_line;
use super::palette::{hex, status_rgb, status_text_rgb};
use super::undecided::{Column, Undecided};
use super::{
    Backlinks, Row, figures_date, not_assessed_note, replaced_figures, replacement_lines, row,
    shares_line,
};

const STYLE: &str = "
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
    let summary = Summary::of(&project.commitments, as_of);
    let stated = figures_date(as_of);
    // Deadlines are measured as the window measures them: on the date asked for, else today.
    let overdue_on = as_of.unwrap_or_else(Date::today);
    let mut out = String::with_capacity(16 * 1024);

    // `write!` into a String cannot fail, hence the ignored results.
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n",
        crate::i18n::language().code()
    );
    out.push_str(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n",
    );
    out.push_str("<meta name=\"referrer\" content=\"no-referrer\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let _ = writeln!(out, "<title>{}</title>", esc(&project.title));
    out.push_str("<style>");
    out.push_str(STYLE);
    for s in Status::ALL {
        let _ = writeln!(
            out,
            ".s{}{{background:{};color:{}}}",
            s.index(),
            hex(status_rgb(s)),
            hex(status_text_rgb(s))
        );
    }
    out.push_str("</style>\n</head>\n<body>\n<header>\n");
    let undecided = Undecided::of(project);
    let heading = undecided
        .project_title()
        .unwrap_or_else(|| project.title.clone());
    let _ = writeln!(out, "<h1>{}</h1>", esc(&heading));
    let _ = writeln!(
        out,
        "<p class=\"asof\">{}</p>",
        esc(&dated_line(project, as_of, stated))
    );
    if !undecided.is_empty() {
        let _ = write!(
            out,
            "<section class=\"undecided\">\n<h2>{}</h2>\n<p>{}</p>\n<ul>\n",
            esc(&crate::t!("report-undecided-heading")),
            esc(&crate::t!("report-undecided-intro"))
        );
        for line in undecided.lines() {
            let _ = writeln!(out, "<li>{}</li>", esc(&line));
        }
        out.push_str("</ul>\n</section>\n");
    }
    if !project.description.trim().is_empty() {
        let _ = writeln!(out, "<p>{}</p>", multiline(&project.description));
    }
    out.push_str("</header>\n");

    headline(&mut out, &summary);
    if let Some(period) = period {
        out.push_str(&super::period::html_section(project, period));
    }

    let _ = writeln!(
        out,
        "<section>\n<h2>{}</h2>",
        esc(&crate::t!("report-commitments"))
    );
    let back = Backlinks::of(project);
    // One table per category, in the order categories first appear: printed, each starts a
    // page of its own.
    let mut categories: Vec<&str> = Vec::new();
    for c in &project.commitments {
        if !categories.contains(&c.category.as_str()) {
            categories.push(&c.category);
        }
    }
    for category in categories {
        let name = if category.trim().is_empty() {
            crate::t!("outline-uncategorized")
        } else {
            category.to_owned()
        };
        let _ = write!(
            out,
            "<section class=\"category\">\n<h3>{}</h3>\n<table>\n<thead><tr>",
            esc(&name)
        );
        for h in [
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
        ] {
            let _ = write!(out, "<th>{}</th>", esc(&crate::t!(h)));
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        for c in project
            .commitments
            .iter()
            .filter(|c| c.category == category)
        {
            let r = row(c, as_of);
            let lines = replacement_lines(&back, &r, as_of, esc, |id| id_link(project, id));
            commitment_row(&mut out, &r, overdue_on, &lines, &undecided);
        }
        out.push_str("</tbody>\n</table>\n</section>\n");
    }
    out.push_str("</section>\n");
    replaced_section(&mut out, project, as_of);

    let _ = write!(
        out,
        "<section>\n<h2>{}</h2>\n<table>\n<thead><tr><th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
        esc(&crate::t!("report-scale")),
        esc(&crate::t!("report-col-status")),
        esc(&crate::t!("report-col-meaning"))
    );
    for s in Status::ALL {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td></tr>",
            chip(s),
            esc(s.definition())
        );
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
    let _ = write!(
        out,
        "<footer><p class=\"note\">{}</p></footer>\n</body>\n</html>\n",
        esc(&crate::t!("report-exported-from"))
    );
    out
}

/// Counts, shares, and a stacked bar whose segments are each status's share of all
/// commitments (Not assessed included, so the backlog stays visible).
fn headline(out: &mut String, summary: &Summary) {
    let _ = writeln!(
        out,
        "<section>\n<h2>{}</h2>\n<ul class=\"figures\">",
        esc(&crate::t!("report-headline"))
    );
    let _ = writeln!(
        out,
        "<li><strong>{}</strong> {}</li>",
        number(summary.total()),
        esc(&crate::t!(
            "report-commitments-tracked",
            count = summary.total()
        ))
    );
    for s in Status::ALL {
        let _ = writeln!(
            out,
            "<li><strong>{}</strong> {}</li>",
            number(summary.count(s)),
            esc(s.label())
        );
    }
    out.push_str("</ul>\n");
    let _ = writeln!(out, "<p>{}</p>", esc(&shares_line(summary)));
    let _ = writeln!(
        out,
        "<p class=\"note\">{}</p>",
        esc(&not_assessed_note(summary))
    );
    let replaced = replaced_figures(summary);
    if !replaced.is_empty() {
        let _ = writeln!(
            out,
            "<p>{} {}</p>",
            esc(&replaced.join(" ")),
            esc(&crate::t!("report-replaced-keep"))
        );
    }

    let total = summary.total();
    if total > 0 {
        let described: Vec<String> = Status::ALL
            .iter()
            .filter(|s| summary.count(**s) > 0)
            .map(|s| format!("{} {}", s.label(), number(summary.count(*s))))
            .collect();
        let _ = writeln!(
            out,
            "<div class=\"bar\" role=\"img\" aria-label=\"{}\">",
            esc(&crate::t!("report-bar-label", parts = described.join(", ")))
        );
        for s in Status::ALL {
            let n = summary.count(s);
            if n > 0 {
                let _ = writeln!(
                    out,
                    "<div class=\"s{}\" style=\"width:{:.3}%\" title=\"{}: {}\"></div>",
                    s.index(),
                    n as f64 * 100.0 / total as f64,
                    esc(s.label()),
                    number(n)
                );
            }
        }
        out.push_str("</div>\n");
    }
    out.push_str("<ul class=\"legend\">\n");
    for s in Status::ALL {
        let _ = writeln!(
            out,
            "<li><span class=\"swatch s{}\"></span>{}: {}</li>",
            s.index(),
            esc(s.label()),
            number(summary.count(s))
        );
    }
    // Red text in the table means one thing only: say which.
    let _ = writeln!(
        out,
        "<li><span class=\"overdue\">{}</span></li>",
        esc(&crate::t!("legend-overdue"))
    );
    out.push_str("</ul>\n</section>\n");
}

/// Each commitment replaced by the date, with the note and the evidence the mark rests on.
fn replaced_section(out: &mut String, project: &Project, as_of: Option<Date>) {
    let replaced = super::replaced_by(project, as_of);
    if replaced.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "<section>\n<h2>{}</h2>\n<ul>",
        esc(&crate::t!("report-replaced-heading"))
    );
    for (c, r) in replaced {
        let _ = write!(
            out,
            "<li><a href=\"#c-{}\">{}</a> {}: {}",
            esc(&c.id),
            esc(&c.id),
            multiline(&c.title),
            super::full_stop(&replaced_line_with(r, esc, |id| id_link(project, id)))
        );
        if !r.note.trim().is_empty() {
            let _ = write!(out, " {}", multiline(r.note.trim()));
        }
        // The list is in the export's markup already; the words around it are ours.
        if let Some(cited) = super::cited_evidence(c, r, evidence_cell) {
            let _ = write!(out, " {cited}");
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n</section>\n");
}

/// A commitment id, linked to its row when the project has it.
fn id_link(project: &Project, id: &str) -> String {
    if project.commitments.iter().any(|c| c.id == id) {
        format!("<a href=\"#c-{}\">{}</a>", esc(id), esc(id))
    } else {
        esc(id)
    }
}

fn commitment_row(
    out: &mut String,
    r: &Row<'_>,
    overdue_on: Date,
    replacement: &[String],
    undecided: &Undecided<'_>,
) {
    let c = r.c;
    // A value a merge left undecided is shown as such, never as our side's fact.
    let marked = |column| undecided.cell(&c.id, column).map(|m| esc(&m));
    // A date is one word: "2026-03-20" never breaks at its hyphens in a narrow column.
    let date = |d: Option<Date>| {
        d.map(|d| format!("<span class=\"date\">{d}</span>"))
            .unwrap_or_default()
    };
    let deadline = match c.deadline {
        Some(d) if r.c.days_overdue(r.status, overdue_on).is_some() => {
            format!(
                "<span class=\"overdue\">{}</span>",
                esc(&crate::t!("report-overdue", date = d.to_string()))
            )
        }
        d => date(d),
    };
    let _ = writeln!(
        out,
        "<tr id=\"c-{}\"><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>\
         <td>{}</td><td>{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
        esc(&c.id),
        esc(&c.id),
        marked(Column::Kind).unwrap_or_else(|| esc(c.kind.label())),
        marked(Column::Actor).unwrap_or_else(|| esc(&c.actor)),
        marked(Column::Category).unwrap_or_else(|| esc(&c.category)),
        marked(Column::Title).unwrap_or_else(|| multiline(&c.title)),
        marked(Column::Status).unwrap_or_else(|| status_cell(r.status, replacement)),
        date(r.status_date),
        marked(Column::Deadline).unwrap_or(deadline),
        number(r.counted),
        r.latest.map(evidence_cell).unwrap_or_default()
    );
}

/// The status chip, with the replacement lines (already escaped) under it.
fn status_cell(s: Status, replacement: &[String]) -> String {
    let mut cell = chip(s);
    for line in replacement {
        let _ = write!(cell, "<br><small class=\"note\">{line}</small>");
    }
    cell
}

pub(crate) fn chip(s: Status) -> String {
    format!(
        "<span class=\"chip s{}\">{}</span>",
        s.index(),
        esc(s.label())
    )
}

/// A link only when the address is safe to open; otherwise the text and why it is not linked.
pub(crate) fn evidence_cell(e: &Evidence) -> String {
    let name = e.name();
    match check_link(&e.url) {
        LinkCheck::Openable(url) => {
            let mut cell = format!(
                "<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>",
                esc(&url),
                esc(name.unwrap_or(&url))
            );
            // The archived copy sits next to the original: the page may be gone when read.
            if let Some(copy) = crate::model::archive::archived_copy(e) {
                let _ = write!(
                    cell,
                    " (<a class=\"archived\" href=\"{}\" rel=\"noopener noreferrer\">{}</a>)",
                    esc(&copy),
                    esc(&crate::t!("archive-copy-link"))
                );
            }
            cell
        }
        LinkCheck::Refused { reason } => {
            let mut cell = name.map(esc).unwrap_or_default();
            if !e.url.trim().is_empty() {
                let _ = write!(
                    cell,
                    " <code>{}</code> <small class=\"note\">{}</small>",
                    esc(&e.url),
                    esc(&crate::t!("report-not-linked", reason = reason.as_str()))
                );
            }
            cell
        }
    }
}

/// A count with the language's digit grouping ("10,000", "10 000").
fn number(n: usize) -> String {
    crate::i18n::number(i64::try_from(n).unwrap_or(i64::MAX))
}

/// Escaped text with line breaks kept.
fn multiline(text: &str) -> String {
    esc(text)
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace('\n', "<br>")
}

/// Escapes text for element content and for quoted attribute values alike.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_the_five_special_characters() {
        assert_eq!(
            esc("<a href='x'>\"&\"</a>"),
            "&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;"
        );
    }
}
