//! The checklist: commitments grouped by kind and category, nested under broader ones.
//! Only the rows on screen are laid out, so it stays fast with thousands of commitments.

use egui::{Button, IntoAtoms as _, RichText, ScrollArea, Ui};

use super::{theme, widgets};
use crate::app::{Command, Document, UiState};
use crate::model::AsOf;
use crate::model::outline::OutlineRow;
use crate::model::{Kind, links};
use crate::t;

pub fn checklist_ui(ui: &mut Ui, doc: &Document, state: &mut UiState, out: &mut Vec<Command>) {
    let scroll_to = std::mem::take(&mut state.scroll_to_selected)
        .then(|| {
            let cache = state.cache.as_ref()?;
            let selected = state.selected?;
            cache
                .rows
                .iter()
                .position(|r| matches!(r, OutlineRow::Item { index, .. } if *index == selected))
        })
        .flatten();
    let state = &*state;
    let Some(cache) = &state.cache else { return };
    let Some(at) = cache.at else { return };
    let rows = &cache.rows;
    ui.horizontal(|ui| {
        // With recommendations in the list, it holds more than commitments.
        ui.heading(t!(if cache.recommendations > 0 {
            "checklist-heading-items"
        } else {
            "checklist-heading"
        }));
        let total = doc.project.commitments.len();
        let shown = if cache.order.len() == total {
            crate::i18n::number(total as i64)
        } else {
            t!(
                "checklist-shown-of",
                shown = cache.order.len(),
                total = total
            )
        };
        ui.label(widgets::muted(shown));
    });
    legend_ui(ui);
    ui.separator();
    if doc.project.commitments.is_empty() {
        empty_hint_ui(ui, out);
        return;
    }
    if cache.order.is_empty() {
        ui.add_space(theme::space::SECTION);
        ui.label(widgets::muted(t!("checklist-no-match")));
        return;
    }
    let mut area = ScrollArea::vertical().id_salt("checklist");
    if let Some(row) = scroll_to {
        // show_rows spaces rows by their height plus the item spacing.
        let pitch = theme::ROW_HEIGHT + ui.spacing().item_spacing.y;
        let half_view = ui.available_height() / 2.0;
        area = area.vertical_scroll_offset((row as f32 * pitch - half_view).max(0.0));
    }
    area.auto_shrink([false, false])
        .show_rows(ui, theme::ROW_HEIGHT, rows.len(), |ui, range| {
            for row in &rows[range] {
                row_ui(ui, doc, state, at, row, out);
            }
        });
}

/// What the colours of the rows mean: red is overdue, purple a concern flagged. Always shown,
/// so the list never moves when the first mark appears.
fn legend_ui(ui: &mut Ui) {
    ui.horizontal(|ui| {
        ui.label(widgets::muted(t!("legend-title")));
        ui.label(RichText::new(t!("legend-overdue")).color(theme::error(ui)));
        ui.label(RichText::new(t!("legend-concern")).color(theme::concern(ui)));
    });
}

/// A new project: say how to add the first commitment, with the Edit menu's wording.
fn empty_hint_ui(ui: &mut Ui, out: &mut Vec<Command>) {
    ui.add_space(theme::space::SECTION);
    ui.label(t!("checklist-empty"));
    ui.label(widgets::muted(t!("checklist-empty-hint")));
    ui.horizontal(|ui| {
        for kind in Kind::ALL {
            let text = match kind {
                Kind::Reform => t!("checklist-add-reform"),
                Kind::PartnershipOffer => t!("checklist-add-partnership-offer"),
                Kind::Recommendation => t!("checklist-add-recommendation"),
            };
            if ui.button(text).clicked() {
                out.push(Command::AddCommitment(kind));
            }
        }
    });
}

fn row_ui(
    ui: &mut Ui,
    doc: &Document,
    state: &UiState,
    at: AsOf,
    row: &OutlineRow,
    out: &mut Vec<Command>,
) {
    ui.set_min_height(theme::ROW_HEIGHT);
    match row {
        OutlineRow::Kind { kind, count } => {
            ui.horizontal(|ui| {
                ui.set_height(theme::ROW_HEIGHT);
                ui.label(
                    RichText::new(kind.plural())
                        .strong()
                        .size(theme::text_size::GROUP),
                );
                ui.label(widgets::muted(count.to_string()));
            });
        }
        OutlineRow::Category { name, count } => {
            ui.horizontal(|ui| {
                ui.set_height(theme::ROW_HEIGHT);
                ui.add_space(theme::space::MEDIUM);
                let name = if name.is_empty() {
                    t!("outline-uncategorized")
                } else {
                    name.clone()
                };
                ui.label(RichText::new(name).strong().color(theme::muted(ui)));
                ui.label(widgets::muted(format!("({count})")));
            });
        }
        OutlineRow::Item { index, depth } => {
            let Some(c) = doc.project.commitments.get(*index) else {
                return;
            };
            ui.horizontal(|ui| {
                ui.set_height(theme::ROW_HEIGHT);
                ui.add_space(theme::space::INDENT + theme::space::NEST * (*depth as f32));
                let status = at.status(c);
                super::history::status_chip(ui, status, theme::CHIP_WIDTH);
                let replaced = c.replaced_on(at.date);
                if let Some(r) = replaced {
                    super::replacement::replaced_chip(ui, r);
                }
                let counted = at.evidence(c).filter(|e| links::counts(e)).count();
                let links = t!("checklist-links", count = counted);
                let days = at.days_overdue(c);
                let overdue = days.map(widgets::overdue_by);
                // What a screen reader says for the row, and what hovering shows whole: id,
                // title, status, evidence count, then the marks shown in colour, as words.
                let mut name = vec![
                    format!("{}  {}", c.id, c.title),
                    status.label().to_owned(),
                    links.clone(),
                ];
                name.extend(overdue.clone());
                name.extend(replaced.map(crate::report::replacement_words::replaced_line));
                if c.concern {
                    name.push(t!("checklist-flagged"));
                }
                let name = name.join(", ");
                let short = days.map(|d| t!("checklist-overdue-short", days = d));
                let width = |text: &str| {
                    ui.painter()
                        .layout_no_wrap(
                            text.to_owned(),
                            egui::TextStyle::Button.resolve(ui.style()),
                            theme::muted(ui),
                        )
                        .size()
                        .x
                };
                let gap = ui.spacing().item_spacing.x;
                let room = ui.available_width() - 2.0 * ui.spacing().button_padding.x;
                let marks = RowMarks {
                    overdue: overdue.as_deref().map(|t| width(t) + gap),
                    overdue_short: short.as_deref().map(|t| width(t) + gap),
                    links: width(&links) + gap,
                };
                let fit = fit_row(
                    room,
                    width(&format!("{}  {}", c.id, first_words(&c.title))),
                    RowMarks { ..marks },
                );
                let marks_used = match fit.overdue {
                    Shown::Full => marks.overdue.unwrap_or(0.0),
                    Shown::Short => marks.overdue_short.unwrap_or(0.0),
                    Shown::No => 0.0,
                } + if fit.links { marks.links } else { 0.0 };
                // Hovering a row whose title is cut shows it whole, with its status and marks.
                let cut = width(&format!("{}  {}", c.id, c.title)) + marks_used > room;
                let overdue_shown = match fit.overdue {
                    Shown::Full => overdue,
                    Shown::Short => short,
                    Shown::No => None,
                };
                let links_shown = fit.links.then(|| widgets::muted(links));
                let right = match (overdue_shown, links_shown) {
                    (Some(o), Some(l)) => {
                        (RichText::new(o).color(theme::error(ui)), l).into_atoms()
                    }
                    (Some(o), None) => RichText::new(o).color(theme::error(ui)).into_atoms(),
                    (None, Some(l)) => l.into_atoms(),
                    (None, None) => "".into_atoms(),
                };
                let mut title = RichText::new(format!("{}  {}", c.id, c.title));
                if c.concern {
                    title = title.color(theme::concern(ui));
                }
                // A row picked for a batch edit is highlighted like the selected one.
                let selected = state.selected == Some(*index) || state.multi.contains(&c.id);
                let button = Button::selectable(selected, title)
                    .right_text(right)
                    .truncate()
                    .min_size(egui::vec2(ui.available_width(), theme::ROW_HEIGHT - 4.0));
                let response = ui.add(button);
                response.widget_info(|| {
                    egui::WidgetInfo::selected(egui::accesskit::Role::Button, true, selected, &name)
                });
                let response = if cut || c.concern {
                    response.on_hover_text(&name)
                } else {
                    response
                };
                if response.clicked() {
                    let modifiers = ui.input(|i| i.modifiers);
                    out.push(if modifiers.shift {
                        Command::SelectRange(*index)
                    } else if modifiers.command {
                        Command::ToggleSelected(*index)
                    } else {
                        Command::Select(Some(*index))
                    });
                }
            });
        }
    }
}

/// The widths of what a row may show right of its title, each with its spacing.
#[derive(Clone, Copy)]
struct RowMarks {
    overdue: Option<f32>,
    overdue_short: Option<f32>,
    links: f32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shown {
    Full,
    Short,
    No,
}

#[derive(Debug, PartialEq, Eq)]
struct RowFit {
    overdue: Shown,
    links: bool,
}

/// What a row shows right of its title in `room`: the marks give way, one by one, before the
/// id and the first words of the title (`title_min`) would be cut. The row's hover text and
/// accessible name keep everything.
fn fit_row(room: f32, title_min: f32, marks: RowMarks) -> RowFit {
    let overdue = |shown| match shown {
        Shown::Full => marks.overdue.unwrap_or(0.0),
        Shown::Short => marks.overdue_short.unwrap_or(0.0),
        Shown::No => 0.0,
    };
    let start = if marks.overdue.is_some() {
        Shown::Full
    } else {
        Shown::No
    };
    let tries = [
        (start, true),
        (start, false),
        (Shown::Short, false),
        (Shown::No, false),
    ];
    for (o, links) in tries {
        if start == Shown::No && o != Shown::No {
            continue;
        }
        let used = overdue(o) + if links { marks.links } else { 0.0 };
        if used + title_min <= room {
            return RowFit { overdue: o, links };
        }
    }
    RowFit {
        overdue: Shown::No,
        links: false,
    }
}

/// The first few words of a title: what a row must always show of it.
fn first_words(title: &str) -> String {
    const WORDS: usize = 2;
    const MAX_CHARS: usize = 16;
    let words: Vec<&str> = title.split_whitespace().take(WORDS).collect();
    words.join(" ").chars().take(MAX_CHARS).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_give_way_before_the_title() {
        let marks = || RowMarks {
            overdue: Some(150.0),
            overdue_short: Some(50.0),
            links: 70.0,
        };
        assert_eq!(
            fit_row(500.0, 100.0, marks()),
            RowFit {
                overdue: Shown::Full,
                links: true
            }
        );
        assert_eq!(
            fit_row(300.0, 100.0, marks()),
            RowFit {
                overdue: Shown::Full,
                links: false
            }
        );
        assert_eq!(
            fit_row(200.0, 100.0, marks()),
            RowFit {
                overdue: Shown::Short,
                links: false
            }
        );
        assert_eq!(
            fit_row(120.0, 100.0, marks()),
            RowFit {
                overdue: Shown::No,
                links: false
            }
        );
    }

    #[test]
    fn a_row_that_is_not_overdue_keeps_its_links_while_they_fit() {
        let marks = RowMarks {
            overdue: None,
            overdue_short: None,
            links: 70.0,
        };
        assert!(fit_row(200.0, 100.0, marks).links);
    }
}
