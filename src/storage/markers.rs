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

#[cfg(test)]
mod tests {
    use super::first_marker;

    #[test]
    fn a_whole_block_is_found_at_its_first_line() {
        let text = "(\n<<<<<<< HEAD\n  title: \"a\",\n=======\n  title: \"b\",\n>>>>>>> courts\n)";
        assert_eq!(first_marker(text), Some(2));
        assert_eq!(first_marker("(\n  note: \"<<<<<<< quoted\",\n)"), None);
        assert_eq!(first_marker("<<<<<<< HEAD\nno end"), None);
    }
}
