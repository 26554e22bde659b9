//! A table as read from a file: a header and rows of cells, with what the reader had to cut.

use crate::model::Date;

/// One cell, as the file holds it.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Bool(bool),
    /// A spreadsheet date (a whole day).
    Date(Date),
    /// A formula: refused, since its value is not data the analyst typed.
    Formula(String),
    /// A spreadsheet error value such as `#REF!`.
    Error(String),
    /// Longer than the reader accepts; holds the length in characters.
    TooLarge(usize),
}

impl Cell {
    /// The cell as text, as a user reads it: whole numbers without a decimal point.
    pub fn text(&self) -> String {
        match self {
            Cell::Empty | Cell::TooLarge(_) => String::new(),
            Cell::Text(s) => s.trim().to_owned(),
            Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", *n as i64),
            Cell::Number(n) => n.to_string(),
            Cell::Bool(b) => b.to_string(),
            Cell::Date(d) => d.to_string(),
            Cell::Formula(f) => format!("={f}"),
            Cell::Error(e) => e.clone(),
        }
    }

    /// The cell's text exactly as written (no trimming), for fields kept verbatim.
    pub fn raw(&self) -> String {
        match self {
            Cell::Text(s) => s.clone(),
            other => other.text(),
        }
    }

    pub fn is_blank(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(s) => s.trim().is_empty(),
            _ => false,
        }
    }
}

/// A row of cells with its number as the spreadsheet program shows it (1 = the first line).
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub number: usize,
    pub cells: Vec<Cell>,
}

impl Row {
    pub fn cell(&self, column: usize) -> &Cell {
        self.cells.get(column).unwrap_or(&Cell::Empty)
    }
}

/// Something the reader did to keep the import bounded, which the summary tells the user.
#[derive(Clone, Debug, PartialEq)]
pub enum ReadNote {
    /// Only the first `read` rows were read; the sheet has more (`total` when known).
    RowsCut { read: usize, total: Option<usize> },
    /// Columns past `kept` were left out.
    ColumnsCut { kept: usize },
    /// Merged ranges: the value of each was copied into every cell it covers.
    MergedFilled { ranges: usize },
    /// Our own workbook merged into an open project: only its commitments sheet is used, and
    /// its links, history and notes sheets are not.
    OnlyCommitmentsSheet,
    /// Our workbook exported as of `date`: its Recommendations and Links sheets show that day,
    /// so responses and links dated later are not in it.
    RecommendationsAsOf { date: Date },
    /// Our CSV merged into an open project: its recommendation columns are not merged.
    RecommendationColumnsNotMerged,
}

/// One sheet of a file (a CSV file is one sheet).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sheet {
    pub name: String,
    pub header: Vec<String>,
    pub rows: Vec<Row>,
    pub notes: Vec<ReadNote>,
}

impl Sheet {
    /// A sheet whose first row is the header; rows keep their spreadsheet numbers.
    pub fn from_rows(name: &str, mut rows: Vec<Row>, notes: Vec<ReadNote>) -> Self {
        // The header is the first row with anything in it: sheets often start with a blank line.
        let start = rows
            .iter()
            .position(|r| r.cells.iter().any(|c| !c.is_blank()))
            .unwrap_or(rows.len());
        let mut rest = rows.split_off(start);
        let header = if rest.is_empty() {
            Vec::new()
        } else {
            rest.remove(0).cells.iter().map(Cell::text).collect()
        };
        Self {
            name: name.to_owned(),
            header,
            rows: rest,
            notes,
        }
    }

    /// The column whose header is exactly `key` (ignoring case and spaces around it).
    pub fn column(&self, key: &str) -> Option<usize> {
        self.header
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(key))
    }
}
