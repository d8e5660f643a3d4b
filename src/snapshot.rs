//! The snapshot: the widget's first view as static HTML, rendered natively by the live components themselves
//! (Leptos' `to_html`), so that it cannot drift from what the widget draws. A page bakes it in (`make build` does
//! for the standalone page; `zhenggai snapshot` writes it for any dataset) and shows it before the wasm arrives;
//! the widget then takes over in place (`host::take_over_snapshot`). If the wasm cannot start, the snapshot stays,
//! readable, with one line saying that filtering needs a newer browser.
//!
//! A snapshot is the live components' own markup, controls included: the stylesheet keeps the place of what only
//! works with the script (the toolbar, the bars' toggles, the filter panel, export and "show more" buttons) but
//! does not show it, so that nothing moves when the widget takes over, and drops it once the script is known not
//! to run (`zg-snapshot-failed`). Its charts are drawn at a phone's width (`components::charts::SNAPSHOT_WIDTH`)
//! and never stretched: a chart's height does not depend on its width, so the live widget redraws them wider
//! without moving anything.

/// The class of a snapshot's root, by which the widget and the loader find it to take over.
pub const SNAPSHOT_CLASS: &str = "zg-snapshot";

/// The class of the line shown when the widget cannot start.
pub const NOTE_CLASS: &str = "zg-snapshot-note";

/// The class set on a snapshot's root once the widget is known not to start in this browser.
pub const FAILED_CLASS: &str = "zg-snapshot-failed";

#[cfg(not(target_arch = "wasm32"))]
pub use native::render;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::sync::Arc;

    use leptos::prelude::*;
    use zhenggai_core::{Lang, Loaded};

    use super::{NOTE_CLASS, SNAPSHOT_CLASS};
    use crate::components::dashboard::Dashboard;
    use crate::elderly::Elderly;
    use crate::i18n::texts;
    use crate::ids::IdPrefix;
    use crate::options::Theme;

    /// An executor that never runs what is spawned: a snapshot is what the first frame shows, before any effect.
    struct NeverRun;

    impl any_spawner::CustomExecutor for NeverRun {
        fn spawn(&self, _: any_spawner::PinnedFuture<()>) {}
        fn spawn_local(&self, _: any_spawner::PinnedLocalFuture<()>) {}
        fn poll_local(&self) {}
    }

    /// The first view of `loaded` in `lang`, as the markup of the widget's root (`<div class="zg zg-snapshot">`),
    /// for the inside of the standalone page's `#zhenggai` or of a `<zhenggai-board>`'s shadow root.
    pub fn render(loaded: Arc<Loaded>, lang: Lang) -> String {
        // Set once per process; a second call finds it set, which is as good.
        let _ = any_spawner::Executor::init_custom_executor(NeverRun);
        let owner = Owner::new();
        let _reading_once = reactive_graph::diagnostics::SpecialNonReactiveZone::enter();
        owner.with(|| {
            provide_context(IdPrefix::snapshot());
            provide_context(Theme::Light);
            // As the live widget's toolbar has it, so that the toolbar takes the same room (its buttons wrap
            // into two rows on a phone) and nothing moves when the widget takes over.
            provide_context(Elderly(RwSignal::new(false)));
            let t = texts(lang);
            let lang_signal = RwSignal::new(lang);
            view! {
                <div class=format!("zg {} {SNAPSHOT_CLASS}", Theme::Light.class()) lang=lang.code()>
                    <p class=NOTE_CLASS role="note" hidden>{t.snapshot_note}</p>
                    <Dashboard loaded lang=lang_signal namespace=String::new() initial_view=None compare=None/>
                </div>
            }
            .to_html()
        })
    }
}
