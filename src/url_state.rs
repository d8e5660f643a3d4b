//! The view state in the host page's URL. Talks to `location` and `history`.
//!
//! Only the widget's own namespaced keys are read and written: the host's other query keys keep their exact
//! text and order, and the hash and `history.state` are left as they are. `history.replaceState` is used, so
//! filtering never floods the back button.

use crate::rendering::LIVE;
use wasm_bindgen::JsValue;
use zhenggai_core::view::view_state::ViewState;

/// Splits `?a=1&b=2` into raw `key=value` segments (still percent-encoded).
fn raw_segments(search: &str) -> impl Iterator<Item = &str> {
    search.trim_start_matches('?').split('&').filter(|s| !s.is_empty())
}

/// Decodes one query component: `+` is a space; an invalid escape makes the component unreadable (`None`).
fn decode(component: &str) -> Option<String> {
    js_sys::decode_uri_component(&component.replace('+', " ")).ok().map(String::from)
}

/// The `key=value` pairs of a query string, decoded; a pair that does not decode is dropped.
pub fn query_pairs(search: &str) -> Vec<(String, String)> {
    raw_segments(search)
        .filter_map(|segment| {
            let (key, value) = segment.split_once('=').unwrap_or((segment, ""));
            Some((decode(key)?, decode(value)?))
        })
        .collect()
}

/// The raw key of a segment, decoded.
fn segment_key(segment: &str) -> Option<String> {
    decode(segment.split('=').next().unwrap_or_default())
}

/// Reads the widget's state from the current page URL. Never fails: unreadable parts are skipped.
pub fn read(namespace: &str) -> ViewState {
    // A snapshot rendered natively has no link: the widget applies the link's view when it takes over.
    if !LIVE {
        return ViewState::default();
    }
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    parse_query(namespace, &search)
}

/// Reads a state from a query string such as `?zg.s=done&zg.q=%E5%AE%89`. Never fails.
pub fn parse_query(namespace: &str, search: &str) -> ViewState {
    let pairs = query_pairs(search);
    ViewState::from_pairs(namespace, pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

/// The state as a percent-encoded query string without `?` (empty for the default state).
pub fn query_of(namespace: &str, state: &ViewState) -> String {
    let pairs: Vec<String> = state
        .to_pairs(namespace)
        .into_iter()
        .map(|(key, value)| format!("{}={}", js_sys::encode_uri_component(&key), js_sys::encode_uri_component(&value)))
        .collect();
    pairs.join("&")
}

/// The page URL with the widget's keys replaced by `state`, everything else kept.
pub fn url_with(namespace: &str, state: &ViewState) -> Option<String> {
    let location = web_sys::window()?.location();
    let (path, search, hash) = (location.pathname().ok()?, location.search().ok()?, location.hash().ok()?);
    let mut segments: Vec<String> = raw_segments(&search)
        .filter(|segment| !segment_key(segment).is_some_and(|key| key.starts_with(namespace)))
        .map(str::to_owned)
        .collect();
    let own = query_of(namespace, state);
    if !own.is_empty() {
        segments.push(own);
    }
    let query = if segments.is_empty() { String::new() } else { format!("?{}", segments.join("&")) };
    Some(format!("{path}{query}{hash}"))
}

/// [`url_with`] as an absolute address, for the host page's `zhenggai:filterchange` event.
pub fn absolute_url_with(namespace: &str, state: &ViewState) -> Option<String> {
    let origin = web_sys::window()?.location().origin().ok()?;
    Some(format!("{origin}{}", url_with(namespace, state)?))
}

/// Writes `state` into the page URL with `history.replaceState`, keeping `history.state`.
pub fn write(namespace: &str, state: &ViewState) {
    let Some(window) = web_sys::window() else { return };
    let Some(url) = url_with(namespace, state) else { return };
    let Ok(history) = window.history() else { return };
    let current = history.state().unwrap_or(JsValue::NULL);
    // A page that forbids replaceState (sandboxed frames) keeps working; only the link stops updating.
    let _ = history.replace_state_with_url(&current, "", Some(&url));
}

/// The absolute address of the current view, for sharing.
pub fn current_href() -> Option<String> {
    web_sys::window()?.location().href().ok()
}
