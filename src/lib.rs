//! zhenggai-widget: the Leptos shell that shows a rectification dataset in the browser.
//!
//! Everything that does not need a browser (loading, validation, counting) lives in `zhenggai-core`; this crate
//! only fetches, renders and wires events.
//!
//! - [`i18n`]: every UI string, one table per language;
//! - [`source`]: where the dataset comes from (embedded default, `?data=` URL) and fetching it;
//! - [`ids`]: element ids unique per widget instance;
//! - [`url_state`]: the view state in the page URL (namespaced keys, `history.replaceState`);
//! - [`components`]: one Leptos component per file.

pub mod components;
pub mod i18n;
pub mod ids;
pub mod source;
pub mod url_state;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use zhenggai_core::Lang;
use zhenggai_core::view_state::DEFAULT_NAMESPACE;

use crate::components::app::App;

/// The id of the element the standalone page mounts into.
pub const ROOT_ID: &str = "zhenggai";

/// How a widget instance is set up by its host page.
#[derive(Debug, Clone, PartialEq)]
pub struct MountOptions {
    /// The initial UI language.
    pub lang: Lang,
    /// Prefix of the widget's keys in the page URL, e.g. `zg.`; give each instance on a page its own.
    pub namespace: String,
    /// The dataset's address (`data-src`); the embedded reference report when absent.
    pub data_src: Option<String>,
    /// Whether a `?data=` URL parameter may choose the dataset. On by default only on the standalone page: on a
    /// host's page it would let any link show other data under the host's name.
    pub allow_data_param: bool,
}

impl Default for MountOptions {
    fn default() -> Self {
        Self { lang: Lang::default(), namespace: DEFAULT_NAMESPACE.to_owned(), data_src: None, allow_data_param: false }
    }
}

impl MountOptions {
    /// Reads `data-lang`, `data-ns`, `data-src` and `data-allow-data-param` from the mount element.
    pub fn from_element(element: &web_sys::Element) -> Self {
        let attribute = |name: &str| element.get_attribute(name).filter(|v| !v.trim().is_empty());
        Self {
            lang: attribute("data-lang").and_then(|code| Lang::from_code(&code)).unwrap_or_default(),
            namespace: attribute("data-ns").unwrap_or_else(|| DEFAULT_NAMESPACE.to_owned()),
            data_src: attribute("data-src"),
            allow_data_param: element.has_attribute("data-allow-data-param"),
        }
    }
}

/// Entry point of the standalone page: installs the panic hook and mounts into `#zhenggai`, configured by its
/// `data-*` attributes, or into `<body>` when the page has no such element.
pub fn start() {
    console_error_panic_hook::set_once();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let root = document.get_element_by_id(ROOT_ID).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match root {
        Some(root) => {
            let options = MountOptions::from_element(&root);
            mount(root, options);
        }
        None => leptos::mount::mount_to_body(|| view! { <App options=MountOptions::default()/> }),
    }
}

/// Mounts a widget into `element`, replacing the static fallback content it may hold.
pub fn mount(element: web_sys::HtmlElement, options: MountOptions) {
    element.set_inner_html("");
    let handle = leptos::mount::mount_to(element, move || view! { <App options=options.clone()/> });
    // The widget lives as long as the page; unmounting is the lifecycle API's job (a later issue).
    handle.forget();
}
