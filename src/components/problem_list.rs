//! The problems as a list of cards: number, title, category and status.

use leptos::prelude::*;
use zhenggai_core::{Lang, ValidDataset};

use crate::i18n::texts;

/// Every problem of the dataset, in report order.
#[component]
pub fn ProblemList(data: ValidDataset, lang: Lang) -> impl IntoView {
    let t = texts(lang);
    let dataset = data.dataset();
    let cards = data
        .problems()
        .iter()
        .enumerate()
        .map(|(p, problem)| {
            let status = data.status(p);
            let category = &dataset.categories[data.category_of(p)];
            view! {
                <li class="zg-card" data-testid="problem">
                    <span class="zg-number">{problem.number.clone()}</span>
                    <span class="zg-card-title">{problem.title.clone()}</span>
                    <span class="zg-category">{category.title.clone()}</span>
                    <span class=format!("zg-badge zg-kind-{}", status.kind.as_str())>{status.label.clone()}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="zg-problems" aria-labelledby="zg-problems-heading">
            <h2 id="zg-problems-heading">{t.problems}</h2>
            <p class="zg-count">{(t.problem_count)(data.problems().len())}</p>
            <ol class="zg-list">{cards}</ol>
        </section>
    }
}
