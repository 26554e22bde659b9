//! What a file looked like when we last read or wrote it, to notice edits made by others.

use std::io::{self, Read};
use std::path::Path;
use std::time::SystemTime;

/// Serializable so a recovery copy can carry the stamp of the file its edits were made on.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FileStamp {
    pub len: u64,
    pub modified: Option<SystemTime>,
    /// Hash of the content; settles the question when only the time changed (e.g. `touch`).
    pub hash: u64,
}

pub fn stamp_of(path: &Path) -> io::Result<FileStamp> {
    let file = std::fs::File::open(path)?;
    let meta = file.metadata()?;
    let (hash, _) = hash_reader(file)?;
    Ok(FileStamp {
        len: meta.len(),
        modified: meta.modified().ok(),
        hash,
    })
}

/// True when the file on disk is no longer what we loaded or saved. A missing or unreadable
/// file counts as changed: saving over it without asking could lose someone's work.
pub fn changed_on_disk(path: &Path, known: &FileStamp) -> bool {
    let Ok(meta) = std::fs::metadata(path) else {
        return true;
    };
    if meta.len() == known.len && meta.modified().ok() == known.modified {
        return false;
    }
    match std::fs::File::open(path).and_then(hash_reader) {
        Ok((hash, len)) => len != known.len || hash != known.hash,
        Err(_) => true,
    }
}

/// FNV-1a: stable across Rust versions and builds, unlike `DefaultHasher`, and plenty for
/// telling two versions of one file apart.
pub(crate) fn content_hash(bytes: &[u8]) -> u64 {
    let mut h = Fnv::default();
    h.update(bytes);
    h.0
}

fn hash_reader(mut r: impl Read) -> io::Result<(u64, u64)> {
    let mut h = Fnv::default();
    let mut buf = vec![0; 64 * 1024];
    let mut len = 0u64;
    loop {
        let n = match r.read(&mut buf) {
            Ok(0) => return Ok((h.0, len)),
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        h.update(&buf[..n]);
        len += n as u64;
    }
}

struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Self(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    fn update(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_is_the_published_fnv1a() {
        assert_eq!(content_hash(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(content_hash(b"a"), 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn a_touched_file_is_unchanged_but_an_edited_one_is_changed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.ron");
        std::fs::write(&path, "one").unwrap();
        let stamp = stamp_of(&path).unwrap();
        assert!(!changed_on_disk(&path, &stamp));
        let later = SystemTime::now() + std::time::Duration::from_secs(5);
        std::fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(later)
            .unwrap();
        assert!(!changed_on_disk(&path, &stamp), "same bytes, new time");
        std::fs::write(&path, "two").unwrap();
        assert!(changed_on_disk(&path, &stamp), "same length, new bytes");
        std::fs::remove_file(&path).unwrap();
        assert!(changed_on_disk(&path, &stamp), "missing");
    }
}
