//! The search index (one JSON file per language, also inside the home page for the script,
//! which may not fetch anything) and the script that uses it to filter the list as one types.
//! The list and its filter pages work without the script; it only makes them quicker.

use crate::model::summary::status_of;

use super::Ctx;

/// Instant search over the home page's list. It reads the index from the page itself: the
/// security policy forbids fetching, and a site opened from a disk could not fetch anyway.
pub(crate) const SCRIPT: &str = r#"// Reform Tracker: instant search over the list of items.
(function () {
  'use strict';
  var data = document.getElementById('site-index');
  var list = document.getElementById('items');
  var box = document.getElementById('search');
  var count = document.getElementById('search-count');
  if (!data || !list || !box) { return; }
  var entries;
  try { entries = JSON.parse(data.textContent); } catch (e) { return; }
  var text = {};
  entries.forEach(function (e) {
    text[e.id] = [e.id, e.title, e.status, e.kind, e.category].join(' ').toLowerCase();
  });
  var rows = Array.prototype.slice.call(list.querySelectorAll('li[data-id]'));
  box.parentNode.hidden = false;
  box.addEventListener('input', function () {
    var words = box.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row) {
      var t = text[row.getAttribute('data-id')] || '';
      var hit = words.every(function (w) { return t.indexOf(w) >= 0; });
      row.hidden = !hit;
      if (hit) { shown += 1; }
    });
    if (count) { count.textContent = words.length ? shown + ' / ' + rows.length : ''; }
  });
}());
"#;

/// One entry per item with a page: id, title, status and kind in the language, category and
/// the page's address. `<`, `>` and `&` are written as escapes, so the text can sit inside a
/// page's `script` element without ever ending it.
pub(crate) fn json(ctx: &Ctx<'_>) -> String {
    let mut out = String::from("[");
    let mut first = true;
    for (index, c) in ctx.project.commitments.iter().enumerate() {
        let Some(slug) = ctx.pages.owned(index, &c.id) else {
            continue;
        };
        if !first {
            out.push(',');
        }
        first = false;
        out.push_str("\n{");
        let fields = [
            ("id", c.id.as_str()),
            ("title", c.title.as_str()),
            ("status", status_of(c, ctx.asked).label()),
            ("kind", c.kind.label()),
            ("category", c.category.as_str()),
        ];
        for (name, value) in fields {
            out.push_str(&format!("\"{name}\":{},", string(value)));
        }
        out.push_str(&format!(
            "\"href\":{}}}",
            string(&format!("items/{slug}.html"))
        ));
    }
    out.push_str("\n]\n");
    out
}

/// A JSON string.
fn string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for ch in s.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", u32::from(ch)));
            }
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
