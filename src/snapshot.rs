//! The snapshot: the widget's first view as static HTML, rendered by the live components themselves (Leptos'
//! `to_html`), so that it cannot drift from what the widget draws. It is rendered natively (`zhenggai snapshot`;
//! `make build` bakes the default dataset's into the standalone page) or in the browser by the embed generator's
//! own wasm (the `snapshot` feature, `renderSnapshot`). A page shows it before the widget's wasm arrives;
//! the widget then takes over in place (`take_over::TakeOver`). If the wasm cannot start, the snapshot stays,
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

/// How the widget a snapshot stands for is set up (its `data-theme` and `data-elderly`): the snapshot is drawn
/// the same way, so that nothing changes when the widget takes over. The default: light, not 适老化.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Appearance {
    /// Light or dark. A widget set to `auto` follows the visitor's system, which a snapshot cannot know: light.
    pub theme: crate::options::Theme,
    /// 适老化 mode: larger text and targets, one column.
    pub elderly: bool,
}

#[cfg(any(not(target_arch = "wasm32"), feature = "snapshot"))]
pub use renderer::{embedded, render};

#[cfg(any(not(target_arch = "wasm32"), feature = "snapshot"))]
mod renderer {
    use std::sync::Arc;

    use leptos::prelude::*;
    use zhenggai_core::{Lang, Loaded};

    use super::{Appearance, NOTE_CLASS, SNAPSHOT_CLASS};
    use crate::components::dashboard::Dashboard;
    use crate::elderly::Elderly;
    use crate::i18n::texts;
    use crate::ids::IdPrefix;
    use crate::source::Comparand;

    /// An executor that never runs what is spawned: a snapshot is what the first frame shows, before any effect.
    struct NeverRun;

    impl any_spawner::CustomExecutor for NeverRun {
        fn spawn(&self, _: any_spawner::PinnedFuture<()>) {}
        fn spawn_local(&self, _: any_spawner::PinnedLocalFuture<()>) {}
        fn poll_local(&self) {}
    }

    /// The first view of `loaded` in `lang` and `appearance`, as the markup of the widget's root
    /// (`<div class="zg zg-snapshot">`), for the inside of the standalone page's `#zhenggai` or of a
    /// `<zhenggai-board>`'s shadow root. With `compare` (the earlier report of the widget's `data-compare`), the
    /// comparison panel is drawn too, as the widget will show it.
    pub fn render(loaded: Arc<Loaded>, compare: Option<Arc<Loaded>>, lang: Lang, appearance: Appearance) -> String {
        let Appearance { theme, elderly } = appearance;
        // Set once per process; a second call finds it set, which is as good.
        let _ = any_spawner::Executor::init_custom_executor(NeverRun);
        let owner = Owner::new();
        let _reading_once = reactive_graph::diagnostics::SpecialNonReactiveZone::enter();
        let markup = owner.with(|| {
            provide_context(IdPrefix::snapshot());
            provide_context(theme);
            // As the live widget's toolbar has it, so that the toolbar takes the same room (its buttons wrap
            // into two rows on a phone) and nothing moves when the widget takes over.
            provide_context(Elderly(RwSignal::new(elderly)));
            let elderly_class = if elderly { " zg-elderly" } else { "" };
            let t = texts(lang);
            let lang_signal = RwSignal::new(lang);
            let compare = compare.map(|compare| Comparand::stored_local(Some(Ok(compare))));
            view! {
                <div class=format!("zg {}{elderly_class} {SNAPSHOT_CLASS}", theme.class()) lang=lang.code()>
                    <p class=NOTE_CLASS role="note" hidden>{t.snapshot_note}</p>
                    <Dashboard loaded lang=lang_signal namespace=String::new() initial_view=None compare/>
                </div>
            }
            .to_html()
        });
        // What the render created (signals, memos, effects that never ran) goes with it: the generator's page
        // renders a snapshot at each change of its form.
        owner.cleanup();
        // Without Leptos' hydration markers (`<!>`, empty comments): nothing hydrates a snapshot, and the
        // widget's wasm (built with `erase_components`) places them differently from a native render, so that
        // without them both renderers write the same bytes. Data never writes `<!>`: Leptos escapes `<` in text
        // and in attributes.
        markup.replace("<!>", "")
    }

    /// `markup` as a declarative shadow root, with the widget's stylesheet from `base` (the folder of
    /// `zhenggai.js`), escaped for an attribute: what a web team pastes inside `<zhenggai-board>`, so that the host
    /// page's CSS cannot reach it before any script runs.
    pub fn embedded(markup: &str, base: &str) -> String {
        let base = base.trim_end_matches('/');
        let href = zhenggai_core::output::static_html::escape(&format!("{base}/zhenggai.css"));
        format!(
            "<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"{href}\"><div class=\"zg-host\">{markup}</div></template>"
        )
    }
}

/// The embed generator's call (embed/generator.js): the snapshot of the dataset `json` (empty: the built-in
/// report, which a `<zhenggai-board>` without data shows), compared with `compare_json` when it is not empty
/// (the widget's `data-compare`), in the language `lang` (`zh` or `en`), the `theme` (`dark`; anything else is
/// light) and, if `elderly`, 适老化 mode, as a declarative shadow root with the stylesheet from `base`, to paste
/// inside `<zhenggai-board>`. A dataset that does not load is refused with its errors, worded in `lang` (after a
/// line naming the earlier report when it is that one).
#[cfg(all(target_arch = "wasm32", feature = "snapshot"))]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = renderSnapshot)]
pub fn render_snapshot(
    json: &str,
    compare_json: &str,
    lang: &str,
    base: &str,
    theme: &str,
    elderly: bool,
) -> Result<String, wasm_bindgen::JsError> {
    let lang = zhenggai_core::Lang::from_code(lang).unwrap_or(zhenggai_core::Lang::Zh);
    let theme = if theme == "dark" { crate::options::Theme::Dark } else { crate::options::Theme::Light };
    let json = if json.trim().is_empty() { crate::source::DEFAULT_DATASET } else { json };
    let refused = |errors: Vec<zhenggai_core::Finding>| {
        let words: Vec<String> = errors.iter().map(|error| error.message(lang)).collect();
        words.join("\n")
    };
    let loaded = zhenggai_core::load_str(json).map_err(|errors| wasm_bindgen::JsError::new(&refused(errors)))?;
    let compare = match compare_json.trim() {
        "" => None,
        text => Some(zhenggai_core::load_str(text).map(std::sync::Arc::new).map_err(|errors| {
            wasm_bindgen::JsError::new(&format!("{}\n{}", crate::i18n::texts(lang).compare_failed, refused(errors)))
        })?),
    };
    let markup = render(std::sync::Arc::new(loaded), compare, lang, Appearance { theme, elderly });
    Ok(embedded(&markup, base))
}
