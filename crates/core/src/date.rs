//! Dates as reports give them: a day, a month ("2024年5月底前") or a year.
//!
//! A [`PartialDate`] is written `YYYY`, `YYYY-MM` or `YYYY-MM-DD` in JSON. Comparisons use the first or last day
//! of the period, so "due 2024-05" is overdue only after 2024-05-31.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Unexpected};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A calendar day as `(year, month, day)`, ordered chronologically.
pub type Day = (u16, u8, u8);

/// A year, a month or a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PartialDate {
    year: u16,
    month: Option<u8>,
    day: Option<u8>,
}

/// Why a date string was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError(String);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` is not a date written YYYY, YYYY-MM or YYYY-MM-DD", self.0)
    }
}

impl std::error::Error for DateError {}

impl PartialDate {
    /// A whole year.
    pub fn year(year: u16) -> Self {
        Self { year, month: None, day: None }
    }

    /// A whole month, or `None` if the month is out of range.
    pub fn month(year: u16, month: u8) -> Option<Self> {
        (1..=12).contains(&month).then_some(Self { year, month: Some(month), day: None })
    }

    /// One day, or `None` if it does not exist.
    pub fn day(year: u16, month: u8, day: u8) -> Option<Self> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(Self {
            year,
            month: Some(month),
            day: Some(day),
        })
    }

    /// The year part.
    pub fn year_part(self) -> u16 {
        self.year
    }

    /// The first day of the period.
    pub fn first_day(self) -> Day {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day of the period: a month ends on its last day, a year on 31 December.
    pub fn last_day(self) -> Day {
        let month = self.month.unwrap_or(12);
        (self.year, month, self.day.unwrap_or_else(|| days_in_month(self.year, month)))
    }

    /// Formats the date the way Chinese reports print it: 2023年7月19日, 2024年5月, 2024年.
    pub fn to_chinese(self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{}年{}月{}日", self.year, m, d),
            (Some(m), None) => format!("{}年{}月", self.year, m),
            _ => format!("{}年", self.year),
        }
    }
}

fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 31,
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl FromStr for PartialDate {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || DateError(s.chars().take(40).collect());
        let mut parts = s.split('-');
        let digits = |part: Option<&str>, len: usize| -> Result<Option<u16>, DateError> {
            match part {
                None => Ok(None),
                Some(p) if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) => {
                    p.parse().map(Some).map_err(|_| err())
                }
                Some(_) => Err(err()),
            }
        };
        let year = digits(parts.next(), 4)?.ok_or_else(err)?;
        let month = digits(parts.next(), 2)?;
        let day = digits(parts.next(), 2)?;
        if parts.next().is_some() || year == 0 {
            return Err(err());
        }
        let narrow = |n: u16| u8::try_from(n).map_err(|_| err());
        match (month, day) {
            (None, _) => Ok(Self::year(year)),
            (Some(m), None) => Self::month(year, narrow(m)?).ok_or_else(err),
            (Some(m), Some(d)) => Self::day(year, narrow(m)?, narrow(d)?).ok_or_else(err),
        }
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = Cow::<str>::deserialize(deserializer)?;
        text.parse().map_err(|_| {
            de::Error::invalid_value(Unexpected::Str(&text), &"a date written YYYY, YYYY-MM or YYYY-MM-DD")
        })
    }
}

impl JsonSchema for PartialDate {
    fn schema_name() -> Cow<'static, str> {
        "PartialDate".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A day, month or year: YYYY-MM-DD, YYYY-MM or YYYY. A month or year stands for its whole period.",
            "type": "string",
            "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"
        })
    }
}

/// A period from one date to another, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DateRange {
    /// The first day (or month) of the period.
    pub start: PartialDate,
    /// The last day (or month) of the period.
    pub end: PartialDate,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> PartialDate {
        s.parse().unwrap_or_else(|e| panic!("{s} should parse: {e}"))
    }

    #[test]
    fn parses_and_prints_the_three_precisions() {
        for s in ["2023", "2024-05", "2023-07-19"] {
            assert_eq!(parse(s).to_string(), s);
        }
    }

    #[test]
    fn refuses_impossible_or_malformed_dates() {
        for s in ["", "23", "2023-13", "2023-02-29", "2023-7-19", "2023-07-19-01", "２０２３", "2023/07", "0000"] {
            assert!(s.parse::<PartialDate>().is_err(), "{s:?} should be refused");
        }
        assert!("2024-02-29".parse::<PartialDate>().is_ok(), "2024 is a leap year");
    }

    #[test]
    fn a_month_runs_from_its_first_to_its_last_day() {
        let may = parse("2024-05");
        assert_eq!(may.first_day(), (2024, 5, 1));
        assert_eq!(may.last_day(), (2024, 5, 31));
        assert_eq!(parse("2023").last_day(), (2023, 12, 31));
        assert_eq!(parse("2023-02").last_day(), (2023, 2, 28));
    }

    #[test]
    fn prints_chinese_dates() {
        assert_eq!(parse("2023-07-19").to_chinese(), "2023年7月19日");
        assert_eq!(parse("2024-05").to_chinese(), "2024年5月");
    }
}
