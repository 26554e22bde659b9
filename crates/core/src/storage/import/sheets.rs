//! Workbooks (`.xlsx`, `.xls`, `.ods`) read with calamine, within the limits: the unpacked
//! size is checked before anything is unpacked, rows and columns past the limits are left
//! out (and said so), formulas are kept as formulas so the plan refuses them.

use std::io::{Read, Seek};
use std::path::Path;

use calamine::{Data, DataRef, Dimensions, Reader, Xlsx};

use super::{ImportError, Limits, Progress, Workbook};
use crate::model::Date;
use crate::model::import::{Cell, ReadNote, Row, Sheet, workbook};

/// Refuses a zip whose entries would unpack past the limit (a "zip bomb"), from the sizes its
/// directory declares; the zip reader stops any entry at its declared size.
pub fn check_zip(path: &Path, limits: &Limits) -> Result<(), ImportError> {
    let file = std::fs::File::open(path).map_err(|e| ImportError::Io(e.to_string()))?;
    let mut zip = zip::ZipArchive::new(std::io::BufReader::new(file))
        .map_err(|_| ImportError::NotASpreadsheet)?;
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        let entry = zip
            .by_index_raw(i)
            .map_err(|_| ImportError::NotASpreadsheet)?;
        total = total.saturating_add(entry.size());
        if total > limits.unpacked_bytes {
            return Err(ImportError::TooLargeUnpacked {
                limit_mb: limits.unpacked_bytes / 1_000_000,
            });
        }
    }
    Ok(())
}

pub fn read_xlsx(
    path: &Path,
    sheet: Option<&str>,
    limits: &Limits,
    progress: &Progress<'_>,
) -> Result<Workbook, ImportError> {
    check_zip(path, limits)?;
    let mut book: Xlsx<_> = calamine::open_workbook(path).map_err(bad_book)?;
    let names = book.sheet_names();
    let chosen = choose(&names, sheet)?;
    let ours = sheet.is_none() && workbook::is_ours(&names);
    let mut main = xlsx_sheet(&mut book, &chosen, limits, progress)?;
    let mut others = Vec::new();
    if ours {
        for name in names.iter().filter(|n| **n != chosen) {
            others.push(xlsx_sheet(&mut book, name, limits, progress)?);
        }
    }
    main.name = chosen;
    Ok(Workbook {
        sheet_names: names,
        main,
        others,
        ours,
    })
}

fn xlsx_sheet<RS: Read + Seek>(
    book: &mut Xlsx<RS>,
    name: &str,
    limits: &Limits,
    progress: &Progress<'_>,
) -> Result<Sheet, ImportError> {
    let merged = book.merge_cells_by_sheet_name(name).unwrap_or_default();
    let mut reader = book.worksheet_cells_reader(name).map_err(bad_book)?;
    let total = reader.dimensions().end.0 as usize + 1;
    let mut grid = Grid::new(limits);
    let mut read = 0usize;
    while let Some(c) = reader.next_cell_with_formula().map_err(bad_book)? {
        let (row, col) = c.pos;
        if !grid.fits(row, col) {
            if grid.rows_full(row) {
                break;
            }
            continue;
        }
        let value = match c.formula {
            Some(f) if !f.is_empty() => Cell::Formula(f),
            _ => from_ref(c.value, limits),
        };
        grid.put(row, col, value);
        if row as usize >= read + 1000 {
            read = row as usize;
            if !progress(read, Some(total)) {
                return Err(ImportError::Cancelled);
            }
        }
    }
    Ok(grid.into_sheet(name, total, &merged))
}

/// `.xls` and `.ods`: calamine reads a whole sheet at once; the file size was checked first.
pub fn read_other(
    path: &Path,
    sheet: Option<&str>,
    limits: &Limits,
    progress: &Progress<'_>,
) -> Result<Workbook, ImportError> {
    let mut book = calamine::open_workbook_auto(path).map_err(bad_book)?;
    let names = book.sheet_names();
    let chosen = choose(&names, sheet)?;
    let range = book.worksheet_range(&chosen).map_err(bad_book)?;
    let formulas = book.worksheet_formula(&chosen).unwrap_or_default();
    let total = range.height();
    let mut grid = Grid::new(limits);
    for (row, col, data) in range.used_cells() {
        let (row, col) = (row as u32, col as u32);
        let abs = (
            row + range.start().map_or(0, |s| s.0),
            col + range.start().map_or(0, |s| s.1),
        );
        if !grid.fits(abs.0, abs.1) {
            continue;
        }
        let formula = formulas.get_value(abs).filter(|f| !f.is_empty());
        let value = match formula {
            Some(f) => Cell::Formula(f.clone()),
            None => from_data(data, limits),
        };
        grid.put(abs.0, abs.1, value);
    }
    if !progress(total, Some(total)) {
        return Err(ImportError::Cancelled);
    }
    Ok(Workbook {
        sheet_names: names,
        main: grid.into_sheet(&chosen, total, &[]),
        others: Vec::new(),
        ours: false,
    })
}

fn choose(names: &[String], sheet: Option<&str>) -> Result<String, ImportError> {
    match sheet {
        Some(s) => names
            .iter()
            .find(|n| n.as_str() == s)
            .cloned()
            .ok_or_else(|| ImportError::NoSuchSheet {
                name: s.to_owned(),
                sheets: names.join(", "),
            }),
        // Our workbook's commitments sheet, else the first.
        None => names
            .iter()
            .find(|n| n.as_str() == workbook::COMMITMENTS)
            .or(names.first())
            .cloned()
            .ok_or(ImportError::Empty),
    }
}

fn bad_book(e: impl std::fmt::Display) -> ImportError {
    ImportError::Unreadable(e.to_string())
}

/// Cells gathered row by row within the limits.
struct Grid<'a> {
    limits: &'a Limits,
    rows: Vec<Row>,
    columns_cut: bool,
    rows_cut: bool,
}

impl<'a> Grid<'a> {
    fn new(limits: &'a Limits) -> Self {
        Self {
            limits,
            rows: Vec::new(),
            columns_cut: false,
            rows_cut: false,
        }
    }

    /// The header plus `limits.rows` rows, counted from the first row with anything in it.
    fn rows_full(&self, row: u32) -> bool {
        let first = self.rows.first().map_or(row, |r| r.number as u32 - 1);
        row.saturating_sub(first) as usize > self.limits.rows
    }

    fn fits(&mut self, row: u32, col: u32) -> bool {
        if col as usize >= self.limits.columns {
            self.columns_cut = true;
            return false;
        }
        if self.rows_full(row) {
            self.rows_cut = true;
            return false;
        }
        true
    }

    fn put(&mut self, row: u32, col: u32, cell: Cell) {
        let number = row as usize + 1;
        if self.rows.last().is_none_or(|r| r.number != number) {
            self.rows.push(Row {
                number,
                cells: Vec::new(),
            });
        }
        if let Some(r) = self.rows.last_mut() {
            let col = col as usize;
            if r.cells.len() <= col {
                r.cells.resize(col + 1, Cell::Empty);
            }
            r.cells[col] = cell;
        }
    }

    fn into_sheet(mut self, name: &str, total: usize, merged: &[Dimensions]) -> Sheet {
        let mut notes = Vec::new();
        let filled = fill_merged(&mut self.rows, merged, self.limits);
        if filled > 0 {
            notes.push(ReadNote::MergedFilled { ranges: filled });
        }
        if self.rows_cut {
            notes.push(ReadNote::RowsCut {
                read: self.limits.rows,
                // The declared size, less the header; unknown when a sheet does not declare it.
                total: (total > self.limits.rows + 1).then(|| total - 1),
            });
        }
        if self.columns_cut {
            notes.push(ReadNote::ColumnsCut {
                kept: self.limits.columns,
            });
        }
        Sheet::from_rows(name, self.rows, notes)
    }
}

/// Copies each merged range's value into the cells it covers, the way a reader sees it; at
/// most `limits.rows` cells per range, so a sheet-wide merge stays bounded.
fn fill_merged(rows: &mut [Row], merged: &[Dimensions], limits: &Limits) -> usize {
    let mut filled = 0;
    for m in merged {
        let find =
            |rows: &[Row], r: u32| rows.binary_search_by_key(&(r as usize + 1), |x| x.number);
        let Ok(top) = find(rows, m.start.0) else {
            continue;
        };
        let value = rows[top].cell(m.start.1 as usize).clone();
        if value.is_blank() || m.len() > limits.rows as u64 {
            continue;
        }
        filled += 1;
        for r in m.start.0..=m.end.0 {
            let Ok(i) = find(rows, r) else { continue };
            for c in m.start.1..=m.end.1.min(limits.columns as u32 - 1) {
                let row = &mut rows[i];
                let c = c as usize;
                if row.cells.len() <= c {
                    row.cells.resize(c + 1, Cell::Empty);
                }
                row.cells[c] = value.clone();
            }
        }
    }
    filled
}

fn text(s: &str, limits: &Limits) -> Cell {
    let chars = s.chars().count();
    if chars > limits.cell_chars {
        Cell::TooLarge(chars)
    } else {
        Cell::Text(s.to_owned())
    }
}

fn date_time(dt: &calamine::ExcelDateTime) -> Cell {
    if dt.is_datetime() {
        let (y, m, d, ..) = dt.to_ymd_hms_milli();
        if let Some(date) = Date::ymd(i32::from(y), u32::from(m), u32::from(d)) {
            return Cell::Date(date);
        }
    }
    Cell::Number(dt.as_f64())
}

fn iso(s: &str, limits: &Limits) -> Cell {
    s.get(..10)
        .and_then(|d| d.parse::<Date>().ok())
        .map_or_else(|| text(s, limits), Cell::Date)
}

fn from_ref(v: DataRef<'_>, limits: &Limits) -> Cell {
    match v {
        DataRef::Int(i) => Cell::Number(i as f64),
        DataRef::Float(f) => Cell::Number(f),
        DataRef::String(s) => text(&s, limits),
        DataRef::SharedString(s) => text(s, limits),
        DataRef::Bool(b) => Cell::Bool(b),
        DataRef::DateTime(dt) => date_time(&dt),
        DataRef::DateTimeIso(s) => iso(&s, limits),
        DataRef::DurationIso(s) => text(&s, limits),
        DataRef::Error(e) => Cell::Error(e.to_string()),
        DataRef::Empty => Cell::Empty,
    }
}

fn from_data(v: &Data, limits: &Limits) -> Cell {
    match v {
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::String(s) => text(s, limits),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(dt) => date_time(dt),
        Data::DateTimeIso(s) => iso(s, limits),
        Data::DurationIso(s) => text(s, limits),
        Data::Error(e) => Cell::Error(e.to_string()),
        Data::Empty => Cell::Empty,
    }
}
