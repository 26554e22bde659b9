//! Work on a worker thread whose one answer the window picks up on a later frame: saves,
//! opens, comparisons, exports, screenshots written to files, file dialogs, sheets read for an
//! import and recovery copies. Every one starts, wakes the window and is looked at the same way.

use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::Duration;

/// How soon the window looks again at work still running (the worker also wakes it when done).
pub(super) const LOOK_AGAIN: Duration = Duration::from_millis(50);

pub(crate) struct Job<T> {
    rx: Receiver<T>,
}

/// What a look at a job found.
pub(crate) enum Poll<T> {
    Ready(T),
    Running,
    /// The worker ended without an answer (it panicked), or the answer was taken already.
    Gone,
}

impl<T: Send + 'static> Job<T> {
    /// Starts `work` on a thread named `name`, in this thread's language; `wake` runs once the
    /// answer is there. Err: no thread could be started.
    pub fn spawn(
        name: &str,
        wake: impl FnOnce() + Send + 'static,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> std::io::Result<Self> {
        let (tx, rx) = channel();
        std::thread::Builder::new()
            .name(name.into())
            .spawn(crate::i18n::carried(move || {
                // The window may have closed; nobody is left to tell then.
                let _ = tx.send(work());
                wake();
            }))?;
        Ok(Self { rx })
    }
}

impl<T> Job<T> {
    pub fn poll(&self) -> Poll<T> {
        match self.rx.try_recv() {
            Ok(answer) => Poll::Ready(answer),
            Err(TryRecvError::Empty) => Poll::Running,
            Err(TryRecvError::Disconnected) => Poll::Gone,
        }
    }

    /// Waits for the answer (a recovery copy must land before it is removed).
    pub fn wait(self) -> Option<T> {
        self.rx.recv().ok()
    }
}

/// Wakes the window, if there is one to wake.
pub(super) fn waking(waker: Option<egui::Context>) -> impl FnOnce() + Send + 'static {
    move || {
        if let Some(ctx) = waker {
            ctx.request_repaint();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_job_answers_once_and_wakes_its_window() {
        let (woke_tx, woke_rx) = channel();
        let job = Job::spawn("test", move || woke_tx.send(()).unwrap(), || 7).unwrap();
        woke_rx.recv().unwrap();
        assert!(matches!(job.poll(), Poll::Ready(7)));
        // The worker may still be ending; either way there is no second answer.
        assert!(!matches!(job.poll(), Poll::Ready(_)), "taken already");
    }

    #[test]
    fn a_job_carries_the_language_of_the_thread_that_started_it() {
        use crate::i18n::{Lang, language, set_language};
        set_language(Lang::Kk);
        let job = Job::spawn("test", || {}, language).unwrap();
        assert_eq!(job.wait(), Some(Lang::Kk));
        set_language(Lang::En);
    }
}
