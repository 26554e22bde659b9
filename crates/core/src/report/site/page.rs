//! What every page shares: the head with its security policy and language alternates, the
//! header with the language switch, the footer, and the small pieces pages are made of.

use maud::{DOCTYPE, Markup, html};

use crate::i18n::Lang;
use crate::model::links::{LinkCheck, check_link};
use crate::model::{Evidence, Project, Status};

use super::Ctx;

/// Forbids every outside load: styles and the script come from the site's own files.
pub(crate) const CSP: &str = "default-src 'none'; style-src 'self'; script-src 'self'; \
    img-src 'self' data:; base-uri 'none'; form-action 'none'";

/// `../` as many times as `path` (relative to a language folder) is deep, plus one for the
/// language folder: the way back to the site's top.
pub(crate) fn to_top(path: &str) -> String {
    "../".repeat(path.matches('/').count() + 1)
}

/// The way from `path` back to its language folder.
pub(crate) fn to_lang(path: &str) -> String {
    "../".repeat(path.matches('/').count())
}

/// A whole page at `path` (relative to its language folder): head, header with the language
/// switch, `main`, footer.
pub(crate) fn shell(ctx: &Ctx<'_>, path: &str, title: &str, main: Markup, script: bool) -> String {
    let top = to_top(path);
    let home = to_lang(path);
    let project_title = one_line(&ctx.project.title);
    let full_title = if title == project_title {
        project_title.clone()
    } else {
        format!("{title} — {project_title}")
    };
    let page = html! {
        (DOCTYPE) "\n"
        html lang=(ctx.lang.code()) {
            "\n"
            head {
                "\n"
                (head_start(&full_title, &top))
                @for lang in Lang::ALL {
                    link rel="alternate" hreflang=(lang.code())
                        href={ (top) (lang.code()) "/" (path) }; "\n"
                }
                link rel="alternate" type="application/atom+xml"
                    title=(crate::t!("site-feed")) href={ (home) "feed.xml" }; "\n"
                @if script {
                    script src={ (top) "search.js" } defer {} "\n"
                }
            }
            "\n"
            body {
                "\n"
                a class="skip" href="#main" { (crate::t!("site-skip")) } "\n"
                header {
                    "\n"
                    p class="site" { a href={ (home) "index.html" } { bdi { (project_title) } } } "\n"
                    nav aria-label=(crate::t!("site-nav")) {
                        "\n"
                        ul {
                            li { a href={ (home) "index.html" } { (crate::t!("site-home")) } }
                            li { a href={ (home) "index.html#years" } { (crate::t!("site-years")) } }
                            li { a href={ (home) "feed.xml" } { (crate::t!("site-feed")) } }
                        }
                        "\n"
                    }
                    "\n"
                    (switch(ctx.lang, &top, path))
                }
                "\n"
                main id="main" {
                    "\n"
                    (main)
                }
                "\n"
                (footer(ctx))
            }
            "\n"
        }
        "\n"
    };
    page.into_string()
}

/// What every page's head starts with: the policy that forbids outside loads, no referrer
/// sent to the sites it links to, the title and the style sheet `top` leads to.
fn head_start(title: &str, top: &str) -> Markup {
    html! {
        meta charset="utf-8"; "\n"
        meta http-equiv="Content-Security-Policy" content=(CSP); "\n"
        meta name="referrer" content="no-referrer"; "\n"
        meta name="viewport" content="width=device-width, initial-scale=1"; "\n"
        meta name="generator" content={ "Reform Tracker " (env!("CARGO_PKG_VERSION")) }; "\n"
        title { (title) } "\n"
        link rel="stylesheet" href={ (top) "style.css" }; "\n"
    }
}

/// The same page in the other languages; the current one is named, not linked.
fn switch(current: Lang, top: &str, path: &str) -> Markup {
    html! {
        nav class="langs" aria-label=(crate::t!("site-languages")) {
            "\n"
            ul {
                @for lang in Lang::ALL {
                    li {
                        @if lang == current {
                            span aria-current="page" lang=(lang.code()) { (lang.native_name()) }
                        } @else {
                            a href={ (top) (lang.code()) "/" (path) } hreflang=(lang.code())
                                lang=(lang.code()) { (lang.native_name()) }
                        }
                    }
                }
            }
            "\n"
        }
        "\n"
    }
}

fn footer(ctx: &Ctx<'_>) -> Markup {
    html! {
        footer {
            "\n"
            p {
                (figures_line(ctx)) " "
                (crate::t!(
                    "site-generated",
                    version = env!("CARGO_PKG_VERSION"),
                    hash = ctx.hash
                ))
            }
            "\n"
        }
        "\n"
    }
}

/// "Status as of …", then how current the assessments are, when the project says.
pub(crate) fn figures_line(ctx: &Ctx<'_>) -> String {
    crate::report::markdown::dated_line(ctx.project, ctx.asked, ctx.stated)
}

/// The page at the top of the site: the project's title and a link to each language.
pub(crate) fn root(project: &Project, hash: &str) -> String {
    let title = one_line(&project.title);
    let page = html! {
        (DOCTYPE) "\n"
        html lang="en" {
            "\n"
            head {
                "\n"
                (head_start(&title, ""))
                @for lang in Lang::ALL {
                    link rel="alternate" hreflang=(lang.code())
                        href={ (lang.code()) "/index.html" }; "\n"
                }
            }
            "\n"
            body {
                "\n"
                header { h1 { bdi { (title) } } } "\n"
                main id="main" {
                    "\n"
                    nav aria-label=(crate::t!("site-languages")) {
                        ul class="choose" {
                            "\n"
                            @for lang in Lang::ALL {
                                li {
                                    a href={ (lang.code()) "/index.html" } hreflang=(lang.code())
                                        lang=(lang.code()) { (lang.native_name()) }
                                }
                                "\n"
                            }
                        }
                    }
                    "\n"
                }
                "\n"
                footer { p { "Reform Tracker " (env!("CARGO_PKG_VERSION")) " · " (hash) } } "\n"
            }
            "\n"
        }
        "\n"
    };
    page.into_string()
}

/// The status as a coloured chip; the colours come from the design tokens (`palette`).
pub(crate) fn chip(s: Status) -> Markup {
    crate::report::html::chip(s)
}

/// Text from the project, kept apart from the words around it: a right-to-left mark in a
/// title cannot turn the sentence it sits in around.
pub(crate) fn user(text: &str) -> Markup {
    html! { bdi { (text) } }
}

/// Text with its line breaks kept, isolated like `user`.
pub(crate) fn lines(text: &str) -> Markup {
    html! { bdi { (crate::report::html::multiline(text)) } }
}

pub(crate) use crate::report::citation::one_line;

/// The link to an item's page from `path`, or `None` when the project has no item by that id.
pub(crate) fn item_href(ctx: &Ctx<'_>, path: &str, id: &str) -> Option<String> {
    let slug = ctx.pages.slug(id)?;
    Some(format!("{}items/{slug}.html", to_lang(path)))
}

/// An id, linked to its item's page when there is one.
pub(crate) fn id_link(ctx: &Ctx<'_>, path: &str, id: &str) -> String {
    match item_href(ctx, path, id) {
        Some(href) => html! { a href=(href) { (id) } }.into_string(),
        None => html! { (id) }.into_string(),
    }
}

/// An evidence link with where it goes, its archived copy and a Wayback lookup; an address
/// the window would not open is not published at all (it may be a path on the analyst's disk).
pub(crate) fn evidence_link(e: &Evidence) -> Markup {
    let name = e.name();
    match check_link(&e.url) {
        LinkCheck::Openable(url) => {
            let host = url::Url::parse(&url)
                .ok()
                .and_then(|u| u.host_str().map(str::to_owned));
            let wayback = check_link(&format!("https://web.archive.org/web/*/{url}"));
            html! {
                a href=(url) rel="noopener noreferrer" { (user(name.unwrap_or(&url))) }
                @if let Some(host) = host {
                    " " span class="host" { "(" (host) ")" }
                }
                @if let Some(copy) = crate::model::archive::archived_copy(e) {
                    " · " a class="archived" href=(copy) rel="noopener noreferrer" {
                        (crate::t!("archive-copy-link"))
                    }
                }
                @if let Some(lookup) = wayback.openable() {
                    " · " a class="archived" href=(lookup) rel="noopener noreferrer" {
                        (crate::t!("site-wayback"))
                    }
                }
            }
        }
        LinkCheck::Refused { .. } => html! {
            @if let Some(name) = name { (user(name)) }
            @if !e.url.trim().is_empty() {
                " " small class="note" { (crate::t!("site-address-withheld")) }
            }
        },
    }
}
