//! Preferences kept between runs through eframe's storage: never in the project file.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

pub const PREFS_KEY: &str = "reform-tracker-prefs";
const MAX_RECENT: usize = 10;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum View {
    #[default]
    Checklist,
    Dashboard,
    /// What changed between two dates.
    Changes,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// Most recent first.
    pub recent: Vec<PathBuf>,
    pub dark: bool,
    pub zoom: f32,
    pub view: View,
    /// The interface language the user chose; `None` follows the system's.
    pub lang: Option<crate::i18n::Lang>,
    /// The day each document was last exported from the window, by path ("" when untitled):
    /// where "since the last export" starts. Kept here, not in the project, so that exporting
    /// never leaves the document with unsaved changes, and each analyst's reports are their own.
    pub last_export: std::collections::BTreeMap<String, crate::model::Date>,
}

impl Default for Prefs {
    fn default() -> Self {
        Self {
            recent: Vec::new(),
            dark: false,
            zoom: 1.0,
            view: View::Checklist,
            lang: None,
            last_export: Default::default(),
        }
    }
}

impl Prefs {
    /// Puts `path` first in the recent files, once.
    pub fn remember(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.recent.retain(|p| *p != path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }

    pub fn forget(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_files_are_unique_newest_first_and_bounded() {
        let mut p = Prefs::default();
        for i in 0..15 {
            p.remember(Path::new(&format!("/nonexistent/{i}.ron")));
        }
        p.remember(Path::new("/nonexistent/3.ron"));
        assert_eq!(p.recent.len(), MAX_RECENT);
        assert_eq!(p.recent[0], Path::new("/nonexistent/3.ron"));
        assert_eq!(p.recent.iter().filter(|r| r.ends_with("3.ron")).count(), 1);
    }
}
