//! Where the visitor filters and reads: the bar of active filters (kept in view while the list is off screen),
//! the filter panel and the problem list. Wide, the panel sits beside the list and stays in view as it scrolls;
//! narrow, it opens from a button at the top of the list.

use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;
use zhenggai_core::Lang;
use zhenggai_core::view::filter::Filterable;
use zhenggai_core::view::view_state::ViewState;

use crate::components::filter_bar::FilterBar;
use crate::components::filters::Filters;
use crate::components::problem_list::ProblemList;
use crate::i18n::texts;
use crate::ids::element_id;
use crate::layout::Wide;
use crate::remembered::remembered_flag;

/// The bar of active filters, the filter panel and the list.
#[component]
pub fn Explore(
    filterable: Arc<Filterable>,
    state: RwSignal<ViewState>,
    /// The problems that pass the filters, in order.
    matching: Memo<Vec<usize>>,
    lang: Lang,
) -> impl IntoView {
    let t = texts(lang);
    let wide = use_context::<Wide>().map(|Wide(wide)| wide);
    let is_wide = move || wide.is_some_and(|wide| wide.get());
    let open = remembered_flag("filters-open");
    let panel_id = element_id("filters-panel");
    let results = NodeRef::<Div>::new();
    let active = Memo::new(move |_| state.with(ViewState::active_filters));
    view! {
        <FilterBar filterable=filterable.clone() state matching results lang/>
        <div class="zg-explore" node_ref=results>
            <button
                type="button"
                class="zg-button zg-filters-toggle"
                data-testid="filters-toggle"
                hidden=is_wide
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-controls=panel_id.clone()
                on:click=move |_| open.update(|open| *open = !*open)
            >
                {move || (t.filters_button)(active.get())}
            </button>
            <div class="zg-filters-panel" id=panel_id hidden=move || !is_wide() && !open.get()>
                <Filters filterable=filterable.clone() state lang/>
            </div>
            <ProblemList filterable state matching lang/>
        </div>
    }
}
