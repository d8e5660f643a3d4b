//! Where the dataset comes from, and loading it. Talks to the page URL (`location`), the network (`fetch`,
//! read as a stream so that large files show progress) and local files chosen or dropped by the visitor.
//! Nothing is ever uploaded.

use std::sync::Arc;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use zhenggai_core::limits::MAX_DATASET_BYTES;
use zhenggai_core::{Finding, FindingKind, Loaded};

/// The reference report, compiled in so that the widget works with no request at all.
pub const DEFAULT_DATASET: &str = include_str!("../data/shaoyang-jingkaiqu-2023-12-22.json");

/// The URL query key that names a dataset to load instead of the default, where the page allows it.
pub const DATA_URL_KEY: &str = "data";

/// Where to take the dataset from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The compiled-in reference report.
    Default,
    /// An absolute http(s) URL.
    Url(String),
    /// An address that is not http(s): shown as an error, never fetched.
    Refused(String),
    /// Text the visitor pasted, dropped or opened, with a name to show.
    Local { name: String, text: Arc<str> },
    /// A local file that could not be read, by name.
    Unreadable(String),
}

/// Why a dataset could not be shown.
#[derive(Debug, Clone)]
pub enum LoadError {
    /// The address is not an http(s) URL.
    BadUrl(String),
    /// The request failed before any answer (offline, DNS, CORS).
    Network(String),
    /// The server answered with an error status.
    Http { url: String, status: u16 },
    /// A local file could not be read.
    File(String),
    /// The text arrived but is not a valid dataset.
    Invalid(Vec<Finding>),
}

/// Bytes received so far, and the total when the server says it.
pub type Progress = (u64, Option<u64>);

/// The dataset to start with: `?data=` when the page allows it, else the `data-src` attribute, else the default.
pub fn initial_source(data_src: Option<&str>, allow_data_param: bool) -> Source {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return Source::Default;
    };
    let href = location.href().unwrap_or_default();
    let from_param = allow_data_param
        .then(|| location.search().ok())
        .flatten()
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
        .and_then(|params| params.get(DATA_URL_KEY))
        .filter(|value| !value.trim().is_empty());
    match from_param.as_deref().or(data_src.filter(|s| !s.trim().is_empty())) {
        Some(address) => resolve_data_url(address, &href),
        None => Source::Default,
    }
}

/// Accepts only http and https, so that `javascript:` and friends are never fetched or linked.
fn resolve_data_url(value: &str, base: &str) -> Source {
    match web_sys::Url::new_with_base(value, base) {
        Ok(url) if matches!(url.protocol().as_str(), "http:" | "https:") => Source::Url(url.href()),
        _ => Source::Refused(value.chars().take(200).collect()),
    }
}

/// Loads the dataset from `source`, reporting download progress through `progress`.
pub async fn load(source: Source, progress: impl Fn(Progress)) -> Result<Arc<Loaded>, LoadError> {
    let loaded = match source {
        Source::Default => zhenggai_core::load_str(DEFAULT_DATASET),
        Source::Local { text, .. } => zhenggai_core::load_str(&text),
        Source::Refused(value) => return Err(LoadError::BadUrl(value)),
        Source::Unreadable(name) => return Err(LoadError::File(name)),
        Source::Url(url) => zhenggai_core::load(&fetch_bytes(&url, progress).await?),
    };
    loaded.map(Arc::new).map_err(LoadError::Invalid)
}

/// Fetches `url` as a stream of chunks, so that progress can be shown and invalid UTF-8 is reported, not replaced.
async fn fetch_bytes(url: &str, progress: impl Fn(Progress)) -> Result<Vec<u8>, LoadError> {
    let network = || LoadError::Network(url.to_owned());
    let window = web_sys::window().ok_or_else(network)?;
    let response = JsFuture::from(window.fetch_with_str(url)).await.map_err(|_| network())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| network())?;
    if !response.ok() {
        return Err(LoadError::Http { url: url.to_owned(), status: response.status() });
    }
    let total = response.headers().get("content-length").ok().flatten().and_then(|v| v.parse::<u64>().ok());
    // Refuse an oversized file before downloading it, and stop one that turns out larger than it said.
    let too_large = |bytes: u64| {
        LoadError::Invalid(vec![Finding::at("$", FindingKind::TooLarge { bytes, limit: MAX_DATASET_BYTES as u64 })])
    };
    if let Some(total) = total.filter(|&t| t > MAX_DATASET_BYTES as u64) {
        return Err(too_large(total));
    }
    let Some(body) = response.body() else {
        return Ok(Vec::new());
    };
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().dyn_into().map_err(|_| network())?;
    let mut bytes = Vec::with_capacity(total.and_then(|t| usize::try_from(t).ok()).unwrap_or(0).min(1 << 28));
    progress((0, total));
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(|_| network())?;
        let done = js_sys::Reflect::get(&chunk, &JsValue::from_str("done")).map(|d| d.is_truthy()).unwrap_or(true);
        if done {
            break;
        }
        let value = js_sys::Reflect::get(&chunk, &JsValue::from_str("value")).map_err(|_| network())?;
        let array = js_sys::Uint8Array::new(&value);
        let start = bytes.len();
        bytes.resize(start + array.length() as usize, 0);
        array.copy_to(&mut bytes[start..]);
        progress((bytes.len() as u64, total));
        if bytes.len() > MAX_DATASET_BYTES {
            let _ = reader.cancel();
            return Err(too_large(bytes.len() as u64));
        }
    }
    Ok(bytes)
}

/// The first file chosen in the `<input type="file">` that raised `ev`.
pub fn chosen_file(ev: &web_sys::Event) -> Option<web_sys::File> {
    ev.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?.files()?.get(0)
}

/// The text of a file the visitor chose or dropped, read in the browser; `None` when it cannot be read.
pub async fn file_text(file: &web_sys::File) -> Option<String> {
    JsFuture::from(file.text()).await.ok()?.as_string()
}

/// Reads a dataset file the visitor chose or dropped. The file stays in the browser.
pub async fn read_file(file: web_sys::File) -> Source {
    let name = file.name();
    match file_text(&file).await {
        Some(text) => Source::Local { name, text: Arc::from(text) },
        None => Source::Unreadable(name),
    }
}
