//! Screenshots of the window for reports: rendered at twice the pixel density, then saved as
//! PNG (off the UI thread) or put on the clipboard.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use egui::{ColorImage, ViewportCommand};

/// Where a finished screenshot goes.
#[derive(Clone, Debug, PartialEq)]
pub enum CaptureTarget {
    File(PathBuf),
    Clipboard,
}

/// Shared slot the outcome of a command-line screenshot is reported through.
pub type CaptureResult = Arc<Mutex<Option<Result<PathBuf, String>>>>;

/// Frames to let layout, fonts and the resized window settle before capturing.
const SETTLE_FRAMES: u32 = 6;

pub struct Capture {
    target: CaptureTarget,
    /// Zoom to restore afterwards; `None` when the window closes after the capture.
    restore: Option<(f32, egui::Vec2)>,
    frames: u32,
    requested: bool,
    image: Arc<Mutex<Option<Arc<ColorImage>>>>,
    /// The image, held for one frame while the zoom goes back before the window shrinks.
    taken: Option<Arc<ColorImage>>,
}

pub enum CaptureStep {
    Waiting,
    Done(Arc<ColorImage>, CaptureTarget),
}

impl Capture {
    /// Starts a capture at `scale` times the current density. With `restore`, the window is
    /// enlarged for the capture and put back afterwards.
    pub fn start(ctx: &egui::Context, target: CaptureTarget, scale: f32, restore: bool) -> Self {
        let zoom = ctx.zoom_factor();
        let size = ctx
            .input(|i| i.viewport().inner_rect.map(|r| r.size()))
            .unwrap_or(egui::vec2(1280.0, 800.0));
        ctx.set_zoom_factor(zoom * scale);
        if restore {
            ctx.send_viewport_cmd(ViewportCommand::InnerSize(size * scale));
        }
        ctx.request_repaint();
        Self {
            target,
            restore: restore.then_some((zoom, size)),
            frames: 0,
            requested: false,
            image: Arc::new(Mutex::new(None)),
            taken: None,
        }
    }

    pub fn step(&mut self, ctx: &egui::Context) -> CaptureStep {
        if let Some(image) = self.taken.take() {
            // The zoom is back: a size in points now means the window's own size again.
            if let Some((_, size)) = self.restore {
                ctx.send_viewport_cmd(ViewportCommand::InnerSize(size));
            }
            return CaptureStep::Done(image, self.target.clone());
        }
        self.frames += 1;
        if !self.requested && self.frames >= SETTLE_FRAMES {
            let slot = self.image.clone();
            let waker = ctx.clone();
            ctx.request_screenshot(move |image| {
                if let Ok(mut s) = slot.lock() {
                    *s = Some(image);
                }
                waker.request_repaint();
            });
            self.requested = true;
        }
        let taken = self.image.lock().ok().and_then(|mut s| s.take());
        match taken {
            Some(image) => match self.restore {
                // A size sent in this frame would be read at the doubled zoom and leave the
                // window twice as large: put the zoom back first, the size in the next frame.
                Some((zoom, _)) => {
                    ctx.set_zoom_factor(zoom);
                    self.taken = Some(image);
                    ctx.request_repaint();
                    CaptureStep::Waiting
                }
                None => CaptureStep::Done(image, self.target.clone()),
            },
            None => {
                ctx.request_repaint();
                CaptureStep::Waiting
            }
        }
    }
}

/// PNG bytes of a captured image.
pub fn encode_png(image: &ColorImage) -> Result<Vec<u8>, String> {
    use image::ImageEncoder as _;
    let [w, h] = image.size;
    let mut out = Vec::new();
    let rgba: Vec<u8> = image
        .pixels
        .iter()
        .flat_map(|p| p.to_srgba_unmultiplied())
        .collect();
    image::codecs::png::PngEncoder::new(&mut out)
        .write_image(&rgba, w as u32, h as u32, image::ExtendedColorType::Rgba8)
        .map_err(|e| crate::t!("msg-png-encode-failed", error = e.to_string()))?;
    Ok(out)
}

/// Encodes and writes a screenshot; runs on a worker thread.
pub fn save_png(image: &ColorImage, path: &std::path::Path) -> Result<(), String> {
    let bytes = encode_png(image)?;
    crate::storage::write_export(path, &bytes).map_err(|e| e.to_string())
}

/// What `reform-tracker screenshot` shows.
#[derive(Clone, Debug, PartialEq)]
pub enum ShotView {
    Dashboard,
    Checklist,
    /// What changed in the job's period.
    Changes,
    /// One commitment, by id, in the report view.
    Commitment(String),
}

impl ShotView {
    pub fn parse(text: &str) -> Self {
        match text {
            "dashboard" => ShotView::Dashboard,
            "checklist" => ShotView::Checklist,
            "changes" => ShotView::Changes,
            id => ShotView::Commitment(id.to_owned()),
        }
    }
}

/// A screenshot taken without anyone clicking: the window shows the view, captures it and closes.
#[derive(Clone, Debug)]
pub struct ScreenshotJob {
    pub view: ShotView,
    pub as_of: Option<crate::model::Date>,
    /// The period the Changes view shows (and the dashboard's chart marks).
    pub period: Option<crate::model::period::Period>,
    pub scale: f32,
    pub out: PathBuf,
    pub result: CaptureResult,
}
