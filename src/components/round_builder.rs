//! The authoring page's round: several units' reports (text, web pages, Word files) opened at once, each imported
//! and listed with what it holds and its warnings, merged into one round (`zhenggai_core::merge`, as `zhenggai
//! merge` does) with every decision listed, previewed, and downloaded with its embed snippet. The reports stay in
//! local storage until the user removes them, so that a reload loses nothing. Talks to `localStorage` and local
//! files.

use std::sync::Arc;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use zhenggai_core::FindingKind;
use zhenggai_core::Lang;
use zhenggai_core::import::{ImportReport, Recognition, import_text};
use zhenggai_core::merge::{MergeInput, MergeOptions, Merged, merge};
use zhenggai_core::model::{Dataset, Problem, StatusKind};

use crate::components::dashboard::Dashboard;
use crate::components::findings::Findings;
use crate::components::importer::{report_text, storage};
use crate::download::save_text;
use crate::i18n::authoring::authoring_texts;
use crate::i18n::texts;
use crate::ids::element_id;

/// The local-storage keys of the round's reports and title.
const ROUND_KEY: &str = "zhenggai.import.round";
const ROUND_TITLE_KEY: &str = "zhenggai.import.round.title";

/// One report of the round: its file name, its text, and what the editor settled that the text left open.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct RoundReport {
    name: String,
    text: String,
    /// The kind of a status word the importer could only guess: (label, kind).
    #[serde(default)]
    kinds: Vec<(String, StatusKind)>,
    /// The category of a problem the text printed under none: (problem id, category id).
    #[serde(default)]
    categories: Vec<(String, String)>,
}

impl RoundReport {
    /// The report imported, with the editor's decisions applied.
    fn import(&self) -> ImportReport {
        let mut report = import_text(&self.text);
        let dataset = &mut report.dataset;
        for (label, kind) in &self.kinds {
            for status in dataset.statuses.iter_mut().filter(|s| &s.label == label) {
                status.kind = *kind;
            }
        }
        for (problem_id, category_id) in &self.categories {
            let Some(category) = dataset.categories.iter().find(|c| &c.id == category_id) else { continue };
            let title = category.title.clone();
            if let Some(problem) = dataset.problems.iter_mut().find(|p| &p.id == problem_id) {
                problem.category = category_id.clone();
                problem.editorial_note = Some(format!("通报未标明此问题所属方面；编辑已将其归入“{title}”。"));
            }
        }
        report
    }
}

fn load_round() -> Vec<RoundReport> {
    storage()
        .and_then(|s| s.get_item(ROUND_KEY).ok().flatten())
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default()
}

fn save_round(reports: &[RoundReport]) {
    let Some(storage) = storage() else { return };
    // A full or disabled storage only loses the draft, never the page.
    let saved = if reports.is_empty() {
        storage.remove_item(ROUND_KEY)
    } else {
        match serde_json::to_string(reports) {
            Ok(json) => storage.set_item(ROUND_KEY, &json),
            Err(_) => Ok(()),
        }
    };
    saved.ok();
}

/// The round section of the authoring page.
#[component]
pub fn RoundBuilder(lang: Lang) -> impl IntoView {
    let words = authoring_texts(lang);
    let reports = RwSignal::new(load_round());
    // The round's title; the first report's when left empty (as `zhenggai merge` without --title).
    let title = RwSignal::new(storage().and_then(|s| s.get_item(ROUND_TITLE_KEY).ok().flatten()).unwrap_or_default());
    let file_errors = RwSignal::new(Vec::<String>::new());
    // Imports do not compare: signals set by the effects below rather than memos.
    let imported = RwSignal::new(Vec::<(String, Arc<ImportReport>)>::new());
    let merged = RwSignal::new(None::<Result<Merged, String>>);
    keep_importing_and_merging(reports, title, imported, merged, lang);
    let file_id = element_id("round-files");
    let title_id = element_id("round-title");
    let heading = element_id("round-heading");

    // Files chosen in the picker or dropped on the section are read alike.
    let add_files = move |files: Vec<web_sys::File>| add_reports(files, reports, file_errors, lang);
    let on_files = move |ev: leptos::ev::Event| {
        if let Some(files) = chosen_files(&ev) {
            add_files(files);
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        let Some(list) = ev.data_transfer().and_then(|d| d.files()) else { return };
        add_files((0..list.length()).filter_map(|i| list.get(i)).collect());
    };
    let json = move || {
        merged.with(|m| match m {
            Some(Ok(merged)) => serde_json::to_string_pretty(&merged.dataset).unwrap_or_default(),
            _ => String::new(),
        })
    };
    let snippet = "<script type=\"module\" src=\"zhenggai.js\"></script>\n<zhenggai-board data-src=\"round.json\"></zhenggai-board>";

    let list = move || {
        imported
            .get()
            .into_iter()
            .map(|(name, report)| view! { <RoundReportItem name report reports lang/> })
            .collect_view()
    };
    let decisions = move || decisions_view(merged, lang);
    let preview = move || preview_view(merged, lang);

    view! {
        <section class="zg-round" aria-labelledby=heading.clone() data-testid="round"
            on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default()
            on:drop=on_drop>
            <h2 id=heading.clone()>{words.round_heading}</h2>
            <p class="zg-hint">{words.round_note}</p>
            <p>
                <label for=file_id.clone()>{words.round_open}</label>
                " "
                <input id=file_id type="file" multiple accept=".txt,.html,.htm,.docx,text/plain,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document" on:change=on_files/>
            </p>
            <p>
                <label for=title_id.clone()>{words.round_title}</label>
                " "
                <input id=title_id type="text" size="40" data-testid="round-title"
                    prop:value=move || title.get()
                    on:input=move |ev| title.set(event_target_value(&ev))/>
            </p>
            <ul class="zg-findings" role="alert" data-testid="round-file-errors">
                {move || file_errors.get().into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}
            </ul>
            <p data-testid="round-count">{move || (words.round_count)(reports.with(Vec::len))}</p>
            <ol class="zg-round-reports" data-testid="round-reports">{list}</ol>
            {decisions}
            <p class="zg-row">
                <button type="button" class="zg-button" data-testid="round-download"
                    disabled=move || !matches!(merged.get(), Some(Ok(_)))
                    on:click=move |_| save_text("round.json", &json(), "application/json")>
                    {words.round_download}
                </button>
                <button type="button" class="zg-link-button"
                    on:click=move |_| save_text("embed-snippet.html", snippet, "text/html")>
                    {words.import_snippet}
                </button>
                <button type="button" class="zg-link-button" data-testid="round-clear" on:click=move |_| reports.set(Vec::new())>
                    {words.round_clear}
                </button>
            </p>
            <section class="zg-import-preview" aria-label=words.round_preview>
                <h3>{words.round_preview}</h3>
                {preview}
            </section>
        </section>
    }
}

/// Reads `files` into the round one after the other, so that the round lists (and prefixes) the reports in the
/// order they were chosen; the same file opened again replaces the one before. Why a file could not be read goes
/// to `file_errors`.
fn add_reports(
    files: Vec<web_sys::File>,
    reports: RwSignal<Vec<RoundReport>>,
    file_errors: RwSignal<Vec<String>>,
    lang: Lang,
) {
    file_errors.set(Vec::new());
    leptos::task::spawn_local(async move {
        for file in files {
            let name = file.name();
            match report_text(&file, lang).await {
                Ok(text) => reports.update(|r| {
                    r.retain(|kept| kept.name != name);
                    r.push(RoundReport { name, text, kinds: Vec::new(), categories: Vec::new() });
                }),
                Err(message) => file_errors.update(|e| e.push(format!("{name}：{message}"))),
            }
        }
    });
}

/// Two effects: the reports kept in local storage and imported, once per change of the reports; and the round
/// merged again when the imports or the title change (typing the title imports nothing).
fn keep_importing_and_merging(
    reports: RwSignal<Vec<RoundReport>>,
    title: RwSignal<String>,
    imported: RwSignal<Vec<(String, Arc<ImportReport>)>>,
    merged: RwSignal<Option<Result<Merged, String>>>,
    lang: Lang,
) {
    Effect::new(move |_| {
        let current = reports.get();
        save_round(&current);
        imported.set(current.iter().map(|r| (r.name.clone(), Arc::new(r.import()))).collect());
    });
    Effect::new(move |_| {
        let title = title.get();
        if let Some(storage) = storage() {
            storage.set_item(ROUND_TITLE_KEY, &title).ok();
        }
        let options =
            MergeOptions { title: Some(title.trim().to_owned()).filter(|t| !t.is_empty()), ..MergeOptions::default() };
        let inputs: Vec<MergeInput> = imported.with(|imported| {
            imported.iter().map(|(name, r)| MergeInput { name: name.clone(), dataset: r.dataset.clone() }).collect()
        });
        merged.set((!inputs.is_empty()).then(|| merge(inputs, options).map_err(|err| err.message(lang))));
    });
}

/// What the merge decided, or why it could not merge.
fn decisions_view(merged: RwSignal<Option<Result<Merged, String>>>, lang: Lang) -> Option<AnyView> {
    merged.with(|m| match m {
        Some(Ok(Merged { decisions, .. })) => {
            let items = decisions.iter().map(|d| view! { <li>{d.message(lang)}</li> }).collect_view();
            Some(view! { <ul class="zg-round-decisions" data-testid="round-decisions">{items}</ul> }.into_any())
        }
        Some(Err(message)) => {
            Some(view! { <p class="zg-error" role="alert" data-testid="round-error">{message.clone()}</p> }.into_any())
        }
        None => None,
    })
}

/// The merged round as the widget shows it.
fn preview_view(merged: RwSignal<Option<Result<Merged, String>>>, lang: Lang) -> Option<impl IntoView + use<>> {
    merged.with(|m| match m {
        Some(Ok(merged)) => zhenggai_core::load::validate(merged.dataset.clone()).ok().map(|loaded| {
            let lang = RwSignal::new(lang);
            view! { <Dashboard loaded=Arc::new(loaded) lang namespace="round.".to_owned() initial_view=None compare=None/> }
        }),
        _ => None,
    })
}

/// One report of the round: its unit, what was recognised, its warnings, what the editor can settle (a status
/// word's kind the importer guessed, the category of a problem printed under none), and a button to remove it.
#[component]
fn RoundReportItem(
    name: String,
    report: Arc<ImportReport>,
    reports: RwSignal<Vec<RoundReport>>,
    lang: Lang,
) -> impl IntoView {
    let t = texts(lang);
    let words = authoring_texts(lang);
    let dataset = &report.dataset;
    let unit = dataset.units.iter().map(|u| u.name.as_str()).collect::<Vec<_>>().join("、");
    let summary = (words.round_report_summary)(&unit, dataset.problems.len(), report.warnings.len());
    let warnings = report.warnings.clone();
    let removed = name.clone();

    // Status words whose kind was a guess, and problems whose category was.
    let guessed_kinds: Vec<String> = report
        .recognised
        .iter()
        .filter(|r| matches!(r.what, Recognition::Status { certain: false, .. }))
        .map(|r| r.text.clone())
        .collect();
    let guessed_categories: Vec<usize> = report
        .warnings
        .iter()
        .filter(|w| matches!(w.kind, FindingKind::ImportCategoryGuessed { .. }))
        .filter_map(|w| w.path.strip_prefix("$.problems[")?.split(']').next()?.parse().ok())
        .collect();
    let kind_fixes =
        guessed_kinds.into_iter().map(|label| kind_fix(&name, label, dataset, reports, lang)).collect_view();
    let category_fixes = guessed_categories
        .into_iter()
        .filter_map(|p| dataset.problems.get(p))
        .map(|problem| category_fix(&name, problem, dataset, reports, lang))
        .collect_view();

    view! {
        <li data-testid="round-report">
            <strong>{name.clone()}</strong>
            " "
            <span>{summary}</span>
            " "
            <button type="button" class="zg-link-button" aria-label=(words.round_remove_label)(&name)
                on:click=move |_| reports.update(|r| r.retain(|kept| kept.name != removed))>
                {words.round_remove}
            </button>
            <ul class="zg-round-fixes">{kind_fixes}{category_fixes}</ul>
            {(!warnings.is_empty()).then(|| view! {
                <details>
                    <summary>{t.warnings}</summary>
                    <Findings findings=warnings lang/>
                </details>
            })}
        </li>
    }
}

/// A choice of kind for a status word whose kind the importer guessed, kept with the report (`name`).
fn kind_fix(
    name: &str,
    label: String,
    dataset: &Dataset,
    reports: RwSignal<Vec<RoundReport>>,
    lang: Lang,
) -> impl IntoView + use<> {
    let words = authoring_texts(lang);
    let current = dataset.statuses.iter().find(|s| s.label == label).map(|s| s.kind);
    let (name, chosen) = (name.to_owned(), label.clone());
    let on_change = move |ev: leptos::ev::Event| {
        let Some(kind) = StatusKind::ALL.into_iter().find(|k| k.as_str() == event_target_value(&ev)) else { return };
        reports.update(|r| {
            if let Some(report) = r.iter_mut().find(|r| r.name == name) {
                report.kinds.retain(|(l, _)| *l != chosen);
                report.kinds.push((chosen.clone(), kind));
            }
        });
    };
    let options = StatusKind::ALL
        .into_iter()
        .map(|kind| view! { <option value=kind.as_str() selected=current == Some(kind)>{kind.label(lang)}</option> })
        .collect_view();
    view! {
        <li>
            <label>{(words.round_fix_kind)(&label)} " " <select data-testid="round-fix-kind" on:change=on_change>{options}</select></label>
        </li>
    }
}

/// A choice of category for a problem whose category the importer guessed, kept with the report (`name`).
fn category_fix(
    name: &str,
    problem: &Problem,
    dataset: &Dataset,
    reports: RwSignal<Vec<RoundReport>>,
    lang: Lang,
) -> impl IntoView + use<> {
    let words = authoring_texts(lang);
    let (name, problem_id) = (name.to_owned(), problem.id.clone());
    let on_change = move |ev: leptos::ev::Event| {
        let category = event_target_value(&ev);
        reports.update(|r| {
            if let Some(report) = r.iter_mut().find(|r| r.name == name) {
                report.categories.retain(|(p, _)| *p != problem_id);
                report.categories.push((problem_id.clone(), category.clone()));
            }
        });
    };
    let options = dataset
        .categories
        .iter()
        .map(|c| view! { <option value=c.id.clone() selected=c.id == problem.category>{c.title.clone()}</option> })
        .collect_view();
    view! {
        <li>
            <label>{(words.round_fix_category)(&problem.title)} " " <select data-testid="round-fix-category" on:change=on_change>{options}</select></label>
        </li>
    }
}

/// Every file the visitor chose in a file input.
fn chosen_files(ev: &leptos::ev::Event) -> Option<Vec<web_sys::File>> {
    use wasm_bindgen::JsCast;
    let list = ev.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?.files()?;
    Some((0..list.length()).filter_map(|i| list.get(i)).collect())
}
