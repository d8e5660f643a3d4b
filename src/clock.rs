//! The visitor's date: deadlines are "past" or "overdue" relative to it. Talks to the JS `Date` in the browser;
//! natively (a snapshot rendered by the CLI) it is the machine's date, in UTC.

use zhenggai_core::date::Day;

/// Today in the visitor's time zone, as `(year, month, day)`.
#[cfg(target_arch = "wasm32")]
pub fn today() -> Day {
    let now = js_sys::Date::new_0();
    let part = |value: u32| u8::try_from(value).unwrap_or(1);
    (u16::try_from(now.get_full_year()).unwrap_or(2000), part(now.get_month() + 1), part(now.get_date()))
}

/// Today in UTC, from the system clock: the date a snapshot is rendered on.
#[cfg(not(target_arch = "wasm32"))]
pub fn today() -> Day {
    let seconds = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    civil_from_days(i64::try_from(seconds / 86_400).unwrap_or(0))
}

/// The calendar date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`).
#[cfg(not(target_arch = "wasm32"))]
fn civil_from_days(days: i64) -> Day {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era = (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 { shifted_month + 3 } else { shifted_month - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (u16::try_from(year).unwrap_or(2000), u8::try_from(month).unwrap_or(1), u8::try_from(day).unwrap_or(1))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::civil_from_days;

    #[test]
    fn days_since_1970_become_calendar_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_783), (2024, 2, 29), "a leap day");
        assert_eq!(civil_from_days(20_792), (2026, 12, 5));
    }
}
