//! The selected commitment in report mode: everything readable, nothing editable.

use egui::{RichText, ScrollArea, Ui};

use super::{evidence, history, replacement, theme, widgets};
use crate::app::{Command, Document, UiState};
use crate::model::summary::status_of;
use crate::t;

pub fn detail_view_ui(ui: &mut Ui, doc: &Document, state: &UiState, out: &mut Vec<Command>) {
    let Some(c) = state.selected.and_then(|i| doc.project.commitments.get(i)) else {
        ui.add_space(theme::space::EMPTY);
        ui.vertical_centered(|ui| ui.label(widgets::muted(t!("detail-view-select-hint"))));
        return;
    };
    let at = state.cache.as_ref().and_then(|cache| cache.at);
    let status = status_of(c, state.as_of);
    ScrollArea::vertical()
        .id_salt("detail-view")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                history::status_chip(ui, status, theme::CHIP_WIDTH_LARGE);
                if let Some(r) = c.replaced_on(state.as_of) {
                    replacement::replaced_chip(ui, r);
                }
                ui.label(RichText::new(&c.id).monospace().strong());
            });
            ui.label(RichText::new(&c.title).heading());
            ui.label(widgets::muted(status.definition()));
            if let Some(r) = c.replaced_on(state.as_of) {
                ui.label(widgets::muted(
                    crate::report::replacement_words::status_caveat(r),
                ));
            }
            if let Some(days) = at.and_then(|at| at.days_overdue(c)) {
                widgets::overdue_mark(ui, days);
            }
            if c.concern {
                ui.colored_label(theme::concern(ui), t!("checklist-flagged"));
            }
            ui.add_space(theme::space::SMALL);
            if !c.quote.is_empty() {
                ui.label(RichText::new(&c.quote).italics());
            }
            let source = doc.project.sources.iter().find(|s| s.id == c.source);
            let mut facts = vec![c.kind.label().to_owned()];
            for part in [&c.actor, &c.category, &c.responsible] {
                if !part.is_empty() {
                    facts.push(part.clone());
                }
            }
            if let Some(d) = c.date_committed {
                facts.push(t!("detail-view-committed", date = d.to_string()));
            }
            if let Some(d) = c.deadline {
                facts.push(t!("detail-view-deadline", date = d.to_string()));
            }
            ui.label(facts.join(" · "));
            if let Some(s) = source {
                ui.label(widgets::muted(t!(
                    "detail-view-source",
                    title = &s.title,
                    publisher = &s.publisher
                )));
            }
            ui.add_space(theme::space::MEDIUM);
            replacement::replacement_view_ui(ui, doc, state, c, out);
            history::history_list_ui(ui, c, state.as_of);
            ui.add_space(theme::space::MEDIUM);
            // Only what was published by the date shown.
            let evidence: Vec<_> = match at {
                Some(at) => at.evidence(c).collect(),
                None => c.evidence.iter().collect(),
            };
            ui.label(RichText::new(t!("detail-view-evidence", count = evidence.len())).strong());
            for e in evidence {
                ui.push_id(("evidence-view", e.id), |ui| {
                    evidence::evidence_view_ui(ui, e, out)
                });
                ui.add_space(theme::space::TIGHT);
            }
            if !c.notes.is_empty() {
                ui.add_space(theme::space::MEDIUM);
                ui.label(RichText::new(t!("detail-view-notes")).strong());
                for n in &c.notes {
                    ui.label(format!("{}  {}", n.date, n.text));
                }
            }
        });
}
