//! The importer: the plain text of a rectification-progress report (extracted from its PDF or web page) in, a
//! dataset plus an account of what was recognised, what could not be placed, and what deserves a look, out.
//!
//! - [`clean`]: extraction damage (asterisks, stray Latin words, traditional characters, page breaks);
//! - [`structure`]: headings and numbering → sections, categories, problems, sub-items, next steps;
//! - [`status`]: the status vocabulary and each status's kind;
//! - [`summary`]: the figures the report declares about itself;
//! - [`facts`]: metrics, regulations, deadlines, the report's dates, team, unit and contact.
//!
//! [`import_text`] never panics, and the dataset it returns always passes [`crate::load_str`]: the property tests
//! in `tests/import_properties.rs` hold it to that. Nothing fails silently: every paragraph it cannot place is in
//! [`ImportReport::unplaced`] with its line, and every declared figure that disagrees with the problems is a
//! warning (from the same consistency audit `zhenggai validate` runs).
//!
//! **A problem printed under no category** (the reference report's section 三) still needs one. The rule: if the
//! report has categories, the problem goes to the category (among the last [`GUESS_WINDOW`]) whose title and
//! problem titles share the most two-character words with the problem's title, ties going to the latest; if the
//! report has none, to a category named after the problem's section (one per section), or “未分类”. Either way the
//! problem gets an `editorial_note` and the import a warning, because the text did not say so.

mod clean;
#[cfg(feature = "docx")]
pub mod docx;
mod facts;
pub mod html;
mod scan;
mod shape;
mod status;
mod structure;
mod summary;

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use crate::load::finding::{Finding, FindingKind};
use crate::model::{
    Category, Dataset, Declared, FORMAT_VERSION, Inspection, Problem, RegulationAction, Report, Section, Source,
    StatusCount, StatusKind, SubItem, Unit,
};
use crate::{date::DateRange, date::PartialDate};

use structure::{RawCategory, RawProblem};

/// How many of the latest categories a problem printed under none is compared with.
pub const GUESS_WINDOW: usize = 50;

/// The status given to a problem for which the text states none.
pub const STATUS_NOT_STATED: &str = "未注明";

/// What [`import_text`] produced.
#[derive(Debug, Clone, Serialize)]
pub struct ImportReport {
    /// The dataset; it always passes [`crate::load_str`].
    pub dataset: Dataset,
    /// What was recognised, in order of discovery, each with its source line.
    pub recognised: Vec<Recognised>,
    /// Every paragraph that could not be placed, with its first source line.
    pub unplaced: Vec<UnplacedLine>,
    /// The consistency audit of the dataset plus the importer's own warnings (status guesses, categories assigned).
    pub warnings: Vec<Finding>,
}

/// One recognised item: what, where (1-based line of the source text) and a short text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Recognised {
    /// What was recognised.
    #[serde(flatten)]
    pub what: Recognition,
    /// The 1-based line in the source text.
    pub line: usize,
    /// A short quote, or for cleaning the change made (`辦 → 办`, `+ 11: …` for a joined line).
    pub text: String,
}

impl Recognised {
    pub(crate) fn new(what: Recognition, line: usize, text: impl Into<String>) -> Self {
        Self { what, line, text: text.into() }
    }
}

/// The kinds of things the importer recognises.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Recognition {
    /// Extraction damage repaired.
    Cleaned,
    Title,
    Issuer,
    Published,
    AsOf,
    FeedbackDate,
    InspectionPeriod,
    InspectionTeam,
    Unit,
    Narrative,
    Section,
    Category,
    Problem,
    SubItem,
    /// A status of the vocabulary, with the kind guessed from its words (`certain` false: a fallback guess).
    Status {
        status_kind: StatusKind,
        certain: bool,
    },
    Measures,
    /// A sentence with declared figures.
    Summary,
    Metric,
    Regulation {
        action: RegulationAction,
    },
    Deadline,
    Contact,
    NextSteps,
    NextStep,
}

impl Recognition {
    /// A stable snake_case name, for counting and display.
    pub fn name(&self) -> &'static str {
        match self {
            Self::Cleaned => "cleaned",
            Self::Title => "title",
            Self::Issuer => "issuer",
            Self::Published => "published",
            Self::AsOf => "as_of",
            Self::FeedbackDate => "feedback_date",
            Self::InspectionPeriod => "inspection_period",
            Self::InspectionTeam => "inspection_team",
            Self::Unit => "unit",
            Self::Narrative => "narrative",
            Self::Section => "section",
            Self::Category => "category",
            Self::Problem => "problem",
            Self::SubItem => "sub_item",
            Self::Status { .. } => "status",
            Self::Measures => "measures",
            Self::Summary => "summary",
            Self::Metric => "metric",
            Self::Regulation { .. } => "regulation",
            Self::Deadline => "deadline",
            Self::Contact => "contact",
            Self::NextSteps => "next_steps",
            Self::NextStep => "next_step",
        }
    }
}

/// A paragraph the importer could not place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UnplacedLine {
    /// The 1-based line of the source text where the paragraph starts.
    pub line: usize,
    /// The paragraph, cleaned.
    pub text: String,
}

/// Imports a report given either as plain text or as a web page's markup (a page saved as HTML): markup is first
/// read as the lines a reader sees ([`html::html_to_text`]), and the line numbers of the report then count in
/// those lines. Never panics; the dataset always validates.
pub fn import_any(input: &str) -> ImportReport {
    if html::looks_like_html(input) {
        let mut report = import_text(&html::html_to_text(input));
        report.recognised.insert(0, Recognised::new(Recognition::Cleaned, 1, "HTML → 文本"));
        report
    } else {
        import_text(input)
    }
}

/// Imports the text of one report. Never panics; the dataset always validates.
pub fn import_text(text: &str) -> ImportReport {
    let mut recognised = Vec::new();
    let paragraphs = clean::clean(text, &mut recognised);
    let mut doc = structure::parse(&paragraphs, &mut recognised);
    let mut class_notes = promote_problems_under_classes(&mut doc);
    let mut warnings = Vec::new();

    // Dates first: everything printed without a year is resolved against the report's year.
    let report_facts = facts::report_facts(&doc.narrative_paragraphs);
    let published = doc.published.as_ref().and_then(|(_, t)| facts::date_only(t)).and_then(|d| d.resolve(None));
    let report_year = published
        .map(PartialDate::year_part)
        .or_else(|| report_facts.period.and_then(|(_, start, _)| start.year))
        .or_else(|| report_facts.as_of.and_then(|(_, d)| d.year));
    // A month and day without a year after the publication date belong to the year before.
    let before_publication = |date: facts::DateMatch| {
        let resolved = date.resolve(report_year)?;
        match (published, date.year) {
            (Some(p), None) if resolved.first_day() > p.last_day() => date.resolve(report_year.map(|y| y - 1)),
            _ => Some(resolved),
        }
    };
    let as_of = report_facts.as_of.and_then(|(line, d)| before_publication(d).map(|date| (line, date)));
    let feedback = report_facts.feedback.and_then(|(line, d)| before_publication(d).map(|date| (line, date)));
    let period = report_facts.period.and_then(|(line, start, end)| {
        let start = start.resolve(report_year)?;
        let mut end_date = end.resolve(Some(start.year_part()))?;
        if end.year.is_none() && end_date.first_day() < start.first_day() {
            end_date = end.resolve(Some(start.year_part() + 1))?;
        }
        Some((line, DateRange { start, end: end_date }))
    });
    for (what, found) in [
        (Recognition::AsOf, as_of.map(|(l, d)| (l, d.to_string()))),
        (Recognition::FeedbackDate, feedback.map(|(l, d)| (l, d.to_string()))),
        (Recognition::InspectionPeriod, period.map(|(l, r)| (l, format!("{} – {}", r.start, r.end)))),
        (Recognition::InspectionTeam, report_facts.team.clone()),
        (Recognition::Unit, report_facts.unit.as_ref().map(|(l, name, _)| (*l, name.clone()))),
    ] {
        if let Some((line, text)) = found {
            recognised.push(Recognised::new(what, line, text));
        }
    }

    let raw_declared = summary::declared(&doc.narrative_paragraphs, &mut recognised);

    // Statuses: each problem's label (explicit, or found in its text), then summary labels no problem uses.
    let mut labels: Vec<String> = Vec::new();
    let mut problem_labels: Vec<String> = Vec::with_capacity(doc.problems.len());
    for problem in &doc.problems {
        for item in &problem.sub_items {
            if let Some(label) =
                item.status.as_ref().map(|(_, l)| l.clone()).or_else(|| status::status_in_measures(&item.measures))
            {
                labels.push(label);
            }
        }
        let label = problem
            .status
            .as_ref()
            .map(|(_, l)| l.clone())
            .or_else(|| status::status_in_measures(&problem.measures))
            .or_else(|| least_finished_sub_item(problem))
            .or_else(|| problem.group_status.clone());
        let label = label.unwrap_or_else(|| {
            warnings.push(Finding {
                path: format!("$.problems[{}].status", problem_labels.len()),
                position: Some((problem.line, 1)),
                kind: FindingKind::ImportStatusMissing { problem: problem_name(problem) },
            });
            STATUS_NOT_STATED.to_owned()
        });
        labels.push(label.clone());
        problem_labels.push(label);
    }
    let mut declared_labels: Vec<(String, u32)> = Vec::new();
    let mut distinct: Vec<&String> = Vec::new();
    let mut seen_labels = HashSet::new();
    for label in &labels {
        if seen_labels.insert(label) {
            distinct.push(label);
        }
    }
    let mut distinct: Vec<String> = distinct.into_iter().cloned().collect();
    for (label, count, line) in &raw_declared.by_status {
        let known = distinct.iter().find(|known| status::same_label(known, label)).cloned();
        let label = known.unwrap_or_else(|| {
            // In a summary-only report every declared status is one no problem has: nothing to warn about.
            if !doc.problems.is_empty() {
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
        declared_labels.push((label, *count));
    }
    if labels.is_empty() {
        labels.push(STATUS_NOT_STATED.to_owned());
    }
    let vocabulary = status::vocabulary(&labels);
    let mut first_line_of_label: HashMap<&str, usize> = HashMap::new();
    for (line, label) in doc
        .problems
        .iter()
        .flat_map(|p| std::iter::once(&p.status).chain(p.sub_items.iter().map(|i| &i.status)))
        .flatten()
    {
        first_line_of_label.entry(label.as_str()).or_insert(*line);
    }
    let status_line = |label: &str| first_line_of_label.get(label).copied().unwrap_or(0);
    for (status, certain) in &vocabulary {
        let line = status_line(&status.label);
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
    let status_id: HashMap<&str, &str> = vocabulary.iter().map(|(s, _)| (s.label.as_str(), s.id.as_str())).collect();
    let id_of = |label: &str| status_id.get(label).map(|id| (*id).to_owned()).unwrap_or_default();

    let mut orphan_notes = assign_orphan_categories(&mut doc, &mut warnings);

    let mut unresolved_deadlines = Vec::new();
    let mut problems = Vec::with_capacity(doc.problems.len());
    for (index, (raw, label)) in doc.problems.iter().zip(&problem_labels).enumerate() {
        let mut facts_of = |measures: &[String]| {
            let mut metrics = Vec::new();
            let mut regulations = Vec::new();
            let mut deadlines = Vec::new();
            for paragraph in measures {
                metrics.extend(facts::metrics(paragraph));
                regulations.extend(facts::regulations(paragraph));
                deadlines.extend(facts::deadlines(paragraph, report_year, &mut unresolved_deadlines));
            }
            (metrics, regulations, deadlines)
        };
        let (metrics, regulations, deadlines) = facts_of(&raw.measures);
        let sub_items: Vec<SubItem> = raw
            .sub_items
            .iter()
            .map(|item| {
                let (metrics, regulations, deadlines) = facts_of(&item.measures);
                let label =
                    item.status.as_ref().map(|(_, l)| l.clone()).or_else(|| status::status_in_measures(&item.measures));
                SubItem {
                    number: item.number.clone(),
                    title: item.title.clone(),
                    status: label.map(|l| id_of(&l)),
                    measures: item.measures.clone(),
                    metrics,
                    regulations,
                    deadlines,
                }
            })
            .collect();
        for m in metrics.iter().chain(sub_items.iter().flat_map(|i| &i.metrics)) {
            recognised.push(Recognised::new(Recognition::Metric, raw.line, m.text.clone()));
        }
        for r in regulations.iter().chain(sub_items.iter().flat_map(|i| &i.regulations)) {
            recognised.push(Recognised::new(Recognition::Regulation { action: r.action }, raw.line, r.title.clone()));
        }
        for d in deadlines.iter().chain(sub_items.iter().flat_map(|i| &i.deadlines)) {
            recognised.push(Recognised::new(Recognition::Deadline, raw.line, format!("{} {}", d.due, d.text)));
        }
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
            status: id_of(label),
            measures: raw.measures.clone(),
            sub_items,
            metrics,
            regulations,
            deadlines,
            editorial_note: match (class_notes.remove(&index), orphan_notes.remove(&index)) {
                (Some(class), Some(orphan)) => Some(format!("{class}{orphan}")),
                (class, orphan) => class.or(orphan),
            },
        });
    }
    if problems.is_empty() {
        let summary_only = raw_declared.problems.is_some() || !raw_declared.by_status.is_empty();
        let kind = if summary_only { FindingKind::ImportSummaryOnly } else { FindingKind::ImportNoProblems };
        warnings.push(Finding::at("$.problems", kind));
    }

    let used_sections: HashSet<&str> = problems.iter().filter_map(|p| p.section.as_deref()).collect();
    let sections: Vec<Section> = doc
        .sections
        .iter()
        .filter(|s| used_sections.contains(s.id.as_str()))
        .map(|s| Section { id: s.id.clone(), number: Some(s.number.clone()), title: s.title.clone() })
        .collect();
    let categories: Vec<Category> = doc
        .categories
        .iter()
        .enumerate()
        .map(|(c, raw)| Category {
            id: format!("c{}", c + 1),
            number: raw.number.clone(),
            title: raw.title.clone(),
            heading: raw.heading.clone(),
            declared_problems: raw.declared,
        })
        .collect();

    let declared = Declared {
        as_of: None,
        units: raw_declared.units,
        categories: raw_declared.categories,
        problems: raw_declared.problems,
        by_status: declared_labels
            .iter()
            .map(|(label, count)| StatusCount { status: id_of(label), count: *count })
            .collect(),
        completion_rate: raw_declared.completion_rate,
        measures: raw_declared.measures,
        petitions: raw_declared.petitions,
        immediate_rectification: raw_declared.immediate,
        documents_issued: raw_declared.documents,
        meetings: raw_declared.meetings,
        other: Vec::new(),
        source_text: raw_declared.source_text,
    };

    let title = doc.title.as_ref().map(|(_, t)| t.clone());
    let issuer = doc
        .issuer
        .as_ref()
        .map(|(_, s)| s.clone())
        .or_else(|| title.as_deref().and_then(|t| t.split_once("关于")).map(|(issuer, _)| issuer.trim().to_owned()))
        .filter(|s| !s.is_empty());
    let (unit_name, short_name) = match &report_facts.unit {
        Some((_, name, short)) => (name.clone(), short.clone()),
        None => (issuer.clone().unwrap_or_else(|| "未注明单位".to_owned()), None),
    };
    let whole_text: String = title
        .iter()
        .cloned()
        .chain(doc.narrative_paragraphs.iter().map(|(_, p)| p.clone()))
        .collect::<Vec<_>>()
        .join("\n");
    let team = report_facts.team.as_ref().map(|(_, t)| t.clone());
    let dataset = Dataset {
        format_version: FORMAT_VERSION,
        report: Report {
            title: title.unwrap_or_else(|| "未识别的通报标题".to_owned()),
            issuer: issuer.unwrap_or_else(|| "未注明".to_owned()),
            language: Some("zh-CN".to_owned()),
            inspection: Inspection {
                kind: facts::inspection_kind(&whole_text),
                commissioned_by: team.as_deref().and_then(facts::commissioned_by),
                team: team.unwrap_or_else(|| "未注明".to_owned()),
                period: period.map(|(_, r)| r),
                feedback_date: feedback.map(|(_, d)| d),
            },
            as_of: as_of.map(|(_, d)| d),
            published,
            source: Some(Source {
                description: "由 zhenggai import 从通报文本自动导入，未经人工核对。".to_owned(),
                url: None,
                retrieved: None,
            }),
            narrative: std::mem::take(&mut doc.narrative),
        },
        units: vec![Unit { id: "u1".to_owned(), name: unit_name, short_name, declared: None }],
        statuses: vocabulary.into_iter().map(|(s, _)| s).collect(),
        categories,
        sections,
        problems,
        declared,
        next_steps: doc.next_steps.take().filter(|n| !n.items.is_empty() || !n.intro.is_empty()),
        contact: facts::contact(&doc.contact),
    };

    audit(dataset, recognised, doc.unplaced, warnings)
}

/// Runs the same reference checks and consistency audit as `zhenggai validate` (without the JSON round trip, see
/// [`crate::load::validate`]), so that declared figures that disagree with the problems become warnings.
fn audit(
    dataset: Dataset,
    recognised: Vec<Recognised>,
    unplaced: Vec<UnplacedLine>,
    mut warnings: Vec<Finding>,
) -> ImportReport {
    let dataset = match crate::load::validate(dataset) {
        Ok(loaded) => {
            warnings.extend(loaded.warnings);
            loaded.data.into_dataset()
        }
        // Cannot happen for a dataset built here (the property tests check it); if it did, say so.
        Err((dataset, errors)) => {
            warnings.extend(errors);
            *dataset
        }
    };
    ImportReport { dataset, recognised, unplaced, warnings }
}

/// "针对巡察中发现的四方面13类共27项问题": a report that counts classes (类) of problems numbers the classes `1.`
/// and the problems `(1)`. When the text says so, each `(1)` item under a `1.` becomes a problem of its category,
/// with its class in the editorial note; a class with no items stays as printed. Returns the notes by index.
fn promote_problems_under_classes(doc: &mut structure::Doc) -> HashMap<usize, String> {
    let mut notes = HashMap::new();
    let counts_classes = doc.narrative_paragraphs.iter().any(|(_, p)| {
        p.match_indices('类').any(|(at, _)| {
            let before_is_number =
                p[..at].chars().next_back().is_some_and(|c| scan::is_digit(c) || scan::chinese_digit(c).is_some());
            let after: String = p[at..].chars().take(8).collect();
            before_is_number && after.contains("问题")
        })
    });
    if !counts_classes || doc.problems.iter().all(|p| p.sub_items.is_empty()) {
        return notes;
    }
    let mut promoted = Vec::with_capacity(doc.problems.len());
    for class in std::mem::take(&mut doc.problems) {
        if class.sub_items.is_empty() {
            promoted.push(class);
            continue;
        }
        for item in &class.sub_items {
            notes.insert(promoted.len(), format!("通报将此问题列在“{}.{}”类下。", class.number, class.title));
            promoted.push(RawProblem {
                line: class.line,
                number: item.number.clone(),
                title: item.title.clone(),
                category: class.category,
                categories_before: class.categories_before,
                section: class.section,
                status: item.status.clone(),
                measures: item.measures.clone(),
                sub_items: Vec::new(),
                group_status: class.group_status.clone(),
            });
        }
    }
    doc.problems = promoted;
    notes
}

/// "1 关于…的问题" (shortened), for messages.
fn problem_name(problem: &RawProblem) -> String {
    scan::short(&format!("{}.{}", problem.number, problem.title), 30)
}

/// The label of the least finished sub-item, for a problem whose status is only given per sub-item.
fn least_finished_sub_item(problem: &RawProblem) -> Option<String> {
    problem
        .sub_items
        .iter()
        .filter_map(|item| {
            item.status.as_ref().map(|(_, l)| l.clone()).or_else(|| status::status_in_measures(&item.measures))
        })
        .max_by_key(|label| status::guess_kind(label).0)
}

/// Distinct pairs of adjacent CJK characters, packed and sorted: the "words" two titles can share.
fn bigrams(text: &str) -> Vec<u64> {
    let chars: Vec<char> = text.chars().filter(|&c| scan::is_cjk(c)).collect();
    let mut pairs: Vec<u64> = chars.windows(2).map(|w| (u64::from(w[0]) << 32) | u64::from(w[1])).collect();
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// How many of the sorted, distinct `a` are also in the sorted, distinct `b`.
fn shared(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut count) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                count += 1;
                i += 1;
                j += 1;
            }
        }
    }
    count
}

/// Gives every problem printed under no category a category, by the rule in the module documentation; returns
/// the editorial note of each such problem, by index.
fn assign_orphan_categories(doc: &mut structure::Doc, warnings: &mut Vec<Finding>) -> HashMap<usize, String> {
    let mut notes = HashMap::new();
    let real_categories = doc.categories.len();
    // Which problems each category holds, so that guessing stays linear in the number of problems.
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); real_categories];
    for (p, problem) in doc.problems.iter().enumerate() {
        if let Some(list) = problem.category.and_then(|c| members.get_mut(c)) {
            list.push(p);
        }
    }
    // Each category's two-character words, computed once and recomputed only when an orphan joins it.
    let mut cache: Vec<Option<Vec<u64>>> = vec![None; real_categories];
    let mut created_for_section: HashMap<Option<usize>, usize> = HashMap::new();
    for p in 0..doc.problems.len() {
        if doc.problems[p].category.is_some() {
            continue;
        }
        let problem = &doc.problems[p];
        let position = Some((problem.line, 1));
        let path = format!("$.problems[{p}].category");
        let before = problem.categories_before.min(real_categories);
        if before > 0 {
            let wanted = bigrams(&problem.title);
            let best = (before.saturating_sub(GUESS_WINDOW)..before)
                .map(|c| {
                    let words = cache[c].get_or_insert_with(|| {
                        let mut text = doc.categories[c].title.clone();
                        for &other in &members[c] {
                            text.push_str(&doc.problems[other].title);
                        }
                        bigrams(&text)
                    });
                    (shared(words, &wanted), c)
                })
                .max()
                .map(|(_, c)| c)
                .unwrap_or(before - 1);
            let category = category_label(&doc.categories[best]);
            notes.insert(
                p,
                format!(
                    "通报将此问题列在{}，未标明所属方面；导入程序按问题标题与各方面（及其问题标题）的共同用词，将其归入“{category}”，请核对。",
                    printed_under(doc, problem)
                ),
            );
            warnings.push(Finding {
                path,
                position,
                kind: FindingKind::ImportCategoryGuessed { problem: problem_name(problem), category },
            });
            doc.problems[p].category = Some(best);
            members[best].push(p);
            cache[best] = None;
        } else {
            let section = problem.section;
            let c = match created_for_section.get(&section) {
                Some(&c) => c,
                None => {
                    // Named and numbered after the section heading the problems are printed under.
                    // A section that names problems ("一、省级财政管理审计查出问题的整改情况", as audit reports
                    // print their categories) is the problems' category as printed, with its number.
                    let (number, title) = section
                        .and_then(|s| doc.sections.get(s))
                        .map(|s| (s.title.contains("问题").then(|| format!("{}、", s.number)), s.title.clone()))
                        .unwrap_or_else(|| (None, "未分类".to_owned()));
                    doc.categories.push(RawCategory { number, title, heading: None, declared: None });
                    created_for_section.insert(section, doc.categories.len() - 1);
                    doc.categories.len() - 1
                }
            };
            let category = category_label(&doc.categories[c]);
            notes.insert(
                p,
                format!(
                    "通报将此问题列在{}，未标明所属方面，且通报未列出任何方面；导入程序新建了方面“{category}”。",
                    printed_under(doc, problem)
                ),
            );
            warnings.push(Finding {
                path,
                position,
                kind: FindingKind::ImportCategoryCreated { problem: problem_name(problem), category },
            });
            doc.problems[p].category = Some(c);
        }
    }
    notes
}

/// "“三、长期整改 II 的整改事项”之下", or "正文中" for a problem outside any section.
fn printed_under(doc: &structure::Doc, problem: &RawProblem) -> String {
    problem
        .section
        .and_then(|s| doc.sections.get(s))
        .map(|s| format!("“{}、{}”之下", s.number, s.title))
        .unwrap_or_else(|| "正文中".to_owned())
}

fn category_label(category: &RawCategory) -> String {
    format!("{}{}", category.number.as_deref().unwrap_or_default(), category.title)
}
