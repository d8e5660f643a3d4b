//! The active filters as removable chips, with "clear all".

use std::sync::Arc;

use leptos::prelude::*;
use zhenggai_core::Lang;
use zhenggai_core::filter::Filterable;
use zhenggai_core::view_state::ViewState;

use crate::components::dashboard::clear_filters;
use crate::i18n::texts;

/// A chip: what is filtered, and how to take it off the state.
struct Chip {
    label: String,
    remove: Box<dyn Fn(&mut ViewState) + Send + Sync>,
}

/// Picks one of the state's id lists, for removing an id from it.
type ListOf = fn(&mut ViewState) -> &mut Vec<String>;

/// The chips for the current state, labelled with the dataset's own words.
fn chips(filterable: &Filterable, state: &ViewState, lang: Lang) -> Vec<Chip> {
    let dataset = filterable.data().dataset();
    let mut chips = Vec::new();
    let categories: Vec<(&str, &str)> = dataset.categories.iter().map(|c| (c.id.as_str(), c.title.as_str())).collect();
    let statuses: Vec<(&str, &str)> = dataset.statuses.iter().map(|s| (s.id.as_str(), s.label.as_str())).collect();
    let units: Vec<(&str, &str)> = dataset.units.iter().map(|u| (u.id.as_str(), u.name.as_str())).collect();
    push_list(&mut chips, &state.categories, &categories, |s| &mut s.categories);
    push_list(&mut chips, &state.statuses, &statuses, |s| &mut s.statuses);
    push_list(&mut chips, &state.units, &units, |s| &mut s.units);
    let t = texts(lang);
    if !state.search.trim().is_empty() {
        chips.push(Chip { label: format!("{}：{}", t.search, state.search), remove: Box::new(|s| s.search.clear()) });
    }
    if state.open_deadline {
        chips.push(Chip { label: t.open_deadline_only.to_owned(), remove: Box::new(|s| s.open_deadline = false) });
    }
    if state.overdue {
        chips.push(Chip { label: t.overdue_only.to_owned(), remove: Box::new(|s| s.overdue = false) });
    }
    chips
}

/// One chip per selected id, named by the dataset's `(id, name)` pairs.
fn push_list(chips: &mut Vec<Chip>, selected: &[String], names: &[(&str, &str)], list_of: ListOf) {
    for id in selected {
        let label = names.iter().find(|(candidate, _)| candidate == id).map_or(id.as_str(), |(_, name)| name);
        let id = id.clone();
        chips.push(Chip { label: label.to_owned(), remove: Box::new(move |s| ViewState::toggle(list_of(s), &id)) });
    }
}

/// The bar of active filters; hidden when nothing is filtered.
#[component]
pub fn FilterBar(filterable: Arc<Filterable>, state: RwSignal<ViewState>, lang: Lang) -> impl IntoView {
    let t = texts(lang);
    move || {
        let current = state.get();
        if !current.is_filtered() {
            return None;
        }
        let chips = chips(&filterable, &current, lang)
            .into_iter()
            .map(|chip| {
                let Chip { label, remove } = chip;
                view! {
                    <li>
                        <span class="zg-chip">
                            {label.clone()}
                            <button
                                type="button"
                                class="zg-chip-remove"
                                aria-label=(t.remove_filter)(&label)
                                on:click=move |_| state.update(|s| remove(s))
                            >
                                "×"
                            </button>
                        </span>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <div class="zg-filter-bar" data-testid="filter-bar">
                <span class="zg-filter-bar-label">{t.active_filters}</span>
                <ul class="zg-chips">{chips}</ul>
                <button type="button" class="zg-link-button" on:click=move |_| clear_filters(state)>{t.clear_filters}</button>
            </div>
        })
    }
}
