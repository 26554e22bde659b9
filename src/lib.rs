//! Reform Tracker: track political reform commitments with their status, evidence and notes.
//! The window, the command line and the screenshots live here; the domain they show is the
//! `reform_tracker_core` crate, re-exported under the same names.

pub mod app;
pub mod cli;
pub mod desktop;
pub mod headless;
pub mod ui;

pub use reform_tracker_core::{i18n, model, report, storage, t};
