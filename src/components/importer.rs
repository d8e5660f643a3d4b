//! The authoring page: paste or open a report's text, see what the importer recognised and what it could not
//! place, preview the dashboard live, and download the dataset and an embed snippet. Everything runs in the
//! browser; the draft is kept in local storage until the user clears it. Talks to `localStorage`, `Blob` URLs
//! and local files.

use std::sync::Arc;

use leptos::prelude::*;
use zhenggai_core::Lang;
use zhenggai_core::import::docx::{docx_to_text, looks_like_docx};
use zhenggai_core::import::html::{html_to_text, looks_like_html};
use zhenggai_core::import::{ImportReport, import_text};

use crate::components::dashboard::Dashboard;
use crate::components::findings::Findings;
use crate::download::save_text;
use crate::i18n::authoring::authoring_texts;
use crate::i18n::texts;
use crate::ids::element_id;
use crate::source::chosen_file;

/// The local-storage key of the draft text.
const DRAFT_KEY: &str = "zhenggai.import.draft";

/// The browser's local storage, where the drafts are kept; `None` where it is disabled.
pub(crate) fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn load_draft() -> String {
    storage().and_then(|s| s.get_item(DRAFT_KEY).ok().flatten()).unwrap_or_default()
}

/// A report file as the text the importer reads: a Word file as its paragraphs with their automatic numbers, a
/// page saved from a browser as the lines a reader sees, anything else as UTF-8 text. `Err` says why not, in
/// `lang`.
pub(crate) async fn report_text(file: &web_sys::File, lang: Lang) -> Result<String, String> {
    let words = authoring_texts(lang);
    let bytes = file_bytes(file).await.ok_or_else(|| words.import_file_unreadable.to_owned())?;
    if looks_like_docx(&bytes) {
        return docx_to_text(&bytes).map_err(|err| err.message(lang));
    }
    let contents = String::from_utf8(bytes).map_err(|_| words.import_file_unreadable.to_owned())?;
    Ok(if looks_like_html(&contents) { html_to_text(&contents) } else { contents })
}

/// The bytes of a file the visitor chose; `None` when the browser cannot read it.
async fn file_bytes(file: &web_sys::File) -> Option<Vec<u8>> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

fn save_draft(text: &str) {
    if let Some(storage) = storage() {
        // A full or disabled storage only loses the draft, never the page.
        let _ = if text.is_empty() { storage.remove_item(DRAFT_KEY) } else { storage.set_item(DRAFT_KEY, text) };
    }
}

/// The authoring page.
#[component]
pub fn Importer(
    /// The UI language.
    lang: Lang,
) -> impl IntoView {
    let words = authoring_texts(lang);
    let text = RwSignal::new(load_draft());
    let report = RwSignal::new(Arc::new(import_text(&text.get_untracked())));
    // Effect: keep the draft in local storage and the import up to date.
    Effect::new(move |_| {
        let current = text.get();
        save_draft(&current);
        report.set(Arc::new(import_text(&current)));
    });
    let (text_id, file_id) = (element_id("import-text"), element_id("import-file"));

    // Why the last file opened could not be read, in the visitor's language.
    let file_error = RwSignal::new(None::<String>);
    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = chosen_file(&ev) else { return };
        leptos::task::spawn_local(async move {
            match report_text(&file, lang).await {
                Ok(contents) => {
                    file_error.set(None);
                    text.set(contents);
                }
                Err(message) => file_error.set(Some(message)),
            }
        });
    };
    let on_paste = move |ev: leptos::ev::ClipboardEvent| paste_as_text(&ev, text);
    let json = move || report.with(|r| serde_json::to_string_pretty(&r.dataset).unwrap_or_default());
    let snippet = "<script type=\"module\" src=\"zhenggai.js\"></script>\n<zhenggai-board data-src=\"report.json\"></zhenggai-board>";

    view! {
        <div class="zg-importer">
            <h1>{words.import_heading}</h1>
            <p class="zg-hint">{words.import_note}</p>
            <p>
                <label for=file_id.clone()>{words.import_open}</label>
                " "
                <input id=file_id type="file" accept=".txt,.html,.htm,.docx,text/plain,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document" on:change=on_file/>
            </p>
            <p class="zg-error" role="alert" data-testid="import-file-error">{move || file_error.get()}</p>
            <p>
                <label for=text_id.clone()>{words.import_paste}</label>
                <textarea
                    id=text_id
                    rows="12"
                    spellcheck="false"
                    data-testid="import-text"
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                    on:paste=on_paste
                ></textarea>
            </p>
            <p class="zg-row">
                <button type="button" class="zg-button" data-testid="download-json"
                    on:click=move |_| save_text("report.json", &json(), "application/json")>
                    {words.import_download}
                </button>
                <button type="button" class="zg-link-button"
                    on:click=move |_| save_text("embed-snippet.html", snippet, "text/html")>
                    {words.import_snippet}
                </button>
                <button type="button" class="zg-link-button" on:click=move |_| text.set(String::new())>
                    {words.import_clear}
                </button>
            </p>
            // Nothing pasted yet: the page invites a paste (below) rather than reporting on an empty text.
            {move || {
                let pasted = text.with(|t| !t.trim().is_empty());
                pasted.then(|| report.with(|r| view! { <ImportFindings report=r.clone() lang/> }))
            }}
            <section class="zg-import-preview" aria-label=words.import_preview>
                <h2>{words.import_preview}</h2>
                {move || preview(report, lang)}
            </section>
        </div>
    }
}

/// Rich text copied from a web page: its paragraphs become lines and its scripts, navigation and footer are left
/// out (the rest of the page's furniture goes when the text is imported), in place of the selection, as a plain
/// paste would, with the caret after it. Plain text pastes as usual.
fn paste_as_text(ev: &leptos::ev::ClipboardEvent, text: RwSignal<String>) {
    let Some(html) = ev.clipboard_data().and_then(|data| data.get_data("text/html").ok()) else { return };
    if html.trim().is_empty() {
        return;
    }
    ev.prevent_default();
    let area = event_target::<web_sys::HtmlTextAreaElement>(ev);
    if area
        .set_range_text_with_start_and_end_and_mode(
            &html_to_text(&html),
            area.selection_start().ok().flatten().unwrap_or(0),
            area.selection_end().ok().flatten().unwrap_or(0),
            "end",
        )
        .is_ok()
    {
        text.set(area.value());
    }
}

/// The imported dataset as the widget shows it, or an invitation when there is nothing to show. (A `Loaded` does
/// not compare, so the preview is derived here rather than memoised; it reruns only when `report` changes.)
fn preview(report: RwSignal<Arc<ImportReport>>, lang: Lang) -> AnyView {
    let words = authoring_texts(lang);
    let loaded = report.with(|r| zhenggai_core::load::validate(r.dataset.clone()).ok());
    match loaded {
        // A summary-only report previews its declared figures.
        Some(loaded) if !loaded.data.problems().is_empty() || !loaded.data.dataset().declared.is_empty() => {
            let lang = RwSignal::new(lang);
            let loaded = Arc::new(loaded);
            view! { <Dashboard loaded lang namespace="imp.".to_owned() initial_view=None compare=None/> }.into_any()
        }
        _ => view! { <p class="zg-hint">{words.import_nothing}</p> }.into_any(),
    }
}

/// What the importer recognised, what it could not place, and its warnings.
#[component]
fn ImportFindings(report: Arc<ImportReport>, lang: Lang) -> impl IntoView {
    let t = texts(lang);
    let words = authoring_texts(lang);
    let mut counts: Vec<(&'static str, usize)> = Vec::new();
    for item in &report.recognised {
        match counts.iter_mut().find(|(name, _)| *name == item.what.name()) {
            Some((_, n)) => *n += 1,
            None => counts.push((item.what.name(), 1)),
        }
    }
    let summary = counts.iter().map(|(name, n)| format!("{name} × {n}")).collect::<Vec<_>>().join(" · ");
    let recognised = report
        .recognised
        .iter()
        .take(2000)
        .map(|item| view! { <li><code>{(words.import_line)(item.line)}</code> " " <strong>{item.what.name()}</strong> " " {item.text.clone()}</li> })
        .collect_view();
    let unplaced = report
        .unplaced
        .iter()
        .map(|line| view! { <li><code>{(words.import_line)(line.line)}</code> " " {line.text.clone()}</li> })
        .collect_view();
    let warnings = report.warnings.clone();
    view! {
        <section class="zg-import-report" data-testid="import-report">
            <h2>{words.import_result}</h2>
            <p data-testid="import-counts">
                {(words.import_counts)(report.dataset.categories.len(), report.dataset.problems.len(), report.unplaced.len(), report.warnings.len())}
            </p>
            {(!report.unplaced.is_empty()).then(|| view! {
                <h3>{words.import_unplaced}</h3>
                <ul class="zg-unplaced" data-testid="import-unplaced">{unplaced}</ul>
            })}
            {(!warnings.is_empty()).then(|| view! {
                <h3>{t.warnings}</h3>
                <Findings findings=warnings lang/>
            })}
            <details>
                <summary>{words.import_recognised} " (" {summary} ")"</summary>
                <ul class="zg-recognised">{recognised}</ul>
            </details>
        </section>
    }
}
