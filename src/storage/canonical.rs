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
    // Room for the whole text up front: growing by doubling would copy tens of megabytes.
    let mut text = String::with_capacity(size_hint(&project));
    ron::Options::default()
        .to_writer_pretty(&mut text, project.as_ref(), config())
        .map_err(|e| SaveError {
            file: String::new(),
            what_happened: crate::t!("storage-to-text-failed", error = e.to_string()),
            what_to_do: crate::t!("storage-todo-report"),
        })?;
    text.push('\n');
    Ok(text)
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
            text.starts_with("(\n    format_version: 3,\n    title: "),
            "{text}"
        );
        assert!(text.contains("title: \"two\\nlines\",\n"), "{text}");
        assert!(text.contains("\"a\",\n"), "one tag per line: {text}");
        assert!(text.ends_with(")\n"));
        assert!(!text.contains('\r'));
    }

    #[test]
    fn a_project_from_another_version_is_written_as_the_current_one() {
        let p = Project {
            format_version: 9,
            ..Project::default()
        };
        assert!(to_ron_string(&p).unwrap().contains("format_version: 3,"));
    }
}
