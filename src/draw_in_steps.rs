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
//!
//! Sections that are not lists follow the same rule with [`OffScreenSection`]: while a section is off screen, what
//! it shows is brought up to date in the task after the paint instead of before it. A click on the filters then
//! does not wait for the charts and the units' table above them (drawing the charts and parsing their markup,
//! rewriting the table's cells) before the visitor sees the filter they pressed.

use crate::rendering::LIVE;
use leptos::html::{ElementType, Ol};
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
    /// Draws the list in full after the paint that follows a change.
    catch_up: CatchUp,
    /// Where the list is (see [`DrawInSteps::watch`]).
    on_screen: StoredValue<Place>,
}

impl DrawInSteps {
    /// Follows the changes of `source` (the list's items, or whatever decides them).
    pub fn new<T: Send + Sync + 'static>(source: Memo<T>) -> Self {
        Self { changes: count_changes(source), catch_up: CatchUp::new(), on_screen: StoredValue::new(Place::Unknown) }
    }

    /// Follows how much of `list` is on screen, until the list is gone.
    pub fn watch(self, list: NodeRef<Ol>) {
        watch_place(list, self.on_screen);
    }

    /// How many of `wanted` items to draw now (reactive): just after a change, `first` of them at most, as many as
    /// the list's part on screen can show (none when it is off screen, all of them when the visitor is inside the
    /// list); all of them once the frame showing those has been painted.
    pub fn limit(&self, first: usize, wanted: usize) -> usize {
        let change = self.changes.get();
        let drawn_in_full = self.catch_up.has_released(change);
        let first = match self.on_screen.get_value() {
            Place::Unknown => first,
            Place::Off => 0,
            Place::TopVisible(pixels) => first.min((pixels / SMALLEST_ITEM_PX).ceil() as usize),
            Place::Inside => wanted,
        };
        // A snapshot (rendered natively) is drawn whole: there is no paint to wait for.
        if drawn_in_full || wanted <= first || !LIVE {
            return wanted;
        }
        self.catch_up.queue(change);
        first
    }
}

/// Counts the changes of `source`: 1 for its first value, then one more at each change.
fn count_changes<T: Send + Sync + 'static>(source: Memo<T>) -> Memo<u64> {
    Memo::new(move |previous: Option<&u64>| {
        source.track();
        previous.map_or(1, |n| n + 1)
    })
}

/// The task after a paint that brings a list or a section up to date with the changes (counted by
/// [`count_changes`]) it held back in that frame.
#[derive(Clone, Copy)]
struct CatchUp {
    /// The newest change a task has released.
    released: StoredValue<u64>,
    /// The change a task is already queued for.
    queued_for: StoredValue<u64>,
    /// Wakes up whoever asked [`CatchUp::has_released`] when a task has run.
    done: Trigger,
}

impl CatchUp {
    fn new() -> Self {
        Self { released: StoredValue::new(0), queued_for: StoredValue::new(0), done: Trigger::new() }
    }

    /// Whether a task has released `change` (reactive: asked again when a task runs).
    fn has_released(&self, change: u64) -> bool {
        self.done.track();
        self.released.get_value() >= change
    }

    /// Queues the task that releases `change` after the next paint, once per change. A newer change has its own
    /// task; an older one, running first, releases only its own.
    fn queue(&self, change: u64) {
        if self.queued_for.get_value() == change {
            return;
        }
        self.queued_for.set_value(change);
        let (released, done) = (self.released, self.done);
        // A task queued from requestAnimationFrame runs after that frame's paint.
        request_animation_frame(move || {
            set_timeout(
                move || {
                    // (Nothing to release once the list or the section is gone.)
                    if released.try_update_value(|r| *r = (*r).max(change)).is_some() {
                        done.notify();
                    }
                },
                std::time::Duration::ZERO,
            )
        });
    }
}

/// Keeps `place` up to date with where `element` is, as its `IntersectionObserver` reports it after each frame,
/// until the element is gone.
fn watch_place<E>(element: NodeRef<E>, place: StoredValue<Place>)
where
    E: ElementType + 'static,
    E::Output: JsCast + Clone + 'static,
{
    // The observer and its callback live as long as the element; dropping the callback first would make the
    // observer's next report throw.
    let observer = StoredValue::new_local(None::<(IntersectionObserver, Closure<dyn Fn(js_sys::Array)>)>);
    Effect::new(move |_| {
        let Some(element) = element.get() else { return };
        let element: &web_sys::Element = element.unchecked_ref();
        let report = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let Some(entry) = entries.iter().last().and_then(|e| e.dyn_into::<IntersectionObserverEntry>().ok()) else {
                return;
            };
            // (Named for a list; for a section, only whether it is off screen matters.)
            let (list, visible) = (entry.bounding_client_rect(), entry.intersection_rect());
            let reported = if !entry.is_intersecting() {
                Place::Off
            } else if list.top() < visible.top() - 1.0 {
                if visible.height() >= INSIDE_MIN_PX { Place::Inside } else { Place::Unknown }
            } else if visible.bottom() >= list.bottom() - 1.0 {
                Place::Unknown
            } else {
                Place::TopVisible(visible.height())
            };
            // (A report queued before the element was gone finds nothing to set.)
            let _ = place.try_set_value(reported);
        });
        // Reports at every 1 % of the element's height that comes into view or leaves it.
        let thresholds: js_sys::Array =
            (0..=100).map(|step| wasm_bindgen::JsValue::from(f64::from(step) / 100.0)).collect();
        let options = IntersectionObserverInit::new();
        options.set_threshold(&thresholds);
        if let Ok(watching) = IntersectionObserver::new_with_options(report.as_ref().unchecked_ref(), &options) {
            watching.observe(element);
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

/// A section that is brought up to date after the paint while it is off screen (see the module's documentation).
#[derive(Clone, Copy)]
pub struct OffScreenSection {
    /// Where the section is (see [`watch_place`]).
    place: StoredValue<Place>,
}

impl OffScreenSection {
    /// Follows where `section` is, until it is gone.
    pub fn watch<E>(section: NodeRef<E>) -> Self
    where
        E: ElementType + 'static,
        E::Output: JsCast + Clone + 'static,
    {
        let place = StoredValue::new(Place::Unknown);
        watch_place(section, place);
        Self { place }
    }

    /// `source` as the section shows it: every change at once while the section may be on screen (or before the
    /// first report of where it is); while it is off screen, the section keeps the value it has until the task
    /// after the next paint, and then takes the newest. The section's memo holds a clone of the value it shows
    /// and compares each new one with it: meant for counts and rankings, not for lists of every problem.
    pub fn follow<T>(self, source: Memo<T>) -> Memo<T>
    where
        T: Clone + PartialEq + Send + Sync + 'static,
    {
        let (place, changes, catch_up) = (self.place, count_changes(source), CatchUp::new());
        Memo::new(move |shown: Option<&T>| {
            let change = changes.get();
            let released = catch_up.has_released(change);
            match shown {
                Some(shown) if place.get_value() == Place::Off && !released => {
                    catch_up.queue(change);
                    shown.clone()
                }
                _ => source.get_untracked(),
            }
        })
    }
}
