//! Keyboard shortcuts of the menu commands: one table, used by the menu and the keyboard.

use egui::{Key, Modifiers};

use super::actions::{self, Action};
use crate::app::{Command, UiState};

/// Shortcuts of the table of actions. Longer combinations are tried first so that Ctrl+Shift+S
/// is not taken for Ctrl+S.
fn table() -> Vec<(egui::KeyboardShortcut, Action)> {
    let mut table: Vec<_> = Action::all()
        .into_iter()
        .flat_map(|a| a.shortcuts().iter().map(move |s| (*s, a)))
        .collect();
    table.sort_by_key(|(s, _)| std::cmp::Reverse(modifier_count(s.modifiers)));
    table
}

fn modifier_count(m: Modifiers) -> u8 {
    u8::from(m.alt) + u8::from(m.ctrl || m.command || m.mac_cmd) + u8::from(m.shift)
}

/// Whether a text field had the keyboard when the last frame ended (egui takes it away on
/// Escape before the next frame's keys are read).
const HAD_KEYBOARD: &str = "had-keyboard";

/// Remembers, at the end of a frame, whether a text field has the keyboard.
pub fn remember_keyboard(ctx: &egui::Context) {
    let typing = ctx.memory(|m| m.focused().is_some());
    ctx.data_mut(|d| d.insert_temp(egui::Id::unique(HAD_KEYBOARD), typing));
}

pub fn collect(ctx: &egui::Context, state: &mut UiState, out: &mut Vec<Command>) {
    let selected = state.selected;
    if state.modal_open() {
        return;
    }
    let cx = actions::Context {
        selected,
        report_mode: state.report_mode,
        dark: ctx.theme() == egui::Theme::Dark,
    };
    let typing = ctx.memory(|m| m.focused().is_some());
    let draft_typing = super::widgets::draft_has_focus(ctx);
    for (shortcut, action) in table() {
        // A draft (a note or link being typed) undoes its own typing: Ctrl+Z there must not
        // undo the note added before it. Fields bound to the project leave Undo to the app.
        if typing
            && (action.needs_free_keyboard()
                || (matches!(action, Action::Undo | Action::Redo) && draft_typing))
        {
            continue;
        }
        if !ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
            continue;
        }
        if let Some(command) = action.command(cx) {
            out.push(command);
        }
    }
    // Plain keys move through the checklist only while no text field has the keyboard.
    if typing {
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
    // Escape in an open drop-down or menu only closes it: leave the key to the popup. Escape
    // that took the keyboard from a text field did only that: the selection stays.
    let left_a_field = ctx
        .data(|d| d.get_temp::<bool>(egui::Id::unique(HAD_KEYBOARD)))
        .unwrap_or(false);
    if !egui::Popup::is_any_open(ctx) && !left_a_field && key(Key::Escape) {
        if state.report_mode {
            out.push(Command::SetReportMode(false));
        } else {
            out.push(Command::Select(None));
        }
    }
    if selected.is_some() && key(Key::Enter) {
        ctx.memory_mut(|m| m.request_focus(egui::Id::unique(TITLE_FIELD_ID)));
    }
}

/// The detail editor's title field, which Enter puts the keyboard in.
pub const TITLE_FIELD_ID: &str = "detail-title";
