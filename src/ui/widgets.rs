//! Small widgets used across the window.

use egui::{Response, RichText, Sense, TextEdit, Ui, vec2};

use super::theme;
use crate::model::{Date, Status};

/// A coloured chip with the status label; hovering shows the definition.
pub fn status_chip(ui: &mut Ui, status: Status, width: f32) -> Response {
    let height = ui.spacing().interact_size.y - 2.0;
    let (rect, response) = ui.allocate_exact_size(vec2(width, height), Sense::hover());
    if ui.is_rect_visible(rect) {
        ui.painter()
            .rect_filled(rect, theme::shape::CORNER, theme::status_color(status));
        ui.painter().text(
            rect.center(),
            egui::Align2::CENTER_CENTER,
            status.label(),
            egui::FontId::proportional(theme::text_size::CHIP),
            theme::on_status_color(status),
        );
    }
    response.on_hover_text(status.definition())
}

/// A chip with a status and a count, as wide as its text. Its size is known before it is
/// placed, so in a wrapping row it moves to the next line whole.
pub fn count_chip(ui: &mut Ui, status: Status, count: usize) -> Response {
    let text = format!("{}  {count}", status.label());
    let galley = ui.painter().layout_no_wrap(
        text.clone(),
        egui::FontId::proportional(theme::text_size::CHIP),
        theme::on_status_color(status),
    );
    let margin = vec2(theme::space::CHIP_MARGIN[0], theme::space::CHIP_MARGIN[1]);
    let (rect, response) = ui.allocate_exact_size(galley.size() + 2.0 * margin, Sense::hover());
    if ui.is_rect_visible(rect) {
        ui.painter()
            .rect_filled(rect, theme::shape::CORNER, theme::status_color(status));
        ui.painter()
            .galley(rect.min + margin, galley, theme::on_status_color(status));
    }
    response.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Label, true, &text));
    response.on_hover_text(status.definition())
}

/// A one-line text field with a label that screen readers (and tests) can find.
pub fn text_row(ui: &mut Ui, label: &str, value: &str, hint: &str) -> Option<String> {
    text_row_with_id(ui, label, value, hint, None)
}

/// A one-line field of a form whose text is not in the project yet (a link being added or
/// edited): Ctrl+Z there undoes the typing, not the last change to the project.
pub fn form_text_row(ui: &mut Ui, label: &str, value: &str, hint: &str) -> Option<String> {
    let (text, response) = text_row_response(ui, label, value, hint, None);
    mark_draft(&response);
    text
}

/// A row of a form's grid: `label`, then `field` named by it, a draft (see `mark_draft`).
pub fn draft_row(ui: &mut Ui, label: &str, field: TextEdit<'_>) -> Response {
    let l = ui.label(label);
    let response = ui.add(field).labelled_by(l.id);
    mark_draft(&response);
    ui.end_row();
    response
}

/// A field whose text is a draft, not yet in the project: Ctrl+Z and Ctrl+Shift+Z there act on
/// its own typing (see `shortcuts::collect`).
pub fn mark_draft(response: &Response) {
    response
        .ctx
        .data_mut(|d| d.insert_temp(response.id, DraftField));
}

/// True when the field with the keyboard holds a draft (`mark_draft`).
pub fn draft_has_focus(ctx: &egui::Context) -> bool {
    ctx.memory(|m| m.focused())
        .is_some_and(|id| ctx.data(|d| d.get_temp::<DraftField>(id).is_some()))
}

#[derive(Clone, Copy)]
struct DraftField;

pub fn text_row_with_id(
    ui: &mut Ui,
    label: &str,
    value: &str,
    hint: &str,
    id: Option<egui::Id>,
) -> Option<String> {
    text_row_response(ui, label, value, hint, id).0
}

fn text_row_response(
    ui: &mut Ui,
    label: &str,
    value: &str,
    hint: &str,
    id: Option<egui::Id>,
) -> (Option<String>, Response) {
    let l = field_label(ui, label);
    let mut text = value.to_owned();
    // Named by its label, so a message shown above it never hands its keyboard to another field.
    let mut edit = TextEdit::singleline(&mut text)
        .id_salt(label)
        .hint_text(hint)
        .desired_width(f32::INFINITY);
    if let Some(id) = id {
        edit = edit.id(id);
    }
    let response = ui.add(edit).labelled_by(l.id);
    ui.end_row();
    (response.changed().then_some(text), response)
}

/// A one-line field whose stored value is parsed from the text (tags from "a, b"): while it has
/// the keyboard it keeps the text as typed, since rebuilding it from the parsed value at every
/// keystroke would eat a comma or space the moment it is typed. `normalize` is how the parsed
/// value reads back; returns the text when it changed.
pub fn draft_text_row(
    ui: &mut Ui,
    label: &str,
    value: &str,
    hint: &str,
    normalize: impl Fn(&str) -> String,
) -> Option<String> {
    let l = field_label(ui, label);
    let id = ui.make_persistent_id(("draft", label));
    // (what the value will read once the draft is applied, the text as typed)
    let draft = ui.data(|d| d.get_temp::<(String, String)>(id));
    let mut text = match draft {
        Some((expected, typed)) if expected == value && ui.memory(|m| m.has_focus(id)) => typed,
        _ => value.to_owned(),
    };
    let response = ui
        .add(
            TextEdit::singleline(&mut text)
                .id(id)
                .hint_text(hint)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(l.id);
    ui.end_row();
    if response.has_focus() {
        ui.data_mut(|d| d.insert_temp(id, (normalize(&text), text.clone())));
    } else {
        ui.data_mut(|d| d.remove::<(String, String)>(id));
    }
    response.changed().then_some(text)
}

/// A multi-line text field with a label.
pub fn text_area_row(ui: &mut Ui, label: &str, value: &str, rows: usize) -> Option<String> {
    let l = field_label(ui, label);
    let mut text = value.to_owned();
    let changed = ui
        .add(
            TextEdit::multiline(&mut text)
                .id_salt(label)
                .desired_rows(rows)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(l.id)
        .changed();
    ui.end_row();
    changed.then_some(text)
}

/// A date field: keeps what is typed until it is a valid date, and says what is wrong.
/// Returns `Some(new value)` when the field now holds a different valid date or was emptied.
pub fn date_row(ui: &mut Ui, label: &str, value: Option<Date>) -> Option<Option<Date>> {
    let l = field_label(ui, label);
    let id = ui.make_persistent_id(("date", label));
    let shown = value.map(|d| d.to_string()).unwrap_or_default();
    // (value the buffer was made from, what the user typed)
    let (mut source, mut text) = ui
        .data(|d| d.get_temp::<(String, String)>(id))
        .unwrap_or_else(|| (shown.clone(), shown.clone()));
    if source != shown {
        source = shown.clone();
        text = shown.clone();
    }
    let mut result = None;
    ui.horizontal(|ui| {
        let response = ui
            .add(
                TextEdit::singleline(&mut text)
                    .hint_text("YYYY-MM-DD")
                    .desired_width(theme::DATE_WIDTH),
            )
            .labelled_by(l.id);
        let parsed = parse_optional_date(&text);
        match &parsed {
            Ok(new) if response.changed() && *new != value => result = Some(*new),
            Ok(_) => {}
            Err(e) => {
                ui.colored_label(theme::error(ui), e.to_string());
            }
        }
    });
    ui.end_row();
    ui.data_mut(|d| d.insert_temp(id, (source, text)));
    result
}

pub fn parse_optional_date(text: &str) -> Result<Option<Date>, crate::model::DateError> {
    let t = text.trim();
    if t.is_empty() {
        Ok(None)
    } else {
        t.parse().map(Some)
    }
}

/// Secondary text, in the theme's muted colour (AA contrast on its panels, light or dark).
pub fn muted(text: impl Into<String>) -> RichText {
    RichText::new(text).weak()
}

/// "Overdue by 1 day", "Overdue by 40 days".
pub fn overdue_by(days: i64) -> String {
    crate::t!("overdue-by", count = days)
}

/// The overdue mark of a commitment, as of the date shown: red text a screen reader reads
/// as it is shown.
pub fn overdue_mark(ui: &mut Ui, days: i64) -> Response {
    ui.label(
        RichText::new(overdue_by(days))
            .color(theme::error(ui))
            .strong(),
    )
    .on_hover_text(crate::t!("overdue-tooltip"))
}

/// A button whose accessible name says what it acts on ("Edit source address-2022") where its
/// visible text alone ("Edit") would be ambiguous to a screen reader.
pub fn named_button(ui: &mut Ui, text: &str, name: String) -> Response {
    let response = ui.add(egui::Button::new(text).small());
    let enabled = ui.is_enabled();
    response
        .widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Button, enabled, &name));
    response
}

/// Widest a field's label may be before its words wrap, in points: longer Russian and Kazakh
/// labels would otherwise take the room the fields need.
const LABEL_WIDTH: f32 = theme::LABEL_WIDTH;

/// The label in the first column of a form's grid, wrapping past `LABEL_WIDTH`.
pub fn field_label(ui: &mut Ui, text: &str) -> Response {
    ui.scope(|ui| {
        ui.set_max_width(LABEL_WIDTH);
        ui.add(egui::Label::new(text).wrap())
    })
    .inner
}

/// A checkbox that puts `id` in `chosen` or takes it out: the evidence a status change or a
/// replacement rests on.
pub fn choice_checkbox(
    ui: &mut Ui,
    chosen: &mut std::collections::BTreeSet<u32>,
    id: u32,
    text: String,
) {
    let mut on = chosen.contains(&id);
    if ui.checkbox(&mut on, text).changed() {
        if on {
            chosen.insert(id);
        } else {
            chosen.remove(&id);
        }
    }
}

/// Lines that come and go (refusals, a tip) in room kept for them at all times, so nothing
/// after them moves when they appear: `room` rows of text in all, each line wrapped; what does
/// not fit ends in "…" and is shown whole on hover.
pub fn reserved_lines(
    ui: &mut Ui,
    salt: &str,
    lines: &[String],
    colour: egui::Color32,
    room: usize,
) {
    let height = theme::text_line_height(ui) * room as f32;
    let width = ui.available_width();
    let font = egui::TextStyle::Body.resolve(ui.style());
    ui.push_id(salt, |ui| {
        ui.allocate_ui_with_layout(
            vec2(width, height),
            egui::Layout::top_down(egui::Align::Min),
            |ui| {
                ui.set_min_size(vec2(width, height));
                ui.set_max_height(height);
                ui.spacing_mut().item_spacing.y = 0.0;
                let mut rows_left = room;
                for line in lines {
                    if rows_left == 0 {
                        break;
                    }
                    let mut job = egui::text::LayoutJob::single_section(
                        line.clone(),
                        egui::TextFormat::simple(font.clone(), colour),
                    );
                    job.wrap = egui::text::TextWrapping {
                        max_width: width,
                        max_rows: rows_left,
                        break_anywhere: false,
                        overflow_character: Some('…'),
                    };
                    let galley = ui.fonts_mut(|f| f.layout_job(job));
                    rows_left = rows_left.saturating_sub(galley.rows.len());
                    ui.add(egui::Label::new(galley)).on_hover_text(line);
                }
            },
        );
    });
}

/// Problems with what was typed, in the error colour, in room kept for them.
pub fn problem_lines(ui: &mut Ui, salt: &str, problems: &[String], room: usize) {
    let colour = theme::error(ui);
    reserved_lines(ui, salt, problems, colour, room);
}

/// The head of a dialog that lists things (sources, vocabulary terms): its width, its title
/// and a line on what it is for.
pub fn list_dialog_head(ui: &mut Ui, title: &str, intro: &str) {
    ui.set_width(theme::dialog::WIDE);
    ui.heading(title);
    ui.label(muted(intro));
    ui.add_space(theme::space::SMALL);
}

/// The foot of such a dialog: a button that adds one more, and Close (Esc too). Returns
/// whether each was chosen, in that order.
pub fn add_and_close(ui: &mut Ui, add: &str, close: &str) -> (bool, bool) {
    ui.add_space(theme::space::MEDIUM);
    ui.horizontal(|ui| {
        let added = ui.button(add).clicked();
        let closed = ui.button(close).clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape));
        (added, closed)
    })
    .inner
}
