//! Figures the window shows, kept between frames and rebuilt only when something they were
//! computed from changes: which document and its revision, the "as of" date, today's date
//! (overdue depends on it), the filter and the sort. Pure computation, no drawing.

use std::collections::HashMap;

use crate::model::dashboard::{Dashboard, Timeline, dashboard, timeline};
use crate::model::filter::{
    Filter, Shown, SortBy, matches, matches_text, narrows, needles, search_text, visible_rows,
};
use crate::model::outline::{OutlineKey, OutlineRow, outline};
use crate::model::replacement::{Replaced, replaced_by, replaced_by_all};
use crate::model::summary::{Summary, counted_links};
use crate::model::{AsOf, Commitment};

use super::document::{DocVersion, Document};

/// How many recent searches are kept to narrow from (or to return to with Backspace).
const SEARCHES_KEPT: usize = 8;

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
    /// Per commitment: what its place in the outline depends on.
    outline_keys: Vec<OutlineKey>,
    pub outline: Vec<OutlineRow>,
    /// Per commitment: whether the filter lets it through.
    matching: Vec<bool>,
    /// Per commitment: its evidence links that count on `at` (checking addresses is slow).
    links: Vec<usize>,
    /// Recent searches under this same document, filter and date: their words and results.
    searches: Vec<(Vec<String>, Vec<bool>)>,
    /// What the checklist shows: headers and matching commitments.
    pub rows: Vec<OutlineRow>,
    /// Commitment indexes in the order shown, for keyboard navigation.
    pub order: Vec<usize>,
    /// Figures of the commitments the filter lets through.
    pub summary: Summary,
    /// How many of the document's items are recommendations: counted once per version, so
    /// the checklist's heading and the filter's note need not look through every item each
    /// frame.
    pub recommendations: usize,
    /// Per commitment id: the commitments whose replacement names it, in file order (the
    /// editor asks on every frame; scanning 50,000 commitments twice a frame showed).
    replaced_back: HashMap<String, Vec<usize>>,
}

impl ViewCache {
    /// Brings the rows and figures up to date; does nothing when nothing they depend on moved.
    /// An edit of single commitments redoes only those (their text, place and match); a
    /// search that extends a recent one looks only at what that one let through.
    pub fn refresh(&mut self, doc: &Document, filter: &Filter, sort: SortBy, at: AsOf) {
        let cs = &doc.project.commitments;
        let version = doc.version();
        // The commitments edited since the last refresh (none: the same version), or None
        // when everything must be redone.
        let changed = match self.doc {
            Some(v) if v == version => Some(Vec::new()),
            Some(v) => doc.changed_since(v).filter(|indexes| {
                self.haystacks.len() == cs.len() && indexes.iter().all(|&i| i < cs.len())
            }),
            None => None,
        };
        let doc_moved = self.doc != Some(version);
        let same_view = self.at == Some(at) && same_but_text(&self.filter, filter);
        if !doc_moved && same_view && self.filter.text == filter.text && self.sort == sort {
            return;
        }
        self.doc = Some(version);
        if doc_moved {
            self.recommendations = cs.iter().filter(|c| c.is_recommendation()).count();
        }
        let outline_moved = self.refresh_texts(doc, changed.as_deref());
        self.refresh_links(cs, changed.as_deref(), at);
        let before = self.refresh_matches(cs, filter, changed.as_deref(), same_view, at);
        let unmoved = !outline_moved && self.at == Some(at) && self.sort == sort;
        // Nothing edited and fewer matches than before (a narrower search): rows and figures
        // follow from the previous ones by dropping what no longer matches.
        let narrower = unmoved
            && changed.as_ref().is_some_and(Vec::is_empty)
            && before.len() == self.matching.len()
            && before.iter().zip(&self.matching).all(|(b, m)| *b || !*m);
        let rows_same = unmoved && sort == SortBy::Outline && before == self.matching;
        // Figures of the other kind cannot be had by taking items out of these.
        let same_kind = counts_recommendations(&self.filter) == counts_recommendations(filter);
        self.at = Some(at);
        self.filter = filter.clone();
        self.sort = sort;
        if !rows_same {
            self.refresh_rows(doc, narrower, sort, at);
        }
        self.refresh_summary(cs, &before, narrower && same_kind, at);
    }

    /// Phase 1: each commitment's searchable text, and the outline; true when the outline
    /// moved.
    fn refresh_texts(&mut self, doc: &Document, changed: Option<&[usize]>) -> bool {
        let cs = &doc.project.commitments;
        let Some(indexes) = changed else {
            self.replaced_back = replaced_by_all(&doc.project)
                .into_iter()
                .map(|(id, list)| (id.to_owned(), list.iter().map(|r| r.index).collect()))
                .collect();
            self.haystacks = cs.iter().map(search_text).collect();
            self.outline_keys = cs.iter().map(OutlineKey::of).collect();
            self.outline = outline(&doc.project);
            return true;
        };
        let mut outline_moved = false;
        for &i in indexes {
            self.replaced_moved(i, &cs[i]);
            self.haystacks[i] = search_text(&cs[i]);
            let key = OutlineKey::of(&cs[i]);
            if key != self.outline_keys[i] {
                self.outline_keys[i] = key;
                outline_moved = true;
            }
        }
        if outline_moved {
            self.outline = outline(&doc.project);
        }
        outline_moved
    }

    /// Phase 2: the links that count on the date; only the edited ones when the date stayed.
    fn refresh_links(&mut self, cs: &[Commitment], changed: Option<&[usize]>, at: AsOf) {
        let dated = |c: &Commitment| counted_links(c, at.date);
        match changed {
            Some(indexes) if self.at.is_some_and(|a| a.date == at.date) => {
                for &i in indexes {
                    self.links[i] = dated(&cs[i]);
                }
            }
            _ => self.links = cs.iter().map(dated).collect(),
        }
    }

    /// Phase 3: which commitments the filter lets through; returns the previous answer.
    fn refresh_matches(
        &mut self,
        cs: &[Commitment],
        filter: &Filter,
        changed: Option<&[usize]>,
        same_view: bool,
        at: AsOf,
    ) -> Vec<bool> {
        let needles = needles(&filter.text);
        let check = |c: &Commitment, h: &str| matches(c, at, h, &needles, filter);
        let before = std::mem::take(&mut self.matching);
        self.matching = match (changed, same_view) {
            // Same filter and date, some commitments edited: only they can change.
            (Some(indexes), true) if self.filter.text == filter.text => {
                let mut m = before.clone();
                for &i in indexes {
                    m[i] = check(&cs[i], &self.haystacks[i]);
                }
                if !indexes.is_empty() {
                    self.searches.clear();
                }
                m
            }
            // Only the words changed: a recent search whose words this one extends.
            (Some([]), true) => {
                match self
                    .searches
                    .iter()
                    .rev()
                    .find(|(n, _)| narrows(n, &needles))
                {
                    Some((n, found)) if *n == needles => found.clone(),
                    Some((_, found)) => found
                        .iter()
                        .zip(&self.haystacks)
                        .map(|(m, h)| *m && matches_text(h, &needles))
                        .collect(),
                    None => cs
                        .iter()
                        .zip(&self.haystacks)
                        .map(|(c, h)| check(c, h))
                        .collect(),
                }
            }
            _ => {
                self.searches.clear();
                cs.iter()
                    .zip(&self.haystacks)
                    .map(|(c, h)| check(c, h))
                    .collect()
            }
        };
        self.remember_search(needles);
        before
    }

    /// Phase 4: the rows shown and their order; from the previous rows when the search only
    /// narrowed.
    fn refresh_rows(&mut self, doc: &Document, narrower: bool, sort: SortBy, at: AsOf) {
        let source = if narrower { &self.rows } else { &self.outline };
        self.rows = visible_rows(&doc.project, source, &self.matching, sort, at);
        self.order = self
            .rows
            .iter()
            .filter_map(|r| match r {
                OutlineRow::Item { index, .. } => Some(*index),
                _ => None,
            })
            .collect();
    }

    /// Phase 4: the figures of the commitments that match, or of the recommendations when
    /// only they are shown (the two are never counted together); a narrower search takes out
    /// what it dropped.
    fn refresh_summary(&mut self, cs: &[Commitment], before: &[bool], narrower: bool, at: AsOf) {
        let counted = counts_recommendations(&self.filter);
        if narrower {
            for (i, _) in before
                .iter()
                .zip(&self.matching)
                .enumerate()
                .filter(|(i, (b, m))| **b && !**m && cs[*i].is_recommendation() == counted)
            {
                self.summary.remove(&cs[i], self.links[i], at.date);
            }
            return;
        }
        let mut summary = Summary::default();
        for ((c, links), _) in cs
            .iter()
            .zip(&self.links)
            .zip(&self.matching)
            .filter(|((c, _), m)| **m && c.is_recommendation() == counted)
        {
            summary.add(c, *links, at.date);
        }
        self.summary = summary;
    }

    /// The commitments `id` replaced, as `model::replacement::replaced_by` finds them: from
    /// the index when it was built for this very version of the document, else by a scan.
    pub fn replaced_by<'a>(&self, doc: &'a Document, id: &str) -> Vec<Replaced<'a>> {
        let project = &doc.project;
        if self.doc != Some(doc.version()) {
            return replaced_by(project, id);
        }
        let Some(indexes) = self.replaced_back.get(id) else {
            return Vec::new();
        };
        indexes
            .iter()
            .filter_map(|&index| {
                let commitment = project.commitments.get(index)?;
                let replacement = commitment.replaced.as_ref()?;
                // Checked again, so an index out of step could only leave one out.
                replacement.by.iter().any(|b| b == id).then_some(Replaced {
                    index,
                    commitment,
                    replacement,
                })
            })
            .collect()
    }

    /// Commitment `i` was edited: it is listed again under the ids its replacement names now.
    fn replaced_moved(&mut self, i: usize, c: &Commitment) {
        for list in self.replaced_back.values_mut() {
            list.retain(|&j| j != i);
        }
        self.replaced_back.retain(|_, list| !list.is_empty());
        let Some(r) = &c.replaced else { return };
        for id in &r.by {
            let list = self.replaced_back.entry(id.clone()).or_default();
            if let Err(at) = list.binary_search(&i) {
                list.insert(at, i);
            }
        }
    }

    fn remember_search(&mut self, needles: Vec<String>) {
        self.searches.retain(|(n, _)| *n != needles);
        if self.searches.len() == SEARCHES_KEPT {
            self.searches.remove(0);
        }
        self.searches.push((needles, self.matching.clone()));
    }
}

/// Whether the figures are the recommendations': only when nothing else is shown.
pub fn counts_recommendations(filter: &Filter) -> bool {
    filter.show == Shown::Recommendations
}

/// The two filters differ in their search words at most.
fn same_but_text(a: &Filter, b: &Filter) -> bool {
    Filter {
        text: String::new(),
        ..a.clone()
    } == Filter {
        text: String::new(),
        ..b.clone()
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
