//! Extraction damage: what text pulled out of a PDF gets wrong, and the exact repairs the importer makes.
//!
//! Every repair is reported as a [`Recognition::Cleaned`] item with its line number, so nothing changes silently.
//! The PDF's own spaces ("欠款总额的 64%", "2024 年 5 月底前") are kept: the reference dataset keeps them too, and
//! `Metric.text` / `Deadline.text` must quote the measures text exactly.
//!
//! The repairs, in order, per line:
//! 1. leading and trailing white space (including the full-width U+3000 indent) is trimmed; page-number lines
//!    ("- 3 -", "第 3 页", "3/12") are dropped;
//! 2. markdown bold markers `**` are removed (`**21**个` → `21个`);
//! 3. a stray English connective between two CJK characters becomes Chinese (`建设 and 招投标` → `建设和招投标`;
//!    `and`→和, `or`→或, `with`→与); other Latin words ("长期整改 II") are kept;
//! 4. a small table of traditional characters is mapped to simplified ones (辦→办 and the like);
//! 5. a line that is only a date with its 年月日 lost ("2023 12 22", "2023.12.22") is rewritten as 2023年12月22日.
//!
//! Then lines are joined into paragraphs: a text line (not a heading, field or date) of at least
//! [`MIN_BROKEN_LINE_CHARS`] characters that does not end a sentence is continued by the next text line, across
//! blank lines and page breaks, with nothing inserted between the two.

use super::scan::{ends_sentence, is_cjk, is_digit, leading_uint};
use super::structure::{Shape, shape};
use super::{Recognised, Recognition};

/// A broken line is long: a page break cuts a full line. Short lines without a final mark are headings,
/// signatures or labels, and are never joined to what follows.
pub(crate) const MIN_BROKEN_LINE_CHARS: usize = 20;

/// A logical paragraph after cleaning and joining, with the 1-based number of its first source line.
#[derive(Debug, Clone)]
pub(crate) struct Paragraph {
    pub line: usize,
    pub text: String,
}

/// Cleans every line and joins broken paragraphs.
pub(crate) fn clean(text: &str, recognised: &mut Vec<Recognised>) -> Vec<Paragraph> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines: Vec<(usize, String, Shape)> = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let line = index + 1;
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            continue;
        }
        if is_page_number(trimmed) {
            recognised.push(Recognised::new(Recognition::Cleaned, line, format!("{trimmed} → ∅")));
            continue;
        }
        let cleaned = clean_line(trimmed, line, recognised);
        let cleaned = cleaned.trim();
        if !cleaned.is_empty() {
            lines.push((line, cleaned.to_owned(), shape(cleaned)));
        }
    }

    let mut paragraphs: Vec<Paragraph> = Vec::with_capacity(lines.len());
    let mut lines = lines.into_iter().peekable();
    while let Some((line, text, first_shape)) = lines.next() {
        let starts_as_text = matches!(first_shape, Shape::Text | Shape::MeasuresField | Shape::Ordinal);
        let mut last_piece_chars = text.chars().count();
        let mut paragraph = Paragraph { line, text };
        while starts_as_text
            && last_piece_chars >= MIN_BROKEN_LINE_CHARS
            && !paragraph.text.ends_with(ends_sentence)
            && let Some((next_line, next_text, _)) = lines.next_if(|(_, _, next)| *next == Shape::Text)
        {
            recognised.push(Recognised::new(
                Recognition::Cleaned,
                paragraph.line,
                format!("+ {next_line}: {}", super::scan::short(&next_text, 12)),
            ));
            last_piece_chars = next_text.chars().count();
            paragraph.text.push_str(&next_text);
        }
        paragraphs.push(paragraph);
    }
    paragraphs
}

/// "- 3 -", "— 3 —", "3", "第 3 页", "3/12": a page number alone on its line.
fn is_page_number(line: &str) -> bool {
    let inner = line.trim_matches(|c: char| matches!(c, '-' | '—' | '–' | '－') || c.is_whitespace());
    let inner = inner.strip_prefix('第').and_then(|s| s.strip_suffix('页')).map(str::trim).unwrap_or(inner);
    let inner = match inner.split_once('/') {
        Some((page, total)) if !total.trim().is_empty() && total.trim().chars().all(is_digit) => page.trim(),
        _ => inner,
    };
    !inner.is_empty() && inner.chars().count() <= 4 && inner.chars().all(is_digit)
}

fn clean_line(line: &str, number: usize, recognised: &mut Vec<Recognised>) -> String {
    let mut text = line.to_owned();
    let mut note = |change: String| recognised.push(Recognised::new(Recognition::Cleaned, number, change));

    let has_latin = text.bytes().any(|b| b.is_ascii_alphabetic());
    if text.contains("**") {
        let pairs = text.matches("**").count();
        text = text.replace("**", "");
        note(format!("** ×{pairs} → ∅"));
    }
    for (latin, chinese) in [("and", "和"), ("or", "或"), ("with", "与")] {
        if has_latin && text.contains(latin) {
            let (replaced, count) = replace_latin_between_cjk(&text, latin, chinese);
            if count > 0 {
                text = replaced;
                note(format!("“ {latin} ” → {chinese} ×{count}"));
            }
        }
    }
    if text.chars().any(|c| simplified(c).is_some()) {
        let mut changed: Vec<String> = Vec::new();
        text = text
            .chars()
            .map(|c| match simplified(c) {
                Some(s) => {
                    let change = format!("{c} → {s}");
                    if !changed.contains(&change) {
                        changed.push(change);
                    }
                    s
                }
                None => c,
            })
            .collect();
        note(changed.join(", "));
    }
    if text.starts_with(|c: char| c.is_ascii_digit())
        && text.len() <= 24
        && let Some(date) = repaired_date_line(&text)
    {
        note(format!("{text} → {date}"));
        text = date;
    }
    text
}

/// Replaces ` latin ` by `chinese` where a CJK character stands on both sides; returns the text and the count.
fn replace_latin_between_cjk(text: &str, latin: &str, chinese: &str) -> (String, usize) {
    let mut out = String::with_capacity(text.len());
    let mut count = 0;
    let mut rest = text;
    while let Some(at) = rest.find(latin) {
        let (before, after) = (&rest[..at], &rest[at + latin.len()..]);
        let before_trimmed = before.trim_end();
        let after_trimmed = after.trim_start();
        let spaced = before_trimmed.len() < before.len() && after_trimmed.len() < after.len();
        let cjk_before = before_trimmed.chars().next_back().is_some_and(is_cjk);
        let cjk_after = after_trimmed.chars().next().is_some_and(is_cjk);
        if spaced && cjk_before && cjk_after {
            out.push_str(before_trimmed);
            out.push_str(chinese);
            rest = after_trimmed;
            count += 1;
        } else {
            out.push_str(&rest[..at + latin.len()]);
            rest = after;
        }
    }
    out.push_str(rest);
    (out, count)
}

/// "2023 12 22", "2023.12.22", "2023-12-22", "2023/12/22" alone on a line → "2023年12月22日".
fn repaired_date_line(line: &str) -> Option<String> {
    let mut parts =
        line.split(|c: char| c.is_whitespace() || matches!(c, '.' | '-' | '/' | '．')).filter(|p| !p.is_empty());
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let number = |s: &str, max_len: usize| match leading_uint(s) {
        Some((Some(v), len)) if len == s.len() && s.chars().count() <= max_len => Some(v),
        _ => None,
    };
    let (y, m, d) = (number(year, 4)?, number(month, 2)?, number(day, 2)?);
    ((1900..=2199).contains(&y) && year.chars().count() == 4 && (1..=12).contains(&m) && (1..=31).contains(&d))
        .then(|| format!("{y}年{m}月{d}日"))
}

/// Traditional characters that turn up in simplified reports (fonts and OCR mix them in), with their simplified
/// forms. Only characters whose simplified form is unambiguous are listed; 後, 於, 乾 and the like are left alone.
fn simplified(c: char) -> Option<char> {
    // Every character of the table is a CJK ideograph; most characters are not, or are not in the table.
    if !is_cjk(c) {
        return None;
    }
    TRADITIONAL.binary_search_by_key(&c, |&(t, _)| t).ok().map(|i| TRADITIONAL[i].1)
}

/// (traditional, simplified), sorted by the traditional character for binary search.
const TRADITIONAL: [(char, char); 70] = [
    ('並', '并'),
    ('來', '来'),
    ('個', '个'),
    ('們', '们'),
    ('億', '亿'),
    ('劃', '划'),
    ('務', '务'),
    ('區', '区'),
    ('員', '员'),
    ('問', '问'),
    ('啟', '启'),
    ('嚴', '严'),
    ('國', '国'),
    ('園', '园'),
    ('報', '报'),
    ('實', '实'),
    ('將', '将'),
    ('專', '专'),
    ('對', '对'),
    ('導', '导'),
    ('廠', '厂'),
    ('應', '应'),
    ('據', '据'),
    ('數', '数'),
    ('時', '时'),
    ('會', '会'),
    ('業', '业'),
    ('構', '构'),
    ('機', '机'),
    ('檢', '检'),
    ('決', '决'),
    ('濟', '济'),
    ('為', '为'),
    ('營', '营'),
    ('現', '现'),
    ('環', '环'),
    ('產', '产'),
    ('發', '发'),
    ('監', '监'),
    ('稅', '税'),
    ('範', '范'),
    ('紀', '纪'),
    ('級', '级'),
    ('經', '经'),
    ('總', '总'),
    ('織', '织'),
    ('與', '与'),
    ('舉', '举'),
    ('萬', '万'),
    ('處', '处'),
    ('規', '规'),
    ('計', '计'),
    ('設', '设'),
    ('調', '调'),
    ('議', '议'),
    ('責', '责'),
    ('費', '费'),
    ('資', '资'),
    ('質', '质'),
    ('辦', '办'),
    ('辭', '辞'),
    ('進', '进'),
    ('開', '开'),
    ('關', '关'),
    ('項', '项'),
    ('預', '预'),
    ('頭', '头'),
    ('題', '题'),
    ('體', '体'),
    ('黨', '党'),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn cleaned(line: &str) -> String {
        clean_line(line, 1, &mut Vec::new())
    }

    #[test]
    fn removes_asterisks_latin_connectives_and_traditional_characters() {
        assert_eq!(cleaned("共研究制定**21**个制度性文件"), "共研究制定21个制度性文件");
        assert_eq!(cleaned("加强工程项目建设 and 招投标全过程"), "加强工程项目建设和招投标全过程");
        assert_eq!(cleaned("三、长期整改 II 的整改事项"), "三、长期整改 II 的整改事项");
        assert_eq!(cleaned("a brand and b"), "a brand and b");
        assert_eq!(cleaned("《绩效管理辦法》"), "《绩效管理办法》");
        assert_eq!(cleaned("2023 12 22"), "2023年12月22日");
        assert_eq!(cleaned("2023 13 22"), "2023 13 22");
    }

    #[test]
    fn the_traditional_table_is_sorted_for_binary_search() {
        assert!(TRADITIONAL.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn drops_page_numbers() {
        for line in ["- 3 -", "— 12 —", "第 3 页", "3/12", "7"] {
            assert!(is_page_number(line), "{line}");
        }
        for line in ["2023年", "1.关于", "-", "12345"] {
            assert!(!is_page_number(line), "{line}");
        }
    }

    #[test]
    fn joins_a_sentence_broken_by_a_page_break_but_not_headings() {
        let mut recognised = Vec::new();
        let text = "整改情况：聘请了第三方律师事务所对所有项目合同进行全面清理，安排驻\n\n- 2 -\n\n企联络员一对一服务。\n\n2.关于某某的问题。";
        let paragraphs = clean(text, &mut recognised);
        let texts: Vec<&str> = paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "整改情况：聘请了第三方律师事务所对所有项目合同进行全面清理，安排驻企联络员一对一服务。",
                "2.关于某某的问题。"
            ]
        );
        assert_eq!(paragraphs[1].line, 7);
    }
}
