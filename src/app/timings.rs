//! Where the time of start-up and of each frame goes, printed to the terminal when
//! `REFORM_TRACKER_TIMINGS` is set. The start-up and frame figures in BENCHMARKS.md are read
//! from here; frame times are eframe's own (`Frame::info().cpu_usage`: laying out,
//! tessellating and painting, without the wait for the screen).

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

static START: OnceLock<Instant> = OnceLock::new();
static ENABLED: OnceLock<bool> = OnceLock::new();
static FRAMES: AtomicU64 = AtomicU64::new(0);
/// The painter's count of pixels repainted, as last printed.
static REPAINTED_PIXELS: AtomicU64 = AtomicU64::new(0);

/// The moment the process began its work; called first thing in `main`.
pub fn mark_start() {
    START.get_or_init(Instant::now);
}

fn enabled() -> bool {
    *ENABLED.get_or_init(|| std::env::var_os("REFORM_TRACKER_TIMINGS").is_some())
}

fn since_start_ms() -> f64 {
    START.get_or_init(Instant::now).elapsed().as_secs_f64() * 1000.0
}

/// A step of start-up, with the time since `mark_start`.
pub fn step(what: &str) {
    if enabled() {
        eprintln!("timing: {:8.1} ms  {what}", since_start_ms());
    }
}

/// eframe has made the window and its renderer and is creating the app.
pub fn window_ready() {
    step("window and renderer ready");
}

/// The app is made: theme, fonts, saved settings, the file read or being read.
pub fn app_ready() {
    step("app ready: theme, fonts, settings, file read or being read");
}

/// Called as a frame of the window begins, with eframe's measure of the frame before.
pub fn frame_begins(previous_cpu_seconds: Option<f32>) {
    if !enabled() {
        return;
    }
    let n = FRAMES.fetch_add(1, Ordering::Relaxed);
    if n == 1 {
        step("first frame painted (the second begins)");
        // The wall clock too, so that a script can add the time from its launch to `main`.
        let clock = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis());
        eprintln!("timing: clock at first painted frame {clock}");
    }
    if let Some(s) = previous_cpu_seconds {
        eprintln!("frame: {:.3} ms", f64::from(s) * 1000.0);
    }
    // Where the window keeps a canvas (painted on the CPU), how much of the frame before was
    // painted again: 0 when it showed what the one before it did.
    let stats = egui_wgpu::partial::stats();
    if stats.frames > 0 {
        let before = REPAINTED_PIXELS.swap(stats.repainted_pixels, Ordering::Relaxed);
        eprintln!("painted: {} px", stats.repainted_pixels - before);
    }
}

/// Called as a frame of the window ends: the first one asks for a second, so that the end of
/// its painting is seen.
pub fn frame_ends(ctx: &egui::Context) {
    if enabled() {
        // Why this frame was painted: the code that asked for it (egui records the place).
        let causes: Vec<String> = ctx.repaint_causes().iter().map(|c| c.to_string()).collect();
        eprintln!("causes: {}", causes.join(", "));
    }
    if enabled() && FRAMES.load(Ordering::Relaxed) == 1 {
        step("first frame laid out");
        ctx.request_repaint();
    }
}
