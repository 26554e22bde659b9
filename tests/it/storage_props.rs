//! Random projects, with any Unicode in their text, round-trip equal and byte-identical.

use crate::storage_common as common;

use proptest::prelude::*;
use reform_tracker::model::{
    Commitment, Confidence, Date, Evidence, Kind, Mechanism, Note, Position, Project, RecLink,
    Recommendation, Relation, Replacement, Response, SourceDoc, Status, StatusChange, Term,
    Vocabulary,
};
use reform_tracker::storage::{parse_project, to_ron_string};

/// Any Unicode, plus strings dense in what escaping gets wrong.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[\"\\\\\n\r\t\u{0}\u{7f}\u{200d}\u{301}\u{feff}#r ёқ😀a-z]{0,24}",
        Just(String::new()),
    ]
}

fn date() -> impl Strategy<Value = Date> {
    (1i32..=9999, 0u32..=12, 1u32..=31).prop_map(|(y, m, d)| match m {
        0 => format!("{y:04}").parse().unwrap(),
        m if d > 28 => Date::year_month(y, m).unwrap(),
        m => Date::ymd(y, m, d).unwrap(),
    })
}

fn status() -> impl Strategy<Value = Status> {
    prop::sample::select(Status::ALL.to_vec())
}

fn evidence() -> impl Strategy<Value = Evidence> {
    (
        any::<u32>(),
        (text(), text(), text(), text()),
        prop::option::of(date()),
        (
            prop::sample::select(Confidence::ALL.to_vec()),
            any::<bool>(),
        ),
    )
        .prop_map(
            |(id, (url, title, publisher, note), date, (confidence, internal))| Evidence {
                id,
                url,
                title,
                publisher,
                date,
                note,
                confidence,
                archived: None,
                internal,
            },
        )
}

fn change() -> impl Strategy<Value = StatusChange> {
    (
        date(),
        status(),
        status(),
        text(),
        prop::collection::vec(any::<u32>(), 0..3),
    )
        .prop_map(|(date, from, to, note, evidence)| StatusChange {
            date,
            from,
            to,
            note,
            evidence,
        })
}

fn replacement() -> impl Strategy<Value = Replacement> {
    (
        date(),
        prop::collection::vec(text(), 0..3),
        any::<bool>(),
        text(),
        prop::collection::vec(any::<u32>(), 0..3),
    )
        .prop_map(|(date, by, partial, note, evidence)| Replacement {
            date,
            by,
            partial,
            note,
            evidence,
        })
}

fn commitment() -> impl Strategy<Value = Commitment> {
    (
        (text(), prop::sample::select(Kind::ALL.to_vec()), text()),
        (prop::option::of(text()), text(), text(), text()),
        (prop::option::of(date()), prop::option::of(date()), status()),
        (text(), text()),
        prop::collection::vec(change(), 0..3),
        prop::collection::vec(evidence(), 0..4),
        prop::collection::vec(
            (date(), text(), any::<bool>()).prop_map(|(date, text, public)| Note {
                date,
                text,
                public,
            }),
            0..2,
        ),
        prop::collection::vec(text(), 0..3),
        (any::<u8>(), any::<bool>(), any::<bool>()),
        (prop::option::of(replacement()), any::<u32>()),
        (
            prop::option::of(recommendation()),
            prop::collection::vec(text(), 0..3),
            prop::collection::vec(link(), 0..3),
        ),
    )
        .prop_map(
            |(
                (id, kind, actor),
                (parent, title, quote, source),
                (date_committed, deadline, status),
                (category, responsible),
                history,
                evidence,
                notes,
                tags,
                (importance, concern, internal),
                (replaced, next_evidence_id),
                (recommendation, terms, links),
            )| Commitment {
                id,
                kind,
                actor,
                parent,
                title,
                quote,
                source,
                date_committed,
                category,
                responsible,
                deadline,
                status,
                history,
                replaced,
                evidence,
                next_evidence_id,
                notes,
                tags,
                importance,
                concern,
                recommendation,
                terms,
                links,
                internal,
            },
        )
}

fn recommendation() -> impl Strategy<Value = Recommendation> {
    (
        prop::sample::select(Mechanism::ALL.to_vec()),
        (text(), text(), text()),
        prop::collection::vec(text(), 0..3),
        any::<bool>(),
        prop::option::of((
            prop::sample::select(Position::ALL.to_vec()),
            prop::option::of(date()),
            text(),
        )),
    )
        .prop_map(
            |(mechanism, (paragraph, cycle, language), recommending, summary, response)| {
                Recommendation {
                    mechanism,
                    paragraph,
                    cycle,
                    recommending,
                    language,
                    summary,
                    response: response.map(|(position, date, note)| Response {
                        position,
                        date,
                        note,
                    }),
                }
            },
        )
}

fn link() -> impl Strategy<Value = RecLink> {
    (
        text(),
        prop::sample::select(Relation::ALL.to_vec()),
        prop::option::of(date()),
        text(),
        prop::collection::vec(any::<u32>(), 0..3),
    )
        .prop_map(|(recommendation, relation, date, note, evidence)| RecLink {
            recommendation,
            relation,
            date,
            note,
            evidence,
        })
}

fn term() -> impl Strategy<Value = Term> {
    (
        text(),
        prop::sample::select(Vocabulary::ALL.to_vec()),
        (text(), text(), text()),
    )
        .prop_map(|(id, vocabulary, (en, ru, kk))| Term {
            id,
            vocabulary,
            en,
            ru,
            kk,
        })
}

fn source() -> impl Strategy<Value = SourceDoc> {
    (
        (text(), text(), text()),
        prop::option::of(date()),
        (text(), text()),
    )
        .prop_map(|((id, title, publisher), date, (url, note))| SourceDoc {
            id,
            title,
            publisher,
            date,
            url,
            note,
        })
}

fn project() -> impl Strategy<Value = Project> {
    (
        (text(), text()),
        prop::option::of(date()),
        prop::collection::vec(source(), 0..3),
        prop::collection::vec(commitment(), 0..5),
        prop::collection::vec(term(), 0..3),
    )
        .prop_map(
            |((title, description), as_of, sources, commitments, terms)| Project {
                format_version: 4,
                title,
                description,
                as_of,
                sources,
                commitments,
                terms,
                conflicts: Vec::new(),
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn random_projects_round_trip_equal_and_byte_identical(p in project()) {
        let text = to_ron_string(&p).unwrap();
        let loaded = parse_project(&text, "random.ron").unwrap();
        prop_assert_eq!(&loaded.project, &p);
        prop_assert_eq!(loaded.read_only, None);
        prop_assert_eq!(to_ron_string(&loaded.project).unwrap(), text.clone());
        // Line breaks in text never reach the file raw: one field per line holds.
        prop_assert!(!text.contains('\r'));
        for line in text.lines() {
            prop_assert!(line.ends_with([',', '(', '[', ')', ']']), "broken line {:?}", line);
        }
    }
}

/// A valid file damaged in random places: insertions, deletions, flipped bytes.
fn damaged() -> impl Strategy<Value = String> {
    let golden = include_str!("../golden/v3.ron").as_bytes().to_vec();
    let edit = (
        any::<prop::sample::Index>(),
        0usize..40,
        prop::collection::vec(any::<u8>(), 0..8),
    );
    prop::collection::vec(edit, 1..6).prop_map(move |edits| common::damaged(&golden, edits))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    /// Never a panic; every refusal says something and points inside the file.
    #[test]
    fn damaged_files_are_answered_without_panics(text in damaged()) {
        match parse_project(&text, "damaged.ron") {
            Ok(loaded) => prop_assert!(loaded.project.format_version >= 1),
            Err(e) => {
                prop_assert!(!e.message.is_empty());
                let lines = text.lines().count() + 1;
                prop_assert!(e.line.is_none_or(|l| l >= 1 && l <= lines), "{}", e);
                prop_assert!(e.column.is_none_or(|c| c >= 1), "{}", e);
            }
        }
    }
}
