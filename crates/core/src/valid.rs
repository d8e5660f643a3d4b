//! [`ValidDataset`]: a dataset whose references all resolve, with its lookup indices — what loading produces
//! (`load.rs`) and everything downstream (counting, filtering, rendering) reads. In a module of its own so that
//! the audit and the counts, which loading runs, depend on it and not on loading.

use std::sync::Arc;

use crate::load::finding::Finding;
use crate::model::{Dataset, Problem, Status, StatusKind};

/// A dataset whose references all resolve, with its lookup indices. Cloning it is cheap: the dataset itself is
/// shared, never copied (a round of 100,000 problems holds 60 MB of text).
#[derive(Debug, Clone)]
pub struct ValidDataset {
    dataset: Arc<Dataset>,
    problem_unit: Vec<usize>,
    problem_category: Vec<usize>,
    problem_status: Vec<usize>,
    statuses_in_order: Vec<usize>,
}

/// A successful load: the dataset and what deserves a look.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The validated dataset.
    pub data: ValidDataset,
    /// Non-fatal findings: declared counts that disagree, odd deadlines, a byte-order mark.
    pub warnings: Vec<Finding>,
}

impl ValidDataset {
    /// Wraps a dataset whose references loading has resolved into these indices (one entry per problem, and the
    /// statuses in display order).
    pub(crate) fn from_parts(
        dataset: Dataset,
        problem_unit: Vec<usize>,
        problem_category: Vec<usize>,
        problem_status: Vec<usize>,
        statuses_in_order: Vec<usize>,
    ) -> Self {
        Self { dataset: Arc::new(dataset), problem_unit, problem_category, problem_status, statuses_in_order }
    }

    /// The dataset as written.
    pub fn dataset(&self) -> &Dataset {
        &self.dataset
    }

    /// The problems, in dataset order.
    pub fn problems(&self) -> &[Problem] {
        &self.dataset.problems
    }

    /// Index into `units` of problem `p`.
    pub fn unit_of(&self, p: usize) -> usize {
        self.problem_unit[p]
    }

    /// Index into `categories` of problem `p`.
    pub fn category_of(&self, p: usize) -> usize {
        self.problem_category[p]
    }

    /// Index into `statuses` of problem `p`.
    pub fn status_of(&self, p: usize) -> usize {
        self.problem_status[p]
    }

    /// Every problem's status, category and unit index, as three columns: for the loops that visit every
    /// problem at each filter change (matching, counting), which run faster over plain slices.
    pub(crate) fn problem_columns(&self) -> (&[usize], &[usize], &[usize]) {
        (&self.problem_status, &self.problem_category, &self.problem_unit)
    }

    /// The status record of problem `p`.
    pub fn status(&self, p: usize) -> &Status {
        &self.dataset.statuses[self.problem_status[p]]
    }

    /// The semantic kind of problem `p`'s status.
    pub fn kind_of(&self, p: usize) -> StatusKind {
        self.status(p).kind
    }

    /// Indices into `statuses`, sorted by their `order` (ties keep dataset order).
    pub fn statuses_in_order(&self) -> &[usize] {
        &self.statuses_in_order
    }

    /// Whether the round's units word their statuses differently: several units, and a kind with more than one
    /// status (a round merged from reports with their own words, `zhenggai merge`). Such a round is counted by kind
    /// in its status chart, while each problem keeps its unit's words. One report's own two statuses of a kind
    /// ("长期整改 I" and "长期整改 II") are not this.
    pub fn words_statuses_per_unit(&self) -> bool {
        let statuses = &self.dataset().statuses;
        self.dataset().units.len() > 1
            && statuses.iter().enumerate().any(|(i, s)| statuses[..i].iter().any(|t| t.kind == s.kind))
    }

    /// Takes the dataset back, e.g. to serialise it again.
    pub fn into_dataset(self) -> Dataset {
        Arc::unwrap_or_clone(self.dataset)
    }
}
