//! The totals: problems shown, share per semantic kind, the figures the report declares, and the consistency
//! check between declared counts and the problems listed.

use std::sync::Arc;

use leptos::prelude::*;
use zhenggai_core::analysis::tally::Tally;
use zhenggai_core::load::finding::FindingKind;
use zhenggai_core::model::{Settled, StatusKind};
use zhenggai_core::view::filter::Filterable;
use zhenggai_core::{Finding, Lang};

use crate::i18n::texts;
use crate::ids::element_id;

/// The summary of the problems currently shown.
#[component]
pub fn Summary(
    filterable: Arc<Filterable>,
    /// Warnings from loading; the consistency ones are shown here.
    warnings: Vec<Finding>,
    /// The problems that pass the filters.
    matching: Memo<Vec<usize>>,
    /// Their counts (computed once, shared with the charts).
    tally: Memo<Tally>,
    lang: Lang,
) -> impl IntoView {
    let t = texts(lang);
    let declared = filterable.data().dataset().declared.clone();
    let all = filterable.data().problems().len();
    let summary_heading = element_id("summary-heading");

    let kinds = {
        move || {
            let tally = tally.get();
            StatusKind::ALL
                .into_iter()
                .filter(|&kind| tally.kind(kind) > 0)
                .map(|kind| {
                    let share = tally.percent(kind).round();
                    view! {
                        <div class=format!("zg-stat zg-kind-{}", kind.as_str()) data-testid="kind-total">
                            <dt>{kind.label(lang)}</dt>
                            <dd>{tally.kind(kind)} <small>{format!(" ({share}%)")}</small></dd>
                        </div>
                    }
                })
                .collect_view()
        }
    };

    let settled = |pair: Option<Settled>, label: &'static str| {
        pair.map(|p| view! { <div class="zg-stat"><dt>{label}</dt><dd>{p.settled.map_or_else(|| p.total.to_string(), |settled| (t.settled_of)(settled, p.total))}</dd></div> })
    };
    let declared_view = view! {
        {settled(declared.petitions, t.petitions_settled)}
        {settled(declared.immediate_rectification, t.immediate_rectification)}
        {declared.documents_issued.map(|n| view! { <div class="zg-stat"><dt>{t.documents_issued}</dt><dd>{n}</dd></div> })}
    };

    let mismatches: Vec<String> = warnings
        .iter()
        .filter(|w| matches!(w.kind, FindingKind::CountMismatch { .. } | FindingKind::RateMismatch { .. }))
        .map(|w| w.message(lang))
        .collect();
    let consistency = if mismatches.is_empty() {
        (!declared.is_empty())
            .then(|| view! { <p class="zg-consistent" data-testid="consistency">{t.consistent}</p> }.into_any())
    } else {
        Some(
            view! {
                <div class="zg-inconsistent" data-testid="consistency">
                    <p>{t.inconsistent}</p>
                    <ul>{mismatches.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
                </div>
            }
            .into_any(),
        )
    };

    view! {
        <section class="zg-summary" aria-labelledby=summary_heading.clone()>
            <h2 id=summary_heading.clone()>{t.summary}</h2>
            <dl class="zg-stats">
                <div class="zg-stat" data-testid="total">
                    <dt>{t.total_problems}</dt>
                    <dd>{move || matching.with(|m| if m.len() == all { all.to_string() } else { format!("{} / {all}", m.len()) })}</dd>
                </div>
                {kinds}
                {declared_view}
            </dl>
            {consistency}
        </section>
    }
}
