//! Colours and spacing, in one place.

use egui::Color32;

use crate::model::Status;
use crate::report::palette::{status_rgb, status_text_rgb};

pub const ROW_HEIGHT: f32 = 24.0;
pub const CHIP_WIDTH: f32 = 118.0;
pub const CHECKLIST_WIDTH: f32 = 540.0;
/// The colours of marks and messages, per theme, each at WCAG AA contrast (4.5:1) or better
/// on that theme's panels (a test computes it). The window reads them from egui's visuals
/// (`warn_fg_color`, `error_fg_color`, `weak_text_color`), set from here at start.
pub struct MarkColours {
    /// Concern flagged, unsaved changes, a filter narrowing the figures.
    pub concern: Color32,
    /// Overdue, errors, refused input.
    pub error: Color32,
    /// Secondary text.
    pub muted: Color32,
    /// What the marks stand on.
    pub panel: Color32,
}

pub const LIGHT: MarkColours = MarkColours {
    // Purple, not red: red is overdue and errors only, so the two marks never read alike.
    concern: Color32::from_rgb(0x7a, 0x3e, 0x9d),
    error: Color32::from_rgb(0xc0, 0x28, 0x28),
    muted: Color32::from_gray(110),
    panel: Color32::from_gray(248),
};

pub const DARK: MarkColours = MarkColours {
    concern: Color32::from_rgb(0xc8, 0x9b, 0xe8),
    error: Color32::from_rgb(0xff, 0x7b, 0x72),
    muted: Color32::from_gray(160),
    panel: Color32::from_gray(27),
};

pub fn concern(ui: &egui::Ui) -> Color32 {
    ui.visuals().warn_fg_color
}

pub fn error(ui: &egui::Ui) -> Color32 {
    ui.visuals().error_fg_color
}

pub fn muted(ui: &egui::Ui) -> Color32 {
    ui.visuals().weak_text_color()
}

/// Puts the mark colours into both themes' visuals.
fn install_mark_colours(ctx: &egui::Context) {
    for (theme, marks) in [(egui::Theme::Light, &LIGHT), (egui::Theme::Dark, &DARK)] {
        ctx.style_mut_of(theme, |style| {
            style.visuals.warn_fg_color = marks.concern;
            style.visuals.error_fg_color = marks.error;
            style.visuals.weak_text_color = Some(marks.muted);
            style.visuals.panel_fill = marks.panel;
        });
    }
}

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
    install_mark_colours(ctx);
    ctx.set_theme(egui::Theme::Light);
    // Zoom keys go through the table of actions like every other shortcut.
    ctx.options_mut(|o| o.zoom_with_keyboard = false);
    ctx.all_styles_mut(|style| {
        style.spacing.item_spacing = egui::vec2(8.0, 5.0);
        style.spacing.button_padding = egui::vec2(6.0, 3.0);
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::palette::relative_luminance;

    fn contrast(a: Color32, b: Color32) -> f64 {
        let l = |c: Color32| relative_luminance([c.r(), c.g(), c.b()]);
        let (la, lb) = (l(a), l(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    #[test]
    fn every_mark_reads_at_aa_contrast_in_both_themes() {
        for (name, marks) in [("light", &LIGHT), ("dark", &DARK)] {
            for (what, colour) in [
                ("concern", marks.concern),
                ("error", marks.error),
                ("muted", marks.muted),
            ] {
                let c = contrast(colour, marks.panel);
                assert!(c >= 4.5, "{name}: {what} on the panel is {c:.2}:1");
            }
        }
    }

    #[test]
    fn the_window_uses_the_mark_colours() {
        let ctx = egui::Context::default();
        install(&ctx);
        for (theme, marks) in [(egui::Theme::Light, &LIGHT), (egui::Theme::Dark, &DARK)] {
            let visuals = &ctx.style_of(theme).visuals;
            assert_eq!(visuals.error_fg_color, marks.error);
            assert_eq!(visuals.warn_fg_color, marks.concern);
            assert_eq!(visuals.weak_text_color(), marks.muted);
        }
    }
}
