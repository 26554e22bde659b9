//! Figures the window shows, kept between frames and rebuilt only when something they were
//! computed from changes: which document and its revision, the "as of" date, today's date
//! (overdue depends on it), the filter and the sort. Pure computation, no drawing.

use crate::model::AsOf;
use crate::model::dashboard::{Dashboard, Timeline, dashboard, timeline};
use crate::model::filter::{Filter, SortBy, matches, needles, search_text, visible_rows};
use crate::model::outline::{OutlineRow, outline};
use crate::model::summary::Summary;

use super::document::{DocVersion, Document};

/// Checklist rows and the summary of the commitments the filter lets through.
#[derive(Clone, Debug, Default)]
pub struct ViewCache {
    /// The document the haystacks and outline were built from.
    pub doc: Option<DocVersion>,
    /// The day everything below was taken at; the checklist's marks use it too, so rows and
    /// figures always agree.
    pub at: Option<AsOf>,
    pub filter: Filter,
    pub sort: SortBy,
    /// Per commitment: its searchable text, lower-cased.
    pub haystacks: Vec<String>,
    pub outline: Vec<OutlineRow>,
    /// What the checklist shows: headers and matching commitments.
    pub rows: Vec<OutlineRow>,
    /// Commitment indexes in the order shown, for keyboard navigation.
    pub order: Vec<usize>,
    /// Figures of the commitments the filter lets through.
    pub summary: Summary,
}

impl ViewCache {
    /// Brings the rows and figures up to date; does nothing when nothing they depend on moved.
    pub fn refresh(&mut self, doc: &Document, filter: &Filter, sort: SortBy, at: AsOf) {
        let doc_changed = self.doc != Some(doc.version());
        if doc_changed {
            self.doc = Some(doc.version());
            self.haystacks = doc.project.commitments.iter().map(search_text).collect();
            self.outline = outline(&doc.project);
        }
        if !doc_changed && self.filter == *filter && self.sort == sort && self.at == Some(at) {
            return;
        }
        self.at = Some(at);
        self.filter = filter.clone();
        self.sort = sort;
        let needles = needles(&filter.text);
        let cs = &doc.project.commitments;
        let matching: Vec<bool> = cs
            .iter()
            .zip(&self.haystacks)
            .map(|(c, h)| matches(c, at, h, &needles, filter))
            .collect();
        self.rows = visible_rows(&doc.project, &self.outline, &matching, sort, at);
        self.order = self
            .rows
            .iter()
            .filter_map(|r| match r {
                OutlineRow::Item { index, .. } => Some(*index),
                _ => None,
            })
            .collect();
        self.summary = Summary::of(
            cs.iter()
                .zip(&matching)
                .filter(|(_, m)| **m)
                .map(|(c, _)| c),
            at.date,
        );
    }
}

/// Figures of the dashboard and its progress chart.
#[derive(Clone, Debug)]
pub struct DashboardCache {
    pub key: (DocVersion, AsOf),
    pub dashboard: Dashboard,
    pub timeline: Timeline,
}

impl DashboardCache {
    /// The cached figures, rebuilt first when the document, the date shown or today changed.
    pub fn refresh<'a>(slot: &'a mut Option<Self>, doc: &Document, at: AsOf) -> &'a Self {
        let key = (doc.version(), at);
        let kept = slot.take().filter(|cache| cache.key == key);
        slot.insert(kept.unwrap_or_else(|| Self {
            key,
            dashboard: dashboard(&doc.project, at.date, at.today),
            // The chart runs to the day shown: the date asked for, else today.
            timeline: timeline(&doc.project, Some(at.reference())),
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Commitment, Date, Kind, Project, Status};

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn project(titles: &[&str]) -> Project {
        let mut p = Project::default();
        for (i, t) in titles.iter().enumerate() {
            let mut c = Commitment::new(format!("R{i}"), Kind::Reform, *t);
            c.category = format!("Category {t}");
            p.commitments.push(c);
        }
        p
    }

    #[test]
    fn a_new_document_at_the_same_revision_is_never_shown_from_the_cache() {
        let today = AsOf::new(None, d("2026-01-01"));
        let mut cache = ViewCache::default();
        let old = Document::untitled(project(&["a", "b", "c"]));
        cache.refresh(&old, &Filter::default(), SortBy::Outline, today);
        assert_eq!(cache.order.len(), 3);
        let new = Document::untitled(Project::default());
        assert_eq!(new.revision, old.revision);
        cache.refresh(&new, &Filter::default(), SortBy::Outline, today);
        assert!(cache.order.is_empty() && cache.rows.is_empty());
        assert_eq!(cache.summary.total(), 0);

        let mut dash = None;
        DashboardCache::refresh(&mut dash, &old, today);
        let shown = DashboardCache::refresh(&mut dash, &new, today);
        assert_eq!(shown.dashboard.overall.total(), 0);
    }

    #[test]
    fn figures_computed_yesterday_do_not_survive_midnight() {
        let mut p = project(&["a"]);
        p.commitments[0].deadline = Some(d("2026-01-01"));
        p.commitments[0].change_status(Status::InProgress, d("2025-01-01"), String::new(), vec![]);
        let doc = Document::untitled(p);
        let overdue = Filter {
            overdue_only: true,
            ..Filter::default()
        };
        let mut cache = ViewCache::default();
        cache.refresh(
            &doc,
            &overdue,
            SortBy::Outline,
            AsOf::new(None, d("2026-01-01")),
        );
        assert!(cache.order.is_empty(), "due today, not yet overdue");
        cache.refresh(
            &doc,
            &overdue,
            SortBy::Outline,
            AsOf::new(None, d("2026-01-02")),
        );
        assert_eq!(cache.order, [0], "overdue from the next day");

        let mut dash = None;
        DashboardCache::refresh(&mut dash, &doc, AsOf::new(None, d("2026-01-01")));
        let next_day = DashboardCache::refresh(&mut dash, &doc, AsOf::new(None, d("2026-01-02")));
        assert_eq!(next_day.dashboard.overdue.len(), 1);
    }
}
