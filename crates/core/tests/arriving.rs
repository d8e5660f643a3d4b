//! A dataset loaded chunk by chunk as it downloads (its problems parsed as they arrive) gives what loading the whole
//! text gives: the same dataset and warnings, or the same errors at the same places. Checked on the reference
//! report and a round in chunks of any size, on hostile variants, on every edit of the problems array's joints,
//! and on rounds damaged at random places.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot unwrap has failed anyway

use proptest::prelude::*;
use zhenggai_core::load::arriving::ArrivingDataset;
use zhenggai_core::{Finding, FindingKind, Loaded, SynthOptions, load_str, synth};

fn reference() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/shaoyang-jingkaiqu-2023-12-22.json");
    std::fs::read_to_string(path).unwrap()
}

/// A round of 300 problems, as `zhenggai synth` writes it.
fn round() -> String {
    let options = SynthOptions { units: 7, problems: 300, seed: 11, ..SynthOptions::default() };
    serde_json::to_string_pretty(&synth(&options)).unwrap()
}

/// A small round, compact, so that random edits often land on its structure.
fn small_round() -> String {
    let options = SynthOptions { units: 3, problems: 8, seed: 5, ..SynthOptions::default() };
    serde_json::to_string(&synth(&options)).unwrap()
}

/// `text` pushed `size` bytes at a time (cutting characters), and how many problems were parsed before the last
/// chunk.
fn arrive(text: &[u8], size: usize) -> (Result<Loaded, Vec<Finding>>, usize) {
    let mut arriving = ArrivingDataset::new();
    let mut parsed_before_the_end = 0;
    for chunk in text.chunks(size) {
        parsed_before_the_end = arriving.problems_parsed();
        if let Err(not_utf8) = arriving.push(chunk) {
            return (Err(vec![not_utf8]), parsed_before_the_end);
        }
    }
    (arriving.finish(), parsed_before_the_end)
}

/// `text` arriving in chunks of `size` bytes loads as the whole text does: the same dataset and warnings, or the
/// same errors. Gives how many problems were parsed before the last chunk.
fn assert_same(text: &str, size: usize) -> usize {
    let (arrived, parsed_before_the_end) = arrive(text.as_bytes(), size);
    let what = || format!("in chunks of {size}: {}", text.chars().take(120).collect::<String>());
    match (arrived, load_str(text)) {
        (Ok(arrived), Ok(whole)) => {
            assert!(arrived.data.dataset() == whole.data.dataset(), "datasets differ {}", what());
            assert_eq!(arrived.warnings, whole.warnings, "{}", what());
        }
        (Err(arrived), Err(whole)) => assert_eq!(arrived, whole, "{}", what()),
        (arrived, whole) => panic!("arrived ok: {}, whole ok: {} {}", arrived.is_ok(), whole.is_ok(), what()),
    }
    parsed_before_the_end
}

#[test]
fn a_dataset_that_arrives_in_chunks_loads_as_the_whole_text_does() {
    for (name, text) in [("reference", reference()), ("round", round())] {
        let problems = load_str(&text).map(|l| l.data.problems().len()).unwrap();
        for size in [1, 7, 100, 4096, 65536, text.len()] {
            let parsed_before_the_end = assert_same(&text, size);
            // The problems were parsed as they came, not after the download (all but what the last chunk
            // completed).
            if size < text.len() / 10 {
                assert!(parsed_before_the_end * 10 > problems * 8, "{name}, {size}: {parsed_before_the_end}");
            }
        }
    }
}

#[test]
fn a_broken_or_hostile_text_gets_the_errors_of_the_whole_text() {
    let round = round();
    let (head, tail) = round.split_at(round.find("\"problems\"").unwrap());
    let first_problem_end = tail.find("\n    },").unwrap() + "\n    }".len();
    let mut cases = vec![
        // A duplicate problems key, after the real one.
        round.replacen("\"statuses\"", "\"problems\": [],\n  \"statuses\"", 1),
        format!("{head}\"problems\": [],\n  \"sections\": [], {tail}"),
        // A trailing comma, a missing comma, an element that is not an object.
        round.replacen("\n  ],\n  \"declared\"", ",\n  ],\n  \"declared\"", 1),
        format!("{head}{}{}", &tail[..first_problem_end], &tail[first_problem_end + 1..]),
        round.replacen("\"problems\": [", "\"problems\": [null, ", 1),
        // A problem with an unknown field, one with a wrong type, an unknown reference.
        format!("{head}{}", tail.replacen("\"title\": ", "\"titel\": ", 1)),
        format!("{head}{}", tail.replacen("\"measures\": [", "\"measures\": [1, ", 1)),
        format!("{head}{}", tail.replacen("\"status\": \"", "\"status\": \"x", 1)),
        // Duplicate problem ids, a wrong version, markup, a byte-order mark.
        round.replacen("\"id\": \"u001-p02\"", "\"id\": \"u001-p01\"", 1),
        round.replacen("\"format_version\": 1", "\"format_version\": 2", 1),
        format!("<!DOCTYPE html><p>{round}</p>"),
        format!("\u{feff}{round}"),
        // Truncated anywhere.
        round[..round.len() / 2].to_owned(),
        round[..round.len() - 2].to_owned(),
        // Text after the dataset, and a top-level array around it.
        format!("{round} x"),
        format!("[{round}]"),
        String::new(),
    ];
    cases.push(cases[0].replace("\"problems\": []", "\"problems\": {}"));
    for text in &cases {
        for size in [3, 1000] {
            assert_same(text, size);
        }
    }
}

#[test]
fn bytes_that_are_not_utf8_are_found_where_a_whole_check_finds_them() {
    let text = [reference().as_bytes(), b"\xff"].concat();
    let (arrived, _) = arrive(&text, 1000);
    let offset = std::str::from_utf8(&text).unwrap_err().valid_up_to();
    assert_eq!(arrived.err(), Some(vec![Finding::at("$", FindingKind::NotUtf8 { byte_offset: offset })]));
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

#[test]
fn every_edit_of_the_problems_array_s_structure_loads_as_the_whole_text() {
    let round = small_round();
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
        assert_same(&apply(&small_round(), &edits), size);
    }
}
