//! The real window, on a virtual display with Mesa's CPU driver as on a machine without a GPU:
//! it keeps its last frame and repaints only what changed (`egui_wgpu::partial`). After the
//! pointer has moved over rows, menus and the editor, the screen must show exactly what the
//! same window shows after the same moves when every frame is painted whole
//! (`REFORM_TRACKER_FULL_REPAINT`).
//! Needs Xvfb, xdotool and ImageMagick's `import` (scripts/test.sh installs them).

use std::io::{BufRead as _, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const SHIPPED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/saves/kazakhstan-reforms-2022.ron"
);

fn tool(name: &str, package: &str) {
    let found = Command::new("sh")
        .args(["-c", &format!("command -v {name}")])
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        found,
        "`{name}` is missing: install it with `apt-get install {package}` (scripts/test.sh does)"
    );
}

/// A virtual display of its own, gone when dropped.
struct Display {
    server: Child,
    name: String,
}

impl Display {
    fn start() -> Self {
        tool("Xvfb", "xvfb");
        tool("xdotool", "xdotool");
        tool("import", "imagemagick");
        // Xvfb picks a free display number and writes it on the descriptor given.
        let mut server = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                "1400x900x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb starts");
        let mut line = String::new();
        BufReader::new(server.stdout.take().expect("Xvfb's output"))
            .read_line(&mut line)
            .expect("Xvfb names its display");
        Self {
            server,
            name: format!(":{}", line.trim()),
        }
    }

    fn run(&self, program: &str, args: &[&str]) -> std::process::Output {
        Command::new(program)
            .env("DISPLAY", &self.name)
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("{program} runs: {e}"))
    }

    fn xdotool(&self, args: &[&str]) {
        let out = self.run("xdotool", args);
        assert!(out.status.success(), "xdotool {args:?}: {out:?}");
    }

    /// The screen's pixels.
    fn capture(&self, to: &Path) -> image::RgbaImage {
        let out = self.run("import", &["-window", "root", &to.display().to_string()]);
        assert!(out.status.success(), "import: {out:?}");
        image::open(to).expect("the capture reads").to_rgba8()
    }
}

impl Drop for Display {
    fn drop(&mut self) {
        let _ = self.server.kill();
        let _ = self.server.wait();
    }
}

/// The app's log of its frames (`REFORM_TRACKER_TIMINGS`), read as it grows.
struct Log(PathBuf);

impl Log {
    fn text(&self) -> String {
        std::fs::read_to_string(&self.0).unwrap_or_default()
    }

    fn frames(&self) -> usize {
        self.text()
            .lines()
            .filter(|l| l.starts_with("frame:"))
            .count()
    }

    /// Waits until no frame has been painted for half a second: the window is still.
    fn settle(&self) {
        let end = Instant::now() + Duration::from_secs(30);
        let mut seen = self.frames();
        let mut since = Instant::now();
        while Instant::now() < end {
            std::thread::sleep(Duration::from_millis(100));
            let now = self.frames();
            if now != seen {
                seen = now;
                since = Instant::now();
            } else if since.elapsed() > Duration::from_millis(700) {
                return;
            }
        }
        panic!("the window kept painting for 30 s");
    }

    /// Pixels painted again, frame by frame (0 where a frame showed what the last one did).
    fn painted(&self) -> Vec<u64> {
        self.text()
            .lines()
            .filter_map(|l| l.strip_prefix("painted: "))
            .filter_map(|l| l.trim_end_matches(" px").parse().ok())
            .collect()
    }
}

fn differing(a: &image::RgbaImage, b: &image::RgbaImage) -> usize {
    a.pixels().zip(b.pixels()).filter(|(p, q)| p != q).count()
}

/// Opens the shipped tracker in a 1200×800 window, moves the pointer over rows (highlights,
/// tooltips), onto a row (the editor opens), over the editor and the menu bar, then to a
/// stretch where nothing is, and captures the screen once the window is still. Returns the
/// capture and the log of pixels painted again.
fn session(
    display: &Display,
    full_repaint: bool,
    file: &Path,
    dir: &Path,
) -> (image::RgbaImage, Vec<u64>) {
    let log = Log(dir.join("log.txt"));
    let mut command = Command::new(env!("CARGO_BIN_EXE_reform-tracker"));
    command
        .env("DISPLAY", &display.name)
        .env("REFORM_TRACKER_TIMINGS", "1")
        .env("XDG_CONFIG_HOME", dir)
        .env("XDG_DATA_HOME", dir)
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("REFORM_TRACKER_FULL_REPAINT");
    if full_repaint {
        command.env("REFORM_TRACKER_FULL_REPAINT", "1");
    }
    let mut app = command
        .args(["--lang", "en"])
        .arg(file)
        .stderr(std::fs::File::create(&log.0).expect("the log file"))
        .spawn()
        .expect("the app starts");
    let end = Instant::now() + Duration::from_secs(60);
    while !log.text().contains("first frame painted") {
        assert!(Instant::now() < end, "no frame painted:\n{}", log.text());
        assert!(
            app.try_wait().expect("the app's state").is_none(),
            "the app ended:\n{}",
            log.text()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let window = display.run("xdotool", &["search", "--name", "Reform Tracker"]);
    let window = String::from_utf8_lossy(&window.stdout)
        .lines()
        .last()
        .expect("the window is found")
        .to_owned();
    display.xdotool(&[
        "windowsize",
        &window,
        "1200",
        "800",
        "windowmove",
        &window,
        "0",
        "0",
    ]);
    log.settle();
    display.xdotool(&["mousemove", "300", "560", "click", "1"]);
    for (x, y) in [
        (200, 420),
        (250, 450),
        (300, 480),
        (700, 300),
        (800, 420),
        (40, 12),
    ] {
        display.xdotool(&["mousemove", &x.to_string(), &y.to_string()]);
        std::thread::sleep(Duration::from_millis(300));
    }
    display.xdotool(&["mousemove", "1190", "790"]);
    log.settle();
    let painted = log.painted();
    let capture = display.capture(&dir.join("screen.png"));
    let _ = app.kill();
    let _ = app.wait();
    (capture, painted)
}

#[test]
fn the_window_painted_in_part_shows_what_it_shows_painted_whole() {
    let display = Display::start();
    // One file for both, whose name the status bar shows.
    let shared = tempfile::tempdir().expect("a temporary folder");
    let file = shared.path().join("tracker.ron");
    std::fs::copy(SHIPPED, &file).expect("the shipped tracker copies");
    let kept_dir = tempfile::tempdir().expect("a temporary folder");
    let whole_dir = tempfile::tempdir().expect("a temporary folder");
    let (kept, painted) = session(&display, false, &file, kept_dir.path());
    let (whole, painted_whole) = session(&display, true, &file, whole_dir.path());

    let full = 1200 * 800;
    assert!(
        painted.iter().any(|&p| p > 0 && p < full / 2),
        "no frame was painted in part: {painted:?}"
    );
    assert!(
        painted.contains(&0),
        "every frame painted pixels: {painted:?}"
    );
    assert!(
        painted_whole.is_empty(),
        "REFORM_TRACKER_FULL_REPAINT still kept a frame: {painted_whole:?}"
    );
    let colours: std::collections::HashSet<_> = whole.pixels().collect();
    assert!(colours.len() > 50, "the window shows next to nothing");
    let n = differing(&kept, &whole);
    assert_eq!(
        n,
        0,
        "{n} pixels differ between the window painted in part and painted whole \
         (screen.png in {} and in {})",
        kept_dir.keep().display(),
        whole_dir.keep().display()
    );
}
