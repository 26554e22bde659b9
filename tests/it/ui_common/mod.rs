//! Helpers shared by the whole-app tests.
#![allow(dead_code)]

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use reform_tracker::app::{App, Startup};

pub fn app_harness() -> Harness<'static, App> {
    app_harness_with(Startup::default())
}

pub fn app_harness_with(startup: Startup) -> Harness<'static, App> {
    Harness::builder()
        .with_size([1280.0, 800.0])
        .with_theme(egui::Theme::Light)
        // Switching the theme or the language takes a few frames to settle: grids measure
        // their new widths.
        .with_max_steps(30)
        .build_eframe(move |cc| {
            // The words tests look for are English, whatever this machine's locale.
            let lang = startup.lang.or(Some(reform_tracker::i18n::Lang::En));
            App::new(cc, Startup { lang, ..startup })
        })
}

pub fn index_of(app: &App, id: &str) -> usize {
    app.doc
        .project
        .commitments
        .iter()
        .position(|c| c.id == id)
        .unwrap_or_else(|| panic!("{id} is not in the project"))
}

/// Scrolls a control into view, then clicks it, as a user would.
pub fn click(harness: &mut Harness<'_, App>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).click();
    harness.run();
}

pub fn type_into(harness: &mut Harness<'_, App>, label: &str, text: &str) {
    click(harness, label);
    harness.get_by_label(label).type_text(text);
    harness.run();
}

/// Finds a commitment through the search box (the checklist only lays out visible rows).
pub fn select_by_search(harness: &mut Harness<'_, App>, id: &str) {
    type_into(harness, "Search", id);
    row(harness, id).click();
    harness.run();
}

/// The checklist row of item `id`: its label starts with the id ("K1" is not "ODIHR-K1").
pub fn row<'a>(harness: &'a Harness<'_, App>, id: &str) -> egui_kittest::Node<'a> {
    let start = format!("{id}  ");
    harness
        .query_all_by(move |n| n.label().is_some_and(|l| l.starts_with(&start)))
        .next()
        .unwrap_or_else(|| panic!("no row for {id}"))
}

/// Opens a menu and clicks an item in it, as a user does. The item is the one the open menu
/// adds, even where a button in the window has the same words ("Save screenshot…").
pub fn menu(harness: &mut Harness<'_, App>, menu: &str, item: &str) {
    let elsewhere: Vec<egui::Rect> = harness.query_all_by_label(item).map(|n| n.rect()).collect();
    harness.get_by_label(menu).click();
    harness.run();
    let node = harness
        .query_all_by_label(item)
        .find(|n| !elsewhere.contains(&n.rect()))
        .unwrap_or_else(|| panic!("no {item:?} in the {menu} menu"));
    node.click();
    harness.run();
}

/// Replaces a field's text by typing, as a user selecting all of it and typing over it.
pub fn set_text(harness: &mut Harness<'_, App>, label: &str, text: &str) {
    click(harness, label);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.key_press(egui::Key::Backspace);
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

/// Picks an entry of a drop-down by its text (the open list is drawn last).
pub fn choose(harness: &mut Harness<'_, App>, label: &str, option: &str) {
    click(harness, label);
    let item = harness
        .query_all_by_label(option)
        .last()
        .unwrap_or_else(|| panic!("{option:?} is not listed under {label:?}"));
    item.click();
    harness.run();
}

/// Steps until `done` holds, for work that finishes on another thread or over several frames.
pub fn wait_for(harness: &mut Harness<'_, App>, what: &str, done: impl Fn(&App) -> bool) {
    for _ in 0..1000 {
        if done(harness.state()) {
            harness.run();
            return;
        }
        harness.step();
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("{what} did not happen");
}

/// With no native file dialog on this machine the app offers a "File path" field (the dialog
/// answers from its own thread): type the whole path there and press Enter.
pub fn answer_path(harness: &mut Harness<'_, App>, path: &std::path::Path) {
    wait_for(harness, "the path field", |app| {
        app.ui.path_prompt.is_some()
    });
    assert!(
        harness.query_by_label("File path").is_some(),
        "asked for a path"
    );
    set_text(harness, "File path", &path.display().to_string());
    harness.key_press(egui::Key::Enter);
    // What the path starts (an open, a save, an import) may still be running, with its
    // progress repainting: the caller waits for what it needs.
    let _ = harness.run_ok();
}

/// Menu → item, the path typed and Enter pressed, then frame by frame (the window keeps
/// painting while the work runs) until `running` holds: for work whose progress bar and
/// Cancel button a test catches while it runs.
pub fn start_with_path(
    harness: &mut Harness<'_, App>,
    (menu_name, item): (&str, &str),
    path: &std::path::Path,
    running: impl Fn(&App) -> bool,
) {
    menu(harness, menu_name, item);
    wait_for(harness, "the path field", |app| {
        app.ui.path_prompt.is_some()
    });
    set_text(harness, "File path", &path.display().to_string());
    harness.key_press(egui::Key::Enter);
    for _ in 0..200 {
        harness.step();
        if running(harness.state()) {
            break;
        }
    }
    harness.step();
}

/// File → Save As…, typed path; returns once the save (on a worker thread) has finished.
pub fn save_as(harness: &mut Harness<'_, App>, path: &std::path::Path) {
    menu(harness, "File", "Save As…");
    answer_path(harness, path);
    wait_for(harness, "the save", |app| app.saving_path().is_none());
}

/// File → Open…, typed path; returns once the file has been read.
pub fn open_file(harness: &mut Harness<'_, App>, path: &std::path::Path) {
    menu(harness, "File", "Open…");
    answer_path(harness, path);
    wait_for(harness, "the open", |app| app.loading_path().is_none());
}

/// Ctrl+S, as a user saves.
pub fn save_key(harness: &mut Harness<'_, App>) {
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run();
}

/// Selects a commitment by its id and types a new title over its old one.
pub fn retitle(harness: &mut Harness<'_, App>, id: &str, title: &str) {
    set_text(harness, "Search", id);
    harness.get_by_label_contains(&format!("{id}  ")).click();
    harness.run();
    set_text(harness, "Title", title);
}

/// Labelled parts of the window that reach past its right edge.
pub fn beyond_the_edge(harness: &Harness<'_, App>) -> Vec<String> {
    let window = harness.ctx.content_rect();
    harness
        .root()
        .children_recursive()
        .filter(|n| {
            n.accesskit_node().raw_bounds().is_some() && n.accesskit_node().label().is_some()
        })
        .filter(|n| n.rect().right() > window.right() + 0.5)
        .map(|n| {
            format!(
                "{:?} ({:.0} > {:.0})",
                n.accesskit_node().label(),
                n.rect().right(),
                window.right()
            )
        })
        .collect()
}

/// The addresses the window asked the browser to open in its last frame.
pub fn opened_urls(harness: &Harness<'_, App>) -> Vec<String> {
    harness
        .output()
        .platform_output
        .commands
        .iter()
        .filter_map(|c| match c {
            egui::OutputCommand::OpenUrl(u) => Some(u.url.clone()),
            _ => None,
        })
        .collect()
}

/// The window loses or gets back the keyboard, as when a native dialog opens and closes.
pub fn set_focused(harness: &mut Harness<'_, App>, focused: bool) {
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .focused = Some(focused);
    harness.run();
}

/// Opens the command palette with one of its keys (Ctrl+Shift+P, Ctrl+K), as a user does.
pub fn open_palette(harness: &mut Harness<'_, App>, modifiers: egui::Modifiers, key: egui::Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run();
}

/// The palette's search field's name: its title, in the window's language.
pub fn palette_title() -> String {
    reform_tracker::t!("palette-title")
}

/// Whether the palette's search field has the keyboard.
pub fn palette_focused(harness: &Harness<'_, App>) -> bool {
    harness.get_by_label(&palette_title()).is_focused()
}

/// Types a few letters into the palette's search field (it has the keyboard from the start).
pub fn palette_type(harness: &mut Harness<'_, App>, text: &str) {
    let title = palette_title();
    harness.get_by_label(&title).type_text(text);
    harness.run();
}

/// The row of the open palette with this label: the one below its search field, not a control
/// of the window with the same words ("Dashboard" in the toolbar).
pub fn palette_row<'a>(
    harness: &'a Harness<'_, App>,
    label: &'a str,
) -> Option<egui_kittest::Node<'a>> {
    let field = harness.get_by_label(&palette_title()).rect();
    harness
        .query_all_by_label(label)
        .find(|n| n.rect().top() >= field.bottom() && n.rect().left() >= field.left() - 1.0)
}

/// Whether a control is greyed out.
pub fn greyed_out(node: &egui_kittest::Node<'_>) -> bool {
    node.accesskit_node().is_disabled()
}
