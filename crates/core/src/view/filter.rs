//! Applying a [`ViewState`] to a dataset: which problems match, in which order, and — when none does — which
//! filters are to blame.
//!
//! Category, status and unit tests are lookups in per-call boolean tables over the indices built at load time;
//! the search compares against the [`SearchIndex`], folded once, when first needed or a slice at a time before
//! (the widget folds it in short tasks after its first paint): folding a 100,000-problem round at once takes long
//! enough to delay the first chart, or to leave the page unresponsive for a good part of a second.

use std::sync::{Mutex, OnceLock, PoisonError};

use crate::analysis::deadline::{has_open_deadline, has_overdue_deadline, report_day};
use crate::date::Day;
use crate::order;
use crate::valid::ValidDataset;
use crate::view::search::{SearchIndex, normalize};
use crate::view::view_state::{SortKey, ViewState};

/// A filter that can narrow the list, for messages such as "no problem matches: remove the search".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FilterKind {
    /// Categories selected.
    Category,
    /// Statuses selected.
    Status,
    /// Units selected.
    Unit,
    /// Search text.
    Search,
    /// Only problems with a deadline still open.
    OpenDeadline,
    /// Only problems past a deadline and not done.
    Overdue,
}

/// A dataset with what filtering needs, built once per load.
#[derive(Debug)]
pub struct Filterable {
    data: ValidDataset,
    search: OnceLock<SearchIndex>,
    /// The haystacks folded so far by [`Filterable::prepare_search_slice`], in problem order, until the index is
    /// complete and moves into `search`.
    folded_so_far: Mutex<Vec<String>>,
    open_deadline: Vec<bool>,
    overdue: Vec<bool>,
}

/// A view state compiled against one dataset.
struct Compiled {
    categories: Option<Vec<bool>>,
    statuses: Option<Vec<bool>>,
    units: Option<Vec<bool>>,
    needle: String,
    open_deadline: bool,
    overdue: bool,
}

impl Filterable {
    /// Builds the search index and per-problem flags, with "overdue" meaning overdue on the report's own date
    /// (see [`Filterable::at`] for today).
    pub fn new(data: ValidDataset) -> Self {
        let day = report_day(data.dataset());
        Self::build(data, day)
    }

    /// Like [`Filterable::new`], with "overdue" meaning overdue on `today` (the core has no clock; the widget
    /// passes the visitor's date).
    pub fn at(data: ValidDataset, today: Day) -> Self {
        Self::build(data, Some(today))
    }

    fn build(data: ValidDataset, overdue_day: Option<Day>) -> Self {
        let day = report_day(data.dataset());
        let open_deadline = data.problems().iter().map(|p| has_open_deadline(p, day)).collect();
        let overdue = (0..data.problems().len())
            .map(|p| overdue_day.is_some_and(|day| has_overdue_deadline(&data, p, day)))
            .collect();
        Self { data, search: OnceLock::new(), folded_so_far: Mutex::new(Vec::new()), open_deadline, overdue }
    }

    /// The dataset.
    pub fn data(&self) -> &ValidDataset {
        &self.data
    }

    /// True when problem `p` has a deadline still open on the report's date.
    pub fn has_open_deadline(&self, p: usize) -> bool {
        self.open_deadline[p]
    }

    /// Builds the search index now if it is not built yet, so that the first search does not wait for it.
    pub fn prepare_search(&self) {
        self.search_index();
    }

    /// Folds the haystacks of up to `problems` more problems into the search index; true once it is complete.
    /// Calling this in short tasks builds the index without holding the page for the whole of it; a search made
    /// before it is complete folds the rest at once.
    pub fn prepare_search_slice(&self, problems: usize) -> bool {
        if self.search.get().is_some() {
            return true;
        }
        let total = self.data.problems().len();
        let mut folded = self.folded_so_far.lock().unwrap_or_else(PoisonError::into_inner);
        let end = total.min(folded.len().saturating_add(problems));
        self.fold_until(&mut folded, end);
        let complete = folded.len() == total;
        drop(folded);
        if complete {
            self.search_index();
        }
        complete
    }

    /// Appends the haystacks of the problems from `folded.len()` up to `end` (excluded).
    fn fold_until(&self, folded: &mut Vec<String>, end: usize) {
        let start = folded.len();
        folded.extend((start..end).map(|p| SearchIndex::haystack(&self.data, p)));
    }

    fn search_index(&self) -> &SearchIndex {
        self.search.get_or_init(|| {
            let mut folded = std::mem::take(&mut *self.folded_so_far.lock().unwrap_or_else(PoisonError::into_inner));
            self.fold_until(&mut folded, self.data.problems().len());
            SearchIndex::from_haystacks(folded)
        })
    }

    /// True when problem `p` has an overdue deadline (see [`crate::analysis::deadline::is_overdue`]).
    pub fn is_overdue(&self, p: usize) -> bool {
        self.overdue[p]
    }

    fn compile(&self, state: &ViewState) -> Compiled {
        let dataset = self.data.dataset();
        let table = |ids: &[String], all: Vec<&str>| -> Option<Vec<bool>> {
            (!ids.is_empty()).then(|| all.iter().map(|id| ids.iter().any(|s| s == id)).collect())
        };
        Compiled {
            categories: table(&state.categories, dataset.categories.iter().map(|c| c.id.as_str()).collect()),
            statuses: table(&state.statuses, dataset.statuses.iter().map(|s| s.id.as_str()).collect()),
            units: table(&state.units, dataset.units.iter().map(|u| u.id.as_str()).collect()),
            needle: normalize(&state.search),
            open_deadline: state.open_deadline,
            overdue: state.overdue,
        }
    }

    /// The problems that pass every filter of `compiled`, in dataset order: what [`Filterable::passes`] says for
    /// each, in one loop over plain columns (it runs over every problem at each filter change, and the widget's
    /// size-first build does not inline the per-problem calls).
    fn passing(&self, compiled: &Compiled) -> Vec<usize> {
        let (status_of, category_of, unit_of) = self.data.problem_columns();
        let search = (!compiled.needle.is_empty()).then(|| self.search_index());
        let (categories, statuses, units) = (
            compiled.categories.as_deref().unwrap_or_default(),
            compiled.statuses.as_deref().unwrap_or_default(),
            compiled.units.as_deref().unwrap_or_default(),
        );
        if categories.is_empty()
            && statuses.is_empty()
            && units.is_empty()
            && !compiled.open_deadline
            && !compiled.overdue
            && search.is_none()
        {
            return (0..status_of.len()).collect();
        }
        // An empty table is a filter that is off (a dataset has at least one category, status and unit).
        let mut found = Vec::new();
        for p in 0..status_of.len() {
            let excluded = (!categories.is_empty() && !categories[category_of[p]])
                || (!statuses.is_empty() && !statuses[status_of[p]])
                || (!units.is_empty() && !units[unit_of[p]])
                || (compiled.open_deadline && !self.open_deadline[p])
                || (compiled.overdue && !self.overdue[p])
                || search.is_some_and(|index| !index.matches(p, &compiled.needle));
            if !excluded {
                found.push(p);
            }
        }
        found
    }

    fn passes(&self, compiled: &Compiled, p: usize, skip: Option<FilterKind>) -> bool {
        let within = |table: &Option<Vec<bool>>, index: usize| table.as_ref().is_none_or(|t| t[index]);
        (skip == Some(FilterKind::Category) || within(&compiled.categories, self.data.category_of(p)))
            && (skip == Some(FilterKind::Status) || within(&compiled.statuses, self.data.status_of(p)))
            && (skip == Some(FilterKind::Unit) || within(&compiled.units, self.data.unit_of(p)))
            && (skip == Some(FilterKind::OpenDeadline) || !compiled.open_deadline || self.open_deadline[p])
            && (skip == Some(FilterKind::Overdue) || !compiled.overdue || self.overdue[p])
            && (skip == Some(FilterKind::Search)
                || compiled.needle.is_empty()
                || self.search_index().matches(p, &compiled.needle))
    }

    /// The indices of the problems that match `state`, in its sort order.
    pub fn matching(&self, state: &ViewState) -> Vec<usize> {
        let compiled = self.compile(state);
        let mut found = self.passing(&compiled);
        match state.sort {
            SortKey::Number => {}
            SortKey::Status => {
                let rank = self.status_rank();
                order::sort_by_key(&mut found, |&p| rank[self.data.status_of(p)] as u64);
            }
            SortKey::Category => order::sort_by_key(&mut found, |&p| self.data.category_of(p) as u64),
        }
        found
    }

    /// Position of each status in display order.
    fn status_rank(&self) -> Vec<usize> {
        let mut rank = vec![0; self.data.dataset().statuses.len()];
        for (position, &s) in self.data.statuses_in_order().iter().enumerate() {
            rank[s] = position;
        }
        rank
    }

    /// The active filters whose removal alone would let some problem through: what to name when nothing matches.
    pub fn blame(&self, state: &ViewState) -> Vec<FilterKind> {
        let compiled = self.compile(state);
        let active = [
            (FilterKind::Category, compiled.categories.is_some()),
            (FilterKind::Status, compiled.statuses.is_some()),
            (FilterKind::Unit, compiled.units.is_some()),
            (FilterKind::Search, !compiled.needle.is_empty()),
            (FilterKind::OpenDeadline, compiled.open_deadline),
            (FilterKind::Overdue, compiled.overdue),
        ];
        let problems = self.data.problems().len();
        active
            .into_iter()
            .filter(|&(kind, on)| on && (0..problems).any(|p| self.passes(&compiled, p, Some(kind))))
            .map(|(kind, _)| kind)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::synth::{SynthOptions, synth};

    /// The loop of [`Filterable::passing`] and the predicate [`Filterable::passes`] (which `blame` uses) say the
    /// same for every combination of filters.
    #[test]
    fn the_fast_loop_and_the_predicate_agree() {
        let dataset = synth(&SynthOptions { units: 7, problems: 600, seed: 3, ..SynthOptions::default() });
        let data = match crate::load::validate(dataset) {
            Ok(loaded) => loaded.data,
            Err((_, errors)) => panic!("{errors:?}"),
        };
        let filterable = Filterable::at(data, (2026, 11, 27));
        let dataset = filterable.data().dataset();
        let (status, category, unit) =
            (dataset.statuses[0].id.clone(), dataset.categories[1].id.clone(), dataset.units[2].id.clone());
        let word = dataset.problems[5].title.chars().take(2).collect::<String>();
        for bits in 0u32..64 {
            let on = |bit: u32| bits & (1 << bit) != 0;
            let state = ViewState {
                statuses: if on(0) { vec![status.clone()] } else { Vec::new() },
                categories: if on(1) { vec![category.clone()] } else { Vec::new() },
                units: if on(2) { vec![unit.clone()] } else { Vec::new() },
                search: if on(3) { word.clone() } else { String::new() },
                open_deadline: on(4),
                overdue: on(5),
                ..ViewState::default()
            };
            let compiled = filterable.compile(&state);
            let expected: Vec<usize> =
                (0..filterable.data().problems().len()).filter(|&p| filterable.passes(&compiled, p, None)).collect();
            assert_eq!(filterable.passing(&compiled), expected, "filters {bits:06b}");
        }
    }
}
