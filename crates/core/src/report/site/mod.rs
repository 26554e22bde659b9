//! The tracker as a static website: one folder per language, a page per item, a page per
//! year, filter pages, an Atom feed and a search index, made in memory so that writing the
//! files is the caller's job (and tests read the tree without touching a disk).
//!
//! The output depends only on the project and the dates given: no build time, no machine
//! name, everything in file or sorted order, so a site kept in git shows real changes only.
//! Internal items, evidence and notes are taken out before anything is made (`public`).

mod feed;
mod home;
mod index;
mod item;
mod page;
mod public;
mod style;
mod year;

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use crate::i18n::{self, Lang};
use crate::model::{Date, Project};

pub use public::{LeftOut, Omitted};

/// What the publish step reports as it goes and how it is told to stop.
pub struct Hooks<'a> {
    /// (pages made, pages in all).
    pub progress: &'a dyn Fn(usize, usize),
    pub cancelled: &'a dyn Fn() -> bool,
}

impl Hooks<'static> {
    /// No progress shown, never cancelled: the command line and tests.
    pub fn none() -> Self {
        Hooks {
            progress: &|_, _| {},
            cancelled: &|| false,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SiteError {
    Cancelled,
    /// The project could not be written as text to be hashed (a value RON cannot hold).
    Unwritable(String),
}

impl std::fmt::Display for SiteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SiteError::Cancelled => f.write_str(&crate::t!("site-cancelled")),
            SiteError::Unwritable(e) => f.write_str(e),
        }
    }
}

impl std::error::Error for SiteError {}

/// The website: its files (paths relative to its folder, sorted) and what was left out.
#[derive(Clone, Debug, PartialEq)]
pub struct Site {
    pub files: Vec<(PathBuf, Vec<u8>)>,
    pub left_out: Vec<LeftOut>,
}

impl Site {
    /// What was left out, as the command line prints it and the window says it: each internal
    /// item and link on its own line, and the notes, which are internal unless marked public
    /// and so left out of almost every item, in one line.
    pub fn left_out_lines(&self) -> Vec<String> {
        let notes: Vec<usize> = (self.left_out.iter())
            .filter_map(|l| match l.what {
                Omitted::Notes(n) => Some(n),
                _ => None,
            })
            .collect();
        let others: Vec<_> = (self.left_out.iter())
            .filter(|l| !matches!(l.what, Omitted::Notes(_)))
            .collect();
        let mut lines = Vec::new();
        if self.left_out.is_empty() {
            lines.push(crate::t!("cli-site-nothing-left-out"));
        }
        if !others.is_empty() {
            lines.push(crate::t!("cli-site-left-out", count = others.len()));
            lines.extend(others.iter().map(|l| format!("  {}", l.line())));
        }
        if !notes.is_empty() {
            lines.push(crate::t!(
                "cli-site-notes-left-out",
                count = notes.iter().sum::<usize>(),
                items = notes.len()
            ));
        }
        lines
    }

    /// "Website written to DIR: N files, K KB.", the first line of what publishing says.
    pub fn written_line(&self, dir: &std::path::Path) -> String {
        let bytes: usize = self.files.iter().map(|(_, b)| b.len()).sum();
        crate::t!(
            "cli-site-written",
            path = dir.display().to_string(),
            count = self.files.len(),
            size = crate::i18n::number(i64::try_from(bytes / 1024).unwrap_or(i64::MAX))
        )
    }
}

/// The file a previous run leaves at the top of the folder, so a later run knows the folder is
/// a site it may replace and not someone's documents.
pub const MARKER: &str = ".reform-tracker-site";

/// Makes the website of `project` as it stood on `as_of` (else as it stands: statuses as the
/// file has them, dated by `stated_date`).
pub fn site(
    project: &Project,
    as_of: Option<Date>,
    today: Date,
    hooks: &Hooks<'_>,
) -> Result<Site, SiteError> {
    let hash = project_hash(project)?;
    let (public, left_out) = public::copy(project);
    let pages = Pages::of(&public);
    let family = Family::of(&public);
    let stated = stated_date(project, as_of, today);
    let years = year::years(&public, stated);
    // Per language: home, filter pages, items, years, feed, index.
    let per_lang = 1 + home::filter_pages(&public) + pages.slugs.len() + years.len() + 2;
    let total = Lang::ALL.len() * per_lang + 3;
    let mut files: BTreeMap<PathBuf, Vec<u8>> = BTreeMap::new();
    let lang_before = i18n::language();
    let mut made = 0;
    let mut step = |files: &mut BTreeMap<PathBuf, Vec<u8>>, path: String, bytes: Vec<u8>| {
        files.insert(PathBuf::from(path), bytes);
        made += 1;
        (hooks.progress)(made, total);
        if (hooks.cancelled)() {
            Err(SiteError::Cancelled)
        } else {
            Ok(())
        }
    };
    let result = (|| {
        for lang in Lang::ALL {
            // The shared sentence builders read the thread's language.
            i18n::set_language(lang);
            let ctx = Ctx {
                project: &public,
                lang,
                asked: as_of,
                stated,
                today,
                pages: &pages,
                family: &family,
                years: &years,
                hash: &hash,
            };
            let code = lang.code();
            for (path, text) in home::pages(&ctx) {
                step(&mut files, format!("{code}/{path}"), text.into_bytes())?;
            }
            for (i, c) in public.commitments.iter().enumerate() {
                if let Some(slug) = pages.owned(i, &c.id) {
                    let text = item::page(&ctx, c);
                    step(
                        &mut files,
                        format!("{code}/items/{slug}.html"),
                        text.into_bytes(),
                    )?;
                }
            }
            for y in &years {
                let text = year::page(&ctx, *y);
                step(
                    &mut files,
                    format!("{code}/years/{y}.html"),
                    text.into_bytes(),
                )?;
            }
            step(
                &mut files,
                format!("{code}/feed.xml"),
                feed::feed(&ctx).into_bytes(),
            )?;
            let json = index::json(&ctx);
            step(&mut files, format!("{code}/index.json"), json.into_bytes())?;
        }
        i18n::set_language(Lang::En);
        step(
            &mut files,
            "index.html".into(),
            page::root(&public, &hash).into_bytes(),
        )?;
        step(&mut files, "style.css".into(), style::css().into_bytes())?;
        step(
            &mut files,
            "search.js".into(),
            index::SCRIPT.as_bytes().to_vec(),
        )?;
        Ok(())
    })();
    i18n::set_language(lang_before);
    result?;
    files.insert(PathBuf::from(MARKER), marker_text().into_bytes());
    Ok(Site {
        files: files.into_iter().collect(),
        left_out,
    })
}

/// The date the site's figures are stated for: the date asked for; else the last day the
/// project says its assessments are current to, so that publishing the same file tomorrow
/// gives the same pages; else, for a project that says nothing, today.
pub fn stated_date(project: &Project, as_of: Option<Date>, today: Date) -> Date {
    as_of.or(project.as_of.map(Date::last_day)).unwrap_or(today)
}

/// The marker's text: what made the folder, in no language, for a person who opens it.
fn marker_text() -> String {
    format!("reform-tracker site {}\n", env!("CARGO_PKG_VERSION"))
}

/// What every page needs: the published project, the language and the dates.
pub(crate) struct Ctx<'a> {
    pub project: &'a Project,
    pub lang: Lang,
    /// The date asked for, if any: statuses are then taken from the history.
    pub asked: Option<Date>,
    /// The date the figures are for (`stated_date`).
    pub stated: Date,
    pub today: Date,
    pub pages: &'a Pages,
    pub family: &'a Family<'a>,
    pub years: &'a [i32],
    pub hash: &'a str,
}

/// Who serves and who replaced whom, looked up once rather than once per page: a tracker of
/// ten thousand items would otherwise be read a hundred million times.
pub(crate) struct Family<'a> {
    children: HashMap<&'a str, Vec<&'a crate::model::Commitment>>,
    replaced: HashMap<&'a str, Vec<crate::model::replacement::Replaced<'a>>>,
}

impl<'a> Family<'a> {
    fn of(project: &'a Project) -> Self {
        let mut children: HashMap<&str, Vec<_>> = HashMap::new();
        for c in &project.commitments {
            if let Some(parent) = &c.parent {
                children.entry(parent.as_str()).or_default().push(c);
            }
        }
        Self {
            children,
            replaced: crate::model::replacement::replaced_by_all(project),
        }
    }

    /// The items that serve `id`, in file order.
    pub fn children(&self, id: &str) -> &[&'a crate::model::Commitment] {
        self.children.get(id).map_or(&[], Vec::as_slice)
    }

    /// The items `id` replaced, in file order, whatever the date.
    pub fn replaced(&self, id: &str) -> &[crate::model::replacement::Replaced<'a>] {
        self.replaced.get(id).map_or(&[], Vec::as_slice)
    }
}

/// Each item's file name, from its id. Ids are unique in a valid project; should two items
/// share one, the first has the page and links go there.
pub(crate) struct Pages {
    slugs: BTreeMap<String, (usize, String)>,
}

impl Pages {
    fn of(project: &Project) -> Self {
        let mut slugs = BTreeMap::new();
        for (i, c) in project.commitments.iter().enumerate() {
            slugs
                .entry(c.id.clone())
                .or_insert_with(|| (i, slug(&c.id)));
        }
        Self { slugs }
    }

    /// The file name (without `.html`) of the item with this id, when it has a page.
    pub fn slug(&self, id: &str) -> Option<&str> {
        self.slugs.get(id).map(|(_, s)| s.as_str())
    }

    /// The slug, when the item at `index` is the one that has the page for its id.
    fn owned(&self, index: usize, id: &str) -> Option<&str> {
        let (first, s) = self.slugs.get(id)?;
        (*first == index).then_some(s.as_str())
    }
}

/// A file name any file system takes, one to one with the id: letters, digits and `-` stay,
/// any other byte becomes `_` and its hex code. A very long id is cut and keeps its hash, so
/// the name stays under every system's limit.
pub(crate) fn slug(id: &str) -> String {
    let mut out = String::new();
    for b in id.bytes() {
        if b.is_ascii_alphanumeric() || b == b'-' {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("_{b:02x}"));
        }
    }
    if out.is_empty() {
        out.push('_');
    }
    if out.len() > 120 {
        out.truncate(80);
        out.push_str(&format!("-{:016x}", fnv1a(id.as_bytes())));
    }
    out
}

/// FNV-1a, 64 bits: enough to tell two versions of a file apart in a footer; not a defence
/// against anyone forging a file.
pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The hash of the project's canonical text: the same file gives the same hash on every machine.
fn project_hash(project: &Project) -> Result<String, SiteError> {
    let text =
        crate::storage::to_ron_string(project).map_err(|e| SiteError::Unwritable(e.to_string()))?;
    Ok(format!("{:016x}", fnv1a(text.as_bytes())))
}

#[cfg(test)]
mod tests;
