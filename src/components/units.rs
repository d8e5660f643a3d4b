//! A round of several units: each unit's completion rates in rank order, and drilling down from the round to
//! one unit (and back). Nothing is shown for a single-unit report.

use std::sync::Arc;

use leptos::prelude::*;
use zhenggai_core::Lang;
use zhenggai_core::analysis::standings::Standing;
use zhenggai_core::model::{StatusKind, Unit};
use zhenggai_core::view::filter::Filterable;
use zhenggai_core::view::view_state::ViewState;

use crate::components::show_more::ShowAllUnits;
use crate::draw_in_steps::OffScreenSection;
use crate::i18n::texts;
use crate::ids::element_id;
use crate::remembered::remembered_flag;

/// Rows of the standings table drawn before "show all".
const ROWS_SHOWN: usize = 20;

/// The units' standings table with a drill-down button per unit.
#[component]
pub fn UnitProgress(
    filterable: Arc<Filterable>,
    state: RwSignal<ViewState>,
    /// The units' standings, counted with every filter but the unit one, best first (`None` for a single unit).
    ranked: Memo<Option<Vec<Standing>>>,
    lang: Lang,
) -> impl IntoView {
    let t = texts(lang);
    let heading = element_id("units-heading");
    // Off screen, the table catches up with a filter change after the paint (see `OffScreenSection`).
    let section = NodeRef::<leptos::html::Section>::new();
    let ranked = OffScreenSection::watch(section).follow(ranked);
    let units = Arc::new(filterable.data().dataset().units.clone());
    // Every unit is ranked: the count never changes, so the "show all" button is drawn once.
    let count = units.len();

    // The unit drilled into, apart from the rest of the state: the rows follow this, not every filter change.
    let drilled_into = Memo::new(move |_| state.with(|s| (s.units.len() == 1).then(|| s.units[0].clone())));

    // While exactly one unit is selected, say which, where it ranks, and offer the way back.
    let drilled = {
        let units = units.clone();
        move || drilled_note(&units, ranked, drilled_into, state, lang)
    };

    // A round of 500 units would rebuild 500 rows at every filter change: the first ones until asked for all.
    // The rows stay when the ranking changes: row n shows whichever unit ranks n-th, so a filter change rewrites
    // the text of the cells that changed instead of building the table again (new rows mean new text for the
    // browser to lay out, and new buttons with their listeners).
    let show_all = remembered_flag("units-table-all");
    let shown = Memo::new(move |_| {
        let ranked = ranked.with(|ranked| ranked.as_ref().map_or(0, Vec::len));
        if show_all.get() { ranked } else { ranked.min(ROWS_SHOWN) }
    });
    let rows = {
        let units = units.clone();
        move || {
            (0..shown.get())
                .map(|row| standing_row(row, units.clone(), ranked, drilled_into, state, lang))
                .collect_view()
        }
    };

    // The section is drawn once; only its rows follow the ranking. (Reading `ranked` here would redraw the whole
    // table, head and all, at every filter change.)
    let several_units = Memo::new(move |_| ranked.with(Option::is_some));
    move || {
        several_units.get().then(|| {
            view! {
                <section class="zg-units" aria-labelledby=heading.clone() data-testid="unit-progress" node_ref=section>
                    <h2 id=heading.clone()>{t.unit_progress}</h2>
                    {drilled.clone()}
                    <div class="zg-table-scroll">
                        <table class="zg-standings">
                            <thead>
                                <tr>
                                    <th scope="col">"#"</th>
                                    <th scope="col">{t.column_unit}</th>
                                    <th scope="col">{t.column_total}</th>
                                    <th scope="col">{StatusKind::Done.label(lang)}</th>
                                    <th scope="col">{StatusKind::MostlyDone.label(lang)}</th>
                                    <th scope="col">{t.column_done_rate}</th>
                                    <th scope="col">{t.column_settled_rate}</th>
                                </tr>
                            </thead>
                            <tbody>{rows.clone()}</tbody>
                        </table>
                    </div>
                    <ShowAllUnits count first=ROWS_SHOWN show_all testid="standings-show-all" lang/>
                </section>
            }
        })
    }
}

/// "Viewing 某单位 · ranked 3rd of 12 · done 75%", and the way back to the whole round; nothing unless exactly one
/// unit is selected.
fn drilled_note(
    units: &[Unit],
    ranked: Memo<Option<Vec<Standing>>>,
    drilled_into: Memo<Option<String>>,
    state: RwSignal<ViewState>,
    lang: Lang,
) -> Option<impl IntoView + use<>> {
    let t = texts(lang);
    let selected = drilled_into.get()?;
    let u = units.iter().position(|unit| unit.id == selected)?;
    let (rank, of, rate) = ranked.with(|ranked| {
        let ranked = ranked.as_deref().unwrap_or_default();
        let at = ranked.iter().position(|s| s.unit == u);
        (at.map(|at| at + 1), ranked.len(), at.map(|at| ranked[at].done_rate))
    });
    Some(view! {
        <p class="zg-drilled" role="status" data-testid="drilled-unit">
            <strong>{(t.viewing_unit)(&units[u].name)}</strong>
            {rank.zip(rate).map(|(rank, rate)| {
                format!(" · {} · {} {:.0}%", (t.unit_rank)(rank, of), t.column_done_rate, rate)
            })}
            " "
            <button type="button" class="zg-button" on:click=move |_| state.update(|s| s.units.clear())>
                {t.back_to_round}
            </button>
        </p>
    })
}

/// Row `row` of the standings: whichever unit ranks `row + 1`-th, its cells following the ranking, its name a
/// button that drills into it.
fn standing_row(
    row: usize,
    units: Arc<Vec<Unit>>,
    ranked: Memo<Option<Vec<Standing>>>,
    drilled_into: Memo<Option<String>>,
    state: RwSignal<ViewState>,
    lang: Lang,
) -> impl IntoView {
    let t = texts(lang);
    let unit_at = move |row: usize| ranked.with(|ranked| Some(ranked.as_ref()?.get(row)?.unit));
    let cell = move |text: fn(&Standing) -> String| {
        move || ranked.with(|ranked| ranked.as_ref().and_then(|r| r.get(row)).map(text).unwrap_or_default())
    };
    let (name_units, label_units, pressed_units, click_units) = (units.clone(), units.clone(), units.clone(), units);
    let name = move || unit_at(row).map(|u| name_units[u].name.clone()).unwrap_or_default();
    let label = move || unit_at(row).map(|u| (t.drill_down)(&label_units[u].name)).unwrap_or_default();
    let pressed = move || {
        let id = unit_at(row).map(|u| pressed_units[u].id.as_str());
        drilled_into.with(|drilled| drilled.is_some() && drilled.as_deref() == id)
    };
    let drill_down = move |_| {
        let Some(u) = untrack(|| unit_at(row)) else { return };
        state.update(|s| {
            s.units = vec![click_units[u].id.clone()];
            s.open = None;
        });
    };
    view! {
        <tr>
            <td>{row + 1}</td>
            <th scope="row">
                <button
                    type="button"
                    class="zg-link-button"
                    aria-pressed=move || if pressed() { "true" } else { "false" }
                    aria-label=label
                    on:click=drill_down
                >
                    {name}
                </button>
            </th>
            <td>{cell(|s| s.total.to_string())}</td>
            <td>{cell(|s| s.done.to_string())}</td>
            <td>{cell(|s| s.mostly_done.to_string())}</td>
            <td>{cell(|s| format!("{:.0}%", s.done_rate))}</td>
            <td>{cell(|s| format!("{:.0}%", s.settled_rate))}</td>
        </tr>
    }
}
