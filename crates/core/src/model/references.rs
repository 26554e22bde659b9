//! References between parts of a project that must name something that exists: a
//! commitment's source document, checked on import and by `validate`.

use super::Project;

/// (commitment id, source id) for every commitment whose source id names no source document.
pub fn unknown_sources(project: &Project) -> Vec<(&str, &str)> {
    project
        .commitments
        .iter()
        .filter(|c| !c.source.is_empty() && project.sources.iter().all(|s| s.id != c.source))
        .map(|c| (c.id.as_str(), c.source.as_str()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Commitment, Kind, SourceDoc};

    #[test]
    fn a_source_id_with_no_source_document_is_named() {
        let mut p = Project::default();
        p.sources.push(SourceDoc {
            id: "address-2022".into(),
            title: String::new(),
            publisher: String::new(),
            date: None,
            url: String::new(),
            note: String::new(),
        });
        for (id, source) in [
            ("A", "address-2022"),
            ("B", "https://example.org"),
            ("C", ""),
        ] {
            let mut c = Commitment::new(id, Kind::Reform, "T");
            c.source = source.into();
            p.commitments.push(c);
        }
        assert_eq!(unknown_sources(&p), [("B", "https://example.org")]);
    }
}
