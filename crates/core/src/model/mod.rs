//! The domain: pure data and rules. Nothing here draws or touches files.

pub mod archive;
pub mod as_of;
pub mod compare;
pub mod dashboard;
mod date;
pub mod filter;
pub mod import;
pub mod links;
pub mod merge;
pub mod outline;
pub mod period;
pub mod plural;
mod project;
pub mod recommendation;
pub mod references;
pub mod replacement;
mod status;
pub mod summary;
pub mod synthetic;
pub mod words;

pub use as_of::AsOf;
pub use date::{Date, DateError};
pub use project::{
    Commitment, Confidence, Evidence, FORMAT_VERSION, Kind, Note, Project, Replacement, SourceDoc,
    StatusChange,
};
pub use recommendation::{
    Mechanism, Position, RecLink, Recommendation, Relation, Response, Term, Vocabulary,
};
pub use status::Status;
