//! Picking several rows of the checklist, and the batch edits applied to all of them at once.
//! Each batch edit is one command, recorded as one undo step (`undo::many`).

use std::collections::HashSet;

use super::App;
use super::document::Changed;
use crate::model::{Commitment, Date, Evidence, RecLink, Relation, Status};
use crate::t;

impl App {
    fn id_at(&self, index: usize) -> Option<String> {
        self.doc
            .project
            .commitments
            .get(index)
            .map(|c| c.id.clone())
    }

    /// The index of the commitment with this id.
    fn index_of(&self, id: &str) -> Option<usize> {
        self.doc.project.commitments.iter().position(|c| c.id == id)
    }

    /// Ctrl+click: the row joins the rows picked, or leaves them. The first Ctrl+click keeps
    /// the row already selected in the pick.
    pub(super) fn toggle_selected(&mut self, index: usize) {
        let Some(id) = self.id_at(index) else { return };
        if self.ui.multi.ids.is_empty()
            && let Some(current) = self.selected_id()
        {
            self.ui.multi.ids.insert(current);
        }
        let multi = &mut self.ui.multi;
        multi.anchor = Some(id.clone());
        if !multi.ids.remove(&id) {
            multi.ids.insert(id);
            self.keep_pick(Some(index));
            return;
        }
        // The row shown as selected left the pick: another one picked stands in for it.
        let next = if self.ui.selected == Some(index) {
            let ids = &self.ui.multi.ids;
            self.doc
                .project
                .commitments
                .iter()
                .position(|c| ids.contains(&c.id))
        } else {
            self.ui.selected
        };
        self.keep_pick(next);
    }

    /// Shift+click: the rows shown from the anchor to this one, both included.
    pub(super) fn select_range(&mut self, index: usize) {
        let Some(order) = self.ui.cache.as_ref().map(|c| c.order.clone()) else {
            return;
        };
        let anchor = self
            .ui
            .multi
            .anchor
            .as_deref()
            .and_then(|id| self.index_of(id))
            .or(self.ui.selected);
        let at = |i: Option<usize>| i.and_then(|i| order.iter().position(|&o| o == i));
        let Some(end) = at(Some(index)) else { return };
        let start = at(anchor).unwrap_or(end);
        let (from, to) = (start.min(end), start.max(end));
        let anchor = self.ui.multi.anchor.take();
        let ids: Vec<String> = order[from..=to]
            .iter()
            .filter_map(|&i| self.id_at(i))
            .collect();
        self.ui.multi.ids = ids.into_iter().collect();
        // The anchor stays where it was, so a second Shift+click redraws the range from it.
        self.ui.multi.anchor = anchor.or_else(|| self.id_at(order[start]));
        self.keep_pick(Some(index));
    }

    /// Every row the filter shows.
    pub(super) fn select_all_shown(&mut self) {
        let Some(order) = self.ui.cache.as_ref().map(|c| c.order.clone()) else {
            return;
        };
        let ids: Vec<String> = order.iter().filter_map(|&i| self.id_at(i)).collect();
        self.ui.multi.ids = ids.into_iter().collect();
        let shown = self.ui.selected.filter(|s| order.contains(s));
        self.keep_pick(shown.or_else(|| order.first().copied()));
    }

    /// After the pick changed: a pick of one row is a plain selection of it; the row shown as
    /// selected is `index`.
    fn keep_pick(&mut self, index: Option<usize>) {
        let anchor = self.ui.multi.anchor.clone();
        let ids = std::mem::take(&mut self.ui.multi.ids);
        let single = match ids.len() {
            0 => Some(None),
            1 => Some(ids.iter().next().and_then(|id| self.index_of(id))),
            _ => None,
        };
        match single {
            Some(one) => self.select(one),
            None => {
                self.select(index);
                self.ui.multi.ids = ids;
            }
        }
        self.ui.multi.anchor = anchor;
        self.ui.batch.result = None;
    }

    /// Drops the picked ids that left the project (a delete, an undo, a reload); checked once
    /// per change of the document.
    pub(super) fn prune_pick(&mut self) {
        let version = self.doc.version();
        if self.ui.multi.ids.is_empty() || self.ui.multi.checked == Some(version) {
            return;
        }
        self.ui.multi.checked = Some(version);
        let known: HashSet<&str> = self
            .doc
            .project
            .commitments
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        let before = self.ui.multi.ids.len();
        self.ui.multi.ids.retain(|id| known.contains(id.as_str()));
        if self.ui.multi.ids.len() != before {
            let shown = self.ui.selected;
            self.keep_pick(shown);
        }
    }

    /// Applies `change` to each commitment with one of `ids`; returns how many it changed.
    fn edit_each(
        &mut self,
        ids: &[String],
        mut change: impl FnMut(&mut Commitment) -> bool,
    ) -> usize {
        let ids: HashSet<&str> = ids.iter().map(String::as_str).collect();
        let mut changed = 0;
        for c in &mut self.doc.project_mut().commitments {
            if ids.contains(c.id.as_str()) && change(c) {
                changed += 1;
            }
        }
        self.doc.touch_changed(Changed::All);
        changed
    }

    fn term_label(&self, id: &str) -> String {
        self.doc
            .project
            .terms
            .iter()
            .find(|t| t.id == id)
            .map_or_else(|| id.to_owned(), |t| t.label().to_owned())
    }

    pub(super) fn batch_add_term(&mut self, ids: &[String], term: &str) {
        let count = self.edit_each(ids, |c| {
            let new = !c.terms.iter().any(|t| t == term);
            if new {
                c.terms.push(term.to_owned());
            }
            new
        });
        let term = self.term_label(term);
        self.ui.batch.result = Some(t!("batch-term-added", term = term, count = count));
    }

    pub(super) fn batch_remove_term(&mut self, ids: &[String], term: &str) {
        let count = self.edit_each(ids, |c| {
            let before = c.terms.len();
            c.terms.retain(|t| t != term);
            c.terms.len() != before
        });
        let term = self.term_label(term);
        self.ui.batch.result = Some(t!("batch-term-removed", term = term, count = count));
    }

    /// The same status change for each, as the editor's form records one: a dated history
    /// entry with the note, resting on the evidence link given (added to each first).
    pub(super) fn batch_change_status(
        &mut self,
        ids: &[String],
        (to, date, note, evidence): (Status, Date, String, Option<Evidence>),
    ) {
        let count = self.edit_each(ids, |c| {
            if c.status == to {
                return false;
            }
            let rests_on = evidence
                .clone()
                .map(|e| c.add_evidence(e))
                .into_iter()
                .collect();
            c.change_status(to, date, note.clone(), rests_on);
            true
        });
        let unchanged = ids.len().saturating_sub(count);
        let mut result = t!("batch-status-set", status = to.label(), count = count);
        if unchanged > 0 {
            result = format!("{result} {}", t!("batch-status-had-it", count = unchanged));
        }
        self.ui.batch.result = Some(result);
    }

    pub(super) fn batch_set_concern(&mut self, ids: &[String], on: bool) {
        let count = self.edit_each(ids, |c| std::mem::replace(&mut c.concern, on) != on);
        let key = if on {
            "batch-concern-set"
        } else {
            "batch-concern-cleared"
        };
        self.ui.batch.result = Some(t!(key, count = count));
    }

    /// Links each commitment to the recommendation, or changes the relation of a link it has.
    pub(super) fn batch_link(&mut self, ids: &[String], recommendation: &str, relation: Relation) {
        let mut skipped = 0;
        let count = self.edit_each(ids, |c| {
            if c.is_recommendation() {
                skipped += 1;
                return false;
            }
            match c
                .links
                .iter_mut()
                .find(|l| l.recommendation == recommendation)
            {
                Some(link) => std::mem::replace(&mut link.relation, relation) != relation,
                None => {
                    c.links.push(RecLink::new(recommendation, relation));
                    true
                }
            }
        });
        let mut result = t!(
            "batch-linked",
            recommendation = recommendation,
            count = count
        );
        if skipped > 0 {
            result = format!("{result} {}", t!("batch-skipped", count = skipped));
        }
        self.ui.batch.result = Some(result);
    }
}
