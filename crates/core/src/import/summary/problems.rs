//! How many problems, and in how many categories: the total a report declares, told apart from the counts that
//! look like it (a subset, a breakdown, a count in a document's title, an enumeration's "等3个方面").

use crate::import::scan::{is_cjk, is_digit};
use crate::import::status::guess_kind;

use super::numbers::{number_and_unit, number_ending_at};

/// Words just before a count that make it a part or a breakdown of the problems, not their total:
/// "细化成39个具体问题", "分阶段整改的817个问题", "其中35个".
pub(super) const NOT_THE_TOTAL: &[&str] = &["立行立改", "分阶段", "持续整改", "其中"];

/// Words that make a count a breakdown of problems counted before it in the sentence: "4个方面12类问题…细化成39个
/// 具体问题". Without an earlier count ("分解出的4大类、13个大项、26个具体问题") the breakdown is the count.
pub(super) const BREAKDOWN: &[&str] = &["细化", "梳理", "分解", "细分"];

/// The problems the report counts: "15个具体问题", "31个省委巡视反馈问题", "反馈问题697个", "反馈巡察问题408个".
pub(super) fn problems_counted(sentence: &str) -> Option<(u32, usize)> {
    let total_only = |at: usize| {
        let before: String = sentence[..at].chars().rev().take(14).collect::<Vec<_>>().into_iter().rev().collect();
        let counted_before = sentence[..at].contains("问题") && sentence[..at].chars().any(is_digit);
        let qualified = NOT_THE_TOTAL.iter().any(|w| before.contains(w));
        let breakdown = counted_before && BREAKDOWN.iter().any(|w| before.contains(w));
        !qualified && !breakdown
    };
    let mut hits: Vec<(usize, u32, usize)> = Vec::new();
    // A count inside a document's title (《…5个村党组织反馈问题整改落实方案》) is not the report's.
    let in_title = |at: usize| sentence[..at].matches('《').count() > sentence[..at].matches('》').count();
    // Number first: "N个[qualifier]问题", the qualifier a short run of characters ("具体", "省委巡视反馈").
    for (at, _) in sentence.match_indices("问题") {
        let before = &sentence[..at];
        // The measure word nearest before 问题 that follows a number, at most 8 characters of qualifier away.
        let counted = before
            .char_indices()
            .rev()
            .take(9)
            .take_while(|&(_, c)| is_cjk(c))
            .filter(|&(_, c)| "个项条".contains(c))
            .map(|(i, _)| &before[..i])
            .find(|unit_less| number_ending_at(unit_less).is_some());
        let Some(unit_less) = counted else { continue };
        let qualifier = &before[unit_less.len()..];
        // "10个方面普遍性问题": a round's common problems by aspect, not the problems fed back.
        if qualifier.contains(['的', '和', '及', '与', '类'])
            || ["方面", "普遍", "共性", "倾向", "重点", "难点", "典型"].iter().any(|w| qualifier.contains(w))
        {
            continue;
        }
        if let Some(n) = number_ending_at(unit_less) {
            let start = unit_less.trim_end().trim_end_matches(is_digit).len();
            if total_only(start) {
                hits.push((start, n, at + "问题".len()));
            }
        }
    }
    // Number after: "反馈问题697个", "反馈巡察问题408个", "发现问题共12条".
    for (at, _) in sentence.match_indices("问题") {
        let before: String = sentence[..at].chars().rev().take(4).collect();
        // "…等方面问题199条": the aspects listed, then the problems found in them.
        let names_all = ["反馈", "发现", "指出", "交办", "移交", "馈", "方面"].iter().any(|w| {
            let w: String = w.chars().rev().collect();
            before.contains(&w)
        }) || sentence[at..].starts_with("问题总数");
        if !names_all || !total_only(at) {
            continue;
        }
        let after = at + "问题".len();
        let after = after + sentence[after..].find(|c: char| !"总数的".contains(c)).unwrap_or(0);
        // "反馈具体问题需要向社会公开的19个": a short clause ending in 的 between the problems and their count.
        let after = match sentence[after..].find('的') {
            Some(de)
                if sentence[after..after + de].chars().count() <= 12
                    && sentence[after..after + de].chars().all(is_cjk) =>
            {
                after + de + '的'.len_utf8()
            }
            _ => after,
        };
        // "反馈问题4个大方面26个大项的问题": the categories first, then the problems.
        let after = match number_and_unit(&sentence[after..], &["个大方面", "个方面", "大方面"]) {
            Some((_, end)) => after + end,
            None => after,
        };
        if let Some((n, end)) = number_and_unit(&sentence[after..], &["个大项", "个", "条", "项"]) {
            hits.push((at, n, after + end));
        }
    }
    hits.into_iter()
        .filter(|&(at, _, end)| {
            // "3个问题已完成整改": problems in one status, not all of them.
            let after = &sentence[end..];
            let status_after = ["已", "未", "均已", "正在"].iter().any(|w| after.starts_with(w))
                && guess_kind(&after[..after.find(['，', ',', '；', ';', '。']).unwrap_or(after.len())]).1
                && !after.starts_with("已全部")
                && !after.starts_with("均已全部");
            !in_title(at) && !status_after
        })
        .min_by_key(|&(at, _, _)| at)
        .map(|(_, n, end)| (n, end))
}

/// "从措施、责任人、时限等3个方面压实责任", "从4个方面入手": a count of aspects of the work, not of the
/// categories of problems. `end` is the byte offset just after "个方面".
pub(super) fn counts_something_else(sentence: &str, end: usize) -> bool {
    let before = &sentence[..end];
    let number_start = before.trim_end_matches("个方面").trim_end_matches(is_digit).trim_end();
    let counted = &sentence[end..];
    // "对照巡察反馈党的政治建设、…等6个方面、16个问题": the aspects listed are the categories of the problems counted
    // right after them.
    let problems_follow = counted.trim_start_matches(['、', '，', ',']).starts_with(|c: char| is_digit(c))
        && problems_counted(counted).is_some_and(|(_, end)| counted[..end].chars().count() <= 12);
    if problems_follow {
        return false;
    }
    // "将各项任务分解为四大方面": the parts of a plan, where "巡视反馈意见分解出的4大类" are the problems'.
    let lead_in: String = before.chars().rev().take(10).collect::<Vec<_>>().into_iter().rev().collect();
    (["分解", "细化", "梳理"].iter().any(|w| lead_in.contains(w))
        && ["任务", "措施", "工作"].iter().any(|w| lead_in.contains(w)))
        || number_start.ends_with('等')
        || ["普遍性", "共性", "倾向性"].iter().any(|w| counted.starts_with(w))
        || number_start.ends_with('从')
        || before.rfind('从').is_some_and(|at| !before[at..].contains(['，', '。', '；', ',', ';']))
}
