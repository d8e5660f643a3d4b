//! The buttons that show more of a long list: the next page ("再显示 20 个"), or all of a ranking ("显示全部 N 个
//! 单位").

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

/// The switch between the first `first` units of a ranking and all `count` of them ("显示全部 N 个单位"); absent
/// when there are no more than `first`.
#[component]
pub fn ShowAllUnits(
    count: usize,
    first: usize,
    /// On while all are shown.
    show_all: RwSignal<bool>,
    testid: &'static str,
    lang: Lang,
) -> impl IntoView {
    let t = texts(lang);
    (count > first).then(|| {
        view! {
            <button type="button" class="zg-link-button" data-testid=testid on:click=move |_| show_all.update(|on| *on = !*on)>
                {move || if show_all.get() { (t.show_first_units)(first) } else { (t.show_all_units)(count) }}
            </button>
        }
    })
}
