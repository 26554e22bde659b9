//! Git's conflict markers. A clone where `git-setup` was not run merges project files as
//! plain text and leaves `<<<<<<<` … `>>>>>>>` in them; such a file is told apart from a
//! damaged one, so the error can say why it happened and what to run.

/// The 1-based line of the first `<<<<<<<` when the text holds a whole conflict block (the
/// opening marker, `=======`, and the closing marker, in that order, each at a line start).
pub fn first_marker(text: &str) -> Option<usize> {
    let mut opened = None;
    let mut divided = false;
    for (i, line) in text.lines().enumerate() {
        if line.starts_with("<<<<<<<") && opened.is_none() {
            opened = Some(i + 1);
            divided = false;
        } else if line.starts_with("=======") && opened.is_some() {
            divided = true;
        } else if line.starts_with(">>>>>>>") && divided {
            return opened;
        }
    }
    None
}

/// The versions a text merge left side by side: ours (between `<<<<<<<` and `=======`, or
/// `|||||||` when git wrote the common ancestor too), theirs (between `=======` and
/// `>>>>>>>`), and the ancestor when every block carries one (`merge.conflictStyle diff3`).
/// Text outside the blocks belongs to all of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkedSides {
    pub ours: String,
    pub theirs: String,
    pub base: Option<String>,
}

/// The sides of a project file git left markers in, read from disk; `None` when it holds no
/// whole block or cannot be read (or is larger than any project file should be).
pub fn marked_file(path: &std::path::Path) -> Option<MarkedSides> {
    const LIMIT: u64 = 64 * 1024 * 1024;
    if std::fs::metadata(path).ok()?.len() > LIMIT {
        return None;
    }
    split_sides(&std::fs::read_to_string(path).ok()?)
}

/// Splits a text with whole conflict blocks into its sides; `None` without any block, or
/// with a block left open.
pub fn split_sides(text: &str) -> Option<MarkedSides> {
    #[derive(PartialEq)]
    enum In {
        Both,
        Ours,
        Base,
        Theirs,
    }
    let (mut ours, mut theirs, mut base) = (String::new(), String::new(), String::new());
    let (mut at, mut blocks, mut with_base) = (In::Both, 0, 0);
    for line in text.split_inclusive('\n') {
        let marker = |m: &str| line.starts_with(m);
        match at {
            In::Both if marker("<<<<<<<") => at = In::Ours,
            In::Ours if marker("|||||||") => {
                at = In::Base;
                with_base += 1;
            }
            In::Ours | In::Base if marker("=======") => at = In::Theirs,
            In::Theirs if marker(">>>>>>>") => {
                at = In::Both;
                blocks += 1;
            }
            In::Both => {
                ours.push_str(line);
                theirs.push_str(line);
                base.push_str(line);
            }
            In::Ours => ours.push_str(line),
            In::Base => base.push_str(line),
            In::Theirs => theirs.push_str(line),
        }
    }
    (at == In::Both && blocks > 0).then(|| MarkedSides {
        ours,
        theirs,
        base: (with_base == blocks).then_some(base),
    })
}

#[cfg(test)]
mod tests {
    use super::{first_marker, split_sides};

    #[test]
    fn sides_are_split_with_and_without_the_ancestor() {
        let two = "(\n<<<<<<< HEAD\n  a: 1,\n=======\n  a: 2,\n>>>>>>> b\n)\n";
        let s = split_sides(two).unwrap();
        assert_eq!(s.ours, "(\n  a: 1,\n)\n");
        assert_eq!(s.theirs, "(\n  a: 2,\n)\n");
        assert_eq!(s.base, None);
        let three =
            "(\n<<<<<<< HEAD\n  a: 1,\n||||||| base\n  a: 0,\n=======\n  a: 2,\n>>>>>>> b\n)\n";
        assert_eq!(
            split_sides(three).unwrap().base.as_deref(),
            Some("(\n  a: 0,\n)\n")
        );
        assert_eq!(split_sides("(\n  a: 1,\n)\n"), None);
        assert_eq!(split_sides("<<<<<<< HEAD\n  a: 1,\n"), None);
    }

    #[test]
    fn a_whole_block_is_found_at_its_first_line() {
        let text = "(\n<<<<<<< HEAD\n  title: \"a\",\n=======\n  title: \"b\",\n>>>>>>> courts\n)";
        assert_eq!(first_marker(text), Some(2));
        assert_eq!(first_marker("(\n  note: \"<<<<<<< quoted\",\n)"), None);
        assert_eq!(first_marker("<<<<<<< HEAD\nno end"), None);
    }
}
