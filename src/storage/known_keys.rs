//! Telling, without a second parse, that a file holds no field this version would ignore.
//!
//! serde drops unknown fields silently, so the careful parse (`serde_ignored` and the field
//! path of every value) has to see them. That costs more than the parse itself. Files this
//! version wrote hold only known fields, each where it belongs: a quick scan of the text
//! proves that, and only then does the plain parse's answer stand. Whatever the scan does not
//! understand (comments, raw strings, struct names, extensions, maps) makes it say "unsure",
//! and the careful parse decides. The keys it knows come from writing a project with every
//! field filled in, so a field added, renamed or removed in the model is followed at once.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use super::split::ListMarks;
use crate::model::{
    Commitment, Date, Evidence, Kind, Note, Project, Replacement, SourceDoc, Status,
};

/// True when every key in `text` is a field the model reads at that place in the file. False
/// means "unsure", never "there is an unknown field".
#[cfg(test)]
pub(crate) fn only_known_keys(text: &str) -> bool {
    list_marks(text).is_some()
}

/// `only_known_keys`, also telling where each element of the commitments list opens and
/// where the list closes (for parsing it in pieces). `None` means "unsure".
pub(crate) fn list_marks(text: &str) -> Option<ListMarks> {
    let mut marks = ListMarks::default();
    scan_marking(text, &mut |path| known().contains(path), Some(&mut marks))?;
    Some(marks)
}

/// The key path of the commitments list itself.
const LIST_PATH: &str = "(/commitments:[";

fn scan(text: &str, key: &mut dyn FnMut(&str) -> bool) -> Option<()> {
    scan_marking(text, key, None)
}

/// Every key path in the text, or `None` when the text holds something the scan does not
/// follow. `key` answers whether a path is acceptable; a `false` stops the scan.
fn scan_marking(
    text: &str,
    key: &mut dyn FnMut(&str) -> bool,
    mut marks: Option<&mut ListMarks>,
) -> Option<()> {
    let bytes = text.as_bytes();
    let mut path = String::with_capacity(64);
    let mut stack: Vec<usize> = Vec::with_capacity(16);
    // The key whose value comes next, and a name just before a `(` (`Some(`, a variant).
    let mut pending: Option<(usize, usize)> = None;
    let mut name: Option<(usize, usize)> = None;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b' ' | b'\n' | b'\t' | b'\r' => i += 1,
            b'"' => {
                i = skip_string(bytes, i + 1)?;
                (pending, name) = (None, None);
            }
            b'(' | b'[' => {
                let opens_element = bytes[i] == b'(' && path == LIST_PATH;
                if let Some(m) = marks.as_deref_mut().filter(|_| opens_element) {
                    m.starts.push(i);
                }
                stack.push(path.len());
                if let Some((s, e)) = pending.take() {
                    path.push('/');
                    path.push_str(&text[s..e]);
                    path.push(':');
                }
                if let Some((s, e)) = name.take() {
                    path.push_str(&text[s..e]);
                }
                path.push(bytes[i] as char);
                i += 1;
            }
            b')' | b']' => {
                let closes_list = bytes[i] == b']' && path == LIST_PATH;
                if let Some(m) = marks.as_deref_mut().filter(|_| closes_list) {
                    m.end = Some(i);
                }
                path.truncate(stack.pop()?);
                (pending, name) = (None, None);
                i += 1;
            }
            b',' => {
                (pending, name) = (None, None);
                i += 1;
            }
            b'a'..=b'z' | b'A'..=b'Z' | b'_' => {
                let start = i;
                while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                    i += 1;
                }
                // Raw strings, byte strings and raw identifiers: left to the careful parse.
                if matches!(bytes.get(i), Some(b'"' | b'#' | b'\'')) {
                    return None;
                }
                let mut j = i;
                while matches!(bytes.get(j), Some(b' ' | b'\n' | b'\t' | b'\r')) {
                    j += 1;
                }
                if bytes.get(j) == Some(&b':') {
                    if pending.is_some() || name.is_some() {
                        return None;
                    }
                    let len = path.len();
                    path.push('/');
                    path.push_str(&text[start..i]);
                    let known = key(&path);
                    path.truncate(len);
                    if !known {
                        return None;
                    }
                    pending = Some((start, i));
                    i = j + 1;
                } else {
                    name = Some((start, i));
                }
            }
            b'0'..=b'9' | b'-' | b'+' | b'.' => i += 1,
            // Comments, chars, maps, attributes (`#![enable(..)]`) and anything else.
            _ => return None,
        }
    }
    stack.is_empty().then_some(())
}

/// Index just after the closing quote of a string whose body starts at `i`.
fn skip_string(bytes: &[u8], mut i: usize) -> Option<usize> {
    loop {
        i += memchr::memchr2(b'"', b'\\', bytes.get(i..)?)?;
        if bytes[i] == b'\\' {
            i += 2;
        } else {
            return Some(i + 1);
        }
    }
}

/// A set of key paths, looked up once per key of a file: hashed a word at a time (the set
/// still compares whole paths, so a collision costs time, never a wrong answer).
type Paths = HashSet<String, BuildHasherDefault<WordHasher>>;

#[derive(Default)]
struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word))
                .wrapping_mul(0x517c_c1b7_2722_0a95);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Key paths of a project with every field present, as this version writes it.
fn known() -> &'static Paths {
    static KNOWN: OnceLock<Paths> = OnceLock::new();
    KNOWN.get_or_init(|| {
        let mut paths = Paths::default();
        let text = super::canonical::to_ron_string(&full_project()).unwrap_or_default();
        let _ = scan(&text, &mut |p| {
            paths.insert(p.to_owned());
            true
        });
        paths
    })
}

/// One of everything: every option set, every list with an item.
fn full_project() -> Project {
    let date = Date::ymd(2022, 3, 16);
    let mut c = Commitment::new("A", Kind::Reform, "t");
    c.parent = Some("B".into());
    c.date_committed = date;
    c.deadline = date;
    c.tags = vec!["t".into()];
    let mut e = Evidence::new(0);
    e.date = date;
    c.add_evidence(e);
    let day = date.unwrap_or_else(Date::today);
    c.change_status(Status::InProgress, day, String::new(), vec![1]);
    c.notes.push(Note {
        date: day,
        text: String::new(),
    });
    c.replaced = Some(Replacement {
        date: day,
        by: vec!["B".into()],
        partial: true,
        note: String::new(),
        evidence: vec![1],
    });
    Project {
        as_of: date,
        sources: vec![SourceDoc {
            id: "s".into(),
            title: String::new(),
            publisher: String::new(),
            date,
            url: String::new(),
            note: String::new(),
        }],
        commitments: vec![c],
        ..Project::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_this_version_writes_have_only_known_keys() {
        let text = super::super::canonical::to_ron_string(&full_project()).unwrap();
        assert!(only_known_keys(&text));
        let golden = include_str!("../../tests/golden/v2.ron");
        assert!(only_known_keys(golden));
    }

    #[test]
    fn an_unknown_or_misplaced_key_or_anything_unusual_is_unsure() {
        let text = super::super::canonical::to_ron_string(&full_project()).unwrap();
        let cases = [
            text.replacen("    title:", "    colour: 1,\n    title:", 1),
            // A known name in the wrong place: `url` belongs to evidence, not commitments.
            text.replacen(
                "        id: \"A\",",
                "        id: \"A\",\n        url: \"\",",
                1,
            ),
            text.replacen("(\n", "// note\n(\n", 1),
            text.replacen("(\n", "#![enable(implicit_some)]\n(\n", 1),
            text.replacen("(\n", "Project(\n", 1),
            text.replacen("title: \"t\"", "title: r\"t\"", 1),
            text.replacen("[\n", "{\"k\": 1}, [\n", 1),
            text[..text.len() - 3].to_owned(),
        ];
        for case in cases {
            assert_ne!(case, text);
            assert!(!only_known_keys(&case), "{case}");
        }
    }

    #[test]
    fn escaped_quotes_inside_strings_do_not_end_them() {
        let text = "(title: \"a \\\" b: (\", description: \"\")";
        let mut seen = Vec::new();
        scan(text, &mut |p| {
            seen.push(p.to_owned());
            true
        })
        .unwrap();
        assert_eq!(seen, ["(/title", "(/description"]);
    }
}
