//! Reading a table to import from a file: CSV (`text`) or a workbook (`sheets`), within limits
//! that keep a hostile file from hanging the app or filling memory. The file is only read.

mod sheets;
mod text;
#[cfg(test)]
mod uhri_tests;

use std::path::Path;

pub use text::{decode, detect_delimiter};

use crate::model::import::{Plan, ReadNote, Sheet, StatusWords, Target, recommendations};
use crate::model::{Date, Project};

/// Bounds on what one import reads.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Size of the file itself.
    pub file_bytes: u64,
    /// Total unpacked size of a zipped workbook (`.xlsx`, `.ods`).
    pub unpacked_bytes: u64,
    /// Rows after the header.
    pub rows: usize,
    pub columns: usize,
    /// Characters in one cell; a longer cell refuses its row.
    pub cell_chars: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            file_bytes: 200_000_000,
            unpacked_bytes: 500_000_000,
            rows: 50_000,
            columns: 200,
            cell_chars: 100_000,
        }
    }
}

/// Called as rows are read with (rows read, rows in all when known); returning false cancels.
pub type Progress<'a> = dyn Fn(usize, Option<usize>) -> bool + 'a;

/// What a file gave: the sheet to import and, for our own workbook, its other sheets.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Workbook {
    pub sheet_names: Vec<String>,
    pub main: Sheet,
    pub others: Vec<Sheet>,
    /// Written by our own export: the other sheets complete the project.
    pub ours: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ImportError {
    Io(String),
    UnknownType {
        extension: String,
    },
    TooLarge {
        limit_mb: u64,
    },
    TooLargeUnpacked {
        limit_mb: u64,
    },
    /// Named like a workbook but is not one (often a text file renamed `.xlsx`).
    NotASpreadsheet,
    /// A `.csv` holding binary data.
    NotText,
    Unreadable(String),
    Csv(String),
    NoSuchSheet {
        name: String,
        sheets: String,
    },
    Empty,
    Cancelled,
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            ImportError::Io(e) => crate::t!("import-error-io", error = e.as_str()),
            ImportError::UnknownType { extension } => {
                crate::t!("import-error-type", extension = extension.as_str())
            }
            ImportError::TooLarge { limit_mb } => {
                crate::t!("import-error-too-large", limit = *limit_mb)
            }
            ImportError::TooLargeUnpacked { limit_mb } => {
                crate::t!("import-error-zip-bomb", limit = *limit_mb)
            }
            ImportError::NotASpreadsheet => crate::t!("import-error-not-workbook"),
            ImportError::NotText => crate::t!("import-error-not-text"),
            ImportError::Unreadable(e) => crate::t!("import-error-unreadable", error = e.as_str()),
            ImportError::Csv(e) => crate::t!("import-error-csv", error = e.as_str()),
            ImportError::NoSuchSheet { name, sheets } => crate::t!(
                "import-error-no-sheet",
                name = name.as_str(),
                sheets = sheets.as_str()
            ),
            ImportError::Empty => crate::t!("import-error-empty"),
            ImportError::Cancelled => crate::t!("import-error-cancelled"),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ImportError {}

/// A saved mapping file is a few kilobytes; anything much larger is not one.
const MAPPING_BYTES: u64 = 1_000_000;

/// Reads a saved mapping (`.mapping`, or `.ron` as older versions saved it); the error in
/// plain words, naming the file.
pub fn read_mapping(path: &Path) -> Result<crate::model::import::SavedMapping, String> {
    let unreadable = |error: String| {
        crate::t!(
            "import-cli-map-unreadable",
            path = path.display().to_string(),
            error = error
        )
    };
    let size = std::fs::metadata(path)
        .map_err(|e| unreadable(e.to_string()))?
        .len();
    if size > MAPPING_BYTES {
        return Err(unreadable(crate::t!("import-map-too-large")));
    }
    let text = std::fs::read_to_string(path).map_err(|e| unreadable(e.to_string()))?;
    crate::model::import::SavedMapping::from_ron(&text).map_err(|e| unreadable(e.to_string()))
}

/// The extensions import reads.
pub const EXTENSIONS: [&str; 5] = ["csv", "txt", "xlsx", "xls", "ods"];

/// Reads `path` for import: `sheet` names the sheet of a workbook (default: our commitments
/// sheet, else the first).
pub fn read(
    path: &Path,
    sheet: Option<&str>,
    limits: &Limits,
    progress: &Progress<'_>,
) -> Result<Workbook, ImportError> {
    let size = std::fs::metadata(path)
        .map_err(|e| ImportError::Io(e.to_string()))?
        .len();
    if size > limits.file_bytes {
        return Err(ImportError::TooLarge {
            limit_mb: limits.file_bytes / 1_000_000,
        });
    }
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let mut head = [0u8; 8];
    let head_len = {
        use std::io::Read as _;
        let mut f = std::fs::File::open(path).map_err(|e| ImportError::Io(e.to_string()))?;
        f.read(&mut head)
            .map_err(|e| ImportError::Io(e.to_string()))?
    };
    let head = &head[..head_len];
    let is_zip = head.starts_with(b"PK\x03\x04");
    let is_ole = head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]);
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let workbook = match extension.as_str() {
        "csv" | "txt" | "tsv" => {
            let bytes = std::fs::read(path).map_err(|e| ImportError::Io(e.to_string()))?;
            Workbook {
                sheet_names: vec![name.clone()],
                main: text::read_csv(&name, &bytes, limits, progress)?,
                others: Vec::new(),
                ours: false,
            }
        }
        "xlsx" | "xlsm" if is_zip => sheets::read_xlsx(path, sheet, limits, progress)?,
        "ods" if is_zip => {
            sheets::check_zip(path, limits)?;
            sheets::read_other(path, sheet, limits, progress)?
        }
        "xls" if is_ole => sheets::read_other(path, sheet, limits, progress)?,
        "xlsx" | "xlsm" | "ods" | "xls" => return Err(ImportError::NotASpreadsheet),
        other => {
            return Err(ImportError::UnknownType {
                extension: other.to_owned(),
            });
        }
    };
    if workbook.main.header.is_empty() {
        return Err(ImportError::Empty);
    }
    Ok(workbook)
}

/// The plan for a workbook read by `read`: our own workbook into a new project is restored
/// whole from all its sheets; anything else is its main sheet through the mapping.
pub fn plan_workbook(
    book: &Workbook,
    targets: &[Target],
    base: Option<&Project>,
    file_name: &str,
    today: Date,
) -> Plan {
    plan_workbook_with(
        book,
        targets,
        &StatusWords::default(),
        base,
        file_name,
        today,
    )
}

/// [`plan_workbook`] with the user's choices for the sheet's status words.
pub fn plan_workbook_with(
    book: &Workbook,
    targets: &[Target],
    words: &StatusWords,
    base: Option<&Project>,
    file_name: &str,
    today: Date,
) -> Plan {
    let mut plan =
        crate::model::import::plan_with(&book.main, targets, words, base, file_name, today);
    if book.ours {
        match base {
            None => crate::model::import::workbook::restore(&mut plan, &book.main, &book.others),
            // Never silently: the user may have edited links or notes in those sheets.
            Some(_) => plan.notes.push(ReadNote::OnlyCommitmentsSheet),
        }
    } else if recommendations::is_our_csv(&book.main.header) {
        match base {
            None => recommendations::restore_csv(&mut plan, &book.main),
            // Its links lack their dates, notes and evidence: merged, they would drop them.
            Some(_) => plan.notes.push(ReadNote::RecommendationColumnsNotMerged),
        }
    }
    plan
}
