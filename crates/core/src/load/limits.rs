//! Resource limits: the largest dataset and the longest single string a load accepts, checked on the raw text
//! before anything is parsed, so that an oversized or hostile file gets a plain message instead of exhausting
//! the browser's memory.

use crate::load::finding::{Finding, FindingKind};

/// The largest dataset accepted, in bytes (80 MiB). A whole inspection round of 100,000 problems written the way
/// round summaries are (a title and a paragraph or two of measures each) is 50–70 MB; beyond that a browser tab,
/// a phone's above all, runs short of memory (the parsed dataset and its search index take about three times the
/// file's size), so a 100 MB file gets a plain message instead. The limit is the same for the CLI, so that what
/// `zhenggai validate` accepts, the widget shows.
pub const MAX_DATASET_BYTES: usize = 80 * 1024 * 1024;

/// The longest single JSON string accepted, in bytes (a 10 MB paragraph of measures text still loads).
pub const MAX_STRING_BYTES: usize = 16 * 1024 * 1024;

/// Checks `text` against both limits in one linear pass.
pub fn check(text: &str) -> Result<(), Finding> {
    if text.len() > MAX_DATASET_BYTES {
        return Err(Finding::at(
            "$",
            FindingKind::TooLarge { bytes: text.len() as u64, limit: MAX_DATASET_BYTES as u64 },
        ));
    }
    // From one quote or backslash to the next (memchr reads a word or a vector at a time): a byte-by-byte state
    // machine took 0.1 s natively and three times that in wasm on a 60 MB round, as long as parsing it.
    let bytes = text.as_bytes();
    let mut open: Option<usize> = None;
    let mut at = 0;
    while let Some(offset) = memchr::memchr2(b'"', b'\\', &bytes[at..]) {
        let found = at + offset;
        at = found + 1;
        match (bytes[found], open) {
            // An escape inside a string: the next byte is escaped, whatever it is.
            (b'\\', Some(_)) => at = (at + 1).min(bytes.len()),
            // A backslash outside strings is a syntax error, for the parser to report.
            (b'\\', None) => {}
            (_, None) => open = Some(at),
            (_, Some(start)) => {
                check_string(bytes, start, found)?;
                open = None;
            }
        }
    }
    if let Some(start) = open {
        check_string(bytes, start, bytes.len())?;
    }
    Ok(())
}

/// The string whose text runs from `start` to `end` (exclusive) is within [`MAX_STRING_BYTES`].
fn check_string(bytes: &[u8], start: usize, end: usize) -> Result<(), Finding> {
    if end - start <= MAX_STRING_BYTES {
        return Ok(());
    }
    let line = 1 + bytes[..start].iter().filter(|&&b| b == b'\n').count();
    let column = start - bytes[..start].iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
    Err(Finding {
        path: "$".to_owned(),
        position: Some((line, column)),
        kind: FindingKind::StringTooLong { limit: MAX_STRING_BYTES as u64 },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn long(n: usize) -> String {
        "a".repeat(n)
    }

    #[test]
    fn strings_are_measured_between_unescaped_quotes() {
        let within = format!(r#"{{"a": "{}", "b": "x"}}"#, long(MAX_STRING_BYTES));
        assert!(check(&within).is_ok());
        let over = format!(r#"{{"a": "x", "b": "{}"}}"#, long(MAX_STRING_BYTES + 1));
        let finding = check(&over).err();
        assert!(matches!(finding, Some(Finding { position: Some((1, 17)), .. })), "{finding:?}");
        // Escaped quotes do not end a string: two short-looking pieces are one long string.
        let escaped = format!(r#"["{}\"{}"]"#, long(MAX_STRING_BYTES / 2 + 1), long(MAX_STRING_BYTES / 2));
        assert!(check(&escaped).is_err());
        // An escaped backslash does end its escape: the quote after it closes the string.
        let closed = format!(r#"["{}\\", "{}"]"#, long(MAX_STRING_BYTES / 2 + 1), long(MAX_STRING_BYTES / 2));
        assert!(check(&closed).is_ok());
    }

    #[test]
    fn truncated_text_is_left_to_the_parser() {
        for text in ["\"", "[\"abc\\", "\\", r#"{"a": "\\\"] "#] {
            assert!(check(text).is_ok(), "{text:?}");
        }
        assert!(check(&format!("[\"{}", long(MAX_STRING_BYTES + 1))).is_err(), "an unterminated long string");
    }
}
