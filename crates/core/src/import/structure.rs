//! Headings and numbering: which paragraph is a section, a category, a problem, a sub-item, a status line, a
//! measures paragraph, a next step, the contact, the signature or the date.
//!
//! Levels, as reports print them (full- and half-width punctuation alike):
//! - `一、` top-level heading: a **section** ("二、集中整改期内已完成的整改事项"), the narrative ("一、组织整改落实情况"),
//!   the next steps ("四、下一步整改工作安排"), or — when it reads like one — a **category** ("一、关于“…”方面的问题
//!   （7个问题）"). Section words (整改事项, 落实情况, 下一步 …) win over category words (方面, 问题, 关于“, 在“, 反馈问题).
//! - `（一）` / `(一)`: a **category**; inside the next steps, a step; inside a narrative section, a category only if it
//!   reads like one, otherwise narrative text.
//! - `1.` / `1、` / `１．`: a **problem**; inside the next steps, a step.
//! - `(1)` / `（1）`: a **sub-item** of the open problem (a problem when none is open).
//! - `一是…`: a next step, inside the next-steps section.

use crate::model::{NarrativeSection, NextStep, NextSteps};

use super::clean::Paragraph;
use super::scan::{is_cjk, leading_uint, trim_end_mark};
use super::shape::{
    MEASURES_FIELDS, STATUS_FIELDS, Shape, category_heading, field, ordinal_item, problem_heading, section_heading,
    shape, sub_item_heading,
};
use super::status::status_phrase;
use super::{Recognised, Recognition, UnplacedLine};

/// What a top-level section holds, judged from its heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SectionKind {
    Narrative,
    Problems,
    NextSteps,
}

fn section_kind(title: &str) -> SectionKind {
    let has = |words: &[&str]| words.iter().any(|w| title.contains(w));
    if has(&["下一步", "下步", "工作安排", "工作打算", "今后"]) && !title.contains("整改事项") {
        SectionKind::NextSteps
    } else if has(&["组织", "总体", "基本情况", "落实情况", "工作开展", "主要做法"]) && !title.contains("事项")
    {
        SectionKind::Narrative
    } else if has(&["问题", "事项", "进展", "反馈意见", "方面", "整改情况", "清单", "整改任务", "实施情况", "成效"])
        && !title.replace("问题导向", "").is_empty()
        && (title.replace("问题导向", "").contains("问题") || !title.contains("问题"))
    {
        SectionKind::Problems
    } else {
        // "一、把牢政治方向，以最坚决的态度推进整改工作": how the work was done, not what was found. A category that
        // reads like one still opens the problems inside it.
        SectionKind::Narrative
    }
}

/// Section words: a 一、 heading with one of these is a section even if it mentions problems.
fn has_section_words(title: &str) -> bool {
    ["整改事项", "落实情况", "进展情况", "下一步", "工作安排", "基本情况", "总体情况", "组织"]
        .iter()
        .any(|w| title.contains(w))
}

/// The status a group heading names: "集中整改期内已完成的整改事项" → "已完成", "长期整改 II 的整改事项" →
/// "长期整改 II"; none for "集中整改期内整改进展情况".
fn status_of_group(heading: &str) -> Option<String> {
    let before = heading.split("的整改事项").next().filter(|b| b.len() < heading.len())?;
    let label = before.rsplit("期内").next().unwrap_or(before).trim();
    (!label.is_empty() && super::status::guess_kind(label).1).then(|| label.to_owned())
}

/// A `（二）关于…的问题。…` after a problem of the same kind is a problem when this much text follows its title.
const MIN_AUDIT_PROBLEM_BODY_CHARS: usize = 8;

/// Longer than this after its first sentence, a `（一）…。…` paragraph is prose with a run-in heading.
const RUN_IN_BODY_CHARS: usize = 30;

/// A heading's first sentence and what follows it on the same line.
fn run_in(text: &str) -> (&str, &str) {
    match text.find('。') {
        Some(at) => (&text[..at], &text[at + '。'.len_utf8()..]),
        None => (text, ""),
    }
}

/// Category words: "反馈问题：…", "在“…”方面", "关于“…”的问题", "…方面", a problem count.
fn has_category_words(title: &str) -> bool {
    title.starts_with("反馈问题")
        || title.starts_with("在“")
        || title.starts_with("关于“")
        || title.contains("方面")
        // "…的问题", "…方面问题"; not "主动认领问题", a way of working.
        || title.ends_with("的问题")
        || title.ends_with("方面问题")
        || declared_count(title).is_some()
}

/// A problem count printed at the end of a category heading: "(7个问题)", "（共3个具体问题）", "（2项）".
/// Returns the count and the heading without it.
pub(crate) fn declared_count(heading: &str) -> Option<(u32, &str)> {
    let trimmed = trim_end_mark(heading);
    let inner_end = trimmed.char_indices().next_back().filter(|&(_, c)| c == ')' || c == '）')?.0;
    let open = trimmed[..inner_end].rfind(['(', '（'])?;
    let open_len = trimmed[open..].chars().next().map(char::len_utf8).unwrap_or(1);
    let inner = trimmed[open + open_len..inner_end].trim();
    let inner = inner.strip_prefix('共').or_else(|| inner.strip_prefix("涉及")).unwrap_or(inner).trim_start();
    let (count, len) = leading_uint(inner)?;
    let unit = inner[len..].trim();
    let known = ["个问题", "个具体问题", "个", "项", "项问题", "条", "条问题", "个方面问题"];
    known.contains(&unit).then_some(())?;
    Some((count?, trimmed[..open].trim_end()))
}

/// The category's name from its heading: "反馈问题：X" → X, "在“X”方面" → X, "关于“X”的问题" → X.
fn category_title(base: &str) -> String {
    let base = trim_end_mark(base);
    if let Some((label, rest)) = base.split_once(['：', ':'])
        && label.chars().count() <= 6
        && !rest.trim().is_empty()
    {
        return rest.trim().to_owned();
    }
    if (base.starts_with('在') || base.starts_with("关于"))
        && let Some(open) = base.find('“')
        && let Some(close) = base[open..].find('”')
    {
        let inner = &base[open + '“'.len_utf8()..open + close];
        if !inner.trim().is_empty() {
            return inner.trim().to_owned();
        }
    }
    base.to_owned()
}

/// A problem as found in the text, before ids, statuses and facts.
#[derive(Debug, Clone, Default)]
pub(crate) struct RawProblem {
    pub line: usize,
    pub number: String,
    pub title: String,
    pub category: Option<usize>,
    /// How many categories were opened before this problem: a problem printed under none is compared only
    /// with those.
    pub categories_before: usize,
    pub section: Option<usize>,
    /// The status label as printed, with its line.
    pub status: Option<(usize, String)>,
    pub measures: Vec<String>,
    pub sub_items: Vec<RawSubItem>,
    /// The status the heading of the group it is printed in names ("集中整改期内已完成的整改事项" → 已完成), for a
    /// problem that states none of its own.
    pub group_status: Option<String>,
}

impl RawProblem {
    /// "1.关于…的问题" (shortened), for messages.
    pub(crate) fn short_name(&self) -> String {
        super::scan::short(&format!("{}.{}", self.number, self.title), 30)
    }
}

/// A third-level item.
#[derive(Debug, Clone, Default)]
pub(crate) struct RawSubItem {
    pub number: String,
    pub title: String,
    pub status: Option<(usize, String)>,
    pub measures: Vec<String>,
}

/// A category as found.
#[derive(Debug, Clone)]
pub(crate) struct RawCategory {
    pub number: Option<String>,
    pub title: String,
    pub heading: Option<String>,
    pub declared: Option<u32>,
}

/// A top-level section that holds problems.
#[derive(Debug, Clone)]
pub(crate) struct RawSection {
    pub id: String,
    pub number: String,
    pub title: String,
}

/// The document's structure.
#[derive(Debug, Default)]
pub(crate) struct Doc {
    pub title: Option<(usize, String)>,
    pub narrative: Vec<NarrativeSection>,
    /// Every narrative paragraph with its line: where the declared figures and report dates are looked for.
    pub narrative_paragraphs: Vec<(usize, String)>,
    pub sections: Vec<RawSection>,
    pub categories: Vec<RawCategory>,
    pub problems: Vec<RawProblem>,
    pub next_steps: Option<NextSteps>,
    pub contact: Vec<(usize, String)>,
    pub issuer: Option<(usize, String)>,
    pub published: Option<(usize, String)>,
    pub unplaced: Vec<UnplacedLine>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Context {
    /// Before the first heading.
    Opening,
    /// Inside a narrative section (index into `doc.narrative`).
    Narrative(usize),
    /// Where problems are: under a problems section (index into `doc.sections`), or under top-level categories.
    Problems(Option<usize>),
    /// Inside the next steps.
    NextSteps,
}

struct Parser<'r> {
    doc: Doc,
    context: Context,
    /// The full heading of the current section, for section intros kept as narrative.
    section_heading: String,
    section_intro: Option<usize>,
    category: Option<usize>,
    problem: Option<usize>,
    in_sub_item: bool,
    /// The status named by the heading of the current group of problems ("…已完成的整改事项").
    group_status: Option<String>,
    top_level_headings: usize,
    recognised: &'r mut Vec<Recognised>,
}

/// A paragraph longer than this is prose (a signature, a phone number or a page's footer is shorter).
const MIN_PROSE_AFTER_DATE_CHARS: usize = 40;

/// How many prose paragraphs may follow the signature's date (a contact note, a page's footer).
const MAX_PROSE_AFTER_DATE: usize = 2;

/// Builds the document structure from cleaned paragraphs.
pub(crate) fn parse(paragraphs: &[Paragraph], recognised: &mut Vec<Recognised>) -> Doc {
    let Closing { date_at, page_date_at, signature_at } = Closing::find(paragraphs);
    let mut parser = Parser {
        doc: Doc::default(),
        context: Context::Opening,
        section_heading: String::new(),
        section_intro: None,
        category: None,
        problem: None,
        in_sub_item: false,
        group_status: None,
        top_level_headings: 0,
        recognised,
    };
    let mut title_prefix: Option<&Paragraph> = None;
    for (i, paragraph) in paragraphs.iter().enumerate() {
        let (line, text) = (paragraph.line, paragraph.text.as_str());
        if Some(i) == page_date_at || Some(i) == date_at {
            parser.note(Recognition::Published, line, text);
            parser.doc.published = Some((line, text.to_owned()));
            continue;
        }
        if Some(i) == signature_at {
            parser.note(Recognition::Issuer, line, text);
            parser.doc.issuer = Some((line, text.to_owned()));
            continue;
        }
        if date_at.is_some_and(|d| i > d) {
            parser.unplaced(line, text);
            continue;
        }
        let shape = shape(text);
        let nothing_yet =
            parser.doc.title.is_none() && parser.context == Context::Opening && parser.doc.narrative.is_empty();
        if nothing_yet
            && title_prefix.is_none()
            && shape == Shape::Text
            && is_signature(text)
            && paragraphs.get(i + 1).is_some_and(|next| shape_of(next) == Shape::TitleLike)
        {
            // A title printed on two lines: keep the first half until the second arrives.
            title_prefix = Some(paragraph);
            continue;
        }
        if nothing_yet && shape == Shape::TitleLike {
            let (first_line, full) = match title_prefix.take() {
                Some(prefix) => (prefix.line, format!("{}{}", prefix.text, text)),
                None => (line, text.to_owned()),
            };
            let title = join_cjk_spaces(&full);
            parser.note(Recognition::Title, first_line, &title);
            parser.doc.title = Some((first_line, title));
            continue;
        }
        if let Some(prefix) = title_prefix.take() {
            parser.paragraph(prefix.line, &prefix.text);
        }
        parser.body_line(line, text, shape);
    }
    if let Some(prefix) = title_prefix {
        parser.paragraph(prefix.line, &prefix.text);
    }
    parser.doc
}

/// Where the report ends: the signature's date, the issuer signing above it, or else a web page's date above the
/// article, each by paragraph index.
struct Closing {
    date_at: Option<usize>,
    page_date_at: Option<usize>,
    signature_at: Option<usize>,
}

impl Closing {
    /// The signature's date is the last date alone on its line, with at most a few lines of prose after it. A date
    /// with the whole report after it is the date a web page printed above the article (发布日期): the report's
    /// date still, but it does not end the text.
    fn find(paragraphs: &[Paragraph]) -> Self {
        let dates: Vec<usize> =
            paragraphs.iter().enumerate().filter(|(_, p)| shape(&p.text) == Shape::DateOnly).map(|(i, _)| i).collect();
        let prose_after = |i: usize| {
            paragraphs[i + 1..].iter().filter(|p| p.text.chars().count() > MIN_PROSE_AFTER_DATE_CHARS).count()
        };
        // A date above the title is the page's, never the signature's.
        let title_at = paragraphs.iter().position(|p| shape(&p.text) == Shape::TitleLike);
        let date_at =
            dates.last().copied().filter(|&d| prose_after(d) <= MAX_PROSE_AFTER_DATE && title_at.is_none_or(|t| d > t));
        let page_date_at = if date_at.is_none() { dates.first().copied() } else { None };
        let signature_at = date_at.and_then(|d| d.checked_sub(1)).filter(|&s| is_signature(&paragraphs[s].text));
        Self { date_at, page_date_at, signature_at }
    }
}

fn shape_of(paragraph: &Paragraph) -> Shape {
    shape(&paragraph.text)
}

/// A short line without sentence punctuation: a signature (落款) or the first half of a title.
fn is_signature(text: &str) -> bool {
    let count = text.chars().count();
    (2..=40).contains(&count) && !text.contains(['。', '，', '：', ':', '；', ',', '、'])
}

/// Contact details or the invitation to supervise.
fn is_contact(text: &str) -> bool {
    ["联系电话", "举报电话", "监督电话", "电子邮箱", "电子信箱", "邮政信箱", "通信地址", "通讯地址", "联系地址"]
        .iter()
        .any(|w| text.contains(w))
        || (text.starts_with("欢迎") && text.contains("监督"))
}

/// "中共某某委员会 关于…的通报" → "中共某某委员会关于…的通报": a PDF title printed on two lines leaves a space.
fn join_cjk_spaces(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        if c.is_whitespace() {
            let before = chars[..i].iter().rev().find(|c| !c.is_whitespace());
            let after = chars[i + 1..].iter().find(|c| !c.is_whitespace());
            if before.is_some_and(|&b| is_cjk(b)) && after.is_some_and(|&a| is_cjk(a)) {
                continue;
            }
        }
        out.push(c);
    }
    out
}

impl Parser<'_> {
    /// A line of the body, by its shape: a heading, a field, a next step, or a paragraph of what is open.
    fn body_line(&mut self, line: usize, text: &str, shape: Shape) {
        if is_contact(text) {
            self.note(Recognition::Contact, line, text);
            self.doc.contact.push((line, text.to_owned()));
            return;
        }
        match shape {
            Shape::Section => self.section(line, text),
            Shape::Category => self.category(line, text),
            Shape::Problem => self.problem(line, text, false),
            Shape::SubItem => self.problem(line, text, true),
            Shape::Ordinal if self.context == Context::NextSteps => {
                if let Some((ordinal, rest)) = ordinal_item(text) {
                    self.next_step(line, ordinal, rest);
                }
            }
            Shape::StatusField => self.status_field(line, text),
            Shape::MeasuresField => self.measures_field(line, text),
            Shape::DateOnly => self.unplaced(line, text),
            Shape::Ordinal | Shape::Text | Shape::TitleLike => self.paragraph(line, text),
        }
    }

    fn note(&mut self, what: Recognition, line: usize, text: &str) {
        self.recognised.push(Recognised::new(what, line, super::scan::short(text, 40)));
    }

    fn unplaced(&mut self, line: usize, text: &str) {
        self.doc.unplaced.push(UnplacedLine { line, text: text.to_owned() });
    }

    fn close_problem(&mut self) {
        self.problem = None;
        self.in_sub_item = false;
    }

    fn section(&mut self, line: usize, text: &str) {
        let Some((number, title)) = section_heading(text) else {
            return self.paragraph(line, text);
        };
        self.close_problem();
        self.category = None;
        self.section_intro = None;
        if !has_section_words(title) && has_category_words(title) {
            self.context = Context::Problems(None);
            self.open_category(line, format!("{number}、"), title);
            return;
        }
        self.top_level_headings += 1;
        self.section_heading = text.to_owned();
        self.group_status = status_of_group(title);
        self.note(Recognition::Section, line, text);
        match section_kind(title) {
            SectionKind::NextSteps => {
                self.context = Context::NextSteps;
                if self.doc.next_steps.is_none() {
                    self.doc.next_steps =
                        Some(NextSteps { heading: Some(text.to_owned()), intro: Vec::new(), items: Vec::new() });
                }
            }
            SectionKind::Narrative => {
                self.doc.narrative.push(NarrativeSection { heading: text.to_owned(), paragraphs: Vec::new() });
                self.context = Context::Narrative(self.doc.narrative.len() - 1);
            }
            SectionKind::Problems => {
                self.doc.sections.push(RawSection {
                    id: format!("s{}", self.top_level_headings),
                    number: number.to_owned(),
                    title: title.to_owned(),
                });
                self.context = Context::Problems(Some(self.doc.sections.len() - 1));
            }
        }
    }

    fn category(&mut self, line: usize, text: &str) {
        let Some((number, rest)) = category_heading(text) else {
            return self.paragraph(line, text);
        };
        // "（一）加强组织领导，扛牢政治责任。街道党工委坚决…": a paragraph with a run-in heading, how the work was
        // done. A category heading stands alone, or names its problems before any run-in text.
        let (head, body) = run_in(rest);
        if self.context != Context::NextSteps && body.chars().count() > RUN_IN_BODY_CHARS {
            // "（一）关于省级预算执行进度较为缓慢的问题。对提前下达比例…": one problem and its measures, as audit
            // reports print them under a 一、 heading.
            if head.starts_with("关于") && head.ends_with("问题") && matches!(self.context, Context::Problems(_)) {
                return self.open_problem(line, text, number, rest, false);
            }
            if !has_category_words(head) {
                return self.paragraph(line, text);
            }
        } else if self.context != Context::NextSteps && body.chars().count() >= MIN_AUDIT_PROBLEM_BODY_CHARS {
            // A shorter text after "（二）关于…的问题。" is still that problem's, where the one before was a problem.
            let after_problem = self.problem.is_some() && self.category.is_none();
            if after_problem
                && head.starts_with("关于")
                && head.ends_with("问题")
                && matches!(self.context, Context::Problems(_))
            {
                return self.open_problem(line, text, number, rest, false);
            }
        }
        // "（一）集中整改期内已完成的整改事项": a group of problems by status inside a section, not a category.
        if matches!(self.context, Context::Problems(_)) && head.contains("整改事项") && body.is_empty() {
            self.close_problem();
            self.category = None;
            self.group_status = status_of_group(head);
            self.note(Recognition::Section, line, text);
            return;
        }
        match self.context {
            Context::NextSteps => return self.next_step(line, number, rest),
            Context::Narrative(_) | Context::Opening if !has_category_words(head) => return self.paragraph(line, text),
            Context::Narrative(_) | Context::Opening => self.context = Context::Problems(None),
            Context::Problems(_) => {}
        }
        self.close_problem();
        self.open_category(line, number.to_owned(), rest);
    }

    fn open_category(&mut self, line: usize, number: String, rest: &str) {
        let (declared, base) = match declared_count(rest) {
            Some((count, base)) => (Some(count), base),
            None => (None, rest),
        };
        let title = category_title(base);
        let heading = (title != rest).then(|| rest.to_owned());
        let label = match declared {
            Some(n) => format!("{number}{title} ({n})"),
            None => format!("{number}{title}"),
        };
        self.note(Recognition::Category, line, &label);
        self.doc.categories.push(RawCategory { number: Some(number), title, heading, declared });
        self.category = Some(self.doc.categories.len() - 1);
    }

    fn problem(&mut self, line: usize, text: &str, sub_item: bool) {
        let heading = if sub_item { sub_item_heading(text) } else { problem_heading(text) };
        let Some((number, rest)) = heading else {
            return self.paragraph(line, text);
        };
        match self.context {
            Context::NextSteps => return self.next_step(line, number, rest),
            Context::Narrative(_) | Context::Opening
                if self.category.is_none() && !rest.starts_with("关于") && !title_of(rest).0.ends_with("问题") =>
            {
                return self.paragraph(line, text);
            }
            _ => {}
        }
        self.open_problem(line, text, number, rest, sub_item);
    }

    /// Opens a problem (or a sub-item of the open one) from its number and the text after it.
    fn open_problem(&mut self, line: usize, text: &str, number: &str, rest: &str, sub_item: bool) {
        // "1.关于“乱发滥补现象仍未禁绝”方面" right before "问题1：…": a group of problems, not one. It opened a
        // problem that is given nothing; it is listed as unplaced instead (the model has one level of categories).
        if number.starts_with("问题")
            && let Some(p) = self.problem
            && p + 1 == self.doc.problems.len()
            && self.doc.problems[p].measures.is_empty()
            && self.doc.problems[p].status.is_none()
            && self.doc.problems[p].sub_items.is_empty()
            && self.doc.problems[p].title.ends_with("方面")
            && let Some(group) = self.doc.problems.pop()
        {
            self.problem = None;
            self.unplaced(group.line, &format!("{}.{}", group.number, group.title));
        }
        let (title, remainder) = title_of(rest);
        let (title, title_status) = split_status_in_title(title);
        if sub_item && let Some(p) = self.problem {
            self.note(Recognition::SubItem, line, text);
            self.doc.problems[p].sub_items.push(RawSubItem {
                number: number.to_owned(),
                title: title.to_owned(),
                status: title_status.map(|s| (line, s)),
                measures: Vec::new(),
            });
            self.in_sub_item = true;
        } else {
            self.close_problem();
            self.note(Recognition::Problem, line, text);
            let section = match self.context {
                Context::Problems(section) => section,
                _ => None,
            };
            self.doc.problems.push(RawProblem {
                line,
                number: number.to_owned(),
                title: title.to_owned(),
                category: self.category,
                categories_before: self.doc.categories.len(),
                section,
                status: title_status.map(|s| (line, s)),
                group_status: self.group_status.clone(),
                ..RawProblem::default()
            });
            self.problem = Some(self.doc.problems.len() - 1);
        }
        let remainder = remainder.trim();
        if remainder.is_empty() {
            return;
        }
        match shape(remainder) {
            Shape::StatusField => self.status_field(line, remainder),
            Shape::MeasuresField => self.measures_field(line, remainder),
            _ => match status_phrase(remainder) {
                Some(label) => self.set_status(line, label),
                None => self.add_measures(remainder),
            },
        }
    }

    fn status_field(&mut self, line: usize, text: &str) {
        let label = field(text, &STATUS_FIELDS).map(trim_end_mark).unwrap_or_default();
        if self.problem.is_none() || label.is_empty() {
            return self.unplaced(line, text);
        }
        self.set_status(line, label.to_owned());
    }

    fn set_status(&mut self, line: usize, label: String) {
        let Some(p) = self.problem else { return };
        let problem = &mut self.doc.problems[p];
        match problem.sub_items.last_mut() {
            Some(item) if self.in_sub_item && item.status.is_none() => item.status = Some((line, label)),
            _ if problem.status.is_none() => problem.status = Some((line, label)),
            // A second status for the same problem: keep the first, show the line.
            _ => self.doc.unplaced.push(UnplacedLine { line, text: label }),
        }
    }

    fn measures_field(&mut self, line: usize, text: &str) {
        let content = field(text, &MEASURES_FIELDS).unwrap_or_default();
        if self.problem.is_none() {
            return self.unplaced(line, text);
        }
        self.note(Recognition::Measures, line, content);
        if !content.is_empty() {
            self.add_measures(content);
        }
    }

    fn add_measures(&mut self, text: &str) {
        let Some(p) = self.problem else { return };
        let problem = &mut self.doc.problems[p];
        match problem.sub_items.last_mut() {
            Some(item) if self.in_sub_item => item.measures.push(text.to_owned()),
            _ => problem.measures.push(text.to_owned()),
        }
    }

    fn next_step(&mut self, line: usize, ordinal: &str, rest: &str) {
        self.note(Recognition::NextStep, line, rest);
        let (title, text) = title_of(rest);
        let text = text.trim();
        let steps = self.doc.next_steps.get_or_insert_with(|| NextSteps {
            heading: None,
            intro: Vec::new(),
            items: Vec::new(),
        });
        steps.items.push(NextStep {
            ordinal: Some(ordinal.to_owned()),
            title: title.to_owned(),
            text: if text.is_empty() { Vec::new() } else { vec![text.to_owned()] },
        });
    }

    fn paragraph(&mut self, line: usize, text: &str) {
        if self.problem.is_some() {
            self.note(Recognition::Measures, line, text);
            return self.add_measures(text);
        }
        match self.context {
            Context::NextSteps => {
                let steps = self.doc.next_steps.get_or_insert_with(|| NextSteps {
                    heading: None,
                    intro: Vec::new(),
                    items: Vec::new(),
                });
                match steps.items.last_mut() {
                    Some(item) => item.text.push(text.to_owned()),
                    None => steps.intro.push(text.to_owned()),
                }
                self.note(Recognition::NextSteps, line, text);
            }
            Context::Opening => {
                if self.doc.narrative.first().is_none_or(|n| !n.heading.is_empty()) {
                    self.doc.narrative.insert(0, NarrativeSection { heading: String::new(), paragraphs: Vec::new() });
                }
                self.doc.narrative[0].paragraphs.push(text.to_owned());
                self.narrative(line, text);
            }
            Context::Narrative(n) => {
                if let Some(section) = self.doc.narrative.get_mut(n) {
                    section.paragraphs.push(text.to_owned());
                }
                self.narrative(line, text);
            }
            // A category has no place for an introduction.
            Context::Problems(_) if self.category.is_some() => self.unplaced(line, text),
            // A section's introduction is kept as narrative under the section's heading.
            Context::Problems(_) => {
                let n = match self.section_intro {
                    Some(n) => n,
                    None => {
                        self.doc
                            .narrative
                            .push(NarrativeSection { heading: self.section_heading.clone(), paragraphs: Vec::new() });
                        self.doc.narrative.len() - 1
                    }
                };
                self.section_intro = Some(n);
                self.doc.narrative[n].paragraphs.push(text.to_owned());
                self.narrative(line, text);
            }
        }
    }

    fn narrative(&mut self, line: usize, text: &str) {
        self.note(Recognition::Narrative, line, text);
        self.doc.narrative_paragraphs.push((line, text.to_owned()));
    }
}

/// A heading's title and what follows it: up to the first 。 (dropped), the rest after it.
pub(crate) fn title_of(rest: &str) -> (&str, &str) {
    match rest.find('。') {
        Some(at) => (rest[..at].trim(), &rest[at + '。'.len_utf8()..]),
        None => (trim_end_mark(rest), ""),
    }
}

/// "关于…的问题（已完成整改）" → ("关于…的问题", Some("已完成整改")).
fn split_status_in_title(title: &str) -> (&str, Option<String>) {
    let Some(inner_end) = title.char_indices().next_back().filter(|&(_, c)| c == ')' || c == '）').map(|(i, _)| i)
    else {
        return (title, None);
    };
    let Some(open) = title[..inner_end].rfind(['(', '（']) else { return (title, None) };
    let open_len = title[open..].chars().next().map(char::len_utf8).unwrap_or(1);
    match status_phrase(&title[open + open_len..inner_end]) {
        Some(label) if open > 0 => (title[..open].trim_end(), Some(label)),
        _ => (title, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_the_heading_levels_apart() {
        assert_eq!(shape("二、集中整改期内已完成的整改事项"), Shape::Section);
        assert_eq!(shape("（一）反馈问题：招商引资项目质量不够高"), Shape::Category);
        assert_eq!(shape("(三) 反馈问题：防范化解债务风险不够有力"), Shape::Category);
        assert_eq!(shape("1.关于项目超初始概算问题。"), Shape::Problem);
        assert_eq!(shape("１．关于项目超初始概算问题。"), Shape::Problem);
        assert_eq!(shape("12、关于项目超初始概算问题。"), Shape::Problem);
        assert_eq!(shape("1.5万元已收回。"), Shape::Text);
        assert_eq!(shape("(1)关于某子问题。"), Shape::SubItem);
        assert_eq!(shape("一是深化理论学习。"), Shape::Ordinal);
        assert_eq!(shape("整改结果：长期整改 I"), Shape::StatusField);
        assert_eq!(shape("整改情况:已完成。"), Shape::MeasuresField);
        assert_eq!(shape("2023年12月22日"), Shape::DateOnly);
        assert_eq!(shape("中共某委员会 关于巡视整改进展情况的通报"), Shape::TitleLike);
    }

    #[test]
    fn reads_category_titles_and_counts() {
        assert_eq!(declared_count("关于“X”方面的问题（7个问题）"), Some((7, "关于“X”方面的问题")));
        assert_eq!(declared_count("在“X”方面(共3个具体问题)"), Some((3, "在“X”方面")));
        assert_eq!(declared_count("招商引资（试行）"), None);
        assert_eq!(category_title("反馈问题：招商引资项目质量不够高"), "招商引资项目质量不够高");
        assert_eq!(category_title("在“落实党中央重大决策部署”方面"), "落实党中央重大决策部署");
        assert_eq!(category_title("关于“选人用人”的问题"), "选人用人");
        assert_eq!(category_title("营商环境不够优化"), "营商环境不够优化");
    }

    #[test]
    fn section_words_win_over_category_words() {
        assert!(has_section_words("集中整改期内已完成的整改事项"));
        assert!(!has_section_words("关于“党的建设”方面的问题"));
        assert!(has_category_words("关于“党的建设”方面的问题"));
        assert_eq!(section_kind("下一步整改工作安排"), SectionKind::NextSteps);
        assert_eq!(section_kind("组织整改落实情况"), SectionKind::Narrative);
        assert_eq!(section_kind("长期整改 II 的整改事项"), SectionKind::Problems);
    }
}
