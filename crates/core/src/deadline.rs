//! Deadlines relative to two moments: the report's as-of date, and today.

use crate::date::Day;
use crate::model::{Dataset, Deadline, Problem};

/// The day a report speaks from: its as-of date, or else its publication date.
pub fn report_day(dataset: &Dataset) -> Option<Day> {
    dataset.report.as_of.or(dataset.report.published).map(|d| d.last_day())
}

/// Where a deadline stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeadlineState {
    /// Already past on the report's as-of date (`None` when the report has no date).
    pub past_at_report: Option<bool>,
    /// Already past today.
    pub past_today: bool,
}

/// A deadline is past once its whole period has ended: "2024-05" is past from 2024-06-01.
pub fn state(deadline: &Deadline, report_day: Option<Day>, today: Day) -> DeadlineState {
    let due = deadline.due.last_day();
    DeadlineState { past_at_report: report_day.map(|day| due < day), past_today: due < today }
}

/// True when the problem has a deadline not yet past on the report's date (any deadline when it has no date).
pub fn has_open_deadline(problem: &Problem, report_day: Option<Day>) -> bool {
    let deadlines = problem.deadlines.iter().chain(problem.sub_items.iter().flat_map(|i| i.deadlines.iter()));
    deadlines.into_iter().any(|d| report_day.is_none_or(|day| d.due.last_day() >= day))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::DeadlineKind;

    fn due(date: &str) -> Deadline {
        Deadline { due: date.parse().unwrap(), kind: DeadlineKind::By, promise: String::new(), text: String::new() }
    }

    #[test]
    fn a_month_deadline_is_past_only_after_its_last_day() {
        let may = due("2024-05");
        assert!(!state(&may, Some((2024, 5, 31)), (2024, 5, 31)).past_today, "the last day itself is not past");
        assert_eq!(
            state(&may, Some((2023, 11, 30)), (2024, 6, 1)),
            DeadlineState { past_at_report: Some(false), past_today: true }
        );
        assert_eq!(state(&may, None, (2020, 1, 1)).past_at_report, None);
    }
}
