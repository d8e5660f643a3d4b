//! The filter controls: categories, statuses and units as toggle buttons, the search box, the open-deadline
//! switch and the sort order.

use std::sync::Arc;

use leptos::prelude::*;
use zhenggai_core::Lang;
use zhenggai_core::analysis::tally::Tally;
use zhenggai_core::view::filter::Filterable;
use zhenggai_core::view::search::normalize;
use zhenggai_core::view::view_state::{SortKey, ViewState};

use crate::components::show_more::ShowAllUnits;
use crate::i18n::{sort_label, texts};
use crate::ids::element_id;
use crate::remembered::remembered_flag;

/// Above this many units, the unit filter gets a box to find one by name.
const SEARCHABLE_UNITS: usize = 8;

/// Unit buttons shown before "显示全部 N 个单位", as many as the units' table shows: a round of 500 units would
/// otherwise put a wall of 500 buttons between the charts and the list, and building and laying them out was a
/// good part of the first render. The box finds any unit, and selected units are always shown.
const UNITS_SHOWN_FIRST: usize = 20;

/// One choice of a [`ToggleGroup`]: `(id, label, count, extra CSS class)`.
type Choice = (String, String, usize, String);

/// One toggle button per choice, with `aria-pressed` and the choice's own text as its name; optionally a box
/// that narrows the buttons shown to the names containing its text (selected choices stay shown), and a switch
/// that shows only the first choices until asked for all.
#[component]
fn ToggleGroup(
    /// The group's visible heading.
    legend: &'static str,
    choices: Vec<Choice>,
    /// Reads the selected ids out of the state.
    selected: fn(&ViewState) -> &Vec<String>,
    /// Gets the list to toggle in.
    selected_mut: fn(&mut ViewState) -> &mut Vec<String>,
    state: RwSignal<ViewState>,
    testid: &'static str,
    /// The label of the search box, when the group has one.
    #[prop(default = None)]
    search_label: Option<&'static str>,
    /// Units: how many buttons show before "show all", and the language of that switch.
    #[prop(default = None)]
    units_shown_first: Option<(usize, Lang)>,
) -> impl IntoView {
    let query = RwSignal::new(String::new());
    let show_all = remembered_flag(&format!("{testid}-all"));
    // The buttons follow this group's selection, not the whole state: a round's unit filter has hundreds of
    // buttons, and each subscriber of the state would run again (and re-register) at every change of any filter.
    let chosen = Memo::new(move |_| state.with(|s| selected(s).clone()));
    let total = choices.len();
    let mut first = choices;
    let rest = first.split_off(units_shown_first.map_or(total, |(shown, _)| shown.min(total)));
    // A button; `later` for those after the first: shown only with "show all", a search, or when selected.
    let button =
        move |choice: Choice, later: bool| toggle_button(choice, later, chosen, query, show_all, state, selected_mut);
    let first_buttons = first.into_iter().map(|choice| button(choice, false)).collect_view();
    // The later buttons are built only when one of them can show.
    let later_ids: Vec<String> = rest.iter().map(|(id, ..)| id.clone()).collect();
    let later_wanted = Memo::new(move |_| {
        show_all.get()
            || !query.with(String::is_empty)
            || chosen.with(|chosen| chosen.iter().any(|id| later_ids.contains(id)))
    });
    let later_buttons =
        move || later_wanted.get().then(|| rest.iter().cloned().map(|choice| button(choice, true)).collect_view());
    let search = search_label.map(|label| group_search(label, query));
    let show_all_switch = units_shown_first.map(|(first, lang)| {
        view! { <ShowAllUnits count=total first show_all testid="unit-filter-show-all" lang/> }
    });
    view! {
        <fieldset class="zg-group" data-testid=testid>
            <legend>{legend}</legend>
            {search}
            <div class="zg-toggles">{first_buttons}{later_buttons}</div>
            {show_all_switch}
        </fieldset>
    }
}

/// A toggle button of a group: pressed while its id is selected; hidden while a search leaves it out, or while it
/// is one of the `later` ones and "show all" is off (a selected one always shows).
fn toggle_button(
    (id, label, count, class): Choice,
    later: bool,
    chosen: Memo<Vec<String>>,
    query: RwSignal<String>,
    show_all: RwSignal<bool>,
    state: RwSignal<ViewState>,
    selected_mut: fn(&mut ViewState) -> &mut Vec<String>,
) -> impl IntoView {
    let pressed_id = id.clone();
    let pressed = move || chosen.with(|chosen| chosen.contains(&pressed_id));
    let folded = normalize(&label);
    let hidden = {
        let pressed = pressed.clone();
        move || {
            !pressed()
                && query.with(|q| match q.is_empty() {
                    true => later && !show_all.get(),
                    false => !folded.contains(q.as_str()),
                })
        }
    };
    view! {
        <button
            type="button"
            hidden=hidden
            class=format!("zg-toggle {class}")
            aria-pressed=move || if pressed() { "true" } else { "false" }
            title=label.clone()
            on:click=move |_| state.update(|s| ViewState::toggle(selected_mut(s), &id))
        >
            <span class="zg-tick" aria-hidden="true">"✓ "</span>
            <span class="zg-toggle-label">{label.clone()}</span>
            " "
            <span class="zg-toggle-count">{count}</span>
        </button>
    }
}

/// The box that narrows a group's buttons to the names containing its text (folded as the search folds it).
fn group_search(label: &'static str, query: RwSignal<String>) -> impl IntoView {
    let id = element_id("toggle-search");
    view! {
        <p class="zg-search zg-group-search">
            <label for=id.clone()>{label}</label>
            <input
                id=id
                type="search"
                maxlength="100"
                on:input=move |ev| query.set(normalize(&event_target_value(&ev)))
            />
        </p>
    }
}

/// All filter controls.
#[component]
pub fn Filters(filterable: Arc<Filterable>, state: RwSignal<ViewState>, lang: Lang) -> impl IntoView {
    let t = texts(lang);
    let data = filterable.data();
    let dataset = data.dataset();
    let tally = Tally::all(data);

    let categories = dataset
        .categories
        .iter()
        .enumerate()
        .map(|(c, category)| (category.id.clone(), category.title.clone(), tally.by_category[c], String::new()))
        .collect();
    let statuses = data
        .statuses_in_order()
        .iter()
        .map(|&s| {
            let status = &dataset.statuses[s];
            (status.id.clone(), status.label.clone(), tally.by_status[s], format!("zg-kind-{}", status.kind.as_str()))
        })
        .collect();
    let units = (dataset.units.len() > 1).then(|| {
        let choices = dataset
            .units
            .iter()
            .enumerate()
            .map(|(u, unit)| (unit.id.clone(), unit.name.clone(), tally.by_unit[u], String::new()))
            .collect();
        let search_label = (dataset.units.len() > SEARCHABLE_UNITS).then_some(t.find_unit);
        view! {
            <ToggleGroup
                legend=t.units
                choices
                selected=|s| &s.units
                selected_mut=|s| &mut s.units
                state
                testid="unit-filter"
                search_label
                units_shown_first=Some((UNITS_SHOWN_FIRST, lang))
            />
        }
    });

    let search_id = element_id("search");
    view! {
        <section class="zg-filters" aria-label=t.filters>
            <div class="zg-search">
                <label for=search_id.clone()>{t.search}</label>
                <input
                    id=search_id
                    type="search"
                    placeholder=t.search_placeholder
                    maxlength="200"
                    prop:value=move || state.with(|s| s.search.clone())
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        state.update(|s| s.search = value);
                    }
                />
            </div>
            <ToggleGroup legend=t.categories choices=categories selected=|s| &s.categories selected_mut=|s| &mut s.categories state testid="category-filter"/>
            <ToggleGroup legend=t.statuses choices=statuses selected=|s| &s.statuses selected_mut=|s| &mut s.statuses state testid="status-filter"/>
            {units}
            {deadline_and_sort(state, lang)}
        </section>
    }
}

/// "Only problems with an open deadline", and the list's sort order.
fn deadline_and_sort(state: RwSignal<ViewState>, lang: Lang) -> impl IntoView {
    let t = texts(lang);
    let sort_options = SortKey::ALL
        .into_iter()
        .map(|key| {
            view! {
                <option value=key.as_str() selected=move || state.with(|s| s.sort == key)>
                    {sort_label(lang, key)}
                </option>
            }
        })
        .collect_view();
    view! {
    <div class="zg-row">
        {state_switch(state, |s| s.open_deadline, |s, on| s.open_deadline = on, t.open_deadline_only, "open-deadline-only")}
        <label class="zg-sort">
            {t.sort}
            " "
            <select on:change=move |ev| {
                let value = event_target_value(&ev);
                state.update(|s| s.sort = SortKey::parse(&value).unwrap_or_default());
            }>{sort_options}</select>
        </label>
    </div>
    }
}

/// A checkbox for one on/off filter of the view state, read by `get` and set by `set`, labelled `label`.
pub(crate) fn state_switch(
    state: RwSignal<ViewState>,
    get: fn(&ViewState) -> bool,
    set: fn(&mut ViewState, bool),
    label: &'static str,
    testid: &'static str,
) -> impl IntoView {
    view! {
        <label class="zg-check">
            <input
                type="checkbox"
                data-testid=testid
                prop:checked=move || state.with(get)
                on:change=move |ev| {
                    let checked = event_target_checked(&ev);
                    state.update(|s| set(s, checked));
                }
            />
            " "
            {label}
        </label>
    }
}
