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
