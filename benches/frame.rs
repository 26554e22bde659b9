//! CPU time of one frame of the whole app (headless, no renderer) as projects grow, and of
//! the first frame after typing into the search box or into a commitment's title; and what
//! the UI thread spends to start a recovery copy or an export.

use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use reform_tracker::app::{App, Command, Document, Edit};
use reform_tracker::model::synthetic::synthetic_project;
use reform_tracker::report::ExportFormat;

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

/// Frames with 10,000 commitments and 5,000 recommendations linked 20,000 times: a
/// recommendation open (what answers it is found among all the links), a commitment open,
/// and the dashboard with its coverage, against 10,000 commitments alone.
fn recommendations(c: &mut Criterion) {
    use reform_tracker::app::View;
    use reform_tracker::model::synthetic::synthetic_with_recommendations;
    let mut group = c.benchmark_group("frame-recommendations");
    let alone = synthetic_project(10_000, 5, 42);
    let with = synthetic_with_recommendations(10_000, 5_000, 20_000, 42);
    for (name, project, selected) in [
        ("commitments-alone/commitment-open", alone, 5_000),
        ("with-recommendations/commitment-open", with.clone(), 5_000),
        ("with-recommendations/recommendation-open", with, 12_500),
    ] {
        let ctx = egui::Context::default();
        reform_tracker::ui::theme::install(&ctx);
        let mut app = App::with_document(Document::untitled(project));
        app.ui.selected = Some(selected);
        for _ in 0..3 {
            let _ = ctx.run_ui(input(), |ui| app.frame_ui(ui));
        }
        group.bench_function(BenchmarkId::new("checklist+editor", name), |b| {
            b.iter(|| ctx.run_ui(input(), |ui| app.frame_ui(ui)));
        });
        // The dashboard's figures are cached: the first frame after an edit computes them.
        app.ui.view = View::Dashboard;
        group.bench_function(BenchmarkId::new("dashboard-after-edit", name), |b| {
            b.iter(|| {
                app.doc.touch();
                ctx.run_ui(input(), |ui| app.frame_ui(ui))
            });
        });
    }
    group.finish();
}

/// The frame right after one letter is typed into the open commitment's title: the edit is
/// applied and everything the window shows is brought up to date in that frame.
fn typing(c: &mut Criterion) {
    let mut group = c.benchmark_group("typing");
    for n in [1_000usize, 10_000, 50_000] {
        let (ctx, mut app) = app_with(n);
        let index = n / 2;
        let title = app.doc.project.commitments[index].title.clone();
        let mut flip = false;
        group.bench_with_input(BenchmarkId::new("title-letter", n), &n, |b, _| {
            b.iter(|| {
                flip = !flip;
                let text = if flip {
                    format!("{title}x")
                } else {
                    title.clone()
                };
                app.run_command(&ctx, Command::Edit(index, Edit::Title(text)));
                ctx.run_ui(input(), |ui| app.frame_ui(ui))
            });
        });
    }
    group.finish();
}

/// A keystroke that extends the search being typed ("topic 4" then "topic 47"), each time a
/// query not searched before: the previous query's frame is drawn outside the measurement.
fn search_keystroke(c: &mut Criterion) {
    let mut group = c.benchmark_group("search");
    for n in [10_000usize, 50_000] {
        let (ctx, mut app) = app_with(n);
        let mut k = 0u32;
        group.bench_with_input(BenchmarkId::new("extend-query", n), &n, |b, _| {
            b.iter_custom(|iters| {
                let mut spent = Duration::ZERO;
                for _ in 0..iters {
                    // Untimed: the previous keystroke's frame.
                    k = (k + 1) % 1000;
                    app.ui.filter.text = format!("topic {k}");
                    let _ = ctx.run_ui(input(), |ui| app.frame_ui(ui));
                    let start = Instant::now();
                    app.ui.filter.text = format!("topic {k}7");
                    let _ = ctx.run_ui(input(), |ui| app.frame_ui(ui));
                    spent += start.elapsed();
                }
                spent
            });
        });
    }
    group.finish();
}

/// What the UI thread spends to start a recovery copy or an export at 10,000 commitments;
/// the writing itself runs on a worker, waited for outside the measurement.
fn ui_thread(c: &mut Criterion) {
    let mut group = c.benchmark_group("ui-thread");
    let n = 10_000usize;
    let (ctx, mut app) = app_with(n);
    group.bench_with_input(BenchmarkId::new("recovery-snapshot", n), &n, |b, _| {
        b.iter(|| recovery_snapshot(&app));
    });
    let dir = tempfile::tempdir().expect("temp dir");
    for format in [ExportFormat::Csv, ExportFormat::Html] {
        let path = dir.path().join(format!("export.{}", format.extension()));
        let name = format!("export-start-{}", format.extension());
        group.bench_with_input(BenchmarkId::new(name, n), &n, |b, _| {
            b.iter_custom(|iters| {
                let mut spent = Duration::ZERO;
                for _ in 0..iters {
                    app.ui.message = None;
                    let start = Instant::now();
                    app.run_command(&ctx, Command::ExportTo(format, path.clone()));
                    spent += start.elapsed();
                    // Untimed: let the export finish before the next one.
                    while app.ui.message.is_none() {
                        let _ = ctx.run_ui(input(), |ui| app.frame_ui(ui));
                        std::thread::sleep(Duration::from_millis(1));
                    }
                }
                spent
            });
        });
    }
    group.finish();
}

/// The UI thread's part of a recovery copy: taking the project to write (shared with the
/// worker; it was a deep copy before).
fn recovery_snapshot(app: &App) -> impl Sized {
    app.doc.share()
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(3));
    targets = frame, typing, search_keystroke, ui_thread, recommendations
}
criterion_main!(benches);
