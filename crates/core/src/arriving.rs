//! Loading a dataset while it downloads: each chunk is checked for UTF-8 as it arrives ([`ChunkedText`]), and each
//! problem is parsed as soon as its object is complete ([`ProblemScanner`]). A round of 100,000 problems is mostly
//! its problems, so most of the parsing happens while the page waits for the network anyway; what is left after the
//! last chunk is the rest of the text (report, units, statuses…), the references and the audit.
//!
//! The result is exactly what [`crate::load_str`] gives for the whole text: whenever the text is anything but a
//! plain, valid dataset (a syntax error, a wrong field, a duplicate key), the whole text is loaded again by
//! [`crate::load_str`], so that errors are found, worded and located as they always are.

use crate::Finding;
use crate::chunked_text::ChunkedText;
use crate::limits::MAX_DATASET_BYTES;
use crate::load::{Loaded, load_str, load_with_problems};
use crate::model::Problem;
use crate::problem_scan::ProblemScanner;

/// A dataset arriving chunk by chunk.
#[derive(Debug, Default)]
pub struct ArrivingDataset {
    /// Everything received, for the rest of the text at the end (and the whole text, when it must be parsed whole).
    text: ChunkedText,
    /// The text the scanner has yet to read, from byte `window_start` on: at most a problem or so besides the last
    /// chunk, so that the problems can be parsed from one piece of text while the pieces stay apart.
    window: String,
    window_start: usize,
    scanner: ProblemScanner,
    /// The problems parsed so far, in order.
    problems: Vec<Problem>,
}

impl ArrivingDataset {
    /// Nothing arrived yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Takes the next chunk: checks it for UTF-8, and parses the problems it completes. Fails only when the text
    /// is not UTF-8 (the position counted from the start of the text); a text that is too large is the caller's
    /// to stop (it knows the byte count before this does), and any other error is found by [`Self::finish`].
    pub fn push(&mut self, chunk: &[u8]) -> Result<(), Finding> {
        let arrived = self.text.push(chunk)?;
        if self.scanner.gave_up() {
            return Ok(());
        }
        self.window.push_str(arrived);
        self.scanner.scan(&self.window, self.window_start, false, &mut self.problems);
        if self.scanner.gave_up() {
            // The whole text will be parsed at the end: nothing read so far is of use.
            self.window = String::new();
            self.problems = Vec::new();
            return Ok(());
        }
        let read = self.scanner.needed_from().saturating_sub(self.window_start);
        if read > 0 && self.window.is_char_boundary(read) {
            self.window.drain(..read);
            self.window_start += read;
        }
        Ok(())
    }

    /// How many problems have been parsed so far.
    pub fn problems_parsed(&self) -> usize {
        self.problems.len()
    }

    /// The whole text has arrived: the rest of it is parsed, references checked and the dataset audited, exactly
    /// as [`crate::load_str`] would for the whole text.
    pub fn finish(self) -> Result<Loaded, Vec<Finding>> {
        let Self { text, window, window_start, mut scanner, mut problems } = self;
        text.check_end().map_err(|not_utf8| vec![not_utf8])?;
        // The scanner checks the length of each string, but the whole text's size is checked only here.
        if text.len() <= MAX_DATASET_BYTES {
            scanner.scan(&window, window_start, true, &mut problems);
        }
        drop(window);
        let loaded = scanner.problems_array().filter(|_| text.len() <= MAX_DATASET_BYTES).and_then(|array| {
            let mut rest = String::new();
            text.copy_range(0..array.start, &mut rest);
            rest.push_str("[]");
            text.copy_range(array.end..text.len(), &mut rest);
            load_with_problems(&rest, problems)
        });
        match loaded {
            Some(loaded) => loaded,
            None => load_str(&text.finish().map_err(|not_utf8| vec![not_utf8])?),
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot unwrap has failed anyway

    use super::*;
    use crate::{FindingKind, SynthOptions};

    fn reference() -> String {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/shaoyang-jingkaiqu-2023-12-22.json");
        std::fs::read_to_string(path).unwrap()
    }

    fn round() -> String {
        let options = SynthOptions { units: 7, problems: 300, seed: 11, ..SynthOptions::default() };
        serde_json::to_string_pretty(&crate::synth(&options)).unwrap()
    }

    /// `text` pushed `size` bytes at a time (cutting characters), and how many problems were parsed before the
    /// last chunk.
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

    /// Both loads give the same dataset and warnings, or the same errors.
    fn assert_same(arrived: &Result<Loaded, Vec<Finding>>, whole: &Result<Loaded, Vec<Finding>>, what: &str) {
        match (arrived, whole) {
            (Ok(a), Ok(w)) => {
                assert!(a.data.dataset() == w.data.dataset(), "{what}: datasets differ");
                assert_eq!(a.warnings, w.warnings, "{what}");
            }
            (Err(a), Err(w)) => assert_eq!(a, w, "{what}"),
            (a, w) => panic!("{what}: arrived {:?}, whole {:?}", a.is_ok(), w.is_ok()),
        }
    }

    #[test]
    fn a_dataset_that_arrives_in_chunks_loads_as_the_whole_text_does() {
        for (name, text) in [("reference", reference()), ("round", round())] {
            let whole = load_str(&text);
            assert!(whole.is_ok(), "{name} is valid");
            let problems = whole.as_ref().map(|l| l.data.problems().len()).unwrap_or_default();
            for size in [1, 7, 100, 4096, 65536, text.len()] {
                let (arrived, parsed_before_the_end) = arrive(text.as_bytes(), size);
                assert_same(&arrived, &whole, &format!("{name} in chunks of {size}"));
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
            let whole = load_str(text);
            for size in [3, 1000] {
                let (arrived, _) = arrive(text.as_bytes(), size);
                assert_same(&arrived, &whole, &text.chars().take(120).collect::<String>());
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
}
