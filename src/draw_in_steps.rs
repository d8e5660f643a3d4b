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
//! A list in a section the browser skips (off screen: the sections have `content-visibility: auto`) draws nothing
//! in that frame: nobody sees it, and the browser would not even lay it out. Its items all come in the next task.

use leptos::prelude::*;

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
    /// Whether the browser skips the list's section right now (see [`DrawInSteps::follow_visibility`]).
    skipped: StoredValue<bool>,
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
            skipped: StoredValue::new(false),
        }
    }

    /// A handler for the `contentvisibilityautostatechange` event of the list's section, which Chromium (124 and
    /// later) fires when it starts or stops skipping it. Without the event, the section counts as on screen.
    pub fn follow_visibility(self) -> impl Fn(web_sys::Event) + Clone + 'static {
        let skipped = self.skipped;
        move |event: web_sys::Event| {
            let now = js_sys::Reflect::get(&event, &"skipped".into()).ok().and_then(|value| value.as_bool());
            skipped.set_value(now.unwrap_or(false));
        }
    }

    /// How many of `wanted` items to draw now (reactive): `first` of them just after a change (none while the
    /// section is skipped), all of them once the frame showing those has been painted.
    pub fn limit(&self, first: usize, wanted: usize) -> usize {
        let change = self.changes.get();
        self.catch_up.track();
        let first = if self.skipped.get_value() { 0 } else { first };
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
