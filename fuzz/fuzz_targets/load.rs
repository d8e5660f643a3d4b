//! Fuzz target `load`: arbitrary bytes into `zhenggai_core::load`, the entry point for every dataset a host page
//! or `zhenggai validate` is given.
//!
//! Checks: loading never panics, whatever the bytes; every finding can be worded in both languages; and a dataset
//! that loads survives what the widget does with it (tally, filtering, the static HTML fallback) and a JSON round
//! trip: serialising it and loading it again succeeds and gives the same JSON and the same number of warnings.

#![no_main]

use libfuzzer_sys::fuzz_target;
use zhenggai_core::view::filter::Filterable;
use zhenggai_core::view::view_state::ViewState;
use zhenggai_core::analysis::tally::Tally;
use zhenggai_core::output::static_html;
use zhenggai_core::{Finding, Lang, load, load_str};

fn word_all(findings: &[Finding]) {
    for finding in findings {
        for lang in [Lang::Zh, Lang::En] {
            assert!(!finding.message(lang).is_empty(), "a finding without words: {finding:?}");
            finding.to_line(lang);
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let loaded = match load(data) {
        Ok(loaded) => loaded,
        Err(errors) => {
            assert!(!errors.is_empty(), "a refused dataset must say why");
            word_all(&errors);
            return;
        }
    };
    word_all(&loaded.warnings);

    // What the widget does with a dataset that loaded: none of it may panic on a valid dataset.
    Tally::all(&loaded.data);
    static_html::render(&loaded.data, Lang::Zh);
    let warnings = loaded.warnings.len();
    let filterable = Filterable::new(loaded.data);
    let all = filterable.matching(&ViewState::default());
    assert_eq!(all.len(), filterable.data().problems().len(), "the default view shows every problem");

    // Round trip: what `zhenggai` writes back must load again, unchanged.
    let dataset = filterable.data().dataset();
    let json = serde_json::to_string(dataset).expect("a loaded dataset serialises");
    let again = match load_str(&json) {
        Ok(again) => again,
        Err(errors) => panic!("a loaded dataset no longer loads after a round trip: {errors:#?}\n{json}"),
    };
    let json_again = serde_json::to_string(again.data.dataset()).expect("a loaded dataset serialises");
    assert_eq!(json, json_again, "the JSON round trip changed the dataset");
    // A byte-order mark is the one warning the round trip may drop: serde_json never writes one.
    let bom = usize::from(data.starts_with("\u{feff}".as_bytes()));
    assert_eq!(warnings, again.warnings.len() + bom, "the JSON round trip changed the warnings");
});
