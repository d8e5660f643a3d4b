//! The widget's root: loads the dataset and shows the loading, error or report view.

use std::sync::Arc;

use leptos::prelude::*;
use zhenggai_core::{Lang, Loaded};

use crate::components::findings::Findings;
use crate::components::problem_list::ProblemList;
use crate::components::report_header::ReportHeader;
use crate::i18n::texts;
use crate::source::{LoadError, load, source_from_page};

/// The whole widget.
#[component]
pub fn App(
    /// The UI language.
    lang: Lang,
) -> impl IntoView {
    let t = texts(lang);
    let source = source_from_page();
    let data = LocalResource::new(move || load(source.clone()));
    view! {
        <div class="zg" lang=lang.code()>
            {move || match data.get() {
                None => view! { <p class="zg-status" role="status">{t.loading}</p> }.into_any(),
                Some(Ok(loaded)) => view! { <Report loaded lang/> }.into_any(),
                Some(Err(error)) => {
                    view! { <LoadFailure error lang on_retry=move || data.refetch()/> }.into_any()
                }
            }}
        </div>
    }
}

/// The loaded report.
#[component]
fn Report(loaded: Arc<Loaded>, lang: Lang) -> impl IntoView {
    let t = texts(lang);
    let warnings = loaded.warnings.clone();
    view! {
        <ReportHeader data=loaded.data.clone() lang/>
        {(!warnings.is_empty()).then(|| view! {
            <section class="zg-warnings" aria-labelledby="zg-warnings-heading">
                <h2 id="zg-warnings-heading">{t.warnings}</h2>
                <Findings findings=warnings lang/>
            </section>
        })}
        <ProblemList data=loaded.data.clone() lang/>
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
