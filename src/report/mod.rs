//! Exports (CSV, Markdown, HTML) and the citation line. Every function returns a `String`:
//! writing files is the caller's job, so this module stays pure and easy to test.

pub mod citation;
pub mod csv;
pub mod html;
pub mod markdown;
pub mod palette;

use crate::model::summary::Summary;
use crate::model::{Commitment, Date, Evidence, Project, Status};

pub use citation::citation;
pub use csv::to_csv;
pub use html::to_html;
pub use markdown::to_markdown;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExportFormat {
    Csv,
    Markdown,
    Html,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 3] = [
        ExportFormat::Csv,
        ExportFormat::Markdown,
        ExportFormat::Html,
    ];

    /// File extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::Markdown => "md",
            ExportFormat::Html => "html",
        }
    }

    /// Name shown in menus and file dialogs.
    pub fn label(self) -> &'static str {
        match self {
            ExportFormat::Csv => "CSV (spreadsheet)",
            ExportFormat::Markdown => "Markdown",
            ExportFormat::Html => "HTML page",
        }
    }

    /// Parses a command-line or file-extension name, ignoring case: `csv`, `markdown`/`md`,
    /// `html`/`htm`.
    pub fn from_name(name: &str) -> Option<Self> {
        match name.trim().to_ascii_lowercase().as_str() {
            "csv" => Some(ExportFormat::Csv),
            "markdown" | "md" => Some(ExportFormat::Markdown),
            "html" | "htm" => Some(ExportFormat::Html),
            _ => None,
        }
    }
}

/// The whole export as text, ready for the caller to write.
pub fn export(project: &Project, format: ExportFormat, as_of: Option<Date>) -> String {
    match format {
        ExportFormat::Csv => to_csv(project, as_of),
        ExportFormat::Markdown => to_markdown(project, as_of),
        ExportFormat::Html => to_html(project, as_of),
    }
}

/// The date an export states its statuses are current to: the date asked for, else the
/// project's own as-of date, else today.
pub fn effective_as_of(project: &Project, as_of: Option<Date>) -> Date {
    as_of.or(project.as_of).unwrap_or_else(Date::today)
}

/// One commitment as an export shows it on the as-of date.
pub(crate) struct Row<'a> {
    pub c: &'a Commitment,
    pub status: Status,
    /// Date of the last status change on or before the as-of date.
    pub status_date: Option<Date>,
    /// Evidence known on the as-of date. Undated evidence is always counted: nothing
    /// says it came later.
    pub evidence: Vec<&'a Evidence>,
    /// The newest dated evidence; among equals (or undated), the one added last.
    pub latest: Option<&'a Evidence>,
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
    let latest = evidence
        .iter()
        .enumerate()
        .max_by_key(|(i, e)| (e.date.map(Date::first_day), *i))
        .map(|(_, e)| *e);
    Row {
        c,
        status: crate::model::summary::status_of(c, as_of),
        status_date,
        evidence,
        latest,
    }
}

/// "Fulfilled: 2 of 5 assessed (40%); partially fulfilled: 1 of 5 assessed (20%)", or why
/// there are no shares yet.
pub(crate) fn shares_line(s: &Summary) -> String {
    let part = |status: Status| {
        s.share(status).map(|share| {
            format!(
                "{}: {} of {} assessed ({:.0}%)",
                status.label(),
                s.count(status),
                s.assessed(),
                share * 100.0
            )
        })
    };
    match (part(Status::Fulfilled), part(Status::PartiallyFulfilled)) {
        (Some(f), Some(p)) => format!("{f}; {}", lowercase_first(&p)),
        _ => "No commitment has been assessed yet, so there are no shares.".to_owned(),
    }
}

/// Why "Not assessed" is missing from the shares: readers otherwise take the backlog for
/// inaction.
pub(crate) fn not_assessed_note(s: &Summary) -> String {
    let n = s.count(Status::NotAssessed);
    let verb = if n == 1 { "is" } else { "are" };
    format!(
        "Shares count assessed commitments only: the {n} not assessed yet {verb} left out \
         (not assessed is not the same as no action)."
    )
}

fn lowercase_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}
