//! A dataset that could not be shown: what went wrong, in plain words, with a retry; and the same words for an
//! earlier report that could not be compared (`progress.rs`).

use leptos::prelude::*;
use zhenggai_core::Lang;

use crate::components::findings::Findings;
use crate::host::{HostElement, dispatch};
use crate::i18n::texts;
use crate::source::LoadError;

/// What went wrong, in plain words, with a retry.
#[component]
pub fn LoadFailure(error: LoadError, lang: Lang, on_retry: impl Fn() + 'static) -> impl IntoView {
    let t = texts(lang);
    // The host page hears the words the visitor reads, not the Rust error's debug form.
    if let Some(HostElement(element)) = use_context::<HostElement>() {
        dispatch(&element, "zhenggai:error", &[("message", &message(&error, lang))]);
    }
    let (heading, body) = describe(error, lang);
    view! {
        <div class="zg-error" role="alert" data-testid="load-error">
            <h2>{heading}</h2>
            {body}
            <button type="button" class="zg-button" on:click=move |_| on_retry()>{t.retry}</button>
        </div>
    }
}

/// A load error as one line of text, worded as the visitor reads it: for the host page's `zhenggai:error`.
pub fn message(error: &LoadError, lang: Lang) -> String {
    let t = texts(lang);
    match error {
        LoadError::BadUrl(url) => format!("{}：{}", t.load_failed, (t.bad_data_url)(url)),
        LoadError::Network(url) => format!("{}：{}", t.load_failed, (t.network_failed)(url)),
        LoadError::Http { url, status } => format!("{}：{}", t.load_failed, (t.http_failed)(url, *status)),
        LoadError::Timeout { url, seconds } => format!("{}：{}", t.load_failed, (t.timed_out)(url, *seconds)),
        LoadError::File(name) => format!("{}：{}", t.load_failed, (t.file_failed)(name)),
        LoadError::Invalid(findings) => {
            let first = findings.first().map(|finding| finding.to_line(lang)).unwrap_or_default();
            format!("{}：{first}", t.invalid_dataset)
        }
    }
}

/// A heading and the explanation of a load error, in plain words.
pub fn describe(error: LoadError, lang: Lang) -> (&'static str, AnyView) {
    let t = texts(lang);
    match error {
        LoadError::BadUrl(url) => (t.load_failed, view! { <p>{(t.bad_data_url)(&url)}</p> }.into_any()),
        LoadError::Network(url) => (t.load_failed, view! { <p>{(t.network_failed)(&url)}</p> }.into_any()),
        LoadError::Http { url, status } => (t.load_failed, view! { <p>{(t.http_failed)(&url, status)}</p> }.into_any()),
        LoadError::Timeout { url, seconds } => {
            (t.load_failed, view! { <p>{(t.timed_out)(&url, seconds)}</p> }.into_any())
        }
        LoadError::File(name) => (t.load_failed, view! { <p>{(t.file_failed)(&name)}</p> }.into_any()),
        LoadError::Invalid(findings) => (t.invalid_dataset, view! { <Findings findings lang/> }.into_any()),
    }
}
