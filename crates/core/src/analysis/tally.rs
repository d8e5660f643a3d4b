//! Counting problems by status, semantic kind, category and unit: the numbers behind every chart and total.

use crate::model::StatusKind;
use crate::valid::ValidDataset;

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
        let (status_of, category_of, unit_of) = data.problem_columns();
        let units = if per_unit { dataset.units.len() } else { 0 };
        let statuses = dataset.statuses.len();
        // The loop visits up to 100,000 problems at each filter change: it only fills the two tables by status
        // (flat, row by row), and every other count is summed from them afterwards.
        let mut category_status = vec![0; dataset.categories.len() * statuses];
        let mut unit_status = vec![0; units * statuses];
        let mut total = 0;
        for p in problems {
            let status = status_of[p];
            category_status[category_of[p] * statuses + status] += 1;
            if per_unit {
                unit_status[unit_of[p] * statuses + status] += 1;
            }
            total += 1;
        }
        Self::from_tables(data, total, &category_status, &unit_status, units)
    }

    /// The counts, from the tables by category and status and by unit and status (flat, row by row). Apart from
    /// the loop above, which is compiled once per kind of iterator it is given, so that this part is not.
    fn from_tables(
        data: &ValidDataset,
        total: usize,
        category_status: &[usize],
        unit_status: &[usize],
        units: usize,
    ) -> Self {
        let dataset = data.dataset();
        let statuses = dataset.statuses.len();
        let rows =
            |flat: &[usize]| -> Vec<Vec<usize>> { flat.chunks(statuses.max(1)).map(<[usize]>::to_vec).collect() };
        let category_status =
            if statuses == 0 { vec![Vec::new(); dataset.categories.len()] } else { rows(category_status) };
        let unit_status = if statuses == 0 { vec![Vec::new(); units] } else { rows(unit_status) };
        let mut by_status = vec![0; statuses];
        for row in &category_status {
            for (status, count) in row.iter().enumerate() {
                by_status[status] += count;
            }
        }
        let mut by_kind = [0; StatusKind::ALL.len()];
        for (status, count) in by_status.iter().enumerate() {
            by_kind[dataset.statuses[status].kind.index()] += count;
        }
        Self {
            total,
            by_kind,
            by_category: category_status.iter().map(|row| row.iter().sum()).collect(),
            by_unit: unit_status.iter().map(|row| row.iter().sum()).collect(),
            by_status,
            category_status,
            unit_status,
        }
    }

    /// Counts every problem in the dataset.
    pub fn all(data: &ValidDataset) -> Self {
        Self::of(data, 0..data.problems().len())
    }

    /// For a summary-only dataset (no problem listed, see docs/dataset.md): the counts the report declares, by
    /// status, as if they had been counted; `total` is the declared number of problems, or the sum by status when
    /// the report gives none. `None` when problems are listed or nothing is declared by status or in all.
    pub fn declared(data: &ValidDataset) -> Option<Self> {
        let dataset = data.dataset();
        let declared = &dataset.declared;
        if !data.problems().is_empty() || (declared.by_status.is_empty() && declared.problems.is_none()) {
            return None;
        }
        let statuses = dataset.statuses.len();
        // One row, as if every declared problem were in one category, so that the sums come out as for counting.
        let mut row = vec![0; statuses];
        for count in &declared.by_status {
            if let Some(s) = dataset.statuses.iter().position(|s| s.id == count.status) {
                row[s] += count.count as usize;
            }
        }
        let by_status_sum: usize = row.iter().sum();
        let total = declared.problems.map_or(by_status_sum, |n| n as usize);
        let mut tally = Self::from_tables(data, total, &row, &[], 0);
        tally.by_category = vec![0; dataset.categories.len()];
        tally.category_status = vec![vec![0; statuses]; dataset.categories.len()];
        Some(tally)
    }

    /// Problems of one semantic kind.
    pub fn kind(&self, kind: StatusKind) -> usize {
        self.by_kind[kind.index()]
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

#[cfg(test)]
mod declared_tests {
    use super::*;

    #[test]
    fn a_summary_only_report_is_counted_from_its_declared_figures() {
        let report = crate::import_text(
            "关于第二轮巡察整改进展情况的通报\n截至目前，巡察反馈的697个问题，完成整改688个，基本完成取得阶段性成果并持续整改问题4个，未完成5个，总体完成率98.71%。\n2023年1月29日",
        );
        let data = crate::load_str(&serde_json::to_string(&report.dataset).unwrap_or_default()).map(|l| l.data);
        let Ok(data) = data else { panic!("the imported dataset does not load") };
        let Some(tally) = Tally::declared(&data) else { panic!("no declared tally") };
        assert_eq!(tally.total, 697);
        assert_eq!(tally.kind(StatusKind::Done), 688);
        assert_eq!(tally.kind(StatusKind::MostlyDone), 4);
        assert_eq!(tally.kind(StatusKind::NotDone), 5);
        assert_eq!(tally.by_status.iter().sum::<usize>(), 697);
        assert!(
            Tally::declared(
                &crate::load_str(include_str!("../../../../data/shaoyang-jingkaiqu-2023-12-22.json"))
                    .map(|l| l.data)
                    .unwrap_or_else(|_| panic!("reference"))
            )
            .is_none()
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::synth::{SynthOptions, synth};

    /// The counts summed from the two tables equal a plain count of each problem, for every part of a round
    /// (three status vocabularies, one with four statuses), over all problems and over a subset.
    #[test]
    fn every_count_equals_a_plain_count_problem_by_problem() {
        for vocabulary in 1..=3 {
            let options = SynthOptions {
                units: 9,
                problems: 700,
                seed: 11,
                vocabulary: Some(vocabulary),
                ..SynthOptions::default()
            };
            let data = match crate::load::validate(synth(&options)) {
                Ok(loaded) => loaded.data,
                Err((_, errors)) => panic!("{errors:?}"),
            };
            let dataset = data.dataset();
            let subset: Vec<usize> = (0..data.problems().len()).filter(|p| p % 3 != 1).collect();
            for problems in [(0..data.problems().len()).collect::<Vec<_>>(), subset] {
                let tally = Tally::of(&data, problems.iter().copied());
                let statuses = dataset.statuses.len();
                let mut expected = Tally {
                    total: problems.len(),
                    by_status: vec![0; statuses],
                    by_kind: [0; StatusKind::ALL.len()],
                    by_category: vec![0; dataset.categories.len()],
                    by_unit: vec![0; dataset.units.len()],
                    category_status: vec![vec![0; statuses]; dataset.categories.len()],
                    unit_status: vec![vec![0; statuses]; dataset.units.len()],
                };
                for &p in &problems {
                    let (status, category, unit) = (data.status_of(p), data.category_of(p), data.unit_of(p));
                    expected.by_status[status] += 1;
                    expected.by_kind[data.kind_of(p).index()] += 1;
                    expected.by_category[category] += 1;
                    expected.by_unit[unit] += 1;
                    expected.category_status[category][status] += 1;
                    expected.unit_status[unit][status] += 1;
                }
                assert_eq!(tally, expected, "vocabulary {vocabulary}, {} problems", problems.len());
                let one_unit = Tally::of_one_unit(&data, problems.iter().copied());
                assert_eq!((one_unit.by_status, one_unit.by_unit.len()), (expected.by_status, 0));
            }
        }
    }
}
