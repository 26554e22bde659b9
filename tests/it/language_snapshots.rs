//! Every part of the window in English, Russian and Kazakh, light and dark, at 1280×800 and at
//! the smallest size the window allows (the command palette included): as pictures (in `tests/snapshots/layout/`, looked at
//! before they are committed), and checked for text that is cut off or wraps away from its
//! control. The language is per thread, so the three languages run side by side.

use crate::ui_common;

use std::path::{Path, PathBuf};

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use egui_kittest::{Harness, SnapshotOptions};
use reform_tracker::app::{App, Startup};
use reform_tracker::i18n::{Lang, set_language};
use reform_tracker::t;
use reform_tracker::ui::actions::{Action, Menu};
use reform_tracker::ui::theme::MIN_WINDOW;

/// The files some screens need: one that cannot be read, a sheet to import, a merge with
/// conflicts left.
struct Files {
    _dir: tempfile::TempDir,
    broken: PathBuf,
    sheet: PathBuf,
    conflicted: PathBuf,
}

impl Files {
    /// In a folder of the same name on every run: the paths show in the pictures.
    fn new(lang: Lang) -> Self {
        // A run that was killed leaves its folder behind; the name must be free again.
        let stale = std::env::temp_dir().join(format!("reform-tracker-layout-{}", lang.code()));
        let _ = std::fs::remove_dir_all(&stale);
        let dir = tempfile::Builder::new()
            .prefix(&format!("reform-tracker-layout-{}", lang.code()))
            .rand_bytes(0)
            .tempdir()
            .unwrap();
        let broken = dir.path().join("broken.ron");
        std::fs::write(&broken, "(format_version: 4, title: ").unwrap();
        let sheet = dir.path().join("sheet.csv");
        std::fs::write(
            &sheet,
            "id,title,status,evidence\nP12,Courts,In progress,https://adilet.zan.kz/\nX1,New,,\n",
        )
        .unwrap();
        let conflicted = dir.path().join("merged.ron");
        write_conflicted(&conflicted);
        Files {
            _dir: dir,
            broken,
            sheet,
            conflicted,
        }
    }
}

/// The shipped tracker with its title changed differently on two branches, merged.
fn write_conflicted(path: &Path) {
    use reform_tracker::model::merge::{Sides, merge};
    let base = reform_tracker::storage::shipped_tracker();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.title = "Tracker (elections desk)".into();
    theirs.title = "Tracker (courts desk)".into();
    let sides = Sides {
        ours: "elections".into(),
        theirs: "courts".into(),
    };
    let merged = merge(&base, &ours, &theirs, &sides);
    reform_tracker::storage::save_file(path, &merged).unwrap();
}

type Setup = fn(&mut Harness<'static, App>, &Files);

/// Each part of the window, reached as a user reaches it.
const SCREENS: &[(&str, Setup)] = &[
    // Overdue and flagged: the editor's marks line at its fullest.
    ("window", |h, _| select(h, "K1")),
    ("status_form", |h, _| {
        select(h, "P10");
        click(h, &t!("editor-history-change-status"));
        // The form offers today: a fixed day keeps the picture the same tomorrow.
        ui_common::set_text(h, &t!("editor-history-date"), "2026-11-29");
    }),
    ("dashboard", |h, _| keys(h, Modifiers::COMMAND, Key::Num2)),
    ("changes", |h, _| keys(h, Modifiers::COMMAND, Key::Num3)),
    ("properties", |h, _| keys(h, Modifiers::ALT, Key::Enter)),
    ("sources", |h, _| {
        menu(h, Menu::File, Action::Sources);
        click(h, &t!("sources-add"));
    }),
    ("delete", |h, _| {
        select(h, "P10");
        keys(h, Modifiers::NONE, Key::Delete);
    }),
    ("unsaved", |h, _| {
        // An edit with no date of today in it: the picture stays the same tomorrow.
        select(h, "P10");
        keys(h, Modifiers::NONE, Key::Delete);
        keys(h, Modifiers::NONE, Key::Enter);
        keys(h, Modifiers::COMMAND, Key::N);
    }),
    ("file_path", |h, _| {
        keys(h, Modifiers::COMMAND, Key::O);
        wait_for_path_field(h);
    }),
    ("message", |h, f| {
        keys(h, Modifiers::COMMAND, Key::O);
        answer_path(h, &f.broken);
        ui_common::wait_for(h, "the open", |app| app.loading_path().is_none());
    }),
    ("import", |h, f| {
        keys(h, Modifiers::COMMAND, Key::I);
        answer_path(h, &f.sheet);
        ui_common::wait_for(h, "the sheet", |app| {
            app.ui.dialogs.import().is_some_and(|i| {
                matches!(i.stage, reform_tracker::app::ImportStage::Mapping { .. })
            })
        });
    }),
    ("conflicts", |h, _| click(h, &t!("merge-banner-show"))),
    ("palette", |h, _| {
        keys(h, Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::P);
        h.get_by_label(&t!("palette-title")).type_text("ex");
        h.run();
    }),
];

fn harness(lang: Lang, dark: bool, size: [f32; 2], file: Option<PathBuf>) -> Harness<'static, App> {
    let mut h = Harness::builder()
        .with_size(size)
        .with_theme(egui::Theme::Light)
        .with_max_steps(30)
        .build_eframe(move |cc| {
            App::new(
                cc,
                Startup {
                    lang: Some(lang),
                    file,
                    ..Startup::default()
                },
            )
        });
    h.run();
    ui_common::wait_for(&mut h, "the file", |app| app.loading_path().is_none());
    // The list of conflicts opens by itself over the window: set aside while the theme is set.
    if h.state().ui.dialogs.conflicts_shown() {
        click(&mut h, &t!("merge-close"));
    }
    if (h.ctx.theme() == egui::Theme::Dark) != dark {
        menu(&mut h, Menu::View, Action::DarkTheme);
    }
    // The shipped tracker has deadlines: a fixed day keeps the overdue marks the same tomorrow.
    let as_of = t!("toolbar-as-of");
    ui_common::type_into(&mut h, &as_of, "2026-11-29");
    h.key_press(Key::Enter);
    h.run();
    h
}

fn keys(h: &mut Harness<'_, App>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    h.run();
}

fn click(h: &mut Harness<'_, App>, label: &str) {
    ui_common::click(h, label);
}

fn select(h: &mut Harness<'_, App>, id: &str) {
    ui_common::type_into(h, &t!("search-label"), id);
    ui_common::row(h, id).click();
    h.run();
    click(h, &t!("search-clear"));
}

fn menu(h: &mut Harness<'_, App>, menu: Menu, action: Action) {
    ui_common::menu(h, &menu.label(), &action.label());
}

fn wait_for_path_field(h: &mut Harness<'_, App>) {
    ui_common::wait_for(h, "the path field", |app| app.ui.path_prompt.is_some());
}

fn answer_path(h: &mut Harness<'_, App>, path: &Path) {
    wait_for_path_field(h);
    ui_common::set_text(h, &t!("dialog-file-path"), &path.display().to_string());
    h.key_press(Key::Enter);
    h.run();
}

/// What is cut off or stranded: text past the window's right edge, a button whose words wrap
/// onto a second line, a label neither beside nor right above the field it names.
fn layout_problems(h: &Harness<'_, App>) -> Vec<String> {
    let window = h.ctx.content_rect();
    let line = h.ctx.global_style().spacing.interact_size.y;
    let mut problems = Vec::new();
    let mut labels = std::collections::HashMap::new();
    for node in h.root().children_recursive() {
        let ak = node.accesskit_node();
        let (Some(name), Some(_)) = (ak.label(), ak.raw_bounds()) else {
            continue;
        };
        let rect = node.rect();
        if rect.right() > window.right() + 0.5 {
            problems.push(format!("{name:?} reaches past the window's edge"));
        }
        // A long title beside a tick box may wrap; a button's few words may not.
        if ak.role() == Role::Button && rect.height() > line * 1.5 {
            problems.push(format!("{name:?} wraps onto a second line"));
        }
        for label in ak.labelled_by() {
            let Some(b) = label.bounding_box() else {
                continue;
            };
            let (top, bottom) = (b.y0 as f32, b.y1 as f32);
            let beside = bottom > rect.top() && top < rect.bottom();
            // A label over a wide field ("New note") sits right above it.
            let above = bottom <= rect.top() && rect.top() - bottom <= line;
            let text = label.label().or_else(|| label.value()).unwrap_or_default();
            let entry = labels.entry(label.id()).or_insert((text, false));
            entry.1 |= beside || above;
        }
    }
    // A label names one control, or a row of them (radio buttons that may wrap): it is
    // stranded when none of them is beside it.
    for (text, placed) in labels.into_values() {
        if !placed {
            problems.push(format!("{text:?} is not beside the field it names"));
        }
    }
    problems
}

fn every_screen_in(lang: Lang) {
    let files = Files::new(lang);
    let mut problems = Vec::new();
    let mut pictures = egui_kittest::SnapshotResults::new();
    for (size_name, size) in [("1280x800", [1280.0, 800.0]), ("min", MIN_WINDOW)] {
        for dark in [false, true] {
            for (screen, setup) in SCREENS {
                let file = (*screen == "conflicts").then(|| files.conflicted.clone());
                let mut h = harness(lang, dark, size, file);
                setup(&mut h, &files);
                h.remove_cursor();
                h.run();
                let theme = if dark { "dark" } else { "light" };
                let name = format!("{screen}_{}_{theme}_{size_name}", lang.code());
                for p in layout_problems(&h) {
                    problems.push(format!("{name}: {p}"));
                }
                h.snapshot_options(
                    &name,
                    &SnapshotOptions::new().output_path("tests/snapshots/layout"),
                );
                pictures.extend_harness(&mut h);
            }
        }
    }
    set_language(Lang::En);
    assert!(problems.is_empty(), "{problems:#?}");
    pictures.unwrap();
}

#[test]
fn every_screen_in_english() {
    every_screen_in(Lang::En);
}

#[test]
fn every_screen_in_russian() {
    every_screen_in(Lang::Ru);
}

#[test]
fn every_screen_in_kazakh() {
    every_screen_in(Lang::Kk);
}
