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
    let lists: [(ListOf, &Vec<String>, Vec<(&str, &str)>); 3] = [
        (
            |s| &mut s.categories,
            &state.categories,
            dataset.categories.iter().map(|c| (c.id.as_str(), c.title.as_str())).collect(),
        ),
        (
            |s| &mut s.statuses,
            &state.statuses,
            dataset.statuses.iter().map(|s| (s.id.as_str(), s.label.as_str())).collect(),
        ),
        (|s| &mut s.units, &state.units, dataset.units.iter().map(|u| (u.id.as_str(), u.name.as_str())).collect()),
    ];
    for (list_mut, selected, names) in lists {
        for id in selected {
            let label = names.iter().find(|(candidate, _)| candidate == id).map_or(id.as_str(), |(_, name)| name);
            let id = id.clone();
            chips
                .push(Chip { label: label.to_owned(), remove: Box::new(move |s| ViewState::toggle(list_mut(s), &id)) });
        }
    }
    let t = texts(lang);
    if !state.search.trim().is_empty() {
        chips.push(Chip { label: format!("{}：{}", t.search, state.search), remove: Box::new(|s| s.search.clear()) });
    }
    if state.open_deadline {
        chips.push(Chip { label: t.open_deadline_only.to_owned(), remove: Box::new(|s| s.open_deadline = false) });
    }
    chips
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
