//! The dashboard's two layouts: one column, and — when the widget is wide enough — the charts sharing a row and
//! the filters beside the list. Decided from the widget's own width, not the window's (an embedded widget may sit
//! in a narrow column of a wide page), and in em of its font, so that larger text (适老化, a host's
//! `--zg-font-size`, a zoomed page) keeps one column; 适老化 mode always does. Measured by script rather than by a CSS container query:
//! size containment would collapse the widget inside a host's shrink-to-fit box, and Chromium before 105 has no
//! container queries.

use leptos::html::Div;
use leptos::prelude::*;

use crate::elderly::Elderly;
use crate::host::HostElement;
use crate::rendering::LIVE;

/// The narrowest widget, in em of its font size, that gets the wide layout: about 1,024 px of content at 16 px,
/// enough for a filter panel of 18em beside a list of 45em.
const WIDE_FROM_EM: i32 = 64;

/// Whether the dashboard uses the wide layout, shared through context.
#[derive(Debug, Clone, Copy)]
pub struct Wide(pub Signal<bool>);

/// Whole pixels of a computed length ("16px", "20.5px"): close enough for a layout threshold, and parsing an
/// integer keeps the float parser out of the wasm.
pub(crate) fn pixels(style: &web_sys::CssStyleDeclaration, property: &str) -> i32 {
    let value = style.get_property_value(property).unwrap_or_default();
    value.split(['.', 'p']).next().and_then(|whole| whole.trim().parse().ok()).unwrap_or(0)
}

/// Whether `element`'s content box is at least [`WIDE_FROM_EM`] of its font wide.
fn is_wide(element: &web_sys::Element) -> Option<bool> {
    let style = web_sys::window()?.get_computed_style(element).ok()??;
    let font = pixels(&style, "font-size");
    let content = element.client_width() - pixels(&style, "padding-left") - pixels(&style, "padding-right");
    (font > 0 && content > 0).then_some(content >= WIDE_FROM_EM * font)
}

/// The layout of the dashboard in `wrapper`, kept current when the window is resized; one column in 适老化 mode. It
/// starts from the widget's box (in the page already, with the loading note), so that the first
/// drawing is in the right layout.
pub fn watch_layout(wrapper: NodeRef<Div>) -> Wide {
    let guess = use_context::<HostElement>()
        .and_then(|HostElement(host)| host.query_selector(".zg").ok().flatten())
        .and_then(|widget| is_wide(&widget));
    let wide = RwSignal::new(guess.unwrap_or(false));
    let measure = move || {
        if let Some(measured) = wrapper.get_untracked().and_then(|element| is_wide(&element))
            && measured != wide.get_untracked()
        {
            wide.set(measured);
        }
    };
    measure_when_placed(move || wrapper.get().is_some(), measure);
    // 适老化 mode keeps its simple layout, one column, on any screen.
    let elderly = use_context::<Elderly>().map(|Elderly(on)| on);
    Wide(Signal::derive(move || wide.get() && !elderly.is_some_and(|on| on.get())))
}

/// Runs `measure` once `placed` (a tracked read of a node reference) says the element is in the page, and again at
/// each resize of the window. Natively (a snapshot) there is no window to follow.
pub fn measure_when_placed(placed: impl Fn() -> bool + 'static, measure: impl Fn() + Copy + 'static) {
    Effect::new(move |_| {
        if placed() {
            measure();
        }
    });
    if LIVE {
        let resize = window_event_listener(leptos::ev::resize, move |_| measure());
        on_cleanup(move || resize.remove());
    }
}
