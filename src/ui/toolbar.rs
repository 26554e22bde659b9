//! The view switch, the "as of" date and report mode, above the checklist and the editor.

use egui::{RichText, TextEdit, Ui};

use super::{theme, widgets};
use crate::app::{Command, UiState, View};

pub fn toolbar_ui(ui: &mut Ui, state: &mut UiState, out: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        for (view, label) in [
            (View::Checklist, "Checklist"),
            (View::Dashboard, "Dashboard"),
        ] {
            if ui.selectable_label(state.view == view, label).clicked() && state.view != view {
                out.push(Command::SetView(view));
            }
        }
        ui.separator();
        let l = ui.label("As of");
        let response = ui
            .add(
                TextEdit::singleline(&mut state.as_of_text)
                    .hint_text("today")
                    .desired_width(96.0),
            )
            .labelled_by(l.id)
            .on_hover_text("Show the whole tracker as it stood on this date (YYYY-MM-DD)");
        if response.changed()
            && let Ok(date) = widgets::parse_optional_date(&state.as_of_text)
        {
            state.as_of = date;
        }
        if let Err(e) = widgets::parse_optional_date(&state.as_of_text) {
            ui.colored_label(theme::ERROR, e.to_string());
        }
        if state.as_of.is_some() && ui.button("Back to today").clicked() {
            state.as_of = None;
            state.as_of_text.clear();
        }
        ui.separator();
        let label = if state.report_mode {
            "Leave report mode"
        } else {
            "Report mode"
        };
        if ui
            .selectable_label(state.report_mode, label)
            .on_hover_text("Hide the editing controls for a clean screenshot (Esc leaves)")
            .clicked()
        {
            state.report_mode = !state.report_mode;
        }
    });
    if let Some(date) = state.as_of {
        ui.label(
            RichText::new(format!(
                "Showing the tracker as it stood on {date}: statuses, figures and exports follow this date."
            ))
            .color(theme::CONCERN),
        );
    }
}
