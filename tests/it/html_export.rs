//! The HTML export: well formed, self-contained, escaped, linking only safe addresses.

use crate::common;

use common::{check_balanced, d, sample};
use reform_tracker::model::Status;
use reform_tracker::model::links::check_link;
use reform_tracker::report::to_html;

/// Every `<a href="…">…</a>`: its address, unescaped, and the element's full text.
fn anchors(html: &str) -> Vec<(String, String)> {
    html.match_indices("<a ")
        .map(|(i, _)| {
            let tail = &html[i..];
            let end = tail.find("</a>").expect("anchor closed") + 4;
            let el = tail[..end].to_owned();
            let href = el
                .split("href=\"")
                .nth(1)
                .and_then(|h| h.split('"').next())
                .expect("anchor has an href")
                .replace("&amp;", "&");
            (href, el)
        })
        .collect()
}

/// Text as the page escapes it. An apostrophe needs no escape: every attribute value is in
/// double quotes.
fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[test]
fn html_is_well_formed_and_loads_nothing() {
    let html = to_html(&sample(), None);
    assert!(html.starts_with("<!DOCTYPE html>"));
    check_balanced(&html);
    let lower = html.to_lowercase();
    for banned in [
        "<script", "src=", "<link", "@import", "url(", "<img", "<iframe",
    ] {
        assert!(!lower.contains(banned), "found {banned}");
    }
    // "http" may appear only inside evidence links (and in the CSP meta tag's name).
    let mut outside = lower.replace("http-equiv", "");
    for (_, el) in anchors(&html) {
        outside = outside.replace(&el.to_lowercase(), "");
    }
    assert!(!outside.contains("http"), "an address outside a link");
    assert!(lower.contains("@media print"));
}

#[test]
fn html_links_only_openable_evidence() {
    let html = to_html(&sample(), None);
    let links = anchors(&html);
    assert_eq!(
        links.len(),
        3,
        "R1, R2 and P2 evidence; R3's script link is text"
    );
    for (href, el) in &links {
        assert_eq!(check_link(href).openable(), Some(href.as_str()));
        assert!(el.contains("rel=\"noopener noreferrer\""));
    }
    assert!(!html.to_lowercase().contains("href=\"javascript"));
    assert!(html.contains("<code>javascript:alert(1)</code>"));
    assert!(html.contains("href=\"https://example.org/court?a=1&amp;b=2\""));
}

#[test]
fn html_holds_every_commitment_escaped_with_chips_bar_and_scale() {
    let p = sample();
    let html = to_html(&p, Some(d("2023-02-01")));
    for c in &p.commitments {
        assert!(html.contains(&format!("<td>{}</td>", esc(&c.id))));
        assert!(
            html.contains(&esc(&c.title).replace('\n', "<br>")),
            "{}",
            c.id
        );
    }
    assert!(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co's offer"));
    assert!(html.contains("<span class=\"chip s2\">In progress</span>"));
    for s in Status::ALL {
        assert!(html.contains(&esc(s.definition())), "definition of {s:?}");
    }
    let widths: f64 = html
        .split("style=\"width:")
        .skip(1)
        .map(|w| {
            w.split('%')
                .next()
                .and_then(|n| n.parse::<f64>().ok())
                .expect("width")
        })
        .sum();
    assert!(
        (widths - 100.0).abs() < 0.01,
        "bar segments fill the bar: {widths}"
    );
    assert!(html.contains("as of 2023-02-01"));
    assert!(
        html.contains("2022-01-01 (overdue)"),
        "R4's deadline is flagged"
    );
}

#[test]
fn without_a_date_overdue_is_measured_against_today_as_in_the_window() {
    // The project's assessments are current to 2024-06-30; P2 was due on 2025-06-30 and is
    // still in progress, so today (as the window says) it is overdue.
    let html = to_html(&sample(), None);
    assert!(html.contains("2025-06-30 (overdue)"), "P2 is flagged");
    let then = to_html(&sample(), Some(d("2025-06-30")));
    assert!(
        !then.contains("2025-06-30 (overdue)"),
        "not on its last day"
    );
}

/// Dates never break at their hyphens, and a note that ends its sentence gets no second period.
#[test]
fn dates_stay_whole_and_sentences_end_once() {
    let project = reform_tracker::storage::shipped_tracker();
    let period =
        Some(reform_tracker::model::period::Period::new(d("2026-01-01"), d("2026-12-31")).unwrap());
    let html = reform_tracker::report::html::to_html_with(&project, None, period);
    assert!(html.contains(".date{white-space:nowrap}"));
    assert!(html.contains("<span class=\"date\">"));
    let markdown = reform_tracker::report::markdown::to_markdown_with(&project, None, period);
    for (name, text) in [("html", &html), ("markdown", &markdown)] {
        let doubled: Vec<&str> = text
            .match_indices("..")
            .filter(|(i, _)| !text[*i..].starts_with("...") && !text[..*i].ends_with('.'))
            .map(|(i, _)| &text[i.saturating_sub(40)..(i + 2).min(text.len())])
            .collect();
        assert!(
            doubled.is_empty(),
            "{name} has a double period: {doubled:?}"
        );
    }
}

#[test]
fn the_legend_says_what_red_means() {
    let html = to_html(&sample(), None);
    assert!(html.contains("<li><span class=\"overdue\">red: overdue</span></li>"));
}
