//! Finds and parses the problems of a dataset in its text while the text is still arriving: the objects of the
//! top-level `"problems"` array, each parsed as soon as it is complete.
//!
//! Outside that array, the scanner follows only the structure needed to find it: strings (so that brackets inside
//! them do not count), nesting depth and the top-level keys. Inside it, serde_json reads each problem directly from
//! the text; one that is cut off by the end of what has arrived is tried again once more of the text is in. The
//! scanner checks the few bytes between the problems itself, because [`crate::load::arriving`] parses the rest of the
//! text with the array emptied. Whatever it does not expect (a second `"problems"` key, a trailing comma, an
//! element that is not a valid problem, an overlong string), it gives up on, and the whole text is parsed at the end
//! as if it had never run: the scanner only ever makes loading faster, never different.

use std::ops::Range;

use crate::load::limits::MAX_STRING_BYTES;
use crate::model::Problem;

/// Where the scanner is in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    /// Outside the problems array (before or after it), following the top-level keys.
    Outside(Key),
    /// Inside the problems array, between two problems.
    InArray(Expect),
    /// Something unexpected: the text is left to the full parse.
    GaveUp,
}

/// What the last top-level tokens were, on the way to `"problems": [`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Key {
    /// Nothing of interest.
    Other,
    /// A top-level string that reads `problems`: a key if a colon follows.
    Problems,
    /// `"problems":`, so an array must follow.
    ProblemsColon,
}

/// What may come next in the problems array.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// Just after `[`: a problem or `]`.
    FirstOrEnd,
    /// After a problem: `,` or `]`.
    CommaOrEnd,
    /// After a comma: a problem.
    Problem,
}

/// The scanner's state, kept from one chunk to the next.
#[derive(Debug)]
pub(crate) struct ProblemScanner {
    /// How far the text has been read.
    scanned: usize,
    /// Nesting depth outside strings: 1 inside the top-level object.
    depth: usize,
    /// Where the string being read started (after its quote), if the scan is inside one.
    string_start: Option<usize>,
    /// The last byte scanned was a backslash inside a string: the next byte is escaped.
    escaping: bool,
    place: Place,
    /// A problem cut off by the end of the text is tried again once the text is this long.
    retry_at: usize,
    /// The problems array, `[` to `]` inclusive, once it has started and once it has ended.
    array_start: Option<usize>,
    array_end: Option<usize>,
}

impl Default for ProblemScanner {
    fn default() -> Self {
        Self {
            scanned: 0,
            depth: 0,
            string_start: None,
            escaping: false,
            place: Place::Outside(Key::Other),
            retry_at: 0,
            array_start: None,
            array_end: None,
        }
    }
}

impl ProblemScanner {
    /// Reads what has arrived since the last call, adding each problem completed to `problems`. `window` is the
    /// end of the text received so far, from byte `base` on; it starts at or before [`Self::needed_from`], and every
    /// position the scanner keeps counts from the start of the whole text. `complete` says that the text has
    /// arrived whole: a problem cut off by its end is then tried at once rather than when more has arrived.
    pub(crate) fn scan(&mut self, window: &str, base: usize, complete: bool, problems: &mut Vec<Problem>) {
        if complete {
            self.retry_at = 0;
        }
        let end = base + window.len();
        loop {
            match self.place {
                Place::Outside(_) => self.scan_outside(window.as_bytes(), base),
                Place::InArray(expect) => self.read_array(window, base, expect, problems),
                Place::GaveUp => return,
            }
            let waiting = match self.place {
                Place::Outside(_) => self.scanned == end,
                Place::InArray(_) => self.retry_at > end || self.scanned == end,
                Place::GaveUp => true,
            };
            if waiting {
                return;
            }
        }
    }

    /// Where the text the scanner still has to read starts: the next problem, or the string being read. The text
    /// before it can be forgotten.
    pub(crate) fn needed_from(&self) -> usize {
        self.string_start.map_or(self.scanned, |start| start.min(self.scanned))
    }

    /// True once the scanner has given up: the text is left to the full parse, and nothing more is to be read.
    pub(crate) fn gave_up(&self) -> bool {
        self.place == Place::GaveUp
    }

    /// The byte range of the problems array when the text read so far holds exactly one, complete and well-formed,
    /// and none of it made the scanner give up; `None` when the text must be parsed whole.
    pub(crate) fn problems_array(&self) -> Option<Range<usize>> {
        match (self.place, self.string_start, self.array_start, self.array_end) {
            (Place::Outside(_), None, Some(start), Some(end)) => Some(start..end),
            _ => None,
        }
    }

    /// Scans outside the problems array, until its start or the end of `bytes` (the text from `base` on).
    fn scan_outside(&mut self, bytes: &[u8], base: usize) {
        let mut at = self.scanned - base;
        while at < bytes.len() && matches!(self.place, Place::Outside(_)) {
            if let Some(start) = self.string_start {
                if self.escaping {
                    self.escaping = false;
                    at += 1;
                    continue;
                }
                // Skip to the next quote or backslash a word at a time.
                let Some(offset) = memchr::memchr2(b'"', b'\\', &bytes[at..]) else {
                    at = bytes.len();
                    break;
                };
                let found = at + offset;
                at = found + 1;
                if bytes[found] == b'\\' {
                    self.escaping = true;
                } else {
                    self.string_start = None;
                    self.string_ended(bytes, start - base, found);
                }
                continue;
            }
            self.structure(bytes[at], base + at);
            at += 1;
        }
        self.scanned = base + at;
    }

    /// A string closed at `end`: checks its length, and notes a top-level one as a possible key. Both positions
    /// count from the start of `bytes`.
    fn string_ended(&mut self, bytes: &[u8], start: usize, end: usize) {
        if end - start > MAX_STRING_BYTES {
            self.place = Place::GaveUp;
        } else if self.depth == 1 {
            let is_problems = bytes.get(start..end) == Some(b"problems".as_slice());
            self.place = Place::Outside(if is_problems { Key::Problems } else { Key::Other });
        }
    }

    /// One byte outside strings and outside the problems array, at `at` in the whole text.
    fn structure(&mut self, byte: u8, at: usize) {
        if matches!(byte, b' ' | b'\t' | b'\n' | b'\r') {
            return;
        }
        let depth_before = self.depth;
        match byte {
            b'"' => self.string_start = Some(at + 1),
            b'{' | b'[' => self.depth += 1,
            b'}' | b']' => match self.depth.checked_sub(1) {
                Some(depth) => self.depth = depth,
                None => {
                    self.place = Place::GaveUp;
                    return;
                }
            },
            _ => {}
        }
        let Place::Outside(key) = self.place else { return };
        self.place = match (depth_before, key, byte) {
            (1, Key::Problems, b':') => Place::Outside(Key::ProblemsColon),
            // A second problems array is left to the full parse, which reports the duplicate key.
            (1, Key::ProblemsColon, b'[') if self.array_start.is_none() => {
                self.array_start = Some(at);
                Place::InArray(Expect::FirstOrEnd)
            }
            (1, Key::ProblemsColon, _) => Place::GaveUp,
            (0 | 1, _, _) => Place::Outside(Key::Other),
            _ => Place::Outside(key),
        };
    }

    /// Reads the problems array from where the last problem ended, parsing each problem that has arrived whole.
    /// `window` is the text from `base` on.
    fn read_array(&mut self, window: &str, base: usize, mut expect: Expect, problems: &mut Vec<Problem>) {
        let bytes = window.as_bytes();
        let end = base + window.len();
        loop {
            let from = self.scanned - base;
            let at = from + bytes[from..].iter().take_while(|b| b.is_ascii_whitespace()).count();
            self.scanned = base + at;
            let Some(&byte) = bytes.get(at) else { break };
            match (expect, byte) {
                (Expect::FirstOrEnd | Expect::CommaOrEnd, b']') => {
                    self.array_end = Some(base + at + 1);
                    self.scanned = base + at + 1;
                    self.depth -= 1;
                    self.place = Place::Outside(Key::Other);
                    return;
                }
                (Expect::CommaOrEnd, b',') => {
                    self.scanned = base + at + 1;
                    expect = Expect::Problem;
                }
                (Expect::FirstOrEnd | Expect::Problem, _) if end < self.retry_at => break,
                (Expect::FirstOrEnd | Expect::Problem, _) => {
                    let Some(rest) = window.get(at..) else { break };
                    let mut reader = serde_json::Deserializer::from_str(rest).into_iter::<Problem>();
                    match reader.next() {
                        // A problem longer than a string may be might hold one that is too long: the size limits
                        // say so.
                        Some(Ok(problem)) if reader.byte_offset() <= MAX_STRING_BYTES => {
                            problems.push(problem);
                            self.scanned = base + at + reader.byte_offset();
                            expect = Expect::CommaOrEnd;
                        }
                        // Cut off by the end of what has arrived: again when twice as much of it is in.
                        Some(Err(error)) if error.is_eof() => {
                            self.retry_at = end + rest.len();
                            break;
                        }
                        _ => {
                            self.place = Place::GaveUp;
                            return;
                        }
                    }
                }
                _ => {
                    self.place = Place::GaveUp;
                    return;
                }
            }
        }
        self.place = Place::InArray(expect);
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot unwrap has failed anyway

    use super::*;

    /// A problem whose text is full of what the scanner must not be fooled by, and its JSON.
    fn problem(id: &str) -> (Problem, String) {
        let options = crate::SynthOptions { units: 1, problems: 1, seed: 3, ..crate::SynthOptions::default() };
        let mut problem = crate::synth(&options).problems.remove(0);
        problem.id = id.to_owned();
        problem.title = r#"括号 ] } [ { "引号" \ 问题"#.to_owned();
        let json = serde_json::to_string_pretty(&problem).unwrap();
        (problem, json)
    }

    /// The problems parsed from `text` fed `step` bytes at a time (at character boundaries), each time with only
    /// the text from [`ProblemScanner::needed_from`] on, and the array.
    fn scan_in_steps(text: &str, step: usize) -> (Vec<Problem>, Option<Range<usize>>) {
        let mut scanner = ProblemScanner::default();
        let mut problems = Vec::new();
        let mut end = 0;
        while end < text.len() {
            end = (end + step).min(text.len());
            while !text.is_char_boundary(end) {
                end += 1;
            }
            let base = scanner.needed_from();
            scanner.scan(&text[base..end], base, false, &mut problems);
        }
        let base = scanner.needed_from();
        scanner.scan(&text[base..], base, true, &mut problems);
        (problems, scanner.problems_array())
    }

    #[test]
    fn the_problems_are_found_whatever_the_chunks() {
        let ((first, first_json), (second, second_json)) = (problem("p1"), problem("p2"));
        let text = format!(
            r#"{{"units": [{{"id": "a", "problems": "not this"}}], "problems" : [ {first_json},
            {second_json} ], "after": {{"problems": [1]}}}}"#
        );
        for step in (1..=text.len()).step_by(7).chain([1, 2, 3, text.len()]) {
            let (found, array) = scan_in_steps(&text, step);
            assert_eq!(found, [first.clone(), second.clone()], "steps of {step} bytes");
            let array = array.map(|range| &text[range]);
            assert!(array.is_some_and(|a| a.starts_with("[ {") && a.ends_with("} ]")), "{array:?}");
        }
    }

    #[test]
    fn anything_unexpected_leaves_the_text_to_the_full_parse() {
        let (_, p) = problem("p1");
        let given_up = [
            format!(r#"{{"problems": [{p}], "problems": [{p}]}}"#), // a duplicate key
            format!(r#"{{"problems": [{p}, ]}}"#),                  // a trailing comma
            format!(r#"{{"problems": [{p} {p}]}}"#),                // a missing comma
            format!(r#"{{"problems": [, {p}]}}"#),                  // a leading comma
            format!(r#"{{"problems": [{p}, null]}}"#),              // an element that is not a problem
            format!(r#"{{"problems": [{p}, {{"id": "x"}}]}}"#),     // an object that is not a valid problem
            r#"{"problems": null}"#.to_owned(),                     // not an array
            format!(r#"{{"problems": [{p}, {}"#, &p[..p.len() / 2]), // cut off inside a problem
            format!(r#"{{"problems": [{p}"#),                       // cut off inside the array
            format!(r#"{{"pro\u0062lems": [{p}]}}"#),               // a key the scanner does not decode
            format!(r#"]]{{"problems": [{p}]}}"#),                  // more closing than opening brackets
        ];
        for text in &given_up {
            assert_eq!(scan_in_steps(text, 5).1, None, "{text}");
        }
        // The text around the array is left to the parse of the rest of the text, which fails on these.
        for text in [format!(r#"{{"problems": [{p}]"#), format!(r#"{{"units": [], "a": "problems": [{p}]}}"#)] {
            assert!(scan_in_steps(&text, 5).1.is_some(), "{text}");
        }
    }

    #[test]
    fn an_overlong_string_is_left_to_the_size_limits() {
        let (mut long, _) = problem("p1");
        long.title = "长".repeat(MAX_STRING_BYTES / 3 + 1);
        let text = format!(r#"{{"problems": [{}]}}"#, serde_json::to_string(&long).unwrap());
        assert_eq!(scan_in_steps(&text, 1 << 20).1, None);
    }
}
