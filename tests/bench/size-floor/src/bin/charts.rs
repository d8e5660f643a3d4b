//! Layer 3, Leptos, a dataset and the charts: layer 2 plus what the widget draws from it (the counts, the units'
//! ranking and the three charts, by plotters, as SVG markup). Each press of the button draws the charts again for
//! every (n + 1)-th problem, so that nothing about them can be worked out when compiling.

use std::sync::Arc;

use leptos::prelude::*;
use zhenggai_charts::{Palette, category_chart, status_chart, unit_chart};
use zhenggai_core::Lang;
use zhenggai_core::analysis::standings::rank_units;
use zhenggai_core::analysis::tally::Tally;
use zhenggai_core::view::view_state::ViewState;

/// The widget's default dataset, built in as the widget builds it in (`src/source.rs`).
const REFERENCE: &str = include_str!("../../../../../data/shaoyang-jingkaiqu-2023-12-22.json");

fn main() {
    let data = match zhenggai_core::load::load_str(REFERENCE) {
        Ok(loaded) => Arc::new(loaded.data),
        Err(findings) => {
            let messages = findings.iter().map(|f| f.message(Lang::Zh)).collect::<Vec<_>>().join("\n");
            mount_to_body(move || view! { <p data-floor="dataset">{messages}</p> });
            return;
        }
    };
    mount_to_body(move || {
        let presses = RwSignal::new(0_usize);
        let problems = data.problems().len();
        let charts = move || {
            let every = presses.get() + 1;
            let tally = Tally::of(&data, (0..problems).filter(|p| p % every == 0));
            let ranked = rank_units(&data, &tally);
            [
                status_chart(&data, &tally, &ViewState::default(), &Palette::LIGHT, 800, "floor"),
                category_chart(&data, &tally, &ViewState::default(), &Palette::LIGHT, 800, "floor"),
                unit_chart(&data, &tally, &ViewState::default(), &ranked, &Palette::LIGHT, 800, "floor"),
            ]
            .iter()
            .map(|chart| chart.svg())
            .collect::<String>()
        };
        view! {
            <button on:click=move |_| presses.update(|n| *n += 1)>"+1"</button>
            <p data-floor="presses">{move || presses.get()}</p>
            <p data-floor="dataset">{format!("{problems} problems")}</p>
            <div data-floor="charts" inner_html=charts></div>
        }
    });
}
