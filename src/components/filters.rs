//! The filter controls: categories, statuses and units as toggle buttons, the search box, the open-deadline
//! switch and the sort order.

use std::sync::Arc;

use leptos::prelude::*;
use zhenggai_core::Lang;
use zhenggai_core::filter::Filterable;
use zhenggai_core::search::normalize;
use zhenggai_core::tally::Tally;
use zhenggai_core::view_state::{SortKey, ViewState};

use crate::i18n::{sort_label, texts};
use crate::ids::element_id;

/// Above this many units, the unit filter gets a box to find one by name.
const SEARCHABLE_UNITS: usize = 8;

/// One toggle button per choice, with `aria-pressed` and the choice's own text as its name; optionally a box
/// that narrows the buttons shown to the names containing its text (selected choices stay shown).
#[component]
fn ToggleGroup(
    /// The group's visible heading.
    legend: &'static str,
    /// `(id, label, count, extra CSS class)` per choice.
    choices: Vec<(String, String, usize, String)>,
    /// Reads the selected ids out of the state.
    selected: fn(&ViewState) -> &Vec<String>,
    /// Gets the list to toggle in.
    selected_mut: fn(&mut ViewState) -> &mut Vec<String>,
    state: RwSignal<ViewState>,
    testid: &'static str,
    /// The label of the search box, when the group has one.
    #[prop(default = None)]
    search_label: Option<&'static str>,
) -> impl IntoView {
    let query = RwSignal::new(String::new());
    // The buttons follow this group's selection, not the whole state: a round's unit filter has hundreds of
    // buttons, and each subscriber of the state would run again (and re-register) at every change of any filter.
    let chosen = Memo::new(move |_| state.with(|s| selected(s).clone()));
    let buttons = choices
        .into_iter()
        .map(|(id, label, count, class)| {
            let pressed_id = id.clone();
            let pressed = move || chosen.with(|chosen| chosen.contains(&pressed_id));
            let folded = normalize(&label);
            let hidden = {
                let pressed = pressed.clone();
                move || query.with(|q| !q.is_empty() && !folded.contains(q.as_str())) && !pressed()
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
        })
        .collect_view();
    let search = search_label.map(|label| {
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
    });
    view! {
        <fieldset class="zg-group" data-testid=testid>
            <legend>{legend}</legend>
            {search}
            <div class="zg-toggles">{buttons}</div>
        </fieldset>
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
            />
        }
    });

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
            <div class="zg-row">
                <label class="zg-check">
                    <input
                        type="checkbox"
                        prop:checked=move || state.with(|s| s.open_deadline)
                        on:change=move |ev| {
                            let checked = event_target_checked(&ev);
                            state.update(|s| s.open_deadline = checked);
                        }
                    />
                    " "
                    {t.open_deadline_only}
                </label>
                <label class="zg-sort">
                    {t.sort}
                    " "
                    <select on:change=move |ev| {
                        let value = event_target_value(&ev);
                        state.update(|s| s.sort = SortKey::parse(&value).unwrap_or_default());
                    }>{sort_options}</select>
                </label>
            </div>
        </section>
    }
}
