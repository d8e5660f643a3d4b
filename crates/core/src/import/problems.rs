//! The importer's problems phase: each problem as the dataset holds it, with its status id, its sub-items, and
//! the metrics, regulations and deadlines read from its measures.

use std::collections::HashMap;

use crate::load::finding::{Finding, FindingKind};
use crate::model::{Deadline, Metric, Problem, Regulation, SubItem};

use super::facts;
use super::labels::{StatusLabels, sub_item_label};
use super::structure::{Doc, RawProblem, RawSubItem};
use super::{Recognised, Recognition};

/// The editorial notes the importer adds, by problem index: how a class was promoted, how a category was guessed.
pub(super) struct EditorialNotes {
    pub classes: HashMap<usize, String>,
    pub orphans: HashMap<usize, String>,
}

impl EditorialNotes {
    /// The note of problem `index`, both parts when it has both.
    fn take(&mut self, index: usize) -> Option<String> {
        match (self.classes.remove(&index), self.orphans.remove(&index)) {
            (Some(class), Some(orphan)) => Some(format!("{class}{orphan}")),
            (class, orphan) => class.or(orphan),
        }
    }
}

/// The facts read from a list of measures.
struct Facts {
    metrics: Vec<Metric>,
    regulations: Vec<Regulation>,
    deadlines: Vec<Deadline>,
}

impl Facts {
    /// Reads `measures`, dates without a year in `year`; deadlines whose year cannot be told go to `unresolved`.
    fn read(measures: &[String], year: Option<u16>, unresolved: &mut Vec<String>) -> Self {
        let mut found = Self { metrics: Vec::new(), regulations: Vec::new(), deadlines: Vec::new() };
        for paragraph in measures {
            found.metrics.extend(facts::metrics(paragraph));
            found.regulations.extend(facts::regulations(paragraph));
            found.deadlines.extend(facts::deadlines(paragraph, year, unresolved));
        }
        found
    }
}

/// Every problem of `doc`, numbered `p01`, `p02`…, recording the facts found and warning of each deadline whose
/// year the text does not tell.
pub(super) fn problems(
    doc: &Doc,
    labels: &StatusLabels,
    year: Option<u16>,
    mut notes: EditorialNotes,
    recognised: &mut Vec<Recognised>,
    warnings: &mut Vec<Finding>,
) -> Vec<Problem> {
    let mut unresolved_deadlines = Vec::new();
    let mut problems = Vec::with_capacity(doc.problems.len());
    for (index, (raw, label)) in doc.problems.iter().zip(&labels.per_problem).enumerate() {
        let facts = Facts::read(&raw.measures, year, &mut unresolved_deadlines);
        let sub_items: Vec<SubItem> =
            raw.sub_items.iter().map(|item| sub_item(item, labels, year, &mut unresolved_deadlines)).collect();
        recognise_facts(raw, &facts, &sub_items, recognised);
        for text in unresolved_deadlines.drain(..) {
            warnings.push(Finding {
                path: format!("$.problems[{index}].deadlines"),
                position: Some((raw.line, 1)),
                kind: FindingKind::ImportDeadlineYearUnknown { text },
            });
        }
        problems.push(Problem {
            id: format!("p{:02}", index + 1),
            unit: None,
            category: raw.category.map(|c| format!("c{}", c + 1)).unwrap_or_default(),
            section: raw.section.and_then(|s| doc.sections.get(s)).map(|s| s.id.clone()),
            number: raw.number.clone(),
            title: raw.title.clone(),
            status: labels.id_of(label),
            measures: raw.measures.clone(),
            sub_items,
            metrics: facts.metrics,
            regulations: facts.regulations,
            deadlines: facts.deadlines,
            editorial_note: notes.take(index),
        });
    }
    problems
}

fn sub_item(item: &RawSubItem, labels: &StatusLabels, year: Option<u16>, unresolved: &mut Vec<String>) -> SubItem {
    let facts = Facts::read(&item.measures, year, unresolved);
    SubItem {
        number: item.number.clone(),
        title: item.title.clone(),
        status: sub_item_label(item).map(|label| labels.id_of(&label)),
        measures: item.measures.clone(),
        metrics: facts.metrics,
        regulations: facts.regulations,
        deadlines: facts.deadlines,
    }
}

/// Records the metrics, regulations and deadlines of a problem and its sub-items, at the problem's line.
fn recognise_facts(raw: &RawProblem, facts: &Facts, sub_items: &[SubItem], recognised: &mut Vec<Recognised>) {
    for m in facts.metrics.iter().chain(sub_items.iter().flat_map(|i| &i.metrics)) {
        recognised.push(Recognised::new(Recognition::Metric, raw.line, m.text.clone()));
    }
    for r in facts.regulations.iter().chain(sub_items.iter().flat_map(|i| &i.regulations)) {
        recognised.push(Recognised::new(Recognition::Regulation { action: r.action }, raw.line, r.title.clone()));
    }
    for d in facts.deadlines.iter().chain(sub_items.iter().flat_map(|i| &i.deadlines)) {
        recognised.push(Recognised::new(Recognition::Deadline, raw.line, format!("{} {}", d.due, d.text)));
    }
}
