//! Where in a JSON document a parse error is, as a path (`$.problems[3].status`), found from the error's line and
//! column by reading the text up to that point.
//!
//! Why not track the path while parsing (serde_path_to_error): that wraps every value of every type in a second
//! deserializer, which took about a third of the parse of a large round and a tenth of the widget's wasm. Errors
//! are rare and their text is at hand, so the path is worked out only when there is one.

/// One open container on the way to the error.
enum Frame {
    /// An object and the key of the member being read (none before the first key, or after a comma).
    Object { key: Option<String>, expecting_key: bool },
    /// An array and the index of the element being read (`started` once that element has begun).
    Array { index: usize, started: bool },
}

/// What the parser was doing when it stopped, which says how to read the bytes up to the error's position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// At a byte it could not make sense of (a stray `}` where a value should be): that byte is not read.
    Syntax,
    /// At a value it refused (an unknown status, an impossible date): the position ends that value, or — when
    /// the value was the last of its object — the object's `}` just after it, which is not read either.
    Value,
    /// At the end of an object that lacks a required field: its `}` is read, the path is the object's.
    Object,
}

/// The path of the value being read when parsing stopped at `line` and `column` (1-based, as serde_json counts:
/// the column is the number of bytes read on that line). `$` for the document itself.
pub fn path_at(text: &str, line: usize, column: usize, stop: Stop) -> String {
    let bytes = text.as_bytes();
    let line_start = if line <= 1 {
        0
    } else {
        bytes.iter().enumerate().filter(|&(_, &b)| b == b'\n').nth(line - 2).map_or(bytes.len(), |(at, _)| at + 1)
    };
    let mut end = (line_start + column).min(bytes.len());
    match stop {
        Stop::Syntax => end = end.saturating_sub(1),
        Stop::Value => {
            let trimmed = bytes[..end].trim_ascii_end();
            if let Some(b'}' | b']') = trimmed.last() {
                end = trimmed.len() - 1;
            }
        }
        Stop::Object => {}
    }
    let stack = frames_before(&bytes[..end]);
    let mut path = String::from("$");
    for frame in &stack {
        match frame {
            Frame::Object { key: Some(key), .. } => {
                path.push('.');
                path.push_str(key);
            }
            Frame::Array { index, started: true } => path.push_str(&format!("[{index}]")),
            _ => {}
        }
    }
    path
}

/// The containers open at the end of `bytes`, outermost first.
fn frames_before(bytes: &[u8]) -> Vec<Frame> {
    let mut stack: Vec<Frame> = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let byte = bytes[at];
        at += 1;
        match byte {
            b' ' | b'\t' | b'\n' | b'\r' | b':' => {}
            b',' => match stack.last_mut() {
                Some(Frame::Array { index, started }) => {
                    *index += 1;
                    *started = false;
                }
                Some(Frame::Object { key, expecting_key }) => {
                    *key = None;
                    *expecting_key = true;
                }
                None => {}
            },
            b'}' | b']' => {
                stack.pop();
            }
            b'"' => {
                let (text, next) = read_string(bytes, at);
                at = next;
                match stack.last_mut() {
                    Some(Frame::Object { key, expecting_key: expecting @ true }) => {
                        *key = Some(text);
                        *expecting = false;
                    }
                    Some(Frame::Array { started, .. }) => *started = true,
                    _ => {}
                }
            }
            _ => {
                if let Some(Frame::Array { started, .. }) = stack.last_mut() {
                    *started = true;
                }
                match byte {
                    b'{' => stack.push(Frame::Object { key: None, expecting_key: true }),
                    b'[' => stack.push(Frame::Array { index: 0, started: false }),
                    _ => {} // a number, true, false or null: nothing opens
                }
            }
        }
    }
    stack
}

/// The string whose text starts at `start` (after its opening quote), unescaped only as far as a path needs
/// (escapes are kept as written), and where reading goes on after its closing quote.
fn read_string(bytes: &[u8], start: usize) -> (String, usize) {
    let mut at = start;
    while at < bytes.len() {
        match bytes[at] {
            b'\\' => at += 2,
            b'"' => return (String::from_utf8_lossy(&bytes[start..at]).into_owned(), at + 1),
            _ => at += 1,
        }
    }
    let end = bytes.len().min(at);
    (String::from_utf8_lossy(&bytes[start..end]).into_owned(), bytes.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The path at the end of `before` (one line), as if the error were there.
    fn path(before: &str) -> String {
        path_at(before, 1, before.len(), Stop::Object)
    }

    #[test]
    fn members_and_elements_make_the_path() {
        assert_eq!(path(r#"{"problems": [{"id": "p1"}, {"status": "done""#), "$.problems[1].status");
        assert_eq!(path(r#"{"a": {"b": [1, 2, [3, 4"#), "$.a.b[2][1]");
        // The end of an object that lacks a field: the object itself.
        assert_eq!(path(r#"{"problems": [{"id": "p1"}"#), "$.problems[0]");
        assert_eq!(path(r#"{"a": 1}"#), "$");
        assert_eq!(path(""), "$");
    }

    #[test]
    fn strings_with_brackets_commas_and_escaped_quotes_are_read_as_text() {
        assert_eq!(path(r#"{"t": "a, [b] {c} \"d\"", "u": "x""#), "$.u");
        assert_eq!(path(r#"{"list": ["[", "]", "#), "$.list");
        assert_eq!(path(r#"{"list": ["[", "]", "x"#), "$.list[2]");
    }

    #[test]
    fn lines_and_columns_are_counted_as_serde_json_does() {
        let text = "{\n  \"a\": [\n    1,\n    \"x\"\n  ]\n}";
        // serde_json reports an error on the "x" at line 4, column 7 (after its closing quote).
        assert_eq!(path_at(text, 4, 7, Stop::Value), "$.a[1]");
        assert_eq!(path_at(text, 99, 1, Stop::Object), "$");
    }

    #[test]
    fn how_the_parser_stopped_decides_whether_the_last_bracket_counts() {
        // A stray `}` where a value should be: the member that lacks its value.
        assert_eq!(path_at("{\"a\": }", 1, 7, Stop::Syntax), "$.a");
        // A refused value that was the last of its object, reported after the object's `}`: still the value.
        let text = r#"{"report": {"title": "t", "as_of": "2023-11-31"}, "units": []}"#;
        let after_brace = text.find("}, ").map_or(0, |at| at + 1);
        assert_eq!(path_at(text, 1, after_brace, Stop::Value), "$.report.as_of");
        // A missing field, reported after the object's `}`: the object.
        assert_eq!(path_at(text, 1, after_brace, Stop::Object), "$.report");
    }
}
