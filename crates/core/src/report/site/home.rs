//! The home page (headline figures, the status bar, recommendations apart, the latest
//! changes, the list of every item) and the filter pages that stand in for a script: one per
//! status and one per kind, plain links.

use maud::{Markup, PreEscaped, html};

use crate::model::dashboard::dashboard;
use crate::model::summary::{Summary, status_of};
use crate::model::{Commitment, Kind, Project, Status, Term};
use crate::report::{not_assessed_note, replaced_figures, shares_line};

use super::Ctx;
use super::page::{chip, id_link, item_href, lines, shell, user};

/// How many filter pages each language has: one per status and one per kind, then one per
/// category and one per vocabulary term that some item has.
pub(crate) fn filter_pages(project: &Project) -> usize {
    Status::ALL.len() + Kind::ALL.len() + categories(project).len() + terms(project).len()
}

/// The categories items have, in the order they first appear.
fn categories(project: &Project) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for c in &project.commitments {
        let name = c.category.trim();
        if !name.is_empty() && !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

/// The vocabulary terms some item carries, in the vocabulary's order.
fn terms(project: &Project) -> Vec<&Term> {
    project
        .terms
        .iter()
        .filter(|t| project.commitments.iter().any(|c| c.terms.contains(&t.id)))
        .collect()
}

/// A term as its filter page names it: "Theme: Elections".
fn term_name(t: &Term) -> String {
    format!("{}: {}", t.vocabulary.label(), t.label())
}

/// The file name of a status's or a kind's filter page: its English name, as a slug.
pub(crate) fn status_slug(s: Status) -> String {
    name_slug(s.english_name())
}

pub(crate) fn kind_slug(k: Kind) -> String {
    name_slug(k.english_name())
}

fn name_slug(english: &str) -> String {
    english.to_ascii_lowercase().replace(' ', "-")
}

/// The home page and the filter pages, as (path in the language folder, text).
pub(crate) fn pages(ctx: &Ctx<'_>) -> Vec<(String, String)> {
    let mut out = vec![("index.html".to_owned(), home(ctx))];
    let items = &ctx.project.commitments;
    for s in Status::ALL {
        let path = format!("status/{}.html", status_slug(s));
        let chosen: Vec<&Commitment> = items
            .iter()
            .filter(|c| status_of(c, ctx.asked) == s)
            .collect();
        let heading = crate::t!("site-filter-status", status = s.label());
        let text = filter_page(ctx, &path, &heading, &chosen, Some(s.definition()));
        out.push((path, text));
    }
    for k in Kind::ALL {
        let path = format!("kind/{}.html", kind_slug(k));
        let chosen: Vec<&Commitment> = items.iter().filter(|c| c.kind == k).collect();
        let text = filter_page(ctx, &path, k.plural(), &chosen, None);
        out.push((path, text));
    }
    for name in categories(ctx.project) {
        let path = format!("category/{}.html", super::slug(name));
        let chosen: Vec<&Commitment> = items.iter().filter(|c| c.category.trim() == name).collect();
        let heading = crate::t!("site-filter-category", category = name);
        let text = filter_page(ctx, &path, &heading, &chosen, None);
        out.push((path, text));
    }
    for t in terms(ctx.project) {
        let path = format!("term/{}.html", super::slug(&t.id));
        let chosen: Vec<&Commitment> = items.iter().filter(|c| c.terms.contains(&t.id)).collect();
        let text = filter_page(ctx, &path, &term_name(t), &chosen, None);
        out.push((path, text));
    }
    out
}

fn filter_page(
    ctx: &Ctx<'_>,
    path: &str,
    heading: &str,
    chosen: &[&Commitment],
    definition: Option<&str>,
) -> String {
    let main = html! {
        h1 { (heading) } "\n"
        @if let Some(d) = definition { p class="note" { (d) } "\n" }
        p { (crate::t!("site-items-count", count = chosen.len())) } "\n"
        (filters(ctx, path))
        (list(ctx, path, chosen))
    };
    shell(ctx, path, heading, main, false)
}

fn home(ctx: &Ctx<'_>) -> String {
    let path = "index.html";
    let p = ctx.project;
    let summary = Summary::of_commitments(&p.commitments, ctx.asked);
    let board = dashboard(p, ctx.asked, ctx.today);
    let all: Vec<&Commitment> = p.commitments.iter().collect();
    let main = html! {
        h1 { (user(&p.title)) } "\n"
        p class="asof" { (super::page::figures_line(ctx)) } "\n"
        @if !p.description.trim().is_empty() {
            p { (lines(&p.description)) } "\n"
        }
        (headline(&summary))
        @if let Some(cov) = &board.recommendations {
            section aria-labelledby="recs" {
                "\n"
                h2 id="recs" { (crate::t!("dashboard-recommendations", count = cov.all.total())) } "\n"
                p class="note" { (crate::t!("site-recommendations-apart")) } "\n"
                @if let Some(share) = cov.share_answered() {
                    p {
                        (crate::t!(
                            "dashboard-coverage",
                            answered = cov.supported_answered,
                            supported = cov.supported,
                            share = crate::t!("dashboard-percent", percent = crate::report::percent(share))
                        ))
                    }
                    "\n"
                }
                (status_list(&cov.all))
            }
            "\n"
        }
        (progress(p, ctx.stated))
        (groups("by-actor", &crate::t!("dashboard-by-actor"), &board.by_actor))
        (groups("by-category", &crate::t!("dashboard-by-category"), &board.by_category))
        section aria-labelledby="latest" {
            "\n"
            h2 id="latest" { (crate::t!("dashboard-latest-changes")) } "\n"
            @if board.latest_changes.is_empty() {
                p { (crate::t!("site-no-changes")) } "\n"
            } @else {
                ul class="changes" {
                    "\n"
                    @for ch in &board.latest_changes {
                        li {
                            span class="date" { (ch.date) } " "
                            // Escaped id, linked to its page by `id_link`.
                            (PreEscaped(id_link(ctx, path, &ch.id))) " " (user(&ch.title)) ": "
                            (chip(ch.from)) " → " (chip(ch.to))
                        }
                        "\n"
                    }
                }
                "\n"
            }
        }
        "\n"
        section aria-labelledby="years" {
            "\n"
            h2 id="years" { (crate::t!("site-years")) } "\n"
            @if ctx.years.is_empty() {
                p { (crate::t!("site-no-changes")) } "\n"
            } @else {
                ul class="years" {
                    @for y in ctx.years {
                        li { a href={ "years/" (y) ".html" } { (y) } }
                    }
                }
                "\n"
            }
        }
        "\n"
        section aria-labelledby="all" {
            "\n"
            h2 id="all" { (crate::t!("site-all-items")) } "\n"
            (filters(ctx, path))
            // The search box only shows once the script runs: without it the filter pages do.
            div class="search" role="search" hidden {
                label for="search" { (crate::t!("site-search")) } " "
                input id="search" type="search" autocomplete="off";
                " " output id="search-count" aria-live="polite" {}
            }
            "\n"
            (list(ctx, path, &all))
            // Data for the script, not run: `index::json` leaves no `<` in it to end the element.
            script id="site-index" type="application/json" { (PreEscaped(super::index::json(ctx))) }
            "\n"
        }
        "\n"
    };
    shell(ctx, path, &p.title, main, true)
}

/// Counts, shares and the status bar, of commitments only.
fn headline(summary: &Summary) -> Markup {
    let total = summary.total();
    let replaced = replaced_figures(summary);
    html! {
        section aria-labelledby="figures" {
            "\n"
            h2 id="figures" { (crate::t!("report-headline")) } "\n"
            p class="big" {
                strong { (crate::i18n::number(total as i64)) } " "
                (crate::t!("report-commitments-tracked", count = total))
            }
            "\n"
            p { (shares_line(summary)) } "\n"
            p class="note" { (not_assessed_note(summary)) } "\n"
            @if !replaced.is_empty() {
                p { (replaced.join(" ")) " " (crate::t!("report-replaced-keep")) } "\n"
            }
            (bar(summary))
            (status_list(summary))
        }
        "\n"
    }
}

/// The dashboard's bars per group (who committed, category): each group's name and size, its
/// bar, and the counts in words.
fn groups(id: &str, heading: &str, groups: &[(String, Summary)]) -> Markup {
    if groups.is_empty() {
        return html! {};
    }
    html! {
        section aria-labelledby=(id) {
            "\n"
            h2 id=(id) { (heading) } "\n"
            @for (i, (name, summary)) in groups.iter().enumerate() {
                div class="group" {
                    p {
                        strong { (user(&crate::model::dashboard::group_label(name))) }
                        " — " (counts_line(summary))
                    }
                    (bar_named(summary, &format!("{id}-{i}")))
                }
                "\n"
            }
        }
        "\n"
    }
}

/// Progress over time, as the dashboard draws it: the commitments by status at each date a
/// status changed, as stacked columns, up to the date the figures are for; a table below says
/// the same in words.
fn progress(project: &Project, until: crate::model::Date) -> Markup {
    let t = crate::model::dashboard::timeline(project, Some(until));
    let (Some(first), Some(last)) = (t.dates.first(), t.dates.last()) else {
        return html! {};
    };
    let title = crate::t!(
        "chart-timeline-span",
        first = first.to_string(),
        last = last.to_string()
    );
    let most = t.most();
    let width = 1000.0 / t.dates.len() as f64;
    let mut rects = Vec::new();
    for (i, counts) in t.counts.iter().enumerate() {
        let mut y = 200.0;
        for s in Status::ALL {
            let h = counts[s.index()] as f64 * 200.0 / most as f64;
            if h > 0.0 {
                y -= h;
                rects.push((s, i as f64 * width, y, h));
            }
        }
    }
    html! {
        section aria-labelledby="progress" {
            "\n"
            h2 id="progress" { (crate::t!("dashboard-progress")) } "\n"
            svg class="progress" viewBox="0 0 1000 200" preserveAspectRatio="none" width="100%"
                height="200" role="img" aria-labelledby="progress-title"
                xmlns="http://www.w3.org/2000/svg" {
                title id="progress-title" { (title) }
                @for (s, x, y, h) in rects {
                    rect class={ "s" (s.index()) } x=(format!("{x:.3}")) y=(format!("{y:.3}"))
                        width=(format!("{width:.3}")) height=(format!("{h:.3}")) {}
                }
            }
            "\n"
            details {
                summary { (title) }
                table {
                    thead { tr {
                        th scope="col" { (crate::t!("chart-table-date")) }
                        @for s in Status::ALL { th scope="col" { (s.label()) } }
                    } }
                    tbody {
                        @for (date, counts) in t.dates.iter().zip(&t.counts) {
                            tr {
                                td { (date.to_string()) }
                                @for s in Status::ALL { td { (counts[s.index()]) } }
                            }
                        }
                    }
                }
            }
            "\n"
        }
        "\n"
    }
}

/// "Fulfilled 4, In progress 1": the statuses a group has, in the scale's order.
fn counts_line(summary: &Summary) -> String {
    Status::ALL
        .iter()
        .filter(|s| summary.count(**s) > 0)
        .map(|s| format!("{} {}", s.label(), summary.count(*s)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The share of each status as an SVG bar; its title and the list after it say the same in
/// words.
fn bar(summary: &Summary) -> Markup {
    bar_named(summary, "bar-title")
}

/// The bar with its title under `id`, unique on its page.
fn bar_named(summary: &Summary, id: &str) -> Markup {
    let total = summary.total();
    if total == 0 {
        return html! {};
    }
    let label = crate::t!("report-bar-label", parts = counts_line(summary));
    let mut x = 0.0;
    let mut parts = Vec::new();
    for s in Status::ALL {
        let n = summary.count(s);
        if n > 0 {
            let w = n as f64 * 1000.0 / total as f64;
            parts.push((s, x, w));
            x += w;
        }
    }
    html! {
        svg class="bar" viewBox="0 0 1000 40" preserveAspectRatio="none" width="100%" height="40"
            role="img" aria-labelledby=(id) xmlns="http://www.w3.org/2000/svg" {
            title id=(id) { (label) }
            @for (s, x, w) in parts {
                rect class={ "s" (s.index()) } x=(format!("{x:.3}")) y="0"
                    width=(format!("{w:.3}")) height="40" {}
            }
        }
        "\n"
    }
}

fn status_list(summary: &Summary) -> Markup {
    html! {
        ul class="legend" {
            "\n"
            @for s in Status::ALL {
                li {
                    a href={ "status/" (status_slug(s)) ".html" } {
                        span class={ "swatch s" (s.index()) } {}
                        (s.label())
                    }
                    ": " (crate::i18n::number(summary.count(s) as i64))
                }
                "\n"
            }
        }
        "\n"
    }
}

/// Links to every filter page.
fn filters(ctx: &Ctx<'_>, path: &str) -> Markup {
    let home = super::page::to_lang(path);
    let categories = categories(ctx.project);
    let terms = terms(ctx.project);
    html! {
        nav class="filters" aria-label=(crate::t!("site-filters")) {
            "\n"
            p { (crate::t!("site-by-status")) } "\n"
            ul {
                @for s in Status::ALL {
                    li { a href={ (home) "status/" (status_slug(s)) ".html" } { (s.label()) } }
                }
            }
            "\n"
            p { (crate::t!("site-by-kind")) } "\n"
            ul {
                @for k in Kind::ALL {
                    li { a href={ (home) "kind/" (kind_slug(k)) ".html" } { (k.plural()) } }
                }
            }
            "\n"
            @if !categories.is_empty() {
                p { (crate::t!("site-by-category")) } "\n"
                ul {
                    @for name in &categories {
                        li { a href={ (home) "category/" (super::slug(name)) ".html" } { (user(name)) } }
                    }
                }
                "\n"
            }
            @if !terms.is_empty() {
                p { (crate::t!("site-by-term")) } "\n"
                ul {
                    @for t in &terms {
                        li { a href={ (home) "term/" (super::slug(&t.id)) ".html" } { (user(&term_name(t))) } }
                    }
                }
                "\n"
            }
            p { a href={ (home) "index.html#all" } { (crate::t!("site-all-items")) } } "\n"
        }
        "\n"
    }
}

/// The items, in file order, each with its status and a link to its page.
fn list(ctx: &Ctx<'_>, path: &str, items: &[&Commitment]) -> Markup {
    html! {
        ul id="items" class="items" {
            "\n"
            @for c in items {
                li data-id=(c.id) {
                    @match item_href(ctx, path, &c.id) {
                        Some(href) => { a href=(href) { (c.id) } },
                        None => { (c.id) },
                    }
                    " " (user(&c.title)) " " (chip(status_of(c, ctx.asked)))
                    " " small class="note" { (c.kind.label()) }
                }
                "\n"
            }
        }
        "\n"
    }
}
