//! What truly conflicts, how it is recorded, and how each decision lands.

use super::*;
use crate::model::{Date, Evidence, Kind, Status};

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

fn base() -> Project {
    let mut p = Project::default();
    let mut c = Commitment::new("A5", Kind::Reform, "Base title");
    c.add_evidence(Evidence {
        title: "Base link".into(),
        ..Evidence::new(0)
    });
    p.commitments.push(c);
    p
}

fn sides() -> Sides {
    Sides {
        ours: "elections (Ann, 2026-05-01)".into(),
        theirs: "courts (Bo, 2026-05-02)".into(),
    }
}

fn a5(p: &mut Project) -> &mut Commitment {
    &mut p.commitments[0]
}

#[test]
fn a_field_changed_differently_on_both_sides_is_a_conflict_holding_ours_meanwhile() {
    let base = base();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    a5(&mut ours).title = "Ours".into();
    a5(&mut theirs).title = "Theirs".into();
    a5(&mut theirs).category = "Courts".into();
    let mut merged = merge(&base, &ours, &theirs, &sides());
    assert_eq!(merged.commitments[0].title, "Ours");
    assert_eq!(
        merged.commitments[0].category, "Courts",
        "an independent edit merges"
    );
    assert_eq!(
        merged.conflicts,
        [Conflict {
            commitment: "A5".into(),
            field: Field::Title,
            ours: Value::Text("Ours".into()),
            theirs: Value::Text("Theirs".into()),
            ours_from: sides().ours,
            theirs_from: sides().theirs,
        }]
    );
    assert!(merged.resolve_conflict(0, Choice::Theirs));
    assert_eq!(merged.commitments[0].title, "Theirs");
    assert!(merged.conflicts.is_empty());
    assert!(
        !merged.resolve_conflict(0, Choice::Ours),
        "nothing left to decide"
    );
}

#[test]
fn two_different_status_changes_on_one_day_both_stay_in_the_history_before_and_after_the_decision()
{
    let base = base();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    let day = d("2026-05-01");
    a5(&mut ours).change_status(Status::InProgress, day, "draft law".into(), vec![1]);
    a5(&mut theirs).change_status(Status::Stalled, day, "blocked".into(), vec![]);
    let mut merged = merge(&base, &ours, &theirs, &sides());
    assert_eq!(merged.conflicts.len(), 1, "{:?}", merged.conflicts);
    assert_eq!(merged.conflicts[0].field, Field::StatusChange);
    let c = &merged.commitments[0];
    let notes: Vec<&str> = c.history.iter().map(|h| h.note.as_str()).collect();
    assert_eq!(
        notes,
        ["blocked", "draft law"],
        "both records, ours ends the day"
    );
    assert_eq!(c.status, Status::InProgress, "ours meanwhile");
    assert_eq!(c.status_on(day), Status::InProgress);
    assert_eq!(
        c.history[1].from,
        Status::NotAssessed,
        "rivals, not one after the other"
    );
    let undecided = merged.clone();

    assert!(merged.resolve_conflict(0, Choice::Theirs));
    let c = &merged.commitments[0];
    assert_eq!(c.history.len(), 3, "the decision is an entry of its own");
    assert_eq!(c.history[..2], undecided.commitments[0].history[..]);
    let decision = &c.history[2];
    assert_eq!(decision.date, day);
    assert_eq!(
        (decision.from, decision.to),
        (Status::InProgress, Status::Stalled)
    );
    assert!(
        decision
            .note
            .starts_with("Merge decision: kept theirs (courts (Bo, 2026-05-02))"),
        "{}",
        decision.note
    );
    assert_eq!(c.status, Status::Stalled);
    assert_eq!(c.status_on(day), Status::Stalled);

    let mut kept_ours = undecided.clone();
    assert!(kept_ours.resolve_conflict(0, Choice::Ours));
    let c = &kept_ours.commitments[0];
    assert_eq!(c.history.len(), 3);
    assert_eq!(c.history[2].to, Status::InProgress);
    assert_eq!(
        c.history[2].evidence,
        [1],
        "the decision rests on what ours cited"
    );
    assert!(c.history[2].note.starts_with("Merge decision: kept ours"));

    let mut other = undecided;
    assert!(other.resolve_conflict(0, Choice::Edited(Value::Status(Status::NoAction))));
    assert_eq!(other.commitments[0].status, Status::NoAction);
    assert_eq!(other.commitments[0].history.len(), 3);
}

/// A file merged before both rivals were kept holds only ours; the decision puts theirs back.
#[test]
fn deciding_an_older_file_puts_their_entry_back() {
    let base = base();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    let day = d("2026-05-01");
    a5(&mut ours).change_status(Status::InProgress, day, "draft law".into(), vec![]);
    a5(&mut theirs).change_status(Status::Stalled, day, "blocked".into(), vec![]);
    let mut merged = merge(&base, &ours, &theirs, &sides());
    a5(&mut merged).history.retain(|h| h.note != "blocked");
    assert!(merged.resolve_conflict(0, Choice::Ours));
    let notes: Vec<&str> = merged.commitments[0]
        .history
        .iter()
        .map(|h| h.note.as_str())
        .collect();
    assert_eq!(notes.len(), 3);
    assert_eq!(notes[..2], ["blocked", "draft law"]);
}

#[test]
fn status_changes_on_different_days_both_stand_and_the_latest_sets_the_status() {
    let base = base();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    a5(&mut ours).change_status(Status::Stalled, d("2026-06-01"), "ours".into(), vec![]);
    a5(&mut theirs).change_status(Status::InProgress, d("2026-05-01"), "theirs".into(), vec![]);
    let merged = merge(&base, &ours, &theirs, &sides());
    assert!(merged.conflicts.is_empty());
    let c = &merged.commitments[0];
    let notes: Vec<&str> = c.history.iter().map(|h| h.note.as_str()).collect();
    assert_eq!(notes, ["theirs", "ours"]);
    assert_eq!(c.status, Status::Stalled);
    assert_eq!(
        c.history[1].from,
        Status::InProgress,
        "the later change starts where the earlier left"
    );
}

#[test]
fn one_id_added_on_both_sides_with_different_content_is_a_conflict_on_the_whole() {
    let base = base();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.commitments
        .push(Commitment::new("P1", Kind::Reform, "Ours"));
    theirs
        .commitments
        .push(Commitment::new("P1", Kind::Reform, "Theirs"));
    let mut merged = merge(&base, &ours, &theirs, &sides());
    assert_eq!(merged.commitments.len(), 2);
    assert_eq!(merged.conflicts[0].field, Field::Commitment);
    assert!(merged.resolve_conflict(0, Choice::Theirs));
    assert_eq!(merged.commitments[1].title, "Theirs");
}

#[test]
fn removed_on_one_side_and_edited_on_the_other_keeps_the_edit() {
    let mut base = base();
    base.commitments
        .push(Commitment::new("P2", Kind::Reform, "Second"));
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.commitments.remove(1);
    theirs.commitments[1].title = "Edited".into();
    let merged = merge(&base, &ours, &theirs, &sides());
    assert_eq!(merged.commitments.len(), 2);
    assert_eq!(merged.commitments[1].title, "Edited");
    // Removed on one side, untouched on the other: removed.
    let merged = merge(&base, &ours, &base, &sides());
    assert_eq!(merged.commitments.len(), 1);
}

#[test]
fn a_link_edited_differently_on_both_sides_and_project_fields_conflict_too() {
    let base = base();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    a5(&mut ours).evidence[0].url = "https://example.org/ours".into();
    a5(&mut theirs).evidence[0].url = "https://example.org/theirs".into();
    ours.description = "Ours".into();
    theirs.description = "Theirs".into();
    let merged = merge(&base, &ours, &theirs, &sides());
    let fields: Vec<&Field> = merged.conflicts.iter().map(|c| &c.field).collect();
    assert_eq!(fields, [&Field::ProjectDescription, &Field::Evidence(1)]);
}

#[test]
fn their_new_links_move_past_ours_and_their_history_follows() {
    let base = base();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    let o = a5(&mut ours).add_evidence(Evidence::new(0));
    let t = a5(&mut theirs).add_evidence(Evidence {
        title: "Theirs".into(),
        ..Evidence::new(0)
    });
    assert_eq!(o, t, "the same new id on both sides");
    a5(&mut theirs).change_status(Status::InProgress, d("2026-05-01"), String::new(), vec![t]);
    let merged = merge(&base, &ours, &theirs, &sides());
    let c = &merged.commitments[0];
    assert_eq!(
        c.evidence.iter().map(|e| e.id).collect::<Vec<_>>(),
        [1, 2, 3]
    );
    assert_eq!(c.history[0].evidence, [3]);
    assert_eq!(c.evidence_by_id(3).unwrap().title, "Theirs");
    assert_eq!(c.next_evidence_id, 4);
}

#[test]
fn conflicts_survive_a_save_and_files_without_any_do_not_mention_them() {
    let base = base();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    a5(&mut ours).deadline = Some(d("2027"));
    a5(&mut theirs).deadline = Some(d("2028"));
    let merged = merge(&base, &ours, &theirs, &sides());
    let text = crate::storage::to_ron_string(&merged).unwrap();
    let back = crate::storage::parse_project(&text, "m.ron").unwrap();
    assert_eq!(back.read_only, None);
    assert_eq!(back.project, merged);
    assert!(
        !crate::storage::to_ron_string(&base)
            .unwrap()
            .contains("conflicts")
    );
}

/// A recommendation and two commitments; each branch links a different commitment to it.
fn with_recommendation() -> Project {
    let mut p = base();
    p.commitments
        .push(Commitment::new("P13", Kind::Reform, "Electoral process"));
    p.commitments
        .push(Commitment::new("ODIHR-1", Kind::Recommendation, "Review"));
    p
}

#[test]
fn links_from_different_commitments_to_one_recommendation_merge_cleanly() {
    use crate::model::{RecLink, Relation, recommendation::backlinks};
    let base = with_recommendation();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.commitments[0]
        .links
        .push(RecLink::new("ODIHR-1", Relation::Answers));
    theirs.commitments[1]
        .links
        .push(RecLink::new("ODIHR-1", Relation::GoesAgainst));
    theirs.commitments[1].terms.push("theme-elections".into());
    ours.commitments[1].terms.push("inst-cec".into());
    let merged = merge(&base, &ours, &theirs, &sides());
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    let back = backlinks(&merged.commitments, "ODIHR-1", None);
    let from: Vec<&str> = back.iter().map(|b| b.commitment.id.as_str()).collect();
    assert_eq!(from, ["A5", "P13"]);
    assert_eq!(merged.commitments[1].terms, ["inst-cec", "theme-elections"]);
}

#[test]
fn one_commitment_linked_to_two_recommendations_keeps_both_and_a_changed_link_conflicts() {
    use crate::model::{RecLink, Relation};
    let mut base = with_recommendation();
    base.commitments[0]
        .links
        .push(RecLink::new("ODIHR-1", Relation::Answers));
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.commitments[0]
        .links
        .push(RecLink::new("UPR-1", Relation::Answers));
    theirs.commitments[0]
        .links
        .push(RecLink::new("UPR-2", Relation::AnswersInPart));
    let merged = merge(&base, &ours, &theirs, &sides());
    assert!(merged.conflicts.is_empty());
    let ids: Vec<&str> = merged.commitments[0]
        .links
        .iter()
        .map(|l| l.recommendation.as_str())
        .collect();
    assert_eq!(ids, ["ODIHR-1", "UPR-1", "UPR-2"]);

    // Both sides change the one link differently: ours stands, and theirs can be chosen.
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.commitments[0].links[0].relation = Relation::AnswersInPart;
    theirs.commitments[0].links[0].relation = Relation::GoesAgainst;
    let mut merged = merge(&base, &ours, &theirs, &sides());
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(merged.conflicts[0].field, Field::Link("ODIHR-1".into()));
    assert_eq!(merged.commitments[0].links.len(), 1);
    assert!(merged.resolve_conflict(0, Choice::Theirs));
    assert_eq!(
        merged.commitments[0].links[0].relation,
        Relation::GoesAgainst
    );
    assert_eq!(merged.commitments[0].links.len(), 1);
}

#[test]
fn marking_an_item_internal_merges_like_any_field_and_notes_keep_their_mark() {
    let mut base = base();
    a5(&mut base)
        .notes
        .push(crate::model::Note::new(d("2026-01-01"), "Base note"));
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    a5(&mut ours).internal = true;
    a5(&mut ours).evidence[0].internal = true;
    a5(&mut theirs).title = "Theirs".into();
    a5(&mut theirs).notes[0].public = true;
    let merged = merge(&base, &ours, &theirs, &sides());
    let c = &merged.commitments[0];
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    assert!(c.internal && c.evidence[0].internal && c.notes[0].public);
    assert_eq!(c.title, "Theirs");
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    a5(&mut ours).internal = true;
    a5(&mut theirs).internal = false;
    a5(&mut theirs).title = "Theirs".into();
    let merged = merge(&base, &ours, &theirs, &sides());
    assert!(merged.commitments[0].internal, "one side's mark is kept");
    // A decided note's text keeps whether the note is published.
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    a5(&mut ours).notes[0].text = "Ours".into();
    a5(&mut ours).notes[0].public = true;
    a5(&mut theirs).notes[0].text = "Theirs".into();
    let mut merged = merge(&base, &ours, &theirs, &sides());
    assert_eq!(merged.conflicts.len(), 1, "{:?}", merged.conflicts);
    assert!(merged.resolve_conflict(0, Choice::Edited(Value::Text("Both".into()))));
    let note = &merged.commitments[0].notes[0];
    assert_eq!((note.text.as_str(), note.public), ("Both", true));
}
