//! What the desktop knows the app by: its application id (the window's class, the desktop
//! entry's and the metainfo's name, the icons' name) and the window's icon.

/// Reverse-DNS id, the same in `packaging/` and in the icon theme's file names.
pub const APP_ID: &str = "io.github.reformtracker.ReformTracker";

/// The version `--version` prints: the release and the commit it was built from.
pub const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (",
    env!("REFORM_TRACKER_COMMIT"),
    ")"
);

const ICON_PNG: &[u8] = include_bytes!(
    "../packaging/icons/hicolor/256x256/apps/io.github.reformtracker.ReformTracker.png"
);

/// The window's icon, or `None` should the embedded picture not decode: a window without an
/// icon still works.
pub fn icon() -> Option<egui::IconData> {
    let image = image::load_from_memory_with_format(ICON_PNG, image::ImageFormat::Png).ok()?;
    let rgba = image.into_rgba8();
    let (width, height) = rgba.dimensions();
    Some(egui::IconData {
        rgba: rgba.into_raw(),
        width,
        height,
    })
}
