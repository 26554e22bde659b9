//! The canonical text: round trips, stable bytes, and golden files that must load forever.

use crate::storage_common as common;

use reform_tracker::model::FORMAT_VERSION;
use reform_tracker::storage::{parse_project, to_ron_string};

const GOLDEN_V4: &str = include_str!("../golden/v4.ron");
const GOLDEN_V3: &str = include_str!("../golden/v3.ron");
const GOLDEN_V2: &str = include_str!("../golden/v2.ron");
const GOLDEN_V1: &str = include_str!("../golden/v1.ron");
const GOLDEN_V0: &str = include_str!("../golden/v0.ron");

#[test]
fn golden_v4_loads_as_the_project_built_in_code() {
    let loaded = parse_project(GOLDEN_V4, "golden/v4.ron").unwrap();
    assert_eq!(loaded.read_only, None);
    assert_eq!(loaded.project, common::every_field());
}

/// If this fails after an intended format change, bump FORMAT_VERSION and add a new golden
/// file: files already written in version 4 must keep loading. `UPDATE_GOLDEN=1` writes it.
#[test]
fn golden_v4_is_still_what_this_version_writes() {
    assert_eq!(FORMAT_VERSION, 4, "add tests/golden/v{FORMAT_VERSION}.ron");
    let text = to_ron_string(&common::every_field()).unwrap();
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(
            concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/v4.ron"),
            &text,
        )
        .unwrap();
    }
    assert_eq!(text, GOLDEN_V4);
}

/// Version 3 had no recommendations, links or terms: it loads as the same project without
/// them, and nothing else changes.
#[test]
fn golden_v3_migrates_to_the_same_project_less_what_version_4_added() {
    let loaded = parse_project(GOLDEN_V3, "golden/v3.ron").unwrap();
    assert_eq!(loaded.read_only, None);
    assert_eq!(loaded.project, common::every_field_v3());
}

/// Version 2 had no archived copies: links come without one, and everything else is kept.
#[test]
fn golden_v2_migrates_to_the_same_project_less_the_archived_copies() {
    let loaded = parse_project(GOLDEN_V2, "golden/v2.ron").unwrap();
    assert_eq!(loaded.read_only, None);
    let mut expected = common::every_field_v3();
    for e in &mut expected.commitments[0].evidence {
        e.archived = None;
    }
    assert_eq!(loaded.project, expected);
}

/// Version 1 had no replacement and no evidence counter: the counter starts past the largest
/// id in use, and everything else is kept.
#[test]
fn golden_v1_migrates_to_the_same_project_less_what_version_2_added() {
    let loaded = parse_project(GOLDEN_V1, "golden/v1.ron").unwrap();
    assert_eq!(loaded.read_only, None);
    let mut expected = common::every_field_v3();
    expected.commitments[0].replaced = None;
    expected.commitments[0].evidence[0].archived = None;
    expected.commitments[0].next_evidence_id = 4;
    assert_eq!(loaded.project, expected);
}

#[test]
fn golden_v0_without_a_version_migrates() {
    let loaded = parse_project(GOLDEN_V0, "golden/v0.ron").unwrap();
    assert_eq!(loaded.read_only, None);
    assert_eq!(loaded.project.format_version, FORMAT_VERSION);
    assert_eq!(loaded.project.commitments.len(), 1);
    assert_eq!(loaded.project.commitments[0].id, "P1");
}

#[test]
fn parse_write_parse_is_equal_and_writing_twice_is_byte_identical() {
    let p = common::big_project(30, 3, "rt");
    let first = to_ron_string(&p).unwrap();
    let back = parse_project(&first, "rt.ron").unwrap().project;
    assert_eq!(back, p);
    let second = to_ron_string(&back).unwrap();
    assert_eq!(first, second);
    assert_eq!(to_ron_string(&p).unwrap(), first);
}

#[test]
fn every_commitment_starts_on_its_own_line() {
    let text = to_ron_string(&common::big_project(5, 1, "x")).unwrap();
    for i in 0..5 {
        let line = format!("            id: \"P{i}\",\n");
        assert!(text.contains(&line), "missing {line:?}");
    }
}
