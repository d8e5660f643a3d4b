//! The problems counted per status, in the many ways reports word them, and the completion rate.

use crate::model::StatusKind;

use crate::import::scan::{is_cjk, is_digit, leading_decimal, without_spaces};
use crate::import::status::guess_kind;

use super::numbers::{number_and_unit, number_ending_at};

/// The longest status label taken from a summary: "基本完成取得阶段性成果并持续整改" is 16 characters.
pub(super) const MAX_SUMMARY_LABEL_CHARS: usize = 20;

/// Words that show a count is of something other than problems: "已完成整改措施48条", "已办结信访件13件".
pub(super) const NOT_PROBLEMS: &[&str] =
    &["措施", "任务", "信访", "线索", "制度", "立行立改", "资金", "万元", "文件", "会议", "人次"];

/// Things counted besides problems, which a summary sentence may turn to.
pub(super) const OTHER_SUBJECTS: &[&str] = &["措施", "任务", "信访", "线索", "立行立改", "制度", "文件", "会议"];

/// "，已完成整改1个，基本完成4个，长期整改I 9个" → [("已完成整改", 1), ("基本完成", 4), ("长期整改I", 9)];
/// "基本完成并持续巩固问题2个" → ("基本完成并持续巩固", 2); "正在整改3项（含部分整改）" → ("正在整改", 3).
pub(super) fn status_counts(rest: &str, line: usize) -> Vec<(String, u32, usize)> {
    let rest = without_parentheticals(rest);
    // Once the sentence turns to other things counted (measures, tasks, petitions), the counts after are theirs
    // until it names problems again: "梳理分解整改任务106个，已完成整改98个". Money is said of the problems.
    let mut about_problems = true;
    // "…已整改466个…，其中已到整改期问题381个，已整改349个，逾期未完成整改32个": after 其中 a part is broken down
    // again; a count of a kind already counted is a part of it, a count of a new kind completes the picture.
    let mut counted = 0;
    let mut in_breakdown = false;
    let mut kinds_before_breakdown: Vec<StatusKind> = Vec::new();
    let mut seen_kinds: Vec<StatusKind> = Vec::new();
    rest.split(['，', ',', '、', '；', ';', '。'])
        .filter(|segment| {
            if counted > 0 && segment.trim_start().starts_with("其中") && !in_breakdown {
                in_breakdown = true;
                kinds_before_breakdown = seen_kinds.clone();
            }
            counted += usize::from(segment.trim_end().ends_with(['个', '项', '条']));
            if let Some((kind, true)) = status_of_segment(segment) {
                if in_breakdown && kinds_before_breakdown.contains(&kind) {
                    return false;
                }
                seen_kinds.push(kind);
            }
            true
        })
        .filter(|segment| {
            if OTHER_SUBJECTS.iter().any(|w| segment.contains(w)) {
                about_problems = false;
            } else if segment.contains("问题") {
                about_problems = true;
            }
            about_problems
        })
        .filter_map(|segment| {
            let segment = segment.trim();
            let segment = ["其中", "目前", "现已", "截至目前"]
                .iter()
                .fold(segment, |s, prefix| s.strip_prefix(prefix).unwrap_or(s).trim_start());
            // "已完成整改9(含…)": the measure word is sometimes lost before a parenthesis.
            let body = segment.strip_suffix(['个', '项', '条']).unwrap_or(segment);
            let count = number_ending_at(body)?;
            let label = body.trim_end().trim_end_matches(is_digit).trim();
            let label = label.strip_suffix("问题").unwrap_or(label).trim_end_matches('的');
            let label = without_spaces(label);
            let plausible = !label.is_empty()
                && label.chars().count() <= MAX_SUMMARY_LABEL_CHARS
                && !NOT_PROBLEMS.iter().any(|w| label.contains(w))
                && guess_kind(&label).1;
            plausible.then_some((label, count, line))
        })
        .collect()
}

/// The kind of the status a counted segment names ("已整改349个" → done), and whether the word is known.
pub(super) fn status_of_segment(segment: &str) -> Option<(StatusKind, bool)> {
    let body = segment.trim().strip_suffix(['个', '项', '条'])?;
    let label = body.trim_end().trim_end_matches(is_digit);
    (label.len() < body.len()).then(|| guess_kind(label))
}

/// The text without what stands in parentheses: "正在整改3项（含部分整改）" → "正在整改3项".
pub(super) fn without_parentheticals(text: &str) -> String {
    let mut depth = 0usize;
    text.chars()
        .filter(|&c| match c {
            '（' | '(' => {
                depth += 1;
                false
            }
            '）' | ')' if depth > 0 => {
                depth -= 1;
                false
            }
            _ => depth == 0,
        })
        .collect()
}

/// Counts of problems that name their status after them: "3个问题已完成整改，2个问题已基本完成整改",
/// "有642个面上问题未完成整改" → [("已完成整改", 3), ("已基本完成整改", 2)], [("未完成整改", 642)].
pub(super) fn counts_with_status_after(sentence: &str, line: usize) -> Vec<(String, u32, usize)> {
    let mut counts = Vec::new();
    for (at, _) in sentence.match_indices("问题") {
        let after = &sentence[at + "问题".len()..];
        let clause = &after[..after.find(['，', ',', '；', ';', '。', '、']).unwrap_or(after.len())];
        let label = clause.trim();
        if label.is_empty() || label.chars().count() > 10 || !guess_kind(label).1 {
            continue;
        }
        if !(label.starts_with('已')
            || label.starts_with('未')
            || label.starts_with("正在")
            || label.starts_with("均已"))
        {
            continue;
        }
        let before = &sentence[..at];
        let unit_less = before
            .char_indices()
            .rev()
            .take(5)
            .filter(|&(_, c)| "个项条".contains(c))
            .map(|(i, _)| &before[..i])
            .find(|unit_less| number_ending_at(unit_less).is_some());
        if let Some(n) = unit_less.and_then(number_ending_at) {
            counts.push((without_spaces(label), n, line));
        }
    }
    counts
}

/// "共完成整改问题588个": a count of problems in one status, named before them, with no total.
pub(super) fn status_named_before(sentence: &str, line: usize) -> Option<(String, u32, usize)> {
    sentence.match_indices("问题").find_map(|(at, _)| {
        let (n, _) = number_and_unit(&sentence[at + "问题".len()..], &["个", "项", "条"])?;
        let label: String = sentence[..at]
            .chars()
            .rev()
            .take_while(|&c| is_cjk(c))
            .take(6)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let label = label.trim_start_matches(['共', '累', '计']);
        let (_, certain) = guess_kind(label);
        (certain && !label.is_empty() && !NOT_PROBLEMS.iter().any(|w| label.contains(w)))
            .then(|| (label.to_owned(), n, line))
    })
}

/// "目前均已完成整改", "已全部整改到位": every problem counted is done.
pub(super) fn all_done(rest: &str) -> bool {
    let clause = rest.split(['。', '；', ';']).next().unwrap_or_default();
    ["均已完成整改", "全部完成整改", "已全部完成", "全部整改到位", "均已整改到位", "均已整改完成", "已全部整改"]
        .iter()
        .any(|w| clause.contains(w))
}

/// "整改完成率76%", "完成率为 76.5%".
pub(super) fn completion_rate(sentence: &str) -> Option<f64> {
    let (at, word) = ["完成率", "整改率"].iter().find_map(|w| sentence.find(w).map(|at| (at, *w)))?;
    let rest =
        sentence[at + word.len()..].trim_start_matches(|c: char| c.is_whitespace() || "为达到是：:了".contains(c));
    let (value, len) = leading_decimal(rest)?;
    let after = rest[len..].trim_start();
    let after_percent = after.strip_prefix(['%', '％'])?;
    // "整改完成率达到100%的51个，80%以下的4个": units counted by their rate, not a rate.
    let band = after_percent.strip_prefix('的').is_some_and(|s| s.starts_with(|c: char| is_digit(c)));
    (!band).then_some(value)
}

/// "已整改销号问题453个，占整改问题总数的96.18%": the share of the problems that are done, stated as a share of
/// the total right after the done count.
pub(super) fn done_share(sentence: &str) -> Option<f64> {
    let at = sentence.find("总数的")?;
    let clause_start = sentence[..at].rfind(['，', ',', '；', ';']).unwrap_or(0);
    let previous_start = sentence[..clause_start]
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '，' | ',' | '；' | ';' | '。'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let previous = &sentence[previous_start..clause_start];
    let (kind, certain) = guess_kind(previous);
    if !(certain && kind == StatusKind::Done && sentence[clause_start..at].contains('占')) {
        return None;
    }
    let rest = &sentence[at + "总数的".len()..];
    let (value, len) = leading_decimal(rest)?;
    rest[len..].trim_start().starts_with(['%', '％']).then_some(value)
}
