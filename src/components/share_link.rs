//! "Copy link": puts the address of the current view on the clipboard and says so. Talks to
//! `navigator.clipboard`.

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;
use zhenggai_core::Lang;
use zhenggai_core::view::view_state::ViewState;

use crate::i18n::texts;
use crate::url_state;

/// What the last copy attempt did.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Copied {
    Nothing,
    Done,
    /// The clipboard refused; the link is shown for copying by hand.
    Failed(String),
}

/// The copy-link button and its confirmation. `lang` is followed in place: the toolbar is not rebuilt when the
/// visitor switches languages.
#[component]
pub fn ShareLink(state: RwSignal<ViewState>, namespace: String, #[prop(into)] lang: Signal<Lang>) -> impl IntoView {
    let t = move || texts(lang.get());
    let copied = RwSignal::new(Copied::Nothing);
    let copy = move |_| {
        // Built from the state, not read from the address bar, which follows the view a moment later.
        let url = state.with_untracked(|s| url_state::absolute_url_with(&namespace, s));
        let Some(url) = url.or_else(url_state::current_href) else { return };
        let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
            copied.set(Copied::Failed(url));
            return;
        };
        let promise = clipboard.write_text(&url);
        leptos::task::spawn_local(async move {
            let outcome = match JsFuture::from(promise).await {
                Ok(_) => Copied::Done,
                Err(_) => Copied::Failed(url),
            };
            copied.set(outcome);
        });
    };
    view! {
        <button type="button" class="zg-link-button" data-testid="copy-link" on:click=copy>{move || t().copy_link}</button>
        <span class="zg-copy-status" role="status" data-testid="copy-status">
            {move || match copied.get() {
                Copied::Nothing => None,
                Copied::Done => Some(view! { <span>{t().link_copied}</span> }.into_any()),
                Copied::Failed(url) => Some(view! { <span>{t().copy_failed} " " <code class="zg-url">{url}</code></span> }.into_any()),
            }}
        </span>
    }
}
