//! Names for a copy saved beside a file the app must not write over.

use std::path::{Path, PathBuf};

/// "name (copy).ron", or "name (copy 2).ron"… beside `path`: the first that does not exist yet.
/// A name that is already a copy's starts again from its original ("name (copy) (copy)" helps
/// nobody).
pub fn unused_copy_name(path: &Path) -> PathBuf {
    let stem = path.file_stem().map_or_else(
        || "tracker".to_owned(),
        |s| s.to_string_lossy().into_owned(),
    );
    let base = strip_copy_suffix(&stem);
    let extension = path
        .extension()
        .map_or_else(String::new, |e| format!(".{}", e.to_string_lossy()));
    let candidate = |n: u32| {
        let copy = if n == 1 {
            " (copy)".to_owned()
        } else {
            format!(" (copy {n})")
        };
        path.with_file_name(format!("{base}{copy}{extension}"))
    };
    // Ten thousand copies of one file is beyond any real use; the last name is then offered
    // and the save itself says what is in the way.
    (1..10_000)
        .map(candidate)
        .find(|p| !p.exists())
        .unwrap_or_else(|| candidate(10_000))
}

fn strip_copy_suffix(stem: &str) -> &str {
    let Some(open) = stem.strip_suffix(')').and_then(|s| s.rfind(" (copy")) else {
        return stem;
    };
    let inside = &stem[open + " (copy".len()..stem.len() - 1];
    let is_copy = inside.is_empty()
        || inside
            .strip_prefix(' ')
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    if is_copy && open > 0 {
        &stem[..open]
    } else {
        stem
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_copies_past_those_that_exist() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("plan.ron");
        assert_eq!(unused_copy_name(&file), dir.path().join("plan (copy).ron"));
        std::fs::write(dir.path().join("plan (copy).ron"), "").unwrap();
        assert_eq!(
            unused_copy_name(&file),
            dir.path().join("plan (copy 2).ron")
        );
        std::fs::write(dir.path().join("plan (copy 2).ron"), "").unwrap();
        let from_copy = dir.path().join("plan (copy).ron");
        assert_eq!(
            unused_copy_name(&from_copy),
            dir.path().join("plan (copy 3).ron")
        );
    }

    #[test]
    fn only_real_copy_suffixes_are_stripped() {
        assert_eq!(strip_copy_suffix("a (copy)"), "a");
        assert_eq!(strip_copy_suffix("a (copy 12)"), "a");
        assert_eq!(strip_copy_suffix("a (copyright)"), "a (copyright)");
        assert_eq!(strip_copy_suffix("a (copy x)"), "a (copy x)");
        assert_eq!(strip_copy_suffix("(copy)"), "(copy)");
    }
}
