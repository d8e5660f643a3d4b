//! Times the importer's stages on a text file: `cargo run --release --example import_bench -p zhenggai-core -- FILE`.

fn main() {
    let Some(path) = std::env::args().nth(1) else { return };
    let Ok(text) = std::fs::read_to_string(&path) else { return };
    let started = std::time::Instant::now();
    let report = zhenggai_core::import_text(&text);
    let import = started.elapsed().as_secs_f64();
    let started = std::time::Instant::now();
    let json = serde_json::to_string(&report.dataset).unwrap_or_default();
    let serialise = started.elapsed().as_secs_f64();
    let started = std::time::Instant::now();
    let loaded = zhenggai_core::load_str(&json).is_ok();
    let load = started.elapsed().as_secs_f64();
    println!(
        "import {import:.3}s (serialise {serialise:.3}s, load {load:.3}s, valid {loaded}), {} MB json",
        json.len() / 1_000_000
    );
}
