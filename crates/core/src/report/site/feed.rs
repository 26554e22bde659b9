//! The Atom feed of a language folder: one entry per status change and per new item, newest
//! first, so a reader can subscribe to what changes.

use std::fmt::Write as _;

use crate::model::as_of::known_on;
use crate::model::{Commitment, Date};

use super::Ctx;
use super::page::one_line;

struct Entry<'a> {
    date: Date,
    c: &'a Commitment,
    /// The history entry's place, or `None` for the item's own arrival.
    change: Option<usize>,
}

pub(crate) fn feed(ctx: &Ctx<'_>) -> String {
    let mut entries: Vec<Entry<'_>> = Vec::new();
    for (index, c) in ctx.project.commitments.iter().enumerate() {
        // An id given twice: the page, and the feed, are the first item's.
        if ctx.pages.owned(index, &c.id).is_none() {
            continue;
        }
        if let Some(date) = c.date_committed.filter(|d| known_on(Some(*d), ctx.asked)) {
            entries.push(Entry {
                date,
                c,
                change: None,
            });
        }
        for (i, h) in c.history.iter().enumerate() {
            if known_on(Some(h.date), ctx.asked) {
                entries.push(Entry {
                    date: h.date,
                    c,
                    change: Some(i),
                });
            }
        }
    }
    // Newest first; on one day, in file order, an item's arrival before its changes.
    entries.sort_by(|a, b| {
        (b.date.first_day())
            .cmp(&a.date.first_day())
            .then_with(|| a.c.id.cmp(&b.c.id))
            .then_with(|| a.change.cmp(&b.change))
    });
    // Entries keep their ids while the project is edited: the ids name the tracker by its
    // title, the item by its id and the change by its place in a history that only grows.
    let base = format!(
        "urn:reform-tracker:{:016x}:{}",
        super::fnv1a(one_line(&ctx.project.title).as_bytes()),
        ctx.lang.code()
    );
    let updated = entries
        .first()
        .map(|e| e.date)
        .or(ctx.project.as_of)
        .unwrap_or(ctx.stated);
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    let _ = writeln!(
        out,
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">",
        ctx.lang.code()
    );
    let _ = writeln!(out, "<title>{}</title>", xml(&one_line(&ctx.project.title)));
    let _ = writeln!(out, "<subtitle>{}</subtitle>", xml(&crate::t!("site-feed")));
    let _ = writeln!(out, "<id>{base}</id>");
    let _ = writeln!(out, "<updated>{}</updated>", stamp(updated));
    let _ = writeln!(out, "<link rel=\"alternate\" href=\"index.html\"/>");
    let _ = writeln!(
        out,
        "<author><name>{}</name></author>",
        xml(&one_line(&ctx.project.title))
    );
    let _ = writeln!(
        out,
        "<generator version=\"{}\">Reform Tracker</generator>",
        env!("CARGO_PKG_VERSION")
    );
    for e in &entries {
        let slug = ctx.pages.slug(&e.c.id).unwrap_or("_");
        let title = one_line(&e.c.title);
        let (id, heading, summary) = match e.change.and_then(|i| Some((i, e.c.history.get(i)?))) {
            Some((i, h)) => {
                let moved = crate::t!(
                    "period-change-line",
                    from = h.from.label(),
                    to = h.to.label()
                );
                (
                    format!("{base}:{slug}:change-{i}"),
                    format!("{} {title}: {moved}", e.c.id),
                    one_line(&h.note),
                )
            }
            None => (
                format!("{base}:{slug}:new"),
                crate::t!("site-feed-new", id = e.c.id.as_str(), title = title),
                one_line(&e.c.quote),
            ),
        };
        out.push_str("<entry>\n");
        let _ = writeln!(out, "<id>{}</id>", xml(&id));
        let _ = writeln!(out, "<title>{}</title>", xml(&heading));
        let _ = writeln!(out, "<updated>{}</updated>", stamp(e.date));
        let _ = writeln!(out, "<link rel=\"alternate\" href=\"items/{slug}.html\"/>");
        if !summary.is_empty() {
            let _ = writeln!(out, "<summary>{}</summary>", xml(&summary));
        }
        out.push_str("</entry>\n");
    }
    out.push_str("</feed>\n");
    out
}

/// A date as Atom wants it; a partial date stands for its first day.
fn stamp(d: Date) -> String {
    let d = d.first_day();
    format!(
        "{:04}-{:02}-{:02}T00:00:00Z",
        d.year(),
        d.month().unwrap_or(1),
        d.day().unwrap_or(1)
    )
}

/// Text escaped for XML, less the characters XML 1.0 cannot hold at all (control characters
/// a pasted text may carry): a feed with one of those is refused whole by readers.
pub(crate) fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(ch),
            c if c.is_control() || matches!(c, '\u{FFFE}' | '\u{FFFF}') => {}
            c => out.push(c),
        }
    }
    out
}
