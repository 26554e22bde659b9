//! Hostile spreadsheets: each gets a clear message or a bounded import, never a hang, a panic
//! or a silent loss. (Time bounds are in `benches/import.rs`, not asserted here.)

use std::io::Write as _;
use std::path::{Path, PathBuf};

use reform_tracker::model::import::{ReadNote, RefusalReason, propose};
use reform_tracker::report::import_summary as summary;
use reform_tracker::storage::import::{self, ImportError, Limits, Workbook};

fn read_with(path: &Path, limits: &Limits) -> Result<Workbook, ImportError> {
    import::read(path, None, limits, &|_, _| true)
}

fn read(path: &Path) -> Result<Workbook, ImportError> {
    read_with(path, &Limits::default())
}

fn plan(book: &Workbook) -> reform_tracker::model::import::Plan {
    let targets = propose(&book.main.header);
    import::plan_workbook(
        book,
        &targets,
        None,
        "hostile",
        "2026-01-01".parse().unwrap(),
    )
}

fn xlsx(dir: &Path, name: &str, fill: impl FnOnce(&mut rust_xlsxwriter::Worksheet)) -> PathBuf {
    let mut book = rust_xlsxwriter::Workbook::new();
    fill(book.add_worksheet());
    let path = dir.join(name);
    book.save(&path).unwrap();
    path
}

#[test]
fn a_100_000_row_sheet_is_read_up_to_the_row_limit_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = xlsx(dir.path(), "big.xlsx", |ws| {
        ws.write_string(0, 0, "id").unwrap();
        ws.write_string(0, 1, "title").unwrap();
        for r in 1..=100_000u32 {
            ws.write_string(r, 0, format!("X{r}")).unwrap();
            ws.write_string(r, 1, "A commitment").unwrap();
        }
    });
    let book = read(&path).unwrap();
    let limit = Limits::default().rows;
    assert_eq!(book.main.rows.len(), limit);
    assert_eq!(
        book.main.notes,
        [ReadNote::RowsCut {
            read: limit,
            total: Some(100_000)
        }]
    );
    let plan = plan(&book);
    assert_eq!(plan.new.len(), limit);
    let lines = summary::lines(&plan).join("\n");
    assert!(
        lines.contains("Only the first 50,000 rows were read; the sheet has 100,000."),
        "{lines}"
    );

    // The same in a CSV file.
    let mut text = String::from("id,title\n");
    for r in 1..=100_000 {
        text.push_str(&format!("X{r},A commitment\n"));
    }
    let csv = dir.path().join("big.csv");
    std::fs::write(&csv, text).unwrap();
    let book = read(&csv).unwrap();
    assert_eq!(book.main.rows.len(), limit);
    assert!(matches!(
        book.main.notes[..],
        [ReadNote::RowsCut {
            total: Some(100_000),
            ..
        }]
    ));
}

/// A workbook whose parts would unpack to far more than its size. The limit is lowered for the
/// test so the fixture stays small; the check is the same at the default limit.
#[test]
fn a_zip_bomb_is_refused_before_anything_is_unpacked() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bomb.xlsx");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("xl/worksheets/sheet1.xml", options).unwrap();
    let zeros = vec![b' '; 1 << 20];
    for _ in 0..8 {
        zip.write_all(&zeros).unwrap();
    }
    zip.finish().unwrap();
    assert!(std::fs::metadata(&path).unwrap().len() < 100_000);
    let limits = Limits {
        unpacked_bytes: 4_000_000,
        ..Limits::default()
    };
    let e = read_with(&path, &limits).unwrap_err();
    assert_eq!(e, ImportError::TooLargeUnpacked { limit_mb: 4 });
    assert!(e.to_string().contains("possible zip bomb"), "{e}");
}

#[test]
fn formulas_are_refused_with_their_row_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let path = xlsx(dir.path(), "formulas.xlsx", |ws| {
        for (i, h) in ["id", "title", "deadline"].iter().enumerate() {
            ws.write_string(0, i as u16, *h).unwrap();
        }
        ws.write_string(1, 0, "A").unwrap();
        ws.write_string(1, 1, "Typed").unwrap();
        ws.write_string(2, 0, "B").unwrap();
        ws.write_formula(2, 1, "=UPPER(\"computed\")").unwrap();
    });
    let plan = plan(&read(&path).unwrap());
    assert_eq!(plan.new, ["A"]);
    assert_eq!(plan.refused.len(), 1);
    assert_eq!(plan.refused[0].row, 3);
    assert_eq!(
        plan.refused[0].reason,
        RefusalReason::Formula {
            column: "title".into()
        }
    );
}

#[test]
fn merged_cells_give_their_value_to_every_row_they_cover() {
    let dir = tempfile::tempdir().unwrap();
    let path = xlsx(dir.path(), "merged.xlsx", |ws| {
        for (i, h) in ["Category", "id", "title"].iter().enumerate() {
            ws.write_string(0, i as u16, *h).unwrap();
        }
        ws.merge_range(1, 0, 3, 0, "Elections", &rust_xlsxwriter::Format::new())
            .unwrap();
        for r in 1..=3u32 {
            ws.write_string(r, 1, format!("E{r}")).unwrap();
            ws.write_string(r, 2, "Title").unwrap();
        }
    });
    let book = read(&path).unwrap();
    assert_eq!(book.main.notes, [ReadNote::MergedFilled { ranges: 1 }]);
    let plan = plan(&book);
    let categories: Vec<&str> = plan
        .result
        .commitments
        .iter()
        .map(|c| c.category.as_str())
        .collect();
    assert_eq!(categories, ["Elections"; 3]);
}

#[test]
fn an_empty_sheet_says_there_is_nothing_to_import() {
    let dir = tempfile::tempdir().unwrap();
    let path = xlsx(dir.path(), "empty.xlsx", |_| {});
    let e = read(&path).unwrap_err();
    assert_eq!(e, ImportError::Empty);
    assert!(e.to_string().contains("no header row"), "{e}");
    let csv = dir.path().join("empty.csv");
    std::fs::write(&csv, "\n\n").unwrap();
    assert_eq!(read(&csv).unwrap_err(), ImportError::Empty);
}

#[test]
fn a_text_file_named_xlsx_is_named_for_what_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tracker.xlsx");
    std::fs::write(&path, "id,title\nA,B\n").unwrap();
    let e = read(&path).unwrap_err();
    assert_eq!(e, ImportError::NotASpreadsheet);
    assert!(e.to_string().contains("text file renamed"), "{e}");
    // A truncated workbook is a clear error too, not a panic.
    let bytes = std::fs::read(xlsx(dir.path(), "ok.xlsx", |ws| {
        ws.write_string(0, 0, "id").unwrap();
    }))
    .unwrap();
    let cut = dir.path().join("cut.xlsx");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    assert!(read(&cut).is_err());
}

#[test]
fn a_one_megabyte_cell_refuses_its_row_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.csv");
    let big = "x".repeat(1_000_000);
    std::fs::write(
        &path,
        format!("id,title,quote\nA,Fine,short\nB,Big,{big}\n"),
    )
    .unwrap();
    let plan = plan(&read(&path).unwrap());
    assert_eq!(plan.new, ["A"]);
    assert_eq!(
        plan.refused[0].reason,
        RefusalReason::CellTooLarge {
            column: "quote".into(),
            chars: 1_000_000
        }
    );
    let line = summary::refusal_lines(&plan).join("\n");
    assert!(
        line.contains("Row 3: quote holds 1,000,000 characters"),
        "{line}"
    );
}

#[test]
fn cancelling_while_reading_stops_with_nothing_changed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.csv");
    let text: String = std::iter::once("id,title\n".to_owned())
        .chain((0..5000).map(|i| format!("X{i},T\n")))
        .collect();
    std::fs::write(&path, text).unwrap();
    let e = import::read(&path, None, &Limits::default(), &|_, _| false).unwrap_err();
    assert_eq!(e, ImportError::Cancelled);
}

/// An OpenDocument sheet, written part by part as the format describes (no spreadsheet
/// program is installed here to make one).
#[test]
fn an_ods_sheet_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tracker.ods");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    zip.start_file("META-INF/manifest.xml", stored).unwrap();
    zip.write_all(
        b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
          <manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">\
          <manifest:file-entry manifest:full-path=\"/\" \
          manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>\
          <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\
          </manifest:manifest>",
    )
    .unwrap();
    zip.start_file("content.xml", stored).unwrap();
    let cell = |t: &str| {
        format!(
            "<table:table-cell office:value-type=\"string\"><text:p>{t}</text:p></table:table-cell>"
        )
    };
    let row = |cells: &[&str]| {
        format!(
            "<table:table-row>{}</table:table-row>",
            cells.iter().map(|c| cell(c)).collect::<String>()
        )
    };
    let content = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
         <office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
         xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" \
         xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">\
         <office:body><office:spreadsheet><table:table table:name=\"Трекер\">{}{}</table:table>\
         </office:spreadsheet></office:body></office:document-content>",
        row(&["Код", "Название", "Статус"]),
        row(&["Р1", "Открытые данные", "Частично выполнено"]),
    );
    zip.write_all(content.as_bytes()).unwrap();
    zip.finish().unwrap();
    let book = read(&path).unwrap();
    assert_eq!(book.sheet_names, ["Трекер"]);
    let plan = plan(&book);
    assert!(plan.refused.is_empty(), "{:?}", plan.refused);
    let c = &plan.result.commitments[0];
    assert_eq!((c.id.as_str(), c.title.as_str()), ("Р1", "Открытые данные"));
    assert_eq!(c.status, reform_tracker::model::Status::PartiallyFulfilled);
}

/// `.xls` and `.ods` saved by a real spreadsheet program (LibreOffice 7.4 converted
/// `tests/fixtures/libreoffice/sheet.csv` once): Russian headers, our words and PolitiFact's.
#[test]
fn xls_and_ods_saved_by_libreoffice() {
    use reform_tracker::model::Status;
    for format in ["xls", "ods"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/libreoffice/sheet")
            .with_extension(format);
        let plan = plan(&read(&path).unwrap());
        assert_eq!(plan.new, ["A1", "A2", "A3"], "{format}");
        let status = |id: &str| {
            plan.result
                .commitments
                .iter()
                .find(|c| c.id == id)
                .map(|c| c.status)
        };
        assert_eq!(status("A1"), Some(Status::Fulfilled), "{format}");
        assert_eq!(status("A2"), Some(Status::PartiallyFulfilled), "{format}");
        assert_eq!(status("A3"), Some(Status::Fulfilled), "{format}");
        let a2 = plan
            .result
            .commitments
            .iter()
            .find(|c| c.id == "A2")
            .unwrap();
        assert_eq!(a2.title, "Смешанная избирательная система", "{format}");
    }
}
