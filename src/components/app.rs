//! The widget's root: loads the dataset, then shows the loading, error or dashboard view.

use leptos::prelude::*;
use zhenggai_core::Lang;

use crate::components::dashboard::Dashboard;
use crate::components::findings::Findings;
use crate::i18n::texts;
use crate::source::{LoadError, load, source_from_page};

/// The whole widget.
#[component]
pub fn App(
    /// The initial UI language; the visitor can switch it.
    lang: Lang,
    /// Prefix of the widget's keys in the page URL, e.g. `zg.`.
    #[prop(into)]
    namespace: String,
) -> impl IntoView {
    let lang = RwSignal::new(lang);
    let source = source_from_page();
    let data = LocalResource::new(move || load(source.clone()));
    view! {
        <div class="zg" lang=move || lang.get().code()>
            {move || {
                let t = texts(lang.get());
                match data.get() {
                    None => view! { <p class="zg-status" role="status">{t.loading}</p> }.into_any(),
                    Some(Ok(loaded)) => {
                        view! { <Dashboard loaded lang namespace=namespace.clone()/> }.into_any()
                    }
                    Some(Err(error)) => {
                        view! { <LoadFailure error lang=lang.get() on_retry=move || data.refetch()/> }.into_any()
                    }
                }
            }}
        </div>
    }
}

/// What went wrong, in plain words, with a retry.
#[component]
fn LoadFailure(error: LoadError, lang: Lang, on_retry: impl Fn() + 'static) -> impl IntoView {
    let t = texts(lang);
    let (heading, body) = match error {
        LoadError::BadUrl(url) => (t.load_failed, view! { <p>{(t.bad_data_url)(&url)}</p> }.into_any()),
        LoadError::Network(url) => (t.load_failed, view! { <p>{(t.network_failed)(&url)}</p> }.into_any()),
        LoadError::Http { url, status } => (t.load_failed, view! { <p>{(t.http_failed)(&url, status)}</p> }.into_any()),
        LoadError::Invalid(findings) => (t.invalid_dataset, view! { <Findings findings lang/> }.into_any()),
    };
    view! {
        <div class="zg-error" role="alert" data-testid="load-error">
            <h2>{heading}</h2>
            {body}
            <button type="button" class="zg-button" on:click=move |_| on_retry()>{t.retry}</button>
        </div>
    }
}
