//! The website: links that resolve, the same pages in every language, byte-identical runs,
//! nothing internal in it, hostile text escaped, a feed that parses as Atom, every page valid
//! HTML5 (by HTML Tidy, which the test command installs), and the command.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};

use crate::cli_common::{bin, succeeds};

use reform_tracker::model::{Commitment, Date, Evidence, Kind, Note, Project, Status};
use reform_tracker::report::site::{Hooks, MARKER, Omitted, Site, site};
use reform_tracker::storage;

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

fn today() -> Date {
    d("2026-12-07")
}

fn made(p: &Project) -> Site {
    site(p, None, today(), &Hooks::none()).unwrap()
}

fn tree(s: &Site) -> BTreeMap<PathBuf, String> {
    (s.files.iter())
        .map(|(p, b)| (p.clone(), String::from_utf8(b.clone()).expect("text files")))
        .collect()
}

/// Every value of `attr="…"` in `text`.
fn attribute_values<'a>(text: &'a str, attr: &str) -> Vec<&'a str> {
    let needle = format!(" {attr}=\"");
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find(&needle) {
        rest = &rest[at + needle.len()..];
        let end = rest.find('"').expect("attribute values are closed");
        out.push(&rest[..end]);
        rest = &rest[end..];
    }
    out
}

/// `base/../x` as a path inside the tree, or `None` when it climbs out of it.
fn resolve(from: &Path, link: &str) -> Option<PathBuf> {
    let mut parts: Vec<String> = Vec::new();
    let dir = from.parent().unwrap_or(Path::new(""));
    for c in dir.join(link).components() {
        match c {
            Component::Normal(s) => parts.push(s.to_string_lossy().into_owned()),
            Component::ParentDir => {
                parts.pop()?;
            }
            Component::CurDir => {}
            _ => return None,
        }
    }
    Some(parts.iter().collect())
}

/// The site's own links (relative `href` and `src`) that lead nowhere: to a missing file, out
/// of the site, or to an `id` the target page lacks.
fn broken_links(files: &BTreeMap<PathBuf, String>) -> Vec<String> {
    let mut broken = Vec::new();
    for (path, text) in files {
        let links =
            (attribute_values(text, "href").into_iter()).chain(attribute_values(text, "src"));
        for link in links {
            let outside = link.contains("://") || link.starts_with("mailto:");
            if outside {
                continue;
            }
            let (file, fragment) = link.split_once('#').unwrap_or((link, ""));
            let target = if file.is_empty() {
                Some(path.clone())
            } else {
                resolve(path, file)
            };
            let Some(target) = target.filter(|t| files.contains_key(t)) else {
                broken.push(format!("{}: {link}", path.display()));
                continue;
            };
            if !fragment.is_empty() && !files[&target].contains(&format!(" id=\"{fragment}\"")) {
                broken.push(format!("{}: {link} (no such id)", path.display()));
            }
        }
    }
    broken
}

#[test]
fn every_link_inside_the_shipped_trackers_site_resolves() {
    let files = tree(&made(&storage::shipped_tracker()));
    let broken = broken_links(&files);
    assert!(broken.is_empty(), "{broken:#?}");
    let links: usize = (files.values())
        .map(|t| attribute_values(t, "href").len())
        .sum();
    assert!(links > 5_000, "the checker saw the links: {links}");
    // Each item of the file has its page in each language.
    let p = storage::shipped_tracker();
    for lang in ["en", "ru", "kk"] {
        for c in &p.commitments {
            let page = PathBuf::from(format!("{lang}/items/{}.html", c.id));
            assert!(files.contains_key(&page), "{}", page.display());
        }
    }
}

#[test]
fn the_link_checker_finds_a_broken_link() {
    let mut files = BTreeMap::new();
    files.insert(
        PathBuf::from("en/index.html"),
        "<a href=\"items/X.html\">x</a> <a href=\"#top\">t</a> <a href=\"https://e.org/\">e</a>"
            .to_owned(),
    );
    assert_eq!(
        broken_links(&files),
        [
            "en/index.html: items/X.html",
            "en/index.html: #top (no such id)"
        ]
    );
}

#[test]
fn the_three_language_folders_hold_the_same_pages_in_their_language() {
    let files = tree(&made(&storage::shipped_tracker()));
    let names = |lang: &str| -> BTreeSet<PathBuf> {
        (files.keys())
            .filter_map(|p| p.strip_prefix(lang).ok().map(Path::to_path_buf))
            .collect()
    };
    let en = names("en");
    assert!(en.len() > 60, "{}", en.len());
    assert_eq!(en, names("ru"));
    assert_eq!(en, names("kk"));
    let home = |lang: &str| &files[&PathBuf::from(format!("{lang}/index.html"))];
    assert!(home("en").contains("<html lang=\"en\">"));
    assert!(home("ru").contains("<html lang=\"ru\">") && home("ru").contains("Главная"));
    assert!(home("kk").contains("<html lang=\"kk\">") && home("kk").contains("Басты бет"));
}

#[test]
fn every_page_has_landmarks_the_security_policy_alternates_and_no_inline_style_or_script() {
    let files = tree(&made(&storage::shipped_tracker()));
    let csp = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
        style-src 'self'; script-src 'self'; img-src 'self' data:; base-uri 'none'; \
        form-action 'none'\">";
    for (path, text) in files
        .iter()
        .filter(|(p, _)| p.extension() == Some("html".as_ref()))
    {
        let at = path.display();
        assert!(text.starts_with("<!DOCTYPE html>"), "{at}");
        assert!(text.contains(csp), "{at}");
        for landmark in ["<header", "<main", "<footer", "<nav", "<h1"] {
            assert!(text.contains(landmark), "{at}: {landmark}");
        }
        assert!(!text.contains(" style=\""), "{at}: inline style");
        assert!(!text.contains("<style"), "{at}: inline style sheet");
        assert!(!text.contains("<iframe") && !text.contains("<img"), "{at}");
        // A script element is either the site's file or data the policy does not run.
        for (i, _) in text.match_indices("<script") {
            let tag = &text[i..i + text[i..].find('>').unwrap()];
            assert!(
                tag.contains(" src=\"") || tag.contains("type=\"application/json\""),
                "{at}: {tag}"
            );
        }
        if path.starts_with("en") {
            for lang in ["en", "ru", "kk"] {
                assert!(text.contains(&format!("hreflang=\"{lang}\"")), "{at}");
            }
            assert!(text.contains(&format!("Reform Tracker {}", env!("CARGO_PKG_VERSION"))));
        }
    }
}

#[test]
fn two_runs_give_byte_identical_sites() {
    let p = storage::shipped_tracker();
    let (a, b) = (made(&p), made(&p));
    assert_eq!(a.files.len(), b.files.len());
    for ((pa, ba), (pb, bb)) in a.files.iter().zip(&b.files) {
        assert_eq!(pa, pb);
        assert!(ba == bb, "{} differs between runs", pa.display());
    }
    // The project says how current it is: a run on another day gives the same site.
    assert!(p.as_of.is_some());
    let tomorrow = site(&p, None, d("2026-12-08"), &Hooks::none()).unwrap();
    assert!(tomorrow == a, "the day of the run shows nowhere");
    let names: Vec<&PathBuf> = a.files.iter().map(|(p, _)| p).collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "files come sorted");
    // A different project gives a different hash in the footer.
    let mut changed = p.clone();
    changed.title.push('!');
    let home = |s: &Site| tree(s)[&PathBuf::from("en/index.html")].clone();
    let footer = |t: String| t[t.find("<footer>").unwrap()..].to_owned();
    assert_ne!(footer(home(&a)), footer(home(&made(&changed))));
}

/// A project whose internal parts carry markers that must appear nowhere in the site.
fn with_internal_parts() -> Project {
    let mut p = Project {
        title: "Public tracker".into(),
        ..Project::default()
    };
    let mut secret = Commitment::new("SECRET-ID-4d1e", Kind::Reform, "SECRET-TITLE-8c2f");
    secret.internal = true;
    secret.quote = "SECRET-QUOTE-19aa".into();
    secret.date_committed = Some(d("2024-01-01"));
    secret.change_status(
        Status::Fulfilled,
        d("2024-02-01"),
        "SECRET-CHANGE-77b0".into(),
        vec![],
    );
    let mut rec = Commitment::new_recommendation("SECRET-REC-5e5e", "SECRET-REC-TITLE-0f0f");
    rec.internal = true;
    let mut c = Commitment::new("P1", Kind::Reform, "Public item");
    c.parent = Some("SECRET-ID-4d1e".into());
    c.links.push(reform_tracker::model::RecLink::new(
        "SECRET-REC-5e5e",
        reform_tracker::model::Relation::Answers,
    ));
    c.date_committed = Some(d("2024-01-01"));
    let public = c.add_evidence(Evidence {
        url: "https://example.org/public-link".into(),
        title: "PUBLIC-EVIDENCE-OK".into(),
        date: Some(d("2024-03-01")),
        ..Evidence::new(0)
    });
    let hidden = c.add_evidence(Evidence {
        url: "https://example.org/SECRET-URL-3b3b".into(),
        title: "SECRET-EVIDENCE-TITLE-a1a1".into(),
        publisher: "SECRET-PUBLISHER-c4c4".into(),
        note: "SECRET-EVIDENCE-NOTE-d5d5".into(),
        archived: Some(
            "https://web.archive.org/web/2024/https://example.org/SECRET-ARCHIVE-e6e6".into(),
        ),
        date: Some(d("2024-03-01")),
        internal: true,
        ..Evidence::new(0)
    });
    c.add_evidence(Evidence {
        url: "file:///home/SECRET-ANALYST-f7f7/draft.pdf".into(),
        title: "A draft".into(),
        ..Evidence::new(0)
    });
    c.change_status(
        Status::InProgress,
        d("2024-03-02"),
        "Public step".into(),
        vec![public, hidden],
    );
    c.notes.push(Note::new(d("2024-03-03"), "SECRET-NOTE-9090"));
    c.notes.push(Note {
        public: true,
        ..Note::new(d("2024-03-04"), "PUBLIC-NOTE-OK")
    });
    p.commitments.extend([secret, rec, c]);
    p
}

#[test]
fn nothing_internal_reaches_the_site() {
    let made = made(&with_internal_parts());
    let all: String = tree(&made).into_values().collect();
    for marker in [
        "SECRET-ID-4d1e",
        "SECRET-TITLE-8c2f",
        "SECRET-QUOTE-19aa",
        "SECRET-CHANGE-77b0",
        "SECRET-REC-5e5e",
        "SECRET-REC-TITLE-0f0f",
        "SECRET-URL-3b3b",
        "SECRET-EVIDENCE-TITLE-a1a1",
        "SECRET-PUBLISHER-c4c4",
        "SECRET-EVIDENCE-NOTE-d5d5",
        "SECRET-ARCHIVE-e6e6",
        "SECRET-ANALYST-f7f7",
        "SECRET-NOTE-9090",
    ] {
        assert!(!all.contains(marker), "{marker} was published");
    }
    for shown in ["PUBLIC-EVIDENCE-OK", "PUBLIC-NOTE-OK", "Public step"] {
        assert!(all.contains(shown), "{shown} is public");
    }
    let what: Vec<(&str, &Omitted)> = (made.left_out.iter())
        .map(|l| (l.item.as_str(), &l.what))
        .collect();
    assert_eq!(
        what,
        [
            ("SECRET-ID-4d1e", &Omitted::Item),
            ("SECRET-REC-5e5e", &Omitted::Item),
            ("P1", &Omitted::Evidence(2)),
            ("P1", &Omitted::Notes(1)),
            ("P1", &Omitted::Address(3)),
        ]
    );
    // The internal item's entry is not in the feed, nor counted in the figures.
    let files = tree(&made);
    let feed = &files[&PathBuf::from("en/feed.xml")];
    assert_eq!(feed.matches("<entry>").count(), 2, "{feed}");
    assert!(files[&PathBuf::from("en/index.html")].contains("<strong>1</strong>"));
}

#[test]
fn hostile_text_comes_out_escaped_and_never_as_a_link() {
    let mut p = Project::default();
    let long = "x".repeat(5_000);
    let title = format!("<script>alert(\"t\")</script> \u{202E}evil\u{202C} {long}");
    let mut c = Commitment::new("P1\"><script>", Kind::Reform, title);
    c.actor = "<img src=x onerror=alert(1)>".into();
    for url in [
        "javascript:alert(1)",
        "https://xn--pple-43d.com/login",
        "https://аpple.com/login",
        "data:text/html,<script>alert(1)</script>",
        "//evil.example/x",
    ] {
        c.add_evidence(Evidence {
            url: url.into(),
            title: format!("<b>{url}</b>"),
            archived: Some("javascript:alert(2)".into()),
            ..Evidence::new(0)
        });
    }
    c.change_status(
        Status::InProgress,
        d("2024-01-01"),
        "<script>x</script>".into(),
        vec![1, 2],
    );
    p.commitments.push(c);
    p.description = "</p><script>alert(3)</script>".into();
    let files = tree(&made(&p));
    for (path, text) in &files {
        let at = path.display();
        assert!(!text.contains("<script>alert"), "{at}");
        assert!(!text.contains("<img src=x"), "{at}");
        assert!(!text.contains("<b>"), "{at}");
        for href in attribute_values(text, "href")
            .into_iter()
            .chain(attribute_values(text, "src"))
        {
            assert!(!href.contains("javascript:"), "{at}: {href}");
            assert!(
                !href.starts_with("data:") && !href.starts_with("//"),
                "{at}: {href}"
            );
            assert!(
                !href.contains("аpple"),
                "{at}: a look-alike host is shown as punycode"
            );
            assert!(!href.contains('<') && !href.contains('"'), "{at}: {href}");
        }
    }
    let page = files
        .iter()
        .find(|(p, _)| p.starts_with("en/items"))
        .map(|(_, t)| t)
        .unwrap();
    assert!(page.contains("&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt;"));
    assert!(page.contains(&long), "a long title is kept whole");
    assert!(
        page.contains("<bdi>&lt;script&gt;"),
        "user text is isolated"
    );
    assert!(page.contains("href=\"https://xn--pple-43d.com/login\""));
    // The look-alike is shown by the host it really is.
    assert!(page.contains("(xn--pple-43d.com)"));
}

/// A small XML reader: elements nest and close, attributes are quoted, entities are the five
/// XML knows or numeric. Returns the names of the elements opened, in order.
fn xml_elements(text: &str) -> Result<Vec<String>, String> {
    let body = text
        .strip_prefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
        .ok_or("no XML declaration")?;
    let mut open: Vec<String> = Vec::new();
    let mut seen = Vec::new();
    let mut rest = body;
    while let Some(lt) = rest.find('<') {
        check_text(&rest[..lt])?;
        let gt = rest[lt..].find('>').ok_or("a tag is not closed")? + lt;
        let tag = &rest[lt + 1..gt];
        rest = &rest[gt + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            let top = open.pop().ok_or("a closing tag with nothing open")?;
            if top != name {
                return Err(format!("<{top}> closed by </{name}>"));
            }
            continue;
        }
        let empty = tag.ends_with('/');
        let tag = tag.trim_end_matches('/');
        let name = tag
            .split_whitespace()
            .next()
            .ok_or("a tag without a name")?;
        let mut attrs = &tag[name.len()..];
        while !attrs.trim().is_empty() {
            let eq = attrs
                .find("=\"")
                .ok_or(format!("unquoted attribute in <{tag}>"))?;
            let after = &attrs[eq + 2..];
            let close = after.find('"').ok_or("an attribute is not closed")?;
            check_text(&after[..close])?;
            attrs = &after[close + 1..];
        }
        seen.push(name.to_owned());
        if !empty {
            open.push(name.to_owned());
        }
        if open.is_empty() && !rest.trim().is_empty() {
            return Err("text after the root element".into());
        }
    }
    if !open.is_empty() {
        return Err(format!("unclosed: {open:?}"));
    }
    Ok(seen)
}

fn check_text(text: &str) -> Result<(), String> {
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        let semi = rest[amp..].find(';').ok_or("a bare &")? + amp;
        let entity = &rest[amp + 1..semi];
        let known = ["amp", "lt", "gt", "quot", "apos"].contains(&entity)
            || entity.strip_prefix('#').is_some_and(|n| !n.is_empty());
        if !known {
            return Err(format!("unknown entity &{entity};"));
        }
        rest = &rest[semi + 1..];
    }
    if text.contains('>')
        || text
            .chars()
            .any(|c| c.is_control() && !"\t\n\r".contains(c))
    {
        return Err(format!("a character XML does not allow in {text:?}"));
    }
    Ok(())
}

#[test]
fn the_xml_reader_refuses_what_is_not_well_formed() {
    let head = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
    assert!(xml_elements(&format!("{head}<a><b/></a>")).is_ok());
    for bad in [
        "<a><b></a>",
        "<a>&nbsp;</a>",
        "<a x=1></a>",
        "<a>",
        "<a>\u{1}</a>",
    ] {
        assert!(xml_elements(&format!("{head}{bad}")).is_err(), "{bad}");
    }
}

#[test]
fn the_feed_is_atom_with_one_entry_per_status_change_and_new_item() {
    let p = storage::shipped_tracker();
    let files = tree(&made(&p));
    let expected: usize = (p.commitments.iter())
        .map(|c| c.history.len() + usize::from(c.date_committed.is_some()))
        .sum();
    for lang in ["en", "ru", "kk"] {
        let feed = &files[&PathBuf::from(format!("{lang}/feed.xml"))];
        let elements = xml_elements(feed).unwrap_or_else(|e| panic!("{lang}: {e}"));
        assert_eq!(elements[0], "feed");
        assert!(feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""));
        assert_eq!(elements.iter().filter(|e| *e == "entry").count(), expected);
        for required in ["id", "title", "updated"] {
            // The feed's own, and each entry's.
            let n = elements.iter().filter(|e| *e == required).count();
            assert_eq!(n, expected + 1, "{lang}: <{required}>");
        }
        let ids: BTreeSet<&str> = feed
            .split("<id>")
            .skip(1)
            .map(|s| &s[..s.find("</id>").unwrap()])
            .collect();
        assert_eq!(ids.len(), expected + 1, "every id is different");
    }
    // Hostile text in a feed stays well-formed.
    let mut hostile = Project {
        title: "A & B <c> \u{1}".into(),
        ..Project::default()
    };
    let mut c = Commitment::new("P&1", Kind::Reform, "</title><x>\u{0}");
    c.change_status(
        Status::Stalled,
        d("2024-05-01"),
        "]]> &amp; \u{b}".into(),
        vec![],
    );
    hostile.commitments.push(c);
    let feed = &tree(&made(&hostile))[&PathBuf::from("en/feed.xml")];
    xml_elements(feed).unwrap_or_else(|e| panic!("{e}: {feed}"));
}

#[test]
fn the_command_writes_the_folder_says_what_it_left_out_and_refuses_a_folder_it_did_not_make() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("tracker.ron");
    storage::save_file(&file, &with_internal_parts()).unwrap();
    let out = dir.path().join("site");
    let run = |target: &Path| {
        let mut command = bin();
        command.arg("site").arg(&file).arg("-o").arg(target);
        command
    };
    let printed = String::from_utf8(succeeds(&mut run(&out)).stdout).unwrap();
    assert!(printed.contains("Website written to"), "{printed}");
    assert!(
        printed.contains("Left out of the website (4):"),
        "{printed}"
    );
    assert!(
        printed.contains("SECRET-ID-4d1e: the whole item (marked internal)"),
        "{printed}"
    );
    assert!(
        printed.contains("P1: evidence 2 (marked internal)"),
        "{printed}"
    );
    assert!(printed.contains("1 note of 1 item left out"), "{printed}");
    for page in [
        "index.html",
        "style.css",
        "search.js",
        "en/index.html",
        "kk/items/P1.html",
        MARKER,
    ] {
        assert!(out.join(page).is_file(), "{page}");
    }
    // The project's path (which names the analyst's folders) is nowhere in the site.
    let folder = dir.path().to_string_lossy().into_owned();
    for (path, _) in made(&with_internal_parts()).files {
        let text = std::fs::read_to_string(out.join(&path)).unwrap();
        assert!(!text.contains(&folder), "{}", path.display());
    }
    // A second run replaces its own site, keeping what a person put beside it.
    std::fs::write(out.join("CNAME"), "tracker.example.org").unwrap();
    std::fs::write(out.join("en/stale.html"), "old").unwrap();
    succeeds(&mut run(&out));
    assert!(out.join("CNAME").is_file());
    assert!(
        !out.join("en/stale.html").exists(),
        "a page no longer made is removed"
    );
    // Someone's folder is refused, untouched, and the message says why.
    let theirs = dir.path().join("documents");
    std::fs::create_dir(&theirs).unwrap();
    std::fs::write(theirs.join("letter.txt"), "mine").unwrap();
    let refused = run(&theirs).output().unwrap();
    assert!(!refused.status.success());
    let said = String::from_utf8(refused.stderr).unwrap();
    assert!(
        said.contains("did not write; nothing was written"),
        "{said}"
    );
    assert_eq!(std::fs::read_dir(&theirs).unwrap().count(), 1);
}

#[test]
fn a_site_as_of_a_past_date_shows_nothing_later() {
    let p = storage::shipped_tracker();
    let day = d("2022-12-31");
    let files = tree(&site(&p, Some(day), today(), &Hooks::none()).unwrap());
    let names: BTreeSet<String> = (files.keys())
        .filter(|k| k.starts_with("en/years"))
        .map(|k| k.display().to_string())
        .collect();
    assert!(names.contains("en/years/2022.html"), "{names:?}");
    assert!(!names.iter().any(|n| n.contains("2023")), "{names:?}");
    let known = |x: Option<Date>| reform_tracker::model::as_of::known_on(x, Some(day));
    let expected: usize = (p.commitments.iter())
        .map(|c| {
            let changes = c.history.iter().filter(|h| known(Some(h.date))).count();
            changes + usize::from(c.date_committed.is_some_and(|x| known(Some(x))))
        })
        .sum();
    let feed = &files[&PathBuf::from("en/feed.xml")];
    assert_eq!(feed.matches("<entry>").count(), expected);
    assert!(
        !feed.contains("<updated>2023"),
        "nothing from after the date"
    );
    let home = &files[&PathBuf::from("en/index.html")];
    assert!(
        home.contains("Status as of 2022-12-31"),
        "the date is stated"
    );
}

/// HTML Tidy's errors for one page (its warnings left aside), or `None` when it has none.
fn tidy_errors(path: &Path) -> Option<String> {
    let out = std::process::Command::new("tidy")
        .args(["-q", "-e", "--show-warnings", "no"])
        .arg(path)
        .output()
        .expect("HTML Tidy runs: install it with `apt-get install tidy` (scripts/test.sh does)");
    // Tidy exits with 2 when the document has errors, 1 for warnings only.
    (out.status.code() == Some(2)).then(|| String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn every_page_parses_as_html5_without_errors() {
    let dir = tempfile::tempdir().unwrap();
    // The checker itself finds an error where there is one.
    let bad = dir.path().join("bad.html");
    std::fs::write(
        &bad,
        "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><foo>x</foo></body></html>",
    )
    .unwrap();
    assert!(tidy_errors(&bad).is_some(), "tidy finds an unknown element");
    let site = made(&storage::shipped_tracker());
    let mut pages = 0;
    let mut problems = Vec::new();
    for (path, bytes) in &site.files {
        if path.extension().is_none_or(|e| e != "html") {
            continue;
        }
        let file = dir.path().join(path.to_string_lossy().replace('/', "_"));
        std::fs::write(&file, bytes).unwrap();
        pages += 1;
        if let Some(errors) = tidy_errors(&file) {
            problems.push(format!("{}: {errors}", path.display()));
        }
    }
    assert!(pages > 200, "only {pages} pages");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// A page of the shipped tracker's site drawn by headless Chromium, as a reader's browser
/// draws it, into a PNG.
fn render(dir: &Path, page: &str, png: &Path, height: u32) -> image::RgbaImage {
    let url = format!("file://{}", dir.join(page).display());
    let out = std::process::Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--force-device-scale-factor=1",
        ])
        .arg(format!("--window-size=1280,{height}"))
        .arg(format!("--screenshot={}", png.display()))
        .arg(&url)
        .output()
        .expect("Chromium runs: install it with `apt-get install chromium` (scripts/test.sh does)");
    assert!(png.exists(), "Chromium drew nothing for {page}: {out:?}");
    image::open(png).expect("a PNG").to_rgba8()
}

/// The home page and an item page as Chromium draws them: pages, not blanks, and the style
/// sheet applies under the security policy — the status colours of the design tokens are on
/// the page (a status chip on the item page, the status bar on the home page). The pictures are
/// kept in `tests/snapshots/site/` to be looked at (`UPDATE_SNAPSHOTS=1` writes them anew);
/// they are not compared pixel by pixel, since a machine's fonts change the text's pixels.
#[test]
fn chromium_draws_the_home_page_and_an_item_page() {
    let site = made(&storage::shipped_tracker());
    let dir = tempfile::tempdir().unwrap();
    for (path, bytes) in &site.files {
        let file = dir.path().join(path);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(file, bytes).unwrap();
    }
    let kept = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/site");
    // Partially fulfilled (P12's status), as the style sheet colours it.
    let partially = [0x66, 0xbd, 0x63, 0xff];
    // The home page is drawn tall enough to reach its status bar, below the description.
    for (page, name, height) in [
        ("en/index.html", "home_en.png", 2400),
        ("en/items/P12.html", "item_p12_en.png", 900),
    ] {
        let png = dir.path().join(name);
        let drawn = render(dir.path(), page, &png, height);
        assert_eq!((drawn.width(), drawn.height()), (1280, height), "{page}");
        let colours: BTreeSet<[u8; 4]> = drawn.pixels().map(|p| p.0).collect();
        assert!(colours.len() > 50, "{page} is nearly blank");
        let coloured = drawn.pixels().filter(|p| p.0 == partially).count();
        assert!(
            coloured > 100,
            "{page}: the style sheet's status colour is not on the page ({coloured} pixels)"
        );
        if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
            std::fs::create_dir_all(&kept).unwrap();
            std::fs::copy(&png, kept.join(name)).unwrap();
        }
    }
}

/// The list can be filtered by category and by vocabulary term without a script: a page for
/// each, linked from the home page, listing exactly the items that have it.
#[test]
fn categories_and_terms_have_filter_pages_listing_their_items() {
    let p = storage::shipped_tracker();
    let files = tree(&made(&p));
    let home = &files[Path::new("en/index.html")];
    assert!(
        home.contains("href=\"category/Elections.html\""),
        "linked from the home page"
    );
    assert!(home.contains("href=\"term/theme-elections.html\""));
    let listed = |page: &str| -> BTreeSet<String> {
        attribute_values(&files[Path::new(page)], "data-id")
            .into_iter()
            .map(str::to_owned)
            .collect()
    };
    let in_category: BTreeSet<String> = p
        .commitments
        .iter()
        .filter(|c| c.category == "Elections")
        .map(|c| c.id.clone())
        .collect();
    assert!(!in_category.is_empty());
    assert_eq!(listed("en/category/Elections.html"), in_category);
    let with_term: BTreeSet<String> = p
        .commitments
        .iter()
        .filter(|c| c.terms.iter().any(|t| t == "theme-elections"))
        .map(|c| c.id.clone())
        .collect();
    assert!(with_term.len() > 1);
    assert_eq!(listed("ru/term/theme-elections.html"), with_term);
    assert!(files[Path::new("ru/term/theme-elections.html")].contains("Тема: Выборы"));
}

/// The home page carries the dashboard's bars per actor and per category, each with its words,
/// and no page gives one id twice (a bar's title is named by its id).
#[test]
fn the_home_page_has_the_dashboards_group_bars_and_ids_are_unique() {
    let files = tree(&made(&storage::shipped_tracker()));
    let home = &files[Path::new("en/index.html")];
    assert!(home.contains("<h2 id=\"by-actor\">By actor</h2>"));
    assert!(home.contains("<h2 id=\"by-category\">By category</h2>"));
    assert!(home.contains("<strong><bdi>President Tokayev</bdi></strong> — In progress 5"));
    assert!(home.contains("aria-labelledby=\"by-category-0\""));
    // Progress over time, drawn and in a table, as far as the figures' date.
    assert!(home.contains("<h2 id=\"progress\">Progress over time</h2>"));
    assert!(home.contains("Progress chart from 2022-"));
    assert!(home.contains("to 2026-11-30</title>"));
    for (path, text) in &files {
        let ids = attribute_values(text, "id");
        let unique: BTreeSet<&&str> = ids.iter().collect();
        assert_eq!(
            unique.len(),
            ids.len(),
            "{}: an id given twice",
            path.display()
        );
    }
}
