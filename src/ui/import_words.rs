//! The status words of the sheet being imported, each with a drop-down to the app's scale or
//! "(leave row out)": an NGO's own words ("в процессе", "нет") import as what the user says.

use egui::{ComboBox, Grid, Label, RichText, Ui};

use super::{theme, widgets};
use crate::app::Command;
use crate::model::import::{StatusWords, WordChoice, status_map::MAX_WORDS};
use crate::t;

pub fn words_ui(ui: &mut Ui, words: &StatusWords, out: &mut Vec<Command>) {
    if words.is_empty() {
        return;
    }
    ui.add_space(theme::space::MEDIUM);
    ui.label(RichText::new(t!("import-words-title")).strong());
    // Wrapped at the visible width: the area scrolls sideways for wide sheets, where a label
    // would otherwise run on out of sight.
    let visible = ui.clip_rect().width();
    ui.scope(|ui| {
        ui.set_max_width(visible);
        ui.add(Label::new(widgets::muted(t!("import-words-intro"))).wrap());
        if words.0.len() >= MAX_WORDS {
            ui.add(Label::new(widgets::muted(t!("import-words-more", count = MAX_WORDS))).wrap());
        }
    });
    Grid::new("import-words")
        .striped(true)
        .num_columns(2)
        .show(ui, |ui| {
            for (i, (word, current)) in words.0.iter().enumerate() {
                let l = widgets::field_label(ui, &t!("import-word", word = word.as_str()));
                let mut chosen = *current;
                ComboBox::from_id_salt(("import-word", i))
                    .selected_text(current.label())
                    .width(theme::CHOICE_WIDTH)
                    .show_ui(ui, |ui| {
                        for c in WordChoice::all() {
                            ui.selectable_value(&mut chosen, c, c.label());
                        }
                    })
                    .response
                    .labelled_by(l.id);
                if chosen != *current {
                    out.push(Command::SetImportWord(word.clone(), chosen));
                }
                ui.end_row();
            }
        });
}
