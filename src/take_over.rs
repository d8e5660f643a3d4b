//! The live widget taking over from a snapshot (src/snapshot.rs) in the same element: it is built beside the
//! snapshot, hidden, and swapped in within one frame once it shows the dataset (or why it cannot), so that the
//! visitor never sees the loading note, an empty box or both views.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::snapshot::SNAPSHOT_CLASS;

/// A snapshot waiting to be replaced, and the hidden box the live widget is built in; shared through context.
#[derive(Debug, Clone)]
pub struct TakeOver {
    snapshot: web_sys::Element,
    live: web_sys::HtmlElement,
}

impl TakeOver {
    /// Prepares `element` for the widget: the box to mount into, and the take-over when `element` holds a
    /// snapshot. Without one, the element is emptied (a static fallback or a loading note) and mounted into.
    pub fn prepare(element: &web_sys::HtmlElement) -> (web_sys::HtmlElement, Option<TakeOver>) {
        let snapshot = element.query_selector(&format!(":scope > .{SNAPSHOT_CLASS}")).ok().flatten();
        let live = snapshot.as_ref().and_then(|_| {
            let document = element.owner_document()?;
            let live = document.create_element("div").ok()?.dyn_into::<web_sys::HtmlElement>().ok()?;
            live.set_hidden(true);
            element.append_child(&live).ok()?;
            Some(live)
        });
        match (snapshot, live) {
            (Some(snapshot), Some(live)) => (live.clone(), Some(TakeOver { snapshot, live })),
            _ => {
                element.set_inner_html("");
                (element.clone(), None)
            }
        }
    }

    /// Swaps the live widget in, in the next frame (its view is then built and in the page). Once.
    pub fn finish(&self) {
        if self.snapshot.is_connected() {
            let TakeOver { snapshot, live } = self.clone();
            request_animation_frame(move || {
                snapshot.remove();
                live.set_hidden(false);
            });
        }
    }
}
