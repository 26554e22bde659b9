//! The detail editor: every field of the selected commitment.

use egui::{ComboBox, Grid, RichText, ScrollArea, Ui};

use super::{evidence, history, notes, recommendation, replacement, theme, widgets};
use crate::app::{Command, Document, Edit, UiState, parse_tags};
use crate::model::{AsOf, Commitment, Kind, Project};
use crate::t;

pub fn detail_ui(ui: &mut Ui, doc: &Document, state: &mut UiState, out: &mut Vec<Command>) {
    let Some(index) = state.selected else {
        ui.add_space(theme::space::EMPTY);
        ui.vertical_centered(|ui| {
            ui.label(widgets::muted(t!("editor-select-hint")));
        });
        return;
    };
    let Some(c) = doc.project.commitments.get(index) else {
        return;
    };
    // Another commitment opens at its top, title first, not where the last one was scrolled.
    let shown_id = egui::Id::unique("detail-shown-commitment");
    let changed = ui.data_mut(|d| {
        let last = d.get_temp_mut_or_default::<Option<String>>(shown_id);
        let changed = last.as_deref() != Some(c.id.as_str());
        *last = Some(c.id.clone());
        changed
    });
    let mut area = ScrollArea::vertical()
        .id_salt("detail")
        .auto_shrink([false, false]);
    if changed {
        area = area.vertical_scroll_offset(0.0);
    }
    let hidden = state
        .cache
        .as_ref()
        .is_some_and(|cache| !cache.order.contains(&index));
    area.show(ui, |ui| {
        if hidden {
            ui.label(RichText::new(t!("editor-hidden-by-filter")).color(theme::concern(ui)));
        }
        header_ui(ui, c, state.cache.as_ref().and_then(|cache| cache.at));
        if ui
            .small_button(t!("editor-copy-citation"))
            .on_hover_text(t!("editor-copy-citation-hover"))
            .clicked()
        {
            out.push(Command::CopyCitation(index));
        }
        ui.add_space(theme::space::SMALL);
        fields_ui(ui, &doc.project, c, index, out);
        if std::mem::take(&mut state.focus_title) {
            focus_title(ui, &c.title);
        } else if std::mem::take(&mut state.edit_title) {
            let id = egui::Id::unique(super::shortcuts::TITLE_FIELD_ID);
            ui.memory_mut(|m| m.request_focus(id));
        }
        ui.add_space(theme::space::LARGE);
        recommendation::details_section_ui(ui, c, index, out);
        ui.add_space(theme::space::LARGE);
        let at = state.cache.as_ref().and_then(|cache| cache.at);
        recommendation::links_section_ui(ui, &doc.project, c, index, at, out);
        ui.add_space(theme::space::LARGE);
        history::status_section_ui(ui, c, index, state, out);
        ui.add_space(theme::space::LARGE);
        replacement::replacement_section_ui(ui, doc, c, index, state, out);
        ui.add_space(theme::space::LARGE);
        evidence::evidence_section_ui(ui, c, index, state, out);
        ui.add_space(theme::space::LARGE);
        notes::notes_section_ui(ui, c, index, state, out);
    });
}

/// Status and overdue mark as of the date shown, like the checklist row.
fn header_ui(ui: &mut Ui, c: &Commitment, at: Option<AsOf>) {
    ui.horizontal(|ui| {
        let status = at.map_or(c.status, |at| at.status(c));
        history::status_chip(ui, status, theme::CHIP_WIDTH_LARGE);
        if let Some(r) = c.replaced_on(at.and_then(|at| at.date)) {
            replacement::replaced_chip(ui, r);
        }
        ui.label(RichText::new(&c.id).monospace().strong());
        ui.add(egui::Label::new(RichText::new(&c.title).heading()).truncate());
    });
    // The marks' line is always there, so the fields below stay put when a date typed in
    // "As of" makes a commitment overdue or not.
    let height = theme::text_line_height(ui);
    let width = ui.available_width();
    ui.allocate_ui_with_layout(
        egui::vec2(width, height),
        egui::Layout::left_to_right(egui::Align::Center),
        |ui| {
            ui.set_min_size(egui::vec2(width, height));
            // Never wider than the editor: a long mark is cut, and whole on hover.
            ui.set_max_width(width);
            if let Some(days) = at.and_then(|at| at.days_overdue(c)) {
                widgets::overdue_mark(ui, days);
            }
            if c.concern {
                let flagged = t!("checklist-flagged");
                ui.add(
                    egui::Label::new(RichText::new(&flagged).color(theme::concern(ui))).truncate(),
                )
                .on_hover_text(flagged);
            }
        },
    );
}

/// Gives the title field the keyboard with all its text selected, so typing replaces it.
fn focus_title(ui: &mut Ui, title: &str) {
    let id = egui::Id::unique(super::shortcuts::TITLE_FIELD_ID);
    ui.memory_mut(|m| m.request_focus(id));
    let mut text = egui::text_edit::TextEditState::load(ui.ctx(), id).unwrap_or_default();
    text.cursor
        .set_char_range(Some(egui::text::CCursorRange::select_all_str(title)));
    text.store(ui.ctx(), id);
}

fn fields_ui(ui: &mut Ui, project: &Project, c: &Commitment, index: usize, out: &mut Vec<Command>) {
    let mut edit = |e: Edit| out.push(Command::Edit(index, e));
    Grid::new("fields")
        .num_columns(2)
        .spacing(theme::space::GRID)
        .striped(false)
        .show(ui, |ui| {
            widgets::field_label(ui, &t!("editor-id"));
            ui.label(RichText::new(&c.id).monospace())
                .on_hover_text(t!("editor-id-hover"));
            ui.end_row();

            let l = widgets::field_label(ui, &t!("editor-kind"));
            let mut kind = c.kind;
            ComboBox::from_id_salt("kind")
                .selected_text(kind.label())
                .show_ui(ui, |ui| {
                    for k in Kind::ALL {
                        ui.selectable_value(&mut kind, k, k.label());
                    }
                })
                .response
                .labelled_by(l.id);
            if kind != c.kind {
                edit(Edit::Kind(kind));
            }
            ui.end_row();

            let title_id = Some(egui::Id::unique(super::shortcuts::TITLE_FIELD_ID));
            if let Some(v) = widgets::text_row_with_id(
                ui,
                &t!("editor-title"),
                &c.title,
                &t!("editor-title-hint"),
                title_id,
            ) {
                edit(Edit::Title(v));
            }
            if let Some(v) = widgets::text_area_row(ui, &t!("editor-quote"), &c.quote, 3) {
                edit(Edit::Quote(v));
            }
            // A recommendation was made by a body, not committed to by it.
            let (actor, hint) = if c.is_recommendation() {
                (
                    "editor-actor-recommendation",
                    "editor-actor-recommendation-hint",
                )
            } else {
                ("editor-actor", "editor-actor-hint")
            };
            if let Some(v) = widgets::text_row(ui, &t!(actor), &c.actor, &t!(hint)) {
                edit(Edit::Actor(v));
            }
            parent_row(ui, project, c, &mut edit);
            source_row(ui, project, c, &mut edit);
            if let Some(v) = widgets::date_row(ui, &t!("editor-date-committed"), c.date_committed) {
                edit(Edit::DateCommitted(v));
            }
            if let Some(v) = widgets::text_row(
                ui,
                &t!("editor-category"),
                &c.category,
                &t!("editor-category-hint"),
            ) {
                edit(Edit::Category(v));
            }
            if let Some(v) = widgets::text_row(
                ui,
                &t!("editor-responsible"),
                &c.responsible,
                &t!("editor-responsible-hint"),
            ) {
                edit(Edit::Responsible(v));
            }
            if let Some(v) = widgets::date_row(ui, &t!("editor-deadline"), c.deadline) {
                edit(Edit::Deadline(v));
            }
            let tags = c.tags.join(", ");
            if let Some(v) = widgets::draft_text_row(
                ui,
                &t!("editor-tags"),
                &tags,
                &t!("editor-tags-hint"),
                |text| parse_tags(text).join(", "),
            ) && parse_tags(&v) != c.tags
            {
                edit(Edit::Tags(parse_tags(&v)));
            }
            recommendation::terms_rows(ui, project, c, &mut edit);

            let l = widgets::field_label(ui, &t!("editor-importance"));
            ui.horizontal_wrapped(|ui| {
                for (value, key) in [
                    (1u8, "editor-importance-minor"),
                    (2, "editor-importance-notable"),
                    (3, "editor-importance-major"),
                ] {
                    let text = t!(key);
                    if ui
                        .radio(c.importance == value, text)
                        .labelled_by(l.id)
                        .clicked()
                    {
                        edit(Edit::Importance(value));
                    }
                }
            });
            ui.end_row();
        });
    // Below the fields, where its words can wrap: in a grid cell they would widen every field.
    let mut concern = c.concern;
    if ui
        .checkbox(&mut concern, t!("editor-concern-flag"))
        .changed()
    {
        edit(Edit::Concern(concern));
    }
    let mut internal = c.internal;
    if ui.checkbox(&mut internal, t!("editor-internal")).changed() {
        edit(Edit::Internal(internal));
    }
}

fn parent_row(ui: &mut Ui, project: &Project, c: &Commitment, edit: &mut impl FnMut(Edit)) {
    let l = widgets::field_label(ui, &t!("editor-part-of"));
    let shown = match &c.parent {
        Some(p) => project
            .commitments
            .iter()
            .find(|o| o.id == *p)
            .map(|o| format!("{}  {}", o.id, o.title))
            .unwrap_or_else(|| t!("editor-not-in-project", id = p)),
        None => t!("editor-none"),
    };
    let mut parent = c.parent.clone();
    ComboBox::from_id_salt("parent")
        .selected_text(shown)
        .width(ui.available_width().min(theme::FIELD_MAX_WIDTH))
        .truncate()
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut parent, None, t!("editor-none"));
            for o in project
                .commitments
                .iter()
                .filter(|o| o.id != c.id && o.kind == c.kind)
            {
                ui.selectable_value(
                    &mut parent,
                    Some(o.id.clone()),
                    format!("{}  {}", o.id, o.title),
                );
            }
        })
        .response
        .labelled_by(l.id);
    if parent != c.parent {
        edit(Edit::Parent(parent));
    }
    ui.end_row();
}

fn source_row(ui: &mut Ui, project: &Project, c: &Commitment, edit: &mut impl FnMut(Edit)) {
    let l = widgets::field_label(ui, &t!("editor-source"));
    let shown = project
        .sources
        .iter()
        .find(|s| s.id == c.source)
        .map(|s| s.title.clone())
        .unwrap_or_else(|| {
            if c.source.is_empty() {
                t!("editor-none")
            } else {
                c.source.clone()
            }
        });
    let mut source = c.source.clone();
    ComboBox::from_id_salt("source")
        .selected_text(shown)
        .width(ui.available_width().min(theme::FIELD_MAX_WIDTH))
        .truncate()
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut source, String::new(), t!("editor-none"));
            for s in &project.sources {
                ui.selectable_value(&mut source, s.id.clone(), &s.title);
            }
        })
        .response
        .labelled_by(l.id);
    if source != c.source {
        edit(Edit::Source(source));
    }
    ui.end_row();
}
