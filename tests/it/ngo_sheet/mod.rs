//! A real-looking NGO tracker sheet, written as the NGO's own programs write it: a CSV in
//! Windows-1251 with semicolons (Excel's Russian default), an Excel workbook and a
//! LibreOffice sheet. Russian headers, the NGO's own status words ("в процессе", "нет",
//! "приостановлено"), a link formula, bad dates, and a duplicate id whose first row is bad.
#![allow(dead_code)]

use std::io::Write as _;
use std::path::{Path, PathBuf};

pub const HEADER: [&str; 6] = [
    "№",
    "Обязательство",
    "Статус",
    "Дата оценки",
    "Ссылка",
    "Комментарий",
];

/// A cell as the NGO typed it.
#[derive(Clone, Copy)]
pub enum V {
    Blank,
    Text(&'static str),
    Number(f64),
    /// A real date in a workbook, `dd.mm.yyyy` in the CSV.
    Date(u16, u8, u8),
    /// A formula; its cached value is the text.
    Formula(&'static str, &'static str),
}

use V::*;

const LINK1: &str = "https://adilet.zan.kz/rus/docs/Z2300000001";
const LINK2: &str = "https://www.akorda.kz/ru/o-vnesenii-izmeneniy-2022";

/// Spreadsheet rows 2 to 13.
pub const ROWS: [[V; 6]; 12] = [
    [
        Number(1.0),
        Text("Принять закон о доступе к информации в новой редакции"),
        Text("в процессе"),
        Date(2023, 3, 15),
        Text(LINK1),
        Text("Законопроект внесён в Мажилис"),
    ],
    [
        Number(2.0),
        Text("Снизить порог прохождения партий в Мажилис до 5%"),
        Text("выполнено"),
        Date(2023, 1, 20),
        Text(LINK2),
        Text("Закон подписан"),
    ],
    [
        Number(3.0),
        Text("Создать Конституционный суд"),
        Text("Выполнено"),
        Date(2023, 1, 1),
        Blank,
        Blank,
    ],
    [
        Number(4.0),
        Text("Ввести смешанную избирательную систему"),
        Text("частично"),
        Date(2023, 3, 19),
        Blank,
        Text("Только для Мажилиса"),
    ],
    [
        Number(5.0),
        Text("Реформировать местное самоуправление"),
        Text("нет"),
        Date(2023, 6, 1),
        Blank,
        Text("Шагов не было"),
    ],
    [
        Number(6.0),
        Text("Открыть бюджеты акиматов"),
        Text("в процессе"),
        Text("весной 2023"),
        Blank,
        Blank,
    ],
    [
        Number(7.0),
        Text("Упростить регистрацию партий"),
        Text("в процессе"),
        Date(2023, 4, 10),
        Formula(
            "HYPERLINK(\"https://adilet.zan.kz/rus/docs/P2300000200\",\"постановление\")",
            "постановление",
        ),
        Blank,
    ],
    [
        Number(8.0),
        Text("Ввести прямые выборы акимов районов"),
        Text("в процессе"),
        Text("32.13.2023"),
        Blank,
        Blank,
    ],
    [
        Number(9.0),
        Text("Создать институт омбудсмена по правам ребёнка"),
        Text("приостановлено"),
        Date(2023, 5, 5),
        Blank,
        Blank,
    ],
    [
        Number(8.0),
        Text("Ввести прямые выборы акимов районов (повтор)"),
        Text("выполнено"),
        Date(2023, 9, 1),
        Blank,
        Blank,
    ],
    [
        Number(10.0),
        Text("Декриминализовать клевету"),
        Text("в процессе"),
        Date(2023, 9, 1),
        Blank,
        Blank,
    ],
    [
        Number(11.0),
        Text("Сократить число проверок бизнеса"),
        Text("нет"),
        Date(2023, 2, 1),
        Blank,
        Blank,
    ],
];

fn csv_cell(v: V) -> String {
    let raw = match v {
        Blank => String::new(),
        Text(t) => t.to_owned(),
        Number(n) => format!("{n}"),
        Date(y, m, d) => format!("{d:02}.{m:02}.{y}"),
        Formula(f, _) => format!("={f}"),
    };
    if raw.contains([';', '"']) {
        format!("\"{}\"", raw.replace('"', "\"\""))
    } else {
        raw
    }
}

/// The CSV, as Excel saves "CSV (разделители — точки с запятой)" on a Russian Windows.
pub fn csv(dir: &Path) -> PathBuf {
    let mut text = HEADER.join(";") + "\r\n";
    for row in ROWS {
        text += &row.map(csv_cell).join(";");
        text += "\r\n";
    }
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1251.encode(&text);
    assert!(!unmappable);
    let path = dir.join("ngo-tracker.csv");
    std::fs::write(&path, bytes).unwrap();
    path
}

pub fn xlsx(dir: &Path) -> PathBuf {
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("Мониторинг").unwrap();
    let date_format = rust_xlsxwriter::Format::new().set_num_format("dd.mm.yyyy");
    for (c, h) in HEADER.iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    for (r, row) in ROWS.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, v) in row.iter().enumerate() {
            let c = c as u16;
            match *v {
                Blank => {}
                Text(t) => {
                    ws.write_string(r, c, t).unwrap();
                }
                Number(n) => {
                    ws.write_number(r, c, n).unwrap();
                }
                Date(y, m, d) => {
                    let date = rust_xlsxwriter::ExcelDateTime::from_ymd(y, m, d).unwrap();
                    ws.write_datetime_with_format(r, c, &date, &date_format)
                        .unwrap();
                }
                Formula(f, value) => {
                    ws.write_formula(
                        r,
                        c,
                        rust_xlsxwriter::Formula::new(format!("={f}")).set_result(value),
                    )
                    .unwrap();
                }
            }
        }
    }
    let path = dir.join("ngo-tracker.xlsx");
    book.save(&path).unwrap();
    path
}

fn xml(t: &str) -> String {
    t.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn ods_cell(v: V) -> String {
    match v {
        Blank => "<table:table-cell/>".to_owned(),
        Text(t) => format!(
            "<table:table-cell office:value-type=\"string\"><text:p>{}</text:p></table:table-cell>",
            xml(t)
        ),
        Number(n) => format!(
            "<table:table-cell office:value-type=\"float\" office:value=\"{n}\"><text:p>{n}</text:p></table:table-cell>"
        ),
        Date(y, m, d) => format!(
            "<table:table-cell office:value-type=\"date\" office:date-value=\"{y}-{m:02}-{d:02}\">\
             <text:p>{d:02}.{m:02}.{y}</text:p></table:table-cell>"
        ),
        Formula(f, value) => format!(
            "<table:table-cell table:formula=\"of:={}\" office:value-type=\"string\" \
             office:string-value=\"{}\"><text:p>{}</text:p></table:table-cell>",
            xml(&f.replace(',', ";")),
            xml(value),
            xml(value)
        ),
    }
}

/// An OpenDocument sheet, written part by part as the format describes (no spreadsheet
/// program is installed here to save one).
pub fn ods(dir: &Path) -> PathBuf {
    let path = dir.join("ngo-tracker.ods");
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
    let row = |cells: String| format!("<table:table-row>{cells}</table:table-row>");
    let mut rows = row(HEADER.iter().map(|h| ods_cell(Text(h))).collect());
    for r in ROWS {
        rows += &row(r.iter().map(|v| ods_cell(*v)).collect());
    }
    let content = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
         <office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
         xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" \
         xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">\
         <office:body><office:spreadsheet><table:table table:name=\"Мониторинг\">{rows}</table:table>\
         </office:spreadsheet></office:body></office:document-content>"
    );
    zip.write_all(content.as_bytes()).unwrap();
    zip.finish().unwrap();
    path
}

/// The three forms of the sheet.
pub fn all(dir: &Path) -> [PathBuf; 3] {
    [csv(dir), xlsx(dir), ods(dir)]
}
