//! `reform-tracker screenshot` with no display at all: no X server, no Wayland, no Xvfb. The
//! picture is the one the window shows: the same screenshot, taken through the window's own
//! screenshot path in a kittest window, matches it pixel for pixel within a small tolerance.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::{Arc, Mutex};

use egui_kittest::Harness;
use reform_tracker::app::{App, Document, ScreenshotJob, ShotView, Startup};
use reform_tracker::i18n::Lang;

const SHIPPED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/saves/kazakhstan-reforms-2022.ron"
);

/// The command in English, with no display and no runtime folder, as on a bare server or CI.
fn shot(args: &[&str], out: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_reform-tracker"))
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("XDG_RUNTIME_DIR")
        .args(["screenshot", SHIPPED])
        .args(args)
        .arg("-o")
        .arg(out)
        .output()
        .unwrap()
}

fn distinct_colours(image: &image::RgbaImage) -> usize {
    let mut seen = std::collections::HashSet::new();
    for p in image.pixels().step_by(97) {
        seen.insert(p.0);
    }
    seen.len()
}

/// The same job the command runs, taken by the app in a (kittest) window of `size` points:
/// the window zooms by the scale, asks for a screenshot and writes it.
fn window_capture(view: ShotView, size: [f32; 2], scale: f32, out: PathBuf) -> image::RgbaImage {
    let loaded = reform_tracker::storage::load_file(Path::new(SHIPPED)).unwrap();
    let doc = Document::from_loaded(PathBuf::from(SHIPPED), loaded, 1);
    let result = Arc::new(Mutex::new(None));
    let job = ScreenshotJob {
        view,
        as_of: None,
        period: None,
        scale,
        out: out.clone(),
        result: result.clone(),
    };
    let mut harness = Harness::builder()
        .with_size(size)
        .with_theme(egui::Theme::Light)
        .build_eframe(move |cc| {
            App::new(
                cc,
                Startup {
                    screenshot: Some(job),
                    document: Some(doc),
                    lang: Some(Lang::En),
                    ..Default::default()
                },
            )
        });
    for _ in 0..100 {
        harness.step();
        if result.lock().unwrap().is_some() {
            break;
        }
    }
    let outcome = result.lock().unwrap().take();
    assert_eq!(
        outcome,
        Some(Ok(out.clone())),
        "the window took its screenshot"
    );
    let mut image = image::open(&out).unwrap().to_rgba8();
    // A window clears with its clear colour before painting; the test renderer clears to
    // transparent. Lay the capture over that colour, as the window's painter does. (kittest
    // hands its premultiplied pixels to screenshot callbacks as if unmultiplied, so the PNG
    // the app wrote from them holds the premultiplied values.)
    let under = reform_tracker::ui::theme::clear_color(&egui::Visuals::light());
    for p in image.pixels_mut() {
        let a = f32::from(p[3]) / 255.0;
        let mix =
            |top: u8, bottom: u8| (f32::from(top) + f32::from(bottom) * (1.0 - a)).round() as u8;
        p.0 = [
            mix(p[0], under.r()),
            mix(p[1], under.g()),
            mix(p[2], under.b()),
            255,
        ];
    }
    image
}

#[test]
fn screenshot_without_a_display_is_the_size_asked_and_matches_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("dash.png");
    let run = shot(
        &["--view", "dashboard", "--size", "800x600", "--scale", "1.5"],
        &out,
    );
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{stderr}");
    assert!(
        stderr.trim().is_empty(),
        "a good run prints no errors:\n{stderr}"
    );
    assert!(
        String::from_utf8_lossy(&run.stdout).contains("Screenshot saved to"),
        "{run:?}"
    );
    let headless = image::open(&out).unwrap().to_rgba8();
    assert_eq!((headless.width(), headless.height()), (1200, 900));
    assert!(
        distinct_colours(&headless) > 8,
        "the screenshot is not blank"
    );

    let window = window_capture(
        ShotView::Dashboard,
        [800.0, 600.0],
        1.5,
        dir.path().join("window.png"),
    );
    assert_eq!(window.dimensions(), headless.dimensions());
    // The window's painter dithers gradients by one step; the test renderer filters textures
    // in software. Text and shapes must land on the same pixels.
    let mut far = 0usize;
    let mut worst = 0u8;
    for (a, b) in headless.pixels().zip(window.pixels()) {
        let d =
            a.0.iter()
                .zip(b.0)
                .map(|(x, y)| x.abs_diff(y))
                .max()
                .unwrap();
        worst = worst.max(d);
        if d > 6 {
            far += 1;
        }
    }
    let share = far as f64 / f64::from(headless.width() * headless.height());
    if share >= 0.001 {
        keep_for_inspection(&headless, &window);
    }
    assert!(
        share < 0.001,
        "{far} pixels ({:.3}%) differ by more than 6 from the window's; worst {worst}",
        share * 100.0
    );
}

/// Leaves both pictures and their difference where a failing run can be looked at.
fn keep_for_inspection(headless: &image::RgbaImage, window: &image::RgbaImage) {
    let dir = std::env::temp_dir().join("reform-tracker-headless-shot");
    let _ = std::fs::create_dir_all(&dir);
    let diff = image::RgbaImage::from_fn(headless.width(), headless.height(), |x, y| {
        let (a, b) = (headless.get_pixel(x, y).0, window.get_pixel(x, y).0);
        let d = (0..3).map(|i| a[i].abs_diff(b[i])).max().unwrap_or(0);
        image::Rgba([d.saturating_mul(5), 0, 0, 255])
    });
    for (name, picture) in [("headless", headless), ("window", window), ("diff", &diff)] {
        let _ = picture.save(dir.join(format!("{name}.png")));
    }
    eprintln!("pictures kept in {}", dir.display());
}

#[test]
fn screenshot_refuses_what_it_cannot_draw_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.png");
    let cases: [(&[&str], &str); 4] = [
        (&["--scale", "5"], "--scale must be between 0.5 and 4"),
        (&["--size", "9000x600"], "--size 9000x600 is out of range"),
        (&["--size", "100x600"], "--size 100x600 is out of range"),
        (
            &["--size", "8000x8000", "--scale", "4"],
            "an image of 32,000 × 32,000 pixels is larger than this machine's renderer",
        ),
    ];
    for (args, said) in cases {
        let run = shot(args, &out);
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert!(!run.status.success(), "{args:?} was refused");
        assert!(stderr.contains(said), "{args:?}: {stderr}");
        assert!(!out.exists(), "{args:?} wrote nothing");
    }
    let missing = shot(&["--view", "NOPE"], &out);
    assert!(!missing.status.success());
    let stderr = String::from_utf8_lossy(&missing.stderr);
    assert!(
        stderr.contains("no commitment has the id \"NOPE\""),
        "{stderr}"
    );
    assert!(!out.exists());
}

/// Wider than the 8192 pixels egui-wgpu asks a device for by default, and in one commitment's
/// report view.
#[test]
fn screenshot_wider_than_a_screen_texture_is_drawn_whole() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("wide.png");
    let run = shot(
        &["--view", "P12", "--size", "2100x250", "--scale", "4"],
        &out,
    );
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let image = image::open(&out).unwrap().to_rgba8();
    assert_eq!(image.dimensions(), (8400, 1000));
    assert!(distinct_colours(&image) > 8, "the screenshot is not blank");
    // Painted to the right edge by the window's panels, not left at the clear colour.
    let unpainted = (0..1000)
        .filter(|&y| image.get_pixel(8399, y).0[3] != 255)
        .count();
    assert_eq!(unpainted, 0, "the right edge is painted");
}
