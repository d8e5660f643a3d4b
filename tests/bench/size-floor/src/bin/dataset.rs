//! Layer 2, Leptos and a dataset: layer 1 plus the core reading the built-in reference report as the widget does
//! (serde_json, the model, references, the audit, the findings' messages in both languages) and the report
//! itself, built in. It shows the number of problems, or what is wrong with the data.

use leptos::prelude::*;
use zhenggai_core::Lang;

/// The widget's default dataset, built in as the widget builds it in (`src/source.rs`).
const REFERENCE: &str = include_str!("../../../../../data/shaoyang-jingkaiqu-2023-12-22.json");

fn main() {
    let outcome = match zhenggai_core::load::load_str(REFERENCE) {
        Ok(loaded) => format!("{} problems", loaded.data.problems().len()),
        Err(findings) => findings.iter().map(|f| f.message(Lang::Zh)).collect::<Vec<_>>().join("\n"),
    };
    mount_to_body(move || {
        let presses = RwSignal::new(0_u32);
        view! {
            <button on:click=move |_| presses.update(|n| *n += 1)>"+1"</button>
            <p data-floor="presses">{move || presses.get()}</p>
            <p data-floor="dataset">{outcome}</p>
        }
    });
}
