//! Where the dataset comes from, and fetching it. Talks to the page URL (`location`) and the network (`fetch`).

use std::sync::Arc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use zhenggai_core::{Finding, Loaded};

/// The reference report, compiled in so that the widget works with no request at all.
pub const DEFAULT_DATASET: &str = include_str!("../data/shaoyang-jingkaiqu-2023-12-22.json");

/// The URL query key that names a dataset to load instead of the default.
pub const DATA_URL_KEY: &str = "data";

/// Where to take the dataset from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The compiled-in reference report.
    Default,
    /// An absolute http(s) URL.
    Url(String),
    /// A `?data=` value that is not an http(s) URL: shown as an error, never fetched.
    Refused(String),
}

/// Why a dataset could not be shown.
#[derive(Debug, Clone)]
pub enum LoadError {
    /// The `?data=` value is not an http(s) URL.
    BadUrl(String),
    /// The request failed before any answer (offline, DNS, CORS).
    Network(String),
    /// The server answered with an error status.
    Http { url: String, status: u16 },
    /// The file arrived but is not a valid dataset.
    Invalid(Vec<Finding>),
}

/// Reads `?data=` from the page URL, resolving a relative address against the page.
pub fn source_from_page() -> Source {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return Source::Default;
    };
    let (Ok(search), Ok(href)) = (location.search(), location.href()) else {
        return Source::Default;
    };
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return Source::Default;
    };
    match params.get(DATA_URL_KEY) {
        None => Source::Default,
        Some(value) if value.trim().is_empty() => Source::Default,
        Some(value) => resolve_data_url(&value, &href),
    }
}

/// Accepts only http and https, so that `javascript:` and friends are never fetched or linked.
fn resolve_data_url(value: &str, base: &str) -> Source {
    match web_sys::Url::new_with_base(value, base) {
        Ok(url) if matches!(url.protocol().as_str(), "http:" | "https:") => Source::Url(url.href()),
        _ => Source::Refused(value.chars().take(200).collect()),
    }
}

/// Loads the dataset from `source`.
pub async fn load(source: Source) -> Result<Arc<Loaded>, LoadError> {
    let text = match source {
        Source::Default => DEFAULT_DATASET.to_owned(),
        Source::Refused(value) => return Err(LoadError::BadUrl(value)),
        Source::Url(url) => fetch_text(&url).await?,
    };
    zhenggai_core::load_str(&text).map(Arc::new).map_err(LoadError::Invalid)
}

async fn fetch_text(url: &str) -> Result<String, LoadError> {
    let network = || LoadError::Network(url.to_owned());
    let window = web_sys::window().ok_or_else(network)?;
    let response = JsFuture::from(window.fetch_with_str(url)).await.map_err(|_| network())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| network())?;
    if !response.ok() {
        return Err(LoadError::Http { url: url.to_owned(), status: response.status() });
    }
    let body = response.text().map_err(|_| network())?;
    let text = JsFuture::from(body).await.map_err(|_| network())?;
    text.as_string().ok_or_else(network)
}
