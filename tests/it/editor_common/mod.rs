//! Helpers for the detail editor's tests: a window tall enough for every field, and typing
//! the way people type.
#![allow(dead_code)]

use egui::accesskit::Role;
use egui::{Event, Key, Modifiers};
use egui_kittest::kittest::Queryable as _;
use egui_kittest::{Harness, Node};
use reform_tracker::app::{App, Startup};

/// A window tall enough for the whole detail editor with its forms open, so every field is on
/// screen (fields scrolled out of view are not in the accessibility tree).
pub fn app_harness_with(startup: Startup) -> Harness<'static, App> {
    Harness::builder()
        .with_size([1280.0, 2600.0])
        .with_theme(egui::Theme::Light)
        .with_max_steps(30)
        .build_eframe(move |cc| {
            // The words tests look for are English, whatever this machine's locale.
            let lang = startup.lang.or(Some(reform_tracker::i18n::Lang::En));
            App::new(cc, Startup { lang, ..startup })
        })
}

pub fn app_harness() -> Harness<'static, App> {
    app_harness_with(Startup::default())
}

/// The text field with this label (a label may also name a filter drop-down).
pub fn field<'a>(harness: &'a Harness<'_, App>, label: &'a str) -> Node<'a> {
    harness
        .query_by_role_and_label(Role::TextInput, label)
        .or_else(|| harness.query_by_role_and_label(Role::MultilineTextInput, label))
        .unwrap_or_else(|| panic!("no text field labelled {label}"))
}

/// Puts the keyboard at the end of a field.
pub fn focus_end(harness: &mut Harness<'_, App>, label: &str) {
    field(harness, label).scroll_to_me();
    harness.run();
    field(harness, label).click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::End);
    harness.run();
}

/// Types one character per frame, as a person does.
pub fn type_slowly(harness: &mut Harness<'_, App>, text: &str) {
    for ch in text.chars() {
        harness.event(Event::Text(ch.to_string()));
        harness.run();
    }
}

/// Replaces a field's text.
pub fn set_text(harness: &mut Harness<'_, App>, label: &str, text: &str) {
    focus_end(harness, label);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.key_press(Key::Backspace);
    harness.run();
    harness.event(Event::Text(text.to_owned()));
    harness.run();
}
