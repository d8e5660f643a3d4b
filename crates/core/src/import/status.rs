//! The status vocabulary: labels exactly as the report prints them, and a guess at what each one means.
//!
//! A status comes from a `整改结果：…` line, from a parenthesis after the problem's title ("（已完成整改）"), from the
//! sentence after the title, or from a short clause in the measures ("目前已完成整改。"). Long sentences that only
//! mention a word like 已完成 ("已完成主体工程的 90%") are never read as a status.

use crate::model::{Status, StatusKind};

use super::scan::{trim_end_mark, without_spaces};

/// Status words reports use, longest first so that 基本完成 is not read as 完成.
const VOCABULARY: [&str; 21] = [
    "基本完成整改",
    "已整改销号",
    "已完成整改",
    "未完成整改",
    "已基本完成",
    "基本完成",
    "正在整改",
    "部分整改",
    "持续推进",
    "持续整改",
    "长期整改",
    "尚未完成",
    "完成整改",
    "整改完成",
    "未完成",
    "已完成",
    "已整改",
    "整改中",
    "已办结",
    "销号",
    "完成",
];

/// Words before a status that are not part of it: "目前已完成整改" → "已完成整改".
const LEAD_INS: [&str; 6] = ["目前", "现已", "该问题", "此问题", "现", "，"];

/// A status as printed, when `text` is nothing but a status (possibly after 目前/该问题 …).
pub(crate) fn status_phrase(text: &str) -> Option<String> {
    let mut candidate = trim_end_mark(text);
    for lead in LEAD_INS {
        if let Some(rest) = candidate.strip_prefix(lead)
            && VOCABULARY.iter().any(|w| rest.trim_start().starts_with(w))
        {
            candidate = rest.trim_start();
        }
    }
    let compact = without_spaces(candidate);
    let word = VOCABULARY.iter().find(|w| compact.starts_with(*w))?;
    // A status is its word plus at most a short qualifier ("长期整改 I", "已完成整改销号").
    (compact.chars().count() <= word.chars().count() + 4 && !compact.contains(['，', ',', '%', '％']))
        .then(|| candidate.to_owned())
}

/// A status stated inside the measures: the last short clause or parenthesis that is a status.
pub(crate) fn status_in_measures(measures: &[String]) -> Option<String> {
    measures
        .iter()
        .flat_map(|paragraph| paragraph.split(['。', '，', '；', '（', '）', '(', ')', '【', '】']))
        .filter_map(status_phrase)
        .next_back()
}

/// What a label means, and whether the guess rests on a known word (`true`) or is a fallback.
pub(crate) fn guess_kind(label: &str) -> (StatusKind, bool) {
    let label = without_spaces(label);
    let has = |words: &[&str]| words.iter().any(|w| label.contains(w));
    if has(&["未完成", "尚未", "未整改", "没有完成"]) {
        (StatusKind::NotDone, true)
    } else if has(&["基本", "阶段性"]) {
        (StatusKind::MostlyDone, true)
    } else if has(&["长期"]) {
        (StatusKind::LongTerm, true)
    } else if has(&["部分", "正在", "持续", "推进", "整改中", "进行", "延期"]) {
        (StatusKind::InProgress, true)
    } else if has(&["完成", "销号", "办结", "已整改", "到位", "完毕"]) {
        (StatusKind::Done, true)
    } else {
        (StatusKind::InProgress, false)
    }
}

/// Compares labels the way a reader does: spaces ignored, "已…整改" around the core word optional, so the summary's
/// "已完成整改1个" and "长期整改I 9个" find the statuses "完成" and "长期整改 I".
pub(crate) fn same_label(a: &str, b: &str) -> bool {
    let (a, b) = (without_spaces(a), without_spaces(b));
    a == b || core_word(&a) == core_word(&b)
}

fn core_word(label: &str) -> &str {
    let label = label.strip_prefix('已').filter(|s| !s.is_empty()).unwrap_or(label);
    label.strip_suffix("整改").filter(|s| !s.is_empty()).unwrap_or(label)
}

/// The dataset's status vocabulary built from the labels in order of first use: ordered by kind (most finished
/// first), then by first use; ids from the kind (`done`, `long_term`, `long_term-2`).
pub(crate) fn vocabulary(labels: &[String]) -> Vec<(Status, bool)> {
    let mut seen: Vec<(usize, &String, StatusKind, bool)> = Vec::new();
    let mut known = std::collections::HashSet::new();
    for (first_use, label) in labels.iter().enumerate() {
        if known.insert(label) {
            let (kind, certain) = guess_kind(label);
            seen.push((first_use, label, kind, certain));
        }
    }
    seen.sort_by_key(|&(first_use, _, kind, _)| (kind, first_use));
    let mut per_kind = [0usize; StatusKind::ALL.len()];
    seen.into_iter()
        .enumerate()
        .map(|(order, (_, label, kind, certain))| {
            let slot = kind.index();
            per_kind[slot] += 1;
            let id = match per_kind[slot] {
                1 => kind.as_str().to_owned(),
                n => format!("{}-{n}", kind.as_str()),
            };
            let order = i32::try_from(order + 1).unwrap_or(i32::MAX);
            (Status { id, label: label.clone(), order, kind }, certain)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_status_phrases_but_not_sentences_that_mention_a_status_word() {
        assert_eq!(status_phrase("长期整改 I"), Some("长期整改 I".to_owned()));
        assert_eq!(status_phrase("目前已完成整改。"), Some("已完成整改".to_owned()));
        assert_eq!(status_phrase("已整改销号"), Some("已整改销号".to_owned()));
        assert_eq!(status_phrase("已完成主体工程的 90%"), None);
        assert_eq!(status_phrase("完成了各类代建项目的合同清理"), None);
        assert_eq!(
            status_in_measures(&["加强监管，完善制度。目前已完成整改。".to_owned()]),
            Some("已完成整改".to_owned())
        );
    }

    #[test]
    fn guesses_kinds() {
        assert_eq!(guess_kind("完成").0, StatusKind::Done);
        assert_eq!(guess_kind("已整改销号").0, StatusKind::Done);
        assert_eq!(guess_kind("基本完成").0, StatusKind::MostlyDone);
        assert_eq!(guess_kind("长期整改 II").0, StatusKind::LongTerm);
        assert_eq!(guess_kind("部分整改").0, StatusKind::InProgress);
        assert_eq!(guess_kind("持续推进").0, StatusKind::InProgress);
        assert_eq!(guess_kind("未完成").0, StatusKind::NotDone);
        assert_eq!(guess_kind("挂牌督办"), (StatusKind::InProgress, false));
    }

    #[test]
    fn matches_summary_labels_ignoring_spaces_and_wrappers() {
        assert!(same_label("已完成整改", "完成"));
        assert!(same_label("长期整改I", "长期整改 I"));
        assert!(!same_label("长期整改I", "长期整改 II"));
        assert!(!same_label("基本完成", "完成"));
    }

    #[test]
    fn orders_the_vocabulary_by_kind_then_first_use() {
        let labels = ["长期整改 I", "基本完成", "完成", "长期整改 II"].map(str::to_owned);
        let statuses: Vec<(String, String)> = vocabulary(&labels).into_iter().map(|(s, _)| (s.id, s.label)).collect();
        assert_eq!(
            statuses,
            [
                ("done".to_owned(), "完成".to_owned()),
                ("mostly_done".to_owned(), "基本完成".to_owned()),
                ("long_term".to_owned(), "长期整改 I".to_owned()),
                ("long_term-2".to_owned(), "长期整改 II".to_owned()),
            ]
        );
    }
}
