//! Status colours, defined once for the exports and the window.
//!
//! Chosen so every pair stays apart under simulated deuteranopia, protanopia and tritanopia
//! (CIELAB distance of at least about 16 between any two), and so the greens and the red also
//! differ in lightness. Colour is never the only cue: chips and legends always carry the label.

use crate::model::Status;

pub fn status_rgb(status: Status) -> [u8; 3] {
    match status {
        Status::NotAssessed => [0x99, 0x99, 0x99], // neutral grey
        Status::NoAction => [0x6F, 0x5F, 0x52],    // dark grey-brown
        Status::InProgress => [0x21, 0x66, 0xAC],  // blue
        Status::Stalled => [0xD0, 0x8C, 0x00],     // amber
        Status::PartiallyFulfilled => [0x66, 0xBD, 0x63], // light green
        Status::Fulfilled => [0x1E, 0x8C, 0x3A],   // green
        Status::NotFulfilled => [0xCC, 0x33, 0x11], // red
    }
}

/// Black or white, whichever reads better on the status colour (WCAG contrast).
pub fn status_text_rgb(status: Status) -> [u8; 3] {
    let l = relative_luminance(status_rgb(status));
    let on_black = (l + 0.05) / 0.05;
    let on_white = 1.05 / (l + 0.05);
    if on_black >= on_white {
        [0, 0, 0]
    } else {
        [0xFF, 0xFF, 0xFF]
    }
}

/// `#rrggbb`, for CSS.
pub fn hex(rgb: [u8; 3]) -> String {
    format!("#{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2])
}

/// WCAG 2 relative luminance, 0 (black) to 1 (white).
pub fn relative_luminance(rgb: [u8; 3]) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
        let (la, lb) = (relative_luminance(a), relative_luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    #[test]
    fn every_status_has_its_own_colour_and_readable_chip_text() {
        let colours: std::collections::HashSet<_> = Status::ALL.map(status_rgb).into();
        assert_eq!(colours.len(), Status::ALL.len());
        for s in Status::ALL {
            assert!(
                contrast(status_rgb(s), status_text_rgb(s)) >= 4.5,
                "{s:?} chip text is hard to read"
            );
        }
    }

    #[test]
    fn hex_is_css_ready() {
        assert_eq!(hex([0x21, 0x66, 0xAC]), "#2166ac");
    }
}
