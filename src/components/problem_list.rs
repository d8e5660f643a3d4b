//! The problems that pass the filters, as cards, a page at a time; each card opens its detail in place.

use std::sync::Arc;

use leptos::prelude::*;
use zhenggai_core::Lang;
use zhenggai_core::view::filter::Filterable;
use zhenggai_core::view::view_state::ViewState;

use zhenggai_core::output::export::{csv, subset};

use crate::components::clipped::shortened;
use crate::components::problem_detail::ProblemDetail;
use crate::components::show_more::ShowMore;
use crate::download::save_text;
use crate::draw_in_steps::DrawInSteps;
use crate::i18n::{filter_label, texts};
use crate::ids::element_id;
use crate::remembered::remembered_count;

/// Cards rendered per page; "show more" adds another page. Keeps 10,000-problem datasets responsive.
const PAGE: usize = 50;
/// Cards drawn in the frame of a filter change, about a screenful; the rest of the page follows a frame later
/// (see [`DrawInSteps`]).
const FIRST_DRAWN: usize = 8;

/// The filtered, sorted problem list.
#[component]
pub fn ProblemList(
    filterable: Arc<Filterable>,
    state: RwSignal<ViewState>,
    /// The problems that pass the filters, in order.
    matching: Memo<Vec<usize>>,
    lang: Lang,
) -> impl IntoView {
    let t = texts(lang);
    let all = filterable.data().problems().len();
    let problems_heading = element_id("problems-heading");
    // Kept across a language switch; a new filter starts again from the first page.
    let shown = remembered_count("list-shown", PAGE);
    Effect::new(move |built: Option<()>| {
        matching.track();
        if built.is_some() {
            shown.set(PAGE);
        }
    });

    let empty = {
        let filterable = filterable.clone();
        move || {
            matching.with(Vec::is_empty).then(|| {
                let blamed = state.with(|s| filterable.blame(s));
                let names: Vec<&str> = blamed.into_iter().map(|kind| filter_label(lang, kind)).collect();
                view! {
                    <div class="zg-empty" data-testid="empty">
                        <p>{t.no_match}</p>
                        {(!names.is_empty()).then(|| view! { <p>{t.try_removing}{names.join(t.list_separator)}</p> })}
                    </div>
                }
            })
        }
    };

    // The open problem, apart from the rest of the state: each card follows this, so that a filter change does
    // not wake fifty cards up to compare their id with an `open` that did not change.
    let open = Memo::new(move |_| state.with(|s| s.open.clone()));

    let (csv_source, json_source) = (filterable.clone(), filterable.clone());
    // Keyed by problem: a filter change keeps the cards that stay and only adds or removes the others.
    let steps = DrawInSteps::new(matching);
    let list = NodeRef::new();
    steps.watch(list);
    let visible = move || {
        let wanted = shown.get().min(matching.with(Vec::len));
        let drawn = steps.limit(FIRST_DRAWN, wanted);
        matching.with(|m| m.iter().take(drawn).copied().collect::<Vec<usize>>())
    };
    let cards = move || {
        let filterable = filterable.clone();
        view! {
            <For each=visible key=|p| *p let:p>
                <ProblemCard filterable=filterable.clone() p state open lang/>
            </For>
        }
    };

    view! {
        <section class="zg-problems" aria-labelledby=problems_heading.clone()>
            <h2 id=problems_heading.clone()>{t.names.problems}</h2>
            <p class="zg-count" aria-live="polite" data-testid="result-count">
                {move || (t.showing)(matching.with(Vec::len), all)}
            </p>
            <p class="zg-row zg-exports">
                <button type="button" class="zg-link-button" data-testid="export-csv" on:click={
                    move |_| {
                        let text = matching.with(|m| csv(csv_source.data(), m, lang));
                        save_text("zhenggai-problems.csv", &text, "text/csv;charset=utf-8");
                    }
                }>{t.export_csv}</button>
                <button type="button" class="zg-link-button" data-testid="export-json" on:click={
                    move |_| {
                        let dataset = matching.with(|m| subset(json_source.data(), m));
                        let text = serde_json::to_string_pretty(&dataset).unwrap_or_default();
                        save_text("zhenggai-problems.json", &text, "application/json");
                    }
                }>{t.export_json}</button>
            </p>
            {empty}
            <ol class="zg-list" node_ref=list>{cards}</ol>
            <ShowMore total=Signal::derive(move || matching.with(Vec::len)) shown page=PAGE lang/>
        </section>
    }
}

/// One problem: number, title, category and status badge; the title toggles the detail.
#[component]
fn ProblemCard(
    filterable: Arc<Filterable>,
    p: usize,
    state: RwSignal<ViewState>,
    /// The id of the open problem, if any.
    open: Memo<Option<String>>,
    lang: Lang,
) -> impl IntoView {
    let data = filterable.data();
    let problem = &data.problems()[p];
    let status = data.status(p);
    let category = &data.dataset().categories[data.category_of(p)];
    let id = problem.id.clone();
    let detail_id = element_id(&format!("detail-{p}"));
    let is_open = {
        let id = id.clone();
        Memo::new(move |_| open.with(|open| open.as_deref() == Some(id.as_str())))
    };
    let toggle = move |_| {
        state.update(|s| s.open = if s.open.as_deref() == Some(id.as_str()) { None } else { Some(id.clone()) });
    };
    view! {
        <li class="zg-card" data-testid="problem">
            <span class="zg-number" aria-hidden="true">{problem.number.clone()}</span>
            <h3 class="zg-card-title">
                <button
                    type="button"
                    class="zg-card-toggle"
                    aria-expanded=move || if is_open.get() { "true" } else { "false" }
                    aria-controls=detail_id.clone()
                    on:click=toggle
                >
                    <span class="zg-visually-hidden">{problem.number.clone()} ". "</span>
                    {shortened(&problem.title)}
                </button>
            </h3>
            <span class="zg-category">{category.title.clone()}</span>
            <span class=format!("zg-badge zg-kind-{}", status.kind.as_str()) data-testid="status-badge">
                {status.label.clone()}
            </span>
            <div class="zg-print-only">
                {problem.measures.iter().map(|m| view! { <p>{m.clone()}</p> }).collect_view()}
            </div>
            <div id=detail_id class="zg-detail-slot">
                {move || is_open.get().then(|| view! { <ProblemDetail filterable=filterable.clone() p state lang/> })}
            </div>
        </li>
    }
}
