//! The command palette (Ctrl+Shift+P, Ctrl+K): every action of the table, found by typing a few
//! letters of its name in any of the window's languages, and run with Enter. It sends the same
//! command as the menu item or the key, so it can never do something else.

use egui::{Button, Id, Key, Modal, Modifiers, TextEdit, Ui};

use super::actions::{self, Action};
use super::{theme, widgets};
use crate::app::{Command, Dialog, PaletteState, UiState};
use crate::i18n::Lang;

/// The actions whose name, in English, Russian or Kazakh, holds `query` (any case), in the
/// table's order. An empty query finds them all.
pub fn matching(query: &str) -> Vec<Action> {
    let query = query.trim().to_lowercase();
    Action::all()
        .into_iter()
        .filter(|action| {
            query.is_empty()
                || Lang::ALL.iter().any(|lang| {
                    action
                        .palette_label_in(*lang)
                        .to_lowercase()
                        .contains(&query)
                })
        })
        .collect()
}

/// The keys the palette answers, taken before its search field sees them (the field would
/// move its cursor on ↑ and ↓ and give up the keyboard on Enter and Escape).
struct Keys {
    down: bool,
    up: bool,
    enter: bool,
    escape: bool,
}

impl Keys {
    fn take(ctx: &egui::Context) -> Self {
        ctx.input_mut(|i| {
            let mut key = |k| i.consume_key(Modifiers::NONE, k);
            Keys {
                down: key(Key::ArrowDown),
                up: key(Key::ArrowUp),
                enter: key(Key::Enter),
                escape: key(Key::Escape),
            }
        })
    }
}

pub fn palette_ui(ctx: &egui::Context, state: &mut UiState, out: &mut Vec<Command>) {
    let cx = actions::Context::of(ctx, state);
    let Some(Dialog::Palette(palette)) = state.dialogs.shown_mut() else {
        return;
    };
    let keys = Keys::take(ctx);
    let mut found = matching(&palette.query);
    step_highlight(palette, &keys, found.len());
    let mut run: Option<Action> = None;
    let modal = Modal::new(Id::unique("command-palette")).show(ctx, |ui| {
        ui.set_width(theme::dialog::PALETTE);
        let title = ui.heading(crate::t!("palette-title"));
        let before = palette.query.clone();
        let field = ui
            .add(
                TextEdit::singleline(&mut palette.query)
                    .id_salt("palette-query")
                    .hint_text(crate::t!("palette-hint"))
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(title.id);
        // The keyboard is in the field at once: a user opens the palette to type.
        if !std::mem::replace(&mut palette.focused, true) {
            field.request_focus();
        }
        if palette.query != before {
            palette.highlight = 0;
            found = matching(&palette.query);
        }
        ui.add_space(theme::space::SMALL);
        // A fixed height, so the dialog keeps its size and place as the list narrows.
        egui::ScrollArea::vertical()
            .id_salt("palette-list")
            .max_height(theme::dialog::PALETTE_LIST)
            .auto_shrink([false, false])
            .show(ui, |ui| {
                if found.is_empty() {
                    ui.label(widgets::muted(crate::t!("palette-nothing-found")));
                }
                for (i, action) in found.iter().copied().enumerate() {
                    if row_ui(ui, action, cx, i == palette.highlight, palette.scroll) {
                        run = Some(action);
                    }
                }
            });
        palette.scroll = false;
        ui.add_space(theme::space::SMALL);
        ui.label(widgets::muted(crate::t!("palette-keys")));
        field.id
    });
    if keys.enter {
        run = found.get(palette.highlight).copied();
    }
    // Greyed-out actions say why beside their name; Enter on one does nothing.
    let command = run.and_then(|action| action.command(cx));
    let close = command.is_some() || keys.escape || modal.should_close();
    out.extend(command);
    if close {
        ctx.memory_mut(|m| m.surrender_focus(modal.inner));
        state.dialogs.close();
    }
}

/// Moves the highlight by ↑ and ↓, within the list.
fn step_highlight(palette: &mut PaletteState, keys: &Keys, count: usize) {
    let last = count.saturating_sub(1);
    let before = palette.highlight;
    if keys.down {
        palette.highlight = (palette.highlight + 1).min(last);
    }
    if keys.up {
        palette.highlight = palette.highlight.saturating_sub(1);
    }
    palette.highlight = palette.highlight.min(last);
    palette.scroll |= palette.highlight != before;
}

/// One action: its name, its key at the right end of the row, and why it is greyed out when
/// it is. True when clicked.
fn row_ui(
    ui: &mut Ui,
    action: Action,
    cx: actions::Context,
    highlighted: bool,
    scroll: bool,
) -> bool {
    let label = action.palette_label();
    let why_not = action.why_not(cx);
    let enabled = why_not.is_none();
    // The name keeps to the left however wide the row is.
    let button = Button::selectable(highlighted, (label.as_str(), egui::Atom::grow()))
        .min_size(egui::vec2(ui.available_width(), theme::ROW_HEIGHT));
    let response = ui.add_enabled(enabled, button);
    // Named by the action alone, as in the menu: the highlight is not a pressed toggle.
    response
        .widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Button, enabled, &label));
    // The key is a label of its own over the row's right end, so a screen reader (and a test)
    // reads it too; it takes no clicks, which reach the row beneath.
    if let Some(keys) = action.shortcut_text(ui.ctx()) {
        let rect = response.rect.shrink2(ui.spacing().button_padding);
        // A child that takes no room: the row below starts where it would anyway.
        let mut over = ui.new_child(
            egui::UiBuilder::new()
                .max_rect(rect)
                .layout(egui::Layout::right_to_left(egui::Align::Center)),
        );
        over.add_enabled(
            enabled,
            egui::Label::new(widgets::muted(keys)).selectable(false),
        );
    }
    if highlighted && scroll {
        response.scroll_to_me(None);
    }
    if let Some(reason) = why_not {
        ui.indent(("palette-why-not", action.name()), |ui| {
            ui.label(widgets::muted(reason));
        });
    }
    response.clicked()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_few_letters_in_any_language_find_the_action() {
        for query in ["save", "SAVE", "сохр", "Сақта"] {
            assert!(
                matching(query).contains(&Action::Save),
                "{query:?} finds Save"
            );
        }
        assert!(matching("dashb").contains(&Action::Show(crate::app::View::Dashboard)));
        assert!(matching("экспорт").contains(&Action::Export(crate::report::ExportFormat::Html)));
        assert_eq!(matching("").len(), Action::all().len());
        assert!(matching("zzzz-no-such-action").is_empty());
    }
}
