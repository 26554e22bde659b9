//! Reading a recommendation's cells: the paragraph number at the start of its text, the body
//! that made it, the state's position, bulleted lists of states and terms, the language of the
//! text, and the ids of vocabulary terms made from a cell's labels.

use crate::model::{Mechanism, Position, Term, Vocabulary};

/// The paragraph number at the start of a text ("123.45 Ensure …") and the rest; no number
/// (or a single number without a dot, which may be a count) leaves the whole text.
pub fn split_paragraph(text: &str) -> (Option<String>, String) {
    let trimmed = bullet(text);
    let number: String = trimmed
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let number = number.trim_end_matches('.');
    let rest = &trimmed[number.len()..];
    let is_paragraph = number.contains('.')
        && number.split('.').all(|part| !part.is_empty())
        && rest
            .trim_start_matches('.')
            .starts_with(|c: char| c.is_whitespace());
    if !is_paragraph {
        return (None, trimmed.to_owned());
    }
    let rest = rest.trim_start_matches('.').trim_start();
    (Some(number.to_owned()), rest.to_owned())
}

/// The cell without the "- " a UHRI export puts before single values.
pub fn bullet(text: &str) -> &str {
    let t = text.trim();
    t.strip_prefix("- ")
        .or_else(|| t.strip_prefix('•'))
        .unwrap_or(t)
        .trim()
}

/// The items of a cell: one a line (UHRI writes lists as lines of "- item"), or split on
/// `separators` within a line.
pub fn items(text: &str, separators: &[char]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in text.lines() {
        for part in line.split(separators) {
            let item = bullet(part);
            if !item.is_empty() && !out.iter().any(|o| o == item) {
                out.push(item.to_owned());
            }
        }
    }
    out
}

/// The mechanism a recommending body's name stands for: the UPR, a treaty body (by its
/// committee's name or short form), a special procedure; any other body is `Other`.
pub fn mechanism_of(text: &str) -> Mechanism {
    let t = bullet(text).to_lowercase();
    const TREATY_BODIES: [&str; 11] = [
        "ccpr",
        "cescr",
        "cerd",
        "cedaw",
        "cat",
        "spt",
        "crc",
        "cmw",
        "crpd",
        "ced",
        "committee",
    ];
    const SPECIAL: [&str; 4] = [
        "special procedure",
        "special rapporteur",
        "working group",
        "independent expert",
    ];
    let words: Vec<&str> = t
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.contains(&"upr") || t.contains("universal periodic review") {
        Mechanism::Upr
    } else if SPECIAL.iter().any(|s| t.contains(s)) {
        Mechanism::SpecialProcedure
    } else if TREATY_BODIES.iter().any(|b| words.contains(b)) {
        Mechanism::TreatyBody
    } else if t.contains("odihr") {
        Mechanism::Odihr
    } else if t.contains("venice") {
        Mechanism::VeniceCommission
    } else {
        Mechanism::Other
    }
}

/// The state's position as UHRI and the UPR matrices write it; a mixed answer
/// ("Supported/Noted", "partially supported") is support in part. `None`: not a position.
pub fn position_of(text: &str) -> Option<Position> {
    let t = bullet(text).to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| t.contains(w));
    let supported = has(&["support", "accepted", "поддерж", "қолда"]);
    let noted = has(&["noted", "к сведению", "назарға"]);
    let partly = has(&["partial", "in part", "частично", "ішінара"]);
    match (supported, noted, partly) {
        (true, true, _) | (true, _, true) => Some(Position::SupportedInPart),
        (true, false, false) => Some(Position::Supported),
        (false, true, _) => Some(Position::Noted),
        _ => None,
    }
}

/// "ru" when the text is written in Cyrillic, else "en".
pub fn language_of(text: &str) -> &'static str {
    let letters = text.chars().filter(|c| c.is_alphabetic());
    let (cyrillic, all) = letters.fold((0usize, 0usize), |(cy, all), c| {
        (
            cy + usize::from(('\u{0400}'..='\u{04FF}').contains(&c)),
            all + 1,
        )
    });
    if all > 0 && cyrillic * 2 >= all {
        "ru"
    } else {
        "en"
    }
}

/// A title for a recommendation from its text: the text itself, cut at a word before
/// `MAX` characters, so the checklist shows something a person can read.
pub fn title_of(text: &str) -> String {
    const MAX: usize = 120;
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= MAX {
        return text;
    }
    let cut: String = text.chars().take(MAX).collect();
    let at = cut.rfind(' ').unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end_matches([',', ';', ':']))
}

/// The id a vocabulary term made from `label` gets: the vocabulary's prefix and the label in
/// lower case, words joined by `-` (`theme-right-to-education`). The same label gives the
/// same id on every import, so re-importing finds the term it made.
pub fn term_id(vocabulary: Vocabulary, label: &str) -> Option<String> {
    let prefix = match vocabulary {
        Vocabulary::Theme => "theme",
        Vocabulary::AffectedGroup => "group",
        Vocabulary::SdgTarget => "sdg",
        Vocabulary::LeadInstitution => "institution",
    };
    let words: Vec<String> = label
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect();
    (!words.is_empty()).then(|| format!("{prefix}-{}", words.join("-")))
}

/// The id of the term for `label` in `vocabulary`: a term of that vocabulary with this
/// English label or this id, else a new one added to `terms`. Returns `None` for a label
/// with no letters or digits.
pub fn find_or_add_term(
    terms: &mut Vec<Term>,
    vocabulary: Vocabulary,
    label: &str,
) -> Option<String> {
    let id = term_id(vocabulary, label)?;
    let same_label = |t: &&Term| t.vocabulary == vocabulary && t.en.trim() == label.trim();
    if let Some(t) = terms
        .iter()
        .find(same_label)
        .or_else(|| terms.iter().find(|t| t.id == id))
    {
        return Some(t.id.clone());
    }
    terms.push(Term::new(id.clone(), vocabulary, label.trim()));
    Some(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_paragraph_number_is_split_off_the_text() {
        assert_eq!(
            split_paragraph("123.45 Ensure the independence of judges"),
            (
                Some("123.45".to_owned()),
                "Ensure the independence of judges".to_owned()
            )
        );
        assert_eq!(
            split_paragraph("- 140.7. Ratify the Optional Protocol"),
            (
                Some("140.7".to_owned()),
                "Ratify the Optional Protocol".to_owned()
            )
        );
        assert_eq!(
            split_paragraph("12 judges should be appointed"),
            (None, "12 judges should be appointed".to_owned()),
            "a number without a dot is part of the sentence"
        );
        assert_eq!(
            split_paragraph("3.5% of the budget"),
            (None, "3.5% of the budget".to_owned())
        );
        assert_eq!(
            split_paragraph("98.3 Обеспечить независимость судей"),
            (
                Some("98.3".to_owned()),
                "Обеспечить независимость судей".to_owned()
            )
        );
    }

    #[test]
    fn positions_as_uhri_writes_them() {
        assert_eq!(position_of("Supported"), Some(Position::Supported));
        assert_eq!(position_of("- Noted"), Some(Position::Noted));
        assert_eq!(
            position_of("Supported/Noted"),
            Some(Position::SupportedInPart)
        );
        assert_eq!(
            position_of("Partially supported"),
            Some(Position::SupportedInPart)
        );
        assert_eq!(position_of("Поддержано"), Some(Position::Supported));
        assert_eq!(position_of("Принято к сведению"), Some(Position::Noted));
        assert_eq!(position_of("Pending"), None);
    }

    #[test]
    fn mechanisms_from_the_recommending_body() {
        assert_eq!(mechanism_of("- UPR"), Mechanism::Upr);
        assert_eq!(mechanism_of("Universal Periodic Review"), Mechanism::Upr);
        assert_eq!(mechanism_of("CEDAW"), Mechanism::TreatyBody);
        assert_eq!(
            mechanism_of("Committee against Torture"),
            Mechanism::TreatyBody
        );
        assert_eq!(
            mechanism_of("Special Rapporteur on freedom of expression"),
            Mechanism::SpecialProcedure
        );
        assert_eq!(
            mechanism_of("Working Group on Arbitrary Detention"),
            Mechanism::SpecialProcedure
        );
        assert_eq!(mechanism_of("Someone else"), Mechanism::Other);
        assert_eq!(
            mechanism_of("Catalonia"),
            Mechanism::Other,
            "a short form counts as a whole word only"
        );
    }

    #[test]
    fn lists_languages_and_term_ids() {
        assert_eq!(
            items(
                "- Right to education\n- Rights related to name, identity, nationality",
                &[';']
            ),
            [
                "Right to education",
                "Rights related to name, identity, nationality"
            ]
        );
        assert_eq!(
            items("France, Germany; Brazil", &[',', ';']),
            ["France", "Germany", "Brazil"]
        );
        assert_eq!(language_of("Обеспечить независимость судей (UN)"), "ru");
        assert_eq!(language_of("Ensure the independence of judges"), "en");
        assert_eq!(
            term_id(
                Vocabulary::Theme,
                "Rights related to name, identity, nationality"
            )
            .as_deref(),
            Some("theme-rights-related-to-name-identity-nationality")
        );
        assert_eq!(
            term_id(Vocabulary::SdgTarget, "16.3 - rule of law").as_deref(),
            Some("sdg-16-3-rule-of-law")
        );
        assert_eq!(term_id(Vocabulary::AffectedGroup, " - "), None);
        let mut terms = vec![Term::new("theme-courts", Vocabulary::Theme, "Judiciary")];
        assert_eq!(
            find_or_add_term(&mut terms, Vocabulary::Theme, "Judiciary").as_deref(),
            Some("theme-courts"),
            "a term with the same English label is reused"
        );
        assert_eq!(
            find_or_add_term(&mut terms, Vocabulary::AffectedGroup, "Women").as_deref(),
            Some("group-women")
        );
        assert_eq!(terms.len(), 2);
        assert_eq!(terms[1].vocabulary, Vocabulary::AffectedGroup);
        assert_eq!(terms[1].en, "Women");
    }

    #[test]
    fn a_long_text_gives_a_short_title() {
        let long = "Ensure ".repeat(40);
        let title = title_of(&long);
        assert!(
            title.chars().count() <= 121 && title.ends_with('…'),
            "{title}"
        );
        assert_eq!(title_of("Short  text"), "Short text");
    }
}
