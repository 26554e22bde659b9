//! The checklist's order: commitments grouped by kind and category, each followed by the
//! narrower commitments that serve it, so a reform is never listed twice.

use std::collections::{BTreeMap, HashMap};

use super::{Commitment, Kind, Project};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OutlineRow {
    Kind { kind: Kind, count: usize },
    Category { name: String, count: usize },
    Item { index: usize, depth: usize },
}

/// What a commitment's place in the outline depends on: while these stay the same for every
/// commitment, the outline does too.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutlineKey {
    id: String,
    kind: Kind,
    parent: Option<String>,
    category: String,
}

impl OutlineKey {
    pub fn of(c: &Commitment) -> Self {
        Self {
            id: c.id.clone(),
            kind: c.kind,
            parent: c.parent.clone(),
            category: c.category.clone(),
        }
    }
}

/// Deepest nesting shown; deeper chains (or cycles in a hand-edited file) stop here.
const MAX_DEPTH: usize = 8;

pub fn outline(project: &Project) -> Vec<OutlineRow> {
    let cs = &project.commitments;
    let by_id: HashMap<&str, usize> = cs
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.as_str(), i))
        .collect();
    let mut children: HashMap<usize, Vec<usize>> = HashMap::new();
    let mut roots = Vec::new();
    for (i, c) in cs.iter().enumerate() {
        match c.parent.as_deref().and_then(|p| by_id.get(p)) {
            Some(&parent) if parent != i && cs[parent].kind == c.kind => {
                children.entry(parent).or_default().push(i)
            }
            _ => roots.push(i),
        }
    }
    let mut rows = Vec::with_capacity(cs.len() + 16);
    let mut placed = vec![false; cs.len()];
    for kind in Kind::ALL {
        let mut categories: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for &i in roots.iter().filter(|&&i| cs[i].kind == kind) {
            categories
                .entry(cs[i].category.as_str())
                .or_default()
                .push(i);
        }
        let count = cs.iter().filter(|c| c.kind == kind).count();
        if count == 0 {
            continue;
        }
        rows.push(OutlineRow::Kind { kind, count });
        for (name, items) in categories {
            let header = rows.len();
            rows.push(OutlineRow::Category {
                // Empty for commitments without a category: the checklist names the group
                // in the current language when it draws it.
                name: name.to_owned(),
                count: 0,
            });
            for i in items {
                push_tree(i, 0, &children, &mut placed, &mut rows);
            }
            let n = rows.len() - header - 1;
            if let OutlineRow::Category { count, .. } = &mut rows[header] {
                *count = n;
            }
        }
    }
    // Anything only reachable through a cycle still gets a row.
    for (index, done) in placed.iter_mut().enumerate() {
        if !*done {
            *done = true;
            rows.push(OutlineRow::Item { index, depth: 0 });
        }
    }
    rows
}

fn push_tree(
    i: usize,
    depth: usize,
    children: &HashMap<usize, Vec<usize>>,
    placed: &mut [bool],
    rows: &mut Vec<OutlineRow>,
) {
    if placed[i] {
        return;
    }
    placed[i] = true;
    rows.push(OutlineRow::Item { index: i, depth });
    if depth >= MAX_DEPTH {
        return;
    }
    for &child in children.get(&i).into_iter().flatten() {
        push_tree(child, depth + 1, children, placed, rows);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Commitment;

    fn item(id: &str, kind: Kind, cat: &str, parent: Option<&str>) -> Commitment {
        let mut c = Commitment::new(id, kind, id);
        c.category = cat.into();
        c.parent = parent.map(Into::into);
        c
    }

    #[test]
    fn children_follow_their_parent_once_and_groups_are_counted() {
        let p = Project {
            commitments: vec![
                item("P12", Kind::Reform, "Political parties", Some("A2")),
                item("A2", Kind::Reform, "Political parties", None),
                item("U1", Kind::PartnershipOffer, "Partnership", None),
            ],
            ..Project::default()
        };
        let rows = outline(&p);
        assert_eq!(
            rows,
            vec![
                OutlineRow::Kind {
                    kind: Kind::Reform,
                    count: 2
                },
                OutlineRow::Category {
                    name: "Political parties".into(),
                    count: 2
                },
                OutlineRow::Item { index: 1, depth: 0 },
                OutlineRow::Item { index: 0, depth: 1 },
                OutlineRow::Kind {
                    kind: Kind::PartnershipOffer,
                    count: 1
                },
                OutlineRow::Category {
                    name: "Partnership".into(),
                    count: 1
                },
                OutlineRow::Item { index: 2, depth: 0 },
            ]
        );
    }

    #[test]
    fn a_parent_cycle_still_lists_every_commitment_once() {
        let p = Project {
            commitments: vec![
                item("A", Kind::Reform, "x", Some("B")),
                item("B", Kind::Reform, "x", Some("A")),
            ],
            ..Project::default()
        };
        let items = outline(&p)
            .into_iter()
            .filter(|r| matches!(r, OutlineRow::Item { .. }))
            .count();
        assert_eq!(items, 2);
    }
}
