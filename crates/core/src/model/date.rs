//! Calendar dates that may be known only to the month or the year.
//!
//! Sources often say "July 2022"; recording that as 1 July would invent a day, so a date keeps
//! the precision its source gives. Stored as `"2022-07-15"`, `"2022-07"` or `"2022"`.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    year: i32,
    /// 0 when only the year is known.
    month: u8,
    /// 0 when only the year or month is known.
    day: u8,
}

impl Date {
    /// A full calendar date, if it exists.
    pub fn ymd(year: i32, month: u32, day: u32) -> Option<Self> {
        // Only years with a four-digit text form, so every date reads back as written.
        if !(1..=9999).contains(&year) {
            return None;
        }
        chrono::NaiveDate::from_ymd_opt(year, month, day)?;
        Some(Self {
            year,
            month: month as u8,
            day: day as u8,
        })
    }

    pub fn year_month(year: i32, month: u32) -> Option<Self> {
        ((1..=12).contains(&month) && (1..=9999).contains(&year)).then_some(Self {
            year,
            month: month as u8,
            day: 0,
        })
    }

    pub fn today() -> Self {
        use chrono::Datelike as _;
        let d = chrono::Local::now().date_naive();
        Self {
            year: d.year(),
            month: d.month() as u8,
            day: d.day() as u8,
        }
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> Option<u32> {
        (self.month != 0).then_some(u32::from(self.month))
    }

    pub fn day(self) -> Option<u32> {
        (self.day != 0).then_some(u32::from(self.day))
    }

    /// First day of the period this date names: used to place partial dates on a timeline.
    pub fn first_day(self) -> Self {
        Self {
            year: self.year,
            month: self.month.max(1),
            day: self.day.max(1),
        }
    }

    /// The last day of the period a date names: a deadline of "2024" or "2024-06" is met as long
    /// as the year or month has not ended, so it is only overdue after that.
    pub fn last_day(self) -> Date {
        let next = match (self.month(), self.day()) {
            (Some(_), Some(_)) => return self,
            (Some(12), None) | (None, _) => Date::year_month(self.year() + 1, 1),
            (Some(m), None) => Date::year_month(self.year(), m + 1),
        };
        match next {
            Some(n) => Date::from_day_number(n.day_number() - 1),
            // Only past year 9999, where the calendar type stops: keep the date as given.
            None => self.first_day(),
        }
    }

    /// The date as people read it: "1 Jul 2026", "Jul 2026" or "2026".
    pub fn readable(self) -> String {
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        let month = self
            .month()
            .and_then(|m| MONTHS.get(m as usize - 1))
            .copied();
        match (self.day(), month) {
            (Some(d), Some(m)) => format!("{d} {m} {}", self.year),
            (None, Some(m)) => format!("{m} {}", self.year),
            _ => self.year.to_string(),
        }
    }

    /// Whether the event this date names had surely happened by `other` (a partial date
    /// counts from the first day of its period).
    pub fn on_or_before(self, other: Date) -> bool {
        self.first_day() <= other.first_day()
    }

    /// Days since 1970-01-01 of the first day of the period, for charts.
    pub fn day_number(self) -> i64 {
        let f = self.first_day();
        chrono::NaiveDate::from_ymd_opt(f.year, u32::from(f.month), u32::from(f.day))
            .map(|d| {
                d.signed_duration_since(chrono::NaiveDate::default())
                    .num_days()
            })
            .unwrap_or(0)
    }

    pub fn from_day_number(days: i64) -> Self {
        use chrono::Datelike as _;
        let d = chrono::NaiveDate::default() + chrono::Duration::days(days);
        Self {
            year: d.year(),
            month: d.month() as u8,
            day: d.day() as u8,
        }
    }
}

impl From<Date> for crate::i18n::DateParts {
    fn from(d: Date) -> Self {
        Self {
            year: d.year(),
            month: d.month(),
            day: d.day(),
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.month, self.day) {
            (0, _) => write!(f, "{:04}", self.year),
            (m, 0) => write!(f, "{:04}-{:02}", self.year, m),
            (m, d) => write!(f, "{:04}-{:02}-{:02}", self.year, m, d),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError(pub String);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::t!("date-error", text = &self.0))
    }
}

impl std::error::Error for DateError {}

impl FromStr for Date {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || DateError(s.chars().take(40).collect());
        let t = s.trim();
        let mut parts = t.split('-');
        let num = |p: Option<&str>, len: usize| -> Result<Option<u32>, DateError> {
            match p {
                None => Ok(None),
                Some(p) if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) => {
                    p.parse().map(Some).map_err(|_| err())
                }
                Some(_) => Err(err()),
            }
        };
        let year = num(parts.next(), 4)?.ok_or_else(err)?;
        let month = num(parts.next(), 2)?;
        let day = num(parts.next(), 2)?;
        if parts.next().is_some() || year == 0 {
            return Err(err());
        }
        let year = year as i32;
        match (month, day) {
            (None, _) => Ok(Self {
                year,
                month: 0,
                day: 0,
            }),
            (Some(m), None) => Self::year_month(year, m).ok_or_else(err),
            (Some(m), Some(d)) => Self::ymd(year, m, d).ok_or_else(err),
        }
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision_and_prints_it_back() {
        for s in ["2022-03-16", "2022-07", "2023"] {
            assert_eq!(s.parse::<Date>().unwrap().to_string(), s);
        }
    }

    #[test]
    fn rejects_impossible_and_malformed_dates() {
        for s in [
            "2022-02-30",
            "2022-13",
            "22-03-16",
            "2022-3-16",
            "",
            "0000",
            "2022-03-16-1",
            "x",
        ] {
            assert!(s.parse::<Date>().is_err(), "{s} should be refused");
        }
    }

    #[test]
    fn partial_dates_count_from_the_start_of_their_period() {
        let july: Date = "2022-07".parse().unwrap();
        assert!(july.on_or_before("2022-07-01".parse().unwrap()));
        assert!(!july.on_or_before("2022-06-30".parse().unwrap()));
        assert!(july < "2022-07-02".parse().unwrap());
    }

    #[test]
    fn last_day_of_partial_dates() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        assert_eq!(d("2024").last_day(), d("2024-12-31"));
        assert_eq!(d("2024-02").last_day(), d("2024-02-29"));
        assert_eq!(d("2023-12").last_day(), d("2023-12-31"));
        assert_eq!(d("2023-05-17").last_day(), d("2023-05-17"));
    }

    #[test]
    fn readable_dates_keep_their_precision() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        assert_eq!(d("2026-07-01").readable(), "1 Jul 2026");
        assert_eq!(d("2026-12").readable(), "Dec 2026");
        assert_eq!(d("2026").readable(), "2026");
    }

    #[test]
    fn day_numbers_round_trip() {
        let d: Date = "2023-03-19".parse().unwrap();
        assert_eq!(Date::from_day_number(d.day_number()), d);
        assert_eq!("1970-01-02".parse::<Date>().unwrap().day_number(), 1);
    }
}
