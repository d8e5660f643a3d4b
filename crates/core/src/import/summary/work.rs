//! What was done about the problems, as counted: measures and tasks, petitions and items for immediate
//! rectification (each with how many are settled), the units a round covered, and the meetings held.

use crate::model::{LabelledCount, Settled};

use crate::import::scan::{is_cjk, is_digit, leading_uint};

use super::numbers::number_ending_at;
use super::problems::problems_counted;

/// A total counted with `words` ("13件信访件": number before; "立行立改1件": number after, with one of `units`)
/// and how many are settled: "已全部办结/完成/落实" → all, "已办结12件" / "已完成48条" → that number.
pub(super) fn settled_after(sentence: &str, words: &[&str], units: &[&str], number_before: bool) -> Option<Settled> {
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

/// "细化形成84项具体措施", "制定113项整改工作措施": measures with a short qualifier between the count and 措施.
pub(super) fn measures_with_qualifier(sentence: &str) -> Option<Settled> {
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
pub(super) fn tasks_with_progress(sentence: &str, pending: &mut Option<u32>) -> Option<Settled> {
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

/// "发放立行立改交办函17份，指出具体问题41个，其中35个已整改": while the team is still on site, the problems it
/// points out are handed over for immediate rectification (立行立改); the problems fed back come after it leaves.
pub(super) fn pointed_out_for_immediate_rectification(sentence: &str) -> Option<Settled> {
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

/// The units a round's report covers: "对全区59个单位党组织开展了常规巡察", "被巡察的45家单位", "向40家被巡察单位党组织".
/// Not a list's count ("区发改局、区粮油公司2家单位", "等4家单位").
pub(super) fn units_counted(sentence: &str) -> Option<u32> {
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

/// Meetings, counted either way round: "召开2次党工委会议、36次书记专题会及专项调度会研究…" → 党工委会议 ×2,
/// 书记专题会及专项调度会 ×36; "召开党组会议4次", "专题民主生活会(组织生活会)38次" → the run before the count.
/// "第57次会议" is an ordinal, not a count.
pub(super) fn meetings(sentence: &str) -> Vec<LabelledCount> {
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
