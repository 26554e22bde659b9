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

/// Stable across Rust versions and builds, unlike `DefaultHasher`, and plenty for telling two
/// versions of one file apart. It takes eight bytes at a time: FNV-1a's byte loop, used
/// before, cost 33 ms of every load and save of a 28 MB file.
pub(crate) fn content_hash(bytes: &[u8]) -> u64 {
    let mut h = WordHash::default();
    h.update(bytes);
    h.finish()
}

fn hash_reader(mut r: impl Read) -> io::Result<(u64, u64)> {
    let mut h = WordHash::default();
    let mut buf = vec![0; 64 * 1024];
    let mut len = 0u64;
    loop {
        let n = match r.read(&mut buf) {
            Ok(0) => return Ok((h.finish(), len)),
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        h.update(&buf[..n]);
        len += n as u64;
    }
}

/// Little-endian words, each mixed in with a multiply and a rotation; the bytes that do not
/// fill a word wait for the next call, so any split of the input gives the same hash.
#[derive(Default)]
struct WordHash {
    state: u64,
    pending: [u8; 8],
    pending_len: usize,
    len: u64,
}

impl WordHash {
    fn update(&mut self, mut bytes: &[u8]) {
        self.len += bytes.len() as u64;
        if self.pending_len > 0 {
            let take = (8 - self.pending_len).min(bytes.len());
            self.pending[self.pending_len..self.pending_len + take].copy_from_slice(&bytes[..take]);
            self.pending_len += take;
            bytes = &bytes[take..];
            if self.pending_len < 8 {
                return;
            }
            self.mix(u64::from_le_bytes(self.pending));
            self.pending_len = 0;
        }
        let mut words = bytes.chunks_exact(8);
        for word in &mut words {
            let mut w = [0u8; 8];
            w.copy_from_slice(word);
            self.mix(u64::from_le_bytes(w));
        }
        let rest = words.remainder();
        self.pending[..rest.len()].copy_from_slice(rest);
        self.pending_len = rest.len();
    }

    fn mix(&mut self, word: u64) {
        self.state = (self.state ^ word)
            .wrapping_mul(0x9e37_79b9_7f4a_7c15)
            .rotate_left(29);
    }

    fn finish(mut self) -> u64 {
        let mut last = [0u8; 8];
        last[..self.pending_len].copy_from_slice(&self.pending[..self.pending_len]);
        self.mix(u64::from_le_bytes(last));
        self.mix(self.len);
        self.state
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_split_of_the_bytes_gives_the_same_hash() {
        let bytes: Vec<u8> = (0..100u32).map(|i| (i * 37 % 251) as u8).collect();
        let whole = content_hash(&bytes);
        for a in 0..bytes.len() {
            for b in [a, a + 1, a + 7, a + 9, bytes.len()] {
                let b = b.min(bytes.len());
                let mut h = WordHash::default();
                h.update(&bytes[..a]);
                h.update(&bytes[a..b]);
                h.update(&bytes[b..]);
                assert_eq!(h.finish(), whole, "split at {a} and {b}");
            }
        }
        let (read, len) = hash_reader(&bytes[..]).unwrap();
        assert_eq!((read, len), (whole, 100));
    }

    #[test]
    fn one_byte_more_less_or_changed_changes_the_hash() {
        let base = b"format_version: 4, title: \"A\"".to_vec();
        let h = content_hash(&base);
        let mut longer = base.clone();
        longer.push(0);
        assert_ne!(content_hash(&longer), h, "a zero byte added");
        assert_ne!(content_hash(&base[..base.len() - 1]), h);
        for i in 0..base.len() {
            let mut changed = base.clone();
            changed[i] ^= 0x80;
            assert_ne!(content_hash(&changed), h, "byte {i}");
        }
        assert_ne!(content_hash(b""), content_hash(b"\0"));
    }

    #[test]
    fn the_hash_does_not_change_between_versions() {
        // Stamps are kept in recovery copies: the same bytes must hash the same in every
        // build of this version.
        assert_eq!(content_hash(b"Reform Tracker"), 0x7fc0_b051_5c6c_ca1e);
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
