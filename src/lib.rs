//! zhenggai-widget: the Leptos shell that shows a rectification dataset in the browser.
//!
//! Everything that does not need a browser (loading, validation, counting) lives in `zhenggai-core`; this crate
//! only fetches, renders and wires events.
//!
//! - [`i18n`]: every UI string, one table per language;
//! - [`source`]: where the dataset comes from (embedded default, `?data=` URL) and fetching it;
//! - [`url_state`]: the view state in the page URL (namespaced keys, `history.replaceState`);
//! - [`components`]: one Leptos component per file.

pub mod components;
pub mod i18n;
pub mod source;
pub mod url_state;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use zhenggai_core::Lang;
use zhenggai_core::view_state::DEFAULT_NAMESPACE;

use crate::components::app::App;

/// The id of the element the standalone page mounts into.
pub const ROOT_ID: &str = "zhenggai";

/// Entry point of the standalone page: installs the panic hook and mounts into `#zhenggai`, or into `<body>` when
/// the page has no such element.
pub fn start() {
    console_error_panic_hook::set_once();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let root = document.get_element_by_id(ROOT_ID).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match root {
        Some(root) => {
            let lang = root.get_attribute("data-lang").and_then(|code| Lang::from_code(&code)).unwrap_or_default();
            let namespace = root.get_attribute("data-ns").unwrap_or_else(|| DEFAULT_NAMESPACE.to_owned());
            mount(root, lang, &namespace);
        }
        None => leptos::mount::mount_to_body(|| view! { <App lang=Lang::default() namespace=DEFAULT_NAMESPACE/> }),
    }
}

/// Mounts a widget into `element`, replacing the static fallback content it may hold. Its view state lives in
/// the page URL under keys starting with `namespace` (e.g. `zg.`).
pub fn mount(element: web_sys::HtmlElement, lang: Lang, namespace: &str) {
    element.set_inner_html("");
    let namespace = namespace.to_owned();
    let handle = leptos::mount::mount_to(element, move || view! { <App lang namespace=namespace.clone()/> });
    // The widget lives as long as the page; unmounting is the lifecycle API's job (a later issue).
    handle.forget();
}
