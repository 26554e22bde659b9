//! Counts in words, with the right plural: "1 link", "2 links", "0 commitments".

/// `n` followed by the singular or plural form.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_is_singular_and_everything_else_plural() {
        assert_eq!(count(1, "link", "links"), "1 link");
        assert_eq!(count(0, "link", "links"), "0 links");
        assert_eq!(
            count(2, "evidence link", "evidence links"),
            "2 evidence links"
        );
    }
}
