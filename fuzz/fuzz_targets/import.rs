//! Fuzz target `import`: arbitrary bytes, read as UTF-8 (invalid sequences replaced, as a file read lossily
//! would be), into `zhenggai_core::import_text`.
//!
//! Checks the importer's documented promise (crates/core/src/import/mod.rs): it never panics, and the dataset it
//! returns always validates, both in memory (`load::validate`) and after a JSON round trip (`load_str`); and
//! every line number it reports points into the text.

#![no_main]

use libfuzzer_sys::fuzz_target;
use zhenggai_core::{import_text, load::validate, load_str};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let report = import_text(&text);

    if let Err((_, errors)) = validate(report.dataset.clone()) {
        panic!("the imported dataset does not validate: {errors:#?}");
    }
    let json = serde_json::to_string(&report.dataset).expect("an imported dataset serialises");
    if let Err(errors) = load_str(&json) {
        panic!("the imported dataset does not load from its JSON: {errors:#?}\n{json}");
    }

    // Lines are 1-based lines of `str::lines`, which is how the importer splits the text.
    let lines = text.lines().count();
    for unplaced in &report.unplaced {
        assert!((1..=lines).contains(&unplaced.line), "unplaced line {} of {lines}", unplaced.line);
    }
    for recognised in &report.recognised {
        assert!(recognised.line <= lines, "recognised line {} of {lines}: {recognised:?}", recognised.line);
    }
});
