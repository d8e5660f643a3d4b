//! Resource limits: the largest dataset and the longest single string a load accepts, checked on the raw text
//! before anything is parsed, so that an oversized or hostile file gets a plain message instead of exhausting
//! the browser's memory.

use crate::finding::{Finding, FindingKind};

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
    let bytes = text.as_bytes();
    let (mut in_string, mut escaped, mut start) = (false, false, 0);
    for (at, &byte) in bytes.iter().enumerate() {
        if !in_string {
            if byte == b'"' {
                in_string = true;
                start = at + 1;
            }
        } else if escaped {
            escaped = false;
        } else if byte == b'\\' {
            escaped = true;
        } else if byte == b'"' {
            in_string = false;
        }
        if in_string && at + 1 - start > MAX_STRING_BYTES {
            let line = 1 + bytes[..start].iter().filter(|&&b| b == b'\n').count();
            let column = start - bytes[..start].iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
            return Err(Finding {
                path: "$".to_owned(),
                position: Some((line, column)),
                kind: FindingKind::StringTooLong { limit: MAX_STRING_BYTES as u64 },
            });
        }
    }
    Ok(())
}
