//! The project document: what a `.ron` file holds.

use serde::{Deserialize, Serialize};

use super::recommendation::{RecLink, Recommendation, Term};
use super::{Date, Status};

/// The format version this build writes. Older versions are migrated on load.
pub const FORMAT_VERSION: u32 = 4;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Project {
    /// First field of every file, so readers can tell versions apart before anything else.
    pub format_version: u32,
    pub title: String,
    pub description: String,
    /// The date the assessments in this file are current to.
    pub as_of: Option<Date>,
    pub sources: Vec<SourceDoc>,
    pub commitments: Vec<Commitment>,
    /// The controlled vocabularies' terms (themes, affected groups, SDG targets, lead
    /// institutions) items are tagged with. Added in format 4; absent when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub terms: Vec<Term>,
    /// What a merge of two versions could not decide, kept until a person decides it. Absent
    /// from files without any, so those stay as they were.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<super::merge::Conflict>,
}

impl Default for Project {
    fn default() -> Self {
        Self {
            format_version: FORMAT_VERSION,
            title: "Untitled tracker".to_owned(),
            description: String::new(),
            as_of: None,
            sources: Vec::new(),
            commitments: Vec::new(),
            terms: Vec::new(),
            conflicts: Vec::new(),
        }
    }
}

/// A document a commitment was made in: a speech, a statement, a decree.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SourceDoc {
    /// Short stable key commitments refer to, e.g. `"address-2022-03-16"`.
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub date: Option<Date>,
    /// Empty when no complete address is known: never guess one.
    pub url: String,
    pub note: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Kind {
    Reform,
    PartnershipOffer,
    /// What an international body asked of the country (format 4).
    Recommendation,
}

impl Kind {
    /// The English name, as files and sheets hold it in every interface language.
    pub fn english_name(self) -> &'static str {
        match self {
            Kind::Reform => "Reform",
            Kind::PartnershipOffer => "Partnership offer",
            Kind::Recommendation => "Recommendation",
        }
    }
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Reform, Kind::PartnershipOffer, Kind::Recommendation];

    pub fn label(self) -> &'static str {
        match self {
            Kind::Reform => super::words::label("kind-reform"),
            Kind::PartnershipOffer => super::words::label("kind-partnership-offer"),
            Kind::Recommendation => super::words::label("kind-recommendation"),
        }
    }

    pub fn plural(self) -> &'static str {
        match self {
            Kind::Reform => super::words::label("kind-reforms"),
            Kind::PartnershipOffer => super::words::label("kind-partnership-offers"),
            Kind::Recommendation => super::words::label("kind-recommendations"),
        }
    }
}

/// How far a fact was checked, as the research notes mark it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Confidence {
    /// Seen in the source at the address given.
    Seen,
    /// Reported by a secondary source (news agency, mirror), not the official page.
    Secondary,
    /// Not checked against any source.
    Unverified,
}

impl Confidence {
    pub const ALL: [Confidence; 3] = [
        Confidence::Seen,
        Confidence::Secondary,
        Confidence::Unverified,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Confidence::Seen => super::words::label("confidence-seen"),
            Confidence::Secondary => super::words::label("confidence-secondary"),
            Confidence::Unverified => super::words::label("confidence-unverified"),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Commitment {
    /// Stable key, never changed once given (e.g. `"P12"`): exports and links rely on it.
    pub id: String,
    pub kind: Kind,
    /// Who committed, e.g. "President Tokayev", "U.S. Government".
    pub actor: String,
    /// Id of the broader commitment this one serves, if any.
    pub parent: Option<String>,
    pub title: String,
    /// The verbatim quote or a faithful summary.
    pub quote: String,
    /// Id of a `SourceDoc` in the project.
    pub source: String,
    pub date_committed: Option<Date>,
    pub category: String,
    pub responsible: String,
    pub deadline: Option<Date>,
    pub status: Status,
    /// Every status change, oldest first. Only ever appended to.
    pub history: Vec<StatusChange>,
    /// Set once a later reform replaced this commitment. The status and history stay what was
    /// achieved: the replacement is a separate dated fact.
    pub replaced: Option<Replacement>,
    pub evidence: Vec<Evidence>,
    /// The id the next evidence link gets. It only grows, so an id is never given twice, even
    /// after the link that had it was removed: old history can never cite a new link.
    pub next_evidence_id: u32,
    pub notes: Vec<Note>,
    pub tags: Vec<String>,
    /// 1 (minor) to 3 (major).
    pub importance: u8,
    /// Concern or backsliding flag.
    pub concern: bool,
    /// A recommendation's own details; `Some` for items of kind `Recommendation` (format 4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recommendation: Option<Recommendation>,
    /// Ids of vocabulary terms (format 4).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub terms: Vec<String>,
    /// The recommendations this commitment answers or goes against (format 4).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<RecLink>,
    /// Kept off the published website (format 4). Items are public unless marked.
    #[serde(default, skip_serializing_if = "is_false")]
    pub internal: bool,
}

/// Flags that are off by default stay out of the file, so files without them stay as they were.
fn is_false(b: &bool) -> bool {
    !*b
}

impl Commitment {
    pub fn new(id: impl Into<String>, kind: Kind, title: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            kind,
            actor: String::new(),
            parent: None,
            title: title.into(),
            quote: String::new(),
            source: String::new(),
            date_committed: None,
            category: String::new(),
            responsible: String::new(),
            deadline: None,
            status: Status::NotAssessed,
            history: Vec::new(),
            replaced: None,
            evidence: Vec::new(),
            next_evidence_id: 1,
            notes: Vec::new(),
            tags: Vec::new(),
            importance: 2,
            concern: false,
            recommendation: (kind == Kind::Recommendation).then(Recommendation::default),
            terms: Vec::new(),
            links: Vec::new(),
            internal: false,
        }
    }

    /// Changes the status and records why. The history only grows.
    pub fn change_status(&mut self, to: Status, date: Date, note: String, evidence: Vec<u32>) {
        self.history.push(StatusChange {
            date,
            from: self.status,
            to,
            note,
            evidence,
        });
        self.status = to;
    }

    /// Status as it stood on `date`, from the history. With no history, the current status.
    pub fn status_on(&self, date: Date) -> Status {
        let mut status = match self.history.first() {
            Some(first) => first.from,
            None => return self.status,
        };
        for change in &self.history {
            if change.date.on_or_before(date) {
                status = change.to;
            }
        }
        status
    }

    /// Date of the latest status change, if any.
    pub fn last_change(&self) -> Option<Date> {
        self.history.iter().map(|h| h.date).max()
    }

    /// Adds a link under a fresh id and returns the id. Ids are never reused: the counter
    /// outlives removed links, and a hand-edited counter below an id in use is stepped over.
    pub fn add_evidence(&mut self, mut evidence: Evidence) -> u32 {
        let in_use = self.evidence.iter().map(|e| e.id).max().unwrap_or(0);
        let id = self.next_evidence_id.max(in_use + 1);
        self.next_evidence_id = id + 1;
        evidence.id = id;
        self.evidence.push(evidence);
        id
    }

    /// Whether the commitment counts as replaced on `date` (`None`: now).
    pub fn replaced_on(&self, date: Option<Date>) -> Option<&Replacement> {
        let r = self.replaced.as_ref()?;
        match date {
            Some(d) if !r.date.on_or_before(d) => None,
            _ => Some(r),
        }
    }

    /// Whether the commitment still stands on `date` (`None`: now). A partly replaced one does:
    /// what was not replaced is still in force.
    pub fn in_force(&self, date: Option<Date>) -> bool {
        self.replaced_on(date).is_none_or(|r| r.partial)
    }

    pub fn evidence_by_id(&self, id: u32) -> Option<&Evidence> {
        self.evidence.iter().find(|e| e.id == id)
    }

    /// Whole days past the deadline on `on`, for a commitment standing at `status`. A
    /// deadline of "2024" or "2024-06" runs to the end of that year or month.
    pub fn days_overdue(&self, status: Status, on: Date) -> Option<i64> {
        let days = on.day_number() - self.deadline?.last_day().day_number();
        (days > 0 && status != Status::Fulfilled).then_some(days)
    }

    pub fn is_overdue(&self, today: Date) -> bool {
        self.days_overdue(self.status, today).is_some()
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StatusChange {
    pub date: Date,
    pub from: Status,
    pub to: Status,
    pub note: String,
    /// Ids of the evidence links this change rests on.
    pub evidence: Vec<u32>,
}

/// A later reform that took the place of a commitment, wholly or in part.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Replacement {
    pub date: Date,
    /// Ids of the commitments that replaced it, when they are tracked in the project.
    pub by: Vec<String>,
    /// Only part of the commitment was replaced; the rest stays in force.
    pub partial: bool,
    /// What replaced it and why, citing the evidence.
    pub note: String,
    /// Ids of this commitment's evidence links the replacement rests on.
    pub evidence: Vec<u32>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// Unique within its commitment; status changes refer to it.
    pub id: u32,
    /// Empty when the source has no complete address.
    pub url: String,
    pub title: String,
    pub publisher: String,
    pub date: Option<Date>,
    pub note: String,
    pub confidence: Confidence,
    /// Address of an archived copy of `url` (Wayback Machine, archive.today, perma.cc), for
    /// when the page moves or dies. Added in format 3; left out of the file when there is none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archived: Option<String>,
    /// Kept off the published website, with every reference to it (format 4). Evidence is
    /// public unless marked.
    #[serde(default, skip_serializing_if = "is_false")]
    pub internal: bool,
}

impl Evidence {
    /// What to call the link: its title, else its publisher; `None` when both are empty.
    pub fn name(&self) -> Option<&str> {
        [&self.title, &self.publisher]
            .into_iter()
            .map(|s| s.trim())
            .find(|s| !s.is_empty())
    }

    pub fn new(id: u32) -> Self {
        Self {
            id,
            url: String::new(),
            title: String::new(),
            publisher: String::new(),
            date: None,
            note: String::new(),
            confidence: Confidence::Seen,
            archived: None,
            internal: false,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Note {
    pub date: Date,
    pub text: String,
    /// Published on the website (format 4). Notes are the analyst's own: internal unless
    /// marked public.
    #[serde(default, skip_serializing_if = "is_false")]
    pub public: bool,
}

impl Note {
    /// An internal note, as every note is until marked public.
    pub fn new(date: Date, text: impl Into<String>) -> Self {
        Self {
            date,
            text: text.into(),
            public: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_partial_deadline_runs_to_the_end_of_its_period() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        let mut c = Commitment::new("X", Kind::Reform, "t");
        c.deadline = Some(d("2024"));
        assert!(
            !c.is_overdue(d("2024-06-01")),
            "the year 2024 has not ended"
        );
        assert!(!c.is_overdue(d("2024-12-31")));
        assert!(c.is_overdue(d("2025-01-01")));
        assert_eq!(c.days_overdue(c.status, d("2025-01-10")), Some(10));
        c.status = Status::Fulfilled;
        assert!(
            !c.is_overdue(d("2030-01-01")),
            "a fulfilled commitment is never overdue"
        );
    }
}
