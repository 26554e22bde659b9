//! Reform Tracker: track political reform commitments with their status, evidence and notes.

pub mod model;
pub mod storage;
