//! A whole round from its units' reports: several datasets (each usually one unit's imported 通报) in, one dataset
//! holding every unit out, for `zhenggai merge`.
//!
//! - Ids are made unique by a prefix per input (`2-p01`, `2-c3`, `2-s2`, `2-u1`), and everything that refers to them
//!   (problems, sub-items, declared counts by status) is rewritten with them.
//! - Statuses: a status with the same label and kind in several inputs is one status of the round; any other keeps
//!   its input's words under a prefixed id. Each status keeps its kind, so the round is counted by kind while each
//!   unit's problems show their own words.
//! - Each input's declared figures become its unit's (`units[].declared`); the round's own declared figures come
//!   only from a round summary given apart (`--summary`), which the consistency audit then checks against the sum of
//!   the units.
//! - A unit named in two inputs is an error, unless `latest` keeps the input whose report is the most recent.
//!
//! Every such decision is returned as a [`Decision`], worded in both languages, for the CLI to list.

use std::collections::HashMap;

use crate::Lang;
use crate::model::{Dataset, Declared, FORMAT_VERSION, Report, Source, Status, StatusKind};

/// One input: a name for messages (its file name) and its dataset, already validated.
#[derive(Debug, Clone)]
pub struct MergeInput {
    /// How the input is called in messages: its file name.
    pub name: String,
    /// The input's dataset.
    pub dataset: Dataset,
}

/// What the round is called and what it keeps.
#[derive(Debug, Clone, Default)]
pub struct MergeOptions {
    /// The round's title; the first input's when absent.
    pub title: Option<String>,
    /// Who issues the round's report; the first input's issuer when absent.
    pub issuer: Option<String>,
    /// When a unit is named in two inputs, keep the one whose report is the most recent instead of failing.
    pub latest: bool,
    /// A round summary (a dataset, usually summary-only) whose declared figures are the round's.
    pub summary: Option<MergeInput>,
}

/// The merged round and every decision taken on the way.
#[derive(Debug, Clone)]
pub struct Merged {
    /// The round's dataset.
    pub dataset: Dataset,
    /// What was renamed, shared, dropped or taken from where.
    pub decisions: Vec<Decision>,
}

/// A decision the merge took, for the user to check.
#[derive(Debug, Clone, PartialEq)]
pub enum Decision {
    /// The input's ids were given a prefix.
    Prefixed {
        /// The input, by name.
        input: String,
        /// The prefix its ids were given.
        prefix: String,
    },
    /// A status of the same label and kind in several inputs is one status of the round.
    StatusShared {
        /// The status's label.
        label: String,
        /// In how many inputs.
        inputs: usize,
    },
    /// The same unit in two inputs: the more recent report was kept.
    DuplicateDropped {
        /// The unit's name.
        unit: String,
        /// The input kept.
        kept: String,
        /// The input dropped.
        dropped: String,
    },
    /// The round's title or issuer was taken from an input.
    TakenFrom {
        /// Which field: "title" or "issuer".
        field: &'static str,
        /// The input it came from.
        input: String,
    },
    /// The round's declared figures come from the summary.
    SummaryDeclared {
        /// The summary's name.
        input: String,
    },
    /// An input's next steps or contact were not carried into the round (the round has one of each).
    Dropped {
        /// What was dropped: "next_steps" or "contact".
        what: &'static str,
        /// The input it was dropped from.
        input: String,
    },
}

impl Decision {
    /// The decision in words.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (Self::Prefixed { input, prefix }, Lang::Zh) => format!("{input}：编号加前缀“{prefix}”"),
            (Self::Prefixed { input, prefix }, Lang::En) => format!("{input}: ids prefixed with “{prefix}”"),
            (Self::StatusShared { label, inputs }, Lang::Zh) => {
                format!("整改状态“{label}”在 {inputs} 份通报中用法相同，合并为一个状态")
            }
            (Self::StatusShared { label, inputs }, Lang::En) => {
                format!("the status “{label}” is the same in {inputs} reports and is shared")
            }
            (Self::DuplicateDropped { unit, kept, dropped }, Lang::Zh) => {
                format!("单位“{unit}”同时出现在 {kept} 和 {dropped} 中：保留较新的 {kept}，舍弃 {dropped}")
            }
            (Self::DuplicateDropped { unit, kept, dropped }, Lang::En) => {
                format!(
                    "the unit “{unit}” is in both {kept} and {dropped}: kept the more recent {kept}, dropped {dropped}"
                )
            }
            (Self::TakenFrom { field, input }, Lang::Zh) => {
                let field = if *field == "title" { "标题" } else { "发布单位" };
                format!("本轮汇总的{field}取自 {input}（可用参数指定）")
            }
            (Self::TakenFrom { field, input }, Lang::En) => {
                format!("the round's {field} is taken from {input} (a flag can set it)")
            }
            (Self::SummaryDeclared { input }, Lang::Zh) => {
                format!("本轮的通报声明数字取自 {input}，并与各单位之和核对")
            }
            (Self::SummaryDeclared { input }, Lang::En) => {
                format!("the round's declared figures are taken from {input} and checked against the sum of the units")
            }
            (Self::Dropped { what, input }, Lang::Zh) => {
                let what = if *what == "next_steps" { "下一步工作安排" } else { "联系方式" };
                format!("{input} 的{what}未并入本轮汇总")
            }
            (Self::Dropped { what, input }, Lang::En) => {
                let what = if *what == "next_steps" { "next steps" } else { "contact" };
                format!("the {what} of {input} is not carried into the round")
            }
        }
    }
}

/// Why a merge cannot be made.
#[derive(Debug, Clone, PartialEq)]
pub enum MergeError {
    /// Nothing to merge.
    NoInputs,
    /// The same unit in two inputs, and `latest` was not asked for.
    DuplicateUnit {
        /// The unit's name.
        unit: String,
        /// The first input naming it.
        first: String,
        /// The second input naming it.
        second: String,
    },
}

impl MergeError {
    /// The error in words.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (Self::NoInputs, Lang::Zh) => "没有要合并的数据集。".to_owned(),
            (Self::NoInputs, Lang::En) => "there is no dataset to merge.".to_owned(),
            (Self::DuplicateUnit { unit, first, second }, Lang::Zh) => format!(
                "单位“{unit}”同时出现在 {first} 和 {second} 中。若后者是较新的通报，请加 --latest 只保留最新的一份。"
            ),
            (Self::DuplicateUnit { unit, first, second }, Lang::En) => format!(
                "the unit “{unit}” is in both {first} and {second}. If one is a later report, add --latest to keep only the most recent."
            ),
        }
    }
}

/// The date a report speaks for, to tell which of two is the more recent: its as-of date, else its publication.
fn report_date(report: &Report) -> Option<crate::date::PartialDate> {
    report.as_of.or(report.published)
}

/// Merges `inputs` into one round.
pub fn merge(inputs: Vec<MergeInput>, options: MergeOptions) -> Result<Merged, MergeError> {
    let mut decisions = Vec::new();
    let inputs = without_duplicate_units(inputs, options.latest, &mut decisions)?;
    let Some(first) = inputs.first() else { return Err(MergeError::NoInputs) };

    let mut round = Dataset {
        format_version: FORMAT_VERSION,
        report: round_report(first, &inputs, &options, &mut decisions),
        units: Vec::new(),
        statuses: Vec::new(),
        categories: Vec::new(),
        sections: Vec::new(),
        problems: Vec::new(),
        declared: Declared::default(),
        next_steps: None,
        contact: None,
    };
    let status_ids = shared_statuses(&inputs, &mut round.statuses, &mut decisions);

    for (i, input) in inputs.iter().enumerate() {
        let prefix = format!("{}-", i + 1);
        if inputs.len() > 1 {
            decisions.push(Decision::Prefixed { input: input.name.clone(), prefix: prefix.clone() });
        }
        let id = |old: &str| format!("{prefix}{old}");
        let status = |old: &str| status_ids.get(&(i, old.to_owned())).cloned().unwrap_or_else(|| id(old));
        let dataset = &input.dataset;
        let only_unit = (dataset.units.len() == 1).then(|| id(&dataset.units[0].id));
        for unit in &dataset.units {
            let mut unit = unit.clone();
            unit.id = id(&unit.id);
            // One unit's report: its declared figures are the unit's.
            if dataset.units.len() == 1 && unit.declared.is_none() && !dataset.declared.is_empty() {
                unit.declared = Some(dataset.declared.clone());
            }
            if let Some(declared) = &mut unit.declared {
                for count in &mut declared.by_status {
                    count.status = status(&count.status);
                }
            }
            round.units.push(unit);
        }
        for category in &dataset.categories {
            let mut category = category.clone();
            category.id = id(&category.id);
            round.categories.push(category);
        }
        for section in &dataset.sections {
            let mut section = section.clone();
            section.id = id(&section.id);
            round.sections.push(section);
        }
        for problem in &dataset.problems {
            let mut problem = problem.clone();
            problem.id = id(&problem.id);
            problem.unit = problem.unit.as_deref().map(id).or_else(|| only_unit.clone());
            problem.category = id(&problem.category);
            problem.section = problem.section.as_deref().map(id);
            problem.status = status(&problem.status);
            for item in &mut problem.sub_items {
                item.status = item.status.as_deref().map(status);
            }
            round.problems.push(problem);
        }
        for (what, present) in [("next_steps", dataset.next_steps.is_some()), ("contact", dataset.contact.is_some())] {
            if present && inputs.len() > 1 {
                decisions.push(Decision::Dropped { what, input: input.name.clone() });
            }
        }
    }
    if inputs.len() == 1 {
        round.next_steps = first.dataset.next_steps.clone();
        round.contact = first.dataset.contact.clone();
    }
    if let Some(summary) = &options.summary {
        round.declared = summary_declared(summary, &round.statuses);
        decisions.push(Decision::SummaryDeclared { input: summary.name.clone() });
    }
    Ok(Merged { dataset: round, decisions })
}

/// The inputs without a unit named twice: an error, or with `latest` the more recent report kept.
fn without_duplicate_units(
    inputs: Vec<MergeInput>,
    latest: bool,
    decisions: &mut Vec<Decision>,
) -> Result<Vec<MergeInput>, MergeError> {
    let mut kept: Vec<MergeInput> = Vec::new();
    for input in inputs {
        let clash = kept.iter().position(|earlier| {
            earlier.dataset.units.iter().any(|u| input.dataset.units.iter().any(|v| v.name.trim() == u.name.trim()))
        });
        let Some(at) = clash else {
            kept.push(input);
            continue;
        };
        let unit = input
            .dataset
            .units
            .iter()
            .find(|v| kept[at].dataset.units.iter().any(|u| u.name.trim() == v.name.trim()))
            .map(|u| u.name.clone())
            .unwrap_or_default();
        if !latest {
            return Err(MergeError::DuplicateUnit { unit, first: kept[at].name.clone(), second: input.name });
        }
        let day = |input: &MergeInput| report_date(&input.dataset.report).map(|d| d.last_day());
        let newer = day(&input) > day(&kept[at]);
        let (kept_name, dropped_name) = if newer {
            (input.name.clone(), kept[at].name.clone())
        } else {
            (kept[at].name.clone(), input.name.clone())
        };
        decisions.push(Decision::DuplicateDropped { unit, kept: kept_name, dropped: dropped_name });
        if newer {
            kept[at] = input;
        }
    }
    Ok(kept)
}

/// The round's report: title and issuer from the options or the first input, the latest dates of all.
fn round_report(
    first: &MergeInput,
    inputs: &[MergeInput],
    options: &MergeOptions,
    decisions: &mut Vec<Decision>,
) -> Report {
    let mut report = first.dataset.report.clone();
    match &options.title {
        Some(title) => report.title = title.clone(),
        None if inputs.len() > 1 => decisions.push(Decision::TakenFrom { field: "title", input: first.name.clone() }),
        None => {}
    }
    match &options.issuer {
        Some(issuer) => report.issuer = issuer.clone(),
        None if inputs.len() > 1 => decisions.push(Decision::TakenFrom { field: "issuer", input: first.name.clone() }),
        None => {}
    }
    // The inspections of a round's units: on site from the first start to the last end (deadlines are audited
    // against it), the teams named together, a feedback date only where all agree.
    let inspections: Vec<&crate::model::Inspection> = inputs.iter().map(|i| &i.dataset.report.inspection).collect();
    let start = inspections.iter().filter_map(|i| i.period.map(|p| p.start)).min_by_key(|d| d.first_day());
    let end = inspections.iter().filter_map(|i| i.period.map(|p| p.end)).max_by_key(|d| d.last_day());
    report.inspection.period = start.zip(end).map(|(start, end)| crate::date::DateRange { start, end });
    let mut teams: Vec<&str> = Vec::new();
    for inspection in &inspections {
        if !teams.contains(&inspection.team.as_str()) {
            teams.push(&inspection.team);
        }
    }
    if teams.len() > 1 {
        report.inspection.team = teams.join("、");
    }
    if inspections.iter().any(|i| i.feedback_date != report.inspection.feedback_date) {
        report.inspection.feedback_date = None;
    }
    report.as_of = inputs.iter().filter_map(|i| i.dataset.report.as_of).max_by_key(|d| d.last_day());
    report.published = inputs.iter().filter_map(|i| i.dataset.report.published).max_by_key(|d| d.last_day());
    if inputs.len() > 1 {
        report.narrative = Vec::new();
        let names: Vec<&str> = inputs.iter().map(|i| i.name.as_str()).collect();
        report.source = Some(Source {
            description: format!("由 zhenggai merge 从 {} 份通报的数据合并：{}。", inputs.len(), names.join("、")),
            url: None,
            retrieved: None,
        });
    }
    report
}

/// The round's statuses: one per (label, kind) shared by several inputs, else one per input's status, ordered by
/// kind, then first use. Returns the new id of each (input, old id).
fn shared_statuses(
    inputs: &[MergeInput],
    statuses: &mut Vec<Status>,
    decisions: &mut Vec<Decision>,
) -> HashMap<(usize, String), String> {
    let mut users: HashMap<(String, StatusKind), Vec<usize>> = HashMap::new();
    for (i, input) in inputs.iter().enumerate() {
        for status in &input.dataset.statuses {
            let entry = users.entry((status.label.trim().to_owned(), status.kind)).or_default();
            if !entry.contains(&i) {
                entry.push(i);
            }
        }
    }
    let mut ids = HashMap::new();
    let mut made: HashMap<(String, StatusKind), String> = HashMap::new();
    let mut first_use = Vec::new();
    for (i, input) in inputs.iter().enumerate() {
        for status in &input.dataset.statuses {
            let key = (status.label.trim().to_owned(), status.kind);
            let shared = users.get(&key).is_some_and(|u| u.len() > 1);
            let id = if shared {
                if let Some(id) = made.get(&key) {
                    id.clone()
                } else {
                    let id = unique_id(statuses, &status.id);
                    made.insert(key.clone(), id.clone());
                    decisions.push(Decision::StatusShared {
                        label: status.label.clone(),
                        inputs: users.get(&key).map_or(0, Vec::len),
                    });
                    first_use.push((status.kind, first_use.len(), Status { id: id.clone(), ..status.clone() }));
                    statuses.push(Status { id: id.clone(), ..status.clone() });
                    id
                }
            } else {
                let id = if inputs.len() > 1 { format!("{}-{}", i + 1, status.id) } else { status.id.clone() };
                first_use.push((status.kind, first_use.len(), Status { id: id.clone(), ..status.clone() }));
                statuses.push(Status { id: id.clone(), ..status.clone() });
                id
            };
            ids.insert((i, status.id.clone()), id);
        }
    }
    // Most finished kinds first, then in order of first use.
    first_use.sort_by_key(|(kind, order, _)| (*kind, *order));
    *statuses = first_use
        .into_iter()
        .enumerate()
        .map(|(order, (_, _, status))| Status { order: order as i32 + 1, ..status })
        .collect();
    ids
}

/// A status id not yet used: `done`, else `done-2`, `done-3` ….
fn unique_id(statuses: &[Status], wanted: &str) -> String {
    let base = wanted.rsplit_once('-').filter(|(_, n)| n.parse::<u32>().is_ok()).map_or(wanted, |(b, _)| b);
    let taken = |id: &str| statuses.iter().any(|s| s.id == id);
    if !taken(base) {
        return base.to_owned();
    }
    (2..).map(|n| format!("{base}-{n}")).find(|id| !taken(id)).unwrap_or_else(|| base.to_owned())
}

/// The summary's declared figures with its statuses mapped onto the round's of the same label and kind; a count of
/// a status the round does not have is left out (the audit then compares only what it can).
fn summary_declared(summary: &MergeInput, statuses: &[Status]) -> Declared {
    let mut declared = summary.dataset.declared.clone();
    declared.by_status = declared
        .by_status
        .into_iter()
        .filter_map(|mut count| {
            let theirs = summary.dataset.statuses.iter().find(|s| s.id == count.status)?;
            let ours = statuses.iter().find(|s| s.label.trim() == theirs.label.trim() && s.kind == theirs.kind)?;
            count.status = ours.id.clone();
            Some(count)
        })
        .collect();
    declared
}
