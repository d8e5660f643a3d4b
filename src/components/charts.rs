//! The two charts (problems by status; categories stacked by status), drawn by zhenggai-charts over the
//! problems that pass the filters. An overlay of focusable rectangles makes each bar a toggle: click, Enter or
//! Space sets its filter. A data table under each chart carries the same numbers for screen readers.

use std::sync::Arc;

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use zhenggai_charts::{Chart, Palette, Target, category_chart, status_chart};
use zhenggai_core::Lang;
use zhenggai_core::filter::Filterable;
use zhenggai_core::tally::Tally;
use zhenggai_core::view_state::ViewState;

use crate::Theme;
use crate::download::{save_svg_as_png, save_text};
use crate::elderly::Elderly;
use crate::i18n::texts;
use crate::ids::element_id;

/// Both charts.
#[component]
pub fn Charts(
    filterable: Arc<Filterable>,
    state: RwSignal<ViewState>,
    /// The counts over the problems that pass the filters (computed once, shared with the summary).
    tally: Memo<Tally>,
    lang: Lang,
) -> impl IntoView {
    let t = texts(lang);
    let charts_heading = element_id("charts-heading");
    // Charts are drawn at the width of their container, so text keeps its size on any screen.
    let section = NodeRef::<leptos::html::Section>::new();
    let width = RwSignal::new(640u32);
    let measure = move || {
        if let Some(element) = section.get_untracked() {
            let available = u32::try_from(element.client_width()).unwrap_or(0).saturating_sub(26);
            if available > 0 && available != width.get_untracked() {
                width.set(available);
            }
        }
    };
    Effect::new(move |_| {
        if section.get().is_some() {
            measure();
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());
    // Dark charts on a dark theme, except in elderly-friendly mode, which is always the high-contrast light page.
    let dark = use_context::<Theme>() == Some(Theme::Dark);
    let elderly = use_context::<Elderly>().map(|Elderly(on)| on);
    let palette = move || if dark && !elderly.is_some_and(|on| on.get()) { Palette::DARK } else { Palette::LIGHT };
    let by_status = {
        let filterable = filterable.clone();
        Memo::new(move |_| tally.with(|tally| status_chart(filterable.data(), tally, &palette(), width.get())))
    };
    let by_category = {
        let filterable = filterable.clone();
        Memo::new(move |_| tally.with(|tally| category_chart(filterable.data(), tally, &palette(), width.get())))
    };
    let status_description = {
        let filterable = filterable.clone();
        Signal::derive(move || {
            let data = filterable.data();
            tally.with(|tally| {
                let parts: Vec<(String, usize)> = data
                    .statuses_in_order()
                    .iter()
                    .map(|&s| (data.dataset().statuses[s].label.clone(), tally.by_status[s]))
                    .collect();
                (t.chart_description)(tally.total, &parts)
            })
        })
    };
    let category_description = {
        let filterable = filterable.clone();
        Signal::derive(move || {
            let data = filterable.data();
            tally.with(|tally| {
                let parts: Vec<(String, usize)> = data
                    .dataset()
                    .categories
                    .iter()
                    .enumerate()
                    .map(|(c, category)| (category.title.clone(), tally.by_category[c]))
                    .collect();
                (t.chart_description)(tally.total, &parts)
            })
        })
    };
    let dataset = filterable.data().dataset();
    let status_ids: Arc<Vec<String>> = Arc::new(dataset.statuses.iter().map(|s| s.id.clone()).collect());
    let category_ids: Arc<Vec<String>> = Arc::new(dataset.categories.iter().map(|c| c.id.clone()).collect());

    let status_table = {
        let filterable = filterable.clone();
        move || {
            let data = filterable.data();
            let rows = tally.with(|tally| {
                data.statuses_in_order()
                    .iter()
                    .map(|&s| view! { <tr><th scope="row">{data.dataset().statuses[s].label.clone()}</th><td>{tally.by_status[s]}</td></tr> })
                    .collect_view()
            });
            view! {
                <table>
                    <thead><tr><th scope="col">{t.column_status}</th><th scope="col">{t.column_count}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        }
    };
    let category_table = move || {
        let data = filterable.data();
        let dataset = data.dataset();
        let order = data.statuses_in_order();
        let head =
            order.iter().map(|&s| view! { <th scope="col">{dataset.statuses[s].label.clone()}</th> }).collect_view();
        let rows = tally.with(|tally| {
            dataset
                .categories
                .iter()
                .enumerate()
                .map(|(c, category)| {
                    let cells = order.iter().map(|&s| view! { <td>{tally.category_status[c][s]}</td> }).collect_view();
                    view! { <tr><th scope="row">{category.title.clone()}</th>{cells}<td>{tally.by_category[c]}</td></tr> }
                })
                .collect_view()
        });
        view! {
            <table>
                <thead><tr><th scope="col">{t.column_category}</th>{head}<th scope="col">{t.column_total}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
    };

    view! {
        <section class="zg-charts" aria-labelledby=charts_heading.clone() node_ref=section>
            <h2 id=charts_heading.clone()>{t.charts}</h2>
            <p class="zg-hint">{t.chart_hint}</p>
            <div class="zg-chart-grid">
                <ChartFigure
                    title=t.chart_by_status
                    chart=by_status
                    state
                    status_ids=status_ids.clone()
                    category_ids=category_ids.clone()
                    lang
                    testid="chart-status"
                    description=status_description
                    file_name="zhenggai-status"
                    table=status_table
                />
                <ChartFigure
                    title=t.chart_by_category
                    chart=by_category
                    state
                    status_ids
                    category_ids
                    lang
                    testid="chart-category"
                    description=category_description
                    file_name="zhenggai-categories"
                    table=category_table
                />
            </div>
        </section>
    }
}

/// One chart: the plotters SVG, the overlay of toggles, and the data table.
#[component]
fn ChartFigure(
    title: &'static str,
    chart: Memo<Chart>,
    state: RwSignal<ViewState>,
    status_ids: Arc<Vec<String>>,
    category_ids: Arc<Vec<String>>,
    lang: Lang,
    testid: &'static str,
    /// What the chart shows, in words, for screen readers.
    description: Signal<String>,
    /// The base name of downloaded files.
    file_name: &'static str,
    /// The same numbers as a table.
    #[prop(into)]
    table: ViewFn,
) -> impl IntoView {
    let t = texts(lang);
    let png_failed = RwSignal::new(false);
    // The id list a target toggles in, and the id itself.
    let resolve = move |target: Target| -> Option<(bool, String)> {
        match target {
            Target::Status(s) => status_ids.get(s).map(|id| (true, id.clone())),
            Target::Category(c) => category_ids.get(c).map(|id| (false, id.clone())),
        }
    };
    let toggle = {
        let resolve = resolve.clone();
        move |target: Target| {
            if let Some((is_status, id)) = resolve(target) {
                state.update(|s| ViewState::toggle(if is_status { &mut s.statuses } else { &mut s.categories }, &id));
            }
        }
    };
    let hits = move || {
        let chart = chart.get();
        chart
            .hits
            .into_iter()
            .map(|hit| {
                let target = hit.target;
                let pressed = {
                    let resolve = resolve.clone();
                    move || {
                        resolve(target).is_some_and(|(is_status, id)| {
                            state
                                .with(|s| if is_status { s.statuses.contains(&id) } else { s.categories.contains(&id) })
                        })
                    }
                };
                let toggle = toggle.clone();
                let toggle_by_key = toggle.clone();
                view! {
                    <rect
                        class="zg-hit"
                        role="button"
                        tabindex="0"
                        x=hit.x
                        y=hit.y
                        width=hit.width
                        height=hit.height
                        aria-label=(t.bar_name)(&hit.label, hit.count)
                        aria-pressed=move || if pressed() { "true" } else { "false" }
                        on:click=move |_| toggle(target)
                        on:keydown=move |ev: KeyboardEvent| {
                            match ev.key().as_str() {
                                "Enter" | " " => {
                                    ev.prevent_default();
                                    toggle_by_key(target);
                                }
                                // Arrow keys move between the bars of one chart.
                                key @ ("ArrowDown" | "ArrowRight" | "ArrowUp" | "ArrowLeft") => {
                                    ev.prevent_default();
                                    let forward = matches!(key, "ArrowDown" | "ArrowRight");
                                    focus_sibling(&ev, forward);
                                }
                                _ => {}
                            }
                        }
                    ></rect>
                }
            })
            .collect_view()
    };
    view! {
        <figure class="zg-chart" data-testid=testid>
            <figcaption>{title}</figcaption>
            <div class="zg-chart-stack">
                <div
                    class="zg-chart-svg"
                    role="img"
                    aria-label=move || description.get()
                    inner_html=move || chart.with(|c| c.svg.clone())
                ></div>
                <svg
                    class="zg-chart-hits"
                    viewBox=move || chart.with(|c| format!("0 0 {} {}", c.width, c.height))
                    role="group"
                    aria-label=title
                >
                    {hits}
                </svg>
            </div>
            <p class="zg-row zg-chart-exports">
                <button type="button" class="zg-link-button" on:click=move |_| {
                    chart.with_untracked(|c| save_text(&format!("{file_name}.svg"), &c.svg, "image/svg+xml"));
                }>{t.chart_svg}</button>
                <button type="button" class="zg-link-button" data-testid="chart-png" on:click=move |_| {
                    let (svg, width, height) = chart.with_untracked(|c| (c.svg.clone(), c.width, c.height));
                    leptos::task::spawn_local(async move {
                        let saved = save_svg_as_png(&format!("{file_name}.png"), &svg, width, height, 2).await;
                        png_failed.set(!saved);
                    });
                }>{t.chart_png}</button>
                <span role="status">{move || png_failed.get().then_some(t.png_failed)}</span>
            </p>
            <details class="zg-chart-table">
                <summary>{t.data_table}</summary>
                {move || table.run()}
            </details>
        </figure>
    }
}

/// Moves the focus from the bar that received `ev` to the next (or previous) bar of the same chart.
fn focus_sibling(ev: &KeyboardEvent, forward: bool) {
    use wasm_bindgen::JsCast;
    let Some(current) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
    let sibling = if forward { current.next_element_sibling() } else { current.previous_element_sibling() };
    if let Some(sibling) = sibling.and_then(|s| s.dyn_into::<web_sys::SvgElement>().ok()) {
        let _ = sibling.focus();
    }
}
