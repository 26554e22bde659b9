//! CSV export: one header row, then one row per commitment, nothing else.
//!
//! The project title, the as-of date and the status scale are repeated as the last three
//! columns of every row rather than put in preamble lines above the header: preamble lines
//! break every CSV reader, while constant columns are harmless and survive sorting,
//! filtering and copying rows elsewhere.
//!
//! Encoding: UTF-8 with a byte-order mark (without it Excel reads Cyrillic as mojibake),
//! CRLF row endings and quoting as in RFC 4180.
//!
//! Replacement columns hold the mark as of the stated date: `replaced_on` (a date),
//! `replaced_by` and `replaces` (ids separated by "; "), `replaced_partly` (`true` or `false`);
//! the first three are empty when it had not been replaced by then, `replaces` when it had
//! replaced nothing.
//!
//! Values are machine-stable too: the `kind`, `status` and `scale` cells hold the English names
//! whatever the interface language, so a column means the same in every export and scripts that
//! read it never break when a colleague works in Russian or Kazakh.
//!
//! `latest_evidence_archived` (last, added with format 3 so that columns read by position keep
//! their places) holds the archived copy of the latest evidence link, if any.
//!
//! A value a merge left undecided reads "(undecided: ours … / theirs …)" in its cell, in the
//! interface language: a script must not take our side for the tracker's value.
//!
//! Seven columns follow, only when the project has recommendations, links or terms (so that
//! other projects export exactly as before): `mechanism`, `paragraph`, `recommending` (names
//! separated by "; "), `response` and `response_date` (as known on the stated date; empty for
//! commitments), `terms` (term ids separated by "; ") and `links` ("UPR-1 (Answers); UPR-2
//! (Goes against)", the links known on the stated date).
//!
//! Formula guard: a text cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return
//! gets a leading apostrophe, so a spreadsheet shows it as text instead of running it as a
//! formula (CSV injection). Spreadsheets hide that apostrophe; other readers see it.

use std::borrow::Cow;

use crate::model::{Commitment, Date, Project, Status};

use super::recommendation_words::{carries_recommendations, links_cell, response_cells};
use super::undecided::{Column, Undecided};
use super::{Backlinks, figures_date, row};

pub const HEADER: [&str; 27] = [
    "id",
    "kind",
    "actor",
    "category",
    "title",
    "status",
    "status_date",
    "deadline",
    "evidence_count",
    "latest_evidence_url",
    "replaced_on",
    "replaced_by",
    "replaced_partly",
    "replaces",
    "project",
    "as_of",
    "scale",
    "latest_evidence_archived",
    // Every other field of a commitment that fits one row, under the keys the import reads.
    "parent",
    "quote",
    "source",
    "date_committed",
    "responsible",
    "importance",
    "concern",
    "tags",
    "latest_note",
];

/// The columns a project with recommendations adds after `HEADER` (the import reads them).
pub use crate::model::import::recommendations::CSV_HEADER as RECOMMENDATION_HEADER;

/// The status scale as one cell: every name, in scale order.
pub fn scale_cell() -> String {
    Status::ALL.map(Status::english_name).join("; ")
}

/// The newest note known on the date asked for (undated ones always are), in full.
fn latest_note(c: &Commitment, as_of: Option<Date>) -> String {
    c.notes
        .iter()
        .filter(|n| crate::model::as_of::known_on(Some(n.date), as_of))
        .max_by_key(|n| n.date)
        .map(|n| n.text.clone())
        .unwrap_or_default()
}

pub fn to_csv(project: &Project, as_of: Option<Date>) -> String {
    let rows = rows(project, as_of);
    if !carries_recommendations(project) {
        let mut table = Table::new(HEADER);
        for (cells, _) in rows {
            table.row(cells);
        }
        return table.finish();
    }
    let mut table = Table::<34>::new(joined(HEADER, RECOMMENDATION_HEADER));
    for (cells, c) in rows {
        table.row(joined(cells, recommendation_cells(c, as_of)));
    }
    table.finish()
}

/// An item's recommendation columns, as of the date.
fn recommendation_cells(c: &Commitment, as_of: Option<Date>) -> [String; 7] {
    let details = c.recommendation.as_ref();
    let (response, response_date) = details
        .map(|r| response_cells(r, as_of))
        .unwrap_or_default();
    [
        details
            .map(|r| r.mechanism.english_name().to_owned())
            .unwrap_or_default(),
        details.map(|r| r.paragraph.clone()).unwrap_or_default(),
        details
            .map(|r| r.recommending.join("; "))
            .unwrap_or_default(),
        response,
        response_date.map(|d| d.to_string()).unwrap_or_default(),
        c.terms.join("; "),
        links_cell(c, as_of),
    ]
}

/// Two rows of cells as one, in order.
fn joined<T: Default, const A: usize, const B: usize, const N: usize>(
    a: [T; A],
    b: [T; B],
) -> [T; N] {
    // N is A + B at every call; the compiler cannot say so on stable Rust.
    debug_assert_eq!(A + B, N);
    let mut cells = a.into_iter().chain(b);
    std::array::from_fn(|_| cells.next().unwrap_or_default())
}

/// The rows every export has, with the commitment each is for.
fn rows(project: &Project, as_of: Option<Date>) -> Vec<([String; 27], &Commitment)> {
    let mut out = Vec::new();
    let stated = figures_date(as_of).to_string();
    let scale = scale_cell();
    let date = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
    let back = Backlinks::of(project);
    let undecided = Undecided::of(project);
    let project_title = undecided
        .project_title()
        .unwrap_or_else(|| project.title.clone());
    for c in &project.commitments {
        let r = row(c, as_of);
        let cell = |column, value: String| undecided.cell(&c.id, column).unwrap_or(value);
        let cells = [
            c.id.clone(),
            cell(Column::Kind, c.kind.english_name().to_owned()),
            cell(Column::Actor, c.actor.clone()),
            cell(Column::Category, c.category.clone()),
            cell(Column::Title, c.title.clone()),
            cell(Column::Status, r.status.english_name().to_owned()),
            date(r.status_date),
            cell(Column::Deadline, date(c.deadline)),
            r.counted.to_string(),
            r.latest.map(|e| e.url.clone()).unwrap_or_default(),
            date(r.replaced.map(|m| m.date)),
            r.replaced.map(|m| m.by.join("; ")).unwrap_or_default(),
            r.replaced
                .map(|m| m.partial.to_string())
                .unwrap_or_default(),
            back.of_commitment(c, as_of)
                .iter()
                .map(|b| b.commitment.id.as_str())
                .collect::<Vec<_>>()
                .join("; "),
            project_title.clone(),
            stated.clone(),
            scale.clone(),
            r.latest
                .and_then(|e| e.archived.clone())
                .unwrap_or_default(),
            c.parent.clone().unwrap_or_default(),
            c.quote.clone(),
            c.source.clone(),
            date(c.date_committed),
            c.responsible.clone(),
            c.importance.to_string(),
            if c.concern { "yes" } else { "no" }.to_owned(),
            c.tags.join(", "),
            latest_note(c, as_of),
        ];
        out.push((cells, c));
    }
    out
}

/// A CSV file of `N` columns in the exports' encoding: a byte-order mark, then RFC 4180 rows
/// ending in CRLF, a cell quoted only when it holds a comma, a quote or a line break. Every row
/// has the header's length by its type, so the writer never meets a ragged row.
pub(crate) struct Table<const N: usize> {
    writer: ::csv::Writer<Vec<u8>>,
}

impl<const N: usize> Table<N> {
    pub fn new(header: [&str; N]) -> Self {
        let mut table = Self {
            writer: ::csv::WriterBuilder::new()
                .terminator(::csv::Terminator::CRLF)
                .quote_style(::csv::QuoteStyle::Necessary)
                .from_writer("\u{FEFF}".as_bytes().to_vec()),
        };
        table.write(header);
        table
    }

    /// One row; each text cell guarded against formulas first.
    pub fn row(&mut self, cells: [String; N]) {
        self.write(cells.each_ref().map(|c| guarded(c)));
    }

    fn write<S: AsRef<str>>(&mut self, cells: [S; N]) {
        // Writing into memory cannot fail, and every row has the header's length.
        let _ = self
            .writer
            .write_record(cells.iter().map(|c| c.as_ref().as_bytes()));
    }

    pub fn finish(self) -> String {
        let bytes = match self.writer.into_inner() {
            Ok(bytes) => bytes,
            // Flushing into memory cannot fail; were it to, what was flushed is kept.
            Err(e) => e.into_inner().get_ref().clone(),
        };
        // Every cell was a `str`, so the bytes are UTF-8.
        String::from_utf8(bytes)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
    }
}

/// A cell a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a
/// carriage return), with a leading apostrophe so it reads as text. The CSV writer has no such
/// guard of its own.
pub fn guarded(raw: &str) -> Cow<'_, str> {
    if raw.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{raw}"))
    } else {
        Cow::Borrowed(raw)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Kind;

    fn one_row(cells: [&str; 2]) -> String {
        let mut table = Table::new(["a", "b"]);
        table.row(cells.map(str::to_owned));
        table.finish()
    }

    #[test]
    fn starts_with_a_byte_order_mark_and_ends_rows_in_crlf() {
        assert_eq!(one_row(["1", "2"]), "\u{FEFF}a,b\r\n1,2\r\n");
    }

    #[test]
    fn quotes_only_when_needed_and_doubles_quotes() {
        assert_eq!(
            one_row(["plain", "a,b"]),
            "\u{FEFF}a,b\r\nplain,\"a,b\"\r\n"
        );
        assert_eq!(
            one_row(["say \"hi\"", "two\nlines"]),
            "\u{FEFF}a,b\r\n\"say \"\"hi\"\"\",\"two\nlines\"\r\n"
        );
        assert_eq!(one_row(["", "cr\r"]), "\u{FEFF}a,b\r\n,\"cr\r\"\r\n");
    }

    #[test]
    fn cells_hold_the_english_names_the_window_shows_in_english() {
        for s in Status::ALL {
            assert_eq!(s.english_name(), s.label());
        }
        for k in Kind::ALL {
            assert_eq!(k.english_name(), k.label());
        }
    }

    #[test]
    fn recommendation_columns_come_only_with_recommendations() {
        use crate::model::{Commitment, RecLink, Relation};
        let header = |p: &Project| {
            let text = to_csv(p, None);
            text.lines().next().unwrap_or_default().to_owned()
        };
        let mut p = Project::default();
        p.commitments
            .push(Commitment::new("P1", Kind::Reform, "Law"));
        assert!(header(&p).ends_with(",latest_note"));
        let mut link = RecLink::new("UPR-1", Relation::Answers);
        link.date = Some("2025-09-01".parse().unwrap());
        p.commitments[0].links.push(link);
        p.commitments[0].terms.push("theme-courts".into());
        p.commitments
            .push(Commitment::new_recommendation("UPR-1", "Courts"));
        assert!(
            header(&p).ends_with(
                ",latest_note,mechanism,paragraph,recommending,response,response_date,terms,links"
            ),
            "{}",
            header(&p)
        );
        let text = to_csv(&p, None);
        let rows: Vec<&str> = text.lines().collect();
        assert!(
            rows[1].ends_with(",,,,,,theme-courts,UPR-1 (Answers)"),
            "{}",
            rows[1]
        );
        assert!(rows[2].ends_with(",UPR,,,,,,"), "{}", rows[2]);
        let before = to_csv(&p, Some("2025-08-31".parse().unwrap()));
        assert!(
            before
                .lines()
                .nth(1)
                .unwrap_or_default()
                .ends_with(",theme-courts,")
        );
    }

    #[test]
    fn formula_like_cells_become_text() {
        assert_eq!(guarded("=1+1"), "'=1+1");
        assert_eq!(guarded("-5"), "'-5");
        assert_eq!(guarded("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(guarded("a=b"), "a=b");
        assert_eq!(
            one_row(["+7, or so", "\tx"]),
            "\u{FEFF}a,b\r\n\"'+7, or so\",'\tx\r\n"
        );
    }
}
