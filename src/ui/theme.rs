//! The design system: spacing steps, the type scale, sizes and colours, in one place. Every
//! part of the window takes its sizes and colours from here, so one change here is one change
//! everywhere (a test finds numbers written anywhere else in `ui/`).

use egui::Color32;

use crate::model::Status;
use crate::report::palette::{status_rgb, status_text_rgb};

/// Spacing steps: every gap, margin and indent in the window is one of these.
pub mod space {
    pub const HAIR: f32 = 2.0;
    pub const TIGHT: f32 = 4.0;
    pub const SMALL: f32 = 6.0;
    pub const MEDIUM: f32 = 8.0;
    pub const LARGE: f32 = 10.0;
    pub const SECTION: f32 = 12.0;
    pub const INDENT: f32 = 16.0;
    /// Above the sentence that stands in for an empty part ("Nothing selected").
    pub const EMPTY: f32 = 40.0;
    /// Each level of nesting in the checklist.
    pub const NEST: f32 = 18.0;
    /// Between the columns of a form's grid, and between its rows.
    pub const GRID: [f32; 2] = [SECTION, SMALL];
    /// The same for lists of figures, which sit closer.
    pub const GRID_LIST: [f32; 2] = [SECTION, TIGHT];
    pub const GRID_TIGHT: [f32; 2] = [SECTION, HAIR];
    /// Between widgets, and inside buttons.
    pub const ITEM: [f32; 2] = [MEDIUM, 5.0];
    pub const BUTTON_PADDING: [f32; 2] = [SMALL, 3.0];
    /// Around the text of a chip.
    pub const CHIP_MARGIN: [f32; 2] = [SMALL, HAIR];
}

/// The type scale, in points.
pub mod text_size {
    /// Chart axes and figures inside bars.
    pub const SMALL: f32 = 11.0;
    /// Marks beside a title (the "replaced" chip).
    pub const CAPTION: f32 = 12.0;
    /// The words on a status chip.
    pub const CHIP: f32 = 12.5;
    /// Body text and buttons.
    pub const BODY: f32 = 13.0;
    pub const MONOSPACE: f32 = 13.0;
    /// A sentence inside an empty chart.
    pub const CHART_NOTE: f32 = 13.0;
    /// The headings of groups in the checklist.
    pub const GROUP: f32 = 15.0;
    /// The headline of a view ("51 % → 49 %").
    pub const HEADLINE: f32 = 17.0;
    pub const HEADING: f32 = 18.0;
    /// The big figures of the dashboard.
    pub const FIGURE: f32 = 26.0;
    pub const TINY: f32 = 9.0;
}

/// Corner radii and line widths.
pub mod shape {
    pub const CORNER: f32 = 4.0;
    pub const CORNER_SMALL: f32 = 2.0;
    pub const CORNER_BAR: f32 = 3.0;
    pub const LINE: f32 = 1.0;
    pub const LINE_BOLD: f32 = 1.5;
}

/// The smallest the window can be made; every part of it still fits.
pub const MIN_WINDOW: [f32; 2] = [960.0, 600.0];
pub const ROW_HEIGHT: f32 = 24.0;
pub const CHIP_WIDTH: f32 = 118.0;
/// The chip at the head of the editor, wider than the list's.
pub const CHIP_WIDTH_LARGE: f32 = CHIP_WIDTH + 20.0;
pub const CHECKLIST_WIDTH: f32 = 540.0;
/// The narrowest the checklist panel can be made.
pub const CHECKLIST_MIN_WIDTH: f32 = 320.0;
/// A date field ("2026-12-31" with room to spare).
pub const DATE_WIDTH: f32 = 110.0;
/// A year field, or "As of".
pub const YEAR_WIDTH: f32 = 96.0;
/// A drop-down of a form (a field of the import mapping, a status word's status).
pub const CHOICE_WIDTH: f32 = 220.0;
/// A short drop-down in a filter row.
pub const FILTER_CHOICE_WIDTH: f32 = 110.0;
/// The narrowest a text field may get when a row is tight.
pub const FIELD_MIN_WIDTH: f32 = 80.0;
/// The label column of a form.
pub const LABEL_WIDTH: f32 = 150.0;
/// Editor fields that read better narrow than as wide as the window.
pub const FIELD_MAX_WIDTH: f32 = 420.0;
/// A short text field with a hint in it.
pub const FIELD_WIDTH: f32 = 220.0;
/// A byte-count progress bar.
pub const PROGRESS_WIDTH: f32 = 220.0;

/// Dialog widths, narrowest first. A dialog keeps its width while open.
pub mod dialog {
    pub const NARROW: f32 = 520.0;
    pub const MEDIUM: f32 = 560.0;
    pub const WIDE: f32 = 640.0;
    pub const WIDEST: f32 = 760.0;
    /// What a dialog leaves of the window around it when the window is narrower.
    pub const WINDOW_MARGIN: f32 = 40.0;
    /// Lists inside dialogs scroll past these heights.
    pub const LIST_SHORT: f32 = 140.0;
    pub const LIST: f32 = 160.0;
    pub const DESCRIPTION: f32 = 180.0;
    pub const LIST_TALL: f32 = 420.0;
    pub const LIST_TALLEST: f32 = 480.0;
    pub const LIST_MIN: f32 = 120.0;
    /// What one merge conflict takes in the list, with its text editor open.
    pub const CONFLICT_ROOM: f32 = 150.0;
    /// What the import dialog takes around its mapping list: title, options and buttons.
    pub const IMPORT_CHROME: f32 = 320.0;
    /// The command palette, and its list of actions (it scrolls past this, and keeps this
    /// height however few actions the typed letters find).
    pub const PALETTE: f32 = MEDIUM;
    pub const PALETTE_LIST: f32 = 360.0;
}

/// Charts' sizes.
pub mod chart {
    pub const BAR_HEIGHT: f32 = 26.0;
    pub const SMALL_BAR_HEIGHT: f32 = 16.0;
    pub const TIMELINE_HEIGHT: f32 = 170.0;
    pub const MAX_WIDTH: f32 = 900.0;
    pub const NAME_WIDTH: f32 = 150.0;
    pub const SWATCH: f32 = 12.0;
    /// A part of a bar narrower than this shows no figure.
    pub const LABELLED_PART: f32 = 22.0;
    /// A group's bar, narrowest and widest; beside it the room for its figure.
    pub const GROUP_BAR: [f32; 2] = [100.0, 320.0];
    pub const GROUP_FIGURE: f32 = 50.0;
    pub const GROUP_ROW: f32 = 18.0;
    /// What the narrow columns of the charts' tables take (a count, a date).
    pub const COUNT_COLUMN: f32 = 90.0;
    /// Room inside the timeline for its axis labels.
    pub const TIMELINE_INSET: [f32; 2] = [8.0, 18.0];
}
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
    /// Behind a notice that stays (a file opened read-only).
    pub notice: Color32,
    /// Behind the banner of undecided merge conflicts.
    pub conflict: Color32,
    /// Body text, as egui draws it in this theme.
    pub text: Color32,
}

pub const LIGHT: MarkColours = MarkColours {
    // Purple, not red: red is overdue and errors only, so the two marks never read alike.
    concern: Color32::from_rgb(0x7a, 0x3e, 0x9d),
    error: Color32::from_rgb(0xc0, 0x28, 0x28),
    muted: Color32::from_gray(110),
    panel: Color32::from_gray(248),
    notice: Color32::from_rgb(0xff, 0xf3, 0xcd),
    conflict: Color32::from_rgb(0xff, 0xef, 0xe6),
    text: Color32::from_gray(80),
};

pub const DARK: MarkColours = MarkColours {
    concern: Color32::from_rgb(0xc8, 0x9b, 0xe8),
    error: Color32::from_rgb(0xff, 0x7b, 0x72),
    muted: Color32::from_gray(160),
    panel: Color32::from_gray(27),
    notice: Color32::from_rgb(0x2b, 0x25, 0x0d),
    conflict: Color32::from_rgb(0x30, 0x1c, 0x14),
    text: Color32::from_gray(140),
};

fn marks(ui: &egui::Ui) -> &'static MarkColours {
    if ui.visuals().dark_mode {
        &DARK
    } else {
        &LIGHT
    }
}

pub fn notice_fill(ui: &egui::Ui) -> Color32 {
    marks(ui).notice
}

pub fn conflict_fill(ui: &egui::Ui) -> Color32 {
    marks(ui).conflict
}

pub fn concern(ui: &egui::Ui) -> Color32 {
    ui.visuals().warn_fg_color
}

pub fn error(ui: &egui::Ui) -> Color32 {
    ui.visuals().error_fg_color
}

/// Body text, for a line drawn by hand (`widgets::reserved_lines`).
pub fn text(ui: &egui::Ui) -> Color32 {
    ui.visuals().text_color()
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
    if visuals.dark_mode {
        DARK.panel
    } else {
        LIGHT.panel
    }
}

const PAINTED_ON_CPU: &str = "painted-on-cpu";

/// The window is painted on the CPU (`paint_on_cpu` was called).
pub fn painted_on_cpu(ctx: &egui::Context) -> bool {
    ctx.data(|d| d.get_temp(egui::Id::unique(PAINTED_ON_CPU)))
        .unwrap_or(false)
}

/// Where the window is painted on the CPU (Mesa's lavapipe or llvmpipe: a VM, a remote
/// desktop), every painted frame costs tens of milliseconds of shading, and a hover fade or a
/// programmed scroll is several frames long. There they take one frame; a GPU keeps them.
///
/// There every pixel a shape covers costs about 50 ns to shade (egui's shader, run by the
/// CPU), while clearing the window costs next to nothing: the panels, which cover the whole
/// window in the colour it is cleared with, are left unfilled. That halves a frame's cost.
/// Tooltips wait for their delay as everywhere, but not for the pointer to be still: egui
/// waits for that by painting frame after frame.
pub fn paint_on_cpu(ctx: &egui::Context) {
    ctx.data_mut(|d| d.insert_temp(egui::Id::unique(PAINTED_ON_CPU), true));
    ctx.all_styles_mut(|style| {
        style.animation_time = 0.0;
        style.scroll_animation = egui::style::ScrollAnimation::none();
        style.visuals.panel_fill = Color32::TRANSPARENT;
        style.interaction.show_tooltips_only_when_still = false;
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
        style.spacing.item_spacing = space::ITEM.into();
        style.spacing.button_padding = space::BUTTON_PADDING.into();
        use egui::{FontId, TextStyle};
        style.text_styles = [
            (TextStyle::Small, FontId::proportional(text_size::TINY)),
            (TextStyle::Body, FontId::proportional(text_size::BODY)),
            (TextStyle::Button, FontId::proportional(text_size::BODY)),
            (
                TextStyle::Monospace,
                FontId::monospace(text_size::MONOSPACE),
            ),
            (TextStyle::Heading, FontId::proportional(text_size::HEADING)),
        ]
        .into();
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

    /// Painted on the CPU, the panels are not filled, and the window is cleared with the colour
    /// they had: it looks the same.
    #[test]
    fn on_the_cpu_the_clear_colour_stands_in_for_the_panels() {
        let ctx = egui::Context::default();
        install(&ctx);
        let themes = [egui::Theme::Light, egui::Theme::Dark];
        let filled = themes.map(|t| ctx.style_of(t).visuals.panel_fill);
        paint_on_cpu(&ctx);
        for (theme, fill) in themes.into_iter().zip(filled) {
            let visuals = &ctx.style_of(theme).visuals;
            assert_eq!(visuals.panel_fill, Color32::TRANSPARENT, "{theme:?}");
            assert_eq!(clear_color(visuals), fill, "{theme:?}");
            assert_ne!(fill, Color32::TRANSPARENT);
        }
    }

    #[test]
    fn every_mark_reads_at_aa_contrast_in_both_themes() {
        for (name, marks) in [("light", &LIGHT), ("dark", &DARK)] {
            for (what, colour) in [
                ("concern", marks.concern),
                ("error", marks.error),
                ("muted", marks.muted),
                ("text", marks.text),
            ] {
                for (ground, fill) in [
                    ("the panel", marks.panel),
                    ("a notice", marks.notice),
                    ("the conflict banner", marks.conflict),
                ] {
                    let c = contrast(colour, fill);
                    assert!(c >= 4.5, "{name}: {what} on {ground} is {c:.2}:1");
                }
            }
        }
    }

    /// The body text the `text` token stands for is what egui draws.
    #[test]
    fn the_text_token_is_egui_s_body_text() {
        assert_eq!(egui::Visuals::light().text_color(), LIGHT.text);
        assert_eq!(egui::Visuals::dark().text_color(), DARK.text);
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

    /// Sizes and colours come from here: no other part of the window writes a number where a
    /// gap, a width, a font size, a radius or a colour is set.
    #[test]
    fn no_part_of_the_window_sets_its_own_sizes_or_colours() {
        let setters = [
            "add_space(",
            "FontId::proportional(",
            "FontId::monospace(",
            ".size(",
            "Color32::from_",
            ".spacing([",
            "set_width(",
            "set_max_width(",
            "set_min_width(",
            "desired_width(",
            "max_height(",
            ".width(",
            "inner_margin(",
            "Stroke::new(",
            "rect_stroke(rect, ",
            "rect_filled(rect, ",
            ".min_size(",
            "vec2(",
        ];
        let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/src/ui");
        let mut found = Vec::new();
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            // The tokens themselves; and typing.rs, whose positions are of synthetic events.
            if name == "theme.rs" || name == "typing.rs" {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            // A file's own tests may use any figures.
            let code = text.split("#[cfg(test)]").next().unwrap_or("");
            for (n, line) in code.lines().enumerate() {
                for setter in setters {
                    let Some(at) = line.find(setter) else {
                        continue;
                    };
                    let rest = &line[at + setter.len()..];
                    if rest.starts_with(|c: char| c.is_ascii_digit()) || setter == "Color32::from_"
                    {
                        found.push(format!("{name}:{}: {}", n + 1, line.trim()));
                    }
                }
            }
        }
        assert!(
            found.is_empty(),
            "sizes or colours set outside theme.rs: {found:#?}"
        );
    }
}
