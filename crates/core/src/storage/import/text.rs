//! CSV files as spreadsheets save them: UTF-8 with or without a byte-order mark, UTF-16 with
//! one, or Windows-1251 (Russian Excel's "CSV"); comma, semicolon or tab between cells.

use encoding_rs::{UTF_8, WINDOWS_1251};

use super::{ImportError, Limits, Progress};
use crate::model::import::{Cell, ReadNote, Row, Sheet};

/// The text of a CSV file and the encoding it was read as.
pub fn decode(bytes: &[u8]) -> (String, &'static str) {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        return (text.into_owned(), encoding.name());
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_owned(), UTF_8.name()),
        // Not UTF-8: the other encoding spreadsheets here save in. Every byte decodes, so a
        // wrong guess shows as odd letters in the preview before anything is imported.
        Err(_) => {
            let (text, _) = WINDOWS_1251.decode_without_bom_handling(bytes);
            (text.into_owned(), WINDOWS_1251.name())
        }
    }
}

/// The cell separator: the candidate giving the most columns, the same in the first rows.
pub fn detect_delimiter(text: &str) -> u8 {
    let mut best = (b',', 0usize);
    for delimiter in [b',', b';', b'\t'] {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(text.as_bytes());
        let widths: Vec<usize> = reader
            .records()
            .take(20)
            .filter_map(Result::ok)
            .map(|r| r.len())
            .collect();
        let Some(&first) = widths.first() else {
            continue;
        };
        let steady = widths.iter().filter(|w| **w == first).count();
        // Columns that hold in most rows; a stray separator in one cell does not win.
        let score = if steady * 2 >= widths.len() { first } else { 1 };
        if score > best.1 {
            best = (delimiter, score);
        }
    }
    best.0
}

pub fn read_csv(
    name: &str,
    bytes: &[u8],
    limits: &Limits,
    progress: &Progress<'_>,
) -> Result<Sheet, ImportError> {
    let (text, _) = decode(bytes);
    if text.contains('\0') {
        return Err(ImportError::NotText);
    }
    let delimiter = detect_delimiter(&text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut notes = Vec::new();
    let mut record = csv::StringRecord::new();
    let mut number = 0usize;
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => return Err(ImportError::Csv(e.to_string())),
        }
        number += 1;
        // One header row on top of the rows kept.
        if number > limits.rows + 1 {
            let more = reader.records().count();
            notes.push(ReadNote::RowsCut {
                read: limits.rows,
                total: Some(limits.rows + 1 + more),
            });
            break;
        }
        if number.is_multiple_of(1000) && !progress(number, None) {
            return Err(ImportError::Cancelled);
        }
        if record.len() > limits.columns
            && !notes.contains(&ReadNote::ColumnsCut {
                kept: limits.columns,
            })
        {
            notes.push(ReadNote::ColumnsCut {
                kept: limits.columns,
            });
        }
        let cells = record
            .iter()
            .take(limits.columns)
            .map(|field| cell(field, limits))
            .collect();
        rows.push(Row { number, cells });
    }
    Ok(Sheet::from_rows(name, rows, notes))
}

fn cell(field: &str, limits: &Limits) -> Cell {
    let chars = field.chars().count();
    if chars > limits.cell_chars {
        Cell::TooLarge(chars)
    } else if field.is_empty() {
        Cell::Empty
    } else if let Some(formula) = field.strip_prefix('=') {
        // A spreadsheet opening this file would run it: it is not a typed value.
        Cell::Formula(formula.to_owned())
    } else {
        Cell::Text(field.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_are_recognised() {
        let (t, e) = decode("\u{FEFF}Статус".as_bytes());
        assert_eq!((t.as_str(), e), ("Статус", "UTF-8"));
        let mut le = vec![0xFF, 0xFE];
        le.extend("Статус".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&le).0, "Статус");
        let mut be = vec![0xFE, 0xFF];
        be.extend("Статус".encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode(&be).0, "Статус");
        let (cp1251, _, _) = WINDOWS_1251.encode("Статус");
        assert_eq!(decode(&cp1251), ("Статус".to_owned(), "windows-1251"));
    }

    #[test]
    fn delimiters_are_detected() {
        assert_eq!(detect_delimiter("a;b;c\n1;2,5;3\n"), b';');
        assert_eq!(detect_delimiter("a,b,c\n1,2,3\n"), b',');
        assert_eq!(detect_delimiter("a\tb\n1\t2\n"), b'\t');
    }
}
