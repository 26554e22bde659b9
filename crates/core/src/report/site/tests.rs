use super::*;
use crate::model::{Commitment, Kind};

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

fn text_of(site: &Site, path: &str) -> String {
    let (_, bytes) = site
        .files
        .iter()
        .find(|(p, _)| p == std::path::Path::new(path))
        .unwrap_or_else(|| panic!("{path} is in the site"));
    String::from_utf8(bytes.clone()).unwrap()
}

#[test]
fn slugs_are_safe_file_names_one_to_one_with_ids() {
    assert_eq!(slug("P12"), "P12");
    assert_eq!(slug("UPR-1"), "UPR-1");
    assert_eq!(slug("a b"), "a_20b");
    assert_eq!(slug("a_20b"), "a_5f20b");
    assert_eq!(slug("../x"), "_2e_2e_2fx");
    assert_eq!(slug(""), "_");
    let long = slug(&"x".repeat(500));
    assert!(long.len() < 120, "{}", long.len());
    assert_ne!(long, slug(&"x".repeat(501)));
}

#[test]
fn fnv1a_matches_the_reference_values() {
    assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
    assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
}

#[test]
fn the_index_never_ends_the_script_element_it_sits_in() {
    let mut p = Project::default();
    p.commitments.push(Commitment::new(
        "P1",
        Kind::Reform,
        "</script><script>alert(1)</script> \"q\" \\ \u{1}",
    ));
    let site = site(&p, None, d("2026-12-07"), &Hooks::none()).unwrap();
    let json = text_of(&site, "en/index.json");
    assert!(!json.contains('<') && !json.contains('>'), "{json}");
    assert!(json.contains("\\u003c/script\\u003e"), "{json}");
    assert!(json.contains("\\\"q\\\" \\\\ \\u0001"), "{json}");
    let home = text_of(&site, "en/index.html");
    assert!(!home.contains("<script>alert"), "escaped in the page too");
}

#[test]
fn the_feed_leaves_out_what_xml_cannot_hold() {
    assert_eq!(
        feed::xml("a<b>&\"'\u{0}\u{b}c\n"),
        "a&lt;b&gt;&amp;&quot;&apos;c\n"
    );
}

#[test]
fn a_cancel_stops_the_site_and_progress_counts_up_to_the_total() {
    let p = crate::storage::shipped_tracker();
    let seen = std::cell::Cell::new((0, 0));
    let hooks = Hooks {
        progress: &|done, total| seen.set((done, total)),
        cancelled: &|| seen.get().0 >= 5,
    };
    assert_eq!(
        site(&p, None, d("2026-12-07"), &hooks),
        Err(SiteError::Cancelled)
    );
    assert_eq!(seen.get().0, 5);
    let seen = std::cell::Cell::new((0, 0));
    let hooks = Hooks {
        progress: &|done, total| seen.set((done, total)),
        cancelled: &|| false,
    };
    let made = site(&p, None, d("2026-12-07"), &hooks).unwrap();
    let (done, total) = seen.get();
    assert_eq!(done, total, "the total was counted right");
    assert_eq!(made.files.len(), total + 1, "and the marker file");
}

#[test]
fn the_language_of_the_thread_is_left_as_it_was() {
    crate::i18n::set_language(crate::i18n::Lang::Kk);
    let _ = site(&Project::default(), None, d("2026-12-07"), &Hooks::none()).unwrap();
    assert_eq!(crate::i18n::language(), crate::i18n::Lang::Kk);
    crate::i18n::set_language(crate::i18n::Lang::En);
}

#[test]
fn internal_items_evidence_and_notes_are_left_out_and_listed() {
    let mut p = Project::default();
    let mut secret = Commitment::new("S1", Kind::Reform, "Secret item");
    secret.internal = true;
    let mut c = Commitment::new("P1", Kind::Reform, "Public item");
    c.parent = Some("S1".into());
    let kept = c.add_evidence(crate::model::Evidence {
        url: "https://example.org/kept".into(),
        ..crate::model::Evidence::new(0)
    });
    let hidden = c.add_evidence(crate::model::Evidence {
        url: "https://example.org/hidden".into(),
        internal: true,
        ..crate::model::Evidence::new(0)
    });
    let path = c.add_evidence(crate::model::Evidence {
        url: "file:///home/analyst/draft.pdf".into(),
        ..crate::model::Evidence::new(0)
    });
    c.change_status(
        crate::model::Status::InProgress,
        d("2024-01-01"),
        String::new(),
        vec![kept, hidden],
    );
    c.notes
        .push(crate::model::Note::new(d("2024-01-02"), "Private note"));
    c.notes.push(crate::model::Note {
        public: true,
        ..crate::model::Note::new(d("2024-01-03"), "Public note")
    });
    p.commitments.extend([secret, c]);
    let (public, left) = public::copy(&p);
    assert_eq!(public.commitments.len(), 1);
    let c = &public.commitments[0];
    assert_eq!(c.parent, None, "no mention of the internal item");
    assert_eq!(c.history[0].evidence, [kept]);
    assert_eq!(c.notes.len(), 1);
    assert!(!format!("{public:?}").contains("analyst"));
    let what: Vec<Omitted> = left.iter().map(|l| l.what.clone()).collect();
    assert_eq!(
        what,
        [
            Omitted::Item,
            Omitted::Evidence(hidden),
            Omitted::Notes(1),
            Omitted::Address(path)
        ]
    );
    assert_eq!(left[0].line(), "S1: the whole item (marked internal)");
}
