//! A summary-only report: the report lists no problems one by one (many published texts give only the figures;
//! a whole round is often published that way), so the dashboard shows what it declares — the totals by status as
//! a chart and cards, the completion rate, the measures, petitions and rules — plainly marked as the report's own
//! figures (按通报声明), with no filter or list that would pretend to have problems.

use std::sync::Arc;

use leptos::prelude::*;
use zhenggai_charts::{Palette, status_chart};
use zhenggai_core::Lang;
use zhenggai_core::ValidDataset;
use zhenggai_core::analysis::tally::Tally;
use zhenggai_core::model::{Settled, StatusKind};
use zhenggai_core::output::static_html::escape;
use zhenggai_core::view::filter::Filterable;
use zhenggai_core::view::view_state::ViewState;

use crate::Theme;
use crate::components::charts::chart_width;
use crate::elderly::Elderly;
use crate::i18n::texts;
use crate::ids::element_id;

/// The declared figures of a report that lists no problems. `tally` is [`Tally::declared`].
///
/// Nothing in it reacts to the visitor but the chart's width and palette, so it is one piece of markup, every
/// text in it escaped ([`escape`]), set at once: as typed views its eight optional cards cost 6 KB of gzipped
/// wasm, for a view most reports never show.
#[component]
pub fn DeclaredSummary(filterable: Arc<Filterable>, tally: Tally, lang: Lang) -> impl IntoView {
    let heading = element_id("declared-heading");
    let note = element_id("declared-note");
    let chart_ids = element_id("declared-chart");
    let section = NodeRef::<leptos::html::Section>::new();
    // As wide as the section, at most 620 px, so that the text keeps its size.
    let width = chart_width(section);
    let dark = use_context::<Theme>() == Some(Theme::Dark);
    let elderly = use_context::<Elderly>().map(|Elderly(on)| on);
    let html = {
        let (heading, note) = (heading.clone(), note.clone());
        move || {
            let palette = if dark && !elderly.is_some_and(|on| on.get()) { Palette::DARK } else { Palette::LIGHT };
            let data = filterable.data();
            let chart = status_chart(data, &tally, &ViewState::default(), &palette, width.get().min(620), &chart_ids);
            markup(data, &tally, lang, &heading, &note, &chart.svg())
        }
    };
    view! {
        <section
            class="zg-summary zg-declared"
            aria-labelledby=heading
            aria-describedby=note
            data-testid="declared-summary"
            node_ref=section
            inner_html=html
        ></section>
    }
}

/// The section's content: heading and mark, the cards, the meetings, the chart with its table, the report's words.
fn markup(data: &ValidDataset, tally: &Tally, lang: Lang, heading: &str, note: &str, chart_svg: &str) -> String {
    let t = texts(lang);
    let dataset = data.dataset();
    let declared = &dataset.declared;
    let e = escape;
    // (class, test id, label, value): values are numbers and fixed words, labels from the message tables.
    let mut cards: Vec<(String, &str, &str, String)> =
        vec![("zg-stat".to_owned(), "total", t.total_problems, tally.total.to_string())];
    for kind in StatusKind::ALL.into_iter().filter(|&kind| tally.kind(kind) > 0) {
        let share = tally.percent(kind).round();
        cards.push((
            format!("zg-stat zg-kind-{}", kind.as_str()),
            "kind-total",
            kind.label(lang),
            format!("{} <small>({share}%)</small>", tally.kind(kind)),
        ));
    }
    let settled = |pair: Settled| match pair.settled {
        Some(settled) => e(&(t.settled_of)(settled, pair.total)),
        None => pair.total.to_string(),
    };
    let optional = [
        ("declared-rate", t.declared_rate, declared.completion_rate.map(|rate| format!("{rate}%"))),
        ("declared-categories", t.declared_categories, declared.categories.map(|n| n.to_string())),
        ("declared-units", t.declared_units, declared.units.map(|n| n.to_string())),
        ("declared-measures", t.declared_measures, declared.measures.map(settled)),
        ("declared-petitions", t.petitions_settled, declared.petitions.map(settled)),
        ("declared-immediate", t.immediate_rectification, declared.immediate_rectification.map(settled)),
        ("declared-documents", t.documents_issued, declared.documents_issued.map(|n| n.to_string())),
    ];
    for (testid, label, value) in optional {
        if let Some(value) = value {
            cards.push(("zg-stat".to_owned(), testid, label, value));
        }
    }
    let mut html = format!(
        "<h2 id=\"{}\">{} <span class=\"zg-badge\">{}</span></h2><p id=\"{}\" class=\"zg-hint\" data-testid=\"declared-note\">{}</p><dl class=\"zg-stats\">",
        e(heading),
        e(t.declared_heading),
        e(t.declared_badge),
        e(note),
        e(t.declared_only_note)
    );
    for (class, testid, label, value) in &cards {
        html += &format!("<div class=\"{class}\" data-testid=\"{testid}\"><dt>{}</dt><dd>{value}</dd></div>", e(label));
    }
    html += "</dl>";
    if !declared.meetings.is_empty() {
        html += &format!("<h3>{}</h3><ul class=\"zg-declared-meetings\">", e(t.declared_meetings));
        for m in &declared.meetings {
            html += &format!("<li>{}：{} {}</li>", e(&m.label), m.count, e(m.unit.as_deref().unwrap_or_default()));
        }
        html += "</ul>";
    }
    let rows: Vec<(String, usize)> =
        data.statuses_in_order().iter().map(|&s| (dataset.statuses[s].label.clone(), tally.by_status[s])).collect();
    if !rows.is_empty() {
        html += &format!(
            "<figure class=\"zg-chart\" data-testid=\"declared-chart\"><figcaption>{} ({})</figcaption><div class=\"zg-chart-svg\" role=\"img\" aria-label=\"{}\"><div class=\"zg-chart-labels\">{chart_svg}</div></div><table class=\"zg-declared-table\"><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
            e(t.names.by_status),
            e(t.declared_badge),
            e(&(t.chart_description)(tally.total, &rows)),
            e(t.names.status),
            e(t.names.count)
        );
        for (label, count) in &rows {
            html += &format!("<tr><th scope=\"row\">{}</th><td>{count}</td></tr>", e(label));
        }
        html += "</tbody></table></figure>";
    }
    if !declared.source_text.is_empty() {
        html += &format!("<details class=\"zg-declared-source\"><summary>{}</summary><ul>", e(t.declared_source));
        for sentence in &declared.source_text {
            html += &format!("<li>{}</li>", e(sentence));
        }
        html += "</ul></details>";
    }
    html
}
