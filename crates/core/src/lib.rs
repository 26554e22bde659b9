//! The domain of Reform Tracker: commitments and their rules (`model`), project files
//! (`storage`), the interface's words (`i18n`) and the outputs (`report`). Nothing here draws a
//! window or reads a command line; the app crate builds on this one, never the other way.

pub mod i18n;
pub mod model;
pub mod report;
pub mod storage;
