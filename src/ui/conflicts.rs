//! Conflicts a git merge left in the tracker: a banner while any is left, and the list where
//! each is decided, both values side by side.

use egui::{Id, Modal, RichText, ScrollArea, Ui};

use super::{theme, widgets};
use crate::app::{Command, Dialog, Document, UiState};
use crate::model::merge::{Choice, Conflict};

/// The banner above the window's content while conflicts are left; `actions` false in report
/// mode, where it only says so.
pub fn banner_ui(ui: &mut Ui, doc: &Document, actions: bool, out: &mut Vec<Command>) {
    let count = doc.project.conflicts.len();
    egui::Frame::new()
        .fill(theme::conflict_fill(ui))
        .inner_margin(theme::space::SMALL)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new(crate::t!("merge-banner", count = count))
                        .color(theme::concern(ui))
                        .strong(),
                );
                if actions && ui.button(crate::t!("merge-banner-show")).clicked() {
                    out.push(Command::ShowConflicts(true));
                }
            });
        });
}

/// The list of conflicts. It opens by itself once for each file that has conflicts.
pub fn conflicts_ui(
    ctx: &egui::Context,
    doc: &Document,
    state: &mut UiState,
    out: &mut Vec<Command>,
) {
    let report = state.report_mode;
    // Report mode (and screenshots) shows the tracker, not the list over it.
    if !report
        && !doc.project.conflicts.is_empty()
        && state.merge.opened_for.as_ref() != Some(&doc.path)
    {
        state.merge.opened_for = Some(doc.path.clone());
        state.dialogs.open(Dialog::Conflicts);
    }
    // The list's height is set by how many conflicts there were when it opened.
    let height_id = Id::unique("merge-conflicts-height");
    if !state.dialogs.conflicts_shown() {
        ctx.data_mut(|d| d.remove::<f32>(height_id));
        return;
    }
    let merge = &mut state.merge;
    let conflicts = &doc.project.conflicts;
    let height = ctx.data_mut(|d| {
        *d.get_temp_mut_or_insert_with(height_id, || {
            (conflicts.len() as f32 * theme::dialog::CONFLICT_ROOM)
                .clamp(theme::dialog::LIST_MIN, theme::dialog::LIST_TALL)
        })
    });
    Modal::new(Id::unique("merge-conflicts")).show(ctx, |ui| {
        ui.set_width(theme::dialog::WIDEST);
        ui.heading(crate::t!("merge-window-title"));
        ui.add_space(theme::space::TIGHT);
        if conflicts.is_empty() {
            ui.label(crate::t!("merge-none-left"));
        }
        // One height while open: deciding a conflict or opening its text editor leaves the
        // dialog (which is centred) and its buttons where they were.
        ScrollArea::vertical()
            .auto_shrink([false, false])
            .min_scrolled_height(height)
            .max_height(height)
            .show(ui, |ui| {
                for (i, conflict) in conflicts.iter().enumerate() {
                    ui.push_id(i, |ui| {
                        conflict_ui(ui, i, conflict, &mut merge.editing, out)
                    });
                    ui.separator();
                }
            });
        ui.add_space(theme::space::SMALL);
        ui.horizontal(|ui| {
            if !conflicts.is_empty() {
                let draft = ui
                    .button(crate::t!("merge-save-draft"))
                    .on_hover_text(crate::t!("merge-save-draft-hint"));
                if draft.clicked() {
                    out.push(Command::SaveDraft);
                }
            }
            if ui.button(crate::t!("merge-close")).clicked() {
                out.push(Command::ShowConflicts(false));
            }
        });
    });
}

fn conflict_ui(
    ui: &mut Ui,
    index: usize,
    conflict: &Conflict,
    editing: &mut Option<(usize, String)>,
    out: &mut Vec<Command>,
) {
    ui.label(RichText::new(conflict.place()).strong());
    ui.columns(2, |cols| {
        let sides = [
            (
                crate::t!("merge-ours-heading", from = conflict.ours_from.as_str()),
                &conflict.ours,
                crate::t!("merge-keep-ours"),
                Choice::Ours,
            ),
            (
                crate::t!("merge-theirs-heading", from = conflict.theirs_from.as_str()),
                &conflict.theirs,
                crate::t!("merge-keep-theirs"),
                Choice::Theirs,
            ),
        ];
        for (col, (heading, value, keep, choice)) in cols.iter_mut().zip(sides) {
            col.label(widgets::muted(heading));
            col.add(egui::Label::new(value.readable()).wrap());
            if col.button(keep).clicked() {
                out.push(Command::ResolveConflict(index, choice));
            }
        }
    });
    let Some(text) = conflict.ours.editable_text() else {
        return;
    };
    match editing {
        Some((i, draft)) if *i == index => {
            let label = ui.label(crate::t!("merge-edit-label"));
            ui.add(
                egui::TextEdit::multiline(draft)
                    .desired_rows(3)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
            if ui.button(crate::t!("merge-use-edited")).clicked() {
                let value = crate::model::merge::Value::Text(draft.clone());
                out.push(Command::ResolveConflict(index, Choice::Edited(value)));
            }
        }
        _ => {
            if ui.button(crate::t!("merge-edit")).clicked() {
                *editing = Some((index, text.to_owned()));
            }
        }
    }
}
