//! The dataset format, version 1: plain serde types, one per JSON object.
//!
//! These types are the single source of truth for the format: `schema/dataset-v1.schema.json` is generated from
//! them (see [`crate::schema`]) and `docs/dataset.md` describes them. Every object rejects unknown fields, so a
//! typo in a data file is an error with a JSON path rather than a silently dropped value.
//!
//! References between objects are by id (`problem.status` names a `statuses[].id`); [`crate::load`] checks them
//! and builds the indices the rest of the code uses.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::date::{DateRange, PartialDate};

/// The only format version this build reads. [`crate::load`] says so plainly when a file declares another one.
pub const FORMAT_VERSION: u32 = 1;

/// A rectification-progress dataset: one 通报, or a whole inspection round of several units.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// Always `1` for this format. Later versions migrate older files on load.
    pub format_version: u32,
    /// What the report is, who issued it, and when.
    pub report: Report,
    /// The inspected units. A single report has one; a whole round has many.
    pub units: Vec<Unit>,
    /// The status vocabulary as the report prints it, in display order. Must not be empty.
    pub statuses: Vec<Status>,
    /// The categories (方面) in the report's order.
    pub categories: Vec<Category>,
    /// Optional report sections that group problems (e.g. "三、长期整改 II 的整改事项"), in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sections: Vec<Section>,
    /// The problems (具体问题), in the report's order.
    pub problems: Vec<Problem>,
    /// The summary figures the report itself declares, kept apart from the per-problem statuses so that the two
    /// can be compared.
    #[serde(default, skip_serializing_if = "Declared::is_empty")]
    pub declared: Declared,
    /// The next steps (下一步整改工作安排).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_steps: Option<NextSteps>,
    /// The channel for public supervision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
}

/// Report metadata.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// The title as printed, e.g. "中共邵阳经济技术开发区工作委员会关于巡视整改进展情况的通报".
    pub title: String,
    /// The issuing body (落款), e.g. "中共邵阳经济技术开发区工作委员会".
    pub issuer: String,
    /// BCP 47 language tag of the report text; `zh-CN` when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The inspection this report answers.
    pub inspection: Inspection,
    /// The date the progress is reported as of (截至…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<PartialDate>,
    /// The publication date (the date under the signature).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<PartialDate>,
    /// Where the text comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    /// Prose sections that are neither problems nor next steps, verbatim: the opening paragraph,
    /// "一、组织整改落实情况", and the like.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub narrative: Vec<NarrativeSection>,
}

/// The inspection (巡视 / 巡察) whose findings are being rectified.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Inspection {
    /// The kind of inspection.
    pub kind: InspectionKind,
    /// The inspection team, e.g. "省委第十五巡视组".
    pub team: String,
    /// The body that ordered the inspection, e.g. "省委".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commissioned_by: Option<String>,
    /// When the team was on site (e.g. 2023-03-10 to 2023-06-10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<DateRange>,
    /// When the team fed its findings back to the unit (反馈).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback_date: Option<PartialDate>,
}

/// The fixed set of inspection kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum InspectionKind {
    /// 巡视: by a provincial or central party committee.
    Xunshi,
    /// 巡察: by a city or county party committee.
    Xuncha,
    /// 延伸巡视: a 巡视 extended to a subordinate unit.
    ExtendedXunshi,
    /// 延伸巡察.
    ExtendedXuncha,
    /// 专项巡视 / 专项巡察 and other targeted inspections.
    Special,
}

impl InspectionKind {
    /// The Chinese name as reports print it.
    pub fn label_zh(self) -> &'static str {
        match self {
            Self::Xunshi => "巡视",
            Self::Xuncha => "巡察",
            Self::ExtendedXunshi => "延伸巡视",
            Self::ExtendedXuncha => "延伸巡察",
            Self::Special => "专项巡视巡察",
        }
    }

    /// The English name.
    pub fn label_en(self) -> &'static str {
        match self {
            Self::Xunshi => "inspection tour",
            Self::Xuncha => "local inspection",
            Self::ExtendedXunshi => "extended inspection tour",
            Self::ExtendedXuncha => "extended local inspection",
            Self::Special => "targeted inspection",
        }
    }
}

/// Where the report text was taken from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// A human description, e.g. the site or file the report was published as.
    pub description: String,
    /// The address of the original publication, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// When the text was taken.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retrieved: Option<PartialDate>,
}

/// A prose section kept verbatim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NarrativeSection {
    /// The heading as printed ("一、组织整改落实情况"); empty for the untitled opening paragraphs.
    #[serde(default)]
    pub heading: String,
    /// The paragraphs, verbatim.
    pub paragraphs: Vec<String>,
}

/// An inspected unit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    /// Unique id, referenced by `problems[].unit`.
    pub id: String,
    /// The full name, e.g. "邵阳经济技术开发区".
    pub name: String,
    /// The short name the report uses (以下简称…), e.g. "邵阳经开区".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_name: Option<String>,
    /// The figures this unit's own report declares, when a round holds several reports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub declared: Option<Declared>,
}

/// One status of the dataset's own vocabulary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Status {
    /// Unique id, referenced by `problems[].status`.
    pub id: String,
    /// The label exactly as the report prints it, e.g. "长期整改 I".
    pub label: String,
    /// Display order, smallest first.
    pub order: i32,
    /// What the status means, so charts and colours work with any report's words.
    pub kind: StatusKind,
}

/// The fixed set of semantic status kinds, from most to least finished.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum StatusKind {
    /// Rectification complete (完成, 已完成整改, 已整改销号).
    Done,
    /// Essentially complete (基本完成).
    MostlyDone,
    /// Under way (正在整改, 部分整改, 持续推进).
    InProgress,
    /// A long-term task (长期整改): measures in place, the goal needs years.
    LongTerm,
    /// Not done (未完成).
    NotDone,
}

impl StatusKind {
    /// Every kind, in order from most to least finished.
    pub const ALL: [StatusKind; 5] =
        [StatusKind::Done, StatusKind::MostlyDone, StatusKind::InProgress, StatusKind::LongTerm, StatusKind::NotDone];

    /// The kind's place in [`StatusKind::ALL`] (0 the most finished): the index of per-kind counts and colours.
    pub fn index(self) -> usize {
        match self {
            Self::Done => 0,
            Self::MostlyDone => 1,
            Self::InProgress => 2,
            Self::LongTerm => 3,
            Self::NotDone => 4,
        }
    }

    /// The stable identifier used in JSON, CSS classes and URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Done => "done",
            Self::MostlyDone => "mostly_done",
            Self::InProgress => "in_progress",
            Self::LongTerm => "long_term",
            Self::NotDone => "not_done",
        }
    }
}

/// A category (方面) of problems.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Category {
    /// Unique id, referenced by `problems[].category`.
    pub id: String,
    /// The printed number, e.g. "（一）".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// The category's name without numbering or prefix, e.g. "招商引资项目质量不够高".
    pub title: String,
    /// The heading as printed when it says more than the title, e.g. "反馈问题：招商引资项目质量不够高".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heading: Option<String>,
    /// A problem count printed in the heading ("(7个问题)"), compared with the problems as encoded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub declared_problems: Option<u32>,
}

/// A report section that groups problems, e.g. "二、集中整改期内已完成的整改事项".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Unique id, referenced by `problems[].section`.
    pub id: String,
    /// The printed number, e.g. "二".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// The heading text, e.g. "集中整改期内已完成的整改事项".
    pub title: String,
}

/// One problem (具体问题) found by the inspection, and how far its rectification has come.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Problem {
    /// Unique id across the dataset; stable across successive reports of the same unit.
    pub id: String,
    /// The unit (`units[].id`). May be omitted when the dataset has exactly one unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// The category (`categories[].id`).
    pub category: String,
    /// The report section (`sections[].id`) the problem is printed under, if the dataset has sections.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// The number as printed, without its punctuation, e.g. "1". Not necessarily unique: numbering may restart
    /// in each section.
    pub number: String,
    /// The problem as the report states it.
    pub title: String,
    /// The status (`statuses[].id`).
    pub status: String,
    /// The measures taken (整改情况), one string per paragraph, verbatim.
    pub measures: Vec<String>,
    /// Third-level items ((一) → 1. → (1)), for reports that have them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sub_items: Vec<SubItem>,
    /// Figures stated in the measures text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub metrics: Vec<Metric>,
    /// Rules and documents named in the measures text (《…》).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub regulations: Vec<Regulation>,
    /// Dated commitments in the measures text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deadlines: Vec<Deadline>,
    /// A note by whoever encoded the data, for any judgement the text did not make explicit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub editorial_note: Option<String>,
}

/// A third-level item inside a problem, e.g. "(1) …".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SubItem {
    /// The number as printed, without punctuation, e.g. "1".
    pub number: String,
    /// The item's statement.
    pub title: String,
    /// Its own status (`statuses[].id`), when the report gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Its measures, one string per paragraph.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub measures: Vec<String>,
    /// Figures stated in its measures.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub metrics: Vec<Metric>,
    /// Rules named in its measures.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub regulations: Vec<Regulation>,
    /// Dated commitments in its measures.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deadlines: Vec<Deadline>,
}

/// A figure stated in the text, e.g. 64% of the debt recovered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Metric {
    /// The number.
    pub value: f64,
    /// Its unit as printed: "%", "个", "亿元", "万平方米", "套", "名" …
    pub unit: String,
    /// What is measured, in the report's words, e.g. "平台公司已收回欠款总额的比例".
    pub measure: String,
    /// A qualifier printed before the number: "近", "约", "超过" …
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
    /// True when the figure is a target or forecast (预计, 将达到) rather than an achieved result.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub projected: bool,
    /// The exact text of the figure in the measures (e.g. "64%"), used to highlight it.
    pub text: String,
}

/// A rule or document named in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Regulation {
    /// The title between the 《》, e.g. "招商引资项目评审机制".
    pub title: String,
    /// What the unit did with it.
    pub action: RegulationAction,
}

/// What a report says was done with a regulation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RegulationAction {
    /// Issued or adopted (出台, 制定, 制定出台, 签订).
    Issued,
    /// Revised or improved (修订, 修改, 完善).
    Revised,
    /// Drafted or being issued, not yet in force (拟制, 拟定, 加快出台).
    Drafted,
    /// An existing rule applied or cited (按照, 根据).
    Applied,
    /// A notice or document served on someone (送达).
    Served,
}

/// A dated commitment, e.g. "2024年5月底前完成工程建设扫尾".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Deadline {
    /// The date or month promised. A month or year means its last day.
    pub due: PartialDate,
    /// How firm the date is.
    pub kind: DeadlineKind,
    /// What is promised, in the report's words.
    pub promise: String,
    /// The exact text of the date in the measures (e.g. "2024 年 5 月底前").
    pub text: String,
}

/// How firm a deadline is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineKind {
    /// A commitment to finish by the date (…底前, …前).
    By,
    /// A forecast (预计…).
    Expected,
}

/// The summary figures a report declares about itself.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Declared {
    /// The date the figures are given as of, when it differs from `report.as_of`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<PartialDate>,
    /// Number of units the figures cover, in a report on a whole round (对40家单位开展巡察).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub units: Option<u32>,
    /// Number of categories (…个方面).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub categories: Option<u32>,
    /// Number of problems (…个具体问题).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problems: Option<u32>,
    /// Problems per status (已完成整改1个，基本完成4个…).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub by_status: Vec<StatusCount>,
    /// A completion rate the report states (整改完成率76%), in percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completion_rate: Option<f64>,
    /// Rectification measures counted by the report (…条整改措施，已完成…条).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measures: Option<Settled>,
    /// Petitions referred by the inspection team and settled (信访件 … 办结).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub petitions: Option<Settled>,
    /// Items for immediate rectification (立行立改) and how many are settled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub immediate_rectification: Option<Settled>,
    /// Documents and rules issued (…个制度性文件).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub documents_issued: Option<u32>,
    /// Meetings held, by kind (…次党工委会议).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub meetings: Vec<LabelledCount>,
    /// Any other figure the report declares.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other: Vec<LabelledCount>,
    /// The sentences the figures were taken from, verbatim.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub source_text: Vec<String>,
}

impl Declared {
    /// True when the report declares nothing.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// A declared number of problems in one status.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StatusCount {
    /// The status (`statuses[].id`).
    pub status: String,
    /// How many problems the report says are in it.
    pub count: u32,
}

/// A declared pair: how many items were handed over, and how many are settled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Settled {
    /// Items referred or counted.
    pub total: u32,
    /// Items settled or completed, when the report says (it may state only the total: 制定整改措施52条).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settled: Option<u32>,
}

/// A declared count with its label as printed, e.g. 36 次 "书记专题会及专项调度会".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LabelledCount {
    /// What is counted, as printed.
    pub label: String,
    /// The count.
    pub count: u32,
    /// The measure word as printed ("次", "个"), when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

/// The next steps (下一步整改工作安排).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NextSteps {
    /// The section heading as printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heading: Option<String>,
    /// Introductory paragraphs, verbatim.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub intro: Vec<String>,
    /// The enumerated steps (一是…, 二是…).
    pub items: Vec<NextStep>,
}

/// One enumerated next step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NextStep {
    /// The ordinal as printed, e.g. "一是".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordinal: Option<String>,
    /// The step's headline, e.g. "深化理论学习，不断提高政治站位".
    pub title: String,
    /// The rest of the paragraph(s), verbatim.
    pub text: Vec<String>,
}

/// The channel for public supervision.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// The invitation as printed ("欢迎广大干部群众…").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Telephone numbers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<String>,
    /// Postal address (邮政信箱 / 通信地址).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_address: Option<String>,
    /// Postcode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postcode: Option<String>,
    /// E-mail addresses.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub emails: Vec<String>,
    /// Web addresses for reports, when the report gives any.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub websites: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::StatusKind;

    #[test]
    fn a_kinds_index_is_its_place_in_all() {
        for (at, kind) in StatusKind::ALL.into_iter().enumerate() {
            assert_eq!(kind.index(), at, "{kind:?}");
        }
    }
}
