//! Property tests: a dataset loaded chunk by chunk as it downloads (its problems parsed as they arrive) gives what
//! loading the whole text gives, for a valid round and for the same round damaged in random places.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot unwrap has failed anyway

use proptest::prelude::*;
use zhenggai_core::arriving::ArrivingDataset;
use zhenggai_core::{Finding, Loaded, SynthOptions, load_str, synth};

/// A small round, compact, so that random edits often land on its structure.
fn round() -> String {
    let options = SynthOptions { units: 3, problems: 8, seed: 5, ..SynthOptions::default() };
    serde_json::to_string(&synth(&options)).unwrap()
}

/// What an edit may put into the text: the bytes the scanner follows, and whole keys and values.
const INSERTIONS: &[&str] = &[
    ",",
    "]",
    "[",
    "{",
    "}",
    "\"",
    "\\",
    ":",
    " ",
    "null",
    "1",
    "\"problems\":[]",
    ",\"problems\":[{}]",
    "\u{feff}",
    "问题",
];

/// An edit at a fraction of the text's length: remove up to 3 characters, then insert one of [`INSERTIONS`] (or
/// nothing).
fn edits() -> impl Strategy<Value = Vec<(f64, usize, usize)>> {
    prop::collection::vec((0.0..1.0f64, 0usize..4, 0..INSERTIONS.len() + 1), 0..4)
}

fn apply(text: &str, edits: &[(f64, usize, usize)]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for &(place, removed, inserted) in edits {
        let at = ((chars.len() as f64 * place) as usize).min(chars.len());
        let end = (at + removed).min(chars.len());
        let insertion = INSERTIONS.get(inserted).copied().unwrap_or_default();
        chars.splice(at..end, insertion.chars());
    }
    chars.into_iter().collect()
}

/// The byte offsets of the problems array's structure, which random places seldom hit: just after its `[`, at
/// each comma between two problems, at its `]`.
fn structure(text: &str) -> Vec<usize> {
    let start = text.find("\"problems\":[").map(|at| at + "\"problems\":[".len()).unwrap();
    let end = start + text[start..].find("}],\"declared\"").unwrap() + 1;
    let commas = text[start..end].match_indices("},{").map(|(at, _)| start + at + 1);
    [start, end].into_iter().chain(commas).collect()
}

fn arrive(text: &[u8], size: usize) -> Result<Loaded, Vec<Finding>> {
    let mut arriving = ArrivingDataset::new();
    for chunk in text.chunks(size) {
        arriving.push(chunk).map_err(|not_utf8| vec![not_utf8])?;
    }
    arriving.finish()
}

fn assert_same(text: &str, size: usize) {
    match (arrive(text.as_bytes(), size), load_str(text)) {
        (Ok(arrived), Ok(whole)) => {
            assert!(arrived.data.dataset() == whole.data.dataset(), "datasets differ: {text}");
            assert_eq!(arrived.warnings, whole.warnings, "{text}");
        }
        (Err(arrived), Err(whole)) => assert_eq!(arrived, whole, "{text}"),
        (arrived, whole) => panic!("arrived ok: {}, whole ok: {}: {text}", arrived.is_ok(), whole.is_ok()),
    }
}

#[test]
fn every_edit_of_the_problems_array_s_structure_loads_as_the_whole_text() {
    let round = round();
    for at in structure(&round) {
        for removed in 0..2 {
            for insertion in INSERTIONS {
                let text = [&round[..at], insertion, &round[at + removed..]].concat();
                assert_same(&text, 1 + at % 97);
            }
        }
    }
}

proptest! {
    #[test]
    fn a_damaged_round_arriving_in_chunks_loads_as_its_whole_text(edits in edits(), size in 1usize..300) {
        assert_same(&apply(&round(), &edits), size);
    }
}
