//! The loaded report: owns the view state, keeps it in the page URL, and lays out the parts.

use std::sync::{Arc, Weak};

use leptos::prelude::*;
use zhenggai_core::analysis::standings::{Standing, rank_units};
use zhenggai_core::analysis::tally::Tally;
use zhenggai_core::view::filter::Filterable;
use zhenggai_core::view::view_state::ViewState;
use zhenggai_core::{Lang, Loaded};

use crate::clock::today;
use crate::components::charts::Charts;
use crate::components::deadlines::DeadlineTimeline;
use crate::components::declared_summary::DeclaredSummary;
use crate::components::explore::Explore;
use crate::components::findings::Findings;
use crate::components::progress::ProgressPanel;
use crate::components::report_header::ReportHeader;
use crate::components::share_link::ShareLink;
use crate::components::summary::Summary;
use crate::components::units::UnitProgress;
use crate::elderly::{Elderly, remember};
use crate::host::{HostElement, dispatch, in_frame, post_to_parent};
use crate::i18n::texts;
use crate::ids::element_id;
use crate::layout::watch_layout;
use crate::remembered::Remembered;
use crate::rendering::LIVE;
use crate::source::Comparand;
use crate::url_state;

/// How long after the last filter change the page URL is rewritten.
const URL_WRITE_DELAY_MS: u64 = 150;

/// Problems whose search text is folded per task: about 7 ms in wasm for the problems of a synthetic round, so
/// that a click waits at most that long behind the index.
const SEARCH_FOLD_SLICE: usize = 2_000;

/// Folds the search index [`SEARCH_FOLD_SLICE`] problems per task until it is complete, or until the dataset is
/// gone (another one was loaded).
fn fold_search_index_in_slices(filterable: Weak<Filterable>) {
    set_timeout(
        move || {
            let Some(alive) = filterable.upgrade() else { return };
            if !alive.prepare_search_slice(SEARCH_FOLD_SLICE) {
                drop(alive);
                fold_search_index_in_slices(filterable);
            }
        },
        std::time::Duration::ZERO,
    );
}

/// The dashboard for one loaded dataset.
#[component]
pub fn Dashboard(
    /// The validated dataset and its warnings.
    loaded: Arc<Loaded>,
    /// The UI language, switchable by the visitor.
    lang: RwSignal<Lang>,
    /// Prefix of the widget's URL keys.
    namespace: String,
    /// The view to start with when the link has none (`s=…&c=…`, no namespace).
    initial_view: Option<String>,
    /// An earlier report to compare with, when the host gave one.
    compare: Option<Comparand>,
) -> impl IntoView {
    // "Overdue" is judged at the visitor's date.
    let filterable = Arc::new(Filterable::at(loaded.data.clone(), today()));
    // The search index is folded once the first frame is on screen, not before (at 100,000 problems that is a
    // good part of a second the first chart no longer waits for), and a slice per task, so that the page answers
    // clicks meanwhile.
    if LIVE {
        let filterable = Arc::downgrade(&filterable);
        request_animation_frame(move || fold_search_index_in_slices(filterable));
    }

    let state = RwSignal::new(initial_state(&filterable, &namespace, initial_view));

    let host = use_context::<HostElement>();
    if let Some(HostElement(element)) = &host {
        dispatch(element, "zhenggai:ready", &[("title", &loaded.data.dataset().report.title)]);
    }
    tell_the_outside(state, namespace.clone(), host);

    let matching = {
        let filterable = filterable.clone();
        Memo::new(move |_| state.with(|s| filterable.matching(s)))
    };
    // Counted once per change of the filters; the summary and the charts both read it.
    let tally = {
        let filterable = filterable.clone();
        Memo::new(move |_| matching.with(|m| Tally::of(filterable.data(), m.iter().copied())))
    };

    let (round_tally, ranked) = round_standings(&filterable, state, tally);

    let warnings = loaded.warnings.clone();
    let warnings_heading = element_id("warnings-heading");
    // A report that lists no problems but declares its figures: those figures, and nothing to filter.
    let declared_only = Tally::declared(filterable.data());
    let wrapper = NodeRef::<leptos::html::Div>::new();
    let wide = watch_layout(wrapper);
    provide_context(wide);
    // What the visitor opened that is not in the link (a data table, a list's further pages, the filter panel on
    // a phone) outlives the rebuild of the parts at a language switch.
    provide_context(Remembered::default());
    let switcher = lang;
    view! {
        <div class="zg-dashboard" class:zg-wide=move || wide.0.get() node_ref=wrapper>
            // Outside the parts rebuilt at a language switch, so that the button keeps the focus.
            <Toolbar state namespace lang/>
            {move || {
                let lang = switcher.get();
                let t = texts(lang);
                let warnings = warnings.clone();
                let warnings_heading = warnings_heading.clone();
                view! {
                    <ReportHeader filterable=filterable.clone() lang/>
                    // Two optional parts rather than one erased view: `into_any` over the whole dashboard cost
                    // 15 KB of gzipped wasm.
                    {declared_only.clone().map(|declared| view! {
                        <DeclaredSummary filterable=filterable.clone() tally=declared lang/>
                    })}
                    {declared_only.is_none().then(|| view! {
                        <Summary filterable=filterable.clone() warnings=warnings.clone() matching tally lang/>
                    })}
                    {compare.map(|compare| view! { <ProgressPanel current=loaded.clone() compare lang/> })}
                    {declared_only.is_none().then(|| view! {
                        <Charts filterable=filterable.clone() state tally round_tally ranked lang/>
                        <UnitProgress filterable=filterable.clone() state ranked lang/>
                        <DeadlineTimeline filterable=filterable.clone() state matching lang/>
                        <Explore filterable=filterable.clone() state matching lang/>
                    })}
                    {(!warnings.is_empty()).then(|| view! {
                        <section class="zg-warnings" aria-labelledby=warnings_heading.clone()>
                            <h2 id=warnings_heading.clone()>{t.warnings}</h2>
                            <Findings findings=warnings lang/>
                        </section>
                    })}
                }
            }}
        </div>
    }
}

/// The view to start with: the link's (or the host's initial view when the link has none), with the ids the
/// dataset does not know dropped.
fn initial_state(filterable: &Filterable, namespace: &str, initial_view: Option<String>) -> ViewState {
    let from_link = url_state::read(namespace);
    let mut initial = match initial_view {
        Some(view) if from_link.is_default() => url_state::parse_query("", &view),
        _ => from_link,
    };
    let dataset = filterable.data().dataset();
    initial.retain_known(
        |id| dataset.categories.iter().any(|c| c.id == id),
        |id| dataset.statuses.iter().any(|s| s.id == id),
        |id| dataset.units.iter().any(|u| u.id == id),
        |id| dataset.problems.iter().any(|p| p.id == id),
    );
    initial
}

/// The only bridge from the view state to the outside world: the page URL, an event for the host page, and —
/// inside an iframe — the state for the parent page's link.
fn tell_the_outside(state: RwSignal<ViewState>, namespace: String, host: Option<HostElement>) {
    // The URL is rewritten a moment after the last change rather than at once: `history.replaceState` costs
    // several milliseconds in Chromium, which a click would otherwise wait for before the next paint, and a
    // visitor clicking fast through filters writes the URL once.
    let pending_write = StoredValue::new(None::<TimeoutHandle>);
    on_cleanup(move || {
        if let Some(handle) = pending_write.try_get_value().flatten() {
            handle.clear();
        }
    });
    Effect::new(move |_| {
        state.with(|s| {
            let query = url_state::query_of(&namespace, s);
            if let Some(handle) = pending_write.get_value() {
                handle.clear();
            }
            let (link_namespace, written) = (namespace.clone(), s.clone());
            let handle = set_timeout_with_handle(
                move || url_state::write(&link_namespace, &written),
                std::time::Duration::from_millis(URL_WRITE_DELAY_MS),
            );
            pending_write.set_value(handle.ok());
            if let Some(HostElement(element)) = &host {
                let url = url_state::absolute_url_with(&namespace, s).unwrap_or_default();
                dispatch(element, "zhenggai:filterchange", &[("url", &url), ("query", &query)]);
            }
            if in_frame() {
                post_to_parent("zhenggai:state", &[("namespace", namespace.as_str().into()), ("query", query.into())]);
            }
        })
    });
}

/// For a round of several units: the counts with every filter but the unit one, so that the units' ranking
/// stays in view while one unit is drilled into, and that ranking (for the chart and the table alike).
#[allow(clippy::type_complexity)] // two memos, named at the call
fn round_standings(
    filterable: &Arc<Filterable>,
    state: RwSignal<ViewState>,
    tally: Memo<Tally>,
) -> (Memo<Option<Tally>>, Memo<Option<Vec<Standing>>>) {
    let round_tally = {
        let filterable = filterable.clone();
        let several_units = filterable.data().dataset().units.len() > 1;
        Memo::new(move |_| {
            several_units.then(|| {
                let mut without_units = state.get();
                if without_units.units.is_empty() {
                    // No unit filter: the same problems as the list (no second pass over a large round).
                    return tally.get();
                }
                without_units.units.clear();
                Tally::of(filterable.data(), filterable.matching(&without_units))
            })
        })
    };
    let ranked = {
        let filterable = filterable.clone();
        Memo::new(move |_| round_tally.with(|tally| tally.as_ref().map(|tally| rank_units(filterable.data(), tally))))
    };
    (round_tally, ranked)
}

/// The language switch, 适老化 mode and the link to the view: built once, their words following the language.
#[component]
fn Toolbar(state: RwSignal<ViewState>, namespace: String, lang: RwSignal<Lang>) -> impl IntoView {
    let t = move || texts(lang.get());
    view! {
        <div class="zg-toolbar">
            <button
                type="button"
                class="zg-link-button"
                lang=move || if lang.get() == Lang::Zh { "en" } else { "zh-CN" }
                aria-label=move || t().switch_language_label
                on:click=move |_| lang.update(|l| *l = if *l == Lang::Zh { Lang::En } else { Lang::Zh })
            >
                {move || t().switch_language}
            </button>
            {use_context::<Elderly>().map(|Elderly(on)| view! {
                <button
                    type="button"
                    class="zg-link-button"
                    data-testid="elderly-toggle"
                    aria-pressed=move || if on.get() { "true" } else { "false" }
                    on:click=move |_| {
                        let next = !on.get_untracked();
                        on.set(next);
                        remember(next);
                    }
                >
                    {move || t().elderly_mode}
                </button>
            })}
            <ShareLink state namespace lang/>
        </div>
    }
}
