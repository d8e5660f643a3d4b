//! The deadline timeline: every commitment of the problems that pass the filters, earliest first, each marked
//! overdue (at the report's date, and today) or not, with a switch for the overdue ones only. At first it shows
//! its counts and the few deadlines nearest to today; the rest is behind a switch.

use std::sync::Arc;

use leptos::prelude::*;
use zhenggai_core::Lang;
use zhenggai_core::ValidDataset;
use zhenggai_core::analysis::deadline::{deadlines_of, is_overdue, nearest, report_day, timeline};
use zhenggai_core::date::Day;
use zhenggai_core::model::StatusKind;
use zhenggai_core::view::filter::Filterable;
use zhenggai_core::view::view_state::ViewState;

use crate::clock::today;
use crate::components::clipped::shortened;
use crate::components::filters::state_switch;
use crate::components::problem_detail::ProblemDetail;
use crate::components::show_more::ShowMore;
use crate::draw_in_steps::DrawInSteps;
use crate::i18n::{deadline_kind, texts};
use crate::ids::element_id;
use crate::remembered::{remembered_count, remembered_flag};

/// Entries drawn before "show more": a round of 100,000 problems has tens of thousands of deadlines.
const PAGE: usize = 20;
/// Entries drawn in the frame of a filter change, before the rest of the page (see [`DrawInSteps`]).
const FIRST_DRAWN: usize = 5;
/// Entries shown before the visitor asks for all: the nearest to today.
const NEAREST: usize = 3;

/// How a deadline stands, for its badge.
#[derive(Clone, Copy, PartialEq)]
enum DueState {
    Kept,
    OverdueAtReport,
    OverdueToday,
    Open,
}

/// One deadline of the dataset, in timeline order: its problem, its position among the problem's deadlines, how
/// it stands and its last day.
#[derive(Clone, Copy, PartialEq)]
struct Indexed {
    problem: usize,
    position: usize,
    due_state: DueState,
    last_day: Day,
}

/// Every deadline of the dataset, earliest first, with where it stands: sorted once. A filter change then only
/// walks this list against the matching problems, without sorting or copying any text.
fn index_deadlines(data: &ValidDataset, report: Option<Day>, now: Day) -> Vec<Indexed> {
    timeline(data, 0..data.problems().len())
        .into_iter()
        .map(|entry| {
            let kind = data.kind_of(entry.problem);
            let due_state = if kind == StatusKind::Done {
                DueState::Kept
            } else if report.is_some_and(|day| is_overdue(entry.deadline, kind, day)) {
                DueState::OverdueAtReport
            } else if is_overdue(entry.deadline, kind, now) {
                DueState::OverdueToday
            } else {
                DueState::Open
            };
            let position = deadlines_of(&data.problems()[entry.problem])
                .position(|d| std::ptr::eq(d, entry.deadline))
                .unwrap_or_default();
            Indexed { problem: entry.problem, position, due_state, last_day: entry.deadline.due.last_day() }
        })
        .collect()
}

/// The timeline of the filtered problems' deadlines.
#[component]
pub fn DeadlineTimeline(
    filterable: Arc<Filterable>,
    state: RwSignal<ViewState>,
    /// The problems that pass the filters.
    matching: Memo<Vec<usize>>,
    lang: Lang,
) -> impl IntoView {
    let t = texts(lang);
    let heading = element_id("deadlines-heading");
    let report = report_day(filterable.data().dataset());
    let now = today();
    // Kept across a language switch; a new filter starts again from the first page.
    let (all_shown, shown) = (remembered_flag("timeline-all"), remembered_count("timeline-shown", PAGE));
    Effect::new(move |built: Option<()>| {
        matching.track();
        if built.is_some() {
            shown.set(PAGE);
        }
    });

    let all = Arc::new(index_deadlines(filterable.data(), report, now));
    // The entries of the problems that pass the filters, as positions in `all`.
    let entries = {
        let all = all.clone();
        let problems = filterable.data().problems().len();
        Memo::new(move |_| {
            let mut passes = vec![false; problems];
            matching.with(|m| m.iter().for_each(|&p| passes[p] = true));
            all.iter().enumerate().filter(|(_, e)| passes[e.problem]).map(|(at, _)| at).collect::<Vec<usize>>()
        })
    };

    let counts = {
        let all = all.clone();
        move || entries.with(|entries| counts_in_words(&all, entries, report.is_some(), lang))
    };

    // Keyed by entry: a filter change keeps the entries that stay.
    let steps = DrawInSteps::new(entries);
    let list = NodeRef::new();
    steps.watch(list);
    let visible = {
        let all = all.clone();
        move || {
            entries.with(|e| {
                let window = if all_shown.get() {
                    0..shown.get().min(e.len())
                } else {
                    let days: Vec<Day> = e.iter().map(|&at| all[at].last_day).collect();
                    nearest(&days, now, NEAREST)
                };
                let drawn = steps.limit(FIRST_DRAWN, window.len());
                e[window].iter().take(drawn).map(|&at| (at, all[at])).collect::<Vec<_>>()
            })
        }
    };
    let items = move || {
        let filterable = filterable.clone();
        let entry = move |(at, entry)| timeline_entry(&filterable, state, lang, at, entry);
        view! { <For each=visible.clone() key=|entry| entry.0 children=entry/> }
    };

    view! {
        <section class="zg-deadline-timeline" aria-labelledby=heading.clone() data-testid="deadline-timeline">
            <h2 id=heading.clone()>{t.deadline_timeline}</h2>
            <p aria-live="polite" data-testid="deadline-counts">{counts}</p>
            {state_switch(state, |s| s.overdue, |s, on| s.overdue = on, t.overdue_only, "overdue-only")}
            {move || entries.with(Vec::is_empty).then(|| view! { <p>{t.no_deadlines}</p> })}
            {move || {
                let many = entries.with(Vec::len) > NEAREST;
                (many && !all_shown.get()).then(|| view! { <p class="zg-hint">{(t.nearest_deadlines)(NEAREST)}</p> })
            }}
            <ol class="zg-timeline-list" node_ref=list>{items}</ol>
            {move || all_shown.get().then(|| view! {
                <ShowMore total=Signal::derive(move || entries.with(Vec::len)) shown page=PAGE lang/>
            })}
            {move || {
                let total = entries.with(Vec::len);
                (total > NEAREST).then(|| all_switch(all_shown, total, lang))
            }}
        </section>
    }
}

/// "12 deadlines, 3 past today (2 already at the report's date)": `entries` are positions in `all`; the count at
/// the report's date only when the report has a date.
fn counts_in_words(all: &[Indexed], entries: &[usize], report_dated: bool, lang: Lang) -> String {
    let due_state = |at: &usize| all[*at].due_state;
    let at_report = entries.iter().filter(|at| due_state(at) == DueState::OverdueAtReport).count();
    let today = at_report + entries.iter().filter(|at| due_state(at) == DueState::OverdueToday).count();
    (texts(lang).deadline_counts)(entries.len(), today, report_dated.then_some(at_report))
}

/// The switch between the nearest deadlines and all `total` of them.
fn all_switch(all_shown: RwSignal<bool>, total: usize, lang: Lang) -> impl IntoView {
    let t = texts(lang);
    view! {
        <button
            type="button"
            class="zg-link-button"
            data-testid="timeline-all"
            aria-expanded=move || if all_shown.get() { "true" } else { "false" }
            on:click=move |_| all_shown.update(|all| *all = !*all)
        >
            {move || if all_shown.get() { (t.show_nearest_deadlines)(NEAREST) } else { (t.show_all_deadlines)(total) }}
        </button>
    }
}

/// One deadline of the timeline (`at`: its position in the timeline, which keys it), with its problem's details
/// behind a button.
fn timeline_entry(
    filterable: &Arc<Filterable>,
    state: RwSignal<ViewState>,
    lang: Lang,
    at: usize,
    entry: Indexed,
) -> Option<impl IntoView + use<>> {
    let t = texts(lang);
    let p = entry.problem;
    let problem = &filterable.data().problems()[p];
    let deadline = deadlines_of(problem).nth(entry.position)?.clone();
    let open = remembered_flag(&format!("timeline-open-{at}"));
    // One id per entry, not per problem: a problem may have several deadlines.
    let detail_id = element_id(&format!("timeline-{at}"));
    let (badge, class) = match entry.due_state {
        DueState::Kept => (t.due_kept, "zg-due zg-due-kept"),
        DueState::OverdueAtReport => (t.overdue_at_report, "zg-due zg-due-overdue"),
        DueState::OverdueToday => (t.overdue_today, "zg-due zg-due-overdue"),
        DueState::Open => (t.due_open, "zg-due"),
    };
    let filterable = filterable.clone();
    Some(view! {
        <li class="zg-timeline-entry" data-testid="timeline-entry">
            <p>
                <time datetime=deadline.due.to_string()>
                    {if lang == Lang::Zh { deadline.due.to_chinese() } else { deadline.due.to_string() }}
                </time>
                " "
                <span class=class>{badge}</span>
            </p>
            <p>
                <span class="zg-number">{problem.number.clone()}</span>
                " "
                {shortened(&problem.title)}
            </p>
            <p class="zg-promise">
                {deadline_kind(lang, deadline.kind)}
                {if lang == Lang::Zh { "：" } else { ": " }}
                {deadline.promise.clone()}
                " （" {deadline.text.clone()} "）"
            </p>
            <button
                type="button"
                class="zg-link-button"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-controls=detail_id.clone()
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {move || if open.get() { t.hide_problem } else { t.show_problem }}
            </button>
            <div id=detail_id.clone()>
                {move || open.get().then(|| view! { <ProblemDetail filterable=filterable.clone() p state lang/> })}
            </div>
        </li>
    })
}
