//! Reading RON with the line and column of every error, the path of the field at fault and the
//! fields this version does not know; and what a read gives the app. Both the loader and the
//! migrations of older versions read through here.

use serde::de::DeserializeOwned;

use super::error::{LoadError, describe_ron};
use super::stamp::FileStamp;
use crate::model::Project;

/// A project as read from disk, with what the app must know before letting the user edit it.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub project: Project,
    /// Some(reason) when the file must open read-only: newer format version, or fields this
    /// version does not know. Saving must then go to a new name, or data would be dropped.
    pub read_only: Option<String>,
    /// Present for `load_file`; None for `parse_project`.
    pub stamp: Option<FileStamp>,
    /// The file holds comments, which a save would not keep.
    pub comments: bool,
}

/// Line and column (1-based, in characters) just after the end of `text`.
pub(super) fn end_position(text: &str) -> (usize, usize) {
    let line = 1 + text.matches('\n').count();
    let last = text.rsplit('\n').next().unwrap_or("");
    (line, 1 + last.chars().count())
}

/// ron points before the whitespace that precedes a bad value; users want the value itself.
pub(super) fn next_token(text: &str, line: usize, column: usize) -> (usize, usize) {
    let line_start: usize = text
        .split('\n')
        .take(line.saturating_sub(1))
        .map(|l| l.len() + 1)
        .sum();
    let Some(rest) = text.get(line_start.min(text.len())..) else {
        return (line, column);
    };
    let (mut line, mut col, mut reached) = (line, 1, false);
    for c in rest.chars() {
        reached |= col >= column;
        if reached && !c.is_whitespace() {
            break;
        }
        if c == '\n' {
            if !reached {
                break;
            }
            (line, col) = (line + 1, 1);
        } else {
            col += 1;
        }
    }
    if reached { (line, col) } else { (line, column) }
}

/// A path through a thousand nested lists helps nobody: keep its start.
fn shorten(path: &str) -> String {
    const MAX: usize = 80;
    match path.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", &path[..cut]),
        None => path.to_owned(),
    }
}

/// Parses `text` as a `T`, keeping the path of every field this version ignored and, on
/// failure, the line, column and field path of the fault.
pub(crate) fn parse_tracked<T: DeserializeOwned>(
    text: &str,
    origin: &str,
) -> Result<(T, Vec<String>), LoadError> {
    let spanned = |e, path| located(text, origin, e, path);
    let mut de = ron::Deserializer::from_str(text).map_err(|e| spanned(e, None))?;
    let mut ignored = Vec::new();
    let mut note_ignored = |p: serde_ignored::Path<'_>| ignored.push(field_path(&p));
    let mut track = serde_path_to_error::Track::new();
    let result = {
        let de = serde_ignored::Deserializer::new(&mut de, &mut note_ignored);
        T::deserialize(serde_path_to_error::Deserializer::new(de, &mut track))
    };
    let value = match result {
        Ok(v) => v,
        Err(e) => {
            let path = track.path().to_string();
            let path = (!path.is_empty() && path != ".").then_some(path);
            return Err(spanned(de.span_error(e), path));
        }
    };
    de.end().map_err(|e| spanned(de.span_error(e), None))?;
    Ok((value, ignored))
}

/// A ron error as the user sees it: at the bad value, in words, with the field path.
fn located(
    text: &str,
    origin: &str,
    e: ron::error::SpannedError,
    path: Option<String>,
) -> LoadError {
    let (line, column) = next_token(text, e.span.start.line, e.span.start.col);
    let mut message = describe_ron(&e.code);
    let already_said = matches!(e.code, ron::Error::Eof | ron::Error::ExceededRecursionLimit);
    if !already_said && cut_short(text, &e.code, line, column) {
        message = crate::t!("storage-cut-off", message = message);
    }
    LoadError {
        file: origin.to_owned(),
        line: Some(line),
        column: Some(column),
        field_path: path.map(|p| shorten(&p)),
        message,
    }
}

/// Whatever ron expected, a syntax error at the last character, or one on the last line of a
/// file that lacks its closing `)`, means the file was cut short: users should hear that first.
fn cut_short(text: &str, code: &ron::Error, line: usize, column: usize) -> bool {
    let body = text.trim_end();
    let syntax = !matches!(
        code,
        ron::Error::MissingStructField { .. } | ron::Error::Message(_)
    );
    let at_last_char = syntax && (line, column + 1) >= end_position(body);
    let last_line = 1 + body.matches('\n').count();
    let unclosed = !body.ends_with(')') && line >= last_line && (line, column) != (1, 1);
    at_last_char || unclosed
}

/// `serde_ignored` writes `commitments.0.foo`; users read `commitments[0].foo` elsewhere.
fn field_path(path: &serde_ignored::Path<'_>) -> String {
    use serde_ignored::Path as P;
    match path {
        P::Root => String::new(),
        P::Seq { parent, index } => format!("{}[{index}]", field_path(parent)),
        P::Map { parent, key } => {
            let parent = field_path(parent);
            if parent.is_empty() {
                key.clone()
            } else {
                format!("{parent}.{key}")
            }
        }
        P::Some { parent } | P::NewtypeStruct { parent } | P::NewtypeVariant { parent } => {
            field_path(parent)
        }
    }
}
