//! One item's page: its status, what it is, the whole dated history with the evidence each
//! step rests on, every evidence link with its archived copy, public notes, related items and
//! a citation line.

use maud::{PreEscaped, html};

use crate::model::links::check_link;
use crate::model::summary::status_of;
use crate::model::{Commitment, Date};
use crate::report::html::text;
use crate::report::recommendation_words::{detail_lines, link_lines};
use crate::report::replacement_words::{replaced_line_with, replaces_line_with};

use super::Ctx;
use super::page::{chip, evidence_link, id_link, lines, one_line, shell, user};

pub(crate) fn page(ctx: &Ctx<'_>, c: &Commitment) -> String {
    let slug = ctx.pages.slug(&c.id).unwrap_or("_");
    let path = format!("items/{slug}.html");
    let p = ctx.project;
    let status = status_of(c, ctx.asked);
    let known = |d: Option<Date>| crate::model::as_of::known_on(d, ctx.asked);
    let id = |i: &str| id_link(ctx, &path, i);
    let mut related: Vec<String> = Vec::new();
    if let Some(r) = c.replaced_on(ctx.asked) {
        related.push(replaced_line_with(r, text, id));
    }
    let replaced: Vec<_> = (ctx.family.replaced(&c.id).iter())
        .filter(|r| r.commitment.replaced_on(ctx.asked).is_some())
        .collect();
    if !replaced.is_empty() {
        related.push(replaces_line_with(replaced.iter().copied(), id));
    }
    related.extend(link_lines(p, c, ctx.asked, text, id));
    let children = ctx.family.children(&c.id);
    let source = p.sources.iter().find(|s| s.id == c.source);
    let history: Vec<_> = c.history.iter().filter(|h| known(Some(h.date))).collect();
    let evidence: Vec<_> = c.evidence.iter().filter(|e| known(e.date)).collect();
    let notes: Vec<_> = c.notes.iter().filter(|n| known(Some(n.date))).collect();
    let overdue = c.days_overdue(status, ctx.stated).and(c.deadline);
    let title = format!("{} {}", c.id, one_line(&c.title));
    let main = html! {
        article {
            "\n"
            h1 { (c.id) " " (user(&c.title)) } "\n"
            p class="status" {
                (chip(status))
                @if let Some(d) = overdue {
                    " " span class="overdue" { (crate::t!("report-overdue", date = d.to_string())) }
                }
            }
            "\n"
            @for line in &related {
                // Escaped words and linked ids, put together by the shared sentence builders.
                p class="related" { (PreEscaped(line)) } "\n"
            }
            dl class="facts" {
                "\n"
                dt { (crate::t!("report-col-kind")) } dd { (c.kind.label()) } "\n"
                @if !c.actor.trim().is_empty() {
                    dt { (crate::t!("report-col-actor")) } dd { (user(&c.actor)) } "\n"
                }
                @if !c.category.trim().is_empty() {
                    dt { (crate::t!("report-col-category")) } dd { (user(&c.category)) } "\n"
                }
                @if !c.responsible.trim().is_empty() {
                    dt { (crate::t!("site-responsible")) } dd { (user(&c.responsible)) } "\n"
                }
                @if let Some(d) = c.date_committed {
                    dt { (crate::t!("site-committed")) } dd class="date" { (d) } "\n"
                }
                @if let Some(d) = c.deadline {
                    dt { (crate::t!("report-col-deadline")) } dd class="date" { (d) } "\n"
                }
                @if let Some(s) = source {
                    dt { (crate::t!("site-source")) }
                    dd {
                        @match check_link(&s.url).openable() {
                            Some(url) => {
                                a href=(url) rel="noopener noreferrer" { (user(&s.title)) }
                            },
                            None => { (user(&s.title)) },
                        }
                        @if !s.publisher.trim().is_empty() { ", " (user(&s.publisher)) }
                        @if let Some(d) = s.date { ", " span class="date" { (d) } }
                    }
                    "\n"
                }
                @if let Some(parent) = &c.parent {
                    dt { (crate::t!("site-parent")) }
                    // Escaped id, linked to its page by `id_link`.
                    dd { (PreEscaped(id(parent))) } "\n"
                }
                @if !children.is_empty() {
                    dt { (crate::t!("site-children")) }
                    dd {
                        @for (i, k) in children.iter().enumerate() {
                            @if i > 0 { ", " }
                            // Escaped id, linked to its page by `id_link`.
                            (PreEscaped(id(&k.id)))
                        }
                    }
                    "\n"
                }
                @if !c.tags.is_empty() {
                    dt { (crate::t!("site-tags")) } dd { (user(&c.tags.join(", "))) } "\n"
                }
            }
            "\n"
            @if let Some(r) = c.recommendation.as_ref().filter(|_| c.is_recommendation()) {
                ul class="details" {
                    "\n"
                    @for line in detail_lines(p, c, r, ctx.asked) {
                        li { (lines(&line)) } "\n"
                    }
                }
                "\n"
            } @else if !c.quote.trim().is_empty() {
                blockquote { p { (lines(&c.quote)) } } "\n"
            }
            section aria-labelledby="history" {
                "\n"
                h2 id="history" { (crate::t!("site-history")) } "\n"
                @if history.is_empty() {
                    p { (crate::t!("site-no-history")) } "\n"
                } @else {
                    ol class="history" {
                        "\n"
                        @for h in &history {
                            li {
                                span class="date" { (h.date) } " " (chip(h.from)) " → " (chip(h.to))
                                @if !h.note.trim().is_empty() { " " (lines(&h.note)) }
                                @let cited: Vec<_> = h.evidence.iter()
                                    .filter_map(|e| c.evidence_by_id(*e)).collect();
                                @if !cited.is_empty() {
                                    ul class="cited" {
                                        @for e in cited {
                                            li { (evidence_link(e)) }
                                        }
                                    }
                                }
                            }
                            "\n"
                        }
                    }
                    "\n"
                }
            }
            "\n"
            section aria-labelledby="evidence" {
                "\n"
                h2 id="evidence" { (crate::t!("detail-view-evidence", count = evidence.len())) } "\n"
                @if !evidence.is_empty() {
                    ul class="evidence" {
                        "\n"
                        @for e in &evidence {
                            li id={ "e-" (e.id) } {
                                @if let Some(d) = e.date { span class="date" { (d) } " " }
                                (evidence_link(e))
                                @if !e.publisher.trim().is_empty() && e.title.trim() != e.publisher.trim() {
                                    " — " (user(&e.publisher))
                                }
                                " " small class="note" { (e.confidence.label()) }
                                @if !e.note.trim().is_empty() { br; small { (lines(&e.note)) } }
                            }
                            "\n"
                        }
                    }
                    "\n"
                }
            }
            "\n"
            @if !notes.is_empty() {
                section aria-labelledby="notes" {
                    "\n"
                    h2 id="notes" { (crate::t!("detail-view-notes")) } "\n"
                    ul class="notes" {
                        "\n"
                        @for n in &notes {
                            li { span class="date" { (n.date) } " " (lines(&n.text)) } "\n"
                        }
                    }
                    "\n"
                }
                "\n"
            }
            section aria-labelledby="cite" {
                "\n"
                h2 id="cite" { (crate::t!("site-cite")) } "\n"
                p class="citation" {
                    (user(&crate::report::citation(p, c, Some(ctx.stated))))
                }
                "\n"
            }
            "\n"
        }
        "\n"
    };
    shell(ctx, &path, &title, main, false)
}
