//! One row of a sheet read into commitment fields by the mapping, or refused with a reason.

use chrono::Datelike as _;

use super::mapping::Target;
use super::refusal::RefusalReason;
use super::status_map::{StatusWords, WordChoice};
use super::status_words::parse_status;
use super::table::{Cell, Row};
use super::uhri as rec;
use crate::model::{Date, Kind, Mechanism, Position, Status, Vocabulary};

/// The fields a row gives; `None` where the column is not mapped or the cell is blank, so a
/// merge leaves that field as it was.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Fields {
    pub id: Option<String>,
    pub kind: Option<Kind>,
    pub actor: Option<String>,
    pub parent: Option<String>,
    pub title: Option<String>,
    pub quote: Option<String>,
    pub source: Option<String>,
    pub date_committed: Option<Date>,
    pub category: Option<String>,
    pub responsible: Option<String>,
    pub deadline: Option<Date>,
    pub status: Option<Status>,
    pub status_date: Option<Date>,
    pub importance: Option<u8>,
    pub concern: Option<bool>,
    pub tags: Option<Vec<String>>,
    pub evidence_urls: Vec<String>,
    pub note: Option<String>,
    pub replaced_on: Option<Date>,
    pub replaced_by: Option<Vec<String>>,
    pub replaced_partly: Option<bool>,
    pub replaced_note: Option<String>,
    pub replaced_evidence: Option<Vec<u32>>,
    pub next_evidence_id: Option<u32>,
    /// The title a recommendation's text gives when the sheet has no title column: used for
    /// a new item only, so a title the analyst wrote is kept on re-import.
    pub default_title: Option<String>,
    pub paragraph: Option<String>,
    /// Language of the recommendation's text ("ru", "en").
    pub language: Option<String>,
    pub mechanism: Option<Mechanism>,
    pub cycle: Option<String>,
    pub recommending: Option<Vec<String>>,
    pub position: Option<Position>,
    /// Term labels by vocabulary, as the cells give them (English).
    pub terms: Vec<(Vocabulary, Vec<String>)>,
}

impl Fields {
    /// Whether the row gives anything only a recommendation has.
    pub fn has_recommendation_details(&self) -> bool {
        self.paragraph.is_some()
            || self.mechanism.is_some()
            || self.cycle.is_some()
            || self.recommending.is_some()
            || self.position.is_some()
            || self.language.is_some()
            || !self.terms.is_empty()
    }
}

/// Whether every cell the mapping reads is blank: such rows are skipped, not refused.
pub fn is_blank(row: &Row, targets: &[Target]) -> bool {
    targets
        .iter()
        .enumerate()
        .filter(|(_, t)| **t != Target::Ignore)
        .all(|(i, _)| row.cell(i).is_blank())
}

/// The row's fields; `words` holds the user's choices for status words, which win over the
/// words the app knows.
pub fn read(
    row: &Row,
    targets: &[Target],
    header: &[String],
    words: &StatusWords,
) -> Result<Fields, RefusalReason> {
    let mut f = Fields::default();
    for (column, target) in targets.iter().enumerate() {
        if *target == Target::Ignore {
            continue;
        }
        let name = || header.get(column).cloned().unwrap_or_default();
        let cell = row.cell(column);
        match cell {
            Cell::Formula(_) => return Err(RefusalReason::Formula { column: name() }),
            Cell::TooLarge(chars) => {
                return Err(RefusalReason::CellTooLarge {
                    column: name(),
                    chars: *chars,
                });
            }
            Cell::Error(e) => {
                return Err(RefusalReason::BadValue {
                    column: name(),
                    text: e.clone(),
                });
            }
            _ if cell.is_blank() => continue,
            _ => {}
        }
        let text = cell.text();
        // Free text is kept exactly as written, so our own exports read back unchanged.
        let raw = || unguard(&cell.raw());
        let bad = || RefusalReason::BadValue {
            column: name(),
            text: text.clone(),
        };
        let date = || {
            date_of(cell).ok_or_else(|| RefusalReason::BadDate {
                column: name(),
                text: text.clone(),
            })
        };
        // The first column mapped to a field wins; later ones are ignored.
        match target {
            Target::Ignore => {}
            Target::Id => set(&mut f.id, text.clone()),
            Target::Kind => set(&mut f.kind, kind_of(&text).ok_or_else(bad)?),
            Target::Actor => set(&mut f.actor, raw()),
            Target::Parent => set(&mut f.parent, text.clone()),
            Target::Title => set(&mut f.title, raw()),
            Target::Quote => set(&mut f.quote, raw()),
            Target::Source => set(&mut f.source, text.clone()),
            Target::DateCommitted => set(&mut f.date_committed, date()?),
            Target::Category => set(&mut f.category, raw()),
            Target::Responsible => set(&mut f.responsible, raw()),
            Target::Deadline => set(&mut f.deadline, date()?),
            Target::Status if f.status.is_none() => {
                let s = match words.choice(&text) {
                    Some(WordChoice::Status(s)) => s,
                    Some(WordChoice::LeaveOut) => {
                        return Err(RefusalReason::StatusLeftOut { word: text.clone() });
                    }
                    None => parse_status(&text)
                        .ok_or_else(|| RefusalReason::UnknownStatus { word: text.clone() })?,
                };
                set(&mut f.status, s);
            }
            Target::Status => {}
            Target::StatusDate => set(&mut f.status_date, date()?),
            Target::Importance => {
                let n = text.parse::<u8>().ok().filter(|n| (1..=3).contains(n));
                set(&mut f.importance, n.ok_or_else(bad)?);
            }
            Target::Concern => set(&mut f.concern, yes_no(&text).ok_or_else(bad)?),
            Target::Tags => set(&mut f.tags, list(&text, &[','])),
            Target::EvidenceUrl if f.evidence_urls.is_empty() => {
                f.evidence_urls = text
                    .split(|c: char| c.is_whitespace() || c == ';')
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .collect();
            }
            Target::EvidenceUrl => {}
            Target::Note => set(&mut f.note, raw()),
            Target::ReplacedOn => set(&mut f.replaced_on, date()?),
            Target::ReplacedBy => set(&mut f.replaced_by, list(&text, &[';', ','])),
            Target::ReplacedPartly => set(&mut f.replaced_partly, yes_no(&text).ok_or_else(bad)?),
            Target::ReplacedNote => set(&mut f.replaced_note, raw()),
            Target::ReplacedEvidence => {
                let ids: Option<Vec<u32>> = list(&text, &[';', ','])
                    .iter()
                    .map(|s| s.parse().ok())
                    .collect();
                set(&mut f.replaced_evidence, ids.ok_or_else(bad)?);
            }
            Target::NextEvidenceId => {
                set(&mut f.next_evidence_id, text.parse().map_err(|_| bad())?);
            }
            Target::UhriId => {
                let given = rec::bullet(&text);
                let id = if given.starts_with("UHRI-") {
                    given.to_owned()
                } else {
                    format!("UHRI-{given}")
                };
                set(&mut f.id, id);
            }
            Target::RecommendationText => {
                let (paragraph, body) = rec::split_paragraph(&raw());
                if let Some(p) = paragraph {
                    set(&mut f.paragraph, p);
                }
                set(&mut f.language, rec::language_of(&body).to_owned());
                set(&mut f.default_title, rec::title_of(&body));
                set(&mut f.quote, body);
            }
            Target::Mechanism => set(&mut f.mechanism, rec::mechanism_of(&text)),
            Target::Cycle => set(&mut f.cycle, rec::bullet(&text).to_owned()),
            Target::Recommending => set(&mut f.recommending, rec::items(&text, &[',', ';'])),
            Target::Position => {
                let p = rec::position_of(&text).ok_or_else(|| RefusalReason::UnknownPosition {
                    column: name(),
                    text: text.clone(),
                })?;
                set(&mut f.position, p);
            }
            Target::Themes | Target::AffectedGroups | Target::Sdgs => {
                let vocabulary = match target {
                    Target::Themes => Vocabulary::Theme,
                    Target::AffectedGroups => Vocabulary::AffectedGroup,
                    _ => Vocabulary::SdgTarget,
                };
                // Theme names hold commas ("Rights related to name, identity, nationality"):
                // only lines and semicolons part them.
                let labels = rec::items(&text, &[';']);
                if !f.terms.iter().any(|(v, _)| *v == vocabulary) {
                    f.terms.push((vocabulary, labels));
                }
            }
        }
    }
    // A row with a recommendation's details is a recommendation unless the sheet says.
    if f.kind.is_none() && f.has_recommendation_details() {
        f.kind = Some(Kind::Recommendation);
    }
    Ok(f)
}

fn set<T>(slot: &mut Option<T>, value: T) {
    if slot.is_none() {
        *slot = Some(value);
    }
}

/// Our CSV export puts an apostrophe before text a spreadsheet would run as a formula.
pub fn unguard(text: &str) -> String {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest.to_owned(),
        _ => text.to_owned(),
    }
}

pub fn list(text: &str, separators: &[char]) -> Vec<String> {
    text.split(separators)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Excel's day numbers for 1954-10-03 and 2099-12-31.
const SERIAL_FROM: f64 = 20_000.0;
const SERIAL_TO: f64 = 73_050.0;

/// A date cell, or text as our files write dates (`2022-03-16`, `2022-03`, `2022`), or the
/// day-first form Russian and Kazakh spreadsheets use (`16.03.2022`).
pub fn date_of(cell: &Cell) -> Option<Date> {
    match cell {
        Cell::Date(d) => Some(*d),
        Cell::Number(n) if n.fract() == 0.0 && (1000.0..=9999.0).contains(n) => {
            format!("{}", *n as i64).parse().ok()
        }
        // A spreadsheet date whose cell lost its date format (UHRI's publication dates come
        // so): days since 1899-12-30, taken only between 1954 and 2099, where no year or
        // count is likely.
        Cell::Number(n) if n.fract() == 0.0 && (SERIAL_FROM..=SERIAL_TO).contains(n) => {
            let day = chrono::NaiveDate::from_ymd_opt(1899, 12, 30)?
                .checked_add_days(chrono::Days::new(*n as u64))?;
            Date::ymd(day.year(), day.month(), day.day())
        }
        Cell::Text(t) => {
            let t = t.trim();
            if let Ok(d) = t.parse::<Date>() {
                return Some(d);
            }
            let parts: Vec<&str> = t.split(['.', '/']).collect();
            match parts.as_slice() {
                [d, m, y] if y.len() == 4 => {
                    Date::ymd(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
                }
                [m, y] if y.len() == 4 => Date::year_month(y.parse().ok()?, m.parse().ok()?),
                _ => None,
            }
        }
        _ => None,
    }
}

fn kind_of(text: &str) -> Option<Kind> {
    let folded = text.trim().to_lowercase().replace(['_', '-'], " ");
    Kind::ALL.into_iter().find(|k| {
        let key = match k {
            Kind::Reform => "kind-reform",
            Kind::PartnershipOffer => "kind-partnership-offer",
            Kind::Recommendation => "kind-recommendation",
        };
        let id = format!("{k:?}").to_lowercase();
        folded.replace(' ', "") == id
            || folded == k.english_name().to_lowercase()
            || crate::i18n::Lang::ALL
                .iter()
                .any(|l| crate::i18n::tr_in(*l, key).to_lowercase() == folded)
    })
}

pub(super) fn yes_no(text: &str) -> Option<bool> {
    match text.trim().to_lowercase().as_str() {
        "true" | "yes" | "y" | "x" | "1" | "да" | "иә" | "✓" => Some(true),
        "false" | "no" | "n" | "0" | "нет" | "жоқ" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_our_form_day_first_and_as_years() {
        let t = |s: &str| date_of(&Cell::Text(s.into())).map(|d| d.to_string());
        assert_eq!(t("2022-03-16").as_deref(), Some("2022-03-16"));
        assert_eq!(t("16.03.2022").as_deref(), Some("2022-03-16"));
        assert_eq!(t("03.2022").as_deref(), Some("2022-03"));
        assert_eq!(t("31.02.2022"), None);
        assert_eq!(t("soon"), None);
        assert_eq!(
            date_of(&Cell::Number(2024.0))
                .map(|d| d.to_string())
                .as_deref(),
            Some("2024")
        );
        // 45366 is 2024-03-15 in Excel's numbering; a small count stays no date.
        let serial = |n: f64| date_of(&Cell::Number(n)).map(|d| d.to_string());
        assert_eq!(serial(45366.0).as_deref(), Some("2024-03-15"));
        assert_eq!(serial(120.0), None);
    }

    #[test]
    fn the_csv_formula_guard_is_taken_off() {
        assert_eq!(unguard("'=1+1"), "=1+1");
        assert_eq!(unguard("'quoted'"), "'quoted'");
    }
}
