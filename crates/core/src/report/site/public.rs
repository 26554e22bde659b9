//! The project as the public may read it: what is not for publication is taken out here,
//! once, before any page is made, so no page can show it by mistake.

use crate::model::Project;
use std::collections::HashSet;

use crate::model::links::evidence_refusal;

/// Stands in for an address taken out: still refused, so the evidence counts as it did (a
/// refused address counts nowhere), and nothing of the address is left to show.
const WITHHELD: &str = "withheld:";

/// Something the site leaves out, for the publish step to list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LeftOut {
    /// The item it belongs to (empty for a source document).
    pub item: String,
    pub what: Omitted,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Omitted {
    /// The whole item, marked internal, and every mention of its id in other items.
    Item,
    /// An evidence link marked internal, and the places status changes cite it.
    Evidence(u32),
    /// Notes not marked public: how many.
    Notes(usize),
    /// An address the window would not open either (a path on a disk, a script): the
    /// evidence is published without it.
    Address(u32),
    /// A source document's address, refused for the same reasons.
    SourceAddress(String),
}

impl LeftOut {
    /// One line in the interface's language.
    pub fn line(&self) -> String {
        match &self.what {
            Omitted::Item => crate::t!("site-left-item", item = self.item.as_str()),
            Omitted::Evidence(id) => crate::t!(
                "site-left-evidence",
                item = self.item.as_str(),
                evidence = i64::from(*id)
            ),
            Omitted::Notes(count) => {
                crate::t!("site-left-notes", item = self.item.as_str(), count = *count)
            }
            Omitted::Address(id) => crate::t!(
                "site-left-address",
                item = self.item.as_str(),
                evidence = i64::from(*id)
            ),
            Omitted::SourceAddress(source) => {
                crate::t!("site-left-source-address", source = source.as_str())
            }
        }
    }
}

/// The public copy and what was left out of it, in file order.
pub(crate) fn copy(project: &Project) -> (Project, Vec<LeftOut>) {
    let mut left = Vec::new();
    let internal: HashSet<&str> = (project.commitments.iter())
        .filter(|c| c.internal)
        .map(|c| c.id.as_str())
        .collect();
    // An id both an internal and a public item carry is the public item's too: keep it.
    let public_ids: HashSet<&str> = (project.commitments.iter())
        .filter(|c| !c.internal)
        .map(|c| c.id.as_str())
        .collect();
    let gone = |id: &str| internal.contains(id) && !public_ids.contains(id);
    let mut public = Project {
        commitments: Vec::new(),
        // Merge conflicts hold both sides' values, published or not.
        conflicts: Vec::new(),
        ..project.clone()
    };
    for s in &mut public.sources {
        if evidence_refusal(&s.url).is_some() {
            left.push(LeftOut {
                item: String::new(),
                what: Omitted::SourceAddress(s.id.clone()),
            });
            s.url = WITHHELD.to_owned();
        }
    }
    for c in &project.commitments {
        if c.internal {
            left.push(LeftOut {
                item: c.id.clone(),
                what: Omitted::Item,
            });
            continue;
        }
        let mut c = c.clone();
        let hidden: Vec<u32> = (c.evidence.iter())
            .filter(|e| e.internal)
            .map(|e| e.id)
            .collect();
        for id in &hidden {
            left.push(LeftOut {
                item: c.id.clone(),
                what: Omitted::Evidence(*id),
            });
        }
        c.evidence.retain(|e| !e.internal);
        let cited = |ids: &mut Vec<u32>| ids.retain(|id| !hidden.contains(id));
        for h in &mut c.history {
            cited(&mut h.evidence);
        }
        for l in &mut c.links {
            cited(&mut l.evidence);
        }
        if let Some(r) = &mut c.replaced {
            cited(&mut r.evidence);
            r.by.retain(|id| !gone(id));
        }
        c.links.retain(|l| !gone(&l.recommendation));
        if c.parent.as_deref().is_some_and(gone) {
            c.parent = None;
        }
        let internal_notes = c.notes.iter().filter(|n| !n.public).count();
        if internal_notes > 0 {
            left.push(LeftOut {
                item: c.id.clone(),
                what: Omitted::Notes(internal_notes),
            });
        }
        c.notes.retain(|n| n.public);
        for e in &mut c.evidence {
            if evidence_refusal(&e.url).is_some() {
                left.push(LeftOut {
                    item: c.id.clone(),
                    what: Omitted::Address(e.id),
                });
                e.url = WITHHELD.to_owned();
            }
        }
        public.commitments.push(c);
    }
    (public, left)
}
