//! A summary-only report: the report lists no problems one by one (many published texts give only the figures;
//! a whole round is often published that way), so the dashboard shows what it declares — the totals by status as
//! a chart and cards, the completion rate, the measures, petitions and rules — plainly marked as the report's own
//! figures (按通报声明), with no filter or list that would pretend to have problems.

use std::sync::Arc;

use leptos::prelude::*;
use zhenggai_charts::{Palette, status_chart};
use zhenggai_core::Lang;
use zhenggai_core::filter::Filterable;
use zhenggai_core::model::{Settled, StatusKind};
use zhenggai_core::tally::Tally;

use crate::Theme;
use crate::components::charts::chart_width;
use crate::elderly::Elderly;
use crate::i18n::{kind_label, texts};
use crate::ids::element_id;

/// The declared figures of a report that lists no problems. `tally` is [`Tally::declared`].
#[component]
pub fn DeclaredSummary(filterable: Arc<Filterable>, tally: Tally, lang: Lang) -> impl IntoView {
    let t = texts(lang);
    let data = filterable.data();
    let dataset = data.dataset();
    let declared = dataset.declared.clone();
    let heading = element_id("declared-heading");
    let note = element_id("declared-note");

    let stat = |label: &'static str, value: String, testid: &'static str| {
        view! { <div class="zg-stat" data-testid=testid><dt>{label}</dt><dd>{value}</dd></div> }
    };
    let settled = |pair: Settled| match pair.settled {
        Some(settled) => (t.settled_of)(settled, pair.total),
        None => pair.total.to_string(),
    };
    let kinds = StatusKind::ALL
        .into_iter()
        .filter(|&kind| tally.kind(kind) > 0)
        .map(|kind| {
            let share = tally.percent(kind).round();
            view! {
                <div class=format!("zg-stat zg-kind-{}", kind.as_str()) data-testid="kind-total">
                    <dt>{kind_label(lang, kind)}</dt>
                    <dd>{tally.kind(kind)} <small>{format!(" ({share}%)")}</small></dd>
                </div>
            }
        })
        .collect_view();
    let meetings = declared
        .meetings
        .iter()
        .map(|m| view! { <li>{format!("{}：{} {}", m.label, m.count, m.unit.as_deref().unwrap_or_default())}</li> })
        .collect_view();

    // The chart is a picture of the declared counts: nothing in it can be clicked, since there is nothing to filter.
    let dark = use_context::<Theme>() == Some(Theme::Dark);
    let elderly = use_context::<Elderly>().map(|Elderly(on)| on);
    let chart_ids = element_id("declared-chart");
    let section = NodeRef::<leptos::html::Section>::new();
    // As wide as the section, at most as wide as the figure's maximum (40rem), so the text keeps its size.
    let width = chart_width(section);
    let chart = {
        let (filterable, tally) = (filterable.clone(), tally.clone());
        move || {
            let palette = if dark && !elderly.is_some_and(|on| on.get()) { Palette::DARK } else { Palette::LIGHT };
            status_chart(filterable.data(), &tally, &palette, width.get().min(620), &chart_ids)
        }
    };
    let order = data.statuses_in_order().to_vec();
    let rows: Vec<(String, usize)> =
        order.iter().map(|&s| (dataset.statuses[s].label.clone(), tally.by_status[s])).collect();
    let description = (t.chart_description)(tally.total, &rows);
    let table_rows = rows
        .iter()
        .map(|(label, count)| view! { <tr><th scope="row">{label.clone()}</th><td>{*count}</td></tr> })
        .collect_view();
    let source_text = declared.source_text.clone();

    view! {
        <section class="zg-summary zg-declared" aria-labelledby=heading.clone() aria-describedby=note.clone() data-testid="declared-summary" node_ref=section>
            <h2 id=heading.clone()>{t.declared_heading} " " <span class="zg-badge">{t.declared_badge}</span></h2>
            <p id=note.clone() class="zg-hint" data-testid="declared-note">{t.declared_only_note}</p>
            <dl class="zg-stats">
                {stat(t.total_problems, tally.total.to_string(), "total")}
                {kinds}
                {declared.completion_rate.map(|rate| stat(t.declared_rate, format!("{rate}%"), "declared-rate"))}
                {declared.categories.map(|n| stat(t.declared_categories, n.to_string(), "declared-categories"))}
                {declared.units.map(|n| stat(t.declared_units, n.to_string(), "declared-units"))}
                {declared.measures.map(|pair| stat(t.declared_measures, settled(pair), "declared-measures"))}
                {declared.petitions.map(|pair| stat(t.petitions_settled, settled(pair), "declared-petitions"))}
                {declared.immediate_rectification.map(|pair| stat(t.immediate_rectification, settled(pair), "declared-immediate"))}
                {declared.documents_issued.map(|n| stat(t.documents_issued, n.to_string(), "declared-documents"))}
            </dl>
            {(!declared.meetings.is_empty()).then(|| view! {
                <h3>{t.declared_meetings}</h3>
                <ul class="zg-declared-meetings">{meetings}</ul>
            })}
            {(!rows.is_empty()).then(|| {
                let chart = chart.clone();
                view! {
                    <figure class="zg-chart" data-testid="declared-chart">
                        <figcaption>{t.chart_by_status} " (" {t.declared_badge} ")"</figcaption>
                        <div class="zg-chart-svg" role="img" aria-label=description.clone()>
                            <div class="zg-chart-labels" inner_html=move || chart().svg()></div>
                        </div>
                        <table class="zg-declared-table">
                            <thead><tr><th scope="col">{t.column_status}</th><th scope="col">{t.column_count}</th></tr></thead>
                            <tbody>{table_rows}</tbody>
                        </table>
                    </figure>
                }
            })}
            {(!source_text.is_empty()).then(|| view! {
                <details class="zg-declared-source">
                    <summary>{t.declared_source}</summary>
                    <ul>{source_text.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
                </details>
            })}
        </section>
    }
}
