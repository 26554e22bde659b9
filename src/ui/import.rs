//! The import dialog: progress while the file is read, the column mapping with a preview of
//! the first rows, and the summary of what would change before anything does.

use egui::{ComboBox, Grid, Id, Modal, ProgressBar, RichText, ScrollArea, Ui};

use super::{theme, widgets};
use crate::app::{Command, Dialog, ImportForm, ImportStage, UiState, Workbook};
use crate::model::import::{Plan, Preset, StatusWords, Target};
use crate::report::import_summary as summary;
use crate::t;

/// Width of the dialog in points.
const DIALOG_WIDTH: f32 = theme::dialog::WIDEST;
/// Rows of the sheet shown under the mapping.
const PREVIEW_ROWS: usize = 3;
/// Refused rows listed in the summary; the rest are counted.
const LISTED: usize = 200;

pub fn import_ui(ctx: &egui::Context, state: &UiState, out: &mut Vec<Command>) {
    let Some(Dialog::Import(form)) = state.dialogs.shown() else {
        return;
    };
    let modal = Modal::new(Id::unique("import")).show(ctx, |ui| {
        // A fixed width: a modal that resizes with its content re-centres under the pointer.
        ui.set_width(DIALOG_WIDTH.min(ctx.content_rect().width() - theme::dialog::WINDOW_MARGIN));
        match &form.stage {
            ImportStage::Reading { read, total } => reading_ui(ui, form, *read, *total, out),
            ImportStage::Mapping {
                book,
                targets,
                words,
            } => mapping_ui(ui, form, book, targets, words, out),
            ImportStage::Summary { plan, .. } => summary_ui(ui, form, plan, out),
        }
    });
    if modal.should_close() {
        out.push(Command::CancelImport);
    }
}

fn reading_ui(
    ui: &mut Ui,
    form: &ImportForm,
    read: usize,
    total: Option<usize>,
    out: &mut Vec<Command>,
) {
    ui.heading(t!("import-reading-title", file = form.file_name()));
    let (text, fraction) = match total {
        Some(total) if total > 0 => (
            t!("import-reading-rows", read = read, total = total),
            read as f32 / total as f32,
        ),
        _ => (t!("import-reading-rows-unknown", read = read), 0.0),
    };
    ui.add(ProgressBar::new(fraction.min(1.0)).text(text).animate(true));
    if ui.button(t!("import-cancel")).clicked() {
        out.push(Command::CancelImport);
    }
}

fn mapping_ui(
    ui: &mut Ui,
    form: &ImportForm,
    book: &Workbook,
    targets: &[Target],
    words: &StatusWords,
    out: &mut Vec<Command>,
) {
    ui.heading(t!("import-mapping-title", file = form.file_name()));
    if book.sheet_names.len() > 1 {
        ui.label(t!("import-sheet", name = book.main.name.as_str()));
    }
    if book.ours {
        ui.label(t!("import-ours"));
    }
    let mut as_new = form.as_new;
    if ui.checkbox(&mut as_new, t!("import-as-new")).changed() {
        out.push(Command::SetImportAsNew(as_new));
    }
    preset_ui(ui, form, out);
    ui.label(widgets::muted(t!("import-mapping-intro")));
    ui.add_space(theme::space::TIGHT);
    // Its height is fixed from the first frame: a scroll area in a modal otherwise grows a
    // little each frame, and the buttons under it move away from the pointer.
    let height =
        (ui.ctx().content_rect().height() - theme::dialog::IMPORT_CHROME).max(theme::dialog::LIST);
    ScrollArea::both()
        .auto_shrink([false, true])
        .min_scrolled_height(height)
        .max_height(height)
        .show(ui, |ui| {
            Grid::new("import-mapping")
                .striped(true)
                .num_columns(2 + PREVIEW_ROWS)
                .show(ui, |ui| {
                    ui.label(RichText::new(t!("import-column")).strong());
                    ui.label(RichText::new(t!("import-imported-as")).strong());
                    ui.label(RichText::new(t!("import-preview")).strong());
                    ui.end_row();
                    for (i, header) in book.main.header.iter().enumerate() {
                        column_row(ui, book, i, header, targets, out);
                        ui.end_row();
                    }
                });
            super::import_words::words_ui(ui, words, out);
        });
    ui.add_space(theme::space::SMALL);
    ui.horizontal(|ui| {
        if ui.button(t!("import-show-changes")).clicked() {
            out.push(Command::PreviewImport);
        }
        if ui.button(t!("import-save-mapping")).clicked() {
            out.push(Command::SaveImportMapping);
        }
        if ui.button(t!("import-load-mapping")).clicked() {
            out.push(Command::LoadImportMapping);
        }
        if ui.button(t!("import-cancel")).clicked() {
            out.push(Command::CancelImport);
        }
    });
}

/// The built-in mappings (a UHRI export's columns), one choice away.
fn preset_ui(ui: &mut Ui, form: &ImportForm, out: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        let l = widgets::field_label(ui, &t!("import-preset"));
        let shown = form
            .preset
            .map_or_else(|| t!("import-preset-none"), Preset::label);
        ComboBox::from_id_salt("import-preset")
            .selected_text(shown)
            .width(theme::CHOICE_WIDTH * 2.0)
            .show_ui(ui, |ui| {
                // Chosen again, the mapping is applied again: columns changed since are reset.
                for p in Preset::ALL {
                    if ui
                        .selectable_label(form.preset == Some(p), p.label())
                        .clicked()
                    {
                        out.push(Command::UseImportPreset(p));
                    }
                }
            })
            .response
            .labelled_by(l.id);
    });
}

fn column_row(
    ui: &mut Ui,
    book: &Workbook,
    i: usize,
    header: &str,
    targets: &[Target],
    out: &mut Vec<Command>,
) {
    // A column without a header is named by its letter-free number, so it can be chosen.
    let name = if header.trim().is_empty() {
        t!("import-column-number", number = i + 1)
    } else {
        header.to_owned()
    };
    let l = widgets::field_label(ui, &name);
    let current = targets.get(i).copied().unwrap_or(Target::Ignore);
    let mut chosen = current;
    ComboBox::from_id_salt(("import-target", i))
        .selected_text(current.label())
        .width(theme::CHOICE_WIDTH)
        .show_ui(ui, |ui| {
            for t in Target::ALL {
                ui.selectable_value(&mut chosen, t, t.label());
            }
        })
        .response
        .labelled_by(l.id);
    if chosen != current {
        out.push(Command::SetImportTarget(i, chosen));
    }
    let preview: Vec<String> = book
        .main
        .rows
        .iter()
        .take(PREVIEW_ROWS)
        .map(|r| clip(&r.cell(i).text()))
        .collect();
    ui.label(widgets::muted(preview.join("  |  ")));
}

fn clip(text: &str) -> String {
    const MAX: usize = 40;
    if text.chars().count() > MAX {
        let mut s: String = text.chars().take(MAX).collect();
        s.push('…');
        s
    } else {
        text.to_owned()
    }
}

fn summary_ui(ui: &mut Ui, form: &ImportForm, plan: &Plan, out: &mut Vec<Command>) {
    ui.heading(t!("import-summary-title", file = form.file_name()));
    ui.label(RichText::new(summary::headline(plan)).strong());
    ui.label(widgets::muted(if form.as_new {
        t!("import-summary-intro-new")
    } else {
        t!("import-summary-intro")
    }));
    for line in summary::added_lines(plan) {
        ui.label(line);
    }
    for line in summary::note_lines(plan) {
        ui.label(RichText::new(line).color(super::theme::error(ui)));
    }
    let ids = |ids: &[String]| {
        let mut shown: Vec<&str> = ids.iter().take(30).map(String::as_str).collect();
        if ids.len() > 30 {
            shown.push("…");
        }
        shown.join(", ")
    };
    if !plan.new.is_empty() {
        ui.label(t!("import-new-list", list = ids(&plan.new)));
    }
    if !plan.updated.is_empty() {
        ui.label(t!("import-updated-list", list = ids(&plan.updated)));
    }
    // Each list under its own heading, and each heading's count is the length of its list.
    let refused = summary::refusal_lines(plan);
    let warnings = summary::warning_lines(plan);
    let lists = [
        (t!("import-refused-title", count = refused.len()), &refused),
        (
            t!("import-warnings-title", count = warnings.len()),
            &warnings,
        ),
    ];
    let shown = lists.iter().filter(|(_, l)| !l.is_empty()).count();
    if shown > 0 {
        let height = (ui.ctx().content_rect().height() * 0.35).max(theme::dialog::LIST_MIN);
        ScrollArea::vertical()
            .id_salt("import-refused")
            .min_scrolled_height(height)
            .max_height(height)
            .show(ui, |ui| {
                for (title, lines) in lists.iter().filter(|(_, l)| !l.is_empty()) {
                    ui.add_space(theme::space::TIGHT);
                    ui.label(RichText::new(title).strong());
                    for line in lines.iter().take(LISTED) {
                        ui.label(line);
                    }
                    if lines.len() > LISTED {
                        ui.label(t!("import-more", count = lines.len() - LISTED));
                    }
                }
            });
    }
    if plan.is_empty() {
        ui.label(t!("import-nothing"));
    }
    ui.add_space(theme::space::SMALL);
    ui.horizontal(|ui| {
        let apply = ui.add_enabled(!plan.is_empty(), egui::Button::new(t!("import-apply")));
        if apply.clicked() {
            out.push(if form.as_new {
                Command::ImportAsNewProject
            } else {
                Command::ApplyImport
            });
        }
        if ui.button(t!("import-back")).clicked() {
            out.push(Command::BackToImportMapping);
        }
        if ui.button(t!("import-cancel")).clicked() {
            out.push(Command::CancelImport);
        }
    });
}
