//! Where the dataset comes from, and loading it. Talks to the page URL (`location`), the network (`fetch`,
//! read as a stream so that large files show progress) and local files chosen or dropped by the visitor.
//! Nothing is ever uploaded.

use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::{LocalStorage, Signal};
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use zhenggai_core::load::arriving::ArrivingDataset;
use zhenggai_core::load::limits::MAX_DATASET_BYTES;
use zhenggai_core::{Finding, FindingKind, Loaded};

/// The reference report, compiled in (the `builtin-report` feature): the wasm-bindgen tests, the authoring page
/// and the snapshot renderer show it with no request at all.
#[cfg(feature = "builtin-report")]
pub const DEFAULT_DATASET: &str = include_str!("../data/shaoyang-jingkaiqu-2023-12-22.json");

/// The reference report's file, which the build copies next to the widget's files (index.html) and which the
/// visitors' widget, built without `builtin-report`, fetches when it is given no data.
#[cfg(not(feature = "builtin-report"))]
const DEFAULT_DATASET_FILE: &str = "shaoyang-jingkaiqu-2023-12-22.json";

thread_local! {
    /// The folder of the widget's own files, as the loader (embed/zhenggai.js) says; `None` on a page in that
    /// folder (the standalone page, the iframe's page), whose own address serves.
    static ASSET_BASE: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Remembers where the widget's own files are (`setAssetBase`, called by the loader once the wasm has started),
/// so that the reference report is fetched from there rather than from the host page's folder.
pub fn set_asset_base(url: &str) {
    ASSET_BASE.with(|base| *base.borrow_mut() = Some(url.to_owned()));
}

/// The address of the reference report's file: next to the widget's files.
#[cfg(not(feature = "builtin-report"))]
fn default_dataset_url() -> String {
    let base = ASSET_BASE.with(|base| base.borrow().clone()).or_else(|| {
        let document = web_sys::window()?.document()?;
        document.base_uri().ok().flatten()
    });
    web_sys::Url::new_with_base(DEFAULT_DATASET_FILE, &base.unwrap_or_default())
        .map(|url| url.href())
        .unwrap_or_else(|_| DEFAULT_DATASET_FILE.to_owned())
}

/// The URL query key that names a dataset to load instead of the default, where the page allows it.
pub const DATA_URL_KEY: &str = "data";

/// The URL query key that names an earlier report to compare with, where the page allows `?data=`.
pub const COMPARE_URL_KEY: &str = "compare";

/// Where to take the dataset from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The reference report: compiled in, or fetched from next to the widget's files (`builtin-report`).
    Default,
    /// An absolute http(s) URL.
    Url(String),
    /// An address that is not http(s): shown as an error, never fetched.
    Refused(String),
    /// Text the visitor pasted, dropped or opened, with a name to show.
    Local {
        /// The file's name, or what the visitor did ("粘贴的文本").
        name: String,
        /// The text.
        text: Arc<str>,
    },
    /// A local file that could not be read, by name.
    Unreadable(String),
    /// A local file larger than any dataset may be, with its size: refused before it is read into memory.
    Oversized(u64),
}

/// Why a dataset could not be shown.
#[derive(Debug, Clone)]
pub enum LoadError {
    /// The address is not an http(s) URL.
    BadUrl(String),
    /// The request failed before any answer (offline, DNS, CORS).
    Network(String),
    /// The server answered with an error status.
    Http {
        /// The address asked.
        url: String,
        /// The HTTP status answered.
        status: u16,
    },
    /// The server sent nothing (no answer, or no further bytes) for `seconds`.
    Timeout {
        /// The address asked.
        url: String,
        /// How long the silence lasted.
        seconds: u32,
    },
    /// A local file could not be read.
    File(String),
    /// The text arrived but is not a valid dataset.
    Invalid(Vec<Finding>),
}

/// An earlier report to compare with, as the comparison panel reads it: `None` while it loads, then the report
/// or why it cannot be shown. Live, it follows the report's download; in a snapshot, it is already there.
pub type Comparand = Signal<Option<Result<Arc<Loaded>, LoadError>>, LocalStorage>;

/// Bytes received so far, and the total when the server says it: how far a download is (not to be confused with
/// `core::analysis::progress`, two reports compared).
pub type Received = (u64, Option<u64>);

/// The dataset to start with: `?data=` when the page allows it, else the `data-src` attribute, else the default.
pub fn initial_source(data_src: Option<&str>, allow_data_param: bool) -> Source {
    source_from(DATA_URL_KEY, data_src, allow_data_param).unwrap_or(Source::Default)
}

/// The earlier report to compare with (`data-compare`, or `?compare=` where `?data=` is allowed), if any.
pub fn compare_source(compare_src: Option<&str>, allow_data_param: bool) -> Option<Source> {
    source_from(COMPARE_URL_KEY, compare_src, allow_data_param)
}

/// The address in the page URL's `key` parameter (when allowed), else `attribute`, resolved against the page's
/// base address (its `<base href>` if it has one, as the loader's early download resolves it).
fn source_from(key: &str, attribute: Option<&str>, allow_param: bool) -> Option<Source> {
    let window = web_sys::window()?;
    let location = window.location();
    let base = window.document().and_then(|document| document.base_uri().ok().flatten());
    let href = base.or_else(|| location.href().ok()).unwrap_or_default();
    let from_param = allow_param
        .then(|| location.search().ok())
        .flatten()
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
        .and_then(|params| params.get(key))
        .filter(|value| !value.trim().is_empty());
    let address = from_param.as_deref().or(attribute.filter(|s| !s.trim().is_empty()))?;
    Some(resolve_data_url(address, &href))
}

/// Accepts only http and https, so that `javascript:` and friends are never fetched or linked.
fn resolve_data_url(value: &str, base: &str) -> Source {
    match web_sys::Url::new_with_base(value, base) {
        Ok(url) if matches!(url.protocol().as_str(), "http:" | "https:") => Source::Url(url.href()),
        _ => Source::Refused(value.chars().take(200).collect()),
    }
}

/// Loads the dataset from `source`, reporting how much has arrived through `on_received`; a download is given up after
/// `timeout_seconds` of silence. An `early` download of the same address is taken over; one of another is aborted.
pub async fn load(
    source: Source,
    early: Option<EarlyDownload>,
    timeout_seconds: u32,
    on_received: impl Fn(Received),
) -> Result<Arc<Loaded>, LoadError> {
    let early = early.and_then(|early| match &source {
        Source::Url(url) if *url == early.url => Some(early),
        _ => {
            early.abort();
            None
        }
    });
    let loaded = match source {
        #[cfg(feature = "builtin-report")]
        Source::Default => zhenggai_core::load_str(DEFAULT_DATASET),
        #[cfg(not(feature = "builtin-report"))]
        Source::Default => fetch_dataset(&default_dataset_url(), None, timeout_seconds, on_received).await?,
        Source::Local { text, .. } => zhenggai_core::load_str(&text),
        Source::Refused(value) => return Err(LoadError::BadUrl(value)),
        Source::Unreadable(name) => return Err(LoadError::File(name)),
        Source::Oversized(bytes) => return Err(too_large(bytes)),
        Source::Url(url) => fetch_dataset(&url, early, timeout_seconds, on_received).await?,
    };
    loaded.map(Arc::new).map_err(LoadError::Invalid)
}

/// Fetches `url` as a stream of chunks and loads it as they arrive ([`ArrivingDataset`]): progress can be shown,
/// the text is checked for UTF-8 (invalid UTF-8 is reported, not replaced), and its problems are parsed while the
/// rest is still on its way. A server that stays silent for `timeout_seconds` (before answering, or between two
/// chunks) is given up on: a slow but steady download of a large file goes on, a hung one does not leave the
/// spinner turning for ever.
async fn fetch_dataset(
    url: &str,
    early: Option<EarlyDownload>,
    timeout_seconds: u32,
    on_received: impl Fn(Received),
) -> Result<Result<Loaded, Vec<Finding>>, LoadError> {
    let window = web_sys::window().ok_or_else(|| LoadError::Network(url.to_owned()))?;
    let watchdog = Watchdog::new(&window, timeout_seconds, early.as_ref().map(|early| early.abort.clone()));
    let network = || match watchdog.fired() {
        true => LoadError::Timeout { url: url.to_owned(), seconds: timeout_seconds },
        false => LoadError::Network(url.to_owned()),
    };
    let init = web_sys::RequestInit::new();
    if let Some(controller) = &watchdog.controller {
        init.set_signal(Some(&controller.signal()));
    }
    watchdog.arm();
    let request = match early {
        Some(early) => early.response,
        None => window.fetch_with_str_and_init(url, &init),
    };
    let response = JsFuture::from(request).await.map_err(|_| network())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| network())?;
    if !response.ok() {
        return Err(LoadError::Http { url: url.to_owned(), status: response.status() });
    }
    let headers = response.headers();
    let length = headers.get("content-length").ok().flatten().and_then(|v| v.parse::<u64>().ok());
    // Refuse an oversized file before downloading it, and stop one that turns out larger than it said.
    if let Some(length) = length.filter(|&l| l > MAX_DATASET_BYTES as u64) {
        return Err(too_large(length));
    }
    // A compressed answer's Content-Length counts compressed bytes, while the chunks below arrive decompressed:
    // it is no total then. (Another origin may hide Content-Encoding; the chunk loop also drops a total that the
    // bytes outgrow.)
    let compressed = headers
        .get("content-encoding")
        .ok()
        .flatten()
        .is_some_and(|encoding| !encoding.trim().eq_ignore_ascii_case("identity"));
    let mut total = length.filter(|_| !compressed);
    let mut dataset = ArrivingDataset::new();
    let Some(body) = response.body() else {
        return Ok(dataset.finish());
    };
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().dyn_into().map_err(|_| network())?;
    let mut received: u64 = 0;
    on_received((0, total));
    loop {
        watchdog.arm();
        let chunk = JsFuture::from(reader.read()).await.map_err(|_| network())?;
        let done = js_sys::Reflect::get(&chunk, &JsValue::from_str("done")).map(|d| d.is_truthy()).unwrap_or(true);
        if done {
            break;
        }
        let value = js_sys::Reflect::get(&chunk, &JsValue::from_str("value")).map_err(|_| network())?;
        let array: js_sys::Uint8Array = value.dyn_into().map_err(|_| network())?;
        received += u64::from(array.length());
        total = total.filter(|&t| t >= received);
        on_received((received, total));
        if received > MAX_DATASET_BYTES as u64 {
            // Cancelling only stops the download early; the error returned below is what the visitor sees.
            let _ = reader.cancel();
            return Err(too_large(received));
        }
        if let Err(not_utf8) = dataset.push(&array.to_vec()) {
            // As above: the error returned is what counts.
            let _ = reader.cancel();
            return Err(LoadError::Invalid(vec![not_utf8]));
        }
    }
    Ok(dataset.finish())
}

/// The message for a dataset over the size limit.
fn too_large(bytes: u64) -> LoadError {
    LoadError::Invalid(vec![Finding::at("$", FindingKind::TooLarge { bytes, limit: MAX_DATASET_BYTES as u64 })])
}

/// A download the page started before the widget was running (`embed/early-download.js`), found on the widget's
/// element: the dataset then arrives while the wasm is still loading, instead of starting once it runs.
pub struct EarlyDownload {
    /// The absolute address, as the widget resolves it.
    url: String,
    /// Resolves to the `Response`, whose body the page has been reading into a queue.
    response: js_sys::Promise,
    abort: js_sys::Function,
}

impl EarlyDownload {
    /// The property of the widget's element where the page leaves it.
    const KEY: &str = "zhenggaiEarlyDownload";

    /// Takes the early download left on `element`, if any, once: `false` is left in its place, which tells an
    /// `early-download.js` that runs only now (it lost the race with the wasm) that the widget has started on its
    /// own, so that it does not download the dataset a second time.
    pub fn take(element: &web_sys::Element) -> Option<Self> {
        let key = JsValue::from_str(Self::KEY);
        let handle = js_sys::Reflect::get(element, &key).ok().filter(JsValue::is_object);
        // Taken once: a host element that refuses the property (frozen) would only let a second mount find the
        // download already taken over, which aborts it.
        let _ = js_sys::Reflect::set(element, &key, &JsValue::FALSE);
        let handle = handle?;
        let field = |name: &str| js_sys::Reflect::get(&handle, &JsValue::from_str(name)).ok();
        Some(Self {
            url: field("url")?.as_string()?,
            response: field("response")?.dyn_into().ok()?,
            abort: field("abort")?.dyn_into().ok()?,
        })
    }

    /// Stops the download (unused, or silent for too long).
    fn abort(&self) {
        // AbortController.abort does not throw.
        let _ = self.abort.call0(&JsValue::NULL);
    }
}

/// Aborts a download when its timer runs out; [`Watchdog::arm`] restarts the timer at each sign of life.
struct Watchdog {
    window: web_sys::Window,
    controller: Option<web_sys::AbortController>,
    fired: Rc<Cell<bool>>,
    on_timeout: Closure<dyn FnMut()>,
    timer: Cell<Option<i32>>,
    milliseconds: i32,
}

impl Watchdog {
    /// A watchdog for a download that `abort_early` stops when the page started it, and its `controller` else.
    fn new(window: &web_sys::Window, seconds: u32, abort_early: Option<js_sys::Function>) -> Self {
        let controller = web_sys::AbortController::new().ok();
        let fired = Rc::new(Cell::new(false));
        let on_timeout = {
            let (controller, fired) = (controller.clone(), fired.clone());
            Closure::<dyn FnMut()>::new(move || {
                fired.set(true);
                if let Some(controller) = &controller {
                    controller.abort();
                }
                if let Some(abort) = &abort_early {
                    // As in `abort`.
                    let _ = abort.call0(&JsValue::NULL);
                }
            })
        };
        let milliseconds = i32::try_from(u64::from(seconds) * 1000).unwrap_or(i32::MAX);
        Self { window: window.clone(), controller, fired, on_timeout, timer: Cell::new(None), milliseconds }
    }

    /// (Re)starts the countdown.
    fn arm(&self) {
        self.disarm();
        let callback = self.on_timeout.as_ref().unchecked_ref();
        let timer = self.window.set_timeout_with_callback_and_timeout_and_arguments_0(callback, self.milliseconds);
        self.timer.set(timer.ok());
    }

    fn disarm(&self) {
        if let Some(timer) = self.timer.take() {
            self.window.clear_timeout_with_handle(timer);
        }
    }

    /// True when the download was aborted because the server fell silent.
    fn fired(&self) -> bool {
        self.fired.get()
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        self.disarm();
    }
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
    // `size()` is known before reading: an oversized file is refused without loading it into memory.
    let bytes = file.size() as u64;
    if bytes > MAX_DATASET_BYTES as u64 {
        return Source::Oversized(bytes);
    }
    match file_text(&file).await {
        Some(text) => Source::Local { name, text: Arc::from(text) },
        None => Source::Unreadable(name),
    }
}
