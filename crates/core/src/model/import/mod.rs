//! Importing a tracker from a table (a CSV file or a spreadsheet sheet): the pure part.
//!
//! `storage::import` reads a file into a [`Sheet`]; here the header is mapped to fields
//! ([`mapping`]), status words are read ([`status_words`]) or mapped by the user
//! ([`status_map`]), and a [`Plan`] says what would
//! change before anything does ([`plan`]). Applying a plan is replacing the project with the
//! plan's result: one step, so one Undo takes the whole import back.

pub mod apply;
pub mod mapping;
pub mod plan;
pub mod preset;
pub mod recommendations;
pub mod refusal;
pub mod row;
pub mod saved;
pub mod status_map;
pub mod status_words;
pub mod table;
pub mod uhri;
pub mod workbook;

pub use mapping::{Target, propose, propose_sheet};
pub use plan::{Plan, plan, plan_with};
pub use preset::Preset;
pub use refusal::{Refusal, RefusalReason};
pub use saved::{MAPPING_EXTENSION, SavedMapping};
pub use status_map::{StatusWords, WordChoice};
pub use status_words::parse_status;
pub use table::{Cell, ReadNote, Row, Sheet};
