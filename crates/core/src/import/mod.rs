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

mod categories;
mod clean;
mod dates;
#[cfg(feature = "docx")]
pub mod docx;
mod facts;
pub mod html;
mod labels;
mod problems;
mod scan;
mod shape;
mod status;
mod structure;
mod summary;

use std::collections::HashSet;

use serde::Serialize;

use crate::load::finding::{Finding, FindingKind};
use crate::model::{
    Category, Dataset, Declared, FORMAT_VERSION, Inspection, Problem, RegulationAction, Report, Section, Source,
    StatusCount, StatusKind, Unit,
};

use dates::ReportDates;
use labels::StatusLabels;
use problems::EditorialNotes;

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
    /// The report's title.
    Title,
    /// Who issued it (the signature, or the title's first words).
    Issuer,
    /// The publication date.
    Published,
    /// The date the progress is reported as of (截至…).
    AsOf,
    /// The date the inspection's findings were fed back.
    FeedbackDate,
    /// The inspection's dates.
    InspectionPeriod,
    /// The inspection team.
    InspectionTeam,
    /// The unit inspected.
    Unit,
    /// A narrative section (opening, summary, closing).
    Narrative,
    /// A section heading (一、…).
    Section,
    /// A category of problems (方面).
    Category,
    /// A problem.
    Problem,
    /// A third-level item of a problem.
    SubItem,
    /// A status of the vocabulary, with the kind guessed from its words.
    Status {
        /// The kind its words say.
        status_kind: StatusKind,
        /// False when the kind is a fallback guess.
        certain: bool,
    },
    /// A problem's measures (整改情况).
    Measures,
    /// A sentence with declared figures.
    Summary,
    /// A figure achieved ("清退资金 120 万元").
    Metric,
    /// A rule issued, revised or abolished.
    Regulation {
        /// Which of the three.
        action: RegulationAction,
    },
    /// A deadline still open.
    Deadline,
    /// The channel for public supervision.
    Contact,
    /// The next-steps section.
    NextSteps,
    /// One of the next steps.
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

/// Imports the text of one report, in phases: the text cleaned, its structure parsed, classes promoted, the dates
/// resolved, the declared figures read, the statuses labelled, orphans given a category, the problems built with
/// their facts, and the dataset assembled and audited. Never panics; the dataset always validates.
pub fn import_text(text: &str) -> ImportReport {
    let mut recognised = Vec::new();
    let mut warnings = Vec::new();
    let paragraphs = clean::clean(text, &mut recognised);
    let mut doc = structure::parse(&paragraphs, &mut recognised);
    let class_notes = categories::promote_problems_under_classes(&mut doc);

    // Dates first: everything printed without a year is resolved against the report's year.
    let report_facts = facts::report_facts(&doc.narrative_paragraphs);
    let dates = ReportDates::resolve(&doc, &report_facts);
    dates.recognise(&mut recognised);
    for (what, found) in [
        (Recognition::InspectionTeam, report_facts.team.clone()),
        (Recognition::Unit, report_facts.unit.as_ref().map(|(l, name, _)| (*l, name.clone()))),
    ] {
        if let Some((line, text)) = found {
            recognised.push(Recognised::new(what, line, text));
        }
    }

    let declared = summary::declared(&doc.narrative_paragraphs, &mut recognised);
    let labels = StatusLabels::read(&doc, &declared, &mut recognised, &mut warnings);
    let orphan_notes = categories::assign_orphan_categories(&mut doc, &mut warnings);
    let notes = EditorialNotes { classes: class_notes, orphans: orphan_notes };
    let problems = problems::problems(&doc, &labels, dates.year, notes, &mut recognised, &mut warnings);
    if problems.is_empty() {
        let summary_only = declared.problems.is_some() || !declared.by_status.is_empty();
        let kind = if summary_only { FindingKind::ImportSummaryOnly } else { FindingKind::ImportNoProblems };
        warnings.push(Finding::at("$.problems", kind));
    }

    let unplaced = std::mem::take(&mut doc.unplaced);
    let dataset = assemble(doc, &report_facts, &dates, declared, labels, problems);
    audit(dataset, recognised, unplaced, warnings)
}

/// The dataset of the phases' results.
fn assemble(
    mut doc: structure::Doc,
    report_facts: &facts::ReportFacts,
    dates: &ReportDates,
    declared: summary::RawDeclared,
    labels: StatusLabels,
    problems: Vec<Problem>,
) -> Dataset {
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
    let issuer = issuer(&doc);
    let (name, short_name) = match &report_facts.unit {
        Some((_, name, short)) => (name.clone(), short.clone()),
        None => (issuer.clone().unwrap_or_else(|| "未注明单位".to_owned()), None),
    };
    let unit = Unit { id: "u1".to_owned(), name, short_name, declared: None };
    let report = report(&mut doc, issuer, report_facts, dates);
    Dataset {
        format_version: FORMAT_VERSION,
        report,
        units: vec![unit],
        declared: declared_figures(declared, &labels),
        statuses: labels.vocabulary.into_iter().map(|(s, _)| s).collect(),
        categories,
        sections,
        problems,
        next_steps: doc.next_steps.take().filter(|n| !n.items.is_empty() || !n.intro.is_empty()),
        contact: facts::contact(&doc.contact),
    }
}

/// Who issued the report: as printed, else the title's words before "关于".
fn issuer(doc: &structure::Doc) -> Option<String> {
    let title = doc.title.as_ref().map(|(_, t)| t.as_str());
    doc.issuer
        .as_ref()
        .map(|(_, s)| s.clone())
        .or_else(|| title.and_then(|t| t.split_once("关于")).map(|(issuer, _)| issuer.trim().to_owned()))
        .filter(|s| !s.is_empty())
}

/// The report's own description: title, issuer, the inspection and the dates.
fn report(
    doc: &mut structure::Doc,
    issuer: Option<String>,
    report_facts: &facts::ReportFacts,
    dates: &ReportDates,
) -> Report {
    let title = doc.title.as_ref().map(|(_, t)| t.clone());
    let whole_text: String = title
        .iter()
        .cloned()
        .chain(doc.narrative_paragraphs.iter().map(|(_, p)| p.clone()))
        .collect::<Vec<_>>()
        .join("\n");
    let team = report_facts.team.as_ref().map(|(_, t)| t.clone());
    Report {
        title: title.unwrap_or_else(|| "未识别的通报标题".to_owned()),
        issuer: issuer.unwrap_or_else(|| "未注明".to_owned()),
        language: Some("zh-CN".to_owned()),
        inspection: Inspection {
            kind: facts::inspection_kind(&whole_text),
            commissioned_by: team.as_deref().and_then(facts::commissioned_by),
            team: team.unwrap_or_else(|| "未注明".to_owned()),
            period: dates.period.map(|(_, r)| r),
            feedback_date: dates.feedback.map(|(_, d)| d),
        },
        as_of: dates.as_of.map(|(_, d)| d),
        published: dates.published,
        source: Some(Source {
            description: "由 zhenggai import 从通报文本自动导入，未经人工核对。".to_owned(),
            url: None,
            retrieved: None,
        }),
        narrative: std::mem::take(&mut doc.narrative),
    }
}

/// The figures the report declares, its counts by status under the vocabulary's ids.
fn declared_figures(declared: summary::RawDeclared, labels: &StatusLabels) -> Declared {
    Declared {
        as_of: None,
        units: declared.units,
        categories: declared.categories,
        problems: declared.problems,
        by_status: labels
            .declared
            .iter()
            .map(|(label, count)| StatusCount { status: labels.id_of(label), count: *count })
            .collect(),
        completion_rate: declared.completion_rate,
        measures: declared.measures,
        petitions: declared.petitions,
        immediate_rectification: declared.immediate,
        documents_issued: declared.documents,
        meetings: declared.meetings,
        other: Vec::new(),
        source_text: declared.source_text,
    }
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
