//! Element ids that stay unique when several widgets share one page.

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;

static NEXT_INSTANCE: AtomicUsize = AtomicUsize::new(1);

/// The id prefix of one widget instance, provided as context by the root component.
#[derive(Debug, Clone)]
pub struct IdPrefix(String);

impl IdPrefix {
    /// A prefix no other instance on the page has (`zg1`, `zg2`, …).
    pub fn next() -> Self {
        Self(format!("zg{}", NEXT_INSTANCE.fetch_add(1, Ordering::Relaxed)))
    }

    /// The prefix of a snapshot's ids (`zgs-search`): never one of a live widget's, which shares the page with the
    /// snapshot while it takes over. (Snapshots are rendered natively, or by the snapshot renderer's wasm.)
    #[cfg(any(not(target_arch = "wasm32"), feature = "snapshot"))]
    pub fn snapshot() -> Self {
        Self("zgs".to_owned())
    }
}

/// An id for `part` that is unique on the page, e.g. `zg1-search`.
pub fn element_id(part: &str) -> String {
    let prefix = use_context::<IdPrefix>().map(|p| p.0).unwrap_or_else(|| "zg".to_owned());
    format!("{prefix}-{part}")
}
