//! Text assembled from the chunks of a download as they arrive, each checked for UTF-8 once, on arrival.
//!
//! The widget reads a dataset from the network in chunks. Checking a 60 MB round for UTF-8 after the last chunk
//! put a tenth of a second or more of work after the download (in wasm); checked chunk by chunk, the work happens
//! while the page waits for the network anyway, and the text needs no second check ([`crate::load_str`]).
//! A character cut in two by a chunk boundary waits for the rest of its bytes in the next chunk.
//!
//! The text is kept as the pieces it came in, joined only when the whole of it is needed: one growing string
//! would copy a 60 MB round again each time it outgrew its room, and leave the room it outgrew behind in wasm
//! memory, which never shrinks.

use std::ops::Range;

use crate::{Finding, FindingKind};

/// The text received so far, as checked pieces, and the start of a character cut off by the last chunk's end.
#[derive(Debug, Default)]
pub struct ChunkedText {
    pieces: Vec<String>,
    /// The bytes of a character whose end has not arrived yet (at most three).
    cut: Vec<u8>,
    /// Bytes taken into `pieces` so far: where `cut` starts in the whole text.
    length: usize,
}

impl ChunkedText {
    /// An empty text.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds the next chunk and gives back the text it completes; fails at the first byte that is not UTF-8
    /// (counted from the start of the text), which means the whole text is not.
    pub fn push(&mut self, chunk: &[u8]) -> Result<&str, Finding> {
        let joined;
        let bytes = if self.cut.is_empty() {
            chunk
        } else {
            joined = [std::mem::take(&mut self.cut).as_slice(), chunk].concat();
            joined.as_slice()
        };
        let whole = bytes.len() - incomplete_end(bytes);
        let (complete, cut) = bytes.split_at(whole);
        let text = std::str::from_utf8(complete).map_err(|e| not_utf8(self.length + e.valid_up_to()))?;
        self.length += text.len();
        self.cut = cut.to_vec();
        self.pieces.push(text.to_owned());
        Ok(self.pieces.last().map_or("", String::as_str))
    }

    /// The length in bytes of the whole characters received so far.
    pub fn len(&self) -> usize {
        self.length
    }

    /// True when nothing has been received.
    pub fn is_empty(&self) -> bool {
        self.length == 0 && self.cut.is_empty()
    }

    /// Fails when the text received so far ends in the middle of a character: as a whole text, it is not UTF-8.
    pub fn check_end(&self) -> Result<(), Finding> {
        match self.cut.is_empty() {
            true => Ok(()),
            false => Err(not_utf8(self.length)),
        }
    }

    /// Appends the bytes `range` of the text received so far to `into`. The range must fall on character
    /// boundaries (the pieces are whole characters, so a range found by reading the text does).
    pub fn copy_range(&self, range: Range<usize>, into: &mut String) {
        let mut start = 0;
        for piece in &self.pieces {
            let end = start + piece.len();
            let (from, to) = (range.start.max(start), range.end.min(end));
            if from < to
                && let Some(part) = piece.get(from - start..to - start)
            {
                into.push_str(part);
            }
            start = end;
        }
    }

    /// The whole text; fails when it ends in the middle of a character.
    pub fn finish(self) -> Result<String, Finding> {
        self.check_end()?;
        Ok(self.pieces.concat())
    }
}

/// The finding for text that is not UTF-8 from `byte_offset` on, as [`crate::load`] reports it.
fn not_utf8(byte_offset: usize) -> Finding {
    Finding::at("$", FindingKind::NotUtf8 { byte_offset })
}

/// How many bytes at the end of `bytes` begin a character that needs more bytes than are left: 0 to 3. Bytes that
/// are not UTF-8 at all count as complete, for the check to find them.
fn incomplete_end(bytes: &[u8]) -> usize {
    for back in 1..=bytes.len().min(3) {
        let Some(&byte) = bytes.get(bytes.len() - back) else { break };
        if byte & 0b1100_0000 == 0b1000_0000 {
            continue; // a continuation byte: its lead byte is further back
        }
        let needs = match byte {
            0xc0..=0xdf => 2,
            0xe0..=0xef => 3,
            0xf0..=0xf7 => 4,
            _ => 1,
        };
        return if needs > back { back } else { 0 };
    }
    0
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot unwrap has failed anyway

    use super::*;

    /// `input` in chunks of `size` bytes (the last one shorter).
    fn assemble(input: &[u8], size: usize) -> Result<String, Finding> {
        let mut text = ChunkedText::new();
        for chunk in input.chunks(size) {
            text.push(chunk)?;
        }
        text.finish()
    }

    fn offset(finding: Finding) -> usize {
        match finding.kind {
            FindingKind::NotUtf8 { byte_offset } => byte_offset,
            other => panic!("expected NotUtf8, got {other:?}"),
        }
    }

    #[test]
    fn any_chunking_gives_back_the_text() {
        // One-, two-, three- and four-byte characters, so that every kind of cut happens.
        let input = "{\"标题\":\"整改 café ½ 𠀋 完成\"}".repeat(7);
        for size in 1..=input.len() {
            assert_eq!(assemble(input.as_bytes(), size).unwrap(), input, "chunks of {size} bytes");
        }
        assert_eq!(assemble(b"", 4).unwrap(), "");
    }

    #[test]
    fn what_each_chunk_completes_and_any_range_read_back_are_the_text_s() {
        let input = "{\"标题\":\"整改 café 𠀋\"}";
        let boundaries: Vec<usize> = (0..=input.len()).filter(|&i| input.is_char_boundary(i)).collect();
        for size in 1..=input.len() {
            let mut text = ChunkedText::new();
            let mut completed = String::new();
            for chunk in input.as_bytes().chunks(size) {
                completed.push_str(text.push(chunk).unwrap());
            }
            assert_eq!(completed, input, "chunks of {size} bytes");
            assert_eq!(text.len(), input.len());
            for &start in &boundaries {
                for &end in boundaries.iter().filter(|&&end| end >= start) {
                    let mut copied = String::new();
                    text.copy_range(start..end, &mut copied);
                    assert_eq!(copied, input[start..end], "{start}..{end} of chunks of {size} bytes");
                }
            }
        }
    }

    #[test]
    fn invalid_bytes_are_found_where_a_whole_check_finds_them() {
        let valid = "巡视整改：完成 12 项。".as_bytes();
        let cases: Vec<Vec<u8>> = vec![
            [valid, b"\xff", valid].concat(),           // a byte that never starts a character
            [valid, b"\xe5\x9b", b"a", valid].concat(), // a character cut short inside the text
            [valid, b"\x80", valid].concat(),           // a stray continuation byte
            [valid, b"\xed\xa0\x80", valid].concat(),   // an encoded surrogate
            [b"\xff\xfe{".as_slice(), valid].concat(),  // UTF-16's byte-order mark
            [valid, b"\xe5\x9b"].concat(),              // cut short at the very end
            [valid, b"\xf0\x90"].concat(),
        ];
        for input in cases {
            let expected = std::str::from_utf8(&input).unwrap_err().valid_up_to();
            for size in 1..=input.len() {
                let found = assemble(&input, size).expect_err("not UTF-8");
                assert_eq!(offset(found), expected, "chunks of {size} bytes of {input:?}");
            }
        }
    }

    #[test]
    fn the_cut_end_is_only_an_unfinished_character() {
        assert_eq!(incomplete_end("整".as_bytes()), 0);
        assert_eq!(incomplete_end(&"整".as_bytes()[..2]), 2);
        assert_eq!(incomplete_end(&"整".as_bytes()[..1]), 1);
        assert_eq!(incomplete_end(&"𠀋".as_bytes()[..3]), 3);
        assert_eq!(incomplete_end(b"abc"), 0);
        assert_eq!(incomplete_end(b"\x80\x80\x80"), 0);
        assert_eq!(incomplete_end(b""), 0);
    }
}
