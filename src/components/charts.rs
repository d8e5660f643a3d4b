//! The two charts (problems by status; categories stacked by status), drawn by zhenggai-charts, and a round's
//! units. An overlay of focusable rectangles makes each bar a toggle: click, Enter or Space selects it in the
//! chart's facet. Each chart counts with every filter but its own facet (`Filterable::matching_except`): its own
//! selection outlines the selected bars and fades the others, which keep their counts, while the other charts, the
//! cards and the list follow. A data table under each chart carries the same numbers for screen readers.

use std::sync::Arc;

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use zhenggai_charts::{Chart, Emphasis, Palette, category_chart, kind_chart, status_chart, unit_chart};
use zhenggai_core::Lang;
use zhenggai_core::ValidDataset;
use zhenggai_core::analysis::standings::Standing;
use zhenggai_core::analysis::tally::Tally;
use zhenggai_core::model::StatusKind;
use zhenggai_core::view::facet::Facet;
use zhenggai_core::view::filter::Filterable;
use zhenggai_core::view::view_state::ViewState;

use crate::Theme;
use crate::components::show_more::ShowAllUnits;
use crate::download::{save_svg_as_png, save_text};
use crate::draw_in_steps::OffScreenSection;
use crate::elderly::Elderly;
use crate::host::HostElement;
use crate::i18n::texts;
use crate::ids::element_id;
use crate::layout::{Wide, measure_when_placed, pixels};
use crate::remembered::remembered_flag;
use crate::rendering::LIVE;

/// Bars the units chart draws before "show all": a round of 60 units would otherwise push the page down by
/// metres.
const UNITS_SHOWN: usize = 15;

/// The status chart's rows in words: per status in display order, or per kind the statuses have.
fn status_rows(data: &ValidDataset, tally: &Tally, by_kind: bool, lang: Lang) -> Vec<(String, usize)> {
    let statuses = &data.dataset().statuses;
    if by_kind {
        StatusKind::ALL
            .into_iter()
            .filter(|&kind| statuses.iter().any(|s| s.kind == kind))
            .map(|kind| (kind.label(lang).to_owned(), tally.kind(kind)))
            .collect()
    } else {
        data.statuses_in_order().iter().map(|&s| (statuses[s].label.clone(), tally.by_status[s])).collect()
    }
}

/// What a chart's figure leaves to its drawing: its padding (0.75em) and border (1px), both sides, at the default
/// font size.
const FIGURE_INSET: u32 = 26;

/// The width a snapshot's charts are drawn at (src/snapshot.rs): a 390-pixel phone's, less the widget's and the
/// figure's padding.
pub const SNAPSHOT_WIDTH: u32 = 332;

/// The gap between two charts in a row (1em), at the default font size.
const CHART_GAP: u32 = 16;

/// What the charts section's width will be (less [`FIGURE_INSET`], as [`Charts`] measures it), from the widget's box:
/// it is already in the page with the loading note, so reading it lays out only that, while measuring the
/// section itself has to wait until the whole dashboard is in the page and laid out. With the right guess the
/// charts are drawn once, not at a default width first and again once measured; a wrong one (another style
/// sheet) is corrected by that measurement.
fn width_guess() -> Option<u32> {
    let HostElement(host) = use_context::<HostElement>()?;
    let widget = host.query_selector(".zg").ok()??;
    let style = web_sys::window()?.get_computed_style(&widget).ok()??;
    // Whole pixels are close enough: a guess off by one is measured and corrected.
    let content = widget.client_width() - pixels(&style, "padding-left") - pixels(&style, "padding-right");
    let width = u32::try_from(content).unwrap_or(0).saturating_sub(FIGURE_INSET);
    (width > 0).then_some(width)
}

/// The width to draw charts at, following the width of `section`: charts are drawn at the width of their
/// container, so that their text keeps its size on any screen.
pub(crate) fn chart_width(section: NodeRef<leptos::html::Section>) -> RwSignal<u32> {
    // Natively (a snapshot) there is nothing to measure: a phone's width.
    let fallback = if LIVE { 640 } else { SNAPSHOT_WIDTH };
    let width = RwSignal::new(width_guess().unwrap_or(fallback));
    let measure = move || {
        if let Some(element) = section.get_untracked() {
            let available = u32::try_from(element.client_width()).unwrap_or(0).saturating_sub(FIGURE_INSET);
            if available > 0 && available != width.get_untracked() {
                width.set(available);
            }
        }
    };
    measure_when_placed(move || section.get().is_some(), measure);
    width
}

/// The status and category charts, and — for a round of several units — the units ranked by completion rate.
#[component]
pub fn Charts(
    filterable: Arc<Filterable>,
    state: RwSignal<ViewState>,
    /// The counts over the problems that pass the filters (computed once, shared with the summary).
    tally: Memo<Tally>,
    /// For several units: the counts with every filter but the unit one.
    round_tally: Memo<Option<Tally>>,
    /// For several units: their standings in `round_tally`, best first.
    ranked: Memo<Option<Vec<Standing>>>,
    lang: Lang,
) -> impl IntoView {
    let t = texts(lang);
    let charts_heading = element_id("charts-heading");
    let section = NodeRef::<leptos::html::Section>::new();
    let full_width = chart_width(section);
    let width = half_width_when_wide(full_width);
    // Each chart counts with every filter but its own facet; its selection only emphasises its bars.
    let own_tally = |facet: Facet| {
        let filterable = filterable.clone();
        Memo::new(move |_| match state.with(|s| filterable.matching_except(s, facet)) {
            Some(matching) => Tally::of(filterable.data(), matching),
            None => tally.get(),
        })
    };
    let (status_tally, category_tally) = (own_tally(Facet::Status), own_tally(Facet::Category));
    // What the bars' emphasis reads: the selections alone, so that a search or a sort does not redraw it, and
    // followed like the counts, so that a chart off screen keeps its drawing until after the paint.
    let selected = Memo::new(move |_| state.with(ViewState::selections));
    // Off screen, the charts catch up with a filter change after the paint (see `OffScreenSection`).
    let off_screen = OffScreenSection::watch(section);
    let (status_tally, category_tally, round_tally, ranked, selected) = (
        off_screen.follow(status_tally),
        off_screen.follow(category_tally),
        off_screen.follow(round_tally),
        off_screen.follow(ranked),
        off_screen.follow(selected),
    );
    let palette = palette();
    // A round whose units word their statuses differently is counted by kind; each problem keeps its words.
    let by_kind = filterable.data().words_statuses_per_unit();
    let by_status = drawn_status_chart(filterable.clone(), status_tally, selected, palette, width, by_kind, lang);
    let by_category = drawn_category_chart(filterable.clone(), category_tally, selected, palette, width);
    let units_figure = (filterable.data().dataset().units.len() > 1).then(|| {
        view! { <UnitsFigure filterable=filterable.clone() state round_tally ranked selected palette width=full_width lang/> }
    });

    view! {
        <section class="zg-charts" aria-labelledby=charts_heading.clone() node_ref=section>
            <h2 id=charts_heading.clone()>{t.charts}</h2>
            <p class="zg-hint">{t.chart_hint}</p>
            <div class="zg-chart-grid">
                <ChartFigure
                    title=t.names.by_status
                    chart=by_status
                    state
                    filterable=filterable.clone()
                    lang
                    testid="chart-status"
                    description=status_description(filterable.clone(), status_tally, by_kind, lang)
                    file_name="zhenggai-status"
                    table=status_table(filterable.clone(), status_tally, by_kind, lang)
                />
                <ChartFigure
                    title=t.chart_by_category
                    chart=by_category
                    state
                    filterable=filterable.clone()
                    lang
                    testid="chart-category"
                    description=category_description(filterable.clone(), category_tally, lang)
                    file_name="zhenggai-categories"
                    table=category_table(filterable.clone(), category_tally, lang)
                />
                {units_figure}
            </div>
        </section>
    }
}

/// In the wide layout the status and category charts share a row: each gets half of it, less the gap.
fn half_width_when_wide(full_width: RwSignal<u32>) -> Memo<u32> {
    let wide = use_context::<Wide>().map(|Wide(wide)| wide);
    Memo::new(move |_| {
        let full = full_width.get();
        match wide.is_some_and(|wide| wide.get()) {
            true => ((full + FIGURE_INSET).saturating_sub(CHART_GAP) / 2).saturating_sub(FIGURE_INSET),
            false => full,
        }
    })
}

/// Dark charts on a dark theme, except in elderly-friendly mode, which is always the high-contrast light page.
fn palette() -> Signal<Palette> {
    let dark = use_context::<Theme>() == Some(Theme::Dark);
    let elderly = use_context::<Elderly>().map(|Elderly(on)| on);
    Signal::derive(move || if dark && !elderly.is_some_and(|on| on.get()) { Palette::DARK } else { Palette::LIGHT })
}

/// The status chart, redrawn when its counts, the selections, the palette or the width change: by status, or by
/// kind for a round whose units word their statuses differently.
fn drawn_status_chart(
    filterable: Arc<Filterable>,
    tally: Memo<Tally>,
    selected: Memo<ViewState>,
    palette: Signal<Palette>,
    width: Memo<u32>,
    by_kind: bool,
    lang: Lang,
) -> Memo<Chart> {
    let ids = element_id("status-chart");
    Memo::new(move |_| {
        tally.with(|tally| {
            selected.with(|selected| {
                let (data, palette, width) = (filterable.data(), palette.get(), width.get());
                if by_kind {
                    kind_chart(data, tally, selected, &palette, width, &ids, |kind| kind.label(lang).to_owned())
                } else {
                    status_chart(data, tally, selected, &palette, width, &ids)
                }
            })
        })
    })
}

/// The category chart, stacked by status, redrawn like the status chart.
fn drawn_category_chart(
    filterable: Arc<Filterable>,
    tally: Memo<Tally>,
    selected: Memo<ViewState>,
    palette: Signal<Palette>,
    width: Memo<u32>,
) -> Memo<Chart> {
    let ids = element_id("category-chart");
    Memo::new(move |_| {
        tally.with(|tally| {
            selected
                .with(|selected| category_chart(filterable.data(), tally, selected, &palette.get(), width.get(), &ids))
        })
    })
}

/// The status chart in words, for screen readers.
fn status_description(filterable: Arc<Filterable>, tally: Memo<Tally>, by_kind: bool, lang: Lang) -> Signal<String> {
    let t = texts(lang);
    Signal::derive(move || {
        let data = filterable.data();
        tally.with(|tally| (t.chart_description)(tally.total, &status_rows(data, tally, by_kind, lang)))
    })
}

/// The category chart in words, for screen readers.
fn category_description(filterable: Arc<Filterable>, tally: Memo<Tally>, lang: Lang) -> Signal<String> {
    let t = texts(lang);
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
}

/// The status chart's numbers as a table.
fn status_table(filterable: Arc<Filterable>, tally: Memo<Tally>, by_kind: bool, lang: Lang) -> ViewFn {
    let t = texts(lang);
    ViewFn::from(move || {
        let data = filterable.data();
        let rows = tally.with(|tally| {
            status_rows(data, tally, by_kind, lang)
                .into_iter()
                .map(|(label, count)| view! { <tr><th scope="row">{label}</th><td>{count}</td></tr> })
                .collect_view()
        });
        view! {
            <table>
                <thead><tr><th scope="col">{t.names.status}</th><th scope="col">{t.names.count}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
    })
}

/// The category chart's numbers as a table: a row per category, a column per status.
fn category_table(filterable: Arc<Filterable>, tally: Memo<Tally>, lang: Lang) -> ViewFn {
    let t = texts(lang);
    ViewFn::from(move || {
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
    })
}

/// The units of a round, ranked by completion rate, each bar stacked by status; the first [`UNITS_SHOWN`] until
/// the visitor asks for all.
#[component]
fn UnitsFigure(
    filterable: Arc<Filterable>,
    state: RwSignal<ViewState>,
    round_tally: Memo<Option<Tally>>,
    ranked: Memo<Option<Vec<Standing>>>,
    /// The selections, for the bars' emphasis.
    selected: Memo<ViewState>,
    palette: Signal<Palette>,
    width: RwSignal<u32>,
    lang: Lang,
) -> impl IntoView {
    let t = texts(lang);
    let show_all = remembered_flag("units-chart-all");
    // Every unit is ranked: the count never changes, so the "show all" button is drawn once.
    let count = filterable.data().dataset().units.len();
    let chart = {
        let (filterable, ids) = (filterable.clone(), element_id("unit-chart"));
        Memo::new(move |_| {
            round_tally.with(|tally| {
                let empty = Tally::of(filterable.data(), []);
                let tally = tally.as_ref().unwrap_or(&empty);
                let selected = selected.read();
                ranked.with(|ranked| {
                    let ranked = ranked.as_deref().unwrap_or_default();
                    let shown = if show_all.get() { ranked } else { &ranked[..ranked.len().min(UNITS_SHOWN)] };
                    unit_chart(filterable.data(), tally, &selected, shown, &palette.get(), width.get(), &ids)
                })
            })
        })
    };
    let description = units_description(filterable.clone(), ranked, lang);
    let table = units_table(filterable.clone(), round_tally, ranked, lang);
    view! {
        <div class="zg-chart-wide">
            <ChartFigure
                title=t.chart_by_unit
                chart
                state
                filterable
                lang
                testid="chart-unit"
                description
                file_name="zhenggai-units"
                table
            />
            <ShowAllUnits count first=UNITS_SHOWN show_all testid="units-show-all" lang/>
        </div>
    }
}

/// The units chart in words: each unit with its completion rate and problems, best first.
fn units_description(filterable: Arc<Filterable>, ranked: Memo<Option<Vec<Standing>>>, lang: Lang) -> Signal<String> {
    let t = texts(lang);
    Signal::derive(move || {
        let units = &filterable.data().dataset().units;
        ranked.with(|ranked| {
            let ranked = ranked.as_deref().unwrap_or_default();
            let parts: Vec<(String, usize)> =
                ranked.iter().map(|s| (format!("{} {:.0}%", units[s.unit].name, s.done_rate), s.total)).collect();
            (t.chart_description)(ranked.iter().map(|s| s.total).sum(), &parts)
        })
    })
}

/// The units chart's numbers as a table: a row per unit, best first, a column per status.
fn units_table(
    filterable: Arc<Filterable>,
    round_tally: Memo<Option<Tally>>,
    ranked: Memo<Option<Vec<Standing>>>,
    lang: Lang,
) -> ViewFn {
    let t = texts(lang);
    ViewFn::from(move || {
        let dataset = filterable.data().dataset();
        let order = filterable.data().statuses_in_order();
        let head =
            order.iter().map(|&s| view! { <th scope="col">{dataset.statuses[s].label.clone()}</th> }).collect_view();
        let rows = round_tally.with(|tally| {
            ranked.with(|ranked| {
                let (Some(tally), Some(ranked)) = (tally, ranked) else { return Vec::new() };
                ranked
                    .iter()
                    .map(|standing| {
                        let cells = order
                            .iter()
                            .map(|&s| view! { <td>{tally.unit_status[standing.unit][s]}</td> })
                            .collect_view();
                        view! {
                            <tr>
                                <th scope="row">{dataset.units[standing.unit].name.clone()}</th>
                                {cells}
                                <td>{standing.total}</td>
                                <td>{format!("{:.0}%", standing.done_rate)}</td>
                            </tr>
                        }
                    })
                    .collect::<Vec<_>>()
            })
        });
        view! {
            <table>
                <thead><tr><th scope="col">{t.column_unit}</th>{head}<th scope="col">{t.column_total}</th><th scope="col">{t.column_done_rate}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
    })
}

/// The focusable rectangle over bar `row` at `place` (x, y, width, height): a toggle of what the bar stands for,
/// named by the bar's label and count, arrow keys moving to the next bar.
fn bar_toggle(
    chart: Memo<Chart>,
    row: usize,
    (x, y, width, height): (i32, i32, i32, i32),
    toggle: impl Fn(usize) + Clone + Send + Sync + 'static,
    lang: Lang,
) -> impl IntoView {
    let t = texts(lang);
    let pressed = move || chart.with(|c| c.hits.get(row).is_some_and(|hit| hit.emphasis == Emphasis::Selected));
    let toggle_by_key = toggle.clone();
    let name = move || {
        chart.with(|c| {
            c.hits
                .get(row)
                .map(|hit| (t.bar_name)(&hit.label, hit.count, hit.emphasis == Emphasis::Selected))
                .unwrap_or_default()
        })
    };
    view! {
        <rect
            class="zg-hit"
            role="button"
            tabindex="0"
            x=x
            y=y
            width=width
            height=height
            aria-label=name
            aria-pressed=move || if pressed() { "true" } else { "false" }
            on:click=move |_| toggle(row)
            on:keydown=move |ev: KeyboardEvent| {
                match ev.key().as_str() {
                    "Enter" | " " => {
                        ev.prevent_default();
                        toggle_by_key(row);
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
}

/// The chart as an SVG or a PNG file, and a note when the PNG cannot be made.
fn chart_exports(chart: Memo<Chart>, file_name: &'static str, lang: Lang) -> impl IntoView {
    let t = texts(lang);
    let png_failed = RwSignal::new(false);
    view! {
        <p class="zg-row zg-chart-exports">
            <button type="button" class="zg-link-button" on:click=move |_| {
                chart.with_untracked(|c| save_text(&format!("{file_name}.svg"), &c.svg(), "image/svg+xml"));
            }>{t.chart_svg}</button>
            <button type="button" class="zg-link-button" data-testid="chart-png" on:click=move |_| {
                let (svg, width, height) = chart.with_untracked(|c| (c.svg(), c.width, c.height));
                leptos::task::spawn_local(async move {
                    let saved = save_svg_as_png(&format!("{file_name}.png"), &svg, width, height, 2).await;
                    png_failed.set(!saved);
                });
            }>{t.chart_png}</button>
            <span role="status">{move || png_failed.get().then_some(t.png_failed)}</span>
        </p>
    }
}

/// One chart: the plotters SVG, the overlay of toggles, and the data table.
#[component]
fn ChartFigure(
    title: &'static str,
    chart: Memo<Chart>,
    state: RwSignal<ViewState>,
    /// Resolves what a bar stands for into the ids it selects.
    filterable: Arc<Filterable>,
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
    let table_open = remembered_flag(&format!("table-{testid}"));
    let toggle = move |row: usize| {
        let target = chart.with_untracked(|c| c.hits.get(row).map(|hit| hit.target));
        if let Some((facet, ids)) = target.and_then(|target| target.selection(filterable.data())) {
            state.update(|s| s.toggle_ids(facet, &ids));
        }
    };
    // The labels' layer is set again only when it changes (at a filter change it mostly does not), and the overlay
    // of toggles only when the bars move: each toggle reads what its bar stands for from the chart when asked.
    let labels = Memo::new(move |_| chart.with(|c| c.labels.clone()));
    let places =
        Memo::new(move |_| chart.with(|c| c.hits.iter().map(|h| (h.x, h.y, h.width, h.height)).collect::<Vec<_>>()));
    let hits = move || {
        let toggle = toggle.clone();
        places
            .get()
            .into_iter()
            .enumerate()
            .map(|(row, place)| bar_toggle(chart, row, place, toggle.clone(), lang))
            .collect_view()
    };
    view! {
        <figure class="zg-chart" data-testid=testid>
            <figcaption>{title}</figcaption>
            <div class="zg-chart-stack">
                <div class="zg-chart-svg" role="img" aria-label=move || description.get()>
                    <div class="zg-chart-labels" inner_html=move || labels.get()></div>
                    <div class="zg-chart-bars" inner_html=move || chart.with(|c| c.bars.clone())></div>
                </div>
                <svg
                    class="zg-chart-hits"
                    viewBox=move || chart.with(|c| format!("0 0 {} {}", c.width, c.height))
                    role="group"
                    aria-label=title
                >
                    {hits}
                </svg>
            </div>
            {chart_exports(chart, file_name, lang)}
            // Drawn only while open: a round's tables have hundreds of rows, rebuilt at every filter change.
            <details class="zg-chart-table" prop:open=move || table_open.get() on:toggle=move |ev| table_open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
                <summary>{t.data_table}</summary>
                // A snapshot holds it (closed): its <details> opens without the script.
                {move || (table_open.get() || !LIVE).then(|| table.run())}
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
        // A bar that cannot take the focus leaves it where it was: nothing to tell the visitor.
        let _ = sibling.focus();
    }
}
