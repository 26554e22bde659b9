//! The keyboard: every key of the table of actions, the checklist's plain keys among them.

use egui::Modifiers;

use super::actions::{self, Action, KeysWhen};
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
    if state.modal_open() {
        return;
    }
    let cx = actions::Context::of(ctx, state);
    let typing = ctx.memory(|m| m.focused().is_some());
    let draft_typing = super::widgets::draft_has_focus(ctx);
    // Escape that took the keyboard from a text field did only that: the selection stays.
    let left_a_field = ctx
        .data(|d| d.get_temp::<bool>(egui::Id::unique(HAD_KEYBOARD)))
        .unwrap_or(false);
    for (shortcut, action) in table() {
        let now = match action.keys_when() {
            KeysWhen::Always => true,
            KeysWhen::NotInDraft => !(typing && draft_typing),
            KeysWhen::NotTyping => !typing,
            // Escape in an open drop-down or menu only closes it: leave the key to the popup.
            KeysWhen::NotClosing => !typing && !left_a_field && !egui::Popup::is_any_open(ctx),
        };
        let command = action.command(cx);
        // A plain key that does nothing now (Enter with nothing selected) is left to the window.
        let plain = matches!(
            action.keys_when(),
            KeysWhen::NotTyping | KeysWhen::NotClosing
        );
        if !now || (plain && command.is_none()) || !ctx.input_mut(|i| i.consume_shortcut(&shortcut))
        {
            continue;
        }
        out.extend(command);
    }
}

/// The detail editor's title field, which Enter puts the keyboard in.
pub const TITLE_FIELD_ID: &str = "detail-title";
