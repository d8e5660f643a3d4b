//! What a filter change costs in pure Rust, outside the browser: the steps the widget runs when a visitor
//! toggles a status (matching, counting, the units' ranking, the deadline timeline, the three charts), timed
//! one by one over a synthetic round. The browser benchmark (`tests/bench/bench.mjs`) measures the whole click;
//! this says which step to look at first.
//!
//!   cargo run --profile native -p zhenggai-charts --example filter_change -- 100000

use std::time::Instant;

use zhenggai_charts::{Palette, category_chart, status_chart, unit_chart};
use zhenggai_core::analysis::deadline::timeline;
use zhenggai_core::analysis::standings::rank_units;
use zhenggai_core::analysis::tally::Tally;
use zhenggai_core::synth::{SynthOptions, synth};
use zhenggai_core::view::facet::Facet;
use zhenggai_core::view::filter::Filterable;
use zhenggai_core::view::view_state::ViewState;

fn main() {
    let problems: u32 = std::env::args().nth(1).and_then(|n| n.parse().ok()).unwrap_or(100_000);
    let units = (problems / 200).max(1);
    let dataset = synth(&SynthOptions { units, problems, seed: 1, ..SynthOptions::default() });
    let started = Instant::now();
    let loaded = match zhenggai_core::load::validate(dataset) {
        Ok(loaded) => loaded,
        Err((_, errors)) => {
            eprintln!("the synthetic round does not validate: {errors:?}");
            std::process::exit(1);
        }
    };
    let validated = started.elapsed();
    let filterable = Filterable::at(loaded.data, (2026, 11, 27));
    println!(
        "{problems} problems in {units} units; validate (references, audit): {validated:?}, search index and flags: {:?}",
        started.elapsed() - validated
    );
    let status = filterable.data().dataset().statuses[0].id.clone();
    let state = ViewState { statuses: vec![status], ..ViewState::default() };

    let rounds = 20;
    let mut steps: Vec<(&str, f64)> = Vec::new();
    let mut time = |name: &'static str, f: &mut dyn FnMut()| {
        let start = Instant::now();
        for _ in 0..rounds {
            f();
        }
        steps.push((name, start.elapsed().as_secs_f64() * 1000.0 / f64::from(rounds)));
    };
    let data = filterable.data();
    let matching = filterable.matching(&state);
    let tally = Tally::of(data, matching.iter().copied());
    time("matching", &mut || drop(filterable.matching(&state)));
    // The status chart counts without its own (status) filter: a second pass while a status is selected.
    time("matching but the status filter", &mut || drop(filterable.matching_except(&state, Facet::Status)));
    time("tally", &mut || drop(Tally::of(data, matching.iter().copied())));
    time("rank units", &mut || drop(rank_units(data, &tally)));
    time("timeline", &mut || drop(timeline(data, matching.iter().copied())));
    time("status chart", &mut || drop(status_chart(data, &tally, &state, &Palette::LIGHT, 800, "zg")));
    time("category chart", &mut || drop(category_chart(data, &tally, &state, &Palette::LIGHT, 800, "zg")));
    let ranked = rank_units(data, &tally);
    let shown = &ranked[..ranked.len().min(15)];
    time("unit chart (15 bars)", &mut || drop(unit_chart(data, &tally, &state, shown, &Palette::LIGHT, 800, "zg")));
    for (name, ms) in steps {
        println!("{name:>22}: {ms:8.3} ms");
    }
    // What the browser then parses and lays out at each change, filtered and not (every status: the most
    // patterned bars): the bars' layer; the labels' layer only when the names change (the unit chart's rates).
    let everything = Tally::of(data, 0..data.problems().len());
    for (name, tally) in [("filtered", &tally), ("unfiltered", &everything)] {
        let ranked = rank_units(data, tally);
        let shown = &ranked[..ranked.len().min(15)];
        let charts = [
            status_chart(data, tally, &state, &Palette::LIGHT, 800, "zg"),
            category_chart(data, tally, &state, &Palette::LIGHT, 800, "zg"),
            unit_chart(data, tally, &state, shown, &Palette::LIGHT, 800, "zg"),
        ];
        let size = |svg: &str| (svg.len(), svg.matches('<').count() - svg.matches("</").count());
        let labels = charts.each_ref().map(|chart| size(&chart.labels));
        println!("SVG markup (bytes, elements) of the three charts' labels, {name}: {labels:?}");
        let svg_bytes = charts.each_ref().map(|chart| size(&chart.bars));
        println!("SVG markup (bytes, elements) of the three charts' bars, {name}: {svg_bytes:?}");
    }
}
