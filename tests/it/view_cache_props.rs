//! The checklist's cache catches up on edits of single commitments and narrows searches that
//! extend a recent one; whatever the sequence, it shows exactly what a cache built afresh
//! shows: the same rows, order, figures and search texts.

use proptest::prelude::*;
use reform_tracker::app::{Changed, Document, ViewCache};
use reform_tracker::model::filter::{Filter, Shown, SortBy, search_text};
use reform_tracker::model::replacement::replaced_by;
use reform_tracker::model::summary::Summary;
use reform_tracker::model::synthetic::synthetic_project;
use reform_tracker::model::{AsOf, Date, Kind, Replacement, Status};

fn today() -> AsOf {
    AsOf::new(None, Date::ymd(2026, 1, 1).expect("date"))
}

/// Whatever the cache shows, compared with a cache that starts from nothing.
fn assert_fresh(cache: &ViewCache, doc: &Document, filter: &Filter, sort: SortBy) {
    let mut fresh = ViewCache::default();
    fresh.refresh(doc, filter, sort, today());
    assert_eq!(cache.rows, fresh.rows, "rows for {filter:?}");
    assert_eq!(cache.order, fresh.order);
    assert_eq!(cache.summary, fresh.summary);
    let recommendations = doc
        .project
        .commitments
        .iter()
        .filter(|c| c.is_recommendation());
    assert_eq!(cache.recommendations, recommendations.count());
    // The figures are the shown commitments', recommendations apart; the recommendations'
    // when only they are shown.
    let recommendations = filter.show == Shown::Recommendations;
    let shown = cache
        .order
        .iter()
        .map(|&i| &doc.project.commitments[i])
        .filter(|c| c.is_recommendation() == recommendations);
    assert_eq!(cache.summary, Summary::of(shown, None));
    assert_eq!(cache.outline, fresh.outline);
    assert_eq!(cache.haystacks, fresh.haystacks);
    assert_replaced_by(cache, doc);
}

/// What each commitment replaced, as the cache answers, is what a scan of the project finds.
fn assert_replaced_by(cache: &ViewCache, doc: &Document) {
    for c in &doc.project.commitments {
        let cached: Vec<usize> = cache
            .replaced_by(doc, &c.id)
            .iter()
            .map(|r| r.index)
            .collect();
        let scanned: Vec<usize> = replaced_by(&doc.project, &c.id)
            .iter()
            .map(|r| r.index)
            .collect();
        assert_eq!(cached, scanned, "replaced by {}", c.id);
    }
}

#[derive(Clone, Debug)]
enum Step {
    Title(usize, String),
    Category(usize, u8),
    Parent(usize, Option<usize>),
    Kind(usize),
    Status(usize, usize),
    Search(String),
    Sort(usize),
    Show(usize),
    Concern,
    /// Commitment i marked as replaced by these others, or (empty) the mark removed.
    Replace(usize, Vec<usize>),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (0..40usize, "[a-z ]{0,8}").prop_map(|(i, t)| Step::Title(i, t)),
        (0..40usize, 0..4u8).prop_map(|(i, c)| Step::Category(i, c)),
        (0..40usize, proptest::option::of(0..40usize)).prop_map(|(i, p)| Step::Parent(i, p)),
        (0..40usize).prop_map(Step::Kind),
        (0..40usize, 0..7usize).prop_map(|(i, s)| Step::Status(i, s)),
        "(topic|number|[a-z]){0,3}( [0-9a-z]{1,3})?".prop_map(Step::Search),
        (0..SortBy::ALL.len()).prop_map(Step::Sort),
        (0..Shown::ALL.len()).prop_map(Step::Show),
        Just(Step::Concern),
        (0..40usize, proptest::collection::vec(0..40usize, 0..3))
            .prop_map(|(i, by)| Step::Replace(i, by)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn edits_and_searches_show_what_a_fresh_cache_shows(steps in proptest::collection::vec(step(), 1..30)) {
        let mut doc = Document::untitled(synthetic_project(40, 2, 7));
        let mut filter = Filter::default();
        let mut sort = SortBy::Outline;
        let mut cache = ViewCache::default();
        cache.refresh(&doc, &filter, sort, today());
        for step in steps {
            match step {
                Step::Title(i, t) => {
                    doc.project_mut().commitments[i].title = t;
                    doc.touch_changed(Changed::One(i));
                }
                Step::Category(i, c) => {
                    doc.project_mut().commitments[i].category = format!("Category {c}");
                    doc.touch_changed(Changed::One(i));
                }
                Step::Parent(i, p) => {
                    doc.project_mut().commitments[i].parent = p.map(|p| format!("C{p}"));
                    doc.touch_changed(Changed::One(i));
                }
                Step::Kind(i) => {
                    let c = &mut doc.project_mut().commitments[i];
                    // Round the three kinds: a recommendation leaves the commitments' figures.
                    let next = Kind::ALL.iter().position(|k| *k == c.kind).map_or(0, |p| p + 1);
                    c.kind = Kind::ALL[next % Kind::ALL.len()];
                    doc.touch_changed(Changed::One(i));
                }
                Step::Status(i, s) => {
                    let day = Date::ymd(2025, 6, 1).expect("date");
                    doc.project_mut().commitments[i].change_status(Status::ALL[s], day, String::new(), vec![]);
                    doc.touch_changed(Changed::One(i));
                }
                Step::Search(text) => filter.text = text,
                Step::Sort(s) => sort = SortBy::ALL[s],
                Step::Show(s) => filter.show = Shown::ALL[s],
                Step::Concern => filter.concern_only = !filter.concern_only,
                Step::Replace(i, by) => {
                    doc.project_mut().commitments[i].replaced = (!by.is_empty()).then(|| Replacement {
                        date: Date::ymd(2026, 7, 1).expect("date"),
                        by: by.iter().map(|b| format!("C{b}")).collect(),
                        partial: false,
                        note: String::new(),
                        evidence: Vec::new(),
                    });
                    doc.touch_changed(Changed::One(i));
                    // Asked before the cache caught up: still the project's answer.
                    assert_replaced_by(&cache, &doc);
                }
            }
            cache.refresh(&doc, &filter, sort, today());
            assert_fresh(&cache, &doc, &filter, sort);
        }
    }

    /// Typing a query letter by letter, then deleting it: each keystroke narrows the one
    /// before or returns to it, and finds the same rows as a search from scratch.
    #[test]
    fn narrowing_search_finds_the_same_rows_as_a_full_search(query in "[a-z0-9 ]{1,12}", n in 20usize..200) {
        let doc = Document::untitled(synthetic_project(n, 2, 11));
        let mut cache = ViewCache::default();
        let mut filter = Filter::default();
        let typed: Vec<String> = (1..=query.len()).map(|k| query[..k].to_owned()).collect();
        for text in typed.iter().chain(typed.iter().rev()) {
            filter.text = text.clone();
            cache.refresh(&doc, &filter, SortBy::Outline, today());
            assert_fresh(&cache, &doc, &filter, SortBy::Outline);
        }
    }
}

#[test]
fn an_edit_is_found_by_the_search_and_moves_in_the_outline() {
    let mut doc = Document::untitled(synthetic_project(200, 1, 3));
    let mut cache = ViewCache::default();
    let filter = Filter {
        text: "zebra".into(),
        ..Filter::default()
    };
    cache.refresh(&doc, &filter, SortBy::Outline, today());
    assert!(cache.order.is_empty());

    doc.project_mut().commitments[150].title = "A zebra crossing".into();
    doc.touch_changed(Changed::One(150));
    cache.refresh(&doc, &filter, SortBy::Outline, today());
    assert_eq!(cache.order, [150]);
    assert_eq!(
        cache.haystacks[150],
        search_text(&doc.project.commitments[150])
    );

    // A new category of its own: a group of one.
    let everything = Filter::default();
    cache.refresh(&doc, &everything, SortBy::Outline, today());
    doc.project_mut().commitments[150].category = "Zoology".into();
    doc.project_mut().commitments[150].parent = None;
    doc.touch_changed(Changed::One(150));
    cache.refresh(&doc, &everything, SortBy::Outline, today());
    assert_fresh(&cache, &doc, &everything, SortBy::Outline);
    let zoology = cache
        .rows
        .iter()
        .position(|r| matches!(r, reform_tracker::model::outline::OutlineRow::Category { name, count: 1 } if name == "Zoology"));
    assert!(zoology.is_some(), "{:?}", &cache.rows[..5]);
}
