//! Progress over time: two reports on the same round or unit at different dates, matched problem by problem,
//! and how their statuses moved.
//!
//! Problems are matched by id; those left over, by unit and number (a later report may renumber ids but keeps
//! "问题 3 of 某局"). Statuses are compared by [`StatusKind`], since two reports may word them differently
//! (完成 and 已完成整改 are the same kind).

use std::collections::HashMap;

use crate::analysis::deadline::report_day;
use crate::model::StatusKind;
use crate::valid::ValidDataset;

/// One matched problem whose status kind changed.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// The problem in the earlier report, by index.
    pub earlier: usize,
    /// The problem in the later report, by index.
    pub later: usize,
    /// Its kind in the earlier report.
    pub from: StatusKind,
    /// Its kind in the later report.
    pub to: StatusKind,
}

impl Change {
    /// True when the problem moved towards done.
    pub fn forward(&self) -> bool {
        rank(self.to) < rank(self.from)
    }
}

/// Two reports compared.
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    /// Matched problems `(earlier, later)`, in the later report's order.
    pub matched: Vec<(usize, usize)>,
    /// How many of them were matched by unit and number rather than by id.
    pub matched_by_number: usize,
    /// Problems only in the earlier report.
    pub only_earlier: Vec<usize>,
    /// Problems only in the later report.
    pub only_later: Vec<usize>,
    /// Problems per kind in the earlier report (all problems, matched or not), indexed like [`StatusKind::ALL`].
    pub earlier_by_kind: [usize; StatusKind::ALL.len()],
    /// Problems per kind in the later report, likewise.
    pub later_by_kind: [usize; StatusKind::ALL.len()],
    /// `transitions[from][to]`: matched problems per pair of kinds, indexed like [`StatusKind::ALL`].
    pub transitions: [[usize; StatusKind::ALL.len()]; StatusKind::ALL.len()],
    /// The matched problems whose kind changed, in the later report's order.
    pub changes: Vec<Change>,
}

/// Position of a kind in [`StatusKind::ALL`] (most finished first): [`StatusKind::index`].
pub fn rank(kind: StatusKind) -> usize {
    kind.index()
}

/// True when `a` speaks from a later date than `b` (by as-of, else publication date); false when either is
/// undated, so that callers keep the order they were given.
pub fn is_later(a: &ValidDataset, b: &ValidDataset) -> bool {
    match (report_day(a.dataset()), report_day(b.dataset())) {
        (Some(a), Some(b)) => a > b,
        _ => false,
    }
}

/// Compares an earlier report with a later one.
pub fn compare(earlier: &ValidDataset, later: &ValidDataset) -> Progress {
    let key = |data: &ValidDataset, p: usize| {
        let dataset = data.dataset();
        (dataset.units[data.unit_of(p)].id.clone(), data.problems()[p].number.clone())
    };
    let by_id: HashMap<&str, usize> =
        earlier.problems().iter().enumerate().map(|(p, problem)| (problem.id.as_str(), p)).collect();
    let by_number: HashMap<(String, String), usize> =
        (0..earlier.problems().len()).map(|p| (key(earlier, p), p)).collect();
    let mut taken = vec![false; earlier.problems().len()];
    let mut found: Vec<Option<usize>> = vec![None; later.problems().len()];
    // Ids first, everywhere; numbers only for what ids left over, so a renumbered id cannot steal another match.
    for (l, problem) in later.problems().iter().enumerate() {
        if let Some(&e) = by_id.get(problem.id.as_str()) {
            taken[e] = true;
            found[l] = Some(e);
        }
    }
    let mut matched_by_number = 0;
    for (l, slot) in found.iter_mut().enumerate() {
        if slot.is_none()
            && let Some(&e) = by_number.get(&key(later, l))
            && !taken[e]
        {
            taken[e] = true;
            *slot = Some(e);
            matched_by_number += 1;
        }
    }

    let mut progress = Progress {
        matched: Vec::new(),
        matched_by_number,
        only_earlier: (0..taken.len()).filter(|&e| !taken[e]).collect(),
        only_later: Vec::new(),
        earlier_by_kind: [0; StatusKind::ALL.len()],
        later_by_kind: [0; StatusKind::ALL.len()],
        transitions: [[0; StatusKind::ALL.len()]; StatusKind::ALL.len()],
        changes: Vec::new(),
    };
    for p in 0..earlier.problems().len() {
        progress.earlier_by_kind[rank(earlier.kind_of(p))] += 1;
    }
    for (l, slot) in found.into_iter().enumerate() {
        let to = later.kind_of(l);
        progress.later_by_kind[rank(to)] += 1;
        let Some(e) = slot else {
            progress.only_later.push(l);
            continue;
        };
        let from = earlier.kind_of(e);
        progress.matched.push((e, l));
        progress.transitions[rank(from)][rank(to)] += 1;
        if from != to {
            progress.changes.push(Change { earlier: e, later: l, from, to });
        }
    }
    progress
}
