//! Finding comments in a hand-edited project file. A save writes the project afresh, so any
//! comment is lost: the app must know before it overwrites such a file.

/// True when `text` holds a RON comment (`// …` or `/* … */`) outside string and character
/// literals. Linear in the length of the text, whatever it holds.
pub fn has_comments(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'/' if matches!(bytes.get(i + 1), Some(b'/' | b'*')) => return true,
            b'"' => i = skip_string(bytes, i + 1),
            b'\'' => i = skip_char(bytes, i + 1),
            b'r' if !follows_identifier(bytes, i) => i = skip_raw_string(bytes, i + 1),
            b'b' if !follows_identifier(bytes, i) && bytes.get(i + 1) == Some(&b'r') => {
                i = skip_raw_string(bytes, i + 2);
            }
            _ => i += 1,
        }
    }
    false
}

/// `r` and `br` start a raw string only at the start of a token (`bar"` is not one).
fn follows_identifier(bytes: &[u8], i: usize) -> bool {
    i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_')
}

/// Index just after the closing quote of a string whose body starts at `i`.
fn skip_string(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// Index just after a character literal whose body starts at `i` (`'a'`, `'\''`, `'"'`).
fn skip_char(bytes: &[u8], i: usize) -> usize {
    let body_end = if bytes.get(i) == Some(&b'\\') {
        i + 2
    } else {
        // One character, which may take several bytes in UTF-8.
        let mut end = i + 1;
        while end < bytes.len() && (bytes[end] & 0b1100_0000) == 0b1000_0000 {
            end += 1;
        }
        end
    };
    // Escapes such as '\u{44}' run on to the closing quote.
    match bytes
        .get(body_end..)
        .and_then(|rest| rest.iter().position(|&b| b == b'\''))
    {
        Some(offset) if offset <= 8 => body_end + offset + 1,
        _ => i,
    }
}

/// After an `r` (or `br`) at `i - 1`: when `#*"` follows, the index just after the raw string;
/// otherwise `i`, so the scan goes on from the next character.
fn skip_raw_string(bytes: &[u8], i: usize) -> usize {
    let hashes = bytes[i.min(bytes.len())..]
        .iter()
        .take_while(|&&b| b == b'#')
        .count();
    let quote = i + hashes;
    if bytes.get(quote) != Some(&b'"') {
        return i;
    }
    let closes_at = |j: usize| {
        bytes[j] == b'"'
            && bytes
                .get(j + 1..j + 1 + hashes)
                .is_some_and(|h| h.iter().all(|&b| b == b'#'))
    };
    match (quote + 1..bytes.len()).find(|&j| closes_at(j)) {
        Some(j) => j + 1 + hashes,
        None => bytes.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_line_and_block_comments() {
        assert!(has_comments("(\n  // a note\n  title: \"x\",\n)"));
        assert!(has_comments("(title: \"x\" /* why */)"));
        assert!(has_comments("(title: \"x\")//"));
    }

    #[test]
    fn ignores_slashes_inside_literals() {
        assert!(!has_comments("(url: \"https://example.org/a/*b*/\")"));
        assert!(!has_comments(r#"(t: "say \"//\" here")"#));
        assert!(!has_comments(r##"(t: r#"a "// b" c"#)"##));
        assert!(!has_comments(r#"(t: r"//", u: br"/*")"#));
        assert!(!has_comments("(c: '\"', d: '/', e: \"//\")"));
        assert!(!has_comments("(c: '\\'', d: \"//\")"));
        assert!(!has_comments("(letter: 'ә', url: \"http://x\")"));
        assert!(!has_comments("(bar: \"//\", for: 1)"));
    }

    #[test]
    fn a_comment_after_a_literal_is_still_found() {
        assert!(has_comments(r##"(t: r#"x"#) // done"##));
        assert!(has_comments("(t: \"a\\\\\") // done"));
        assert!(has_comments("(c: '\\'') // done"));
    }

    #[test]
    fn unterminated_literals_end_the_scan_without_panicking() {
        assert!(!has_comments("(t: \"open"));
        assert!(!has_comments("(t: r##\"open\"#"));
        assert!(!has_comments("(t: '"));
        assert!(!has_comments("r"));
        assert!(!has_comments("\\"));
    }
}
