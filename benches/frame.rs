//! CPU time of one frame of the whole app (headless, no renderer) as projects grow, and of
//! the first frame after typing into the search box.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use reform_tracker::app::{App, Document};
use reform_tracker::model::synthetic::synthetic_project;

fn input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        ..Default::default()
    }
}

/// An app showing the checklist with one commitment open in the detail editor, warmed up.
fn app_with(n: usize) -> (egui::Context, App) {
    let ctx = egui::Context::default();
    reform_tracker::ui::theme::install(&ctx);
    let mut app = App::with_document(Document::untitled(synthetic_project(n, 5, 42)));
    app.ui.selected = Some(n / 2);
    for _ in 0..3 {
        let _ = ctx.run_ui(input(), |ui| app.frame_ui(ui));
    }
    (ctx, app)
}

fn frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame");
    for n in [100usize, 1_000, 10_000, 50_000] {
        let (ctx, mut app) = app_with(n);
        group.bench_with_input(BenchmarkId::new("checklist+editor", n), &n, |b, _| {
            b.iter(|| ctx.run_ui(input(), |ui| app.frame_ui(ui)));
        });
        app.ui.filter.text = "topic 1".into();
        let _ = ctx.run_ui(input(), |ui| app.frame_ui(ui));
        group.bench_with_input(BenchmarkId::new("search-active", n), &n, |b, _| {
            b.iter(|| ctx.run_ui(input(), |ui| app.frame_ui(ui)));
        });
        // First frame after one more character: the filter is recomputed in that frame.
        let mut flip = false;
        group.bench_with_input(BenchmarkId::new("after-keystroke", n), &n, |b, _| {
            b.iter(|| {
                flip = !flip;
                app.ui.filter.text = if flip {
                    "topic 12".into()
                } else {
                    "topic 1".into()
                };
                ctx.run_ui(input(), |ui| app.frame_ui(ui))
            });
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(3));
    targets = frame
}
criterion_main!(benches);
