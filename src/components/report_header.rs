//! The report's title and who is who: issuer, inspected unit(s), inspection team.

use leptos::prelude::*;
use zhenggai_core::{Lang, ValidDataset};

use crate::i18n::texts;

/// The header of the report.
#[component]
pub fn ReportHeader(data: ValidDataset, lang: Lang) -> impl IntoView {
    let t = texts(lang);
    let dataset = data.dataset();
    let report = &dataset.report;
    let units = dataset.units.iter().map(|u| u.name.as_str()).collect::<Vec<_>>().join("、");
    view! {
        <header class="zg-header">
            <h1 class="zg-title" data-testid="report-title">{report.title.clone()}</h1>
            <dl class="zg-facts">
                <dt>{t.issuer}</dt>
                <dd>{report.issuer.clone()}</dd>
                <dt>{t.unit}</dt>
                <dd>{units}</dd>
                <dt>{t.team}</dt>
                <dd>{report.inspection.team.clone()}</dd>
            </dl>
        </header>
    }
}
