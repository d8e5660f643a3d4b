//! Counting problems by status, semantic kind, category and unit: the numbers behind every chart and total.

use crate::load::ValidDataset;
use crate::model::StatusKind;

/// Problem counts over a set of problems.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    /// Number of problems counted.
    pub total: usize,
    /// Count per status, indexed like `dataset.statuses`.
    pub by_status: Vec<usize>,
    /// Count per semantic kind, indexed like [`StatusKind::ALL`].
    pub by_kind: [usize; StatusKind::ALL.len()],
    /// Count per category, indexed like `dataset.categories`.
    pub by_category: Vec<usize>,
    /// Count per unit, indexed like `dataset.units`.
    pub by_unit: Vec<usize>,
    /// Count per category and status: `category_status[category][status]`.
    pub category_status: Vec<Vec<usize>>,
    /// Count per unit and status: `unit_status[unit][status]`.
    pub unit_status: Vec<Vec<usize>>,
}

impl Tally {
    /// Counts the problems whose indices `problems` yields.
    pub fn of(data: &ValidDataset, problems: impl IntoIterator<Item = usize>) -> Self {
        Self::count(data, problems, true)
    }

    /// Like [`Tally::of`] without the per-unit counts (`by_unit` and `unit_status` stay empty): for counting one
    /// unit's problems, where a table over every unit would make a round of many units quadratic.
    pub fn of_one_unit(data: &ValidDataset, problems: impl IntoIterator<Item = usize>) -> Self {
        Self::count(data, problems, false)
    }

    fn count(data: &ValidDataset, problems: impl IntoIterator<Item = usize>, per_unit: bool) -> Self {
        let dataset = data.dataset();
        let units = if per_unit { dataset.units.len() } else { 0 };
        let statuses = dataset.statuses.len();
        let mut tally = Self {
            total: 0,
            by_status: vec![0; statuses],
            by_kind: [0; StatusKind::ALL.len()],
            by_category: vec![0; dataset.categories.len()],
            by_unit: vec![0; units],
            category_status: vec![vec![0; statuses]; dataset.categories.len()],
            unit_status: vec![vec![0; statuses]; units],
        };
        for p in problems {
            let (status, category) = (data.status_of(p), data.category_of(p));
            tally.total += 1;
            tally.by_status[status] += 1;
            tally.by_kind[kind_index(data.kind_of(p))] += 1;
            tally.by_category[category] += 1;
            tally.category_status[category][status] += 1;
            if per_unit {
                let unit = data.unit_of(p);
                tally.by_unit[unit] += 1;
                tally.unit_status[unit][status] += 1;
            }
        }
        tally
    }

    /// Counts every problem in the dataset.
    pub fn all(data: &ValidDataset) -> Self {
        Self::of(data, 0..data.problems().len())
    }

    /// Problems of one semantic kind.
    pub fn kind(&self, kind: StatusKind) -> usize {
        self.by_kind[kind_index(kind)]
    }

    /// Share of problems of one kind, in percent (0 when there are no problems).
    pub fn percent(&self, kind: StatusKind) -> f64 {
        percent(self.kind(kind), self.total)
    }
}

/// `part` of `whole` in percent; 0 when `whole` is 0.
pub fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 { 0.0 } else { part as f64 * 100.0 / whole as f64 }
}

fn kind_index(kind: StatusKind) -> usize {
    StatusKind::ALL.iter().position(|&k| k == kind).unwrap_or_default()
}
