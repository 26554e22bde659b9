//! Loading reads current files with the plain reader first, which answers only for what it
//! follows (no comments, no unknown field, no ron extension); everything else goes through
//! the careful parse. Both must give the
//! same answer for every text: the same project, the same read-only reason, the same error.

use crate::storage_common as common;

use proptest::prelude::*;
use reform_tracker::model::synthetic::synthetic_project;
use reform_tracker::storage::{parse_project, parse_project_careful, to_ron_string};

fn same_answer(text: &str) -> Result<(), TestCaseError> {
    let fast = parse_project(text, "f.ron");
    let careful = parse_project_careful(text, "f.ron");
    prop_assert_eq!(fast, careful);
    Ok(())
}

#[test]
fn fast_and_careful_give_the_same_project_for_real_files() {
    let texts = [
        include_str!("../golden/v2.ron").to_owned(),
        include_str!("../golden/v1.ron").to_owned(),
        include_str!("../golden/v0.ron").to_owned(),
        to_ron_string(&common::every_field()).unwrap(),
        to_ron_string(&synthetic_project(300, 5, 9)).unwrap(),
        reform_tracker::storage::SHIPPED_TRACKER.to_owned(),
    ];
    for text in &texts {
        same_answer(text).unwrap();
        let loaded = parse_project(text, "f.ron").unwrap();
        assert_eq!(loaded.read_only, None);
    }
}

#[test]
fn the_careful_parse_still_gives_line_column_and_field_path() {
    let text = to_ron_string(&synthetic_project(5, 1, 3)).unwrap();
    // The third commitment's status, misspelt.
    let at = text.match_indices("status: ").nth(2).unwrap().0;
    let status_end = at + text[at..].find(',').unwrap();
    let bad = format!("{}status: Fulfiled{}", &text[..at], &text[status_end..]);
    let line = 1 + bad[..at].matches('\n').count();
    let e = parse_project(&bad, "f.ron").unwrap_err();
    assert_eq!(e.line, Some(line), "{e}");
    assert_eq!(e.column, Some(21), "{e}");
    assert_eq!(
        e.field_path.as_deref(),
        Some("commitments[2].status"),
        "{e}"
    );
    assert_eq!(Err(e), parse_project_careful(&bad, "f.ron"));
}

#[test]
fn unknown_fields_anywhere_open_read_only_naming_them() {
    let text = to_ron_string(&synthetic_project(5, 2, 3)).unwrap();
    let cases = [
        // Unknown everywhere.
        (
            text.replacen("    title:", "    colour: 1,\n    title:", 1),
            "colour",
        ),
        // A field other commitments' links have, in a commitment: still unknown there.
        (
            text.replacen("\"C3\",", "\"C3\",\n            url: \"x\",", 1),
            "commitments[3].url",
        ),
        (
            text.replacen("confidence: Seen,", "confidence: Seen,\n score: 3,", 1),
            "commitments[0].evidence[0].score",
        ),
    ];
    for (bad, field) in cases {
        assert_ne!(bad, text);
        let loaded = parse_project(&bad, "f.ron").unwrap();
        let reason = loaded.read_only.clone().unwrap_or_default();
        assert!(reason.contains(field), "{field}: {reason}");
        assert_eq!(Ok(loaded), parse_project_careful(&bad, "f.ron"));
    }
}

/// A valid file damaged in random places: insertions, deletions, changed bytes.
fn damaged() -> impl Strategy<Value = String> {
    let golden = include_str!("../golden/v2.ron").as_bytes().to_vec();
    let edit = (
        any::<prop::sample::Index>(),
        0usize..12,
        prop::collection::vec(prop::sample::select(b"abz_:,()[]\" \n/#'0".to_vec()), 0..6),
    );
    prop::collection::vec(edit, 1..4).prop_map(move |edits| common::damaged(&golden, edits))
}

/// A current file (the one the plain reader answers for) damaged with what its numbers,
/// escapes, options and variants are made of.
fn damaged_current() -> impl Strategy<Value = String> {
    let golden = include_str!("../golden/v3.ron").as_bytes().to_vec();
    let edit = (
        any::<prop::sample::Index>(),
        0usize..6,
        prop::collection::vec(
            prop::sample::select(b"\\u{}x0179-._:,()[]\" \n\t/#'rSomeNn".to_vec()),
            0..4,
        ),
    );
    prop::collection::vec(edit, 1..3).prop_map(move |edits| common::damaged(&golden, edits))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    #[test]
    fn fast_and_careful_agree_on_damaged_files(text in damaged()) {
        same_answer(&text)?;
    }

    #[test]
    fn fast_and_careful_agree_on_damaged_current_files(text in damaged_current()) {
        same_answer(&text)?;
    }
}

/// Over a megabyte of text: the commitments are parsed in pieces on every core.
fn big_text() -> &'static str {
    static TEXT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    TEXT.get_or_init(|| to_ron_string(&synthetic_project(700, 5, 4)).unwrap())
}

#[test]
fn a_big_file_parsed_in_pieces_gives_the_same_project() {
    assert!(big_text().len() > 1024 * 1024, "{}", big_text().len());
    same_answer(big_text()).unwrap();
    let loaded = parse_project(big_text(), "f.ron").unwrap();
    assert_eq!(loaded.project, synthetic_project(700, 5, 4));
}

/// A big file damaged where pieces are cut: around the lines that open a commitment.
fn damaged_at_cuts() -> impl Strategy<Value = String> {
    let text = big_text();
    let all: Vec<usize> = text
        .match_indices("\n        (\n")
        .map(|(i, _)| i)
        .collect();
    // The lines where pieces of 2 to 8 are cut, and their neighbours.
    let (first, last) = (all[0], all[all.len() - 1]);
    let mut opens = Vec::new();
    for parts in 2..=8 {
        for k in 1..parts {
            let target = first + (last - first) * k / parts;
            let at = all.partition_point(|&o| o < target);
            opens.extend(
                all[at.saturating_sub(1)..(at + 2).min(all.len())]
                    .iter()
                    .copied(),
            );
        }
    }
    let edit = (
        prop::sample::select(opens),
        0usize..24,
        0usize..4,
        prop::collection::vec(prop::sample::select(b"_:,()[]\" \n/0".to_vec()), 0..4),
    );
    edit.prop_map(move |(open, back, len, insert)| {
        let mut bytes = text.as_bytes().to_vec();
        let start = open.saturating_sub(back);
        bytes.splice(start..start + len, insert);
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn fast_and_careful_agree_on_big_files_damaged_at_the_cuts(text in damaged_at_cuts()) {
        same_answer(&text)?;
    }
}

/// The fast reader's own promise, against ron itself: where it answers, ron reads the same
/// project from the same text; the split path too, cut into 2 to 4 pieces whatever the size.
fn same_as_ron(text: &str) -> Result<(), TestCaseError> {
    use reform_tracker::model::Project;
    use reform_tracker::storage::fast;
    let ron = || ron::from_str::<Project>(text).ok();
    if let Some(p) = fast::read_whole(text) {
        prop_assert_eq!(
            Some(p),
            ron(),
            "the whole reader answered where ron differs"
        );
    }
    for parts in 2..=4 {
        if let Some(p) = fast::read_split(text, parts) {
            prop_assert_eq!(
                Some(p),
                ron(),
                "the split reader ({} pieces) differs",
                parts
            );
        }
    }
    Ok(())
}

#[test]
fn the_fast_reader_reads_real_files_as_ron_does() {
    use reform_tracker::storage::fast;
    let text = to_ron_string(&synthetic_project(300, 5, 9)).unwrap();
    same_as_ron(&text).unwrap();
    let whole = fast::read_whole(&text).expect("the plain reader follows what this version writes");
    assert_eq!(
        fast::read_split(&text, 3),
        Some(whole),
        "cut in three, read the same"
    );
    same_as_ron(reform_tracker::storage::SHIPPED_TRACKER).unwrap();
}

/// A current file of a few commitments, damaged anywhere; small enough for many cases.
fn damaged_small() -> impl Strategy<Value = String> {
    let golden = to_ron_string(&synthetic_project(6, 2, 3))
        .unwrap()
        .into_bytes();
    let edit = (
        any::<prop::sample::Index>(),
        0usize..6,
        prop::collection::vec(
            prop::sample::select(b"_:,()[]\"\\ \n/0-9eSomeNn".to_vec()),
            0..4,
        ),
    );
    prop::collection::vec(edit, 1..4).prop_map(move |edits| common::damaged(&golden, edits))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn the_fast_reader_never_answers_otherwise_than_ron(text in damaged_small()) {
        same_as_ron(&text)?;
    }
}
