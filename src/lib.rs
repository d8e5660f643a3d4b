//! zhenggai-widget: the Leptos shell that shows a rectification dataset in the browser.
//!
//! Everything that does not need a browser (loading, validation, counting) lives in `zhenggai-core`; this crate
//! only fetches, renders and wires events.
//!
//! - [`i18n`]: every UI string, one table per language;
//! - [`source`]: where the dataset comes from (the reference report, `data-src`, `?data=`) and fetching it;
//! - [`ids`]: element ids unique per widget instance;
//! - [`download`]: saving exports (Blob URLs, SVG rendered to PNG);
//! - [`elderly`]: elderly-friendly mode (适老化) and its remembered choice;
//! - [`options`]: the mount options, defined once, read from attributes, a JS object or the page's address;
//! - [`host`]: events for the host page, the crash notice, messages to a parent frame;
//! - [`url_state`]: the view state in the page URL (namespaced keys, `history.replaceState`);
//! - [`snapshot`]: the first view as static HTML, rendered natively by the same components;
//! - [`components`]: one Leptos component per file.

// The snapshot's native rendering (`ssr`) works out the layout of the dashboard's whole view type, deeper than
// the default limit.
#![recursion_limit = "256"]

// Public: what the binaries, the CLI (snapshots) and the wasm tests use. The rest is the widget's own.
mod clock;
mod components;
mod download;
pub mod draw_in_steps;
mod elderly;
pub mod host;
mod i18n;
mod ids;
mod layout;
pub mod options;
mod remembered;
mod rendering;
pub mod snapshot;
pub mod source;
mod take_over;
mod url_state;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::components::app::App;
#[cfg(feature = "importer")]
use crate::components::importer::Importer;
#[cfg(feature = "importer")]
use crate::components::round_builder::RoundBuilder;

/// The id of the element the standalone page mounts into.
pub const ROOT_ID: &str = "zhenggai";

pub use options::{DEFAULT_TIMEOUT_SECONDS, MountOptions, Theme};

/// Entry point of the standalone page: installs the panic hook and mounts into `#zhenggai`, configured by its
/// `data-*` attributes. On any other page it does nothing: host pages mount through [`mount_from_js`].
pub fn start() {
    host::install_panic_hook();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let root = document.get_element_by_id(ROOT_ID).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(root) = root {
        let query = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
        let options = MountOptions::from_element(&root).with_page_address(&query);
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

/// Mounts a widget into `element`, replacing the static fallback content it may hold, or taking over from the
/// snapshot it holds.
pub fn mount(element: web_sys::HtmlElement, options: MountOptions) -> Widget {
    // A snapshot in the element stays until the widget can replace it (src/take_over.rs).
    let (target, take_over) = take_over::TakeOver::prepare(&element);
    let host_element = element.clone();
    let handle = leptos::mount::mount_to(target, move || {
        provide_context(host::HostElement(host_element.clone()));
        if let Some(take_over) = take_over.clone() {
            provide_context(take_over);
        }
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

/// The embed loader's entry: mounts a widget into `element` (the box in the shadow root), configured by the
/// attributes of `configured_by` (the `<zhenggai-board>` or `<div data-zhenggai>`), read through the one option
/// table ([`options::MOUNT_OPTIONS`]).
#[wasm_bindgen(js_name = mountConfiguredBy)]
pub fn mount_configured_by(element: JsValue, configured_by: JsValue) -> Result<Widget, JsError> {
    let (Some(element), Some(configured_by)) = (host::as_html_element(element), host::as_html_element(configured_by))
    else {
        return Err(JsError::new("zhenggai mountConfiguredBy(): both arguments must be HTML elements"));
    };
    Ok(mount(element, MountOptions::from_element(&configured_by)))
}

/// The authoring page: `mountImporter(element, { lang })` renders the text importer into `element`. Built into its
/// own wasm (the `importer` feature, `zhenggai-importer`), so that the widget's visitors do not download it.
#[cfg(feature = "importer")]
#[wasm_bindgen(js_name = mountImporter)]
pub fn mount_importer(element: JsValue, options: JsValue) -> Result<Widget, JsError> {
    let Some(element) = host::as_html_element(element) else {
        return Err(JsError::new("zhenggai mountImporter(): the first argument must be an HTML element"));
    };
    let lang = host::string_option(&options, "lang")
        .and_then(|code| zhenggai_core::Lang::from_code(&code))
        .unwrap_or_default();
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

/// Where the widget's own files are (the folder of `zhenggai.js`): the loader says so once the wasm has started,
/// so that a widget given no data fetches the reference report from there.
#[wasm_bindgen(js_name = setAssetBase)]
pub fn set_asset_base(url: &str) {
    source::set_asset_base(url);
}

/// The widget's version, e.g. for bug reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
