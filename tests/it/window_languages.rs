//! The window's own words in Russian and Kazakh: menus, the status bar, plurals and the file
//! errors that reach the user.

use crate::ui_common;

use egui_kittest::kittest::Queryable as _;
use reform_tracker::i18n::{Lang, set_language};
use reform_tracker::storage::parse_project;
use reform_tracker::t;
use ui_common::{app_harness, menu};

/// Runs `f` in `lang`, then puts English back even if `f` panicked.
fn in_language(lang: Lang, f: impl FnOnce()) {
    struct Back;
    impl Drop for Back {
        fn drop(&mut self) {
            set_language(Lang::En);
        }
    }
    let _back = Back;
    set_language(lang);
    f();
}

#[test]
fn view_language_switches_the_menus_and_the_status_bar_at_once() {
    let mut harness = app_harness();
    menu(&mut harness, "View", "Language");
    harness.get_by_label("Русский").click();
    harness.run();
    for label in [
        "Файл",
        "Правка",
        "Вид",
        "Чек-лист",
        "Сводка",
        "Поиск",
        "Без названия — ещё не сохранено в файл",
    ] {
        harness.get_by_label(label);
    }
    assert!(
        harness.query_by_label("File").is_none(),
        "no English menu is left"
    );
    menu(&mut harness, "Вид", "Язык");
    harness.get_by_label("Қазақша").click();
    harness.run();
    for label in [
        "Түзету",
        "Көрініс",
        "Тізім",
        "Тақта",
        "Іздеу",
        "Атаусыз — әлі файлға сақталмаған",
    ] {
        harness.get_by_label(label);
    }
    menu(&mut harness, "Көрініс", "Тіл");
    harness.get_by_label("English").click();
    harness.run();
    harness.get_by_label("File");
    set_language(Lang::En);
}

#[test]
fn counts_take_each_languages_plural() {
    let overdue = |n: i64| t!("overdue-by", count = n);
    in_language(Lang::En, || {
        assert_eq!(overdue(1), "Overdue by 1 day");
        assert_eq!(overdue(40), "Overdue by 40 days");
    });
    in_language(Lang::Ru, || {
        assert_eq!(overdue(1), "Просрочено на 1 день");
        assert_eq!(overdue(3), "Просрочено на 3 дня");
        assert_eq!(overdue(5), "Просрочено на 5 дней");
        assert_eq!(overdue(21), "Просрочено на 21 день");
        assert_eq!(
            t!("summary-evidence-links", count = 50_000),
            "50\u{a0}000 подтверждений"
        );
    });
    in_language(Lang::Kk, || {
        assert_eq!(overdue(5), "Мерзімі 5 күнге өтті");
        assert_eq!(t!("summary-evidence-links", count = 2), "2 дәлел");
    });
}

#[test]
fn file_errors_keep_their_place_and_change_their_words() {
    let place_and_words = || match parse_project("", "x.ron") {
        Err(e) => e.to_string(),
        Ok(_) => panic!("an empty file is refused"),
    };
    in_language(Lang::En, || {
        assert_eq!(
            place_and_words(),
            "x.ron, line 1, column 1: the file is empty"
        )
    });
    in_language(Lang::Ru, || {
        assert_eq!(place_and_words(), "x.ron, строка 1, столбец 1: файл пуст")
    });
    in_language(Lang::Kk, || {
        assert_eq!(place_and_words(), "x.ron, 1-жол, 1-баған: файл бос")
    });
}

#[test]
fn a_message_keeps_its_paragraphs_in_every_language() {
    for lang in Lang::ALL {
        in_language(lang, || {
            let body = t!(
                "msg-kept-file-body",
                name = "a.ron",
                reason = "r",
                copy = "a (copy).ron"
            );
            assert!(
                body.contains(".\n\n") && body.contains("a (copy).ron"),
                "{lang:?}: {body:?}"
            );
        });
    }
}

#[test]
fn the_command_line_check_counts_in_the_language() {
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/v2.ron");
    let line = |lang| {
        let mut out = String::new();
        in_language(lang, || {
            out = reform_tracker::cli::files::validate_line(&file).expect("the file is good")
        });
        out
    };
    let english = line(Lang::En);
    assert!(english.contains(" commitment"), "{english}");
    let russian = line(Lang::Ru);
    assert!(
        russian.contains(" обязательств") && !russian.contains(" commitment"),
        "{russian}"
    );
    let kazakh = line(Lang::Kk);
    assert!(kazakh.contains(" міндеттеме"), "{kazakh}");
}

/// In Russian and Kazakh every filter label stays on the line of its drop-down: no drop-down
/// starts a line alone, its label left at the end of the line above.
#[test]
fn filter_labels_stay_beside_their_drop_downs() {
    use egui::accesskit::Role;
    for lang in [Lang::Ru, Lang::Kk, Lang::En] {
        in_language(lang, || {
            let mut harness = ui_common::app_harness_with(reform_tracker::app::Startup {
                lang: Some(lang),
                ..Default::default()
            });
            harness.run();
            let search = harness.get_by_label(&t!("search-label")).rect();
            for key in [
                "search-status",
                "search-kind",
                "search-sort",
                "search-actor",
                "search-category",
                "search-tag",
                "search-standing",
            ] {
                let word = t!(key);
                let combo = harness.get_by_role_and_label(Role::ComboBox, &word).rect();
                // The search field starts just after its own label, one label's width in.
                assert!(
                    combo.left() > search.left() - 20.0,
                    "{lang:?}: the {word:?} drop-down starts a line alone at {combo:?}"
                );
            }
        });
    }
}
