//! The visitor's date: deadlines are "past" or "overdue" relative to it. Talks to the JS `Date`.

use zhenggai_core::date::Day;

/// Today in the visitor's time zone, as `(year, month, day)`.
pub fn today() -> Day {
    let now = js_sys::Date::new_0();
    let part = |value: u32| u8::try_from(value).unwrap_or(1);
    (u16::try_from(now.get_full_year()).unwrap_or(2000), part(now.get_month() + 1), part(now.get_date()))
}
