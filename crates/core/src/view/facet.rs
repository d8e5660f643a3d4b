//! The facets a visitor selects in — statuses, categories, units — and the cross-filter rules of the dashboard:
//!
//! - each chart owns one facet; clicking a bar toggles that bar's ids in it ([`ViewState::toggle_ids`]);
//! - a chart counts with every filter but its own facet ([`Filterable::matching_except`]), so that its own
//!   selection emphasises bars instead of emptying the others: the convention of cross-filtering dashboards
//!   (crossfilter, dc.js, Tableau's highlight actions); the other charts, the cards and the list follow it;
//! - the active filters as chips, each removable on its own ([`chips`], [`ViewState::remove`]).

use crate::valid::ValidDataset;
use crate::view::filter::Filterable;
use crate::view::view_state::ViewState;

/// A list of ids a visitor selects in: a chart's bars, a group of filter buttons, a chip.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Facet {
    /// The statuses (状态).
    Status,
    /// The categories (方面).
    Category,
    /// The units of a round.
    Unit,
}

impl Facet {
    /// Every facet, in the order chips list them.
    pub const ALL: [Facet; 3] = [Facet::Category, Facet::Status, Facet::Unit];

    /// The ids selected in this facet (empty: no filter), kept sorted.
    pub fn selection(self, state: &ViewState) -> &[String] {
        match self {
            Self::Status => &state.statuses,
            Self::Category => &state.categories,
            Self::Unit => &state.units,
        }
    }

    fn selection_mut(self, state: &mut ViewState) -> &mut Vec<String> {
        match self {
            Self::Status => &mut state.statuses,
            Self::Category => &mut state.categories,
            Self::Unit => &mut state.units,
        }
    }

    /// Every `(id, name)` of this facet in `data`, in dataset order.
    pub fn names(self, data: &ValidDataset) -> Vec<(&str, &str)> {
        let dataset = data.dataset();
        match self {
            Self::Status => dataset.statuses.iter().map(|s| (s.id.as_str(), s.label.as_str())).collect(),
            Self::Category => dataset.categories.iter().map(|c| (c.id.as_str(), c.title.as_str())).collect(),
            Self::Unit => dataset.units.iter().map(|u| (u.id.as_str(), u.name.as_str())).collect(),
        }
    }
}

impl ViewState {
    /// True when every one of `ids` is selected in `facet` (and there is at least one): a bar standing for all
    /// statuses of a kind is selected only when all of them are.
    pub fn has_all(&self, facet: Facet, ids: &[&str]) -> bool {
        let selection = facet.selection(self);
        !ids.is_empty() && ids.iter().all(|id| selection.iter().any(|selected| selected == id))
    }

    /// Toggles a bar's ids in `facet`: all off when all are on, otherwise the missing ones on.
    pub fn toggle_ids(&mut self, facet: Facet, ids: &[&str]) {
        let all_on = self.has_all(facet, ids);
        for id in ids {
            let on = facet.selection(self).iter().any(|selected| selected == id);
            if on == all_on {
                ViewState::toggle(facet.selection_mut(self), id);
            }
        }
    }

    /// The state with `facet`'s selection emptied: what the chart owning `facet` counts with.
    pub fn without(&self, facet: Facet) -> ViewState {
        let mut state = self.clone();
        facet.selection_mut(&mut state).clear();
        state
    }

    /// The selections of every facet alone, everything else at its default: what a chart's emphasis reads.
    pub fn selections(&self) -> ViewState {
        let mut selections = ViewState::default();
        for facet in Facet::ALL {
            facet.selection(self).clone_into(facet.selection_mut(&mut selections));
        }
        selections
    }

    /// How many filters are active: the chips [`chips`] would make, counted without naming them.
    pub fn active_filters(&self) -> usize {
        let selected: usize = Facet::ALL.iter().map(|facet| facet.selection(self).len()).sum();
        selected
            + usize::from(!self.search.trim().is_empty())
            + usize::from(self.open_deadline)
            + usize::from(self.overdue)
    }

    /// Empties every filter and the search, keeping the sort and the open problem.
    pub fn clear_filters(&mut self) {
        for facet in Facet::ALL {
            facet.selection_mut(self).clear();
        }
        self.search.clear();
        self.open_deadline = false;
        self.overdue = false;
    }

    /// Takes `chip`'s filter off the state.
    pub fn remove(&mut self, chip: &Chip) {
        match chip {
            Chip::Selected { facet, id, .. } => facet.selection_mut(self).retain(|selected| selected != id),
            Chip::Search(_) => self.search.clear(),
            Chip::OpenDeadline => self.open_deadline = false,
            Chip::Overdue => self.overdue = false,
        }
    }
}

/// One active filter, as the bar of active filters names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Chip {
    /// An id selected in a facet, with the dataset's name for it (the id itself when the dataset has none).
    Selected {
        /// The facet it was selected in.
        facet: Facet,
        /// The id selected.
        id: String,
        /// What the chip shows.
        name: String,
    },
    /// The search text.
    Search(String),
    /// Only problems with an open deadline.
    OpenDeadline,
    /// Only problems with an overdue deadline.
    Overdue,
}

/// The active filters of `state`: categories, statuses, units (in the order selected ids are kept), then the
/// search and the switches.
pub fn chips(data: &ValidDataset, state: &ViewState) -> Vec<Chip> {
    let mut chips = Vec::new();
    for facet in Facet::ALL {
        let names = facet.names(data);
        for id in facet.selection(state) {
            let name = names.iter().find(|(candidate, _)| candidate == id).map_or(id.as_str(), |&(_, name)| name);
            chips.push(Chip::Selected { facet, id: id.clone(), name: name.to_owned() });
        }
    }
    if !state.search.trim().is_empty() {
        chips.push(Chip::Search(state.search.clone()));
    }
    if state.open_deadline {
        chips.push(Chip::OpenDeadline);
    }
    if state.overdue {
        chips.push(Chip::Overdue);
    }
    chips
}

impl Filterable {
    /// The problems a chart owning `facet` counts: those matching every filter of `state` but `facet`'s. `None`
    /// when nothing is selected in `facet`, for then they are the list's own ([`Filterable::matching`]) and need
    /// no second pass.
    pub fn matching_except(&self, state: &ViewState, facet: Facet) -> Option<Vec<usize>> {
        (!facet.selection(state).is_empty()).then(|| self.matching(&state.without(facet)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::tally::Tally;

    #[test]
    fn the_selections_alone_are_every_facet_s_list_and_nothing_else() {
        let state = crate::view::view_state::ViewState {
            statuses: vec!["s1".into()],
            categories: vec!["c1".into(), "c2".into()],
            units: vec!["u1".into()],
            search: "安置".into(),
            overdue: true,
            ..Default::default()
        };
        let selections = state.selections();
        assert_eq!(
            (selections.statuses, selections.categories, selections.units),
            (state.statuses, state.categories, state.units)
        );
        assert!(selections.search.is_empty() && !selections.overdue);
    }

    #[test]
    fn the_active_filters_are_as_many_as_the_chips() {
        let filterable = reference();
        let mut state = ViewState::default();
        assert_eq!(state.active_filters(), 0);
        state.statuses = vec!["jiben-wancheng".into(), "unknown-id".into()];
        state.categories = vec!["c1".into()];
        state.search = " 安置 ".into();
        state.overdue = true;
        assert_eq!(state.active_filters(), chips(filterable.data(), &state).len());
        assert_eq!(state.active_filters(), 5);
        state.search = "  ".into();
        assert_eq!(state.active_filters(), chips(filterable.data(), &state).len());
    }

    fn reference() -> Filterable {
        let text = include_str!("../../../../data/shaoyang-jingkaiqu-2023-12-22.json");
        match crate::load_str(text) {
            Ok(loaded) => Filterable::new(loaded.data),
            Err(errors) => panic!("{errors:?}"),
        }
    }

    fn ids(list: &[String]) -> Vec<&str> {
        list.iter().map(String::as_str).collect()
    }

    #[test]
    fn a_bar_of_several_ids_turns_all_on_then_all_off() {
        let mut state = ViewState { statuses: vec!["b".into()], ..ViewState::default() };
        state.toggle_ids(Facet::Status, &["a", "b"]);
        assert_eq!(ids(&state.statuses), ["a", "b"], "the missing one is added, the present one kept");
        assert!(state.has_all(Facet::Status, &["a", "b"]));
        state.toggle_ids(Facet::Status, &["a", "b"]);
        assert!(state.statuses.is_empty(), "both off");
        assert!(!state.has_all(Facet::Status, &[]), "no ids is never selected");
    }

    #[test]
    fn toggling_one_facet_leaves_the_others_alone() {
        let mut state = ViewState { categories: vec!["c1".into()], units: vec!["u".into()], ..ViewState::default() };
        state.toggle_ids(Facet::Status, &["s2"]);
        assert_eq!(
            (ids(&state.categories), ids(&state.statuses), ids(&state.units)),
            (vec!["c1"], vec!["s2"], vec!["u"])
        );
        assert_eq!(state.without(Facet::Category).categories, Vec::<String>::new());
        assert_eq!(ids(&state.without(Facet::Category).statuses), ["s2"]);
    }

    #[test]
    fn a_charts_own_selection_does_not_change_its_counts_but_the_others_follow() {
        let filterable = reference();
        let data = filterable.data();
        let mostly_done = data.dataset().statuses.iter().find(|s| s.label == "基本完成").map(|s| s.id.clone());
        let state = ViewState { statuses: mostly_done.into_iter().collect(), ..ViewState::default() };

        // The status chart counts without the status filter: every status keeps its count.
        let own = filterable.matching_except(&state, Facet::Status).unwrap_or_default();
        assert_eq!(Tally::of(data, own).by_status, Tally::all(data).by_status);
        // The list and the category chart follow the selection: 4 problems.
        let list = filterable.matching(&state);
        assert_eq!(list.len(), 4);
        assert_eq!(filterable.matching_except(&state, Facet::Category), None, "no category selected: the list's");
        assert_eq!(Tally::of(data, list).by_category.iter().sum::<usize>(), 4);
    }

    #[test]
    fn chips_name_each_filter_and_remove_only_theirs() {
        let filterable = reference();
        let data = filterable.data();
        let dataset = data.dataset();
        let mut state = ViewState {
            categories: vec![dataset.categories[0].id.clone(), "gone".into()],
            statuses: vec![dataset.statuses[1].id.clone()],
            search: "土地".into(),
            overdue: true,
            ..ViewState::default()
        };
        let chips = chips(data, &state);
        let names: Vec<String> = chips
            .iter()
            .map(|chip| match chip {
                Chip::Selected { name, .. } => name.clone(),
                Chip::Search(text) => format!("search {text}"),
                Chip::OpenDeadline => "open".into(),
                Chip::Overdue => "overdue".into(),
            })
            .collect();
        assert_eq!(
            names,
            [
                dataset.categories[0].title.as_str(),
                "gone",
                dataset.statuses[1].label.as_str(),
                "search 土地",
                "overdue"
            ]
        );
        state.remove(&chips[1]);
        assert_eq!(ids(&state.categories), [dataset.categories[0].id.as_str()]);
        state.remove(&chips[4]);
        assert!(!state.overdue);
        state.clear_filters();
        assert!(!state.is_filtered());
    }
}
