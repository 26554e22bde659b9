//! The project as the public may read it: what is not for publication is taken out here,
//! once, before any page is made, so no page can show it by mistake.

use crate::model::Project;
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
    let mut public = project.clone();
    let mut left = Vec::new();
    for s in &mut public.sources {
        if evidence_refusal(&s.url).is_some() {
            left.push(LeftOut {
                item: String::new(),
                what: Omitted::SourceAddress(s.id.clone()),
            });
            s.url = WITHHELD.to_owned();
        }
    }
    for c in &mut public.commitments {
        for e in &mut c.evidence {
            if evidence_refusal(&e.url).is_some() {
                left.push(LeftOut {
                    item: c.id.clone(),
                    what: Omitted::Address(e.id),
                });
                e.url = WITHHELD.to_owned();
            }
        }
    }
    // Merge conflicts hold both sides' values, published or not.
    public.conflicts.clear();
    (public, left)
}
