//! Format versions. `format_version` is the first field of every file. Older versions are
//! read with their own frozen types and converted step by step; newer ones open read-only if
//! this version can read them at all.
//!
//! To add version N+1: copy today's types into `vN` here (frozen), add `Old::VN`, write
//! `vN_to_vN1`, bump `FORMAT_VERSION`, and add `tests/golden/vN+1.ron`.

use serde::Deserialize;

use super::error::LoadError;
use super::tracked::{Loaded, parse_tracked};
use crate::model::{FORMAT_VERSION, Project};

/// Version 0: files written by hand before versions were recorded. They have no
/// `format_version` (or `format_version: 0`), and only `title` and `commitments` are required;
/// otherwise the shape is version 1's.
pub(crate) mod v0 {
    use serde::Deserialize;

    use super::v1::Commitment;
    use crate::model::{Date, SourceDoc};

    #[derive(Deserialize)]
    pub struct Project {
        /// Read so it is not reported as a field this version does not know.
        #[serde(default, rename = "format_version")]
        pub _format_version: u32,
        pub title: String,
        #[serde(default)]
        pub description: String,
        #[serde(default)]
        pub as_of: Option<Date>,
        #[serde(default)]
        pub sources: Vec<SourceDoc>,
        pub commitments: Vec<Commitment>,
    }
}

/// Version 1: commitments had no replacement and no evidence-id counter (ids were the
/// largest in use plus one, so a removed link's id could be given again).
pub(crate) mod v1 {
    use serde::Deserialize;

    use crate::model::{Date, Evidence, Kind, Note, SourceDoc, Status, StatusChange};

    #[derive(Deserialize)]
    pub struct Project {
        #[serde(rename = "format_version")]
        pub _format_version: u32,
        pub title: String,
        pub description: String,
        pub as_of: Option<Date>,
        pub sources: Vec<SourceDoc>,
        pub commitments: Vec<Commitment>,
    }

    #[derive(Deserialize)]
    pub struct Commitment {
        pub id: String,
        pub kind: Kind,
        pub actor: String,
        pub parent: Option<String>,
        pub title: String,
        pub quote: String,
        pub source: String,
        pub date_committed: Option<Date>,
        pub category: String,
        pub responsible: String,
        pub deadline: Option<Date>,
        pub status: Status,
        pub history: Vec<StatusChange>,
        pub evidence: Vec<Evidence>,
        pub notes: Vec<Note>,
        pub tags: Vec<String>,
        pub importance: u8,
        pub concern: bool,
    }
}

/// Version 2: today's shape less what version 3 added, which is all optional with a default
/// (an evidence link's archived copy). A version 2 file therefore reads straight into today's
/// types; should a later version change a version 2 field, freeze its types here as `v1` is.
pub(crate) mod v2 {
    pub use crate::model::Project;
}

/// Version 3: today's shape less what version 4 added (recommendations, their links and
/// vocabularies), which is all optional with a default, so it reads straight into today's
/// types too.
pub(crate) mod v3 {
    pub use crate::model::Project;
}

/// A project as an older format version wrote it.
pub(crate) enum Old {
    V0(v0::Project),
    V1(v1::Project),
    V2(v2::Project),
    V3(v3::Project),
}

/// Brings an old project up to the current version, one step at a time.
pub(crate) fn migrate(old: Old) -> Project {
    match old {
        Old::V0(p) => v3_to_v4(v2_to_v3(v1_to_v2(v0_to_v1(p)))),
        Old::V1(p) => v3_to_v4(v2_to_v3(v1_to_v2(p))),
        Old::V2(p) => v3_to_v4(v2_to_v3(p)),
        Old::V3(p) => v3_to_v4(p),
    }
}

/// Version 3 added optional fields only (archived copies of evidence): nothing to convert.
fn v2_to_v3(p: v2::Project) -> v3::Project {
    Project {
        format_version: 3,
        ..p
    }
}

/// Version 4 added optional fields only (recommendations' details, links to them, terms):
/// a version 3 project has none of them, so only the version changes.
fn v3_to_v4(p: v3::Project) -> Project {
    Project {
        format_version: 4,
        ..p
    }
}

fn v0_to_v1(p: v0::Project) -> v1::Project {
    v1::Project {
        _format_version: 1,
        title: p.title,
        description: p.description,
        as_of: p.as_of,
        sources: p.sources,
        commitments: p.commitments,
    }
}

fn v1_to_v2(p: v1::Project) -> v2::Project {
    v2::Project {
        format_version: 2,
        title: p.title,
        description: p.description,
        as_of: p.as_of,
        sources: p.sources,
        commitments: p.commitments.into_iter().map(v1_commitment).collect(),
        terms: Vec::new(),
        conflicts: Vec::new(),
    }
}

fn v1_commitment(c: v1::Commitment) -> crate::model::Commitment {
    // Version 1 gave the largest id in use plus one, so that is where the counter stands.
    let next_evidence_id = c.evidence.iter().map(|e| e.id).max().unwrap_or(0) + 1;
    crate::model::Commitment {
        id: c.id,
        kind: c.kind,
        actor: c.actor,
        parent: c.parent,
        title: c.title,
        quote: c.quote,
        source: c.source,
        date_committed: c.date_committed,
        category: c.category,
        responsible: c.responsible,
        deadline: c.deadline,
        status: c.status,
        history: c.history,
        replaced: None,
        internal: false,
        evidence: c.evidence,
        next_evidence_id,
        notes: c.notes,
        tags: c.tags,
        importance: c.importance,
        concern: c.concern,
        recommendation: None,
        terms: Vec::new(),
        links: Vec::new(),
    }
}

/// Only the version, whatever else the file holds.
#[derive(Deserialize)]
struct Peek {
    #[serde(default)]
    format_version: u32,
}

fn peek_version(text: &str) -> Option<u32> {
    ron::from_str::<Peek>(text).ok().map(|p| p.format_version)
}

pub(crate) fn parse_any_version(text: &str, origin: &str) -> Result<Loaded, LoadError> {
    // Current files are the common case: parse once, and look at the version afterwards.
    match parse_tracked::<Project>(text, origin) {
        Ok((project, _)) if project.format_version < FORMAT_VERSION => {
            parse_old(project.format_version, text, origin)
        }
        Ok((project, ignored)) => Ok(finish(project, &ignored)),
        Err(err) => match peek_version(text) {
            Some(v) if v > FORMAT_VERSION => Err(LoadError::whole_file(
                origin,
                crate::t!(
                    "storage-newer-format",
                    version = v.to_string(),
                    current = FORMAT_VERSION.to_string()
                ),
            )),
            Some(v) if v < FORMAT_VERSION => parse_old(v, text, origin),
            _ => Err(err),
        },
    }
}

fn parse_old(version: u32, text: &str, origin: &str) -> Result<Loaded, LoadError> {
    let (old, ignored) = match version {
        0 => {
            let (p, ignored) = parse_tracked::<v0::Project>(text, origin)?;
            (Old::V0(p), ignored)
        }
        1 => {
            let (p, ignored) = parse_tracked::<v1::Project>(text, origin)?;
            (Old::V1(p), ignored)
        }
        2 => {
            let (p, ignored) = parse_tracked::<v2::Project>(text, origin)?;
            (Old::V2(p), ignored)
        }
        3 => {
            let (p, ignored) = parse_tracked::<v3::Project>(text, origin)?;
            (Old::V3(p), ignored)
        }
        v => {
            return Err(LoadError::whole_file(
                origin,
                crate::t!("storage-unknown-format", version = v.to_string()),
            ));
        }
    };
    Ok(finish(migrate(old), &ignored))
}

fn finish(project: Project, ignored: &[String]) -> Loaded {
    let mut reasons = Vec::new();
    if project.format_version > FORMAT_VERSION {
        reasons.push(crate::t!(
            "storage-newer-version",
            version = project.format_version.to_string()
        ));
    }
    if !ignored.is_empty() {
        reasons.push(unknown_fields(ignored));
    }
    Loaded {
        project,
        read_only: (!reasons.is_empty()).then(|| reasons.join("; ")),
        stamp: None,
        comments: false,
    }
}

/// Lists the fields, a handful at most: a file full of them needs no longer list.
fn unknown_fields(ignored: &[String]) -> String {
    const SHOWN: usize = 8;
    let fields = ignored
        .iter()
        .take(SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    if ignored.len() > SHOWN {
        crate::t!(
            "storage-unknown-fields-more",
            fields = fields,
            count = ignored.len() - SHOWN
        )
    } else {
        crate::t!("storage-unknown-fields", fields = fields)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const V0: &str = r#"(
        title: "Before versions",
        commitments: [],
    )"#;

    #[test]
    fn version_0_without_the_field_migrates_to_the_current_version() {
        let loaded = parse_any_version(V0, "old.ron").unwrap();
        assert_eq!(loaded.project.format_version, FORMAT_VERSION);
        assert_eq!(loaded.project.title, "Before versions");
        assert_eq!(loaded.read_only, None);
    }

    #[test]
    fn version_0_written_out_migrates_too() {
        let text = V0.replacen('(', "(format_version: 0,", 1);
        let loaded = parse_any_version(&text, "old.ron").unwrap();
        assert_eq!(loaded.project.format_version, FORMAT_VERSION);
    }

    #[test]
    fn migrate_from_v0_keeps_every_field() {
        let old = v0::Project {
            _format_version: 0,
            title: "t".into(),
            description: "d".into(),
            as_of: "2022-03".parse().ok(),
            sources: vec![],
            commitments: vec![],
        };
        let p = migrate(Old::V0(old));
        assert_eq!(p.format_version, FORMAT_VERSION);
        assert_eq!((p.title.as_str(), p.description.as_str()), ("t", "d"));
        assert_eq!(p.as_of, "2022-03".parse().ok());
    }

    #[test]
    fn version_1_gets_an_evidence_counter_past_its_largest_id_and_no_replacement() {
        let text = include_str!("../../../../tests/golden/v1.ron");
        let loaded = parse_any_version(text, "v1.ron").unwrap();
        assert_eq!(loaded.read_only, None);
        let c = &loaded.project.commitments[0];
        let largest = c.evidence.iter().map(|e| e.id).max().unwrap();
        assert_eq!(c.next_evidence_id, largest + 1);
        assert!(c.replaced.is_none());
    }

    #[test]
    fn version_2_migrates_with_no_archived_copies_and_keeps_everything_else() {
        let text = include_str!("../../../../tests/golden/v2.ron");
        let loaded = parse_any_version(text, "v2.ron").unwrap();
        assert_eq!(loaded.read_only, None);
        assert_eq!(loaded.project.format_version, FORMAT_VERSION);
        let c = &loaded.project.commitments[0];
        assert_eq!(c.evidence.len(), 3);
        assert!(c.evidence.iter().all(|e| e.archived.is_none()));
        assert!(c.replaced.is_some(), "version 2 fields are kept");
    }

    #[test]
    fn version_3_migrates_with_no_recommendations_links_or_terms() {
        let text = include_str!("../../../../tests/golden/v3.ron");
        let loaded = parse_any_version(text, "v3.ron").unwrap();
        assert_eq!(loaded.read_only, None);
        let p = &loaded.project;
        assert_eq!(p.format_version, 4);
        assert!(p.terms.is_empty());
        assert!(
            p.commitments
                .iter()
                .all(|c| c.links.is_empty() && c.terms.is_empty() && c.recommendation.is_none())
        );
        assert!(
            p.commitments[0]
                .evidence
                .iter()
                .any(|e| e.archived.is_some()),
            "version 3 fields are kept"
        );
    }

    #[test]
    fn a_newer_file_that_no_longer_fits_is_refused_with_the_reason() {
        let text = "(format_version: 7, title: 5)";
        let e = parse_any_version(text, "new.ron").unwrap_err();
        assert!(e.message.contains("newer version"), "{e}");
    }

    #[test]
    fn long_lists_of_unknown_fields_are_cut_short() {
        let many: Vec<String> = (0..20).map(|i| format!("f{i}")).collect();
        let text = unknown_fields(&many);
        assert!(text.ends_with("f7 and 12 more"), "{text}");
    }
}
