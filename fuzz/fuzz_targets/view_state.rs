//! Fuzz target `view_state`: arbitrary bytes read as a page's query string (`a=b&c=d`), decoded the way the
//! widget decodes `location.search` (`src/url_state.rs`), then `ViewState::from_pairs` under several namespaces.
//!
//! Checks: decoding never panics; the state respects its documented bounds (sorted, deduplicated, bounded id
//! lists; bounded search and open id; no control characters); and the link round trip holds: encoding the state
//! with `to_pairs`, percent-encoding it like `encodeURIComponent`, and decoding that query string again gives the
//! same state. A link the widget writes must always show the same view when it is opened.

#![no_main]

use libfuzzer_sys::fuzz_target;
use zhenggai_core::view::view_state::{DEFAULT_NAMESPACE, MAX_ID_CHARS, MAX_IDS, MAX_SEARCH_CHARS, ViewState};

/// The default namespace, the empty one (`data-filters` initial views are read without a namespace) and one with
/// a prefix of the default one's style, as a second widget on the same page would use.
const NAMESPACES: [&str; 3] = [DEFAULT_NAMESPACE, "", "w2-"];

/// Percent-decodes like JavaScript's `decodeURIComponent` after `+` → space: `None` for an invalid escape or for
/// bytes that are not UTF-8 (where the browser throws a URIError and the widget skips the pair).
fn decode(component: &[u8]) -> Option<String> {
    let mut bytes = Vec::with_capacity(component.len());
    let mut rest = component;
    while let Some((&byte, tail)) = rest.split_first() {
        match byte {
            b'+' => bytes.push(b' '),
            b'%' => {
                let hex = tail.get(..2)?;
                let text = std::str::from_utf8(hex).ok()?;
                // from_str_radix would accept a sign ("%+1"); decodeURIComponent does not.
                if !hex.iter().all(u8::is_ascii_hexdigit) {
                    return None;
                }
                bytes.push(u8::from_str_radix(text, 16).ok()?);
                rest = &tail[2..];
                continue;
            }
            _ => bytes.push(byte),
        }
        rest = tail;
    }
    String::from_utf8(bytes).ok()
}

/// Percent-encodes like JavaScript's `encodeURIComponent`.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for &byte in text.as_bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Splits a query string into decoded pairs as `url_state::parse_query` does: leading `?` dropped, empty segments
/// skipped, a segment without `=` has an empty value, a pair with an undecodable key or value is skipped.
fn parse_query(query: &[u8]) -> Vec<(String, String)> {
    let query = query.strip_prefix(b"?").unwrap_or(query);
    query
        .split(|&b| b == b'&')
        .filter(|segment| !segment.is_empty())
        .filter_map(|segment| {
            let (key, value) = match segment.iter().position(|&b| b == b'=') {
                Some(at) => (&segment[..at], &segment[at + 1..]),
                None => (segment, &b""[..]),
            };
            Some((decode(key)?, decode(value)?))
        })
        .collect()
}

fn from_pairs(namespace: &str, pairs: &[(String, String)]) -> ViewState {
    ViewState::from_pairs(namespace, pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

fn check_bounds(state: &ViewState) {
    let plausible = |id: &String| {
        !id.is_empty() && id.chars().count() <= MAX_ID_CHARS && !id.chars().any(char::is_control) && !id.contains(',')
    };
    for list in [&state.categories, &state.statuses, &state.units] {
        assert!(list.len() <= MAX_IDS, "too many ids: {}", list.len());
        assert!(list.windows(2).all(|w| w[0] < w[1]), "ids not sorted and unique: {list:?}");
        assert!(list.iter().all(plausible), "implausible id kept: {list:?}");
    }
    assert!(state.search.chars().count() <= MAX_SEARCH_CHARS, "search too long");
    assert!(!state.search.chars().any(char::is_control), "control character in search: {:?}", state.search);
    if let Some(open) = &state.open {
        assert!(!open.is_empty() && open.chars().count() <= MAX_ID_CHARS, "implausible open id: {open:?}");
        assert!(!open.chars().any(char::is_control), "control character in open id: {open:?}");
    }
}

fuzz_target!(|data: &[u8]| {
    let pairs = parse_query(data);
    for namespace in NAMESPACES {
        let state = from_pairs(namespace, &pairs);
        check_bounds(&state);

        // The link the widget would write for this state (`url_state::query_of`), opened again.
        let written: Vec<(String, String)> = state.to_pairs(namespace);
        assert_eq!(written.is_empty(), state.is_default(), "only the default state writes nothing");
        let query: Vec<String> = written.iter().map(|(k, v)| format!("{}={}", encode(k), encode(v))).collect();
        let query = query.join("&");
        let reread = parse_query(query.as_bytes());
        assert_eq!(reread, written, "percent-encoding round trip: {query}");
        assert_eq!(from_pairs(namespace, &reread), state, "link round trip under {namespace:?}: {query}");

        // Display (logs and tests) must not panic either.
        let _ = state.to_string();
    }
});
