//! Small text helpers shared by the importer: character classes, digits of both widths, Chinese numerals.
//!
//! Everything works on `&str` with byte offsets that always fall on character boundaries, so no helper can
//! panic on slicing, whatever the input.

/// True for the CJK ideographs reports are written in (BMP blocks and the compatibility block).
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{f900}'..='\u{faff}')
}

/// The value of an ASCII or full-width digit.
pub(crate) fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// True for an ASCII or full-width digit.
pub(crate) fn is_digit(c: char) -> bool {
    digit_value(c).is_some()
}

/// The value of a single Chinese numeral character (一 … 十, 两, 〇/零).
pub(crate) fn chinese_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        '十' => 10,
        _ => return None,
    })
}

/// The value of a Chinese number up to 99 written with 十 (一, 十, 十二, 二十, 二十三).
pub(crate) fn chinese_number(s: &str) -> Option<u32> {
    let values: Vec<u32> = s.chars().map(chinese_digit).collect::<Option<_>>()?;
    match values.as_slice() {
        [v] => Some(*v),
        [10, u] if *u < 10 => Some(10 + u),
        [t, 10] if *t < 10 => Some(t * 10),
        [t, 10, u] if *t < 10 && *u < 10 => Some(t * 10 + u),
        _ => None,
    }
}

/// Reads an unsigned integer of ASCII or full-width digits at the start of `s`: its value (if it fits in a
/// `u32`) and the number of bytes it spans. `None` when `s` does not start with a digit.
pub(crate) fn leading_uint(s: &str) -> Option<(Option<u32>, usize)> {
    let mut value: Option<u32> = Some(0);
    let mut end = 0;
    for (i, c) in s.char_indices() {
        match digit_value(c) {
            Some(d) => {
                value = value.and_then(|v| v.checked_mul(10)).and_then(|v| v.checked_add(d));
                end = i + c.len_utf8();
            }
            None => break,
        }
    }
    (end > 0).then_some((value, end))
}

/// Reads a decimal number (`27.9`, `100`, `０.６`) at the start of `s`: its value and its length in bytes.
pub(crate) fn leading_decimal(s: &str) -> Option<(f64, usize)> {
    let (_, int_end) = leading_uint(s)?;
    let mut end = int_end;
    let rest = &s[int_end..];
    if let Some(point) = rest.chars().next().filter(|&c| c == '.' || c == '．')
        && let Some((_, frac_len)) = leading_uint(&rest[point.len_utf8()..])
    {
        end += point.len_utf8() + frac_len;
    }
    let ascii: String = s[..end].chars().map(|c| if c == '．' { '.' } else { ascii_digit(c) }).collect();
    let value: f64 = ascii.parse().ok()?;
    value.is_finite().then_some((value, end))
}

fn ascii_digit(c: char) -> char {
    match digit_value(c) {
        Some(d) => char::from_digit(d, 10).unwrap_or(c),
        None => c,
    }
}

/// The text without any white space (used to compare labels "ignoring spaces").
pub(crate) fn without_spaces(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The first `max` characters of `s`, with "…" when cut: the short text shown for each recognised item.
pub(crate) fn short(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &s[..cut]),
        None => s.to_owned(),
    }
}

/// True for the characters that end a sentence (so a line ending with one is not continued on the next line).
pub(crate) fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '；' | ';' | '：' | ':' | '…')
}

/// Splits a paragraph into sentences, each keeping its final 。！？ (the last one may lack it).
pub(crate) fn sentences(s: &str) -> impl Iterator<Item = &str> {
    let mut rest = s;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let cut = rest
            .char_indices()
            .find(|&(_, c)| matches!(c, '。' | '！' | '？'))
            .map(|(i, c)| i + c.len_utf8())
            .unwrap_or(rest.len());
        let (sentence, tail) = rest.split_at(cut);
        rest = tail;
        Some(sentence)
    })
}

/// The byte range of the clause around `at`: from just after the previous clause mark (，；。、：) to just before
/// the next one.
pub(crate) fn clause_bounds(s: &str, at: usize) -> (usize, usize) {
    let is_mark = |c: char| matches!(c, '，' | '；' | '。' | '：' | ',' | ';' | '！' | '？');
    let start = s[..at].char_indices().rev().find(|&(_, c)| is_mark(c)).map(|(i, c)| i + c.len_utf8()).unwrap_or(0);
    let end = s[at..].char_indices().find(|&(_, c)| is_mark(c)).map(|(i, _)| at + i).unwrap_or(s.len());
    (start, end)
}

/// Strips a trailing sentence mark (。；.) and white space.
pub(crate) fn trim_end_mark(s: &str) -> &str {
    s.trim().trim_end_matches(['。', '；', ';', '.', '，', ',']).trim_end()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_numbers_of_both_widths_and_chinese_numerals() {
        assert_eq!(leading_uint("15个"), Some((Some(15), 2)));
        assert_eq!(leading_uint("１５个"), Some((Some(15), 6)));
        assert_eq!(leading_uint("99999999999999"), Some((None, 14)));
        assert_eq!(leading_decimal("27.9亿元"), Some((27.9, 4)));
        assert_eq!(leading_decimal("100%"), Some((100.0, 3)));
        assert_eq!(leading_decimal("12.个"), Some((12.0, 2)));
        assert_eq!(chinese_number("二十三"), Some(23));
        assert_eq!(chinese_number("十"), Some(10));
        assert_eq!(chinese_number("十五"), Some(15));
        assert_eq!(chinese_number("一二三"), None);
    }

    #[test]
    fn splits_sentences_and_clauses() {
        let s = "甲乙。丙，丁。戊";
        assert_eq!(sentences(s).collect::<Vec<_>>(), ["甲乙。", "丙，丁。", "戊"]);
        let at = s.find('丁').unwrap_or_default();
        assert_eq!(&s[clause_bounds(s, at).0..clause_bounds(s, at).1], "丁");
        assert_eq!(short("一二三四", 2), "一二…");
    }
}
