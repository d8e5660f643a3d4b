//! zhenggai-widget: the Leptos shell that shows a rectification dataset in the browser.
//!
//! Everything that does not need a browser (loading, validation, counting) lives in `zhenggai-core`; this crate
//! only fetches, renders and wires events.
//!
//! - [`i18n`]: every UI string, one table per language;
//! - [`source`]: where the dataset comes from (embedded default, `?data=` URL) and fetching it;
//! - [`ids`]: element ids unique per widget instance;
//! - [`download`]: saving exports (Blob URLs, SVG rendered to PNG);
//! - [`elderly`]: elderly-friendly mode (适老化) and its remembered choice;
//! - [`host`]: events for the host page, the crash notice, messages to a parent frame;
//! - [`url_state`]: the view state in the page URL (namespaced keys, `history.replaceState`);
//! - [`components`]: one Leptos component per file.

pub mod clock;
pub mod components;
pub mod download;
pub mod draw_in_steps;
pub mod elderly;
pub mod host;
pub mod i18n;
pub mod ids;
pub mod layout;
pub mod remembered;
pub mod source;
pub mod url_state;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use zhenggai_core::Lang;
use zhenggai_core::view_state::DEFAULT_NAMESPACE;

use crate::components::app::App;
#[cfg(feature = "importer")]
use crate::components::importer::Importer;
#[cfg(feature = "importer")]
use crate::components::round_builder::RoundBuilder;

/// The id of the element the standalone page mounts into.
pub const ROOT_ID: &str = "zhenggai";

/// The colour theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

impl Theme {
    /// Reads `light`, `dark` or `auto` (the visitor's `prefers-color-scheme`); anything else, or nothing, is light:
    /// a host page is light unless its web team chooses otherwise (docs/embedding.md). The standalone page asks for
    /// `auto`.
    pub fn resolve(word: Option<&str>) -> Self {
        match word.map(str::trim) {
            Some("dark") => Self::Dark,
            Some("auto") => {
                let prefers_dark = web_sys::window()
                    .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
                    .is_some_and(|query| query.matches());
                if prefers_dark { Self::Dark } else { Self::Light }
            }
            _ => Self::Light,
        }
    }

    /// The CSS class of the widget root.
    pub fn class(self) -> &'static str {
        match self {
            Self::Light => "zg-theme-light",
            Self::Dark => "zg-theme-dark",
        }
    }
}

/// How a widget instance is set up by its host page.
#[derive(Debug, Clone, PartialEq)]
pub struct MountOptions {
    /// The initial UI language.
    pub lang: Lang,
    /// Prefix of the widget's keys in the page URL, e.g. `zg.`; give each instance on a page its own.
    pub namespace: String,
    /// The dataset's address (`data-src`); the embedded reference report when absent.
    pub data_src: Option<String>,
    /// An earlier report of the same round or unit to compare with (`data-compare`), for progress over time.
    pub compare_src: Option<String>,
    /// Whether a `?data=` URL parameter may choose the dataset. On by default only on the standalone page: on a
    /// host's page it would let any link show other data under the host's name.
    pub allow_data_param: bool,
    /// The view to start with when the link has none, written like a link without the namespace:
    /// `s=wancheng&c=c1,c3&q=安置`.
    pub initial_view: Option<String>,
    /// The colour theme.
    pub theme: Theme,
    /// Elderly-friendly mode (适老化) on from the start; the visitor's own choice, remembered in local storage,
    /// wins over it.
    pub elderly: bool,
    /// Seconds of silence from the data server after which a download is given up (`data-timeout`).
    pub timeout_seconds: u32,
}

/// How long a silent data server is waited for, unless the host page says otherwise.
pub const DEFAULT_TIMEOUT_SECONDS: u32 = 30;

/// Reads a timeout in whole seconds; anything else (empty, negative, zero, huge) keeps the default.
fn timeout_seconds(value: Option<String>) -> u32 {
    value
        .and_then(|v| v.trim().parse::<u32>().ok())
        .filter(|&seconds| (1..=3600).contains(&seconds))
        .unwrap_or(DEFAULT_TIMEOUT_SECONDS)
}

impl Default for MountOptions {
    fn default() -> Self {
        Self {
            lang: Lang::default(),
            namespace: DEFAULT_NAMESPACE.to_owned(),
            data_src: None,
            compare_src: None,
            allow_data_param: false,
            initial_view: None,
            theme: Theme::default(),
            elderly: false,
            timeout_seconds: DEFAULT_TIMEOUT_SECONDS,
        }
    }
}

impl MountOptions {
    /// Reads `data-lang`, `data-ns`, `data-src`, `data-compare`, `data-filters`, `data-theme`, `data-elderly`, `data-timeout` and
    /// `data-allow-data-param` from the mount element.
    pub fn from_element(element: &web_sys::Element) -> Self {
        let attribute = |name: &str| element.get_attribute(name).filter(|v| !v.trim().is_empty());
        Self {
            lang: attribute("data-lang").and_then(|code| Lang::from_code(&code)).unwrap_or_default(),
            namespace: attribute("data-ns").unwrap_or_else(|| DEFAULT_NAMESPACE.to_owned()),
            data_src: attribute("data-src"),
            compare_src: attribute("data-compare"),
            allow_data_param: element.has_attribute("data-allow-data-param"),
            initial_view: attribute("data-filters"),
            theme: Theme::resolve(attribute("data-theme").as_deref()),
            elderly: element.has_attribute("data-elderly"),
            timeout_seconds: timeout_seconds(attribute("data-timeout")),
        }
    }

    /// Reads `{ data, compare, lang, namespace, filters, theme, elderly, timeout, allowDataParam }` from a JS options object.
    pub fn from_js(options: &JsValue) -> Self {
        let text = |key: &str| host::string_option(options, key);
        Self {
            lang: text("lang").and_then(|code| Lang::from_code(&code)).unwrap_or_default(),
            namespace: text("namespace").unwrap_or_else(|| DEFAULT_NAMESPACE.to_owned()),
            data_src: text("data"),
            compare_src: text("compare"),
            allow_data_param: host::bool_option(options, "allowDataParam"),
            initial_view: text("filters"),
            theme: Theme::resolve(text("theme").as_deref()),
            elderly: host::bool_option(options, "elderly"),
            timeout_seconds: timeout_seconds(host::number_option(options, "timeout")),
        }
    }
}

/// Entry point of the standalone page: installs the panic hook and mounts into `#zhenggai`, configured by its
/// `data-*` attributes. On any other page it does nothing: host pages mount through [`mount_from_js`].
pub fn start() {
    host::install_panic_hook();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let root = document.get_element_by_id(ROOT_ID).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(root) = root {
        let options = MountOptions::from_element(&root);
        // The standalone page's widget lives as long as the page.
        mount(root, options);
    }
}

/// A mounted widget, as the host page's JavaScript sees it: a handle to call [`Widget::destroy`] on. The widget
/// itself stays alive until then, even if the handle is dropped or garbage-collected.
#[wasm_bindgen]
pub struct Widget {
    id: u32,
}

#[wasm_bindgen]
impl Widget {
    /// Removes the widget from its element and frees it. Safe to call twice.
    pub fn destroy(&mut self) {
        host::unregister(self.id);
    }
}

/// Mounts a widget into `element`, replacing the static fallback content it may hold.
pub fn mount(element: web_sys::HtmlElement, options: MountOptions) -> Widget {
    element.set_inner_html("");
    let host_element = element.clone();
    let handle = leptos::mount::mount_to(element.clone(), move || {
        provide_context(host::HostElement(host_element.clone()));
        view! { <App options=options.clone()/> }
    });
    Widget { id: host::register(&element, Box::new(handle)) }
}

/// The JavaScript API: `mount(element, { data, compare, lang, namespace, filters, theme, elderly, timeout, allowDataParam })`.
#[wasm_bindgen(js_name = mount)]
pub fn mount_from_js(element: JsValue, options: JsValue) -> Result<Widget, JsError> {
    let Some(element) = host::as_html_element(element) else {
        return Err(JsError::new("zhenggai mount(): the first argument must be an HTML element"));
    };
    Ok(mount(element, MountOptions::from_js(&options)))
}

/// The authoring page: `mountImporter(element, { lang })` renders the text importer into `element`. Built into its
/// own wasm (the `importer` feature, `zhenggai-importer`), so that the widget's visitors do not download it.
#[cfg(feature = "importer")]
#[wasm_bindgen(js_name = mountImporter)]
pub fn mount_importer(element: JsValue, options: JsValue) -> Result<Widget, JsError> {
    let Some(element) = host::as_html_element(element) else {
        return Err(JsError::new("zhenggai mountImporter(): the first argument must be an HTML element"));
    };
    let lang = host::string_option(&options, "lang").and_then(|code| Lang::from_code(&code)).unwrap_or_default();
    element.set_inner_html("");
    let host_element = element.clone();
    let handle = leptos::mount::mount_to(element.clone(), move || {
        provide_context(host::HostElement(host_element.clone()));
        provide_context(ids::IdPrefix::next());
        view! { <div class="zg zg-theme-light" lang=lang.code()><Importer lang/><RoundBuilder lang/></div> }
    });
    Ok(Widget { id: host::register(&element, Box::new(handle)) })
}

/// Bytes of WebAssembly memory the widget holds (every widget on a page shares one module), for the benchmarks
/// (`docs/benchmarks.md`) and bug reports. Wasm memory only grows, so this is the high-water mark.
#[wasm_bindgen(js_name = memoryBytes)]
pub fn memory_bytes() -> f64 {
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .map(|memory| js_sys::ArrayBuffer::from(memory.buffer()).byte_length() as f64)
        .unwrap_or(0.0)
}

/// The widget's version, e.g. for bug reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
