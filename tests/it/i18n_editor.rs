//! The checklist, the editor and the domain's words in Russian and Kazakh, and what a screen
//! reader hears for a checklist row and a status chip.

use crate::ui_common;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use reform_tracker::app::{App, Document, Startup};
use reform_tracker::i18n::{Lang, set_language};
use reform_tracker::model::links::check_link;
use reform_tracker::model::summary::Summary;
use reform_tracker::model::{Commitment, Date, Evidence, Kind, Project, Replacement, Status};
use reform_tracker::report::replacement_words::{replaced_line, status_caveat};
use reform_tracker::t;
use ui_common::app_harness_with;

fn d(s: &str) -> Date {
    s.parse().expect("test dates are valid")
}

const TITLE: &str = "End torture in jails and prisons";

fn project() -> Project {
    let mut p = Project::default();
    let mut a4 = Commitment::new("A4", Kind::Reform, TITLE);
    a4.category = "Human rights".into();
    a4.change_status(Status::InProgress, d("2023-01-10"), "Bill".into(), vec![]);
    for n in 1..=2 {
        let mut e = Evidence::new(0);
        e.url = format!("https://example.org/{n}");
        e.title = format!("Report {n}");
        a4.add_evidence(e);
    }
    let mut r2 = Commitment::new("R2", Kind::Reform, "Direct elections of akims");
    r2.category = "Local government".into();
    r2.deadline = Some(d("2020-01-01"));
    let mut p9 = Commitment::new("P9", Kind::PartnershipOffer, "Visa facilitation");
    p9.change_status(
        Status::PartiallyFulfilled,
        d("2024-02-01"),
        String::new(),
        vec![],
    );
    p.commitments = vec![a4, r2, p9];
    p
}

fn harness(lang: Lang) -> Harness<'static, App> {
    app_harness_with(Startup {
        document: Some(Document::untitled(project())),
        lang: Some(lang),
        ..Startup::default()
    })
}

fn mark() -> Replacement {
    Replacement {
        date: d("2026-07-01"),
        by: vec!["K1".into()],
        partial: false,
        note: "n".into(),
        evidence: vec![],
    }
}

#[test]
fn a_checklist_row_reads_its_id_title_status_and_evidence_count() {
    let h = harness(Lang::En);
    assert!(
        h.query_by_label(&format!("A4  {TITLE}, In progress, 2 links"))
            .is_some(),
        "the row's accessible name carries the status and the count"
    );
    assert!(
        h.query_by_label("Status: In progress").is_some(),
        "the status chip carries its status as text"
    );
    assert!(
        h.query_by_label_contains(
            "R2  Direct elections of akims, Not assessed, 0 links, Overdue by "
        )
        .is_some(),
        "the overdue mark is read as words, not only shown in red"
    );
}

#[test]
fn in_russian_the_checklist_and_the_editor_speak_russian() {
    let mut h = harness(Lang::Ru);
    let row = format!("A4  {TITLE}, В работе, 2 ссылки");
    assert!(h.query_by_label(&row).is_some(), "{row}");
    // The checklist's heading, and the "Show" choice of the same words.
    assert!(h.query_all_by_label("Обязательства").next().is_some());
    assert!(
        h.query_by_label("Human rights").is_some(),
        "project data is not translated"
    );
    h.get_by_label(&row).click();
    h.run();
    for words in [
        "Статус: В работе",
        "Изменить статус…",
        "История (1)",
        "Подтверждения (2)",
        "Заметки (0)",
        "Замена",
        "Отметить как заменённое…",
    ] {
        assert!(h.query_all_by_label(words).next().is_some(), "{words}");
    }
    assert!(
        h.query_by_label("Change status…").is_none(),
        "no English left"
    );
    set_language(Lang::En);
}

#[test]
fn in_kazakh_the_checklist_and_the_editor_speak_kazakh() {
    let mut h = harness(Lang::Kk);
    let row = format!("A4  {TITLE}, Орындалуда, 2 сілтеме");
    assert!(h.query_by_label(&row).is_some(), "{row}");
    h.get_by_label(&row).click();
    h.run();
    for words in ["Мәртебе: Орындалуда", "Мәртебені өзгерту…", "Дәлелдер (2)"]
    {
        assert!(h.query_all_by_label(words).next().is_some(), "{words}");
    }
    set_language(Lang::En);
}

#[test]
fn the_domains_words_follow_the_language_and_english_stays_as_it_was() {
    let cases = [
        (
            Lang::En,
            "Fulfilled",
            "Replaced on 1 Jul 2026 by K1",
            ["1 link", "2 links", "5 links"],
            "script links are never opened",
            "Fulfilled: 1 of 1 assessed (100%)",
        ),
        (
            Lang::Ru,
            "Выполнено",
            "Заменено 1 июля 2026 г.; вместо него — K1",
            ["1 ссылка", "2 ссылки", "5 ссылок"],
            "ссылки на скрипты никогда не открываются",
            "Выполнено: 1 из 1 оценённых (100%)",
        ),
        (
            Lang::Kk,
            "Орындалды",
            "Ауыстырылды: 2026 жылғы 1 шілде; орнына — K1",
            ["1 сілтеме", "2 сілтеме", "5 сілтеме"],
            "скрипт сілтемелері ешқашан ашылмайды",
            "Орындалды: бағаланған 1 ішінен 1 (100%)",
        ),
    ];
    let mut c = Commitment::new("X", Kind::Reform, "t");
    c.change_status(Status::Fulfilled, d("2022-06-05"), String::new(), vec![]);
    let cs = [c];
    for (lang, fulfilled, line, links, refusal, headline) in cases {
        set_language(lang);
        assert_eq!(Status::Fulfilled.label(), fulfilled);
        assert_eq!(replaced_line(&mark()), line);
        assert!(status_caveat(&mark()).contains(line));
        for (n, words) in [1, 2, 5].into_iter().zip(links) {
            assert_eq!(t!("checklist-links", count = n), words);
        }
        assert_eq!(
            check_link("javascript:alert(1)"),
            reform_tracker::model::links::LinkCheck::Refused {
                reason: refusal.into()
            }
        );
        assert_eq!(Summary::of(&cs, None).fulfilled_line(), headline);
    }
    set_language(Lang::En);
}

#[test]
fn russian_plurals_and_digit_grouping_in_counts() {
    set_language(Lang::Ru);
    assert_eq!(
        t!("checklist-links", count = 21),
        "21 ссылка",
        "21 takes the singular in Russian"
    );
    assert_eq!(t!("checklist-links", count = 154), "154 ссылки");
    assert_eq!(t!("checklist-links", count = 1000), "1\u{a0}000 ссылок");
    set_language(Lang::En);
    assert_eq!(t!("checklist-links", count = 1000), "1,000 links");
}

#[test]
fn a_date_that_cannot_be_read_is_explained_in_the_language() {
    let said = |lang| {
        set_language(lang);
        "1 July".parse::<Date>().unwrap_err().to_string()
    };
    assert_eq!(
        said(Lang::Ru),
        "«1 July» — не дата: пишите ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ"
    );
    assert!(said(Lang::Kk).starts_with("«1 July» күн емес"));
    assert_eq!(
        said(Lang::En),
        "\"1 July\" is not a date: write YYYY-MM-DD, YYYY-MM or YYYY"
    );
}

#[test]
fn switching_the_language_redraws_the_checklist_at_once() {
    let mut h = harness(Lang::En);
    assert!(h.query_by_label("Uncategorized").is_some());
    assert!(h.query_by_label("Partnership offers").is_some());
    set_language(Lang::Ru);
    h.run();
    assert!(
        h.query_by_label("Без категории").is_some(),
        "the group's name is not kept from the English frame"
    );
    assert!(h.query_by_label("Предложения о партнёрстве").is_some());
    assert!(
        h.query_by_label(&format!("A4  {TITLE}, В работе, 2 ссылки"))
            .is_some()
    );
    set_language(Lang::En);
    h.run();
    assert!(h.query_by_label("Uncategorized").is_some());
}

#[test]
fn a_longer_status_label_widens_the_chips_instead_of_spilling_out() {
    let width = |lang, name: &str| {
        let h = harness(lang);
        let node = h.get_by_label(name);
        node.rect().width()
    };
    let english = width(Lang::En, "Status: Partially fulfilled");
    let russian = width(Lang::Ru, "Статус: Выполнено частично");
    set_language(Lang::En);
    assert!(
        russian > english,
        "\"Выполнено частично\" needs a wider chip than \"Partially fulfilled\": {russian} vs {english}"
    );
}
