//! Prints what the importer makes of a report text: `cargo run --example import_dump -p zhenggai-core -- FILE`.

use zhenggai_core::import_text;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: import_dump FILE");
        return;
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(err) => {
            eprintln!("{path}: {err}");
            return;
        }
    };
    let report = import_text(&text);
    match serde_json::to_string_pretty(&report) {
        Ok(json) => println!("{json}"),
        Err(err) => eprintln!("{err}"),
    }
}
