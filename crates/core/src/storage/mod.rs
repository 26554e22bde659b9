//! Reading and writing project files: format versions and migrations, atomic saves with a
//! backup, recovery copies, and errors with line, column and field path.
//!
//! Nothing here knows about the window: the app calls these functions and shows the errors.

mod canonical;
mod comments;
mod copy_name;
mod error;
pub mod fast;
pub mod import;
mod load;
pub mod markers;
mod migrate;
mod progress;
pub mod recovery;
mod save;
mod site;
mod stamp;
mod tracked;

pub use crate::model::Project;
pub use canonical::to_ron_string;
pub use comments::has_comments;
pub use copy_name::unused_copy_name;
pub use error::{LoadError, SaveError};
#[doc(hidden)]
pub use load::parse_project_careful;
pub use load::{
    Loaded, MAX_FILE_BYTES, decode, load_file, load_file_with_progress, parse_project, read_capped,
};
pub use progress::Progress;
#[doc(hidden)]
pub use save::{DiskWriter, Writer, save_with};
pub use save::{save_file, save_file_changed, save_file_with_progress, write_export};
pub use site::{SiteWriteError, check_site_folder, write_site};
pub use stamp::{FileStamp, changed_on_disk, stamp_of};

/// The tracker shipped in the binary, so the app opens with real content on first start.
pub const SHIPPED_TRACKER: &str = include_str!("../../../../saves/kazakhstan-reforms-2022.ron");

/// The shipped tracker, parsed. A test guarantees it parses; should it not, an empty project
/// is better than a crash at start-up.
pub fn shipped_tracker() -> Project {
    parse_project(SHIPPED_TRACKER, "kazakhstan-reforms-2022.ron")
        .map(|l| l.project)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_tracker_parses_cleanly() {
        let loaded = parse_project(SHIPPED_TRACKER, "shipped").unwrap();
        assert_eq!(loaded.read_only, None);
        assert!(!loaded.comments, "its addresses hold // but no comment");
        assert_eq!(shipped_tracker(), loaded.project);
    }
}
