//! The importer's status phase: the label each problem has (stated, found in its measures, taken from its
//! sub-items or its group), the labels the summary declares counts for, and the report's status vocabulary built
//! from them all.

use std::collections::{HashMap, HashSet};

use crate::load::finding::{Finding, FindingKind};
use crate::model::Status;

use super::STATUS_NOT_STATED;
use super::status;
use super::structure::{Doc, RawProblem, RawSubItem};
use super::summary::RawDeclared;
use super::{Recognised, Recognition};

/// The status labels of a report, and the vocabulary they make.
pub(super) struct StatusLabels {
    /// Each problem's label, in the order of the problems.
    pub per_problem: Vec<String>,
    /// The declared counts by status, each under the label the problems use for that status.
    pub declared: Vec<(String, u32)>,
    /// The report's statuses, each with whether its kind was certain (false: a fallback guess).
    pub vocabulary: Vec<(Status, bool)>,
    /// The status id of each label.
    ids: HashMap<String, String>,
}

impl StatusLabels {
    /// Labels the problems of `doc` and builds the vocabulary; a problem with no status anywhere gets
    /// [`STATUS_NOT_STATED`] and a warning, and each status whose kind is a guess gets a warning.
    pub(super) fn read(
        doc: &Doc,
        declared: &RawDeclared,
        recognised: &mut Vec<Recognised>,
        warnings: &mut Vec<Finding>,
    ) -> Self {
        let (mut labels, per_problem) = problem_labels(&doc.problems, warnings);
        let declared = declared_labels(declared, !doc.problems.is_empty(), &mut labels, warnings);
        if labels.is_empty() {
            labels.push(STATUS_NOT_STATED.to_owned());
        }
        let vocabulary = status::vocabulary(&labels);
        recognise_vocabulary(&doc.problems, &vocabulary, recognised, warnings);
        let ids = vocabulary.iter().map(|(s, _)| (s.label.clone(), s.id.clone())).collect();
        Self { per_problem, declared, vocabulary, ids }
    }

    /// The id of the status labelled `label` (empty for a label outside the vocabulary, which cannot happen).
    pub(super) fn id_of(&self, label: &str) -> String {
        self.ids.get(label).cloned().unwrap_or_default()
    }
}

/// The label printed for a sub-item, or found in its measures.
pub(super) fn sub_item_label(item: &RawSubItem) -> Option<String> {
    item.status.as_ref().map(|(_, l)| l.clone()).or_else(|| status::status_in_measures(&item.measures))
}

/// Every label in use (sub-items' and problems', in order) and each problem's own label.
fn problem_labels(problems: &[RawProblem], warnings: &mut Vec<Finding>) -> (Vec<String>, Vec<String>) {
    let mut labels = Vec::new();
    let mut per_problem = Vec::with_capacity(problems.len());
    for problem in problems {
        labels.extend(problem.sub_items.iter().filter_map(sub_item_label));
        let label = problem
            .status
            .as_ref()
            .map(|(_, l)| l.clone())
            .or_else(|| status::status_in_measures(&problem.measures))
            .or_else(|| least_finished_sub_item(problem))
            .or_else(|| problem.group_status.clone());
        let label = label.unwrap_or_else(|| {
            warnings.push(Finding {
                path: format!("$.problems[{}].status", per_problem.len()),
                position: Some((problem.line, 1)),
                kind: FindingKind::ImportStatusMissing { problem: problem.short_name() },
            });
            STATUS_NOT_STATED.to_owned()
        });
        labels.push(label.clone());
        per_problem.push(label);
    }
    (labels, per_problem)
}

/// The label of the least finished sub-item, for a problem whose status is only given per sub-item.
fn least_finished_sub_item(problem: &RawProblem) -> Option<String> {
    problem.sub_items.iter().filter_map(sub_item_label).max_by_key(|label| status::guess_kind(label).0)
}

/// The declared counts by status, each under the label in use that means the same ("已完成" for a declared
/// "完成"); a declared label no problem uses joins `labels`, with a warning when the report lists problems.
fn declared_labels(
    declared: &RawDeclared,
    has_problems: bool,
    labels: &mut Vec<String>,
    warnings: &mut Vec<Finding>,
) -> Vec<(String, u32)> {
    let mut seen = HashSet::new();
    let mut distinct: Vec<String> = labels.iter().filter(|label| seen.insert(label.as_str())).cloned().collect();
    let mut counts = Vec::with_capacity(declared.by_status.len());
    for (label, count, line) in &declared.by_status {
        let known = distinct.iter().find(|known| status::same_label(known, label)).cloned();
        let label = known.unwrap_or_else(|| {
            // In a summary-only report every declared status is one no problem has: nothing to warn about.
            if has_problems {
                warnings.push(Finding {
                    path: "$.declared.by_status".to_owned(),
                    position: Some((*line, 1)),
                    kind: FindingKind::ImportDeclaredStatusUnknown { label: label.clone() },
                });
            }
            labels.push(label.clone());
            distinct.push(label.clone());
            label.clone()
        });
        counts.push((label, *count));
    }
    counts
}

/// Records each status of the vocabulary at the first line it is printed on, warning of each guessed kind.
fn recognise_vocabulary(
    problems: &[RawProblem],
    vocabulary: &[(Status, bool)],
    recognised: &mut Vec<Recognised>,
    warnings: &mut Vec<Finding>,
) {
    let mut first_line_of_label: HashMap<&str, usize> = HashMap::new();
    for (line, label) in
        problems.iter().flat_map(|p| std::iter::once(&p.status).chain(p.sub_items.iter().map(|i| &i.status))).flatten()
    {
        first_line_of_label.entry(label.as_str()).or_insert(*line);
    }
    for (status, certain) in vocabulary {
        let line = first_line_of_label.get(status.label.as_str()).copied().unwrap_or(0);
        recognised.push(Recognised::new(
            Recognition::Status { status_kind: status.kind, certain: *certain },
            line,
            status.label.clone(),
        ));
        if !certain {
            warnings.push(Finding {
                path: "$.statuses".to_owned(),
                position: (line > 0).then_some((line, 1)),
                kind: FindingKind::ImportStatusKindGuessed {
                    label: status.label.clone(),
                    status_kind: status.kind.as_str().to_owned(),
                },
            });
        }
    }
}
