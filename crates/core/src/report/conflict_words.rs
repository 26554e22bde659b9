//! Conflicting values and their fields in words, for the window and the command line. The
//! model records conflicts; saying them is a report's work.

use crate::model::merge::{Conflict, Field, Value};

impl Field {
    /// The field's name as the user knows it.
    pub fn label(&self) -> String {
        let key = match self {
            Field::ProjectTitle => "merge-field-project-title",
            Field::ProjectDescription => "merge-field-project-description",
            Field::ProjectAsOf => "merge-field-project-as-of",
            Field::Source(id) => return crate::t!("merge-field-source", id = id.as_str()),
            Field::Commitment => "merge-field-commitment",
            Field::Kind => "merge-field-kind",
            Field::Actor => "merge-field-actor",
            Field::Parent => "merge-field-parent",
            Field::Title => "merge-field-title",
            Field::Quote => "merge-field-quote",
            Field::SourceId => "merge-field-source-id",
            Field::DateCommitted => "merge-field-date-committed",
            Field::Category => "merge-field-category",
            Field::Responsible => "merge-field-responsible",
            Field::Deadline => "merge-field-deadline",
            Field::Status => "merge-field-status",
            Field::Replaced => "merge-field-replaced",
            Field::Tags => "merge-field-tags",
            Field::Importance => "merge-field-importance",
            Field::Concern => "merge-field-concern",
            Field::Internal => "merge-field-internal",
            Field::Evidence(id) => return crate::t!("merge-field-evidence", id = *id),
            Field::StatusChange => "merge-field-status-change",
            Field::Note => "merge-field-note",
            Field::Recommendation => "merge-field-recommendation",
            Field::Link(id) => return crate::t!("merge-field-link", id = id.as_str()),
            Field::Term(id) => return crate::t!("merge-field-term", id = id.as_str()),
        };
        crate::i18n::tr(key)
    }
}

impl Value {
    /// The value in one line of plain words.
    pub fn readable(&self) -> String {
        let empty = || crate::t!("merge-value-empty");
        match self {
            Value::Text(s) if s.trim().is_empty() => empty(),
            Value::Text(s) => s.clone(),
            Value::Date(d) => d.map_or_else(empty, crate::i18n::date_long),
            Value::Status(s) => s.label().to_owned(),
            Value::Kind(k) => k.label().to_owned(),
            Value::Number(n) => n.to_string(),
            Value::Flag(b) => crate::t!(if *b {
                "merge-value-yes"
            } else {
                "merge-value-no"
            }),
            Value::List(l) if l.is_empty() => empty(),
            Value::List(l) => l.join(", "),
            Value::Id(id) => id.clone().unwrap_or_else(empty),
            Value::Replacement(None) => crate::t!("merge-value-not-replaced"),
            Value::Replacement(Some(r)) => crate::t!(
                "merge-value-replacement",
                date = crate::i18n::date_long(r.date),
                by = r.by.join(", "),
                note = r.note.as_str()
            ),
            Value::Commitment(c) => crate::t!(
                "merge-value-commitment",
                title = c.title.as_str(),
                status = c.status.label()
            ),
            Value::Source(s) => crate::t!(
                "merge-value-source",
                title = s.title.as_str(),
                url = s.url.as_str()
            ),
            Value::Evidence(e) => crate::t!(
                "merge-value-evidence",
                title = e.name().unwrap_or_default(),
                url = e.url.as_str()
            ),
            Value::Change(h) => crate::t!(
                "merge-value-change",
                date = crate::i18n::date_long(h.date),
                from = h.from.label(),
                to = h.to.label(),
                note = h.note.as_str()
            ),
            Value::Recommendation(None) => empty(),
            Value::Recommendation(Some(r)) => crate::t!(
                "merge-value-recommendation",
                mechanism = r.mechanism.label(),
                paragraph = r.paragraph.as_str(),
                response = r
                    .response
                    .as_ref()
                    .map_or_else(empty, |x| x.position.label().to_owned())
            ),
            Value::Link(l) => crate::t!(
                "merge-value-link",
                relation = l.relation.label(),
                id = l.recommendation.as_str(),
                note = l.note.as_str()
            ),
            Value::Term(t) => t.label().to_owned(),
            Value::Note(n) => crate::t!(
                "merge-value-note",
                date = crate::i18n::date_long(n.date),
                text = n.text.as_str()
            ),
        }
    }

    /// Text a person can edit in place of both sides; `None` for values chosen, not typed.
    pub fn editable_text(&self) -> Option<&str> {
        match self {
            Value::Text(s) => Some(s),
            Value::Note(n) => Some(&n.text),
            _ => None,
        }
    }
}

impl Conflict {
    /// Where the conflict sits, as the window names it: "A5: Title", or the project's field.
    pub fn place(&self) -> String {
        let field = self.field.label();
        if self.commitment.is_empty() {
            crate::t!("merge-conflict-where-project", field = field)
        } else {
            crate::t!(
                "merge-conflict-where",
                id = self.commitment.as_str(),
                field = field
            )
        }
    }

    /// The place and both values in one line, for the command line and the exports' notices.
    pub fn summary(&self) -> String {
        crate::t!(
            "merge-undecided-line",
            place = self.place(),
            ours = self.ours.readable(),
            theirs = self.theirs.readable()
        )
    }
}

/// Why a command refuses a file that still holds undecided conflicts, naming the first few.
pub fn refusal(file: &str, conflicts: &[Conflict]) -> String {
    const NAMED: usize = 5;
    let mut places: Vec<String> = conflicts.iter().take(NAMED).map(|c| c.place()).collect();
    if conflicts.len() > NAMED {
        places.push("…".to_owned());
    }
    crate::t!(
        "merge-undecided-refused",
        file = file,
        count = conflicts.len(),
        places = places.join("; ")
    )
}
