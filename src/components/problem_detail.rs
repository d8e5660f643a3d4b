//! A problem in full: the measures text with search matches and figures highlighted, the rules named, the
//! deadlines marked past or not (at the report's date and today), and any editorial note.

use std::sync::Arc;

use leptos::prelude::*;
use zhenggai_core::Lang;
use zhenggai_core::analysis::deadline::{report_day, state as deadline_state};
use zhenggai_core::view::clip::{DISPLAY_CHARS, clip};
use zhenggai_core::view::filter::Filterable;
use zhenggai_core::view::search::highlight;
use zhenggai_core::view::view_state::ViewState;

use crate::clock::today;
use crate::components::clipped::Clipped;
use crate::i18n::{deadline_kind, regulation_action, texts};

/// The detail of problem `p`.
#[component]
pub fn ProblemDetail(filterable: Arc<Filterable>, p: usize, state: RwSignal<ViewState>, lang: Lang) -> impl IntoView {
    let t = texts(lang);
    let problem = filterable.data().problems()[p].clone();
    let figures: Vec<String> = problem.metrics.iter().map(|m| m.text.clone()).collect();
    let paragraphs = problem.measures.clone();
    let measures = move || {
        let query = state.with(|s| s.search.clone());
        let figures: Vec<&str> = figures.iter().map(String::as_str).collect();
        paragraphs
            .iter()
            .map(|paragraph| {
                let segments = highlight(paragraph, &query, &figures)
                    .into_iter()
                    .map(|segment| match (segment.marks.search, segment.marks.metric) {
                        (true, true) => {
                            view! { <mark><strong class="zg-metric">{segment.text}</strong></mark> }.into_any()
                        }
                        (true, false) => view! { <mark>{segment.text}</mark> }.into_any(),
                        (false, true) => view! { <strong class="zg-metric">{segment.text}</strong> }.into_any(),
                        (false, false) => segment.text.into_any(),
                    })
                    .collect_view();
                view! { <p>{segments}</p> }
            })
            .collect_view()
    };

    let regulations = (!problem.regulations.is_empty()).then(|| {
        view! {
            <h4>{t.regulations}</h4>
            <ul class="zg-regulations">
                {problem
                    .regulations
                    .iter()
                    .map(|r| view! { <li>{format!("《{}》", r.title)} <small>{regulation_action(lang, r.action)}</small></li> })
                    .collect_view()}
            </ul>
        }
    });

    let day = report_day(filterable.data().dataset());
    let now = today();
    let deadlines = (!problem.deadlines.is_empty()).then(|| {
        view! {
            <h4>{t.deadlines}</h4>
            <ul class="zg-deadlines">
                {problem
                    .deadlines
                    .iter()
                    .map(|d| {
                        let where_it_stands = deadline_state(d, day, now);
                        let class = if where_it_stands.past_today { "zg-deadline zg-past" } else { "zg-deadline" };
                        view! {
                            <li class=class data-testid="deadline">
                                <strong>{d.text.clone()}</strong> " " {deadline_kind(lang, d.kind)} "：" {d.promise.clone()}
                                " — " <em>{(t.deadline_state)(where_it_stands.past_at_report, where_it_stands.past_today)}</em>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    });

    let note = problem
        .editorial_note
        .clone()
        .map(|note| view! { <p class="zg-note"><strong>{t.editorial_note}</strong> " " {note}</p> });

    // A title too long for the card is shortened there; here it can be read in full.
    let full_title = clip(&problem.title, DISPLAY_CHARS)
        .is_some()
        .then(|| view! { <p class="zg-full-title"><Clipped text=problem.title.clone() lang/></p> });

    view! {
        <div class="zg-detail" data-testid="detail">
            {full_title}
            <h4>{t.names.measures}</h4>
            <div class="zg-measures">{measures}</div>
            {regulations}
            {deadlines}
            {note}
        </div>
    }
}
