//! The figures a report declares about itself, read from its narrative paragraphs sentence by sentence:
//! "反馈的7个方面15个具体问题，已完成整改1个，基本完成4个…", "整改完成率76%", "…条整改措施，已完成…条",
//! "巡视移交的13件信访件，已全部办结", "立行立改1件，已全部办结", "…个制度性文件", "2次党工委会议、36次…会".
//!
//! Status counts keep their labels as printed; `mod.rs` matches them to the status vocabulary (ignoring spaces),
//! because the summary usually comes before the problems that define the statuses.

use crate::model::{LabelledCount, Settled};

use super::scan::{
    chinese_digit, chinese_number, is_cjk, is_digit, leading_decimal, leading_uint, sentences, without_spaces,
};
use super::status::guess_kind;
use super::{Recognised, Recognition};

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

/// Reads one sentence; true when it declared anything.
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
    let mut found = false;
    if declared.categories.is_none()
        && let Some((n, _)) = count_before_any_number(sentence, &["个大方面", "个方面", "大方面", "大类", "方面"])
            .filter(|&(_, end)| !counts_something_else(sentence, end))
    {
        declared.categories = Some(n);
        found = true;
    }
    if declared.immediate.is_none()
        && let Some(pair) = pointed_out_for_immediate_rectification(sentence)
    {
        declared.immediate = Some(pair);
        found = true;
    } else if declared.problems.is_none()
        && let Some((n, end)) = problems_counted(sentence)
    {
        declared.problems = Some(n);
        declared.by_status = status_counts(&sentence[end..], line);
        if declared.by_status.is_empty() && all_done(&sentence[end..]) {
            declared.by_status.push(("已完成整改".to_owned(), n, line));
        }
        // "170个问题中，有136个问题已整改完毕，24个问题未到整改期限…".
        if declared.by_status.is_empty() {
            declared.by_status = counts_with_status_after(&sentence[end..], line);
        }
        found = true;
    } else if declared.by_status.is_empty()
        && let counts = counts_with_status_after(sentence, line)
            .into_iter()
            .chain(status_named_before(sentence, line))
            .collect::<Vec<_>>()
        && !counts.is_empty()
    {
        declared.by_status = counts;
        found = true;
    } else if declared.problems.is_some() && declared.by_status.is_empty() {
        // "反馈问题12个。目前已完成整改10个，正在整改2个。": the counts by status in a sentence of their own.
        declared.by_status = status_counts(sentence, line);
        found |= !declared.by_status.is_empty();
    }
    if declared.completion_rate.is_none()
        && let Some(rate) = completion_rate(sentence).or_else(|| done_share(sentence))
    {
        declared.completion_rate = Some(rate);
        found = true;
    }
    if declared.measures.is_none()
        && let Some(pair) = settled_after(
            sentence,
            &[
                "条整改措施",
                "条措施",
                "项整改措施",
                "项措施",
                "个整改措施",
                "项细化整改措施",
                "条细化整改措施",
                "项具体整改措施",
                "条具体整改措施",
            ],
            &["条"],
            true,
        )
        .or_else(|| settled_after(sentence, &["整改措施"], &["条", "项", "个"], false))
        .or_else(|| measures_with_qualifier(sentence))
        // "分解整改任务106个，已完成整改98个": tasks tracked like measures, when their progress is given.
        .or_else(|| tasks_with_progress(sentence, &mut declared.tasks_pending))
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
    if declared.units.is_none()
        && let Some(n) = units_counted(sentence)
    {
        declared.units = Some(n);
        found = true;
    }
    if declared.immediate.is_none()
        && let Some(pair) = settled_after(sentence, &["立行立改"], &["件", "个", "项"], false)
            .or_else(|| {
                settled_after(sentence, &["立行立改的", "立行立改”的", "立行立改」的"], &["件", "个", "项"], false)
            })
            .or_else(|| {
                settled_after(sentence, &["个立行立改问题", "件立行立改", "个立行立改", "项立行立改"], &["件"], true)
            })
    {
        declared.immediate = Some(pair);
        found = true;
    }
    if declared.documents.is_none()
        && let Some((n, _)) = count_before(
            sentence,
            &[
                "个制度性文件",
                "件制度性文件",
                "项制度性文件",
                "个制度文件",
                "项制度",
                "件制度",
                "个规章制度",
                "项规章制度",
                "个制度",
            ],
        )
        .or_else(|| count_after(sentence, &["制度"], &["项", "个", "件", "份", "部"]))
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

/// The number written just before `s[..end]` ends, allowing one run of spaces: "共 15" → 15. An ordinal
/// ("第57次会议", "第二轮") is never a count.
fn number_ending_at(s: &str) -> Option<u32> {
    let s = s.trim_end();
    let start = s.char_indices().rev().take_while(|&(_, c)| is_digit(c)).last().map(|(i, _)| i)?;
    // "第57次会议"; "八届89次常务会议", a session's ordinal without 第.
    if s[..start].trim_end().ends_with(['第', '届']) {
        return None;
    }
    match leading_uint(&s[start..]) {
        Some((Some(n), len)) if start + len == s.len() => Some(n),
        _ => None,
    }
}

/// The earliest of `words` in the sentence preceded by a number: (number, byte offset just after the word).
fn count_before(sentence: &str, words: &[&str]) -> Option<(u32, usize)> {
    earliest(sentence, words, |at, w| number_ending_at(&sentence[..at]).map(|n| (n, at + w.len())))
}

/// Like [`count_before`], also with the number in Chinese: "六个方面", "5大方面".
fn count_before_any_number(sentence: &str, words: &[&str]) -> Option<(u32, usize)> {
    earliest(sentence, words, |at, w| {
        let before = &sentence[..at];
        number_ending_at(before)
            .or_else(|| {
                let digits: String = before
                    .chars()
                    .rev()
                    .take_while(|&c| chinese_digit(c).is_some())
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                let rest = &before[..before.len() - digits.len()];
                chinese_number(&digits).filter(|_| !rest.ends_with('第') && !digits.is_empty())
            })
            .map(|n| (n, at + w.len()))
    })
}

/// The match of `found` at the smallest offset over all occurrences of all `words`.
fn earliest<T>(sentence: &str, words: &[&str], found: impl Fn(usize, &str) -> Option<T>) -> Option<T> {
    let mut hits: Vec<(usize, &str)> = words.iter().flat_map(|w| sentence.match_indices(w)).collect();
    hits.sort_by_key(|&(at, w)| (at, std::cmp::Reverse(w.len())));
    hits.into_iter().find_map(|(at, w)| found(at, w))
}

/// Words just before a count that make it a part or a breakdown of the problems, not their total:
/// "细化成39个具体问题", "分阶段整改的817个问题", "其中35个".
const NOT_THE_TOTAL: &[&str] = &["立行立改", "分阶段", "持续整改", "其中"];

/// Words that make a count a breakdown of problems counted before it in the sentence: "4个方面12类问题…细化成39个
/// 具体问题". Without an earlier count ("分解出的4大类、13个大项、26个具体问题") the breakdown is the count.
const BREAKDOWN: &[&str] = &["细化", "梳理", "分解", "细分"];

/// Counts of problems that name their status after them: "3个问题已完成整改，2个问题已基本完成整改",
/// "有642个面上问题未完成整改" → [("已完成整改", 3), ("已基本完成整改", 2)], [("未完成整改", 642)].
fn counts_with_status_after(sentence: &str, line: usize) -> Vec<(String, u32, usize)> {
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

/// "细化形成84项具体措施", "制定113项整改工作措施": measures with a short qualifier between the count and 措施.
fn measures_with_qualifier(sentence: &str) -> Option<Settled> {
    sentence.match_indices("措施").find_map(|(at, _)| {
        let before = &sentence[..at];
        let qualifier: String = before.chars().rev().take_while(|&c| is_cjk(c) && !"项条个".contains(c)).collect();
        let known = ["具体", "工作", "整改工作", "细化", "具体整改"]
            .iter()
            .any(|w| qualifier.chars().rev().collect::<String>() == *w);
        let counted = &before[..before.len() - qualifier.len()];
        let unit_less = counted.strip_suffix(['项', '条'])?;
        let total = number_ending_at(unit_less).filter(|_| known)?;
        Some(Settled { total, settled: None })
    })
}

/// Rectification tasks (整改任务) count as measures when the report gives their progress: "分解整改任务106个，已完成
/// 整改98个", or the total in one sentence and the progress in a later one ("明确156项整改任务。…132项整改任务已
/// 完成"). A total alone is kept in `pending` until then: tasks without progress are too often a plan's items.
fn tasks_with_progress(sentence: &str, pending: &mut Option<u32>) -> Option<Settled> {
    let found = settled_after(sentence, &["整改任务"], &["条", "项", "个"], false)
        .or_else(|| settled_after(sentence, &["项整改任务", "个整改任务", "条整改任务"], &["条"], true))?;
    match (found.settled, *pending) {
        // "132项整改任务已完成": the progress of the tasks counted before.
        (Some(settled), Some(total)) if found.total == settled && settled <= total => {
            Some(Settled { total, settled: Some(settled) })
        }
        (Some(_), _) => Some(found),
        (None, _) => {
            *pending = Some(found.total);
            None
        }
    }
}

/// "共完成整改问题588个": a count of problems in one status, named before them, with no total.
fn status_named_before(sentence: &str, line: usize) -> Option<(String, u32, usize)> {
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

/// The problems the report counts: "15个具体问题", "31个省委巡视反馈问题", "反馈问题697个", "反馈巡察问题408个".
fn problems_counted(sentence: &str) -> Option<(u32, usize)> {
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

/// "发放立行立改交办函17份，指出具体问题41个，其中35个已整改": while the team is still on site, the problems it
/// points out are handed over for immediate rectification (立行立改); the problems fed back come after it leaves.
fn pointed_out_for_immediate_rectification(sentence: &str) -> Option<Settled> {
    let (total, end) = problems_counted(sentence)?;
    let count_at = sentence[..end].rfind("问题")?;
    let lead_in: String = sentence[..count_at].chars().rev().take(6).collect();
    let pointed_out = ["出指", "现发"].iter().any(|w| lead_in.contains(w)) && !lead_in.contains("馈反");
    if !(pointed_out && sentence[..count_at].contains("立行立改")) {
        return None;
    }
    let rest = &sentence[end..];
    let settled = rest.find("其中").and_then(|at| {
        let (n, len) = leading_uint(&rest[at + "其中".len()..])?;
        let tail = &rest[at + "其中".len() + len..];
        let tail = tail.trim_start_matches(['个', '项', '件', '条']);
        (tail.starts_with("已整改") || tail.starts_with("已完成")).then_some(n).flatten()
    });
    Some(Settled { total, settled })
}

/// "目前均已完成整改", "已全部整改到位": every problem counted is done.
fn all_done(rest: &str) -> bool {
    let clause = rest.split(['。', '；', ';']).next().unwrap_or_default();
    ["均已完成整改", "全部完成整改", "已全部完成", "全部整改到位", "均已整改到位", "均已整改完成", "已全部整改"]
        .iter()
        .any(|w| clause.contains(w))
}

/// The units a round's report covers: "对全区59个单位党组织开展了常规巡察", "被巡察的45家单位", "向40家被巡察单位党组织".
/// Not a list's count ("区发改局、区粮油公司2家单位", "等4家单位").
fn units_counted(sentence: &str) -> Option<u32> {
    if !["巡察", "巡视", "审计"].iter().any(|w| sentence.contains(w)) {
        return None;
    }
    const WORDS: &[&str] = &[
        "个被巡视地方和单位",
        "家被巡察单位",
        "家被巡视单位",
        "个被巡察单位",
        "个被巡视单位",
        "个被巡察党组织",
        "个被巡视党组织",
        "家单位",
        "个单位",
        "家党组织",
        "个党组织",
    ];
    let mut hits: Vec<(usize, u32)> = Vec::new();
    for word in WORDS {
        for (at, _) in sentence.match_indices(word) {
            let before = &sentence[..at];
            let Some(n) = number_ending_at(before) else { continue };
            let rest = before.trim_end().trim_end_matches(is_digit).trim_end();
            let ok = rest.is_empty()
                || rest.ends_with(|c: char| !is_cjk(c))
                || ["对", "向", "的", "共", "区", "县", "市", "省", "涉及", "、", "，"]
                    .iter()
                    .any(|w| rest.ends_with(w));
            let listed = rest.ends_with('等') || rest.ends_with(['司', '局', '委', '院', '校', '厅', '办']);
            if ok && !listed {
                hits.push((at, n));
            }
        }
    }
    // Named as inspected ("被巡察的45家单位", "40家被巡察单位") or as all of a place's ("对全区59个单位党组织"), or
    // counted beside the problems: a plain "对26家单位巡视" may be one round among the figures of several.
    let named = |at: usize| {
        let around: String = sentence[..at].chars().rev().take(8).collect::<Vec<_>>().into_iter().rev().collect();
        let word_end = sentence[at..].char_indices().nth(8).map_or(sentence.len(), |(i, _)| at + i);
        // "派出9个监督检查组对38个单位…督查": the units a check visited, not the round's.
        if ["检查组", "督查组", "督导组"].iter().any(|w| around.contains(w)) {
            return false;
        }
        around.contains("被巡")
            || ["巡视的", "巡察的", "轮巡"].iter().any(|w| around.contains(w))
            || sentence[at..word_end].contains("被巡")
            || ["全区", "全县", "全市", "全省"].iter().any(|w| around.contains(w))
            || problems_counted(sentence).is_some()
    };
    hits.into_iter().filter(|&(at, _)| named(at)).min_by_key(|&(at, _)| at).map(|(_, n)| n)
}

/// The first of `words` followed by a number and one of `units`, with 共/为/：/有 allowed between:
/// (number, byte offset just after the unit). "反馈问题697个" → 697.
fn count_after(sentence: &str, words: &[&str], units: &[&str]) -> Option<(u32, usize)> {
    earliest(sentence, words, |at, w| {
        let after = at + w.len();
        number_and_unit(&sentence[after..], units).map(|(n, end)| (n, after + end))
    })
}

/// A number and one of `units` at the start of `text`, after 共/为/：/有: (number, byte offset after the unit).
fn number_and_unit(text: &str, units: &[&str]) -> Option<(u32, usize)> {
    let rest = text.trim_start_matches(|c: char| c.is_whitespace() || "共计为：:有是".contains(c));
    let (n, len) = leading_uint(rest)?;
    let after_number = rest[len..].trim_start();
    let unit = units.iter().find(|u| after_number.starts_with(*u))?;
    Some((n?, text.len() - after_number.len() + unit.len()))
}

/// "从措施、责任人、时限等3个方面压实责任", "从4个方面入手": a count of aspects of the work, not of the
/// categories of problems. `end` is the byte offset just after "个方面".
fn counts_something_else(sentence: &str, end: usize) -> bool {
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

/// The longest status label taken from a summary: "基本完成取得阶段性成果并持续整改" is 16 characters.
const MAX_SUMMARY_LABEL_CHARS: usize = 20;

/// Words that show a count is of something other than problems: "已完成整改措施48条", "已办结信访件13件".
const NOT_PROBLEMS: &[&str] =
    &["措施", "任务", "信访", "线索", "制度", "立行立改", "资金", "万元", "文件", "会议", "人次"];

/// Things counted besides problems, which a summary sentence may turn to.
const OTHER_SUBJECTS: &[&str] = &["措施", "任务", "信访", "线索", "立行立改", "制度", "文件", "会议"];

/// "，已完成整改1个，基本完成4个，长期整改I 9个" → [("已完成整改", 1), ("基本完成", 4), ("长期整改I", 9)];
/// "基本完成并持续巩固问题2个" → ("基本完成并持续巩固", 2); "正在整改3项（含部分整改）" → ("正在整改", 3).
fn status_counts(rest: &str, line: usize) -> Vec<(String, u32, usize)> {
    let rest = without_parentheticals(rest);
    // Once the sentence turns to other things counted (measures, tasks, petitions), the counts after are theirs
    // until it names problems again: "梳理分解整改任务106个，已完成整改98个". Money is said of the problems.
    let mut about_problems = true;
    // "…已整改466个…，其中已到整改期问题381个，已整改349个，逾期未完成整改32个": after 其中 a part is broken down
    // again; a count of a kind already counted is a part of it, a count of a new kind completes the picture.
    let mut counted = 0;
    let mut in_breakdown = false;
    let mut kinds_before_breakdown: Vec<crate::model::StatusKind> = Vec::new();
    let mut seen_kinds: Vec<crate::model::StatusKind> = Vec::new();
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
fn status_of_segment(segment: &str) -> Option<(crate::model::StatusKind, bool)> {
    let body = segment.trim().strip_suffix(['个', '项', '条'])?;
    let label = body.trim_end().trim_end_matches(is_digit);
    (label.len() < body.len()).then(|| guess_kind(label))
}

/// The text without what stands in parentheses: "正在整改3项（含部分整改）" → "正在整改3项".
fn without_parentheticals(text: &str) -> String {
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

/// "整改完成率76%", "完成率为 76.5%".
fn completion_rate(sentence: &str) -> Option<f64> {
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
fn done_share(sentence: &str) -> Option<f64> {
    let at = sentence.find("总数的")?;
    let clause_start = sentence[..at].rfind(['，', ',', '；', ';']).unwrap_or(0);
    let previous_start = sentence[..clause_start]
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '，' | ',' | '；' | ';' | '。'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let previous = &sentence[previous_start..clause_start];
    let (kind, certain) = guess_kind(previous);
    if !(certain && kind == crate::model::StatusKind::Done && sentence[clause_start..at].contains('占')) {
        return None;
    }
    let rest = &sentence[at + "总数的".len()..];
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
    // "29项整改措施已完成", "13件信访件已全部办结": all of them, with no second number.
    let all_settled = ["已完成", "已落实", "已办结"].iter().any(|w| rest.starts_with(w))
        && !rest.trim_start_matches(['已', '完', '成', '落', '实', '办', '结']).starts_with(|c: char| is_digit(c));
    let settled = if all_settled
        || ["全部办结", "全部完成", "全部落实", "均已办结", "全部整改"].iter().any(|w| rest.contains(w))
    {
        Some(total)
    } else {
        // "已完成48条", "已完成整改48条", "已落实到位48条".
        ["办结", "完成", "落实"].iter().find_map(|verb| {
            rest.match_indices(verb).find_map(|(at, _)| {
                let tail = rest[at + verb.len()..].trim_start();
                let tail =
                    ["整改", "到位"].iter().fold(tail, |t, filler| t.strip_prefix(filler).unwrap_or(t)).trim_start();
                match leading_uint(tail) {
                    Some((Some(n), _)) => Some(n),
                    _ => None,
                }
            })
        })
    };
    Some(Settled { total, settled })
}

/// Meetings, counted either way round: "召开2次党工委会议、36次书记专题会及专项调度会研究…" → 党工委会议 ×2,
/// 书记专题会及专项调度会 ×36; "召开党组会议4次", "专题民主生活会(组织生活会)38次" → the run before the count.
/// "第57次会议" is an ordinal, not a count.
fn meetings(sentence: &str) -> Vec<LabelledCount> {
    const SEPARATORS: [char; 6] = ['、', '，', '。', '；', ',', ';'];
    // "召开1场区委常委会(扩大)会议，9场福州新区党工委、…联席会议": 场 counts meetings too; its meeting's name may list
    // bodies with 、.
    sentence
        .match_indices(['次', '场'])
        .filter_map(|(at, word)| {
            let before = &sentence[..at];
            let count = number_ending_at(before)?;
            let rest = &sentence[at + word.len()..];
            let run_end = match word {
                "场" => rest.find(['，', '。', '；', ',', ';']),
                _ => rest.find(SEPARATORS),
            }
            .unwrap_or(rest.len());
            let run = &rest[..run_end];
            let label = match run.rfind('会') {
                // "先后5次专题研究部署巡察整改工作": a meeting in all but name.
                None if ["专题研究", "专题部署", "研究部署", "专题调度"].iter().any(|w| run.starts_with(w)) => {
                    run.trim()
                }
                Some(last) => {
                    let end = last + '会'.len_utf8();
                    let end = if run[end..].starts_with('议') { end + '议'.len_utf8() } else { end };
                    run[..end].trim()
                }
                None => {
                    // The count after its meeting: the run back to the previous separator, without the verb.
                    let number_start = before.trim_end().trim_end_matches(is_digit).trim_end();
                    let run_start = number_start
                        .rfind(SEPARATORS)
                        .map_or(0, |i| i + number_start[i..].chars().next().map_or(1, char::len_utf8));
                    let run = number_start[run_start..].trim();
                    // "被巡察党组织共召开专题民主生活会38次" → 专题民主生活会: what follows the last verb.
                    let before_parenthesis = &run[..run.find(['(', '（']).unwrap_or(run.len())];
                    let run = ["召开", "组织", "开展", "举行"]
                        .iter()
                        .filter_map(|verb| before_parenthesis.rfind(verb).map(|at| &run[at + verb.len()..]))
                        .min_by_key(|rest| rest.len())
                        .unwrap_or(run);
                    if !run.contains('会') || run.chars().count() > 30 {
                        return None;
                    }
                    run
                }
            };
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
