//! The "mark as replaced" form: drafts of the fields until the user records them.

use std::collections::BTreeSet;

use crate::model::replacement::{check, parse_ids};
use crate::model::{Commitment, Date, Project, Replacement};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReplacementForm {
    pub date_text: String,
    /// Ids of the replacing commitments, as typed ("K1, K2").
    pub by_text: String,
    pub partial: bool,
    pub note: String,
    pub evidence: BTreeSet<u32>,
}

impl ReplacementForm {
    /// The form on the commitment's mark, so that changing it starts from what is recorded.
    pub fn of(c: &Commitment) -> Self {
        match &c.replaced {
            Some(r) => Self {
                date_text: r.date.to_string(),
                by_text: r.by.join(", "),
                partial: r.partial,
                note: r.note.clone(),
                evidence: r.evidence.iter().copied().collect(),
            },
            None => Self {
                date_text: Date::today().to_string(),
                by_text: String::new(),
                partial: false,
                note: String::new(),
                evidence: BTreeSet::new(),
            },
        }
    }

    /// The mark the form describes, or what is wrong with it in plain words.
    pub fn replacement(&self, project: &Project, index: usize) -> Result<Replacement, String> {
        let date = self
            .date_text
            .trim()
            .parse::<Date>()
            .map_err(|e| e.to_string())?;
        let r = Replacement {
            date,
            by: parse_ids(&self.by_text),
            partial: self.partial,
            note: self.note.trim().to_owned(),
            evidence: self.evidence.iter().copied().collect(),
        };
        check(project, index, &r).map(|()| r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{App, Command, Document};
    use crate::model::Kind;

    fn app() -> App {
        let mut p = Project::default();
        for id in ["P6", "K1"] {
            p.commitments.push(Commitment::new(id, Kind::Reform, id));
        }
        App::with_document(Document::untitled(p))
    }

    #[test]
    fn the_form_opens_on_the_recorded_mark_and_reads_it_back() {
        let mut a = app();
        let form = ReplacementForm {
            date_text: " 2026-07-01 ".into(),
            by_text: "K1".into(),
            partial: true,
            note: " The 2026 Constitution ".into(),
            evidence: BTreeSet::new(),
        };
        let r = form.replacement(&a.doc.project, 0).unwrap();
        assert_eq!(r.by, ["K1"]);
        assert_eq!(r.note, "The 2026 Constitution");
        a.doc.project_mut().commitments[0].replaced = Some(r);
        let again = ReplacementForm::of(&a.doc.project.commitments[0]);
        assert_eq!(again.by_text, "K1");
        assert!(again.partial);
        let bad = ReplacementForm {
            date_text: "1 July".into(),
            ..again
        };
        assert!(
            bad.replacement(&a.doc.project, 0)
                .unwrap_err()
                .contains("not a date")
        );
    }

    #[test]
    fn marking_and_clearing_are_undoable_edits() {
        let mut a = app();
        let ctx = egui::Context::default();
        let r = ReplacementForm {
            by_text: "K1".into(),
            note: "n".into(),
            ..ReplacementForm::of(&a.doc.project.commitments[0])
        }
        .replacement(&a.doc.project, 0)
        .unwrap();
        let mark = Command::MarkReplaced(0, r.clone());
        assert!(mark.edits_project() && Command::ClearReplaced(0).edits_project());
        let before = a.doc.project.commitments[0].clone();
        a.run_command(&ctx, mark);
        assert_eq!(a.doc.project.commitments[0].replaced.as_ref(), Some(&r));
        assert!(a.doc.dirty);
        a.run_command(&ctx, Command::ClearReplaced(0));
        assert_eq!(a.doc.project.commitments[0].replaced, None);
        a.run_command(&ctx, Command::Undo);
        assert_eq!(a.doc.project.commitments[0].replaced.as_ref(), Some(&r));
        a.run_command(&ctx, Command::Undo);
        assert_eq!(a.doc.project.commitments[0], before);
    }
}
