//! The active filters as removable chips, with "clear all".

use std::sync::Arc;

use leptos::prelude::*;
use zhenggai_core::Lang;
use zhenggai_core::facet::{Chip, chips};
use zhenggai_core::filter::Filterable;
use zhenggai_core::view_state::ViewState;

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

/// The bar of active filters; hidden when nothing is filtered.
#[component]
pub fn FilterBar(filterable: Arc<Filterable>, state: RwSignal<ViewState>, lang: Lang) -> impl IntoView {
    let t = texts(lang);
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
                <button type="button" class="zg-link-button" on:click=move |_| state.update(ViewState::clear_filters)>{t.clear_filters}</button>
            </div>
        })
    }
}
