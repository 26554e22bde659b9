//! How far a long read or write has come, shared with the window that shows it, and the
//! user's wish to stop an open that takes too long.

use std::io::{self, Read, Write};
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

/// Bytes done of bytes expected, updated by the worker and read by the window.
#[derive(Debug, Default)]
pub struct Progress {
    done: AtomicU64,
    total: AtomicU64,
    cancelled: AtomicBool,
}

impl Progress {
    /// (bytes done, bytes expected); the total is 0 until it is known.
    pub fn bytes(&self) -> (u64, u64) {
        let total = self.total.load(Ordering::Relaxed);
        (self.done.load(Ordering::Relaxed).min(total), total)
    }

    /// Asks the worker to stop at its next step. What it was making is dropped.
    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::Relaxed);
    }

    pub fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }

    pub(crate) fn start(&self, total: u64) {
        self.done.store(0, Ordering::Relaxed);
        self.total.store(total, Ordering::Relaxed);
    }

    pub(crate) fn advance(&self, n: usize) {
        self.done.fetch_add(n as u64, Ordering::Relaxed);
    }
}

/// Bytes move in steps of this size, so progress moves and a cancel is seen quickly.
const STEP: usize = 1024 * 1024;

/// Reads everything from `r` into `out`, a step at a time, counting; stops when cancelled.
pub(crate) fn read_counted(mut r: impl Read, out: &mut Vec<u8>, p: &Progress) -> io::Result<()> {
    let mut buf = vec![0; STEP];
    loop {
        if p.is_cancelled() {
            return Err(io::Error::from(io::ErrorKind::Interrupted));
        }
        let n = match r.read(&mut buf) {
            Ok(0) => return Ok(()),
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        out.extend_from_slice(&buf[..n]);
        p.advance(n);
    }
}

/// The disk writer of a save, counting the bytes of the new file as they are written.
pub(crate) struct CountingWriter<'a>(pub &'a Progress);

impl super::save::Writer for CountingWriter<'_> {
    fn write(&self, _target: &Path, out: &mut dyn Write, data: &mut dyn Read) -> io::Result<()> {
        let mut buf = vec![0; STEP];
        loop {
            let n = match data.read(&mut buf) {
                Ok(0) => return Ok(()),
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            out.write_all(&buf[..n])?;
            self.0.advance(n);
        }
    }

    fn may_link_backup(&self) -> bool {
        true
    }
}
