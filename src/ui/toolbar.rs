//! The view switch, the "as of" date and report mode, above the checklist and the editor.

use egui::{RichText, TextEdit, Ui};

use super::actions::{self, Action, ToolbarGroup};
use super::{theme, widgets};
use crate::app::{Command, UiState};

pub fn toolbar_ui(ui: &mut Ui, state: &mut UiState, out: &mut Vec<Command>) {
    let cx = actions::Context::of(ui.ctx(), state);
    let group = |g: ToolbarGroup| {
        Action::all()
            .into_iter()
            .filter(move |a| a.toolbar() == Some(g))
    };
    ui.horizontal(|ui| {
        for action in group(ToolbarGroup::Views) {
            let on = action.checked(cx, state.view).unwrap_or(false);
            let response = ui
                .selectable_label(on, action.label())
                .on_hover_text(tooltip(ui.ctx(), action));
            if response.clicked() && !on {
                out.extend(action.command(cx));
            }
        }
        ui.separator();
        let l = ui.label(crate::t!("toolbar-as-of"));
        // Named, so that lines appearing above the toolbar never hand its keyboard elsewhere.
        let response = ui
            .add(
                TextEdit::singleline(&mut state.as_of_text)
                    .id_salt("toolbar-as-of")
                    .hint_text(crate::t!("toolbar-as-of-hint"))
                    .desired_width(theme::YEAR_WIDTH),
            )
            .labelled_by(l.id)
            .on_hover_text(crate::t!("toolbar-as-of-tooltip"));
        if response.changed()
            && let Ok(date) = widgets::parse_optional_date(&state.as_of_text)
        {
            state.as_of = date;
        }
        // Always there (greyed out without a date), so the buttons after it never move.
        if ui
            .add_enabled(
                state.as_of.is_some() || !state.as_of_text.is_empty(),
                egui::Button::new(crate::t!("toolbar-back-to-today")),
            )
            .on_hover_text(crate::t!("toolbar-back-to-today-hint"))
            .clicked()
        {
            state.as_of = None;
            state.as_of_text.clear();
        }
        ui.separator();
        for action in group(ToolbarGroup::Report) {
            if ui
                .button(action.label())
                .on_hover_text(tooltip(ui.ctx(), action))
                .clicked()
            {
                out.extend(action.command(cx));
            }
        }
        ui.separator();
        as_of_status_ui(ui, state);
    });
    forget_report_mode_hint(ui.ctx());
}

/// A toolbar button's tooltip: what it does, and its key ("Ctrl+2").
fn tooltip(ctx: &egui::Context, action: Action) -> String {
    match (action.hint(), action.shortcut_text(ctx)) {
        (Some(hint), Some(keys)) => format!("{hint} ({keys})"),
        (Some(text), None) | (None, Some(text)) => text,
        (None, None) => String::new(),
    }
}

/// At the end of the toolbar's row, where nothing comes after it to move: what is wrong with
/// the date being typed, else which day the window shows. Cut to the room left, whole on hover.
fn as_of_status_ui(ui: &mut Ui, state: &UiState) {
    let text = match widgets::parse_optional_date(&state.as_of_text) {
        Err(e) => RichText::new(e.to_string()).color(theme::error(ui)),
        Ok(_) => match state.as_of {
            Some(date) => {
                RichText::new(crate::t!("toolbar-showing-as-of", date = date.to_string()))
                    .color(theme::concern(ui))
            }
            None => return,
        },
    };
    let full = text.text().to_owned();
    ui.add(egui::Label::new(text).truncate())
        .on_hover_text(full);
}

/// How long the "Esc leaves report mode" hint stays after entering it, so that a screenshot
/// taken a moment later shows only the tracker.
const HINT_SECONDS: f64 = 4.0;

/// A short note in the corner while report mode is new: it hides every control, so say how to
/// get them back.
pub fn report_mode_hint_ui(ctx: &egui::Context) {
    let id = egui::Id::unique("report-mode-since");
    let now = ctx.input(|i| i.time);
    let since = ctx.data_mut(|d| *d.get_temp_mut_or_insert_with(id, || now));
    let left = HINT_SECONDS - (now - since);
    if left <= 0.0 {
        return;
    }
    ctx.request_repaint_after(std::time::Duration::from_secs_f64(left));
    egui::Area::new(egui::Id::unique("report-mode-hint"))
        .anchor(egui::Align2::RIGHT_BOTTOM, [-12.0, -12.0])
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.label(crate::t!("toolbar-report-mode-hint"));
            });
        });
}

/// Forgets when report mode began, so the hint shows again next time.
pub fn forget_report_mode_hint(ctx: &egui::Context) {
    ctx.data_mut(|d| d.remove::<f64>(egui::Id::unique("report-mode-since")));
}
