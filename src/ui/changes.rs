//! View → Changes: what changed between two dates. From–To fields with quick choices, the
//! status changes by category with their evidence, what was added, the transition table and
//! the net change in the share fulfilled. Every row's id jumps to the commitment.

use egui::{Grid, RichText, ScrollArea, TextEdit, Ui};

use super::{theme, widgets};
use crate::app::{Command, Document, PeriodForm, Prefs, UiState, View, export_key};
use crate::model::period::{ChangeRow, Period, PeriodChanges, changes_with, period_figures};
use crate::model::{Commitment, Date, Evidence};
use crate::t;

pub fn changes_ui(
    ui: &mut Ui,
    doc: &Document,
    state: &mut UiState,
    prefs: &Prefs,
    today: Date,
    out: &mut Vec<Command>,
) {
    ScrollArea::vertical()
        .id_salt("changes")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.heading(t!("period-section-title"));
            if !state.report_mode {
                let last_export = prefs
                    .last_export
                    .get(&export_key(doc.path.as_deref()))
                    .copied();
                period_fields_ui(ui, &mut state.period, last_export, today);
            }
            let period = match state.period.period() {
                Ok(Some(period)) => period,
                Ok(None) => {
                    ui.label(widgets::muted(t!("period-choose")));
                    return;
                }
                Err(problem) => {
                    ui.colored_label(theme::error(ui), problem.to_string());
                    return;
                }
            };
            ui.add_space(theme::space::TIGHT);
            // The pass over every commitment is kept while the document and period stay.
            let fresh = matches!(&state.period_figures,
                Some((v, f)) if *v == doc.version() && f.period == period);
            if !fresh {
                state.period_figures = Some((doc.version(), period_figures(&doc.project, period)));
            }
            if let Some((_, figures)) = &state.period_figures {
                let mut shown = Shown::new(&mut state.period_rows_shown, period);
                let ch = changes_with(&doc.project, figures, shown.limit());
                period_body_ui(ui, &ch, &mut shown, out);
            }
        });
}

/// From and To, and the quick choices that fill them in.
fn period_fields_ui(ui: &mut Ui, form: &mut PeriodForm, last_export: Option<Date>, today: Date) {
    ui.horizontal_wrapped(|ui| {
        for (label, text) in [
            (t!("period-from"), &mut form.from_text),
            (t!("period-to"), &mut form.to_text),
        ] {
            let l = ui.label(label);
            ui.add(
                TextEdit::singleline(text)
                    .hint_text(t!("period-date-hint"))
                    .desired_width(theme::YEAR_WIDTH),
            )
            .labelled_by(l.id);
        }
        ui.separator();
        let choices = [
            (t!("period-last-month"), Some(Period::last_month(today))),
            (t!("period-last-quarter"), Some(Period::last_quarter(today))),
            (t!("period-this-year"), Some(Period::this_year(today))),
        ];
        for (label, period) in choices {
            if ui.button(label).clicked()
                && let Some(p) = period
            {
                form.set(p);
            }
        }
        let since = last_export.map(|d| Period::since(d, today));
        let button = ui.add_enabled(
            since.is_some(),
            egui::Button::new(t!("period-since-export")),
        );
        let button = match last_export {
            Some(d) => button.on_hover_text(t!("period-since-export-hint", date = d.to_string())),
            None => button.on_disabled_hover_text(t!("period-since-export-none")),
        };
        if button.clicked()
            && let Some(p) = since
        {
            form.set(p);
        }
        if (!form.from_text.is_empty() || !form.to_text.is_empty())
            && ui.button(t!("period-clear")).clicked()
        {
            form.clear();
        }
    });
}

/// A long period lists its first rows of each kind, and more on request: thousands of rows
/// laid out on every frame would stall the window.
struct Shown<'a> {
    limit: &'a mut usize,
}

/// Rows of each kind shown at first, and added by each "Show more".
const ROWS_AT_FIRST: usize = 50;
const ROWS_MORE: usize = 200;

impl<'a> Shown<'a> {
    fn new(kept: &'a mut (Option<Period>, usize), period: Period) -> Self {
        if kept.0 != Some(period) {
            *kept = (Some(period), ROWS_AT_FIRST);
        }
        Self { limit: &mut kept.1 }
    }

    fn limit(&self) -> usize {
        *self.limit
    }

    /// After a list cut short: how much is shown, and a button for more.
    fn more_ui(&mut self, ui: &mut Ui, salt: &str, total: usize) {
        if total <= *self.limit {
            return;
        }
        ui.horizontal_wrapped(|ui| {
            ui.label(widgets::muted(t!(
                "period-rows-shown",
                shown = crate::i18n::number(i64::try_from(*self.limit).unwrap_or(i64::MAX)),
                total = crate::i18n::number(i64::try_from(total).unwrap_or(i64::MAX))
            )));
            ui.push_id(salt, |ui| {
                let more = ROWS_MORE.min(total - *self.limit);
                if ui.button(t!("period-show-more", count = more)).clicked() {
                    *self.limit += ROWS_MORE;
                }
            });
        });
    }
}

fn period_body_ui(
    ui: &mut Ui,
    ch: &PeriodChanges<'_>,
    shown: &mut Shown<'_>,
    out: &mut Vec<Command>,
) {
    let period = ch.period;
    ui.label(widgets::muted(t!(
        "period-range",
        from = period.from().to_string(),
        to = period.to().to_string()
    )));
    ui.label(RichText::new(ch.net_line()).strong());
    if let Some(line) = ch.base_line() {
        ui.label(widgets::muted(line));
    }
    if ch.is_empty() {
        ui.add_space(theme::space::SMALL);
        ui.label(t!("period-empty"));
        return;
    }
    if !ch.by_category.is_empty() {
        ui.add_space(theme::space::MEDIUM);
        ui.label(
            RichText::new(t!("period-status-changes", count = ch.status_changes()))
                .heading()
                .size(theme::text_size::HEADLINE),
        );
        for (category, rows) in &ch.by_category {
            let name = if category.trim().is_empty() {
                t!("outline-uncategorized")
            } else {
                category.clone()
            };
            ui.add_space(theme::space::TIGHT);
            ui.label(RichText::new(name).strong());
            for (i, r) in rows.iter().enumerate() {
                ui.push_id(("change", category.as_str(), i), |ui| {
                    change_row_ui(ui, r, out)
                });
            }
        }
        shown.more_ui(ui, "more-changes", ch.status_changes());
    }
    transitions_ui(ui, ch);
    added_ui(
        ui,
        shown,
        "commitments",
        ch.totals.commitments,
        t!("period-commitments-added", count = ch.totals.commitments),
        ch.commitments
            .iter()
            .map(|a| (a.index, a.c, a.c.date_committed, None)),
        out,
    );
    added_ui(
        ui,
        shown,
        "evidence",
        ch.totals.evidence,
        t!("period-evidence-added", count = ch.totals.evidence),
        ch.evidence
            .iter()
            .map(|a| (a.index, a.c, a.item.date, Some(Detail::Link(a.item)))),
        out,
    );
    added_ui(
        ui,
        shown,
        "notes",
        ch.totals.notes,
        t!("period-notes-added", count = ch.totals.notes),
        ch.notes.iter().map(|a| {
            (
                a.index,
                a.c,
                Some(a.item.date),
                Some(Detail::Text(&a.item.text)),
            )
        }),
        out,
    );
    added_ui(
        ui,
        shown,
        "replacements",
        ch.totals.replacements,
        t!("period-replacements", count = ch.totals.replacements),
        ch.replacements.iter().map(|a| {
            let line = crate::report::replacement_words::replaced_line(a.item);
            (a.index, a.c, Some(a.item.date), Some(Detail::Owned(line)))
        }),
        out,
    );
}

/// The commitment's id as a link that selects it in the checklist and shows it.
fn jump_link(ui: &mut Ui, index: usize, c: &Commitment, out: &mut Vec<Command>) {
    let name = t!("period-jump-name", id = c.id.as_str());
    let response = ui.link(RichText::new(&c.id).monospace());
    let response = response.on_hover_text(&name);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Link, true, &name));
    if response.clicked() {
        out.push(Command::Select(Some(index)));
        out.push(Command::SetView(View::Checklist));
    }
}

fn change_row_ui(ui: &mut Ui, r: &ChangeRow<'_>, out: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(r.date.to_string()).monospace());
        jump_link(ui, r.index, r.c, out);
        ui.label(&r.c.title);
        widgets::status_chip(ui, r.from, theme::CHIP_WIDTH);
        ui.label("→");
        widgets::status_chip(ui, r.to, theme::CHIP_WIDTH);
    });
    ui.indent("change-details", |ui| {
        if !r.note.trim().is_empty() {
            ui.label(r.note);
        }
        for e in &r.evidence {
            evidence_line_ui(ui, e, out);
        }
    });
}

/// A link's name, opened only when safe, and its archived copy beside it.
fn evidence_line_ui(ui: &mut Ui, e: &Evidence, out: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        let name = e.name().unwrap_or(e.url.as_str()).to_owned();
        match crate::model::links::check_link(&e.url).openable() {
            Some(url) => {
                if ui.link(&name).on_hover_text(url).clicked() {
                    out.push(Command::OpenLink(e.url.clone()));
                }
            }
            None => {
                ui.label(name);
            }
        }
        if let Some(copy) = crate::model::archive::archived_copy(e)
            && ui
                .link(widgets::muted(t!("archive-copy-link")))
                .on_hover_text(&copy)
                .clicked()
        {
            out.push(Command::OpenLink(copy));
        }
        if let Some(d) = e.date {
            ui.label(widgets::muted(d.to_string()));
        }
    });
}

fn transitions_ui(ui: &mut Ui, ch: &PeriodChanges<'_>) {
    if ch.transitions.is_empty() {
        return;
    }
    ui.add_space(theme::space::MEDIUM);
    ui.label(RichText::new(t!("period-transitions")).strong());
    Grid::new("transitions")
        .num_columns(3)
        .spacing(theme::space::GRID_LIST)
        .striped(true)
        .show(ui, |ui| {
            ui.strong(t!("period-col-from"));
            ui.strong(t!("period-col-to"));
            ui.strong(t!("period-col-count"));
            ui.end_row();
            for ((from, to), n) in &ch.transitions {
                widgets::status_chip(ui, *from, theme::CHIP_WIDTH);
                widgets::status_chip(ui, *to, theme::CHIP_WIDTH);
                ui.label(crate::i18n::number(i64::try_from(*n).unwrap_or(i64::MAX)));
                ui.end_row();
            }
        });
}

enum Detail<'a> {
    Link(&'a Evidence),
    Text(&'a str),
    Owned(String),
}

fn added_ui<'a>(
    ui: &mut Ui,
    shown: &mut Shown<'_>,
    salt: &str,
    total: usize,
    heading: String,
    rows: impl Iterator<Item = (usize, &'a Commitment, Option<Date>, Option<Detail<'a>>)>,
    out: &mut Vec<Command>,
) {
    if total == 0 {
        return;
    }
    ui.add_space(theme::space::MEDIUM);
    ui.label(RichText::new(heading).strong());
    for (i, (index, c, date, detail)) in rows.enumerate() {
        ui.push_id((salt, i), |ui| {
            ui.horizontal_wrapped(|ui| {
                if let Some(d) = date {
                    ui.label(RichText::new(d.to_string()).monospace());
                }
                jump_link(ui, index, c, out);
                ui.label(&c.title);
            });
            match detail {
                Some(Detail::Link(e)) => {
                    ui.indent("link", |ui| evidence_line_ui(ui, e, out));
                }
                Some(Detail::Text(text)) => {
                    ui.indent("text", |ui| ui.label(text));
                }
                Some(Detail::Owned(text)) => {
                    ui.indent("text", |ui| ui.label(text));
                }
                None => {}
            }
        });
    }
    shown.more_ui(ui, salt, total);
}
