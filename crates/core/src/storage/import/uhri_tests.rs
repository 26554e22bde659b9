//! The UHRI preset end to end on the core side: the shipped fixture read from disk, planned
//! into a project that already holds one of its ids, and imported again.
//!
//! `tests/fixtures/uhri/kazakhstan-sample.xlsx` is written by `write_the_uhri_fixture`
//! (`cargo test -p reform-tracker-core write_the_uhri_fixture -- --ignored`). Its headers are
//! those third-party parsers of UHRI exports read; its texts and ids are made up and say so.

use std::path::PathBuf;

use super::{Limits, plan_workbook, read};
use crate::model::import::{Preset, RefusalReason, Target};
use crate::model::{Commitment, Date, Kind, Mechanism, Position, Project, Vocabulary};

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/uhri/kazakhstan-sample.xlsx")
}

const HEADER: [&str; 12] = [
    "Text",
    "UPR Session",
    "Countries Concerned",
    "Reccomending Body",
    "Document Symbol",
    "UPR Reccomending States",
    "UPR Position",
    "Themes",
    "Affected Persons",
    "Sdgs",
    "Document Publication Date",
    "OHCHR Annotation Id",
];

/// (text, session, body, symbol, states, position, themes, persons, sdgs, date, id); a date
/// of `None` is written as Excel's day number in a plain cell, as UHRI is said to write it.
type FixtureRow = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Option<(u16, u8, u8)>,
    &'static str,
);

const ROWS: [FixtureRow; 6] = [
    (
        "901.1 Fixture row 1, not a UN text: complete the placeholder reform of the courts.",
        "- 99 Session",
        "- UPR",
        "FIXTURE/HRC/99/1",
        "- Exampleland, Placeholdia",
        "- Supported",
        "- Administration of justice & fair trial\n- Judiciary",
        "- Judges and lawyers",
        "- 16.3 - rule of law",
        Some((2099, 3, 14)),
        "FIXTURE-0001",
    ),
    (
        "901.2 Строка-образец (Fixture row 2), не текст ООН: обеспечить независимость условных судей.",
        "- 99 Session",
        "- UPR",
        "FIXTURE/HRC/99/1",
        "- Примерия; Exampleland",
        "- Noted",
        "- Judiciary",
        "- Judges and lawyers\n- Women",
        "",
        None,
        "FIXTURE-0002",
    ),
    (
        "901.3 Строка-образец (Fixture row 3), не текст ООН: отменить условное ограничение собраний.",
        "- 99 Session",
        "- UPR",
        "FIXTURE/HRC/99/1",
        "- Placeholdia",
        "- Supported/Noted",
        "- Freedom of assembly",
        "",
        "- 16.10 - fundamental freedoms",
        Some((2099, 3, 14)),
        "FIXTURE-0003",
    ),
    (
        "Fixture row 4, not a UN text: a placeholder committee recommendation with no paragraph number.",
        "",
        "- CEDAW",
        "FIXTURE/C/KAZ/CO/9",
        "",
        "",
        "- Women's rights",
        "- Women",
        "- 5.1 - discrimination against women",
        Some((2098, 11, 2)),
        "FIXTURE-0004",
    ),
    (
        "12.4 Fixture row 5, not a UN text: a placeholder request of a special procedure.",
        "",
        "- Special Rapporteur on placeholder matters",
        "FIXTURE/HRC/98/40/Add.1",
        "",
        "",
        "- Freedom of expression",
        "- Journalists",
        "",
        Some((2098, 6, 30)),
        "FIXTURE-0005",
    ),
    (
        "901.6 Fixture row 6, not a UN text: publish the placeholder statistics every year.",
        "- 99 Session",
        "- UPR",
        "FIXTURE/HRC/99/1",
        "- Exampleland",
        "- Noted",
        "- Right to information",
        "",
        "",
        Some((2099, 3, 14)),
        "FIXTURE-0006",
    ),
];

/// Writes the fixture. Run once by hand when its rows change; the file is committed.
#[test]
#[ignore = "writes the shipped fixture; run by hand"]
fn write_the_uhri_fixture() {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("Export").unwrap();
    for (c, h) in HEADER.iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    let date = Format::new().set_num_format("dd/mm/yyyy");
    for (i, r) in ROWS.iter().enumerate() {
        let row = i as u32 + 1;
        let cells = [r.0, r.1, "- Kazakhstan", r.2, r.3, r.4, r.5, r.6, r.7, r.8];
        for (c, text) in cells.iter().enumerate() {
            if !text.is_empty() {
                ws.write_string(row, c as u16, *text).unwrap();
            }
        }
        match r.9 {
            Some((y, m, d)) => {
                let dt = ExcelDateTime::from_ymd(y, m, d).unwrap();
                ws.write_datetime_with_format(row, 10, &dt, &date).unwrap();
            }
            // 73000 is 2099-11-11 in Excel's numbering.
            None => {
                ws.write_number(row, 10, 73000.0).unwrap();
            }
        }
        ws.write_string(row, 11, r.10).unwrap();
    }
    let path = fixture();
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    book.save(&path).unwrap();
}

fn today() -> Date {
    "2100-01-01".parse().unwrap()
}

/// A project holding FIXTURE-0002 already, with a title and a theme the analyst gave it.
fn base() -> Project {
    let mut p = Project::default();
    let mut held = Commitment::new_recommendation("UHRI-FIXTURE-0002", "Judges, as we call it");
    held.terms.push("institution-courts".into());
    p.terms.push(crate::model::Term::new(
        "institution-courts",
        Vocabulary::LeadInstitution,
        "Courts",
    ));
    p.commitments.push(held);
    p
}

#[test]
fn the_fixture_imports_through_the_uhri_preset_and_merges_by_id() {
    let book = read(&fixture(), None, &Limits::default(), &|_, _| true).unwrap();
    let targets = Preset::Uhri.targets(&book.main.header).unwrap();
    assert!(!targets.contains(&Target::Quote), "{targets:?}");
    let base = base();
    let plan = plan_workbook(&book, &targets, Some(&base), "sample.xlsx", today());
    assert!(plan.refused.is_empty(), "{:?}", plan.refused);
    assert!(plan.warnings.is_empty(), "{:?}", plan.warnings);
    assert_eq!(plan.updated, ["UHRI-FIXTURE-0002"]);
    assert_eq!(plan.new.len(), 5);
    let p = &plan.result;
    assert_eq!(p.commitments.len(), 6, "merged, not duplicated");
    let get = |id: &str| p.commitments.iter().find(|c| c.id == id).unwrap();

    let first = get("UHRI-FIXTURE-0001");
    assert_eq!(first.kind, Kind::Recommendation);
    let r = first.recommendation.as_ref().unwrap();
    assert_eq!(r.paragraph, "901.1");
    assert!(first.quote.starts_with("Fixture row 1, not a UN text"));
    assert_eq!(r.mechanism, Mechanism::Upr);
    assert_eq!(r.cycle, "99 Session");
    assert_eq!(r.recommending, ["Exampleland", "Placeholdia"]);
    assert_eq!(r.response.as_ref().unwrap().position, Position::Supported);
    assert_eq!(r.language, "en");
    assert_eq!(first.source, "FIXTURE/HRC/99/1");
    assert_eq!(first.date_committed.unwrap().to_string(), "2099-03-14");
    assert_eq!(
        first.terms,
        [
            "theme-administration-of-justice-fair-trial",
            "theme-judiciary",
            "group-judges-and-lawyers",
            "sdg-16-3-rule-of-law"
        ]
    );

    let russian = get("UHRI-FIXTURE-0002");
    assert_eq!(
        russian.quote,
        "Строка-образец (Fixture row 2), не текст ООН: обеспечить независимость условных судей."
    );
    assert_eq!(
        russian.title, "Judges, as we call it",
        "the analyst's title stays"
    );
    let r = russian.recommendation.as_ref().unwrap();
    assert_eq!(r.language, "ru");
    assert_eq!(r.recommending, ["Примерия", "Exampleland"]);
    assert_eq!(r.response.as_ref().unwrap().position, Position::Noted);
    assert_eq!(
        russian.date_committed.unwrap().to_string(),
        "2099-11-11",
        "a day number in a plain cell is a date"
    );
    assert!(
        russian.terms.contains(&"institution-courts".to_owned()),
        "a vocabulary the sheet does not fill is left alone"
    );

    let mixed = get("UHRI-FIXTURE-0003").recommendation.as_ref().unwrap();
    assert_eq!(
        mixed.response.as_ref().unwrap().position,
        Position::SupportedInPart
    );
    let committee = get("UHRI-FIXTURE-0004");
    let r = committee.recommendation.as_ref().unwrap();
    assert_eq!(r.mechanism, Mechanism::TreatyBody);
    assert_eq!(r.paragraph, "");
    assert!(r.response.is_none());
    assert!(committee.title.starts_with("Fixture row 4"));
    let special = get("UHRI-FIXTURE-0005").recommendation.as_ref().unwrap();
    assert_eq!(special.mechanism, Mechanism::SpecialProcedure);
    assert_eq!(special.paragraph, "12.4");

    // Terms are made once, in their vocabularies, with the cell's label in English.
    let judiciary: Vec<_> = p
        .terms
        .iter()
        .filter(|t| t.id == "theme-judiciary")
        .collect();
    assert_eq!(judiciary.len(), 1);
    assert_eq!(judiciary[0].vocabulary, Vocabulary::Theme);
    assert_eq!(judiciary[0].en, "Judiciary");
    let women = p.terms.iter().find(|t| t.id == "group-women").unwrap();
    assert_eq!(women.vocabulary, Vocabulary::AffectedGroup);
    assert!(
        plan.new_terms
            .contains(&"sdg-5-1-discrimination-against-women".to_owned())
    );
    // Each document symbol becomes a source document, once.
    let symbols: Vec<&str> = p.sources.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        symbols,
        [
            "FIXTURE/HRC/99/1",
            "FIXTURE/C/KAZ/CO/9",
            "FIXTURE/HRC/98/40/Add.1"
        ]
    );
    assert_eq!(plan.new_sources.len(), 3);

    // Imported again, nothing changes and nothing is added twice.
    let again = plan_workbook(&book, &targets, Some(p), "sample.xlsx", today());
    assert!(again.is_empty(), "{:?} {:?}", again.new, again.updated);
    assert_eq!(again.result, *p);
    assert!(again.new_terms.is_empty() && again.new_sources.is_empty());
}

#[test]
fn a_position_the_app_cannot_read_refuses_its_row_in_words() {
    use crate::model::import::{Cell, Row, Sheet, plan};
    let sheet = Sheet {
        header: HEADER.iter().map(|h| (*h).to_owned()).collect(),
        rows: vec![Row {
            number: 2,
            cells: vec![
                Cell::Text("1.1 Fixture row".into()),
                Cell::Empty,
                Cell::Empty,
                Cell::Text("UPR".into()),
                Cell::Empty,
                Cell::Empty,
                Cell::Text("Pending".into()),
                Cell::Empty,
                Cell::Empty,
                Cell::Empty,
                Cell::Empty,
                Cell::Text("X1".into()),
            ],
        }],
        ..Sheet::default()
    };
    let targets = Preset::Uhri.targets(&sheet.header).unwrap();
    let plan = plan(&sheet, &targets, None, "x.csv", today());
    assert_eq!(plan.refused.len(), 1);
    assert_eq!(
        plan.refused[0].reason,
        RefusalReason::UnknownPosition {
            column: "UPR Position".into(),
            text: "Pending".into()
        }
    );
    crate::i18n::set_language(crate::i18n::Lang::En);
    assert_eq!(
        plan.refused[0].reason.message(),
        "“Pending” in UPR Position is not a position the app knows (Supported, Supported/Noted, Noted)"
    );
}
