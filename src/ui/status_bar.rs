//! The status bar: where the project lives and whether it has unsaved changes.

use egui::{RichText, Ui};

use super::{theme, widgets};
use crate::app::{Command, Document, FileProgress, PublishProgress};

/// What a background open or save is doing, for the status bar.
pub struct Activity<'a> {
    pub label: &'a str,
    pub progress: Option<FileProgress>,
    /// Pages of a website being published, which can be cancelled.
    pub pages: Option<PublishProgress>,
}

pub fn status_bar_ui(
    ui: &mut Ui,
    doc: &Document,
    toast: Option<&str>,
    activity: Option<Activity<'_>>,
    out: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        match &doc.path {
            Some(p) => ui.label(p.display().to_string()),
            None => ui.label(widgets::muted(crate::t!("statusbar-untitled"))),
        };
        if let Some(reason) = &doc.read_only {
            ui.separator();
            ui.label(
                RichText::new(crate::t!("statusbar-read-only", reason = reason.as_str()))
                    .color(theme::concern(ui)),
            );
        }
        if let Some(activity) = activity {
            ui.separator();
            ui.spinner();
            ui.label(activity.label);
            if let Some(progress) = activity.progress {
                progress_ui(ui, progress, out);
            }
            if let Some(pages) = activity.pages {
                pages_ui(ui, pages, out);
            }
        }
        if let Some(t) = toast {
            ui.separator();
            ui.label(RichText::new(t).strong());
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            // An untitled project that was never changed has nothing to say here: the left
            // side already says it is not in a file.
            if doc.dirty {
                ui.label(RichText::new(crate::t!("statusbar-unsaved")).color(theme::concern(ui)));
            } else if doc.path.is_some() {
                ui.label(widgets::muted(crate::t!("statusbar-saved")));
            }
        });
    });
}

/// Bytes read or written as a bar ("12.5 of 27.4 MB"), and Cancel for an open.
fn progress_ui(ui: &mut Ui, p: FileProgress, out: &mut Vec<Command>) {
    if p.total > 0 {
        let text = crate::t!(
            "paths-progress-bytes",
            done = megabytes(p.done),
            total = megabytes(p.total)
        );
        let fraction = p.done as f32 / p.total as f32;
        ui.add(
            egui::ProgressBar::new(fraction)
                .desired_width(theme::PROGRESS_WIDTH)
                .text(text),
        );
    }
    if p.opening && ui.button(crate::t!("paths-cancel-open")).clicked() {
        out.push(Command::CancelOpen);
    }
}

/// Pages made of pages in all as a bar, and Cancel.
fn pages_ui(ui: &mut Ui, p: PublishProgress, out: &mut Vec<Command>) {
    if p.total > 0 {
        let text = crate::t!("publish-progress-pages", done = p.done, total = p.total);
        ui.add(
            egui::ProgressBar::new(p.done as f32 / p.total as f32)
                .desired_width(theme::PROGRESS_WIDTH)
                .text(text),
        );
    }
    if ui.button(crate::t!("publish-cancel")).clicked() {
        out.push(Command::CancelPublish);
    }
}

/// Megabytes with one decimal, in the language's decimal mark.
fn megabytes(bytes: u64) -> String {
    let text = format!("{:.1}", bytes as f64 / 1e6);
    match crate::i18n::language() {
        crate::i18n::Lang::En => text,
        _ => text.replace('.', ","),
    }
}
