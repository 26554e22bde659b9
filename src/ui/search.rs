//! The search box and the filters above the checklist.

use egui::{ComboBox, TextEdit, Ui};

use super::theme;
use crate::app::{Document, UiState};
use crate::model::filter::{Filter, Shown, SortBy};
use crate::model::replacement::Standing;
use crate::model::{Kind, Status};

pub const SEARCH_ID: &str = "search";

pub fn search_ui(ui: &mut Ui, doc: &Document, state: &mut UiState) {
    let f = &mut state.filter;
    let focus = std::mem::take(&mut state.focus_search);
    ui.horizontal(|ui| {
        let l = ui.label(crate::t!("search-label"));
        // Leave room for the button in words of any length: a field as wide as the row would
        // widen the panel, frame after frame.
        let clear = crate::t!("search-clear");
        let clear_width = ui
            .painter()
            .layout_no_wrap(
                clear.clone(),
                egui::TextStyle::Button.resolve(ui.style()),
                egui::Color32::WHITE,
            )
            .size()
            .x
            + 2.0 * ui.spacing().button_padding.x
            + ui.spacing().item_spacing.x;
        let field = ui
            .add(
                TextEdit::singleline(&mut f.text)
                    .id(egui::Id::unique(SEARCH_ID))
                    .hint_text(crate::t!("search-hint"))
                    .desired_width(
                        (ui.available_width() - clear_width).max(theme::FIELD_MIN_WIDTH),
                    ),
            )
            .labelled_by(l.id);
        if focus {
            field.request_focus();
        }
        // ↓ goes on to the list, as in a browser's find bar; Escape empties the search first.
        if field.has_focus() && ui.input(|i| i.key_pressed(egui::Key::ArrowDown)) {
            field.surrender_focus();
            state.leave_search_down = true;
        }
        if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Escape)) {
            f.text.clear();
        }
        if ui
            .add_enabled(f.is_active(), egui::Button::new(clear))
            .clicked()
        {
            *f = Filter::default();
        }
    });
    ui.horizontal_wrapped(|ui| {
        // Each choice is named by its own words; the label says what they choose.
        ui.label(crate::t!("search-show"));
        for s in Shown::ALL {
            ui.selectable_value(&mut f.show, s, s.label());
        }
    });
    ui.horizontal_wrapped(|ui| {
        keep_with_its_label(ui, &crate::t!("search-status"), None);
        let l = ui.label(crate::t!("search-status"));
        let shown = match f.statuses.len() {
            0 => crate::t!("search-any"),
            1 => f
                .statuses
                .iter()
                .next()
                .map_or("", |s| s.label())
                .to_owned(),
            n => crate::t!("search-statuses", count = n),
        };
        ComboBox::from_id_salt("filter-status")
            .selected_text(shown)
            .show_ui(ui, |ui| {
                for s in Status::ALL {
                    let mut on = f.statuses.contains(&s);
                    if ui.checkbox(&mut on, s.label()).changed() {
                        if on {
                            f.statuses.insert(s);
                        } else {
                            f.statuses.remove(&s);
                        }
                    }
                }
            })
            .response
            .labelled_by(l.id);

        keep_with_its_label(ui, &crate::t!("search-kind"), None);
        let l = ui.label(crate::t!("search-kind"));
        ComboBox::from_id_salt("filter-kind")
            .selected_text(
                f.kind
                    .map_or_else(|| crate::t!("search-any"), |k| k.label().into()),
            )
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut f.kind, None, crate::t!("search-any"));
                for k in Kind::ALL {
                    ui.selectable_value(&mut f.kind, Some(k), k.label());
                }
            })
            .response
            .labelled_by(l.id);
        sort_ui(ui, &mut state.sort);
    });
    ui.horizontal_wrapped(|ui| {
        choice(ui, "search-actor", "filter-actor", &mut f.actor, || {
            distinct(doc, |c| vec![c.actor.clone()])
        });
        choice(
            ui,
            "search-category",
            "filter-category",
            &mut f.category,
            || distinct(doc, |c| vec![c.category.clone()]),
        );
        choice(ui, "search-tag", "filter-tag", &mut f.tag, || {
            distinct(doc, |c| c.tags.clone())
        });
        if !doc.project.terms.is_empty() {
            term_choice(ui, doc, &mut f.term);
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.checkbox(&mut f.concern_only, crate::t!("search-concern"));
        ui.checkbox(&mut f.overdue_only, crate::t!("search-overdue"));
        ui.checkbox(&mut f.no_evidence_only, crate::t!("search-no-evidence"));
        standing_ui(ui, &mut f.standing);
    });
}

/// In force or replaced, on the date shown. A partly replaced commitment is both.
fn standing_ui(ui: &mut Ui, standing: &mut Option<Standing>) {
    keep_with_its_label(ui, &crate::t!("search-standing"), None);
    let l = ui.label(crate::t!("search-standing"));
    ComboBox::from_id_salt("filter-standing")
        .selected_text(standing.map_or_else(|| crate::t!("search-any"), |s| s.label().into()))
        .show_ui(ui, |ui| {
            ui.selectable_value(standing, None, crate::t!("search-any"));
            for s in Standing::ALL {
                ui.selectable_value(standing, Some(s), s.label())
                    .on_hover_text(s.definition());
            }
        })
        .response
        .labelled_by(l.id)
        .on_hover_text(crate::t!("search-standing-tooltip"));
}

fn sort_ui(ui: &mut Ui, sort: &mut SortBy) {
    keep_with_its_label(ui, &crate::t!("search-sort"), None);
    let l = ui.label(crate::t!("search-sort"));
    ComboBox::from_id_salt("sort")
        .selected_text(sort.label())
        .show_ui(ui, |ui| {
            for s in SortBy::ALL {
                ui.selectable_value(sort, s, s.label());
            }
        })
        .response
        .labelled_by(l.id);
}

/// A drop-down of the values in use; `label` is a message key.
fn choice(
    ui: &mut Ui,
    label: &str,
    salt: &str,
    value: &mut Option<String>,
    options: impl FnOnce() -> Vec<String>,
) {
    keep_with_its_label(ui, &crate::t!(label), Some(CHOICE_WIDTH));
    let l = ui.label(crate::t!(label));
    ComboBox::from_id_salt(salt)
        .selected_text(value.clone().unwrap_or_else(|| crate::t!("search-any")))
        .truncate()
        .width(CHOICE_WIDTH)
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, crate::t!("search-any"));
            for o in options() {
                let text = o.clone();
                ui.selectable_value(value, Some(o), text);
            }
        })
        .response
        .labelled_by(l.id);
}

/// A drop-down of the project's vocabulary terms by their label; the filter keeps the id.
fn term_choice(ui: &mut Ui, doc: &Document, value: &mut Option<String>) {
    let label = crate::t!("search-term");
    keep_with_its_label(ui, &label, Some(CHOICE_WIDTH));
    let l = ui.label(label);
    let terms = &doc.project.terms;
    let shown = value.as_ref().map_or_else(
        || crate::t!("search-any"),
        |id| {
            terms
                .iter()
                .find(|t| t.id == *id)
                .map_or_else(|| id.clone(), |t| t.label().to_owned())
        },
    );
    ComboBox::from_id_salt("filter-term")
        .selected_text(shown)
        .truncate()
        .width(CHOICE_WIDTH)
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, crate::t!("search-any"));
            for t in terms {
                let text = format!("{}: {}", t.vocabulary.label(), t.label());
                ui.selectable_value(value, Some(t.id.clone()), text);
            }
        })
        .response
        .labelled_by(l.id);
}

/// Distinct non-empty values, sorted. Only computed while the drop-down is drawn.
fn distinct(doc: &Document, f: impl Fn(&crate::model::Commitment) -> Vec<String>) -> Vec<String> {
    let set: std::collections::BTreeSet<String> = doc
        .project
        .commitments
        .iter()
        .flat_map(f)
        .filter(|s| !s.is_empty())
        .collect();
    set.into_iter().collect()
}

/// How wide the drop-downs of values in use are.
const CHOICE_WIDTH: f32 = theme::FILTER_CHOICE_WIDTH;

/// In a wrapping row, starts a new row when a label and its drop-down (`combo` wide, else the
/// default width) would not fit together: a label never ends a line with its drop-down alone
/// on the next one.
fn keep_with_its_label(ui: &mut Ui, label: &str, combo: Option<f32>) {
    let spacing = ui.spacing();
    let combo =
        combo.unwrap_or(spacing.combo_width) + spacing.icon_width + spacing.button_padding.x * 2.0;
    let gap = spacing.item_spacing.x;
    let text = ui
        .painter()
        .layout_no_wrap(
            label.to_owned(),
            egui::TextStyle::Body.resolve(ui.style()),
            egui::Color32::WHITE,
        )
        .size()
        .x;
    // In a wrapping row, what is left of this line (not of the whole area).
    let left = ui.available_size_before_wrap().x;
    let row_started = left < ui.max_rect().width() - 1.0;
    if row_started && left < text + gap + combo {
        ui.end_row();
    }
}
