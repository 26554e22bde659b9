//! Numbers and dates written the language's way.

use super::{Lang, language};

/// A date as far as it is known: a year, perhaps its month, perhaps its day. The words here
/// know nothing of the model; `model::Date` turns itself into this.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateParts {
    pub year: i32,
    /// 1 to 12.
    pub month: Option<u32>,
    pub day: Option<u32>,
}

/// A whole number with the language's digit grouping: "10,000" in English, "10 000" in
/// Russian and Kazakh (with a no-break space, so it never splits across lines).
pub fn number(n: i64) -> String {
    number_in(language(), n)
}

pub fn number_in(lang: Lang, n: i64) -> String {
    let sep = match lang {
        Lang::En => ",",
        Lang::Ru | Lang::Kk => "\u{a0}",
    };
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    if n < 0 {
        out.insert(0, '-');
    }
    out
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
/// Russian months in the genitive, as in "16 марта 2022 г.".
const MONTHS_RU_GENITIVE: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];
const MONTHS_RU: [&str; 12] = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
];
const MONTHS_KK: [&str; 12] = [
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
];

/// A date in words, keeping its precision: "16 March 2022", "March 2022", "2022" in English;
/// "16 марта 2022 г.", "март 2022 г."; "2022 жылғы 16 наурыз", "2022 жылғы наурыз".
pub fn date_long(d: impl Into<DateParts>) -> String {
    let DateParts {
        year: y,
        month: m,
        day,
    } = d.into();
    let month = |names: &[&'static str; 12]| m.and_then(|m| names.get(m as usize - 1)).copied();
    match language() {
        Lang::En => match (day, month(&MONTHS_EN)) {
            (Some(day), Some(mo)) => format!("{day} {mo} {y}"),
            (_, Some(mo)) => format!("{mo} {y}"),
            _ => y.to_string(),
        },
        Lang::Ru => match (day, month(&MONTHS_RU_GENITIVE), month(&MONTHS_RU)) {
            (Some(day), Some(mo), _) => format!("{day} {mo} {y} г."),
            (_, _, Some(mo)) => format!("{mo} {y} г."),
            _ => format!("{y} г."),
        },
        Lang::Kk => match (day, month(&MONTHS_KK)) {
            (Some(day), Some(mo)) => format!("{y} жылғы {day} {mo}"),
            (_, Some(mo)) => format!("{y} жылғы {mo}"),
            _ => format!("{y} жыл"),
        },
    }
}

/// Month and year only, e.g. for a chart's axis, in the language.
pub fn month_year(d: impl Into<DateParts>) -> String {
    let DateParts { year, month, .. } = d.into();
    date_long(DateParts {
        year,
        month,
        day: None,
    })
}
