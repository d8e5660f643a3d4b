//! The shape of a line on its own, before context decides what it is: a heading by its numbering (`一、`, `（一）`,
//! `1.`, `(1)`, `一是`), a status or measures field, a date, a title, or prose. Read by the cleaning (to join
//! broken paragraphs but never a heading) and by the structure (`structure.rs`).

use super::scan::{chinese_digit, is_digit, leading_uint};

/// What a line looks like on its own, before context decides what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// Prose.
    Text,
    /// `一、…`
    Section,
    /// `（一）…`
    Category,
    /// `1.…`
    Problem,
    /// `(1)…`
    SubItem,
    /// `一是…`
    Ordinal,
    /// `整改结果：…`
    StatusField,
    /// `整改情况：…`
    MeasuresField,
    /// A line that is only a date.
    DateOnly,
    /// A short line ending in 通报 or 报告: the title.
    TitleLike,
}

pub(crate) const STATUS_FIELDS: [&str; 4] = ["整改结果", "整改状态", "整改进度", "完成情况"];
pub(crate) const MEASURES_FIELDS: [&str; 5] = ["整改情况", "整改措施", "整改进展", "主要措施", "整改落实情况"];

/// The shape of one cleaned line or paragraph.
pub(crate) fn shape(line: &str) -> Shape {
    if section_heading(line).is_some() {
        Shape::Section
    } else if category_heading(line).is_some() {
        Shape::Category
    } else if problem_heading(line).is_some() {
        Shape::Problem
    } else if sub_item_heading(line).is_some() {
        Shape::SubItem
    } else if ordinal_item(line).is_some() {
        Shape::Ordinal
    } else if field(line, &STATUS_FIELDS).is_some() {
        Shape::StatusField
    } else if field(line, &MEASURES_FIELDS).is_some() {
        Shape::MeasuresField
    } else if super::facts::date_only(line).is_some() {
        Shape::DateOnly
    } else if is_title_like(line) {
        Shape::TitleLike
    } else {
        Shape::Text
    }
}

fn is_title_like(line: &str) -> bool {
    (line.ends_with("通报") || line.ends_with("报告") || line.ends_with("公告"))
        && !line.contains('。')
        && line.chars().count() <= 80
}

/// Leading Chinese numeral (一 … 十) and the rest.
fn chinese_ordinal(s: &str) -> Option<(&str, &str)> {
    let end = s.char_indices().find(|&(_, c)| chinese_digit(c).is_none() || c == '两' || c == '〇' || c == '零');
    let end = end.map(|(i, _)| i).unwrap_or(s.len());
    (end > 0).then(|| s.split_at(end))
}

/// `一、title` → ("一", "title").
pub(crate) fn section_heading(line: &str) -> Option<(&str, &str)> {
    let (numeral, rest) = chinese_ordinal(line)?;
    let rest = rest.strip_prefix('、').or_else(|| rest.strip_prefix('．'))?;
    (line.chars().count() <= 60).then_some((numeral, rest.trim()))
}

/// `（一）title` → ("（一）", "title").
pub(crate) fn category_heading(line: &str) -> Option<(&str, &str)> {
    let open = line.chars().next().filter(|&c| c == '（' || c == '(')?;
    let (_, rest) = chinese_ordinal(&line[open.len_utf8()..])?;
    let close = rest.chars().next().filter(|&c| c == '）' || c == ')')?;
    let end = line.len() - rest.len() + close.len_utf8();
    Some((&line[..end], line[end..].trim()))
}

/// `1.title` → ("1", "title"); not `1.5万元`.
pub(crate) fn problem_heading(line: &str) -> Option<(&str, &str)> {
    // "问题1：无依据发放各类津补贴和春节慰问费。", problems numbered by name.
    if let Some(after) = line.strip_prefix("问题")
        && let Some((_, digits)) = leading_uint(after)
        && let Some(rest) = after[digits..].strip_prefix(['：', ':'])
        && digits <= 4
        && !rest.trim().is_empty()
    {
        return Some((&line[.."问题".len() + digits], rest.trim()));
    }
    let (_, digits) = leading_uint(line)?;
    let rest = &line[digits..];
    let mark = rest.chars().next().filter(|&c| matches!(c, '.' | '、' | '．'))?;
    let rest = &rest[mark.len_utf8()..];
    if rest.chars().next().is_none_or(|c| is_digit(c) || c == '%') || digits > 6 {
        return None;
    }
    Some((&line[..digits], rest.trim()))
}

/// `（1）title` → ("1", "title").
pub(crate) fn sub_item_heading(line: &str) -> Option<(&str, &str)> {
    let open = line.chars().next().filter(|&c| c == '（' || c == '(')?;
    let inner = &line[open.len_utf8()..];
    let (_, digits) = leading_uint(inner)?;
    let close = inner[digits..].chars().next().filter(|&c| c == '）' || c == ')')?;
    let rest = &inner[digits + close.len_utf8()..];
    Some((&inner[..digits], rest.trim()))
}

/// `一是title` → ("一是", "title").
pub(crate) fn ordinal_item(line: &str) -> Option<(&str, &str)> {
    let (numeral, rest) = chinese_ordinal(line)?;
    let rest = rest.strip_prefix('是')?;
    (numeral.chars().count() <= 2 && !rest.is_empty()).then(|| line.split_at(numeral.len() + '是'.len_utf8()))
}

/// `整改结果：X` → "X" for one of the given field names.
pub(crate) fn field<'a>(line: &'a str, names: &[&str]) -> Option<&'a str> {
    names.iter().find_map(|name| {
        let rest = line.strip_prefix(name)?.trim_start();
        rest.strip_prefix('：').or_else(|| rest.strip_prefix(':')).map(str::trim)
    })
}
