//! A list of validation findings (errors or warnings), each with its JSON path.

use leptos::prelude::*;
use zhenggai_core::{Finding, Lang};

/// The findings as a list; the data's own text is shown as text, never as markup.
#[component]
pub fn Findings(findings: Vec<Finding>, lang: Lang) -> impl IntoView {
    view! {
        <ul class="zg-findings">
            {findings
                .into_iter()
                .map(|finding| {
                    view! {
                        <li>
                            <code class="zg-path">{finding.path.clone()}</code>
                            " "
                            {finding.message(lang)}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
