//! The widget's root: chooses and loads the dataset, then shows the loading, error or dashboard view, and the
//! picker for loading other data.

use leptos::prelude::*;

use crate::components::dashboard::Dashboard;
use crate::components::dataset_picker::DatasetPicker;
use crate::components::load_failure::LoadFailure;
use crate::host::HostElement;
use crate::i18n::texts;
use crate::ids::IdPrefix;
use crate::source::{Comparand, EarlyDownload, Received, compare_source, initial_source, load};
use crate::take_over::TakeOver;
use crate::{MountOptions, elderly};

/// The whole widget.
#[component]
pub fn App(
    /// Language, URL namespace and data source, from the host page.
    options: MountOptions,
) -> impl IntoView {
    provide_context(IdPrefix::next());
    let MountOptions {
        lang,
        namespace,
        data_src,
        compare_src,
        allow_data_param,
        initial_view,
        theme,
        elderly,
        timeout_seconds,
    } = options;
    provide_context(theme);
    let elderly = RwSignal::new(elderly::remembered().unwrap_or(elderly));
    provide_context(elderly::Elderly(elderly));
    let lang = RwSignal::new(lang);
    let source = RwSignal::new(initial_source(data_src.as_deref(), allow_data_param));
    let received = RwSignal::new(None::<Received>);
    // A download the page may have started before the widget ran, for the first load only.
    let early =
        std::cell::Cell::new(use_context::<HostElement>().and_then(|HostElement(host)| EarlyDownload::take(&host)));
    let data = LocalResource::new(move || {
        received.set(None);
        load(source.get(), early.take(), timeout_seconds, move |r| received.set(Some(r)))
    });
    // An earlier report to compare with, loaded beside the main one (its failure is shown in the comparison only).
    let compare = compare_source(compare_src.as_deref(), allow_data_param)
        .map(|compare| LocalResource::new(move || load(compare.clone(), None, timeout_seconds, |_| {})));
    // The dataset (or why it cannot be shown) replaces the snapshot the page showed meanwhile, together with the
    // comparison when the host asked for one: a snapshot drawn with its comparison panel must not be replaced by
    // the panel's loading line, which would move everything below it twice.
    if let Some(take_over) = use_context::<TakeOver>() {
        Effect::new(move |_| {
            let compared = compare.is_none_or(|compare| compare.get().is_some());
            if data.get().is_some() && compared {
                take_over.finish();
            }
        });
    }
    let compare = compare.map(|compare| Comparand::derive_local(move || compare.get()));
    view! {
        <div
            class=move || format!("zg {}{}", theme.class(), if elderly.get() { " zg-elderly" } else { "" })
            lang=move || lang.get().code()
        >
            {move || {
                // Untracked: a language switch must not rebuild the dashboard (and lose what the visitor opened);
                // the dashboard follows the language itself. The loading note and a failure have no switch.
                let t = texts(lang.get_untracked());
                let loaded = data.get();
                match loaded {
                    None => {
                        view! {
                            <div class="zg-status" role="status" data-testid="loading">
                                <p>{t.loading}</p>
                                {move || received.get().map(|(done, total)| view! {
                                    <progress value=done.to_string() max=total.map(|t| t.to_string())></progress>
                                    <p>{(t.downloaded)(done, total)}</p>
                                })}
                            </div>
                        }
                            .into_any()
                    }
                    Some(Ok(loaded)) => {
                        view! { <Dashboard loaded lang namespace=namespace.clone() initial_view=initial_view.clone() compare/> }
                            .into_any()
                    }
                    Some(Err(error)) => {
                        view! { <LoadFailure error lang=lang.get_untracked() on_retry=move || data.refetch()/> }.into_any()
                    }
                }
            }}
            {move || view! { <DatasetPicker source lang=lang.get()/> }}
        </div>
    }
}
