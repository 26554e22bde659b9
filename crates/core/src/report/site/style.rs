//! The site's style sheet: the HTML export's, with the status colours from the design tokens,
//! and what a site adds (header, navigation, the bar as SVG, lists). A file, not inline: the
//! security policy allows only the site's own files.

use std::fmt::Write as _;

use crate::model::Status;
use crate::report::palette::{hex, status_rgb, status_text_rgb};

const SITE: &str = "
header{border-bottom:1px solid #bbb;margin-bottom:1rem;display:flex;flex-wrap:wrap;
gap:.4rem 1.5rem;align-items:baseline}
header .site{font-weight:600;margin:.4rem 0}
nav ul{list-style:none;padding:0;margin:.3rem 0;display:flex;flex-wrap:wrap;gap:.3rem 1rem}
.langs{margin-left:auto}
.skip{position:absolute;left:-999rem}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.3rem}
footer{border-top:1px solid #bbb;margin-top:2rem;color:#444;font-size:.85rem}
main{overflow-wrap:anywhere}
svg.bar{display:block;border:1px solid #666;margin:1rem 0 .4rem}
.big{font-size:1.3rem}
.items,.changes,.history,.evidence,.notes{padding-left:1.2rem}
.items li,.changes li,.history>li,.evidence li{margin:.3rem 0}
.filters p{margin:.5rem 0 0;font-weight:600}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}
dl.facts dt{font-weight:600}dl.facts dd{margin:0}
blockquote{border-left:3px solid #bbb;margin:1rem 0;padding:0 1rem;color:#333}
.citation{font-family:ui-monospace,monospace;font-size:.85rem;background:#f4f4f4;padding:.5rem}
.host{color:#444;font-size:.85rem}
.search{margin:.6rem 0}
[hidden]{display:none!important}
@media print{header nav,.filters,.search,.skip{display:none}}
";

pub(crate) fn css() -> String {
    let mut out = String::from(crate::report::html::STYLE);
    out.push_str(SITE);
    for s in Status::ALL {
        let (bg, fg) = (hex(status_rgb(s)), hex(status_text_rgb(s)));
        let i = s.index();
        let _ = writeln!(
            out,
            ".s{i}{{background:{bg};color:{fg}}}rect.s{i}{{fill:{bg}}}"
        );
    }
    out
}
