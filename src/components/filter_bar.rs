//! The active filters as removable chips, with the matching count, a way to the list, and "clear all".

use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use zhenggai_core::Lang;
use zhenggai_core::view::facet::{Chip, chips};
use zhenggai_core::view::filter::Filterable;
use zhenggai_core::view::view_state::ViewState;

use crate::i18n::texts;

/// A chip's words: the dataset's name for a selected id, the search text, or the switch.
fn chip_label(chip: &Chip, lang: Lang) -> String {
    let t = texts(lang);
    match chip {
        Chip::Selected { name, .. } => name.clone(),
        Chip::Search(text) => format!("{}：{text}", t.search),
        Chip::OpenDeadline => t.open_deadline_only.to_owned(),
        Chip::Overdue => t.overdue_only.to_owned(),
    }
}

/// The bar of active filters, with the matching count and a way to the list; absent when nothing is filtered.
/// It sticks to the bottom of the screen while its place (just above the list) is below it, so that a click in a
/// chart at the top of the page shows at once what it selected, how many problems match, and the way to them.
#[component]
pub fn FilterBar(
    filterable: Arc<Filterable>,
    state: RwSignal<ViewState>,
    /// The problems that pass the filters.
    matching: Memo<Vec<usize>>,
    /// The filter panel and the list, for "show results".
    results: NodeRef<Div>,
    lang: Lang,
) -> impl IntoView {
    let t = texts(lang);
    let all = filterable.data().problems().len();
    let show_results = move |_| {
        let Some(results) = results.get_untracked() else { return };
        results.scroll_into_view();
        // The list's heading takes the focus, so that a keyboard or screen-reader user lands there too.
        if let Ok(Some(heading)) = results.query_selector(".zg-problems h2") {
            // Neither call fails on an element in the document; if one did, the scroll above has still been done.
            let _ = heading.set_attribute("tabindex", "-1");
            if let Ok(heading) = heading.dyn_into::<web_sys::HtmlElement>() {
                let _ = heading.focus();
            }
        }
    };
    move || {
        let current = state.get();
        if !current.is_filtered() {
            return None;
        }
        let chips = chips(filterable.data(), &current)
            .into_iter()
            .map(|chip| {
                let label = chip_label(&chip, lang);
                view! {
                    <li>
                        <span class="zg-chip">
                            {label.clone()}
                            <button
                                type="button"
                                class="zg-chip-remove"
                                aria-label=(t.remove_filter)(&label)
                                on:click=move |_| state.update(|s| s.remove(&chip))
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
                <span class="zg-filter-bar-count" data-testid="filter-bar-count">
                    {move || (t.matching_short)(matching.with(Vec::len), all)}
                </span>
                <button type="button" class="zg-link-button" data-testid="show-results" on:click=show_results>
                    {t.show_results}
                </button>
                <button type="button" class="zg-link-button" on:click=move |_| state.update(ViewState::clear_filters)>{t.clear_filters}</button>
            </div>
        })
    }
}
