//! The figures a report declares about itself, read from its narrative paragraphs sentence by sentence:
//! "反馈的7个方面15个具体问题，已完成整改1个，基本完成4个…", "整改完成率76%", "…条整改措施，已完成…条",
//! "巡视移交的13件信访件，已全部办结", "立行立改1件，已全部办结", "…个制度性文件", "2次党工委会议、36次…会", and every
//! other form the corpus of real reports showed (docs/importer.md, "Rules from the corpus").
//!
//! - [`numbers`]: reading counts before or after their word, never an ordinal;
//! - [`problems`]: the problems' total and their categories, told apart from look-alikes;
//! - [`statuses`]: the counts per status and the completion rate;
//! - [`work`]: measures, tasks, petitions, immediate rectification, units of a round, meetings.
//!
//! Status counts keep their labels as printed; `import/mod.rs` matches them to the status vocabulary (ignoring
//! spaces), because the summary usually comes before the problems that define the statuses.

mod numbers;
mod problems;
mod statuses;
mod work;

use crate::model::{LabelledCount, Settled};

use super::scan::{is_digit, sentences};
use super::{Recognised, Recognition};
use numbers::{count_after, count_before, count_before_any_number};
use problems::{counts_something_else, problems_counted};
use statuses::{all_done, completion_rate, counts_with_status_after, done_share, status_counts, status_named_before};
use work::{
    measures_with_qualifier, meetings, pointed_out_for_immediate_rectification, settled_after, tasks_with_progress,
    units_counted,
};

/// Declared figures with status labels not yet resolved to ids.
#[derive(Debug, Clone, Default)]
pub(crate) struct RawDeclared {
    pub units: Option<u32>,
    pub categories: Option<u32>,
    pub problems: Option<u32>,
    /// (label as printed, count, line)
    pub by_status: Vec<(String, u32, usize)>,
    pub completion_rate: Option<f64>,
    pub measures: Option<Settled>,
    pub petitions: Option<Settled>,
    pub immediate: Option<Settled>,
    pub documents: Option<u32>,
    pub meetings: Vec<LabelledCount>,
    pub source_text: Vec<String>,
    /// Tasks counted without their progress ("明确156项整改任务。"), waiting for a later sentence to give it
    /// ("132项整改任务已完成或基本完成").
    tasks_pending: Option<u32>,
    /// The text is about a whole round (it names 被巡视党组织, or counts the units): a sentence about one named
    /// body's own figures is then an example, not the report's.
    round: bool,
}

/// Reads every declared figure; the first statement of each figure wins.
pub(crate) fn declared(paragraphs: &[(usize, String)], recognised: &mut Vec<Recognised>) -> RawDeclared {
    let mut declared = RawDeclared::default();
    for (line, paragraph) in paragraphs {
        for sentence in sentences(paragraph) {
            if !sentence.chars().any(is_digit) {
                continue;
            }
            if read_sentence(sentence, *line, &mut declared) {
                recognised.push(Recognised::new(Recognition::Summary, *line, super::scan::short(sentence, 40)));
                declared.source_text.push(sentence.trim().to_owned());
            }
        }
    }
    declared
}

/// Reads one sentence; true when it declared anything. Each step reads one figure (the first statement of each
/// wins) and says whether it found it.
fn read_sentence(sentence: &str, line: usize, declared: &mut RawDeclared) -> bool {
    // "…；有些单位建立长效机制抓整改，附海镇…对…提出的21个问题进行持续整改": examples of some units, not the
    // report's own figures; what comes before them still counts.
    let sentence = without_examples(sentence);
    if ["被巡视党组织", "被巡察党组织", "被巡视单位", "被巡察单位"].iter().any(|w| sentence.contains(w))
    {
        declared.round = true;
    }
    if declared.round && about_one_body(sentence) {
        return false;
    }
    let steps: [fn(&str, usize, &mut RawDeclared) -> bool; 9] = [
        read_categories,
        read_problems_and_statuses,
        read_completion_rate,
        read_measures,
        read_petitions,
        read_units,
        read_immediate,
        read_documents,
        read_meetings,
    ];
    steps.iter().fold(false, |found, step| step(sentence, line, declared) | found)
}

fn read_categories(sentence: &str, _: usize, declared: &mut RawDeclared) -> bool {
    if declared.categories.is_some() {
        return false;
    }
    declared.categories = count_before_any_number(sentence, &["个大方面", "个方面", "大方面", "大类", "方面"])
        .filter(|&(_, end)| !counts_something_else(sentence, end))
        .map(|(n, _)| n);
    declared.categories.is_some()
}

/// The problems' total and the counts by status, which reports give together in any of several forms.
fn read_problems_and_statuses(sentence: &str, line: usize, declared: &mut RawDeclared) -> bool {
    if declared.immediate.is_none()
        && let Some(pair) = pointed_out_for_immediate_rectification(sentence)
    {
        declared.immediate = Some(pair);
        return true;
    }
    if declared.problems.is_none()
        && let Some((n, end)) = problems_counted(sentence)
    {
        declared.problems = Some(n);
        let rest = &sentence[end..];
        declared.by_status = status_counts(rest, line);
        if declared.by_status.is_empty() && all_done(rest) {
            declared.by_status.push(("已完成整改".to_owned(), n, line));
        }
        // "170个问题中，有136个问题已整改完毕，24个问题未到整改期限…".
        if declared.by_status.is_empty() {
            declared.by_status = counts_with_status_after(rest, line);
        }
        return true;
    }
    if !declared.by_status.is_empty() {
        return false;
    }
    // "3个问题已完成整改，2个问题已基本完成整改", "共完成整改问题588个": counts by status without a total.
    let counts: Vec<_> =
        counts_with_status_after(sentence, line).into_iter().chain(status_named_before(sentence, line)).collect();
    if !counts.is_empty() {
        declared.by_status = counts;
        return true;
    }
    // "反馈问题12个。目前已完成整改10个，正在整改2个。": the counts by status in a sentence of their own.
    if declared.problems.is_some() {
        declared.by_status = status_counts(sentence, line);
    }
    !declared.by_status.is_empty()
}

fn read_completion_rate(sentence: &str, _: usize, declared: &mut RawDeclared) -> bool {
    if declared.completion_rate.is_some() {
        return false;
    }
    declared.completion_rate = completion_rate(sentence).or_else(|| done_share(sentence));
    declared.completion_rate.is_some()
}

/// Measures counted with the number first or after, with a qualifier, or as tasks with their progress.
const MEASURES_AFTER_NUMBER: &[&str] = &[
    "条整改措施",
    "条措施",
    "项整改措施",
    "项措施",
    "个整改措施",
    "项细化整改措施",
    "条细化整改措施",
    "项具体整改措施",
    "条具体整改措施",
];

fn read_measures(sentence: &str, _: usize, declared: &mut RawDeclared) -> bool {
    if declared.measures.is_some() {
        return false;
    }
    declared.measures = settled_after(sentence, MEASURES_AFTER_NUMBER, &["条"], true)
        .or_else(|| settled_after(sentence, &["整改措施"], &["条", "项", "个"], false))
        .or_else(|| measures_with_qualifier(sentence))
        // "分解整改任务106个，已完成整改98个": tasks tracked like measures, when their progress is given.
        .or_else(|| tasks_with_progress(sentence, &mut declared.tasks_pending));
    declared.measures.is_some()
}

fn read_petitions(sentence: &str, _: usize, declared: &mut RawDeclared) -> bool {
    if declared.petitions.is_some() {
        return false;
    }
    declared.petitions = settled_after(sentence, &["件信访件", "件信访举报件", "件信访问题", "件信访"], &["件"], true)
        .or_else(|| settled_after(sentence, &["信访件"], &["件"], false));
    declared.petitions.is_some()
}

fn read_units(sentence: &str, _: usize, declared: &mut RawDeclared) -> bool {
    if declared.units.is_some() {
        return false;
    }
    declared.units = units_counted(sentence);
    declared.units.is_some()
}

fn read_immediate(sentence: &str, _: usize, declared: &mut RawDeclared) -> bool {
    if declared.immediate.is_some() {
        return false;
    }
    declared.immediate = settled_after(sentence, &["立行立改"], &["件", "个", "项"], false)
        .or_else(|| settled_after(sentence, &["立行立改的", "立行立改”的", "立行立改」的"], &["件", "个", "项"], false))
        .or_else(|| {
            settled_after(sentence, &["个立行立改问题", "件立行立改", "个立行立改", "项立行立改"], &["件"], true)
        });
    declared.immediate.is_some()
}

/// Rules and documents issued: "N个制度性文件", "N项（规章）制度", "制度N项".
const DOCUMENTS_AFTER_NUMBER: &[&str] = &[
    "个制度性文件",
    "件制度性文件",
    "项制度性文件",
    "个制度文件",
    "项制度",
    "件制度",
    "个规章制度",
    "项规章制度",
    "个制度",
];

fn read_documents(sentence: &str, _: usize, declared: &mut RawDeclared) -> bool {
    if declared.documents.is_some() {
        return false;
    }
    declared.documents = count_before(sentence, DOCUMENTS_AFTER_NUMBER)
        .or_else(|| count_after(sentence, &["制度"], &["项", "个", "件", "份", "部"]))
        .map(|(n, _)| n);
    declared.documents.is_some()
}

fn read_meetings(sentence: &str, _: usize, declared: &mut RawDeclared) -> bool {
    if !declared.meetings.is_empty() {
        return false;
    }
    declared.meetings = meetings(sentence);
    !declared.meetings.is_empty()
}

/// "省财政厅党组领导班子…将反馈的4方面24个具体问题细化为199项措施": a sentence whose subject, before its first
/// number, is one body's leadership (党组, 党委; not the round's 党组织).
fn about_one_body(sentence: &str) -> bool {
    let before_number = &sentence[..sentence.find(|c: char| is_digit(c)).unwrap_or(sentence.len())];
    before_number.replace("党组织", "").contains("党组") || before_number.contains("党委")
}

/// How a sentence of examples starts.
const EXAMPLES: &[&str] = &["有些", "有的", "例如", "比如", "如：", "如，", "如,"];

/// The sentence up to the first clause (after its start or a semicolon) that gives examples.
fn without_examples(sentence: &str) -> &str {
    let mut clause_start = 0;
    for (at, c) in sentence.char_indices().chain(std::iter::once((sentence.len(), '；'))) {
        if matches!(c, '；' | ';') || at == sentence.len() {
            if EXAMPLES.iter().any(|w| sentence[clause_start..].trim_start().starts_with(w)) {
                return &sentence[..clause_start];
            }
            clause_start = (at + c.len_utf8()).min(sentence.len());
        }
    }
    sentence
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> RawDeclared {
        declared(&[(1, text.to_owned())], &mut Vec::new())
    }

    #[test]
    fn reads_the_reference_summary() {
        let d = read(
            "截至11月30日，巡视反馈的7个方面15个具体问题，已完成整改1个，基本完成4个，长期整改I 9个，长期整改II 1个。巡视移交的13件信访件，已全部办结，巡视交办的立行立改1件，已全部办结。",
        );
        assert_eq!((d.categories, d.problems), (Some(7), Some(15)));
        let labels: Vec<(&str, u32)> = d.by_status.iter().map(|(l, n, _)| (l.as_str(), *n)).collect();
        assert_eq!(labels, [("已完成整改", 1), ("基本完成", 4), ("长期整改I", 9), ("长期整改II", 1)]);
        assert_eq!(d.petitions, Some(Settled { total: 13, settled: Some(13) }));
        assert_eq!(d.immediate, Some(Settled { total: 1, settled: Some(1) }));
        assert_eq!(d.source_text.len(), 2);
    }

    #[test]
    fn reads_rates_measures_documents_and_meetings() {
        let d = read(
            "制定整改措施52条，已完成48条，整改完成率92.3%。共出台12个制度性文件。召开2次党工委会议、36次书记专题会及专项调度会研究整改。",
        );
        assert_eq!(d.measures, Some(Settled { total: 52, settled: Some(48) }));
        assert_eq!(d.completion_rate, Some(92.3));
        assert_eq!(d.documents, Some(12));
        let meetings: Vec<(&str, u32)> = d.meetings.iter().map(|m| (m.label.as_str(), m.count)).collect();
        assert_eq!(meetings, [("党工委会议", 2), ("书记专题会及专项调度会", 36)]);
        let d = read("共制定52条整改措施，已完成48条。");
        assert_eq!(d.measures, Some(Settled { total: 52, settled: Some(48) }));
    }
}

#[cfg(test)]
mod family_tests {
    use super::*;

    #[test]
    fn problems_with_a_qualifier() {
        assert_eq!(problems_counted("巡视组所反馈的4个方面13个专项问题的整改工作").map(|p| p.0), Some(13));
    }
}
