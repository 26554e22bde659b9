//! Keystrokes reach the field they were typed in, even when a click follows in the same frame.
//!
//! egui 0.37 takes the keyboard away from a text field on a click elsewhere while it styles the
//! field (`Ui::widget_style` reads the field's response), before the field handles the
//! frame's keystrokes; and a field drawn above the focused one takes the keyboard on press
//! before the focused one is drawn. On a busy machine, fast typing and the click on the next
//! field arrive in one frame, and the last characters typed were dropped. This plugin splits
//! such a frame in two: what was typed before the press is handled in this frame, the press
//! and everything after it in the next.

use std::collections::VecDeque;

use egui::{Context, Event, RawInput};

/// Registers the plugin on the window's context.
pub fn install(ctx: &Context) {
    ctx.add_plugin(TypingFirst::default());
}

#[derive(Default)]
struct TypingFirst {
    /// Events held back from the last frame, delivered first in the next one.
    held: VecDeque<Event>,
}

impl egui::Plugin for TypingFirst {
    fn debug_name(&self) -> &'static str {
        "typing_first"
    }

    fn input_hook(&mut self, ctx: &Context, input: &mut RawInput) {
        if !self.held.is_empty() {
            let now = std::mem::take(&mut input.events);
            input.events = self.held.drain(..).chain(now).collect();
        }
        if let Some(split) = split_point(&input.events) {
            self.held.extend(input.events.drain(split..));
            ctx.request_repaint();
        }
    }
}

/// Index of the first pointer press that follows typing in the same batch of events.
fn split_point(events: &[Event]) -> Option<usize> {
    let first_typing = events.iter().position(is_typing)?;
    events[first_typing..]
        .iter()
        .position(|e| matches!(e, Event::PointerButton { pressed: true, .. }))
        .map(|i| first_typing + i)
}

fn is_typing(event: &Event) -> bool {
    matches!(
        event,
        Event::Text(_)
            | Event::Paste(_)
            | Event::Cut
            | Event::Ime(_)
            | Event::Key { pressed: true, .. }
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::{PointerButton, pos2};

    fn press(pressed: bool) -> Event {
        Event::PointerButton {
            pos: pos2(1.0, 1.0),
            button: PointerButton::Primary,
            pressed,
            modifiers: Default::default(),
        }
    }

    #[test]
    fn a_press_after_typing_waits_for_the_next_frame() {
        let events = vec![
            Event::Text("ad".into()),
            Event::Text("op".into()),
            Event::PointerMoved(pos2(1.0, 1.0)),
            press(true),
            press(false),
            Event::Text("x".into()),
        ];
        assert_eq!(split_point(&events), Some(3));
    }

    #[test]
    fn a_press_before_typing_or_without_typing_stays() {
        assert_eq!(split_point(&[press(true), Event::Text("a".into())]), None);
        assert_eq!(split_point(&[press(true), press(false)]), None);
        assert_eq!(split_point(&[Event::Text("a".into())]), None);
    }
}
