//! Built-in mappings for sheets a known publisher exports, chosen by name in the import
//! dialog or recognised from the header, so nobody has to map their columns by hand.

use super::mapping::{Target, normalize};
use super::saved::SavedMapping;

/// A mapping that ships with the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Preset {
    /// The UN's Universal Human Rights Index (uhri.ohchr.org), "Export to Excel".
    Uhri,
}

/// The UHRI export's headers and the fields they fill.
///
/// These names are taken from third-party programs that read UHRI Excel exports, not from an
/// OHCHR document, and have not been checked against an export downloaded from OHCHR. The
/// misspelt "Reccomending" is how those programs spell the headers, presumably copying the
/// export; the correct spelling is accepted too. A paragraph number has no column: it starts
/// the text ("123.45 Ensure …").
const UHRI: [(&str, Target); 14] = [
    ("OHCHR Annotation Id", Target::UhriId),
    ("Text", Target::RecommendationText),
    ("UPR Session", Target::Cycle),
    ("Countries Concerned", Target::Ignore),
    ("Reccomending Body", Target::Mechanism),
    ("Recommending Body", Target::Mechanism),
    ("Document Symbol", Target::Source),
    ("UPR Reccomending States", Target::Recommending),
    ("UPR Recommending States", Target::Recommending),
    ("UPR Position", Target::Position),
    ("Themes", Target::Themes),
    ("Affected Persons", Target::AffectedGroups),
    ("Sdgs", Target::Sdgs),
    ("Document Publication Date", Target::DateCommitted),
];

/// Columns without which a sheet is not a UHRI export: the id that merges re-imports and the
/// text.
const UHRI_REQUIRED: [&str; 2] = ["OHCHR Annotation Id", "Text"];

impl Preset {
    pub const ALL: [Preset; 1] = [Preset::Uhri];

    /// The name shown in the import dialog.
    pub fn label(self) -> String {
        match self {
            Preset::Uhri => crate::t!("import-preset-uhri"),
        }
    }

    fn columns(self) -> &'static [(&'static str, Target)] {
        match self {
            Preset::Uhri => &UHRI,
        }
    }

    /// The preset as a saved mapping, to save beside a sheet and change.
    pub fn mapping(self) -> SavedMapping {
        SavedMapping {
            sheet: None,
            columns: self
                .columns()
                .iter()
                .map(|(name, t)| ((*name).to_owned(), *t))
                .collect(),
            statuses: Default::default(),
        }
    }

    /// The headers the sheet lacks for this preset; empty when it fits.
    pub fn missing(self, header: &[String]) -> Vec<String> {
        let required: &[&str] = match self {
            Preset::Uhri => &UHRI_REQUIRED,
        };
        required
            .iter()
            .filter(|name| !header.iter().any(|h| normalize(h) == normalize(name)))
            .map(|name| (*name).to_owned())
            .collect()
    }

    /// One target per column: the preset's field for the headers it names, `Ignore` for the
    /// rest, so a column the publisher adds later is never read as something it is not.
    /// `Err` names the required headers the sheet lacks.
    pub fn targets(self, header: &[String]) -> Result<Vec<Target>, Vec<String>> {
        let missing = self.missing(header);
        if !missing.is_empty() {
            return Err(missing);
        }
        let mut taken = Vec::new();
        Ok(header
            .iter()
            .map(|h| {
                let found = self
                    .columns()
                    .iter()
                    .find(|(name, _)| normalize(name) == normalize(h))
                    .map_or(Target::Ignore, |(_, t)| *t);
                // A field goes to its first column only, as in a proposal.
                if found == Target::Ignore || taken.contains(&found) {
                    Target::Ignore
                } else {
                    taken.push(found);
                    found
                }
            })
            .collect())
    }

    /// The preset a header fits, if any: a sheet that has every required column.
    pub fn detect(header: &[String]) -> Option<Preset> {
        Preset::ALL
            .into_iter()
            .find(|p| p.missing(header).is_empty())
    }

    /// The targets for a sheet: the preset its header fits, else the proposal.
    pub fn targets_or_proposal(sheet: &super::Sheet) -> (Option<Preset>, Vec<Target>) {
        match Preset::detect(&sheet.header).map(|p| (p, p.targets(&sheet.header))) {
            Some((p, Ok(targets))) => (Some(p), targets),
            _ => (None, super::propose_sheet(sheet)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn the_uhri_preset_maps_both_spellings_and_ignores_other_columns() {
        let h = header(&[
            "Text",
            "Reccomending Body",
            "UPR Recommending States",
            "OHCHR Annotation Id",
            "Some New Column",
            "Countries Concerned",
        ]);
        assert_eq!(
            Preset::Uhri.targets(&h),
            Ok(vec![
                Target::RecommendationText,
                Target::Mechanism,
                Target::Recommending,
                Target::UhriId,
                Target::Ignore,
                Target::Ignore,
            ])
        );
        assert_eq!(Preset::detect(&h), Some(Preset::Uhri));
    }

    #[test]
    fn a_sheet_without_the_uhri_columns_is_told_what_it_lacks() {
        let h = header(&["Код", "Text"]);
        assert_eq!(
            Preset::Uhri.targets(&h),
            Err(vec!["OHCHR Annotation Id".to_owned()])
        );
        assert_eq!(Preset::detect(&h), None);
    }

    #[test]
    fn a_uhri_header_is_recognised_and_any_other_gets_the_proposal() {
        let sheet = |names: &[&str]| super::super::Sheet {
            header: header(names),
            ..Default::default()
        };
        let (preset, targets) =
            Preset::targets_or_proposal(&sheet(&["OHCHR Annotation Id", "Text", "Status"]));
        assert_eq!(preset, Some(Preset::Uhri));
        assert_eq!(
            targets,
            [Target::UhriId, Target::RecommendationText, Target::Ignore]
        );
        let (preset, targets) = Preset::targets_or_proposal(&sheet(&["id", "Text"]));
        assert_eq!(preset, None);
        assert_eq!(targets, [Target::Id, Target::Quote]);
    }

    #[test]
    fn the_preset_saves_as_a_mapping_that_reads_back() {
        let saved = Preset::Uhri.mapping();
        let again = SavedMapping::from_ron(&saved.to_ron().unwrap()).unwrap();
        assert_eq!(again, saved);
        assert_eq!(
            again.targets_for(&header(&["UPR Position"])),
            [Target::Position]
        );
    }
}
