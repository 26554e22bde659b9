//! Parsing a big project's commitments on every core.
//!
//! The commitments list of a file this version wrote is cut, by its lines alone, into pieces
//! that parse side by side. A cut is only a guess; the parse proves it. Each piece must read
//! as whole elements to its very end (a cut inside a string leaves the piece before it with
//! a string open), and the text around the pieces must read with the first cut falling
//! between two elements of the commitments list and that list closing where the last piece
//! ends. Otherwise the caller parses the whole text in one go.

use memchr::memmem;

use super::plain as plain_ron;

use crate::model::{Commitment, Project};

/// The line that opens the list, as the canonical form writes it.
const LIST: &[u8] = b"\n    commitments: [\n";
/// The line that opens one commitment; the `(` is its last but one byte.
const ELEMENT: &[u8] = b"\n        (\n";
/// The line that closes the list; the `]` is its last byte.
const LIST_END: &[u8] = b"\n    ]";

/// Texts shorter than this parse on one thread: starting threads would cost more.
pub(crate) const SPLIT_ABOVE: usize = 1024 * 1024;

/// Where a text's commitments list would be cut: the offset of the list's `[`, of the `(`
/// opening each piece read apart from the rest, and of the list's `]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Cuts {
    pub list: usize,
    pub starts: Vec<usize>,
    pub end: usize,
}

/// Where the commitments list's body begins (just after the line that opens it) and the
/// offset of its `]`, by the lines the canonical form writes.
fn list_span(bytes: &[u8]) -> Option<(usize, usize)> {
    let body = memmem::find(bytes, LIST)? + LIST.len();
    let end = body + memmem::find(&bytes[body..], LIST_END)? + LIST_END.len() - 1;
    Some((body, end))
}

/// Cuts for `parts` pieces of about equal length, by looking at lines only.
pub(crate) fn guess(text: &str, parts: usize) -> Option<Cuts> {
    let bytes = text.as_bytes();
    let (body, end) = list_span(bytes)?;
    let mut starts: Vec<usize> = Vec::with_capacity(parts);
    for k in 1..parts {
        let from = (body + (end - body) * k / parts).max(starts.last().map_or(body, |s| s + 1));
        let Some(at) = memmem::find(bytes.get(from..end)?, ELEMENT) else {
            break;
        };
        // The element before a cut must end in a comma, as the whole text needs: a piece
        // parsed alone would not notice it missing.
        if bytes[..from + at].trim_ascii_end().last() != Some(&b',') {
            return None;
        }
        starts.push(from + at + ELEMENT.len() - 2);
    }
    (!starts.is_empty()).then_some(Cuts {
        list: body - 2,
        starts,
        end,
    })
}

/// The project parsed in pieces side by side; `None` when any piece does not parse or a cut
/// is not proved (the caller then parses the whole text).
pub(crate) fn parse(text: &str, cuts: &Cuts) -> Option<Project> {
    let first = *cuts.starts.first()?;
    let pieces: Vec<&str> = cuts
        .starts
        .iter()
        .zip(cuts.starts.iter().skip(1).chain([&cuts.end]))
        .map(|(&s, &e)| text.get(s..e))
        .collect::<Option<_>>()?;
    std::thread::scope(|s| {
        let handles: Vec<_> = pieces
            .iter()
            .map(|piece| {
                std::thread::Builder::new()
                    .name("load-piece".into())
                    .spawn_scoped(s, crate::i18n::carried(move || parse_piece(piece)))
            })
            .collect();
        let around = plain_ron::skipping_elements::<Project>(text, cuts.list, (first, cuts.end));
        let mut project = around?;
        for (handle, piece) in handles.into_iter().zip(&pieces) {
            let more = match handle {
                Ok(h) => h.join().ok()??,
                Err(_) => parse_piece(piece)?,
            };
            project.commitments.extend(more);
        }
        Some(project)
    })
}

/// A run of elements of the list, `(…), (…),`.
fn parse_piece(piece: &str) -> Option<Vec<Commitment>> {
    plain_ron::elements(piece)
}

fn ron_piece(piece: &str) -> Option<Vec<Commitment>> {
    ron::from_str(&format!("[{piece}]")).ok()
}

/// Where each element of the commitments list of a text this version wrote opens, and where
/// the list closes. Such a text has no raw line break inside a string, so the lines that
/// open an element at that depth are exactly the elements.
fn elements(text: &str) -> Option<(Vec<usize>, usize)> {
    let bytes = text.as_bytes();
    // From the line break before the first element, which opens it.
    let (body, end) = list_span(bytes)?;
    let body = body - 1;
    let starts = memmem::find_iter(&bytes[body..end], ELEMENT)
        .map(|at| body + at + ELEMENT.len() - 2)
        .collect();
    Some((starts, end))
}

/// The save's read-back check for a text this version just wrote of `project`, parsing only
/// the commitments at the indexes in `changed` and everything around the list. `None` when the
/// text does not have the shape that allows it (the caller then checks the whole text).
pub(crate) fn reads_back_only(text: &str, project: &Project, changed: &[usize]) -> Option<bool> {
    let (starts, end) = elements(text)?;
    let count = project.commitments.len();
    if count == 0 || starts.len() != count || changed.iter().any(|&i| i >= count) {
        return None;
    }
    let mut skeleton = String::with_capacity(starts[0] + text.len() - end);
    skeleton.push_str(text.get(..starts[0])?);
    skeleton.push_str(text.get(end..)?);
    // As a load reads it: the plain reader first, ron where that one is unsure.
    let around = plain_ron::from_str::<Project>(&skeleton)
        .or_else(|| ron::from_str::<Project>(&skeleton).ok())
        .is_some_and(|p| p == crate::storage::canonical::without_commitments(project));
    let each = changed.iter().all(|&i| {
        let next = starts.get(i + 1).copied().unwrap_or(end);
        text.get(starts[i]..next)
            .and_then(|piece| parse_piece(piece).or_else(|| ron_piece(piece)))
            .is_some_and(|back| back.len() == 1 && back[0] == project.commitments[i])
    });
    Some(around && each)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::synthetic;

    fn text_of(n: usize) -> String {
        crate::storage::canonical::to_ron_string(&synthetic::synthetic_project(n, 2, 7)).unwrap()
    }

    #[test]
    fn pieces_give_the_same_project_as_one_parse() {
        let text = text_of(50);
        let whole: Project = ron::from_str(&text).unwrap();
        for parts in 2..6 {
            let cuts = guess(&text, parts).unwrap();
            assert_eq!(cuts.starts.len(), parts - 1);
            assert_eq!(parse(&text, &cuts).unwrap(), whole, "{parts} pieces");
        }
    }

    #[test]
    fn the_guess_cuts_a_file_this_version_wrote_at_its_elements() {
        let text = text_of(20);
        let cuts = guess(&text, 4).unwrap();
        assert_eq!(&text[cuts.list..=cuts.list], "[");
        assert_eq!(&text[cuts.end..=cuts.end], "]");
        for s in &cuts.starts {
            assert_eq!(&text[*s - 9..=*s], "\n        (");
        }
    }

    /// A quote holding the lines that open an element (ron strings may hold raw line breaks).
    fn text_with_an_element_line_in_a_string() -> (String, usize) {
        let mut p = synthetic::synthetic_project(3, 2, 7);
        p.commitments[1].quote = "x".into();
        let text = crate::storage::canonical::to_ron_string(&p)
            .unwrap()
            .replacen("\"x\"", "\"\n        (\n\"", 1);
        let whole: Project = ron::from_str(&text).unwrap();
        assert_eq!(whole.commitments.len(), 3);
        let fake = text.find("\"\n        (\n\"").unwrap() + 10;
        assert_eq!(&text[fake..=fake], "(");
        (text, fake)
    }

    #[test]
    fn a_cut_inside_a_string_is_refused() {
        let (text, fake) = text_with_an_element_line_in_a_string();
        let real = guess(&text, 2).unwrap();
        assert!(parse(&text, &real).is_some(), "{real:?}");
        // Alone, or beside a real one.
        let mut both = vec![real.starts[0], fake];
        both.sort_unstable();
        for starts in [vec![fake], both] {
            let cuts = Cuts {
                starts,
                ..real.clone()
            };
            assert_eq!(parse(&text, &cuts), None, "{cuts:?}");
        }
    }

    #[test]
    fn a_cut_must_fall_in_the_commitments_list_at_an_element() {
        let text = text_of(6);
        let real = guess(&text, 3).unwrap();
        let inside_an_element = text[real.starts[0]..].find("(\n").unwrap() + real.starts[0];
        let wrong = [
            Cuts {
                list: real.list + 1,
                ..real.clone()
            },
            Cuts {
                end: real.end - 1,
                ..real.clone()
            },
            Cuts {
                starts: vec![real.starts[0] + 1],
                ..real.clone()
            },
            Cuts {
                starts: vec![inside_an_element + 1],
                ..real.clone()
            },
        ];
        for cuts in wrong {
            assert_eq!(parse(&text, &cuts), None, "{cuts:?}");
        }
    }

    #[test]
    fn a_missing_comma_at_a_cut_is_not_cut_over() {
        let good = text_of(4);
        assert!(guess(&good, 2).is_some());
        let text = good.replace("\n        ),\n        (\n", "\n        )\n        (\n");
        assert!(ron::from_str::<Project>(&text).is_err());
        assert_eq!(guess(&text, 2), None);
    }

    #[test]
    fn the_check_of_changed_commitments_finds_what_the_whole_check_finds() {
        let mut p = crate::model::synthetic::synthetic_project(12, 2, 5);
        let text = crate::storage::canonical::to_ron_string(&p).unwrap();
        assert_eq!(elements(&text).unwrap().0.len(), 12);
        assert_eq!(reads_back_only(&text, &p, &[0, 5, 11]), Some(true));
        assert_eq!(reads_back_only(&text, &p, &[]), Some(true));
        // A value with no text that reads back, among the ones named: caught.
        let last = crate::model::Date::ymd(9999, 12, 31).unwrap().day_number();
        p.commitments[5].deadline = Some(crate::model::Date::from_day_number(last + 400));
        let text = crate::storage::canonical::to_ron_string(&p).unwrap();
        assert_eq!(reads_back_only(&text, &p, &[5]), Some(false));
        // Around the list too, whatever is named.
        let mut q = crate::model::synthetic::synthetic_project(12, 2, 5);
        q.as_of = Some(crate::model::Date::from_day_number(last + 400));
        let text = crate::storage::canonical::to_ron_string(&q).unwrap();
        assert_eq!(reads_back_only(&text, &q, &[]), Some(false));
        // A text of another shape, or an index out of range: the whole check decides.
        let empty = Project::default();
        let text = crate::storage::canonical::to_ron_string(&empty).unwrap();
        assert_eq!(reads_back_only(&text, &empty, &[]), None);
        let r = crate::model::synthetic::synthetic_project(3, 1, 1);
        let text = crate::storage::canonical::to_ron_string(&r).unwrap();
        assert_eq!(reads_back_only(&text, &r, &[3]), None);
    }

    #[test]
    fn no_list_or_one_element_gives_no_cut() {
        assert_eq!(guess("(title: \"\")", 2), None);
        assert_eq!(guess(&text_of(1), 2), None);
        assert_eq!(guess(&text_of(10), 1), None);
    }
}
