//! Messages and the type-a-path prompt, shown over the window.

use egui::{Id, Modal, RichText, TextEdit, Ui};

use super::prompts;
use super::theme;
use crate::app::{Command, DialogPurpose, Document, MessageAction, MessageKind, UiState};

pub fn dialogs_ui(ui: &mut Ui, doc: &Document, state: &mut UiState, out: &mut Vec<Command>) {
    let ctx = ui.ctx().clone();
    prompts::recovery_offer_ui(&ctx, state, out);
    // One question at a time: a message is read and closed before a question is shown, so a
    // click meant for its OK never lands on another question's button.
    if state.message.is_none() {
        prompts::confirm_ui(&ctx, doc, state, out);
    }
    if let Some(message) = &state.message {
        let modal = Modal::new(Id::unique("message")).show(&ctx, |ui| {
            ui.set_max_width(theme::dialog::NARROW);
            let color = match message.kind {
                MessageKind::Error => theme::error(ui),
                MessageKind::Info => ui.visuals().text_color(),
            };
            ui.label(RichText::new(&message.title).heading().color(color));
            ui.add_space(theme::space::TIGHT);
            ui.label(&message.body);
            ui.add_space(theme::space::MEDIUM);
            ui.horizontal(|ui| {
                if let Some(MessageAction::ResolveMarkers(path)) = &message.action
                    && ui.button(crate::t!("markers-resolve")).clicked()
                {
                    out.push(Command::DismissMessage);
                    out.push(Command::ResolveMarkers(path.clone()));
                }
                if ui.button(crate::t!("dialog-ok")).clicked() {
                    out.push(Command::DismissMessage);
                }
            });
        });
        if modal.should_close() {
            out.push(Command::DismissMessage);
        }
    }
    if state.message.is_none() {
        super::import::import_ui(&ctx, state, out);
        path_prompt_ui(&ctx, state, out);
    }
}

fn path_prompt_ui(ctx: &egui::Context, state: &mut UiState, out: &mut Vec<Command>) {
    let Some(prompt) = &mut state.path_prompt else {
        return;
    };
    let mut close = false;
    let modal = Modal::new(Id::unique("path-prompt")).show(ctx, |ui| {
        ui.set_max_width(theme::dialog::MEDIUM);
        ui.heading(prompt.purpose.title());
        ui.label(&prompt.reason);
        let l = ui.label(crate::t!("dialog-file-path"));
        let response = ui
            .add(
                TextEdit::singleline(&mut prompt.text)
                    .hint_text("/home/me/trackers/kazakhstan.ron")
                    .desired_width(theme::dialog::NARROW),
            )
            .labelled_by(l.id);
        if prompt.focus {
            prompt.focus = false;
            response.request_focus();
            select_file_stem(ui.ctx(), response.id, &prompt.text);
        }
        let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        ui.horizontal(|ui| {
            let verb = if prompt.purpose == DialogPurpose::Publish {
                crate::t!("dialog-publish")
            } else if prompt.purpose.writes() {
                crate::t!("dialog-save")
            } else {
                crate::t!("dialog-open")
            };
            let ok = ui.add_enabled(!prompt.text.trim().is_empty(), egui::Button::new(verb));
            if (ok.clicked() || entered) && !prompt.text.trim().is_empty() {
                let path = std::path::PathBuf::from(prompt.text.trim());
                out.push(match prompt.purpose {
                    DialogPurpose::Open => Command::OpenPath(path),
                    DialogPurpose::SaveAs => Command::SaveTo(path),
                    DialogPurpose::Export(format) => Command::ExportTo(format, path),
                    DialogPurpose::Screenshot => Command::ScreenshotTo(path),
                    DialogPurpose::Compare => Command::CompareWithPath(path),
                    DialogPurpose::Import => Command::ImportFrom(path),
                    DialogPurpose::SaveMapping => Command::SaveImportMappingTo(path),
                    DialogPurpose::LoadMapping => Command::LoadImportMappingFrom(path),
                    DialogPurpose::Publish => Command::PublishSiteTo(path),
                });
                close = true;
            }
            if ui.button(crate::t!("prompt-cancel")).clicked() {
                out.push(Command::ConfirmCancel);
                close = true;
            }
        });
    });
    // Escape (or a click beside it) cancels, as in every other dialog.
    if !close && modal.should_close() {
        out.push(Command::ConfirmCancel);
        close = true;
    }
    if close {
        state.path_prompt = None;
    }
}

/// Selects the file name without its folder and extension, so typing replaces just the name.
fn select_file_stem(ctx: &egui::Context, id: egui::Id, text: &str) {
    use egui::text::{CCursor, CCursorRange};
    let Some(mut state) = TextEdit::load_state(ctx, id) else {
        return;
    };
    let name_start = text.rfind(['/', '\\']).map_or(0, |i| i + 1);
    let name = &text[name_start..];
    let name_end = name_start + name.rfind('.').filter(|&i| i > 0).unwrap_or(name.len());
    let (start, end) = (
        text[..name_start].chars().count(),
        text[..name_end].chars().count(),
    );
    state.cursor.set_char_range(Some(CCursorRange::two(
        CCursor::new(start),
        CCursor::new(end),
    )));
    TextEdit::store_state(ctx, id, state);
}
