//! Keyboard shortcuts of the menu commands: one table, used by the menu and the keyboard.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::app::{Command, UiState};

pub const NEW: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::N);
pub const OPEN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
pub const SAVE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
pub const SAVE_AS: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S);
pub const QUIT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Q);
pub const UNDO: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
pub const REDO: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z);
pub const REDO_ALT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Y);
/// Zoom keys are handled by egui itself; these are shown in the menu.
pub const ZOOM_IN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Plus);
pub const ZOOM_OUT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Minus);
pub const FIND: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::F);

/// Pairs each shortcut with its command. Longer combinations come first so that
/// Ctrl+Shift+S is not taken for Ctrl+S.
pub fn table() -> [(KeyboardShortcut, Command); 8] {
    [
        (SAVE_AS, Command::SaveAs),
        (REDO, Command::Redo),
        (REDO_ALT, Command::Redo),
        (UNDO, Command::Undo),
        (NEW, Command::New),
        (OPEN, Command::Open),
        (SAVE, Command::Save),
        (QUIT, Command::Quit),
    ]
}

pub fn collect(ctx: &egui::Context, state: &mut UiState, modal_open: bool, out: &mut Vec<Command>) {
    let selected = state.selected;
    if modal_open {
        return;
    }
    for (shortcut, command) in table() {
        if ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
            out.push(command);
        }
    }
    if ctx.input_mut(|i| i.consume_shortcut(&FIND)) {
        ctx.memory_mut(|m| m.request_focus(egui::Id::unique(super::search::SEARCH_ID)));
    }
    // Plain keys move through the checklist only while no text field has the keyboard.
    if ctx.memory(|m| m.focused().is_some()) {
        return;
    }
    let key = |k: Key| ctx.input_mut(|i| i.consume_key(Modifiers::NONE, k));
    if key(Key::ArrowDown) {
        out.push(Command::MoveSelection(1));
    }
    if key(Key::ArrowUp) {
        out.push(Command::MoveSelection(-1));
    }
    if key(Key::PageDown) {
        out.push(Command::MoveSelection(20));
    }
    if key(Key::PageUp) {
        out.push(Command::MoveSelection(-20));
    }
    if key(Key::Home) {
        out.push(Command::MoveSelection(i32::MIN));
    }
    if key(Key::End) {
        out.push(Command::MoveSelection(i32::MAX));
    }
    if key(Key::Escape) {
        if state.report_mode {
            state.report_mode = false;
        } else {
            out.push(Command::Select(None));
        }
    }
    if let Some(index) = selected {
        if key(Key::Delete) {
            out.push(Command::RequestDelete(index));
        }
        if key(Key::Enter) {
            ctx.memory_mut(|m| m.request_focus(egui::Id::unique(TITLE_FIELD_ID)));
        }
    }
}

/// The detail editor's title field, which Enter puts the keyboard in.
pub const TITLE_FIELD_ID: &str = "detail-title";
