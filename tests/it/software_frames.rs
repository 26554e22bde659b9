//! On a CPU renderer (Mesa's lavapipe, as in these tests and on machines without a GPU) each
//! painted frame is expensive: a hover must cost the frames it needs, not a fade of several.
//! (Wheel notches landing whole in one frame are tested in `ui::wheel`.)

use egui::Event;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use reform_tracker::app::{App, Startup};
use reform_tracker::i18n::Lang;

/// The window at 60 frames a second, as on a real display (kittest's default steps a
/// quarter of a second, which hides animations).
fn window_at_60_hz() -> Harness<'static, App> {
    Harness::builder()
        .with_size([1280.0, 800.0])
        .with_step_dt(1.0 / 60.0)
        .with_max_steps(60)
        .build_eframe(|cc| {
            App::new(
                cc,
                Startup {
                    lang: Some(Lang::En),
                    ..Default::default()
                },
            )
        })
}

#[test]
fn on_a_cpu_renderer_a_hover_repaints_without_a_fade() {
    let mut harness = window_at_60_hz();
    harness.run();
    let row = harness.get_by_label_contains("P10  ").rect();

    // Onto a row: the highlight follows with no fade.
    harness.event(Event::PointerMoved(row.center()));
    let frames = harness.run();
    assert!(frames <= 3, "a hover took {frames} frames");
    // Rows whose title is cut show it whole in a tooltip, which takes frames of its own; what
    // must never be there is a fade, on any hover.
    assert_eq!(harness.ctx.global_style().animation_time, 0.0);
}

/// A window painted on the CPU, as `App::new` sets it up there.
fn painted_on_cpu() -> Harness<'static, App> {
    let mut harness = window_at_60_hz();
    reform_tracker::ui::theme::paint_on_cpu(&harness.ctx);
    harness.run();
    harness
}

fn moves_to(to: egui::Pos2) -> egui::RawInput {
    egui::RawInput {
        events: vec![
            Event::MouseMoved(egui::vec2(1.0, 1.0)),
            Event::PointerMoved(to),
        ],
        ..Default::default()
    }
}

/// Painted on the CPU, a pointer move that stays over the same widgets reaches egui only when
/// it changes what is under the pointer: a move along one row is left out, a move onto the
/// next row is not, nor is any move with a button held.
#[test]
fn on_a_cpu_renderer_a_move_that_changes_nothing_is_left_out() {
    use reform_tracker::ui::pointer::leave_out_idle_moves;
    let mut harness = painted_on_cpu();
    let row = harness.get_by_label_contains("P10  ").rect();
    let next = harness.get_by_label_contains("P11  ").rect();
    harness.event(Event::PointerMoved(
        row.left_center() + egui::vec2(4.0, 0.0),
    ));
    harness.run();

    let mut along = moves_to(row.center());
    leave_out_idle_moves(&harness.ctx, &mut along);
    assert!(along.events.is_empty(), "a move along the row is left out");

    let mut onto_next = moves_to(next.center());
    leave_out_idle_moves(&harness.ctx, &mut onto_next);
    assert_eq!(
        onto_next.events.len(),
        2,
        "a move onto another row reaches egui"
    );

    let mut with_a_key = moves_to(row.center());
    with_a_key.events.push(Event::Key {
        key: egui::Key::A,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: egui::Modifiers::NONE,
    });
    leave_out_idle_moves(&harness.ctx, &mut with_a_key);
    assert_eq!(with_a_key.events.len(), 3, "other input keeps its moves");

    harness.event(Event::PointerButton {
        pos: row.left_center() + egui::vec2(4.0, 0.0),
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: egui::Modifiers::NONE,
    });
    harness.run();
    let mut dragging = moves_to(row.center());
    leave_out_idle_moves(&harness.ctx, &mut dragging);
    assert_eq!(
        dragging.events.len(),
        2,
        "with a button held every move counts"
    );
}

/// Painted on the CPU, the panels are left to the clear colour, and a tooltip does not keep
/// the window painting while the pointer moves.
#[test]
fn on_a_cpu_renderer_panels_are_not_filled_and_tooltips_only_wait_their_delay() {
    let harness = painted_on_cpu();
    let style = harness.ctx.global_style();
    assert_eq!(style.visuals.panel_fill, egui::Color32::TRANSPARENT);
    assert!(!style.interaction.show_tooltips_only_when_still);
    assert!(reform_tracker::ui::theme::painted_on_cpu(&harness.ctx));
    assert!(!reform_tracker::ui::theme::painted_on_cpu(
        &egui::Context::default()
    ));
}
