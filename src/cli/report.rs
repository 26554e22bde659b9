//! The command line's side of periods and links: `export --from --to`, `screenshot --from
//! --to`, and `links FILE`, which lists every evidence link for a periodic check.

use std::path::Path;

use crate::model::period::Period;
use crate::model::{Date, Project};

/// The period given by `--from` and `--to`: both or neither.
pub fn period_arg(from: Option<Date>, to: Option<Date>) -> Result<Option<Period>, String> {
    match (from, to) {
        (None, None) => Ok(None),
        (Some(from), Some(to)) => Period::new(from, to).map(Some).map_err(|e| e.to_string()),
        _ => Err(crate::t!("period-incomplete")),
    }
}

/// The columns `links` prints, tab-separated. Stable names, in every language: scripts read
/// them.
pub const LINKS_HEADER: [&str; 6] = [
    "commitment",
    "evidence",
    "date",
    "archived",
    "url",
    "archived_url",
];

/// One line per evidence link with an address, in file order, after a header line; and the
/// counts for the closing line (links, with an archived copy).
pub fn links_lines(project: &Project) -> (Vec<String>, usize, usize) {
    let mut lines = vec![LINKS_HEADER.join("\t")];
    let (mut links, mut archived) = (0, 0);
    for c in &project.commitments {
        for e in c.evidence.iter().filter(|e| !e.url.trim().is_empty()) {
            let copy = crate::model::archive::archived_copy(e);
            links += 1;
            archived += usize::from(copy.is_some());
            let cells = [
                c.id.clone(),
                e.id.to_string(),
                e.date.map(|d| d.to_string()).unwrap_or_default(),
                if copy.is_some() { "yes" } else { "no" }.to_owned(),
                e.url.trim().to_owned(),
                copy.unwrap_or_default(),
            ];
            // A tab or line break inside a cell would shift the columns.
            let cells: Vec<String> = cells
                .iter()
                .map(|s| s.replace(['\t', '\r', '\n'], " "))
                .collect();
            lines.push(cells.join("\t"));
        }
    }
    (lines, links, archived)
}

/// `reform-tracker links FILE`: the lines, then the counts on standard error.
pub fn run_links(file: &Path) -> Result<(), String> {
    let loaded = crate::storage::load_file(file).map_err(|e| e.to_string())?;
    let (lines, links, archived) = links_lines(&loaded.project);
    for line in lines {
        println!("{line}");
    }
    eprintln!(
        "{}",
        crate::t!("period-links-summary", count = links, archived = archived)
    );
    Ok(())
}
