//! Deadlines relative to two moments: the report's as-of date, and today.

use crate::date::Day;
use crate::model::{Dataset, Deadline, Problem, StatusKind};
use crate::valid::ValidDataset;

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
    deadlines_of(problem).any(|d| report_day.is_none_or(|day| d.due.last_day() >= day))
}

/// Every deadline of a problem, its sub-items' included.
pub fn deadlines_of(problem: &Problem) -> impl Iterator<Item = &Deadline> {
    problem.deadlines.iter().chain(problem.sub_items.iter().flat_map(|i| i.deadlines.iter()))
}

/// A deadline is overdue on `day` when its period has ended and the problem was not reported done: a promise
/// kept before the report is not overdue, whatever its date.
pub fn is_overdue(deadline: &Deadline, problem_kind: StatusKind, day: Day) -> bool {
    problem_kind != StatusKind::Done && deadline.due.last_day() < day
}

/// True when problem `p` has a deadline overdue on `day`.
pub fn has_overdue_deadline(data: &ValidDataset, p: usize, day: Day) -> bool {
    let kind = data.kind_of(p);
    deadlines_of(&data.problems()[p]).any(|d| is_overdue(d, kind, day))
}

/// One commitment on the deadline timeline.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimelineEntry<'a> {
    /// The problem it belongs to, by index.
    pub problem: usize,
    /// The commitment, as the dataset gives it.
    pub deadline: &'a Deadline,
}

/// The deadlines of `problems`, earliest first (report order among equal dates).
pub fn timeline(data: &ValidDataset, problems: impl IntoIterator<Item = usize>) -> Vec<TimelineEntry<'_>> {
    let mut entries: Vec<TimelineEntry> = problems
        .into_iter()
        .flat_map(|p| deadlines_of(&data.problems()[p]).map(move |deadline| TimelineEntry { problem: p, deadline }))
        .collect();
    // Each entry's last day is worked out once, not at every comparison (a round has over 100,000 deadlines).
    crate::order::sort_by_key(&mut entries, |e| {
        let (year, month, day) = e.deadline.due.last_day();
        (u64::from(year) << 48) | (u64::from(month) << 40) | (u64::from(day) << 32) | (e.problem as u64 & 0xFFFF_FFFF)
    });
    entries
}

/// Which `count` of a timeline (its entries' last days, earliest first) are nearest to `today`: from the first
/// one due today or later, moved back so that `count` are shown when few are ahead (all of them past: the latest
/// ones).
pub fn nearest(last_days: &[Day], today: Day, count: usize) -> std::ops::Range<usize> {
    let ahead = last_days.partition_point(|&day| day < today);
    let start = ahead.min(last_days.len().saturating_sub(count));
    start..last_days.len().min(start + count)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::DeadlineKind;

    /// Earliest first, by problem among equal days, in the order of `problems` for one problem's equal days: the
    /// order of a standard sort by (last day, problem).
    #[test]
    fn the_timeline_is_ordered_by_last_day_then_problem() {
        let options = crate::SynthOptions { units: 5, problems: 1500, seed: 7, ..crate::SynthOptions::default() };
        let data = match crate::load::validate(crate::synth(&options)) {
            Ok(loaded) => loaded.data,
            Err((_, errors)) => panic!("{errors:?}"),
        };
        // Problems in an order of their own, as a list sorted by status gives them.
        let problems: Vec<usize> = (0..data.problems().len()).rev().collect();
        let entries = timeline(&data, problems.iter().copied());
        assert!(entries.len() > 100, "{}", entries.len());
        let mut expected = entries.clone();
        expected.sort_by_key(|e| (e.deadline.due.last_day(), e.problem));
        assert_eq!(entries, expected);
    }

    #[test]
    fn the_nearest_deadlines_start_at_the_first_one_ahead() {
        let days = [(2023, 12, 31), (2024, 5, 31), (2024, 6, 30), (2025, 1, 31), (2026, 12, 31), (2027, 6, 30)];
        assert_eq!(nearest(&days, (2024, 6, 1), 3), 2..5, "from June 2024 on");
        assert_eq!(nearest(&days, (2024, 6, 30), 3), 2..5, "due today is ahead");
        assert_eq!(nearest(&days, (2026, 12, 5), 3), 3..6, "near the end: the last three");
        assert_eq!(nearest(&days, (2030, 1, 1), 3), 3..6, "all past: the latest three");
        assert_eq!(nearest(&days, (2000, 1, 1), 3), 0..3, "all ahead: the first three");
        assert_eq!(nearest(&days[..2], (2024, 6, 1), 3), 0..2, "fewer than asked: all");
        assert_eq!(nearest(&[], (2024, 6, 1), 3), 0..0);
    }

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

    #[test]
    fn only_a_past_deadline_of_an_unfinished_problem_is_overdue() {
        let may = due("2024-05");
        assert!(is_overdue(&may, StatusKind::InProgress, (2024, 6, 1)));
        assert!(is_overdue(&may, StatusKind::MostlyDone, (2024, 6, 1)), "mostly done is not done");
        assert!(!is_overdue(&may, StatusKind::InProgress, (2024, 5, 31)), "due on the last day of May");
        assert!(!is_overdue(&may, StatusKind::Done, (2030, 1, 1)), "a kept promise is never overdue");
    }
}
