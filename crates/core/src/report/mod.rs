//! Exports (CSV, Markdown, HTML, Excel) and the citation line. Every function returns the
//! content (text, or the workbook's bytes): writing files is the caller's job, so this module
//! stays pure and easy to test.

pub mod citation;
pub mod compare;
pub mod conflict_words;
pub mod csv;
pub mod html;
pub mod import_summary;
pub mod markdown;
pub mod palette;
pub mod period;
mod period_words;
pub mod recommendation_words;
pub mod replacement_words;
pub mod site;
mod summary_words;
pub mod undecided;
pub mod xlsx;

use std::collections::HashMap;

use crate::model::replacement::{Replaced, replaced_by_all};
use crate::model::summary::Summary;
use crate::model::{Commitment, Date, Evidence, Project, Replacement, Status};
use replacement_words::{replaced_line_with, replaces_line_with};

pub use citation::citation;
pub use csv::to_csv;
pub use html::to_html;
pub use markdown::to_markdown;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExportFormat {
    Csv,
    Markdown,
    Html,
    Xlsx,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 4] = [
        ExportFormat::Csv,
        ExportFormat::Markdown,
        ExportFormat::Html,
        ExportFormat::Xlsx,
    ];

    /// File extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::Markdown => "md",
            ExportFormat::Html => "html",
            ExportFormat::Xlsx => "xlsx",
        }
    }

    /// Name shown in menus and file dialogs, in the interface language.
    pub fn label(self) -> String {
        self.label_in(crate::i18n::language())
    }

    /// The label in a given language, whatever the window shows (the command palette finds
    /// an action by its name in any of the languages).
    pub fn label_in(self, lang: crate::i18n::Lang) -> String {
        let key = match self {
            ExportFormat::Csv => "export-format-csv",
            ExportFormat::Markdown => "export-format-markdown",
            ExportFormat::Html => "export-format-html",
            ExportFormat::Xlsx => "export-format-xlsx",
        };
        crate::i18n::tr_in(lang, key)
    }

    /// Parses a command-line or file-extension name, ignoring case: `csv`, `markdown`/`md`,
    /// `html`/`htm`, `xlsx`/`excel`.
    pub fn from_name(name: &str) -> Option<Self> {
        match name.trim().to_ascii_lowercase().as_str() {
            "csv" => Some(ExportFormat::Csv),
            "markdown" | "md" => Some(ExportFormat::Markdown),
            "html" | "htm" => Some(ExportFormat::Html),
            "xlsx" | "excel" => Some(ExportFormat::Xlsx),
            _ => None,
        }
    }
}

/// The whole export as bytes, ready for the caller to write; an error says in plain words why
/// it could not be made (only the workbook can fail: Excel limits a cell's length).
pub fn export(
    project: &Project,
    format: ExportFormat,
    as_of: Option<Date>,
) -> Result<Vec<u8>, String> {
    Ok(match format {
        ExportFormat::Csv => to_csv(project, as_of).into_bytes(),
        ExportFormat::Markdown => to_markdown(project, as_of).into_bytes(),
        ExportFormat::Html => to_html(project, as_of).into_bytes(),
        // The whole tracker: a workbook imports back, so it holds every fact, not a view;
        // only the recommendation sheets, which are not read back, are as of the date.
        ExportFormat::Xlsx => xlsx::to_xlsx_with(project, as_of, None)?,
    })
}

/// The export with a period's changes: the main file's bytes, and for CSV the changes table
/// that goes in a file of its own beside it (see `period::changes_csv_path`).
pub fn export_with_period(
    project: &Project,
    format: ExportFormat,
    as_of: Option<Date>,
    period: Option<crate::model::period::Period>,
) -> Result<(Vec<u8>, Option<String>), String> {
    Ok(match (format, period) {
        (_, None) => (export(project, format, as_of)?, None),
        (ExportFormat::Xlsx, Some(p)) => (
            xlsx::to_xlsx_with(project, as_of, Some(&period::changes_csv(project, p)))?,
            None,
        ),
        (ExportFormat::Csv, Some(p)) => (
            to_csv(project, as_of).into_bytes(),
            Some(period::changes_csv(project, p)),
        ),
        (ExportFormat::Markdown, Some(p)) => (
            markdown::to_markdown_with(project, as_of, Some(p)).into_bytes(),
            None,
        ),
        (ExportFormat::Html, Some(p)) => (
            html::to_html_with(project, as_of, Some(p)).into_bytes(),
            None,
        ),
    })
}

/// The date an export's figures are for: the date asked for, else today (the statuses are
/// then computed from the whole history, so they are today's). The project's own "assessments
/// current to" date is a different fact, stated beside it (`assessments_line`).
pub fn figures_date(as_of: Option<Date>) -> Date {
    as_of.unwrap_or_else(Date::today)
}

/// "Assessments current to M.", when the project says how current its assessments are.
pub fn assessments_line(project: &Project) -> Option<String> {
    project
        .as_of
        .map(|d| crate::t!("report-assessments-current-to", date = d.to_string()))
}

/// One commitment as an export shows it on the as-of date.
pub(crate) struct Row<'a> {
    pub c: &'a Commitment,
    pub status: Status,
    /// Date of the last status change on or before the as-of date.
    pub status_date: Option<Date>,
    /// Evidence known on the as-of date (undated evidence always is: nothing says it came
    /// later), less refused addresses, which are shown but never counted.
    pub counted: usize,
    /// The newest dated evidence; among equals (or undated), the one added last.
    pub latest: Option<&'a Evidence>,
    /// The replacement mark, when it had happened by the as-of date.
    pub replaced: Option<&'a Replacement>,
}

pub(crate) fn row(c: &Commitment, as_of: Option<Date>) -> Row<'_> {
    let known = |d: Option<Date>| crate::model::as_of::known_on(d, as_of);
    let status_date = c
        .history
        .iter()
        .filter(|h| known(Some(h.date)))
        .map(|h| h.date)
        .max_by_key(|d| d.first_day());
    let evidence: Vec<&Evidence> = c.evidence.iter().filter(|e| known(e.date)).collect();
    let counted = evidence
        .iter()
        .filter(|e| crate::model::links::counts(e))
        .count();
    let latest = evidence
        .iter()
        .enumerate()
        .max_by_key(|(i, e)| (e.date.map(Date::first_day), *i))
        .map(|(_, e)| *e);
    Row {
        c,
        status: crate::model::summary::status_of(c, as_of),
        status_date,
        counted,
        latest,
        replaced: c.replaced_on(as_of),
    }
}

/// Who replaced whom, looked up once per export rather than once per row.
pub(crate) struct Backlinks<'a>(HashMap<&'a str, Vec<Replaced<'a>>>);

impl<'a> Backlinks<'a> {
    pub fn of(project: &'a Project) -> Self {
        Self(replaced_by_all(project))
    }

    /// The commitments `c` had replaced by the as-of date, wholly or in part.
    pub fn of_commitment(&self, c: &Commitment, as_of: Option<Date>) -> Vec<Replaced<'a>> {
        self.0
            .get(c.id.as_str())
            .into_iter()
            .flatten()
            .filter(|b| b.commitment.replaced_on(as_of).is_some())
            .copied()
            .collect()
    }
}

/// What a status cell adds under the status: "Replaced on 1 Jul 2026 by K1", "Replaces P6,
/// P7", as of the date. Words go through `text` and ids through `id`, so that each format
/// can escape the one and link the other.
pub(crate) fn replacement_lines(
    back: &Backlinks<'_>,
    r: &Row<'_>,
    as_of: Option<Date>,
    text: impl Fn(&str) -> String,
    id: impl Fn(&str) -> String,
) -> Vec<String> {
    let mut lines: Vec<String> = r
        .replaced
        .map(|m| replaced_line_with(m, &text, &id))
        .into_iter()
        .collect();
    let replaced = back.of_commitment(r.c, as_of);
    if !replaced.is_empty() {
        // The line's own words are plain letters: only the ids need `id`'s escaping.
        lines.push(replaces_line_with(&replaced, &id));
    }
    lines
}

/// The headline's sentences about replaced commitments; none while nothing is replaced.
/// The commitments replaced by the date, with their marks, in file order.
pub(crate) fn replaced_by(
    project: &Project,
    as_of: Option<Date>,
) -> Vec<(&Commitment, &Replacement)> {
    project
        .commitments
        .iter()
        .filter_map(|c| Some((c, c.replaced_on(as_of)?)))
        .collect()
}

/// "Evidence: …" for the links a replacement rests on, each written by `cell` in the export's
/// own markup; `None` when it cites none.
pub(crate) fn cited_evidence(
    c: &Commitment,
    r: &Replacement,
    cell: impl Fn(&Evidence) -> String,
) -> Option<String> {
    let cited: Vec<String> = r
        .evidence
        .iter()
        .filter_map(|id| c.evidence_by_id(*id))
        .map(|e| match e.date {
            Some(d) => format!("{} ({d})", cell(e)),
            None => cell(e),
        })
        .collect();
    (!cited.is_empty()).then(|| crate::t!("report-evidence-cited", list = cited.join("; ")))
}

pub(crate) fn replaced_figures(s: &Summary) -> Vec<String> {
    [s.fulfilled_replaced_line(), s.in_force_line()]
        .into_iter()
        .flatten()
        .map(|line| full_stop(&line))
        .collect()
}

/// `text` ending a sentence: a full stop is added only where it has none ("appointee." stays
/// one period, not two).
pub(crate) fn full_stop(text: &str) -> String {
    let trimmed = text.trim_end();
    if trimmed.ends_with(['.', '!', '?', '…']) {
        trimmed.to_owned()
    } else {
        format!("{trimmed}.")
    }
}

/// "Fulfilled: 2 of 5 assessed (40%); partially fulfilled: 1 of 5 assessed (20%)", or why
/// there are no shares yet.
pub(crate) fn shares_line(s: &Summary) -> String {
    let part = |status: Status| {
        s.share(status).map(|share| {
            crate::t!(
                "report-share",
                status = status.label().to_owned(),
                count = s.count(status),
                assessed = s.assessed(),
                percent = percent(share)
            )
        })
    };
    match (part(Status::Fulfilled), part(Status::PartiallyFulfilled)) {
        (Some(f), Some(p)) => format!("{f}; {}", lowercase_first(&p)),
        _ => crate::t!("report-no-shares"),
    }
}

/// Why "Not assessed" is missing from the shares: readers otherwise take the backlog for
/// inaction.
pub(crate) fn not_assessed_note(s: &Summary) -> String {
    crate::t!(
        "report-not-assessed-note",
        count = s.count(Status::NotAssessed)
    )
}

pub use crate::model::summary::percent;

/// "Fulfilled" as it reads inside a sentence: "fulfilled".
pub fn lowercase_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}
