//! `reform-tracker screenshot`: the window's own frames, laid out and painted without a
//! window or a display server. The app runs exactly as in a window (the same theme, the same
//! screenshot job, the same `request_screenshot`); this module stands in for eframe: it feeds
//! frames and paints the one the job asks to capture with egui-wgpu, as eframe would.

mod render;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use egui::{RawInput, TexturesDelta, ViewportCommand, ViewportId};

use crate::app::{App, Document, ScreenshotJob, ShotView, Startup};
use crate::model::Date;

pub use render::Offscreen;

/// Sides, in points, a screenshot may have.
pub const SIZE_RANGE: std::ops::RangeInclusive<u32> = 200..=8000;
/// Pixels per point a screenshot may have.
pub const SCALE_RANGE: std::ops::RangeInclusive<f32> = 0.5..=4.0;
/// Frames after which a screenshot that has not arrived never will.
const MAX_FRAMES: u32 = 120;

/// What to draw and where to write it.
#[derive(Clone, Debug)]
pub struct ShotRequest {
    pub view: ShotView,
    pub as_of: Option<Date>,
    /// The period the Changes view shows (and the dashboard's chart marks).
    pub period: Option<crate::model::period::Period>,
    /// In points, WIDTH × HEIGHT: the size of the window the shot shows.
    pub size: (u32, u32),
    /// Pixels per point.
    pub scale: f32,
    pub out: PathBuf,
    /// Draw a file that holds undecided merge conflicts (the banner then says so).
    pub allow_conflicts: bool,
}

impl ShotRequest {
    /// The PNG's size in pixels: size × scale.
    pub fn pixels(&self) -> [u32; 2] {
        [
            (self.size.0 as f32 * self.scale).round() as u32,
            (self.size.1 as f32 * self.scale).round() as u32,
        ]
    }

    /// Refuses sizes and scales outside the ranges, in words.
    pub fn check(&self) -> Result<(), String> {
        if !SCALE_RANGE.contains(&self.scale) {
            return Err(crate::t!("cli-scale-range"));
        }
        if !SIZE_RANGE.contains(&self.size.0) || !SIZE_RANGE.contains(&self.size.1) {
            let size = format!("{}x{}", self.size.0, self.size.1);
            return Err(crate::t!("shots-size-range", size = size));
        }
        Ok(())
    }
}

/// Draws `doc` as the window would show it and writes the PNG; returns where it went. The
/// device opens on another thread while the first frames are laid out.
pub fn screenshot(doc: Document, request: &ShotRequest) -> Result<PathBuf, String> {
    request.check()?;
    let device = std::thread::spawn(Offscreen::new);
    let mut device = Some(device);
    let mut renderer: Option<Offscreen> = None;

    let result = Arc::new(Mutex::new(None));
    let job = ScreenshotJob {
        view: request.view.clone(),
        as_of: request.as_of,
        period: request.period,
        scale: request.scale,
        out: request.out.clone(),
        result: result.clone(),
    };
    let ctx = egui::Context::default();
    let mut app = App::without_window(
        &ctx,
        Startup {
            screenshot: Some(job),
            document: Some(doc),
            lang: Some(crate::i18n::language()),
            ..Default::default()
        },
    );
    let points = egui::vec2(request.size.0 as f32, request.size.1 as f32);
    let mut textures = Unpainted::default();
    for frame in 0..MAX_FRAMES {
        if let Some(outcome) = result.lock().ok().and_then(|mut r| r.take()) {
            return outcome;
        }
        let output = ctx.run_ui(input(points, frame), |ui| app.frame_ui(ui));
        textures.0.append(output.textures_delta);
        let shots: Vec<egui::ScreenshotCallback> = output
            .viewport_output
            .get(&ViewportId::ROOT)
            .into_iter()
            .flat_map(|v| &v.commands)
            .filter_map(|c| match c {
                ViewportCommand::Screenshot(callback) => Some(callback.clone()),
                _ => None,
            })
            .collect();
        if shots.is_empty() {
            continue;
        }
        let ppp = output.pixels_per_point;
        let size = [
            (points.x * ppp).round() as u32,
            (points.y * ppp).round() as u32,
        ];
        // The image must be what was asked for, or nothing is written.
        if size != request.pixels() {
            return Err(crate::t!(
                "shots-wrong-size",
                width = size[0],
                height = size[1]
            ));
        }
        if let Some(thread) = device.take() {
            let opened = thread
                .join()
                .map_err(|_| crate::t!("shots-no-renderer", error = "panic"))?;
            renderer = Some(opened?);
        }
        let Some(renderer) = &renderer else {
            continue;
        };
        renderer.set_textures(&textures.0);
        let primitives = ctx.tessellate(output.shapes, ppp);
        // What the window clears with (`eframe::App::clear_color`, in `ui::frame`).
        let clear = crate::ui::theme::clear_color(&ctx.global_style().visuals);
        let image = Arc::new(renderer.paint(&primitives, ppp, size, clear)?);
        renderer.free_textures(&textures.0);
        textures.0.clear();
        for shot in shots {
            shot.complete(image.clone());
        }
    }
    result
        .lock()
        .ok()
        .and_then(|mut r| r.take())
        .unwrap_or_else(|| Err(crate::t!("shots-never-taken")))
}

/// Texture changes of the frames laid out since the last painted one. When the command ends
/// early (an error) nothing will paint them, and epaint insists they are let go explicitly.
#[derive(Default)]
struct Unpainted(TexturesDelta);

impl Drop for Unpainted {
    fn drop(&mut self) {
        self.0.clear();
    }
}

/// One frame's input: the window's size, one pixel per point before the job's zoom, and a
/// clock that steps as a 60 Hz display would, so passing hints fade as they do on screen.
fn input(points: egui::Vec2, frame: u32) -> RawInput {
    let mut input = RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, points)),
        // What eframe's painter reports for the window (egui-wgpu asks the device for 8192).
        max_texture_side: Some(8192),
        time: Some(f64::from(frame) / 60.0),
        predicted_dt: 1.0 / 60.0,
        focused: true,
        ..Default::default()
    };
    if let Some(viewport) = input.viewports.get_mut(&ViewportId::ROOT) {
        viewport.native_pixels_per_point = Some(1.0);
        viewport.inner_rect = Some(egui::Rect::from_min_size(egui::Pos2::ZERO, points));
        viewport.focused = Some(true);
    }
    input
}

/// The `screenshot` command: loads the file (its errors go to the terminal) and takes the shot.
pub fn screenshot_file(file: &Path, request: &ShotRequest) -> Result<PathBuf, String> {
    request.check()?;
    let loaded = crate::storage::load_file(file).map_err(|e| e.to_string())?;
    crate::cli::batch::undecided_allowed(file, &loaded.project, request.allow_conflicts)?;
    let doc = Document::from_loaded(file.to_path_buf(), loaded, 1);
    screenshot(doc, request)
}
