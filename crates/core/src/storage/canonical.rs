//! The one text form of a project: the same bytes for the same project on every OS, one field
//! per line so version control merges edits to different commitments cleanly.

use std::borrow::Cow;

use ron::ser::PrettyConfig;

use super::error::SaveError;
use crate::model::{FORMAT_VERSION, Project};

/// Every setting spelled out, so a change of ron's defaults cannot change our files.
fn config() -> PrettyConfig {
    PrettyConfig::default()
        .new_line("\n")
        .indentor("    ")
        .separator(" ")
        .depth_limit(usize::MAX)
        .struct_names(false)
        .separate_tuple_members(false)
        .enumerate_arrays(false)
        .compact_arrays(false)
        .compact_structs(false)
        .compact_maps(false)
        .number_suffixes(false)
        // Escaped strings keep line breaks inside text as `\n`, so every field stays on one line.
        .escape_strings(true)
}

/// The project as this version writes it: always in the current format version, since that is
/// the format of the text produced (fields a newer version knew were not kept).
pub(crate) fn current(project: &Project) -> Cow<'_, Project> {
    if project.format_version == FORMAT_VERSION {
        Cow::Borrowed(project)
    } else {
        let mut p = project.clone();
        p.format_version = FORMAT_VERSION;
        Cow::Owned(p)
    }
}

/// Canonical text of a project; `format_version` comes first, and the text ends in a newline.
pub fn to_ron_string(project: &Project) -> Result<String, SaveError> {
    let project = current(project);
    let parts = parts();
    if project.commitments.len() >= WRITE_IN_PIECES_FROM
        && parts > 1
        && let Some(text) = in_pieces(&project, parts)
    {
        return Ok(text);
    }
    whole(&project)
}

/// Pieces to cut the commitments into, to write or read them: one per core, none when there is
/// only one.
pub(crate) fn parts() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get().min(8))
}

/// Projects with this many commitments write their commitments in pieces on every core.
const WRITE_IN_PIECES_FROM: usize = 1000;

fn whole(project: &Project) -> Result<String, SaveError> {
    // Room for the whole text up front: growing by doubling would copy tens of megabytes.
    let mut text = String::with_capacity(size_hint(project));
    write(&mut text, project)?;
    text.push('\n');
    Ok(text)
}

fn write(out: &mut String, value: &impl serde::Serialize) -> Result<(), SaveError> {
    ron::Options::default()
        .to_writer_pretty(out, value, config())
        .map_err(|e| SaveError {
            file: String::new(),
            what_happened: crate::t!("storage-to-text-failed", error = e.to_string()),
            what_to_do: crate::t!("storage-todo-report"),
        })
}

/// The commitments list alone, at the depth it has inside a project, so each piece's text is
/// byte for byte what the whole project's text holds there.
#[derive(serde::Serialize)]
struct ListAlone<'a> {
    commitments: &'a [crate::model::Commitment],
}

const EMPTY_LIST: &str = "\n    commitments: [],\n";
const LIST_OPEN: &str = "(\n    commitments: [\n";
const LIST_CLOSE: &str = "    ],\n)";

/// The same text as `whole`, with the commitments written in `parts` pieces side by side
/// and the rest of the project around them. `None` when a piece does not have the shape it
/// must (the caller then writes the whole project in one go); tests compare the two.
fn in_pieces(project: &Project, parts: usize) -> Option<String> {
    let all = &project.commitments;
    let size = all.len().div_ceil(parts).max(1);
    let (skeleton, pieces) = std::thread::scope(|s| {
        let handles: Vec<_> = all
            .chunks(size)
            .skip(1)
            .map(|chunk| {
                std::thread::Builder::new()
                    .name("save-piece".into())
                    .spawn_scoped(s, move || list_text(chunk))
            })
            .collect();
        let first = list_text(all.chunks(size).next().unwrap_or_default());
        let skeleton = whole(&without_commitments(project)).ok();
        let mut pieces = vec![first];
        for (h, chunk) in handles.into_iter().zip(all.chunks(size).skip(1)) {
            pieces.push(match h {
                Ok(h) => h.join().ok().flatten(),
                Err(_) => list_text(chunk),
            });
        }
        (skeleton, pieces)
    });
    let skeleton = skeleton?;
    let at = skeleton.find(EMPTY_LIST)?;
    let pieces: Vec<String> = pieces.into_iter().collect::<Option<_>>()?;
    let body: usize = pieces
        .iter()
        .map(|p| p.len() - LIST_OPEN.len() - LIST_CLOSE.len())
        .sum();
    let mut text = String::with_capacity(skeleton.len() + body + 32);
    text.push_str(&skeleton[..at]);
    text.push_str("\n    commitments: [\n");
    for piece in &pieces {
        text.push_str(&piece[LIST_OPEN.len()..piece.len() - LIST_CLOSE.len()]);
    }
    text.push_str("    ],\n");
    text.push_str(&skeleton[at + EMPTY_LIST.len()..]);
    Some(text)
}

/// `(\n    commitments: [\n` … `    ],\n)` around the text of `chunk`.
fn list_text(chunk: &[crate::model::Commitment]) -> Option<String> {
    let mut text = String::with_capacity(1200 * chunk.len() + 64);
    write(&mut text, &ListAlone { commitments: chunk }).ok()?;
    (text.starts_with(LIST_OPEN) && text.ends_with(LIST_CLOSE)).then_some(text)
}

/// Everything of the project but its commitments (which are written in pieces). Every field
/// is named, so a new field cannot be forgotten here.
pub(crate) fn without_commitments(p: &Project) -> Project {
    Project {
        format_version: p.format_version,
        title: p.title.clone(),
        description: p.description.clone(),
        as_of: p.as_of,
        sources: p.sources.clone(),
        commitments: Vec::new(),
        terms: p.terms.clone(),
        conflicts: p.conflicts.clone(),
    }
}

/// A little more than the text usually takes: the words, plus the keys and indentation each
/// commitment, link and entry brings (about 1 KB per commitment, 200 bytes per link).
fn size_hint(project: &Project) -> usize {
    let words = |c: &crate::model::Commitment| {
        c.title.len() + c.quote.len() + c.notes.iter().map(|n| n.text.len()).sum::<usize>()
    };
    let per_item: usize = project
        .commitments
        .iter()
        .map(|c| 1200 + words(c) + 400 * (c.evidence.len() + c.history.len()))
        .sum();
    4096 + project.description.len() + 512 * project.sources.len() + per_item
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Commitment, Kind};

    #[test]
    fn version_comes_first_and_each_field_has_its_line() {
        let mut p = Project::default();
        let mut c = Commitment::new("P1", Kind::Reform, "two\nlines");
        c.tags = vec!["a".into(), "b".into()];
        p.commitments.push(c);
        let text = to_ron_string(&p).unwrap();
        assert!(
            text.starts_with("(\n    format_version: 4,\n    title: "),
            "{text}"
        );
        assert!(text.contains("title: \"two\\nlines\",\n"), "{text}");
        assert!(text.contains("\"a\",\n"), "one tag per line: {text}");
        assert!(text.ends_with(")\n"));
        assert!(!text.contains('\r'));
    }

    #[test]
    fn pieces_written_side_by_side_give_the_same_text_as_one_writer() {
        use crate::model::synthetic::synthetic_project;
        let mut shipped = crate::storage::shipped_tracker();
        shipped.conflicts = crate::model::merge::merge(
            &shipped,
            &Project {
                title: "ours".into(),
                ..shipped.clone()
            },
            &Project {
                title: "theirs".into(),
                ..shipped.clone()
            },
            &crate::model::merge::Sides {
                ours: "a".into(),
                theirs: "b".into(),
            },
        )
        .conflicts;
        assert!(!shipped.conflicts.is_empty());
        let projects = [
            shipped,
            synthetic_project(7, 3, 1),
            synthetic_project(1, 0, 2),
            synthetic_project(130, 5, 3),
        ];
        for p in &projects {
            let one = whole(p).unwrap();
            for parts in [2, 3, 8] {
                let pieces = in_pieces(p, parts).expect("pieces have their shape");
                assert!(pieces == one, "{parts} pieces differ for {}", p.title);
            }
        }
    }

    #[test]
    fn a_project_from_another_version_is_written_as_the_current_one() {
        let p = Project {
            format_version: 9,
            ..Project::default()
        };
        assert!(to_ron_string(&p).unwrap().contains("format_version: 4,"));
    }
}
