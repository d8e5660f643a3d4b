//! A text that may be enormous (a hostile or broken dataset): its first characters, with a button for the rest.

use leptos::prelude::*;
use zhenggai_core::Lang;
use zhenggai_core::view::clip::{DISPLAY_CHARS, clip};

use crate::i18n::texts;

/// `text` in full when it is of a sane length; else its start, "…", and a button that shows it all.
#[component]
pub fn Clipped(text: String, lang: Lang) -> impl IntoView {
    let Some(start) = clip(&text, DISPLAY_CHARS).map(str::to_owned) else {
        return text.into_any();
    };
    let t = texts(lang);
    let total = text.chars().count();
    let expanded = RwSignal::new(false);
    view! {
        <span>{move || if expanded.get() { text.clone() } else { format!("{start}…") }}</span>
        " "
        <button type="button" class="zg-link-button zg-clip-toggle" on:click=move |_| expanded.update(|e| *e = !*e)>
            {move || if expanded.get() { t.show_less.to_owned() } else { (t.show_full_text)(total) }}
        </button>
    }
    .into_any()
}

/// `text` shortened to [`DISPLAY_CHARS`] characters and "…", for places that cannot hold a button.
pub fn shortened(text: &str) -> String {
    clip(text, DISPLAY_CHARS).map_or_else(|| text.to_owned(), |start| format!("{start}…"))
}
