//! Recommendations a country received (UPR, treaty bodies, ODIHR…), the links from the
//! commitments that answer or go against them, and the controlled vocabularies both are
//! tagged with. A recommendation is an item of kind `Recommendation`: it has the status,
//! dated history, evidence, notes and "as of" rules of a commitment, plus these details.

use serde::{Deserialize, Serialize};

use super::as_of::known_on;
use super::{Commitment, Date, Kind};
use crate::i18n::Lang;

/// Who made a recommendation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Mechanism {
    /// The UN's Universal Periodic Review.
    Upr,
    TreatyBody,
    SpecialProcedure,
    /// OSCE/ODIHR election observation.
    Odihr,
    VeniceCommission,
    Other,
}

impl Mechanism {
    pub const ALL: [Mechanism; 6] = [
        Mechanism::Upr,
        Mechanism::TreatyBody,
        Mechanism::SpecialProcedure,
        Mechanism::Odihr,
        Mechanism::VeniceCommission,
        Mechanism::Other,
    ];

    pub fn label(self) -> &'static str {
        super::words::label(match self {
            Mechanism::Upr => "mechanism-upr",
            Mechanism::TreatyBody => "mechanism-treaty-body",
            Mechanism::SpecialProcedure => "mechanism-special-procedure",
            Mechanism::Odihr => "mechanism-odihr",
            Mechanism::VeniceCommission => "mechanism-venice-commission",
            Mechanism::Other => "mechanism-other",
        })
    }

    /// The English name, as files and sheets hold it in every interface language.
    pub fn english_name(self) -> &'static str {
        match self {
            Mechanism::Upr => "UPR",
            Mechanism::TreatyBody => "Treaty body",
            Mechanism::SpecialProcedure => "Special procedure",
            Mechanism::Odihr => "OSCE/ODIHR",
            Mechanism::VeniceCommission => "Venice Commission",
            Mechanism::Other => "Other",
        }
    }
}

/// What the state said of a recommendation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Position {
    Supported,
    SupportedInPart,
    Noted,
}

impl Position {
    pub const ALL: [Position; 3] = [
        Position::Supported,
        Position::SupportedInPart,
        Position::Noted,
    ];

    pub fn label(self) -> &'static str {
        super::words::label(match self {
            Position::Supported => "position-supported",
            Position::SupportedInPart => "position-supported-in-part",
            Position::Noted => "position-noted",
        })
    }

    pub fn english_name(self) -> &'static str {
        match self {
            Position::Supported => "Supported",
            Position::SupportedInPart => "Supported in part",
            Position::Noted => "Noted",
        }
    }
}

/// The state's response, dated: before that date there was none.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Response {
    pub position: Position,
    pub date: Option<Date>,
    pub note: String,
}

/// What a recommendation has beyond a commitment's fields. Its text is the item's `quote`,
/// its document the item's `source` and its date the item's `date_committed`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Recommendation {
    pub mechanism: Mechanism,
    /// Paragraph or number in the document, e.g. `"123.45"`.
    pub paragraph: String,
    /// Review cycle or session, e.g. `"UPR 4th cycle"`.
    pub cycle: String,
    /// Recommending states, or the body.
    pub recommending: Vec<String>,
    /// Language of the text, as a code (`"en"`, `"ru"`).
    pub language: String,
    /// The text is a summary, not the recommendation's own words.
    pub summary: bool,
    pub response: Option<Response>,
}

impl Default for Recommendation {
    fn default() -> Self {
        Self {
            mechanism: Mechanism::Upr,
            paragraph: String::new(),
            cycle: String::new(),
            recommending: Vec::new(),
            language: "en".to_owned(),
            summary: false,
            response: None,
        }
    }
}

impl Recommendation {
    /// The response as known on `as_of` (`None`: now).
    pub fn response_on(&self, as_of: Option<Date>) -> Option<&Response> {
        self.response.as_ref().filter(|r| known_on(r.date, as_of))
    }
}

/// How a commitment bears on a recommendation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Relation {
    Answers,
    AnswersInPart,
    GoesAgainst,
}

impl Relation {
    pub const ALL: [Relation; 3] = [
        Relation::Answers,
        Relation::AnswersInPart,
        Relation::GoesAgainst,
    ];

    pub fn label(self) -> &'static str {
        super::words::label(match self {
            Relation::Answers => "relation-answers",
            Relation::AnswersInPart => "relation-answers-in-part",
            Relation::GoesAgainst => "relation-goes-against",
        })
    }

    /// Seen from the recommendation: "answered by", "gone against by".
    pub fn reverse_label(self) -> &'static str {
        super::words::label(match self {
            Relation::Answers => "relation-answered-by",
            Relation::AnswersInPart => "relation-answered-in-part-by",
            Relation::GoesAgainst => "relation-gone-against-by",
        })
    }

    pub fn english_name(self) -> &'static str {
        match self {
            Relation::Answers => "Answers",
            Relation::AnswersInPart => "Answers in part",
            Relation::GoesAgainst => "Goes against",
        }
    }

    pub fn answers(self) -> bool {
        self != Relation::GoesAgainst
    }
}

/// A commitment's link to a recommendation, kept on the commitment. The other side (what
/// answers a recommendation) is found by looking through the commitments, so the two sides
/// can never disagree.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RecLink {
    /// Id of the recommendation.
    pub recommendation: String,
    pub relation: Relation,
    /// When the link became true; links dated after "as of" do not count yet.
    pub date: Option<Date>,
    /// Why, citing the evidence (required in practice for "goes against").
    pub note: String,
    /// Ids of this commitment's evidence links the note rests on.
    pub evidence: Vec<u32>,
}

impl RecLink {
    pub fn new(recommendation: impl Into<String>, relation: Relation) -> Self {
        Self {
            recommendation: recommendation.into(),
            relation,
            date: None,
            note: String::new(),
            evidence: Vec::new(),
        }
    }
}

/// The controlled vocabularies items are tagged with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Vocabulary {
    Theme,
    AffectedGroup,
    SdgTarget,
    LeadInstitution,
}

impl Vocabulary {
    pub const ALL: [Vocabulary; 4] = [
        Vocabulary::Theme,
        Vocabulary::AffectedGroup,
        Vocabulary::SdgTarget,
        Vocabulary::LeadInstitution,
    ];

    pub fn label(self) -> &'static str {
        super::words::label(match self {
            Vocabulary::Theme => "vocabulary-theme",
            Vocabulary::AffectedGroup => "vocabulary-affected-group",
            Vocabulary::SdgTarget => "vocabulary-sdg-target",
            Vocabulary::LeadInstitution => "vocabulary-lead-institution",
        })
    }

    pub fn english_name(self) -> &'static str {
        match self {
            Vocabulary::Theme => "Theme",
            Vocabulary::AffectedGroup => "Affected group",
            Vocabulary::SdgTarget => "SDG target",
            Vocabulary::LeadInstitution => "Lead institution",
        }
    }
}

/// One term of a vocabulary. Items hold its id; the labels are what people read.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Term {
    /// Stable key items refer to, unique across vocabularies (e.g. `"theme-elections"`).
    pub id: String,
    pub vocabulary: Vocabulary,
    pub en: String,
    pub ru: String,
    pub kk: String,
}

impl Term {
    pub fn new(id: impl Into<String>, vocabulary: Vocabulary, en: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            vocabulary,
            en: en.into(),
            ru: String::new(),
            kk: String::new(),
        }
    }

    /// The label in `lang`, else the English one, else the id: a term is never shown blank.
    pub fn label_in(&self, lang: Lang) -> &str {
        let own = match lang {
            Lang::En => &self.en,
            Lang::Ru => &self.ru,
            Lang::Kk => &self.kk,
        };
        [own, &self.en, &self.id]
            .into_iter()
            .map(|s| s.trim())
            .find(|s| !s.is_empty())
            .unwrap_or_default()
    }

    /// The label in the interface's language.
    pub fn label(&self) -> &str {
        self.label_in(crate::i18n::language())
    }
}

/// A link seen from the recommendation's side.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Backlink<'a> {
    pub commitment: &'a Commitment,
    pub link: &'a RecLink,
}

/// The commitments linked to recommendation `id`, in the project's order, counting only the
/// links known on `as_of`.
pub fn backlinks<'a>(
    commitments: &'a [Commitment],
    id: &str,
    as_of: Option<Date>,
) -> Vec<Backlink<'a>> {
    commitments
        .iter()
        .flat_map(|c| {
            c.links
                .iter()
                .filter(move |l| l.recommendation == id && known_on(l.date, as_of))
                .map(move |link| Backlink {
                    commitment: c,
                    link,
                })
        })
        .collect()
}

/// Whether anything answers recommendation `id` on `as_of`.
pub fn is_answered(commitments: &[Commitment], id: &str, as_of: Option<Date>) -> bool {
    backlinks(commitments, id, as_of)
        .iter()
        .any(|b| b.link.relation.answers())
}

impl Commitment {
    /// A new recommendation with default details.
    pub fn new_recommendation(id: impl Into<String>, title: impl Into<String>) -> Self {
        let mut c = Commitment::new(id, Kind::Recommendation, title);
        c.recommendation = Some(Recommendation::default());
        c
    }

    pub fn is_recommendation(&self) -> bool {
        self.kind == Kind::Recommendation
    }

    /// The links known on `as_of` (`None`: now).
    pub fn links_on(&self, as_of: Option<Date>) -> impl Iterator<Item = &RecLink> {
        self.links.iter().filter(move |l| known_on(l.date, as_of))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn a_term_falls_back_to_english_then_its_id() {
        let mut t = Term::new("theme-courts", Vocabulary::Theme, "Courts");
        assert_eq!(t.label_in(Lang::Ru), "Courts");
        t.ru = "Суды".into();
        assert_eq!(t.label_in(Lang::Ru), "Суды");
        t.en.clear();
        assert_eq!(t.label_in(Lang::Kk), "theme-courts");
    }

    #[test]
    fn links_and_responses_follow_as_of() {
        let mut r = Commitment::new_recommendation("UPR-1", "Courts");
        let details = r.recommendation.as_mut().unwrap();
        details.response = Some(Response {
            position: Position::Supported,
            date: Some(d("2025-06-01")),
            note: String::new(),
        });
        assert!(details.response_on(Some(d("2025-05-31"))).is_none());
        assert!(details.response_on(Some(d("2025-06-01"))).is_some());
        assert!(details.response_on(None).is_some());

        let mut c = Commitment::new("P1", Kind::Reform, "t");
        let mut link = RecLink::new("UPR-1", Relation::AnswersInPart);
        link.date = Some(d("2025-09-01"));
        c.links.push(link);
        c.links.push(RecLink::new("UPR-2", Relation::GoesAgainst));
        let all = vec![r, c];
        assert!(!is_answered(&all, "UPR-1", Some(d("2025-08-31"))));
        assert!(is_answered(&all, "UPR-1", None));
        assert!(
            !is_answered(&all, "UPR-2", None),
            "going against is no answer"
        );
        assert_eq!(backlinks(&all, "UPR-2", None).len(), 1);
    }
}
