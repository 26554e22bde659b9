//! Exports, the citation line and the charts' words in English, Russian and Kazakh: HTML stays
//! well formed and says which language it is in, Markdown keeps its tables, and CSV keeps the
//! same machine keys and values in every language.

use crate::common;

use common::{check_balanced, d, sample};
use reform_tracker::i18n::{Lang, set_language};
use reform_tracker::model::summary::Summary;
use reform_tracker::model::{Commitment, Kind, Project};
use reform_tracker::report::{self, ExportFormat, csv::HEADER};
use reform_tracker::ui::charts::{Items, summary_text};

/// Runs `f` with the interface in `lang`, then back in English.
fn in_language<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    set_language(lang);
    let out = f();
    set_language(Lang::En);
    out
}

/// The words of the English exports that come from reports.ftl; none may be left in the others.
const ENGLISH_WORDS: [&str; 10] = [
    "Headline figures",
    "Status scale",
    "Latest evidence",
    "Status date",
    "Meaning",
    "commitments tracked",
    "Commitments tracked",
    "Exported from",
    "Status as of",
    "assessed (",
];

#[test]
fn html_in_each_language_is_well_formed_and_says_its_language() {
    let p = sample();
    for (lang, headline, scale) in [
        (Lang::En, "Headline figures", "Status scale"),
        (Lang::Ru, "Основные показатели", "Шкала статусов"),
        (Lang::Kk, "Негізгі көрсеткіштер", "Мәртебелер шкаласы"),
    ] {
        let html = in_language(lang, || report::to_html(&p, Some(d("2023-02-01"))));
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(
            html.contains(&format!("<html lang=\"{}\">", lang.code())),
            "{lang:?}"
        );
        check_balanced(&html);
        assert!(html.contains(&format!("<h2>{headline}</h2>")), "{lang:?}");
        assert!(html.contains(&format!("<h2>{scale}</h2>")), "{lang:?}");
        assert!(html.contains("2023-02-01"), "{lang:?} states the date");
        for c in &p.commitments {
            assert!(
                html.contains(&format!("<tr id=\"c-{}\">", c.id)),
                "{lang:?} {}",
                c.id
            );
        }
        if lang != Lang::En {
            for word in ENGLISH_WORDS {
                assert!(!html.contains(word), "{lang:?} HTML still says {word:?}");
            }
        }
    }
}

#[test]
fn markdown_in_each_language_keeps_its_tables() {
    let p = sample();
    let english = in_language(Lang::En, || report::to_markdown(&p, None));
    let rows = |md: &str| md.lines().filter(|l| l.starts_with("| ")).count();
    let today = reform_tracker::model::Date::today();
    for (lang, as_of, current) in [
        (
            Lang::Ru,
            format!("Статус на {today}."),
            "Оценки актуальны на 2024-06-30.",
        ),
        (
            Lang::Kk,
            format!("{today} күнгі мәртебе."),
            "Бағалар 2024-06-30 күнгі жағдай бойынша.",
        ),
    ] {
        let md = in_language(lang, || report::to_markdown(&p, None));
        assert_eq!(rows(&md), rows(&english), "{lang:?}: the same table rows");
        assert!(md.contains(&as_of), "{lang:?}: {md}");
        assert!(md.contains(current), "{lang:?}: {md}");
        for word in ENGLISH_WORDS {
            assert!(!md.contains(word), "{lang:?} Markdown still says {word:?}");
        }
    }
}

#[test]
fn csv_is_the_same_in_every_language() {
    let p = sample();
    let english = in_language(Lang::En, || report::to_csv(&p, Some(d("2023-02-01"))));
    let header = english
        .trim_start_matches('\u{FEFF}')
        .lines()
        .next()
        .expect("a header");
    assert_eq!(header, HEADER.join(","));
    assert!(
        english.contains(",In progress,"),
        "status values in English"
    );
    for lang in [Lang::Ru, Lang::Kk] {
        let csv = in_language(lang, || report::to_csv(&p, Some(d("2023-02-01"))));
        assert_eq!(csv, english, "{lang:?}: keys and values unchanged");
    }
}

#[test]
fn export_dispatch_and_format_names_follow_the_language() {
    let p = sample();
    for lang in Lang::ALL {
        let (html, label) = in_language(lang, || {
            (
                String::from_utf8(report::export(&p, ExportFormat::Html, None).unwrap()).unwrap(),
                ExportFormat::Html.label(),
            )
        });
        check_balanced(&html);
        let want = match lang {
            Lang::En => "HTML page",
            Lang::Ru => "HTML-страница",
            Lang::Kk => "HTML беті",
        };
        assert_eq!(label, want);
    }
}

#[test]
fn citation_in_each_language() {
    let p = sample();
    let c = &p.commitments[0];
    let en = in_language(Lang::En, || report::citation(&p, c, Some(d("2023-02-01"))));
    assert!(en.contains("as of 2023-02-01"), "{en}");
    for (lang, quote, source) in [
        (Lang::Ru, "«", " Источник: State of the Nation Address"),
        (Lang::Kk, "«", " Дереккөз: State of the Nation Address"),
    ] {
        let line = in_language(lang, || report::citation(&p, c, Some(d("2023-02-01"))));
        assert!(line.starts_with(quote), "{line}");
        assert!(line.contains("2023-02-01"), "{line}");
        assert!(line.contains(source), "{line}");
        assert!(
            !line.contains("as of") && !line.contains("Source:"),
            "{line}"
        );
        assert!(!line.contains('\n'));
    }
}

fn project_of(n: usize) -> Project {
    let mut p = sample();
    p.commitments = (0..n)
        .map(|i| Commitment::new(format!("X{i}"), Kind::Reform, "A reform"))
        .collect();
    p
}

#[test]
fn counts_in_exports_are_grouped_the_languages_way() {
    let p = project_of(1200);
    for (lang, figure) in [
        (Lang::En, "<strong>1,200</strong> commitments tracked"),
        (
            Lang::Ru,
            "<strong>1\u{a0}200</strong> обязательств в трекере",
        ),
        (Lang::Kk, "<strong>1\u{a0}200</strong> міндеттеме бақылауда"),
    ] {
        let html = in_language(lang, || report::to_html(&p, None));
        assert!(html.contains(figure), "{lang:?}");
    }
}

#[test]
fn chart_summaries_use_each_languages_plurals() {
    let summary = |n: usize| Summary::of(&project_of(n).commitments, None);
    let cases = [
        (Lang::En, 1, "Status of 1 commitment: "),
        (Lang::En, 2, "Status of 2 commitments: "),
        (Lang::Ru, 1, "1 обязательство по статусам: "),
        (Lang::Ru, 3, "3 обязательства по статусам: "),
        (Lang::Ru, 5, "5 обязательств по статусам: "),
        (Lang::Ru, 21, "21 обязательство по статусам: "),
        (Lang::Kk, 1, "1 міндеттеменің мәртебелері: "),
        (Lang::Kk, 5, "5 міндеттеменің мәртебелері: "),
    ];
    for (lang, n, start) in cases {
        let text = in_language(lang, || summary_text(&summary(n), Items::Commitments));
        assert!(text.starts_with(start), "{lang:?} {n}: {text}");
    }
    let en = in_language(Lang::En, || summary_text(&summary(5), Items::Commitments));
    assert_eq!(en, "Status of 5 commitments: 5 not assessed");
    let empty = in_language(Lang::Ru, || summary_text(&summary(0), Items::Commitments));
    assert_eq!(empty, "Обязательств пока нет");
    let recommendations = [
        (Lang::En, 2, "Status of 2 recommendations: "),
        (Lang::Ru, 5, "5 рекомендаций по статусам: "),
        (Lang::Kk, 1, "1 ұсынымның мәртебелері: "),
    ];
    for (lang, n, start) in recommendations {
        let text = in_language(lang, || summary_text(&summary(n), Items::Recommendations));
        assert!(text.starts_with(start), "{lang:?} {n}: {text}");
    }
}
