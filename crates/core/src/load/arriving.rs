//! Loading a dataset while it downloads: each chunk is checked for UTF-8 as it arrives ([`ChunkedText`]), and each
//! problem is parsed as soon as its object is complete ([`ProblemScanner`]). A round of 100,000 problems is mostly
//! its problems, so most of the parsing happens while the page waits for the network anyway; what is left after the
//! last chunk is the rest of the text (report, units, statuses…), the references and the audit.
//!
//! The result is exactly what [`crate::load_str`] gives for the whole text: whenever the text is anything but a
//! plain, valid dataset (a syntax error, a wrong field, a duplicate key), the whole text is loaded again by
//! [`crate::load_str`], so that errors are found, worded and located as they always are.

use crate::Finding;
use crate::load::chunked_text::ChunkedText;
use crate::load::limits::MAX_DATASET_BYTES;
use crate::load::problem_scan::ProblemScanner;
use crate::load::{Loaded, load_str, load_with_problems};
use crate::model::Problem;

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
        // The scanner checks the length of each string, but the whole text's size is checked only here: a text over
        // the limit is left to `load_str`, which says so.
        let within_limit = text.len() <= MAX_DATASET_BYTES;
        if within_limit {
            scanner.scan(&window, window_start, true, &mut problems);
        }
        drop(window);
        let loaded = scanner.problems_array().filter(|_| within_limit).and_then(|array| {
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
