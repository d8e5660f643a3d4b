//! Long lists drawn in two steps after a change: the first few items in the frame that answers the click, the
//! rest in the next task after that frame is painted.
//!
//! Why: a filter click rebuilds the page of problem cards and the deadline entries. Laying out fifty new cards
//! of Chinese text is most of what a click costs in the browser (about half of it at any dataset size), and it
//! delays the next paint — the charts and counts the visitor is looking at — for content mostly below the fold.
//! Drawing the head of each list first keeps the answer to a click within a frame or two, and the rest of the
//! list follows one frame later. (INP, the browser's own measure of responsiveness, counts to that first paint;
//! the benchmark reports both.)
//!
//! The first step draws only what can be seen: a list with only its top edge on screen draws as many items as
//! that part can show, and a list off screen draws none; the next task brings either up to date. A visitor who has
//! scrolled into a list gets it whole at once, since a short list would shrink under their eyes for a frame. An
//! `IntersectionObserver` reports where each list is after each frame, so a click reads no layout.

use leptos::html::Ol;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

/// The smallest an item of a list is drawn, in CSS pixels: the visible part of a list divided by this is the
/// most items that part can show (an underestimate of the height draws more items, never fewer).
const SMALLEST_ITEM_PX: f64 = 40.0;

/// How much of a list whose top is above the screen must be visible for the visitor to be inside it, in CSS
/// pixels: below this, what shows is the end of a list scrolled past (a sliver at the top of the screen), and
/// drawing the whole list at once to keep that sliver unchanged for a frame would cost more than it shows.
const INSIDE_MIN_PX: f64 = 160.0;

/// Where a list is, as its `IntersectionObserver` last reported it.
#[derive(Clone, Copy, PartialEq)]
enum Place {
    /// No report yet, the list's top and end both on screen (a longer list would fill the space below it), or
    /// only a sliver of its end on screen: the first step draws its usual few items.
    Unknown,
    /// Off screen: nothing of it can be seen.
    Off,
    /// Its top edge on screen, this many pixels of it visible.
    TopVisible(f64),
    /// Its top above the screen and at least [`INSIDE_MIN_PX`] of it visible: the visitor is inside the list. A
    /// short first step would shrink it under their eyes (the content below moving up for a frame), so it is
    /// drawn whole at once.
    Inside,
}

/// Whether a list shows all its items yet, since the last change of what it lists.
#[derive(Clone, Copy)]
pub struct DrawInSteps {
    /// Counts the changes of the list's source.
    changes: Memo<u64>,
    /// The change that is drawn in full (the catch-up task has run for it).
    drawn_in_full: StoredValue<u64>,
    /// The change a catch-up task is already queued for.
    queued_for: StoredValue<u64>,
    /// Wakes the list up when the catch-up task has run.
    catch_up: Trigger,
    /// Where the list is (see [`DrawInSteps::watch`]).
    on_screen: StoredValue<Place>,
}

impl DrawInSteps {
    /// Follows the changes of `source` (the list's items, or whatever decides them).
    pub fn new<T: Send + Sync + 'static>(source: Memo<T>) -> Self {
        Self {
            changes: Memo::new(move |previous: Option<&u64>| {
                source.track();
                previous.map_or(1, |n| n + 1)
            }),
            drawn_in_full: StoredValue::new(0),
            queued_for: StoredValue::new(0),
            catch_up: Trigger::new(),
            on_screen: StoredValue::new(Place::Unknown),
        }
    }

    /// Follows how much of `list` is on screen, until the list is gone.
    pub fn watch(self, list: NodeRef<Ol>) {
        let on_screen = self.on_screen;
        // The observer and its callback live as long as the list; dropping the callback first would make the
        // observer's next report throw.
        let observer = StoredValue::new_local(None::<(IntersectionObserver, Closure<dyn Fn(js_sys::Array)>)>);
        Effect::new(move |_| {
            let Some(element) = list.get() else { return };
            let report = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
                let Some(entry) = entries.iter().last().and_then(|e| e.dyn_into::<IntersectionObserverEntry>().ok())
                else {
                    return;
                };
                let (list, visible) = (entry.bounding_client_rect(), entry.intersection_rect());
                let place = if !entry.is_intersecting() {
                    Place::Off
                } else if list.top() < visible.top() - 1.0 {
                    if visible.height() >= INSIDE_MIN_PX { Place::Inside } else { Place::Unknown }
                } else if visible.bottom() >= list.bottom() - 1.0 {
                    Place::Unknown
                } else {
                    Place::TopVisible(visible.height())
                };
                // (A report queued before the list was gone finds nothing to set.)
                let _ = on_screen.try_set_value(place);
            });
            // Reports at every 1 % of the list's height that comes into view or leaves it.
            let thresholds: js_sys::Array =
                (0..=100).map(|step| wasm_bindgen::JsValue::from(f64::from(step) / 100.0)).collect();
            let options = IntersectionObserverInit::new();
            options.set_threshold(&thresholds);
            if let Ok(watching) = IntersectionObserver::new_with_options(report.as_ref().unchecked_ref(), &options) {
                watching.observe(&element);
                observer.update_value(|previous| {
                    if let Some((previous, _)) = previous.replace((watching, report)) {
                        previous.disconnect();
                    }
                });
            }
        });
        on_cleanup(move || {
            observer.try_with_value(|watching| {
                if let Some((watching, _)) = watching {
                    watching.disconnect();
                }
            });
        });
    }

    /// How many of `wanted` items to draw now (reactive): just after a change, `first` of them at most, as many as
    /// the list's part on screen can show (none when it is off screen, all of them when the visitor is inside the
    /// list); all of them once the frame showing those has been painted.
    pub fn limit(&self, first: usize, wanted: usize) -> usize {
        let change = self.changes.get();
        self.catch_up.track();
        let first = match self.on_screen.get_value() {
            Place::Unknown => first,
            Place::Off => 0,
            Place::TopVisible(pixels) => first.min((pixels / SMALLEST_ITEM_PX).ceil() as usize),
            Place::Inside => wanted,
        };
        if self.drawn_in_full.get_value() == change || wanted <= first {
            return wanted;
        }
        if self.queued_for.get_value() != change {
            self.queued_for.set_value(change);
            let (drawn_in_full, catch_up) = (self.drawn_in_full, self.catch_up);
            // A task queued from requestAnimationFrame runs after that frame's paint.
            request_animation_frame(move || {
                set_timeout(
                    move || {
                        // A newer change has its own task; this one only finishes the change it was queued for.
                        if drawn_in_full.try_set_value(change).is_none() {
                            catch_up.notify();
                        }
                    },
                    std::time::Duration::ZERO,
                )
            });
        }
        first
    }
}
