//! Talking to the page that hosts a widget: events on the mount element, the crash notice, and — inside an
//! iframe — messages to the parent page. Talks to the DOM (`CustomEvent`) and `window.parent.postMessage`.

use std::any::Any;
use std::cell::{Cell, RefCell};

use wasm_bindgen::{JsCast, JsValue};

/// The element a widget instance is mounted into, provided as context so components can raise events on it.
#[derive(Debug, Clone)]
pub struct HostElement(pub web_sys::HtmlElement);

/// A live widget: its mount element and the handle whose drop unmounts the Leptos view.
struct Live {
    id: u32,
    element: web_sys::HtmlElement,
    _unmount: Box<dyn Any>,
}

thread_local! {
    /// Every live widget. Widgets live here, not in the handle JavaScript holds, so that a host that drops its
    /// handle (and lets the garbage collector free it) does not make the widget vanish; only `destroy` ends it.
    /// A panic also puts its notice into each of these boxes.
    static LIVE: RefCell<Vec<Live>> = const { RefCell::new(Vec::new()) };
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
}

/// Keeps a mounted widget alive until [`unregister`]; returns its id.
pub fn register(element: &web_sys::HtmlElement, unmount: Box<dyn Any>) -> u32 {
    let id = NEXT_ID.with(|next| {
        let id = next.get();
        next.set(id.wrapping_add(1));
        id
    });
    LIVE.with(|live| live.borrow_mut().push(Live { id, element: element.clone(), _unmount: unmount }));
    id
}

/// Unmounts widget `id` and empties its element; false when it was already gone.
pub fn unregister(id: u32) -> bool {
    let removed = LIVE.with(|live| {
        let mut live = live.borrow_mut();
        let at = live.iter().position(|w| w.id == id)?;
        Some(live.remove(at))
    });
    match removed {
        Some(widget) => {
            let element = widget.element.clone();
            // Dropping the handle unmounts the view (outside the borrow above: unmounting may run cleanups).
            drop(widget);
            element.set_inner_html("");
            true
        }
        None => false,
    }
}

/// A plain object with `fields`, for an event's detail, a message or a row of a table given to the host page.
pub(crate) fn plain_object<'a>(fields: impl IntoIterator<Item = (&'a str, JsValue)>) -> js_sys::Object {
    let object = js_sys::Object::new();
    for (key, value) in fields {
        // Reflect.set on a new, plain, extensible object does not fail.
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), &value);
    }
    object
}

/// Dispatches `name` (e.g. `zhenggai:filterchange`) on `element`, bubbling and crossing shadow roots, with a
/// `detail` object built from string pairs.
pub fn dispatch(element: &web_sys::HtmlElement, name: &str, detail: &[(&str, &str)]) {
    let object = plain_object(detail.iter().map(|&(key, value)| (key, JsValue::from_str(value))));
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&object);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        // The result says whether a listener cancelled the event; the widget's events cannot be cancelled.
        let _ = element.dispatch_event(&event);
    }
}

/// True when the widget runs inside an iframe.
pub fn in_frame() -> bool {
    let Some(window) = web_sys::window() else { return false };
    match window.parent() {
        Ok(Some(parent)) => parent != window,
        _ => false,
    }
}

/// Posts `{type, …fields}` to the parent page. The messages carry nothing secret (a height, the public view
/// state), so any origin may receive them; the host snippet checks who sent them.
pub fn post_to_parent(kind: &str, fields: &[(&str, JsValue)]) {
    let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) else { return };
    let kind = std::iter::once(("type", JsValue::from_str(kind)));
    let message = plain_object(kind.chain(fields.iter().map(|(key, value)| (*key, value.clone()))));
    // A message to a parent that cannot take it (gone, or refusing) changes nothing for the visitor here.
    let _ = parent.post_message(&message, "*");
}

/// The text of the crash notice.
pub const CRASH_NOTICE: &str = "整改看板遇到内部错误，已停止运行。请刷新页面重试。The dashboard hit an internal error and stopped; reload the page to try again.";

/// Replaces every live widget's content with the crash notice and raises `zhenggai:error` on it. Called by the
/// panic hook: after a panic the wasm instance cannot run again, so the boxes must not stay half-drawn.
pub fn show_crash_notice(detail: &str) {
    let elements: Vec<web_sys::HtmlElement> =
        LIVE.with(|live| live.try_borrow().map(|l| l.iter().map(|w| w.element.clone()).collect()).unwrap_or_default());
    for element in elements {
        let Some(document) = element.owner_document() else { continue };
        let Ok(notice) = document.create_element("p") else { continue };
        notice.set_class_name("zg-crash");
        // Setting an attribute on a new element does not fail.
        let _ = notice.set_attribute("role", "alert");
        notice.set_text_content(Some(CRASH_NOTICE));
        element.set_inner_html("");
        // Nothing is left to tell a visitor with if even this fails.
        let _ = element.append_child(&notice);
        dispatch(&element, "zhenggai:error", &[("message", detail)]);
    }
}

/// Installs the panic hook: the crash notice in every box, then the usual console message.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        show_crash_notice(&info.to_string());
        console_error_panic_hook::hook(info);
    }));
}

/// Reads a string property of a JS options object.
pub fn string_option(options: &JsValue, key: &str) -> Option<String> {
    js_sys::Reflect::get(options, &JsValue::from_str(key)).ok()?.as_string().filter(|s| !s.trim().is_empty())
}

/// Reads a number (or numeric string) property of a JS options object, as text.
pub fn number_option(options: &JsValue, key: &str) -> Option<String> {
    let value = js_sys::Reflect::get(options, &JsValue::from_str(key)).ok()?;
    value.as_f64().map(|n| n.to_string()).or_else(|| value.as_string())
}

/// Reads a boolean property of a JS options object.
pub fn bool_option(options: &JsValue, key: &str) -> bool {
    js_sys::Reflect::get(options, &JsValue::from_str(key)).map(|v| v.is_truthy()).unwrap_or(false)
}

/// Narrows a JS value to an element, for the API's argument checks.
pub fn as_html_element(value: JsValue) -> Option<web_sys::HtmlElement> {
    value.dyn_into::<web_sys::HtmlElement>().ok()
}
