//! Reading the numbers of a summary sentence: a count before a word ("15个具体问题") or after it ("反馈问题697个"),
//! in digits or Chinese numerals, never an ordinal.

use crate::import::scan::{chinese_digit, chinese_number, is_digit, leading_uint};

/// The number written just before `s[..end]` ends, allowing one run of spaces: "共 15" → 15. An ordinal
/// ("第57次会议", "第二轮") is never a count.
pub(super) fn number_ending_at(s: &str) -> Option<u32> {
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
pub(super) fn count_before(sentence: &str, words: &[&str]) -> Option<(u32, usize)> {
    earliest(sentence, words, |at, w| number_ending_at(&sentence[..at]).map(|n| (n, at + w.len())))
}

/// Like [`count_before`], also with the number in Chinese: "六个方面", "5大方面".
pub(super) fn count_before_any_number(sentence: &str, words: &[&str]) -> Option<(u32, usize)> {
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
pub(super) fn earliest<T>(sentence: &str, words: &[&str], found: impl Fn(usize, &str) -> Option<T>) -> Option<T> {
    let mut hits: Vec<(usize, &str)> = words.iter().flat_map(|w| sentence.match_indices(w)).collect();
    hits.sort_by_key(|&(at, w)| (at, std::cmp::Reverse(w.len())));
    hits.into_iter().find_map(|(at, w)| found(at, w))
}

/// The first of `words` followed by a number and one of `units`, with 共/为/：/有 allowed between:
/// (number, byte offset just after the unit). "反馈问题697个" → 697.
pub(super) fn count_after(sentence: &str, words: &[&str], units: &[&str]) -> Option<(u32, usize)> {
    earliest(sentence, words, |at, w| {
        let after = at + w.len();
        number_and_unit(&sentence[after..], units).map(|(n, end)| (n, after + end))
    })
}

/// A number and one of `units` at the start of `text`, after 共/为/：/有: (number, byte offset after the unit).
pub(super) fn number_and_unit(text: &str, units: &[&str]) -> Option<(u32, usize)> {
    let rest = text.trim_start_matches(|c: char| c.is_whitespace() || "共计为：:有是".contains(c));
    let (n, len) = leading_uint(rest)?;
    let after_number = rest[len..].trim_start();
    let unit = units.iter().find(|u| after_number.starts_with(*u))?;
    Some((n?, text.len() - after_number.len() + unit.len()))
}
