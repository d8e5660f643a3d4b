//! What a visitor opened that the link does not keep — a chart's data table, the further pages of a list, the
//! filter panel on a phone — kept by name for as long as the dashboard lives. A language switch rebuilds the
//! dashboard's parts (their words are fixed when they are built); their state, taken from here, stays.

use leptos::prelude::*;

/// The dashboard's remembered switches and counts, shared through context.
#[derive(Clone, Copy)]
pub struct Remembered {
    /// The dashboard's owner: signals made in a part that is rebuilt would be disposed with it.
    owner: StoredValue<Option<Owner>>,
    flags: StoredValue<Vec<(String, RwSignal<bool>)>>,
    counts: StoredValue<Vec<(String, RwSignal<usize>)>>,
}

impl Default for Remembered {
    /// Made by the component that owns what is remembered.
    fn default() -> Self {
        Self {
            owner: StoredValue::new(Owner::current()),
            flags: StoredValue::new(Vec::new()),
            counts: StoredValue::new(Vec::new()),
        }
    }
}

impl Remembered {
    fn signal<T: Send + Sync + 'static>(
        self,
        map: StoredValue<Vec<(String, RwSignal<T>)>>,
        key: &str,
        initial: T,
    ) -> RwSignal<T> {
        // A list, not a map: a dashboard remembers a few dozen things, and a hash map costs wasm.
        if let Some(signal) = map.with_value(|map| map.iter().find(|(name, _)| name == key).map(|(_, signal)| *signal))
        {
            return signal;
        }
        let signal = match self.owner.get_value() {
            Some(owner) => owner.with(|| RwSignal::new(initial)),
            None => RwSignal::new(initial),
        };
        map.update_value(|map| map.push((key.to_owned(), signal)));
        signal
    }
}

/// The switch named `key`, off at first; a fresh one outside a dashboard.
pub fn remembered_flag(key: &str) -> RwSignal<bool> {
    match use_context::<Remembered>() {
        Some(remembered) => remembered.signal(remembered.flags, key, false),
        None => RwSignal::new(false),
    }
}

/// The count named `key`, `initial` at first; a fresh one outside a dashboard.
pub fn remembered_count(key: &str, initial: usize) -> RwSignal<usize> {
    match use_context::<Remembered>() {
        Some(remembered) => remembered.signal(remembered.counts, key, initial),
        None => RwSignal::new(initial),
    }
}
