//! The figures a report declares about itself, read from its narrative paragraphs sentence by sentence:
//! "反馈的7个方面15个具体问题，已完成整改1个，基本完成4个…", "整改完成率76%", "…条整改措施，已完成…条",
//! "巡视移交的13件信访件，已全部办结", "立行立改1件，已全部办结", "…个制度性文件", "2次党工委会议、36次…会".
//!
//! Status counts keep their labels as printed; `mod.rs` matches them to the status vocabulary (ignoring spaces),
//! because the summary usually comes before the problems that define the statuses.

use crate::model::{LabelledCount, Settled};

use super::scan::{is_digit, leading_decimal, leading_uint, sentences, without_spaces};
use super::status::guess_kind;
use super::{Recognised, Recognition};

/// Declared figures with status labels not yet resolved to ids.
#[derive(Debug, Clone, Default)]
pub(crate) struct RawDeclared {
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

/// Reads one sentence; true when it declared anything.
fn read_sentence(sentence: &str, line: usize, declared: &mut RawDeclared) -> bool {
    let mut found = false;
    if declared.categories.is_none()
        && let Some((n, _)) = count_before(sentence, &["个方面"])
    {
        declared.categories = Some(n);
        found = true;
    }
    if declared.problems.is_none()
        && let Some((n, end)) = count_before(sentence, &["个具体问题", "个问题", "项具体问题", "项问题", "条问题"])
    {
        declared.problems = Some(n);
        declared.by_status = status_counts(&sentence[end..], line);
        found = true;
    }
    if declared.completion_rate.is_none()
        && let Some(rate) = completion_rate(sentence)
    {
        declared.completion_rate = Some(rate);
        found = true;
    }
    if declared.measures.is_none()
        && let Some(pair) = settled_after(sentence, &["条整改措施", "条措施"], &["条"], true)
            .or_else(|| settled_after(sentence, &["整改措施"], &["条", "项"], false))
    {
        declared.measures = Some(pair);
        found = true;
    }
    if declared.petitions.is_none()
        && let Some(pair) =
            settled_after(sentence, &["件信访件", "件信访举报件", "件信访问题", "件信访"], &["件"], true)
                .or_else(|| settled_after(sentence, &["信访件"], &["件"], false))
    {
        declared.petitions = Some(pair);
        found = true;
    }
    if declared.immediate.is_none()
        && let Some(pair) = settled_after(sentence, &["立行立改"], &["件", "个", "项"], false)
    {
        declared.immediate = Some(pair);
        found = true;
    }
    if declared.documents.is_none()
        && let Some((n, _)) =
            count_before(sentence, &["个制度性文件", "件制度性文件", "项制度性文件", "个制度文件", "项制度", "件制度"])
    {
        declared.documents = Some(n);
        found = true;
    }
    let meetings = meetings(sentence);
    if !meetings.is_empty() && declared.meetings.is_empty() {
        declared.meetings = meetings;
        found = true;
    }
    found
}

/// The number written just before `s[..end]` ends, allowing one run of spaces: "共 15" → 15.
fn number_ending_at(s: &str) -> Option<u32> {
    let s = s.trim_end();
    let start = s.char_indices().rev().take_while(|&(_, c)| is_digit(c)).last().map(|(i, _)| i)?;
    match leading_uint(&s[start..]) {
        Some((Some(n), len)) if start + len == s.len() => Some(n),
        _ => None,
    }
}

/// The first of `words` preceded by a number: (number, byte offset just after the word).
fn count_before(sentence: &str, words: &[&str]) -> Option<(u32, usize)> {
    words.iter().find_map(|word| {
        sentence.match_indices(word).find_map(|(at, w)| number_ending_at(&sentence[..at]).map(|n| (n, at + w.len())))
    })
}

/// "，已完成整改1个，基本完成4个，长期整改I 9个" → [("已完成整改", 1), ("基本完成", 4), ("长期整改I", 9)].
fn status_counts(rest: &str, line: usize) -> Vec<(String, u32, usize)> {
    rest.split(['，', ',', '、', '；', ';', '。'])
        .filter_map(|segment| {
            let segment = segment.trim();
            let segment = segment.strip_prefix("其中").unwrap_or(segment).trim_start();
            let body = segment.strip_suffix(['个', '项', '条'])?;
            let count = number_ending_at(body)?;
            let label = body.trim_end().trim_end_matches(is_digit).trim();
            let label = without_spaces(label);
            let plausible = !label.is_empty() && label.chars().count() <= 12 && guess_kind(&label).1;
            plausible.then_some((label, count, line))
        })
        .collect()
}

/// "整改完成率76%", "完成率为 76.5%".
fn completion_rate(sentence: &str) -> Option<f64> {
    let at = sentence.find("完成率")?;
    let rest =
        sentence[at + "完成率".len()..].trim_start_matches(|c: char| c.is_whitespace() || "为达到是：:了".contains(c));
    let (value, len) = leading_decimal(rest)?;
    rest[len..].trim_start().starts_with(['%', '％']).then_some(value)
}

/// A total counted with `words` ("13件信访件": number before; "立行立改1件": number after, with one of `units`)
/// and how many are settled: "已全部办结/完成/落实" → all, "已办结12件" / "已完成48条" → that number.
fn settled_after(sentence: &str, words: &[&str], units: &[&str], number_before: bool) -> Option<Settled> {
    let (total, after) = words.iter().find_map(|word| {
        sentence.match_indices(word).find_map(|(at, w)| {
            let after = at + w.len();
            if number_before {
                number_ending_at(&sentence[..at]).map(|n| (n, after))
            } else {
                let rest = sentence[after..].trim_start();
                let (n, len) = leading_uint(rest)?;
                let unit = units.iter().find(|u| rest[len..].trim_start().starts_with(*u))?;
                let unit_end = rest[len..].find(unit)? + len + unit.len();
                Some((n?, sentence.len() - rest.len() + unit_end))
            }
        })
    })?;
    // Only the clause(s) up to the next counted item belong to this one.
    let rest = &sentence[after..];
    let rest = match rest.find("立行立改") {
        Some(cut) if cut > 0 => &rest[..cut],
        _ => rest,
    };
    let settled = if ["全部办结", "全部完成", "全部落实", "均已办结", "全部整改"].iter().any(|w| rest.contains(w))
    {
        Some(total)
    } else {
        ["办结", "完成", "落实"].iter().find_map(|verb| {
            let at = rest.find(verb)?;
            let tail = rest[at + verb.len()..].trim_start();
            match leading_uint(tail) {
                Some((Some(n), _)) => Some(n),
                _ => None,
            }
        })
    };
    Some(Settled { total, settled: settled.unwrap_or(0) }).filter(|_| settled.is_some())
}

/// "召开2次党工委会议、36次书记专题会及专项调度会研究…" → 党工委会议 ×2, 书记专题会及专项调度会 ×36.
fn meetings(sentence: &str) -> Vec<LabelledCount> {
    sentence
        .match_indices('次')
        .filter_map(|(at, _)| {
            let count = number_ending_at(&sentence[..at])?;
            let rest = &sentence[at + '次'.len_utf8()..];
            let run_end = rest.find(['、', '，', '。', '；', ',', ';']).unwrap_or(rest.len());
            let run = &rest[..run_end];
            let last = run.rfind('会')?;
            let end = last + '会'.len_utf8();
            let end = if run[end..].starts_with('议') { end + '议'.len_utf8() } else { end };
            let label = run[..end].trim();
            (!label.is_empty()).then(|| LabelledCount { label: label.to_owned(), count, unit: Some("次".to_owned()) })
        })
        .collect()
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
        assert_eq!(d.petitions, Some(Settled { total: 13, settled: 13 }));
        assert_eq!(d.immediate, Some(Settled { total: 1, settled: 1 }));
        assert_eq!(d.source_text.len(), 2);
    }

    #[test]
    fn reads_rates_measures_documents_and_meetings() {
        let d = read(
            "制定整改措施52条，已完成48条，整改完成率92.3%。共出台12个制度性文件。召开2次党工委会议、36次书记专题会及专项调度会研究整改。",
        );
        assert_eq!(d.measures, Some(Settled { total: 52, settled: 48 }));
        assert_eq!(d.completion_rate, Some(92.3));
        assert_eq!(d.documents, Some(12));
        let meetings: Vec<(&str, u32)> = d.meetings.iter().map(|m| (m.label.as_str(), m.count)).collect();
        assert_eq!(meetings, [("党工委会议", 2), ("书记专题会及专项调度会", 36)]);
        let d = read("共制定52条整改措施，已完成48条。");
        assert_eq!(d.measures, Some(Settled { total: 52, settled: 48 }));
    }
}
