//! Where loading a large dataset goes, natively: the widget runs the same steps in wasm (about three times
//! slower), between the end of the download and the first chart.
//!
//!   cargo run --profile native -p zhenggai-core --example load_steps -- target/bench/round-100k.json

use std::time::Instant;

use zhenggai_core::load::arriving::ArrivingDataset;
use zhenggai_core::model::Dataset;
use zhenggai_core::view::filter::Filterable;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: load_steps <dataset.json>");
        std::process::exit(2);
    };
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let step = |name: &str, started: Instant| println!("{name:>34}: {:7.1} ms", started.elapsed().as_secs_f64() * 1e3);

    let started = Instant::now();
    let text = std::str::from_utf8(&bytes).unwrap_or_default();
    step("UTF-8 check", started);
    let started = Instant::now();
    let limits = zhenggai_core::load::limits::check(text);
    step("size limits", started);
    if let Err(finding) = limits {
        eprintln!("{path}: {finding:?}");
    }
    let started = Instant::now();
    let plain: Result<Dataset, _> = serde_json::from_str(text);
    step("parse (serde_json)", started);
    if let Ok(dataset) = plain {
        let started = Instant::now();
        let validated = zhenggai_core::load::validate(dataset);
        step("resolve references, audit", started);
        drop(validated);
    }
    let started = Instant::now();
    let loaded = match zhenggai_core::load(&bytes) {
        Ok(loaded) => loaded,
        Err(findings) => {
            eprintln!("{path}: {} errors", findings.len());
            std::process::exit(1);
        }
    };
    step("load (all: parse, resolve, audit)", started);
    // What the widget does with a download: most of the work as the chunks arrive, the rest after the last one.
    let started = Instant::now();
    let mut arriving = ArrivingDataset::new();
    for chunk in bytes.chunks(64 * 1024) {
        if let Err(finding) = arriving.push(chunk) {
            eprintln!("{path}: {finding:?}");
        }
    }
    step("arriving: 64 KB chunks (download)", started);
    let started = Instant::now();
    let arrived = arriving.finish();
    step("arriving: after the last chunk", started);
    drop(arrived);
    let started = Instant::now();
    let filterable = Filterable::at(loaded.data, (2026, 11, 27));
    step("filter indices", started);
    let started = Instant::now();
    filterable.prepare_search();
    step("search index (after the first paint)", started);
}
