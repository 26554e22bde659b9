//! Colours and spacing, in one place.

use egui::Color32;

use crate::model::Status;
use crate::report::palette::{status_rgb, status_text_rgb};

pub const ROW_HEIGHT: f32 = 24.0;
pub const CHIP_WIDTH: f32 = 118.0;
pub const CHECKLIST_WIDTH: f32 = 540.0;
pub const CONCERN: Color32 = Color32::from_rgb(0xb4, 0x3c, 0x1e);
pub const ERROR: Color32 = Color32::from_rgb(0xc0, 0x28, 0x28);
pub const MUTED: Color32 = Color32::from_gray(110);

/// The height of one line of body text: what a line that comes and goes keeps reserved.
pub fn text_line_height(ui: &egui::Ui) -> f32 {
    ui.text_style_height(&egui::TextStyle::Body)
        .max(ui.spacing().interact_size.y - 4.0)
}

pub fn status_color(status: Status) -> Color32 {
    let [r, g, b] = status_rgb(status);
    Color32::from_rgb(r, g, b)
}

/// Text on a chip: black or white, whichever reads better.
pub fn on_status_color(status: Status) -> Color32 {
    let [r, g, b] = status_text_rgb(status);
    Color32::from_rgb(r, g, b)
}

/// What the window is cleared with before each frame is painted: the panels' own colour, so
/// the hairline gaps between panels (and every screenshot's pixels) are opaque, whatever the
/// compositor does with alpha. The offscreen screenshot clears with the same colour.
pub fn clear_color(visuals: &egui::Visuals) -> Color32 {
    visuals.panel_fill
}

/// Where the window is painted on the CPU (Mesa's lavapipe or llvmpipe: a VM, a remote
/// desktop), every painted frame costs tens of milliseconds of shading, and a hover fade or a
/// programmed scroll is several frames long. There they take one frame; a GPU keeps them.
pub fn paint_on_cpu(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.animation_time = 0.0;
        style.scroll_animation = egui::style::ScrollAnimation::none();
    });
}

pub fn install(ctx: &egui::Context) {
    // Project text comes from anywhere (arrows, box drawing, math): let the monospace font,
    // which covers more symbols, stand in where the proportional one has no glyph.
    let mut fonts = egui::FontDefinitions::default();
    if let Some(mono) = fonts
        .families
        .get(&egui::FontFamily::Monospace)
        .and_then(|f| f.first())
        .cloned()
        && let Some(family) = fonts.families.get_mut(&egui::FontFamily::Proportional)
    {
        family.push(mono);
    }
    ctx.set_fonts(fonts);
    ctx.set_theme(egui::Theme::Light);
    // Zoom keys go through the table of actions like every other shortcut.
    ctx.options_mut(|o| o.zoom_with_keyboard = false);
    ctx.all_styles_mut(|style| {
        style.spacing.item_spacing = egui::vec2(8.0, 5.0);
        style.spacing.button_padding = egui::vec2(6.0, 3.0);
    });
}
