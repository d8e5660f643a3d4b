//! The report's title, who is who (issuer, inspected units, team), the key dates as a timeline, and the source.

use std::sync::Arc;

use leptos::prelude::*;
use zhenggai_core::Lang;
use zhenggai_core::date::PartialDate;
use zhenggai_core::view::filter::Filterable;

use crate::components::clipped::Clipped;
use crate::i18n::{inspection_kind, texts};

fn show_date(date: PartialDate, lang: Lang) -> String {
    match lang {
        Lang::Zh => date.to_chinese(),
        Lang::En => date.to_string(),
    }
}

/// The header of the report.
#[component]
pub fn ReportHeader(filterable: Arc<Filterable>, lang: Lang) -> impl IntoView {
    let t = texts(lang);
    let data = filterable.data();
    let dataset = data.dataset();
    let report = &dataset.report;
    let inspection = &report.inspection;
    let separator = t.list_separator;
    let units = dataset.units.iter().map(|u| u.name.as_str()).collect::<Vec<_>>().join(separator);
    let team = format!("{}（{}）", inspection.team, inspection_kind(lang, inspection.kind));

    let mut steps: Vec<(&'static str, String)> = Vec::new();
    if let Some(period) = inspection.period {
        let dash = if lang == Lang::Zh { "至" } else { " – " };
        steps.push((
            t.inspection_period,
            format!("{}{dash}{}", show_date(period.start, lang), show_date(period.end, lang)),
        ));
    }
    for (label, date) in
        [(t.feedback, inspection.feedback_date), (t.names.as_of, report.as_of), (t.names.published, report.published)]
    {
        if let Some(date) = date {
            steps.push((label, show_date(date, lang)));
        }
    }
    let timeline = (!steps.is_empty()).then(|| {
        view! {
            <ol class="zg-timeline" aria-label=t.timeline>
                {steps
                    .into_iter()
                    .map(|(label, when)| view! { <li><span class="zg-timeline-label">{label}</span> <span>{when}</span></li> })
                    .collect_view()}
            </ol>
        }
    });
    let source = report.source.as_ref().map(|source| {
        // Only http(s) addresses become links: a `javascript:` URL in the data stays text.
        let link = source.url.clone().filter(|u| u.starts_with("https://") || u.starts_with("http://"));
        view! {
            <p class="zg-source">
                {t.source} {if lang == Lang::Zh { "：" } else { ": " }} {source.description.clone()}
                {link.map(|url| view! { " " <a href=url.clone() rel="noopener noreferrer">{url.clone()}</a> })}
            </p>
        }
    });

    view! {
        <header class="zg-header">
            <h1 class="zg-title" data-testid="report-title"><Clipped text=report.title.clone() lang/></h1>
            <dl class="zg-facts">
                <dt>{t.names.issuer}</dt>
                <dd>{report.issuer.clone()}</dd>
                <dt>{t.names.unit}</dt>
                <dd>{units}</dd>
                <dt>{t.names.team}</dt>
                <dd>{team}</dd>
            </dl>
            {timeline}
            {source}
        </header>
    }
}
