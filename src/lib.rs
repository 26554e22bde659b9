//! Reform Tracker: track political reform commitments with their status, evidence and notes.

pub mod app;
pub mod cli;
pub mod headless;
pub mod i18n;
pub mod model;
pub mod report;
pub mod storage;
pub mod ui;
