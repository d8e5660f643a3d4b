//! Loading other data: open a JSON file, drop one, or paste its text. Everything stays in the browser.

use std::sync::Arc;

use leptos::ev::DragEvent;
use leptos::prelude::*;
use zhenggai_core::Lang;

use crate::i18n::texts;
use crate::ids::element_id;
use crate::source::{Source, chosen_file, read_file};

/// The "load other data" disclosure.
#[component]
pub fn DatasetPicker(
    /// The current source; the picker replaces it.
    source: RwSignal<Source>,
    lang: Lang,
) -> impl IntoView {
    let t = texts(lang);
    let pasted = RwSignal::new(String::new());
    let (file_id, paste_id) = (element_id("file"), element_id("paste"));

    let open = move |file: Option<web_sys::File>| {
        let Some(file) = file else { return };
        leptos::task::spawn_local(async move { source.set(read_file(file).await) });
    };
    let on_file = move |ev: leptos::ev::Event| open(chosen_file(&ev));
    let on_drop = move |ev: DragEvent| {
        ev.prevent_default();
        open(ev.data_transfer().and_then(|d| d.files()).and_then(|files| files.get(0)));
    };

    view! {
        <details class="zg-picker" data-testid="dataset-picker" on:dragover=|ev: DragEvent| ev.prevent_default() on:drop=on_drop>
            <summary>{t.picker}</summary>
            <p class="zg-hint">{t.picker_note}</p>
            <p>
                <label for=file_id.clone()>{t.open_file}</label>
                " "
                <input id=file_id type="file" accept=".json,application/json" on:change=on_file/>
            </p>
            <p class="zg-hint">{t.drop_hint}</p>
            <p>
                <label for=paste_id.clone()>{t.paste_label}</label>
                <textarea
                    id=paste_id
                    rows="4"
                    spellcheck="false"
                    prop:value=move || pasted.get()
                    on:input=move |ev| pasted.set(event_target_value(&ev))
                ></textarea>
            </p>
            <p class="zg-row">
                <button
                    type="button"
                    class="zg-button"
                    on:click=move |_| {
                        let text = pasted.get_untracked();
                        source.set(Source::Local { name: t.pasted_name.to_owned(), text: Arc::from(text) });
                    }
                >
                    {t.show_pasted}
                </button>
                <button type="button" class="zg-link-button" on:click=move |_| source.set(Source::Default)>
                    {t.use_default}
                </button>
            </p>
        </details>
    }
}
