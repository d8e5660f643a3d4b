//! The consistency audit: what the report declares about itself, checked against the problems as encoded.
//!
//! Reports state their own totals ("15个具体问题，已完成整改1个…"). When those disagree with the per-problem
//! statuses, a reader deserves to know; these are warnings, since the data may still be right and the report wrong.

use crate::analysis::tally::{Tally, percent};
use crate::load::finding::{Counted, Finding, FindingKind};
use crate::model::{Declared, StatusKind};
use crate::valid::ValidDataset;

/// Every consistency warning for a validated dataset.
pub fn audit(data: &ValidDataset) -> Vec<Finding> {
    let dataset = data.dataset();
    let mut warnings = Vec::new();

    let everything = Tally::all(data);
    audit_declared(data, &dataset.declared, "$.declared", &everything, dataset.categories.len(), &mut warnings);
    // Each unit's problems, gathered in one pass: scanning every problem for every unit would make a round of
    // many units quadratic (100,000 one-problem units took 13 s).
    let mut by_unit: Vec<Vec<usize>> = vec![Vec::new(); dataset.units.len()];
    for p in 0..data.problems().len() {
        let u = data.unit_of(p);
        if dataset.units[u].declared.is_some() {
            by_unit[u].push(p);
        }
    }
    for (u, unit) in dataset.units.iter().enumerate() {
        if let Some(declared) = &unit.declared {
            let tally = Tally::of_one_unit(data, by_unit[u].iter().copied());
            let categories = tally.by_category.iter().filter(|&&n| n > 0).count();
            audit_declared(data, declared, &format!("$.units[{u}].declared"), &tally, categories, &mut warnings);
        }
    }
    for (c, category) in dataset.categories.iter().enumerate() {
        if let Some(declared) = category.declared_problems {
            push_mismatch(
                &mut warnings,
                format!("$.categories[{c}].declared_problems"),
                Counted::Category(category.title.clone()),
                declared,
                everything.by_category[c],
            );
        }
    }
    audit_deadlines(data, &mut warnings);
    warnings
}

fn audit_declared(
    data: &ValidDataset,
    declared: &Declared,
    path: &str,
    tally: &Tally,
    categories: usize,
    warnings: &mut Vec<Finding>,
) {
    let statuses = &data.dataset().statuses;
    if data.problems().is_empty() {
        // A summary-only report (the figures without a problem-by-problem list): there is nothing to count the
        // figures against, only the figures against each other.
        audit_summary_only(declared, path, warnings);
        return;
    }
    if let Some(problems) = declared.problems {
        push_mismatch(warnings, format!("{path}.problems"), Counted::Problems, problems, tally.total);
    }
    if let Some(declared_categories) = declared.categories {
        push_mismatch(warnings, format!("{path}.categories"), Counted::Categories, declared_categories, categories);
    }
    for (k, count) in declared.by_status.iter().enumerate() {
        // References were checked on load, so the status exists.
        if let Some(s) = statuses.iter().position(|s| s.id == count.status) {
            let counted = Counted::Status(statuses[s].label.clone());
            push_mismatch(warnings, format!("{path}.by_status[{k}].count"), counted, count.count, tally.by_status[s]);
        }
    }
    if let Some(rate) = declared.completion_rate {
        let done = percent(tally.kind(StatusKind::Done), tally.total);
        let done_or_mostly = percent(tally.kind(StatusKind::Done) + tally.kind(StatusKind::MostlyDone), tally.total);
        // Reports round to whole percent; allow for that either way.
        if (rate - done).abs() > 1.0 && (rate - done_or_mostly).abs() > 1.0 {
            warnings.push(Finding::at(
                format!("{path}.completion_rate"),
                FindingKind::RateMismatch { declared: rate, done, done_or_mostly },
            ));
        }
    }
    audit_settled_pairs(declared, path, warnings);
}

/// Settled items never exceed their totals.
fn audit_settled_pairs(declared: &Declared, path: &str, warnings: &mut Vec<Finding>) {
    let settled_pairs = [
        ("measures", declared.measures),
        ("petitions", declared.petitions),
        ("immediate_rectification", declared.immediate_rectification),
    ];
    for (field, pair) in settled_pairs {
        if let Some(pair) = pair
            && let Some(settled) = pair.settled
            && settled > pair.total
        {
            warnings.push(Finding::at(
                format!("{path}.{field}"),
                FindingKind::SettledExceedsTotal { total: pair.total, settled },
            ));
        }
    }
}

/// What can be compared in a report that declares figures but lists no problems: the counts by status against
/// the total, and settled items against their totals.
fn audit_summary_only(declared: &Declared, path: &str, warnings: &mut Vec<Finding>) {
    let sum: u64 = declared.by_status.iter().map(|c| u64::from(c.count)).sum();
    if let Some(total) = declared.problems
        && sum > u64::from(total)
    {
        warnings.push(Finding::at(format!("{path}.by_status"), FindingKind::StatusSumExceedsTotal { total, sum }));
    }
    audit_settled_pairs(declared, path, warnings);
}

fn push_mismatch(warnings: &mut Vec<Finding>, path: String, counted: Counted, declared: u32, actual: usize) {
    if declared as usize != actual {
        warnings.push(Finding::at(
            path,
            FindingKind::CountMismatch { counted, declared: u64::from(declared), actual: actual as u64 },
        ));
    }
}

fn audit_deadlines(data: &ValidDataset, warnings: &mut Vec<Finding>) {
    let Some(period) = data.dataset().report.inspection.period else {
        return;
    };
    let start = period.start.first_day();
    // Paths are written only for a deadline in error: one `format!` per deadline was most of this audit's time on a
    // round of 100,000 problems.
    for (p, problem) in data.problems().iter().enumerate() {
        let own = problem.deadlines.iter().enumerate().map(|(d, deadline)| (None, d, deadline));
        let items =
            problem.sub_items.iter().enumerate().flat_map(|(i, item)| {
                item.deadlines.iter().enumerate().map(move |(d, deadline)| (Some(i), d, deadline))
            });
        for (item, d, deadline) in own.chain(items) {
            if deadline.due.last_day() < start {
                let path = match item {
                    None => format!("$.problems[{p}].deadlines[{d}].due"),
                    Some(i) => format!("$.problems[{p}].sub_items[{i}].deadlines[{d}].due"),
                };
                warnings.push(Finding::at(
                    path,
                    FindingKind::DeadlineBeforeInspection {
                        due: deadline.due.to_string(),
                        inspection_start: period.start.to_string(),
                    },
                ));
            }
        }
    }
}
