//! Which field each column fills: proposed from the header names (English, Russian, Kazakh and
//! our own export's keys), changed by the user, saved and reused as a small RON file.

use serde::{Deserialize, Serialize};

use super::table::Sheet;

/// A field a column can fill, or `Ignore`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Target {
    Ignore,
    Id,
    Kind,
    Actor,
    Parent,
    Title,
    Quote,
    Source,
    DateCommitted,
    Category,
    Responsible,
    Deadline,
    Status,
    StatusDate,
    Importance,
    Concern,
    Tags,
    EvidenceUrl,
    Note,
    ReplacedOn,
    ReplacedBy,
    ReplacedPartly,
    ReplacedNote,
    ReplacedEvidence,
    NextEvidenceId,
    /// An id given by the sheet's maker (UHRI's annotation id), kept as `UHRI-<id>` so it
    /// never collides with the project's own ids and stays the same on every export.
    UhriId,
    /// A recommendation's text with its paragraph number first ("123.45 Ensure …").
    RecommendationText,
    Mechanism,
    Cycle,
    Recommending,
    Position,
    Themes,
    AffectedGroups,
    Sdgs,
}

impl Target {
    pub const ALL: [Target; 34] = [
        Target::Ignore,
        Target::Id,
        Target::Kind,
        Target::Actor,
        Target::Parent,
        Target::Title,
        Target::Quote,
        Target::Source,
        Target::DateCommitted,
        Target::Category,
        Target::Responsible,
        Target::Deadline,
        Target::Status,
        Target::StatusDate,
        Target::Importance,
        Target::Concern,
        Target::Tags,
        Target::EvidenceUrl,
        Target::Note,
        Target::ReplacedOn,
        Target::ReplacedBy,
        Target::ReplacedPartly,
        Target::ReplacedNote,
        Target::ReplacedEvidence,
        Target::NextEvidenceId,
        Target::UhriId,
        Target::RecommendationText,
        Target::Mechanism,
        Target::Cycle,
        Target::Recommending,
        Target::Position,
        Target::Themes,
        Target::AffectedGroups,
        Target::Sdgs,
    ];

    /// Whether a column of this field can name an item: without one, no row can be imported.
    pub fn names_an_item(self) -> bool {
        matches!(
            self,
            Target::Id | Target::Title | Target::UhriId | Target::RecommendationText
        )
    }

    /// The machine key: our exports' column name for the field.
    pub fn key(self) -> &'static str {
        match self {
            Target::Ignore => "",
            Target::Id => "id",
            Target::Kind => "kind",
            Target::Actor => "actor",
            Target::Parent => "parent",
            Target::Title => "title",
            Target::Quote => "quote",
            Target::Source => "source",
            Target::DateCommitted => "date_committed",
            Target::Category => "category",
            Target::Responsible => "responsible",
            Target::Deadline => "deadline",
            Target::Status => "status",
            Target::StatusDate => "status_date",
            Target::Importance => "importance",
            Target::Concern => "concern",
            Target::Tags => "tags",
            Target::EvidenceUrl => "latest_evidence_url",
            Target::Note => "notes",
            Target::ReplacedOn => "replaced_on",
            Target::ReplacedBy => "replaced_by",
            Target::ReplacedPartly => "replaced_partly",
            Target::ReplacedNote => "replaced_note",
            Target::ReplacedEvidence => "replaced_evidence",
            Target::NextEvidenceId => "next_evidence_id",
            Target::UhriId => "uhri_id",
            Target::RecommendationText => "recommendation_text",
            Target::Mechanism => "mechanism",
            Target::Cycle => "cycle",
            Target::Recommending => "recommending",
            Target::Position => "position",
            Target::Themes => "themes",
            Target::AffectedGroups => "affected_groups",
            Target::Sdgs => "sdgs",
        }
    }

    /// The name shown in the mapping dialog, in the interface language.
    pub fn label(self) -> String {
        crate::t!(match self {
            Target::Ignore => "import-target-ignore",
            Target::Id => "import-target-id",
            Target::Kind => "import-target-kind",
            Target::Actor => "import-target-actor",
            Target::Parent => "import-target-parent",
            Target::Title => "import-target-title",
            Target::Quote => "import-target-quote",
            Target::Source => "import-target-source",
            Target::DateCommitted => "import-target-date-committed",
            Target::Category => "import-target-category",
            Target::Responsible => "import-target-responsible",
            Target::Deadline => "import-target-deadline",
            Target::Status => "import-target-status",
            Target::StatusDate => "import-target-status-date",
            Target::Importance => "import-target-importance",
            Target::Concern => "import-target-concern",
            Target::Tags => "import-target-tags",
            Target::EvidenceUrl => "import-target-evidence-url",
            Target::Note => "import-target-note",
            Target::ReplacedOn => "import-target-replaced-on",
            Target::ReplacedBy => "import-target-replaced-by",
            Target::ReplacedPartly => "import-target-replaced-partly",
            Target::ReplacedNote => "import-target-replaced-note",
            Target::ReplacedEvidence => "import-target-replaced-evidence",
            Target::NextEvidenceId => "import-target-next-evidence-id",
            Target::UhriId => "import-target-uhri-id",
            Target::RecommendationText => "import-target-recommendation-text",
            Target::Mechanism => "import-target-mechanism",
            Target::Cycle => "import-target-cycle",
            Target::Recommending => "import-target-recommending",
            Target::Position => "import-target-position",
            Target::Themes => "import-target-themes",
            Target::AffectedGroups => "import-target-affected-groups",
            Target::Sdgs => "import-target-sdgs",
        })
    }

    /// Header names (normalized) that propose this field, besides its key.
    fn names(self) -> &'static [&'static str] {
        match self {
            Target::Ignore => &["evidence count", "replaces", "project", "as of", "scale"],
            Target::Id => &[
                "no",
                "number",
                "ref",
                "code",
                "№",
                "номер",
                "код",
                "идентификатор",
                "нөмір",
            ],
            Target::Kind => &["type", "вид", "тип", "түрі"],
            Target::Actor => &[
                "who",
                "promised by",
                "made by",
                "кто",
                "автор",
                "субъект",
                "актор",
            ],
            Target::Parent => &["parent id", "родитель", "входит в"],
            Target::Title => &[
                "commitment",
                "promise",
                "name",
                "reform",
                "название",
                "обязательство",
                "обещание",
                "реформа",
                "наименование",
                "атауы",
                "міндеттеме",
                "уәде",
            ],
            Target::Quote => &["text", "цитата", "текст", "дәйексөз", "мәтін"],
            Target::Source => &["source id", "источник", "дереккөз"],
            Target::DateCommitted => &[
                "date",
                "date made",
                "made on",
                "дата",
                "дата обязательства",
                "күні",
            ],
            Target::Category => &[
                "area",
                "sector",
                "topic",
                "категория",
                "сфера",
                "направление",
                "тема",
                "санат",
                "бағыт",
            ],
            Target::Responsible => &[
                "responsible body",
                "agency",
                "ответственный",
                "ответственный орган",
                "исполнитель",
                "жауапты",
            ],
            Target::Deadline => &[
                "due",
                "due date",
                "target date",
                "срок",
                "срок исполнения",
                "крайний срок",
                "мерзім",
            ],
            Target::Status => &["rating", "статус", "состояние", "мәртебе", "күйі"],
            Target::StatusDate => &[
                "rated on",
                "last change",
                "updated",
                "assessed on",
                "дата статуса",
                "дата изменения",
                "дата оценки",
                "дата обновления",
                "обновлено",
                "мәртебе күні",
                "бағалау күні",
                "жаңартылған күні",
            ],
            Target::Importance => &["priority", "важность", "приоритет", "маңыздылығы"],
            Target::Concern => &["flag", "backsliding", "тревога", "откат", "алаңдаушылық"],
            Target::Tags => &["теги", "метки", "тегтер"],
            Target::EvidenceUrl => &[
                "evidence",
                "evidence url",
                "link",
                "url",
                "source url",
                "ссылка",
                "доказательство",
                "подтверждение",
                "сілтеме",
                "дәлел",
            ],
            Target::Note => &[
                "note",
                "comment",
                "comments",
                "примечание",
                "примечания",
                "заметки",
                "комментарий",
                "ескертпе",
            ],
            _ => &[],
        }
    }
}

/// A header name as compared: lower case, `_`/`-` as spaces, single spaces, no trailing `:`/`*`.
pub fn normalize(header: &str) -> String {
    let lowered = header.to_lowercase().replace(['_', '-'], " ");
    let words: Vec<&str> = lowered.split_whitespace().collect();
    words
        .join(" ")
        .trim_end_matches([':', '*', '.'])
        .trim()
        .to_owned()
}

/// The field a header name proposes, if any.
fn proposed(header: &str) -> Option<Target> {
    let name = normalize(header);
    if name.is_empty() {
        return None;
    }
    Target::ALL.into_iter().find(|t| {
        (*t != Target::Ignore && normalize(t.key()) == name) || t.names().contains(&name.as_str())
    })
}

/// One target per column, proposed from the header; a field goes to its first column only.
pub fn propose(header: &[String]) -> Vec<Target> {
    let mut taken = Vec::new();
    header
        .iter()
        .map(|h| match proposed(h) {
            Some(t) if t != Target::Ignore && !taken.contains(&t) => {
                taken.push(t);
                t
            }
            _ => Target::Ignore,
        })
        .collect()
}

/// Whether a column's first filled cells are web addresses: such a column is evidence, never
/// a source id (a URL taken for an id names no source document).
fn holds_urls(sheet: &Sheet, column: usize) -> bool {
    let cells: Vec<String> = sheet
        .rows
        .iter()
        .map(|r| r.cell(column).text())
        .filter(|t| !t.is_empty())
        .take(20)
        .collect();
    !cells.is_empty()
        && cells.iter().all(|t| {
            let t = t.to_lowercase();
            t.starts_with("http://") || t.starts_with("https://") || t.starts_with("www.")
        })
}

/// The proposal for a sheet: from the header, except that a column of web addresses
/// proposed as "Source document (id)" is proposed as the evidence link instead.
pub fn propose_sheet(sheet: &Sheet) -> Vec<Target> {
    let mut targets = propose(&sheet.header);
    for i in 0..targets.len() {
        if targets[i] == Target::Source && holds_urls(sheet, i) {
            targets[i] = if targets.contains(&Target::EvidenceUrl) {
                Target::Ignore
            } else {
                Target::EvidenceUrl
            };
        }
    }
    targets
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn english_russian_and_our_keys_are_recognised() {
        let h = header(&[
            "ID",
            "Статус",
            "status_date",
            "Обязательство",
            "Срок",
            "Whatever",
        ]);
        assert_eq!(
            propose(&h),
            [
                Target::Id,
                Target::Status,
                Target::StatusDate,
                Target::Title,
                Target::Deadline,
                Target::Ignore
            ]
        );
    }

    #[test]
    fn a_field_goes_to_its_first_column_only() {
        let h = header(&["Status", "status"]);
        assert_eq!(propose(&h), [Target::Status, Target::Ignore]);
    }

    #[test]
    fn a_source_column_of_web_addresses_is_proposed_as_evidence() {
        use crate::model::import::{Cell, Row};
        let sheet = Sheet {
            header: header(&["Код", "Источник"]),
            rows: vec![Row {
                number: 2,
                cells: vec![
                    Cell::Text("A".into()),
                    Cell::Text("https://adilet.zan.kz/rus/docs/K950001000_".into()),
                ],
            }],
            ..Sheet::default()
        };
        assert_eq!(propose_sheet(&sheet), [Target::Id, Target::EvidenceUrl]);
        let ids = Sheet {
            rows: vec![Row {
                number: 2,
                cells: vec![Cell::Text("A".into()), Cell::Text("address-2022".into())],
            }],
            ..sheet
        };
        assert_eq!(propose_sheet(&ids), [Target::Id, Target::Source]);
    }
}
