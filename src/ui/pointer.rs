//! Pointer moves that change nothing, left out where every painted frame is expensive.
//!
//! egui paints a frame for each pointer move, and asks for one more after any input. Where the
//! window is painted on the CPU each frame costs tens of milliseconds, so a move that stays
//! over the same widgets (within one row, across an empty stretch) reaches egui only with the
//! next move that changes what is under the pointer, or with a click, which carries its own
//! position. The frame the window system asks for is still painted; the second is not.

use egui::{Event, Id, Pos2, RawInput, WidgetRects};

/// Drops the input's pointer moves (and the raw motion beside them) when they are all it holds
/// and they end over exactly the widgets the pointer was over, with no button held.
pub fn leave_out_idle_moves(ctx: &egui::Context, input: &mut RawInput) {
    let only_moves = input
        .events
        .iter()
        .all(|e| matches!(e, Event::PointerMoved(_) | Event::MouseMoved(_)))
        && input.hovered_files.is_empty()
        && input.dropped_files.is_empty();
    if input.events.is_empty() || !only_moves {
        return;
    }
    let (from, held) = ctx.input(|i| (i.pointer.latest_pos(), i.pointer.any_down()));
    let Some(from) = from else { return };
    if held || ctx.egui_is_using_pointer() {
        return;
    }
    // Raw motion alone (no position) moves nothing the window shows.
    let to = input
        .events
        .iter()
        .rev()
        .find_map(|e| match e {
            Event::PointerMoved(to) => Some(*to),
            _ => None,
        })
        .unwrap_or(from);
    let same =
        ctx.viewport(|v| under(&v.prev_pass.widgets, from) == under(&v.prev_pass.widgets, to));
    if same {
        input.events.clear();
    }
}

/// Every widget the last frame laid out under `pos`, on any layer.
fn under(widgets: &WidgetRects, pos: Pos2) -> Vec<Id> {
    widgets
        .layers()
        .flat_map(|(_, rects)| rects)
        .filter(|w| w.interact_rect.contains(pos))
        .map(|w| w.id)
        .collect()
}
