//! Progress over time: the report shown, compared with an earlier one of the same round or unit
//! (`data-compare`). Before/after bars by status kind, the table of moves, and the problems that changed.

use std::sync::Arc;

use leptos::prelude::*;
use zhenggai_charts::{Palette, before_after_chart};
use zhenggai_core::analysis::progress::{Change, Progress, compare, is_later};
use zhenggai_core::model::StatusKind;
use zhenggai_core::{Lang, Loaded, ValidDataset};

use crate::Theme;
use crate::components::clipped::shortened;
use crate::components::load_failure::describe;
use crate::components::show_more::ShowMore;
use crate::i18n::texts;
use crate::ids::element_id;
use crate::remembered::remembered_count;
use crate::source::Comparand;

/// Changed problems listed before "show more".
const PAGE: usize = 30;

/// The comparison panel; `compare` is the earlier report, loading or loaded.
#[component]
pub fn ProgressPanel(current: Arc<Loaded>, compare: Comparand, lang: Lang) -> impl IntoView {
    let t = texts(lang);
    let heading = element_id("progress-heading");
    let body = move || match compare.get() {
        None => view! { <p role="status">{t.comparing}</p> }.into_any(),
        Some(Err(error)) => {
            let (_, explanation) = describe(error, lang);
            view! { <div class="zg-error" role="alert"><p><strong>{t.compare_failed}</strong></p>{explanation}</div> }
                .into_any()
        }
        Some(Ok(other)) => {
            // Whichever speaks from the later date is "latest", whichever way round the page gave them.
            let (earlier, later) = if is_later(&other.data, &current.data) {
                (current.data.clone(), other.data.clone())
            } else {
                (other.data.clone(), current.data.clone())
            };
            view! { <Comparison earlier later lang/> }.into_any()
        }
    };
    view! {
        <section class="zg-progress" aria-labelledby=heading.clone() data-testid="progress">
            <h2 id=heading.clone()>{t.progress_over_time}</h2>
            {body}
        </section>
    }
}

/// The date a report speaks from, for labels.
fn date_of(data: &ValidDataset, lang: Lang) -> String {
    let dataset = data.dataset();
    match dataset.report.as_of.or(dataset.report.published) {
        Some(date) if lang == Lang::Zh => date.to_chinese(),
        Some(date) => date.to_string(),
        None => texts(lang).undated.to_owned(),
    }
}

#[component]
fn Comparison(earlier: ValidDataset, later: ValidDataset, lang: Lang) -> impl IntoView {
    let t = texts(lang);
    let progress: Progress = compare(&earlier, &later);
    let forward = progress.changes.iter().filter(|c| c.forward()).count();
    let back = progress.changes.len() - forward;
    let labels = [(t.earlier_report)(&date_of(&earlier, lang)), (t.later_report)(&date_of(&later, lang))];
    let kind_names = StatusKind::ALL.map(|kind| kind.label(lang));
    let dark = use_context::<Theme>() == Some(Theme::Dark);
    let chart = before_after_chart(
        [(labels[0].clone(), progress.earlier_by_kind), (labels[1].clone(), progress.later_by_kind)],
        kind_names,
        if dark { &Palette::DARK } else { &Palette::LIGHT },
        640,
        &element_id("progress-chart"),
    );
    let description = description(&progress, &labels, lang);
    let transitions = transitions_table(&progress, &kind_names, lang);

    let shown = remembered_count("progress-shown", PAGE);
    let changes = Arc::new(progress.changes.clone());
    let (earlier, later) = (Arc::new(earlier), Arc::new(later));
    let list = {
        let changes = changes.clone();
        move || {
            changes
                .iter()
                .take(shown.get())
                .map(|change| changed_problem(change, &earlier, &later, lang))
                .collect_view()
        }
    };
    let total = changes.len();
    view! {
        <p data-testid="progress-summary">
            {(t.progress_summary)(progress.matched.len(), progress.changes.len(), forward, back, progress.only_earlier.len(), progress.only_later.len())}
            {(progress.matched_by_number > 0).then(|| format!(" {}", (t.matched_by_number)(progress.matched_by_number)))}
        </p>
        <figure class="zg-chart" data-testid="chart-progress">
            <figcaption>{t.progress_over_time}</figcaption>
            <div class="zg-chart-svg" role="img" aria-label=description inner_html=chart.svg()></div>
        </figure>
        <div class="zg-table-scroll">{transitions}</div>
        <h3>{t.changed_problems}</h3>
        <ol class="zg-changes">{list}</ol>
        <ShowMore total=total shown page=PAGE lang/>
    }
}

/// Both reports' counts by kind, in words, for screen readers.
fn description(progress: &Progress, labels: &[String; 2], lang: Lang) -> String {
    let t = texts(lang);
    let parts = |counts: &[usize; StatusKind::ALL.len()]| -> String {
        StatusKind::ALL
            .iter()
            .zip(counts)
            .filter(|(_, n)| **n > 0)
            .map(|(kind, n)| format!("{} {n}", kind.label(lang)))
            .collect::<Vec<_>>()
            .join(t.list_separator)
    };
    format!("{}：{}；{}：{}", labels[0], parts(&progress.earlier_by_kind), labels[1], parts(&progress.later_by_kind))
}

/// The matched problems per pair of kinds (from, to), over the kinds either report has.
fn transitions_table(
    progress: &Progress,
    kind_names: &[&'static str; StatusKind::ALL.len()],
    lang: Lang,
) -> impl IntoView + use<> {
    let t = texts(lang);
    let kinds: Vec<usize> =
        (0..StatusKind::ALL.len()).filter(|&k| progress.earlier_by_kind[k] + progress.later_by_kind[k] > 0).collect();
    let head = kinds.iter().map(|&k| view! { <th scope="col">{kind_names[k]}</th> }).collect_view();
    let rows = kinds
        .iter()
        .map(|&from| {
            let cells = kinds.iter().map(|&to| view! { <td>{progress.transitions[from][to]}</td> }).collect_view();
            view! { <tr><th scope="row">{kind_names[from]}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <table class="zg-transitions" data-testid="transitions">
            <caption>{t.transitions_table}</caption>
            <thead><tr><th scope="col">{t.column_from}</th>{head}</tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// A problem whose kind changed: its status in each report, and whether it moved towards done.
fn changed_problem(change: &Change, earlier: &ValidDataset, later: &ValidDataset, lang: Lang) -> impl IntoView + use<> {
    let t = texts(lang);
    let problem = &later.problems()[change.later];
    let (from, to) = (earlier.status(change.earlier).label.clone(), later.status(change.later).label.clone());
    let (word, class) = if change.forward() {
        (t.moved_forward, "zg-moved zg-moved-forward")
    } else {
        (t.moved_back, "zg-moved zg-moved-back")
    };
    view! {
        <li data-testid="changed-problem">
            <span class="zg-number">{problem.number.clone()}</span> " " {shortened(&problem.title)}
            <br/>
            <span>{from}</span> " → " <span>{to}</span> " " <span class=class>{word}</span>
        </li>
    }
}
