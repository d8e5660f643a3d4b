//! The button under a long list that shows the next page of it: "再显示 20 个".

use leptos::prelude::*;
use zhenggai_core::Lang;

use crate::i18n::texts;

/// Shows `page` more of a list of `total` items, of which `shown` are on screen; absent once all are.
#[component]
pub fn ShowMore(
    /// How many items the list has.
    #[prop(into)]
    total: Signal<usize>,
    /// How many are shown; the button adds `page` to it.
    shown: RwSignal<usize>,
    page: usize,
    lang: Lang,
) -> impl IntoView {
    let t = texts(lang);
    move || {
        let remaining = total.get().saturating_sub(shown.get());
        (remaining > 0).then(|| {
            view! {
                <button type="button" class="zg-button" on:click=move |_| shown.update(|n| *n += page)>
                    {(t.show_more)(remaining.min(page))}
                </button>
            }
        })
    }
}
