//! Word files (.docx) to the lines a reader sees, for the importer: each paragraph a line, with the numbers Word
//! or WPS print automatically (list numbering that is not in the text: `1.`, `（一）`, `一、`) written in front of
//! it, tables flattened row by row (a row's cells on one line, separated by spaces), line breaks kept. What the
//! importer makes of the result is exactly what it makes of the same text pasted (tested).
//!
//! A .docx is a zip archive: `word/document.xml` holds the text, `word/numbering.xml` the list formats. The zip
//! reader here reads what Word and WPS write (stored or deflated entries, no encryption) and refuses anything else
//! with a reason; nothing in a file can make it read outside the file or inflate beyond [`MAX_XML_BYTES`].

use std::collections::HashMap;

use crate::Lang;

/// The most a part of the file may inflate to: a report's XML is a few megabytes.
pub const MAX_XML_BYTES: usize = 64 * 1024 * 1024;

/// Why a file is not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocxError {
    /// Not a zip archive (an old .doc, a renamed file).
    NotZip,
    /// A zip archive without `word/document.xml`.
    NoDocument,
    /// Damaged, encrypted, or compressed in a way Word does not use.
    Unreadable(&'static str),
}

impl DocxError {
    /// The reason in words.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (Self::NotZip, Lang::Zh) => {
                "这不是 Word（.docx）文件。旧版 .doc 文件请先在 Word 或 WPS 中另存为 .docx 或纯文本。".to_owned()
            }
            (Self::NotZip, Lang::En) => {
                "This is not a Word (.docx) file. Save an old .doc file as .docx or plain text in Word or WPS first."
                    .to_owned()
            }
            (Self::NoDocument, Lang::Zh) => "这个压缩文件里没有 Word 正文（word/document.xml）。".to_owned(),
            (Self::NoDocument, Lang::En) => "The archive holds no Word document (word/document.xml).".to_owned(),
            (Self::Unreadable(why), Lang::Zh) => format!("无法读取这个 Word 文件（{why}），请另存为纯文本后再试。"),
            (Self::Unreadable(why), Lang::En) => {
                format!("This Word file cannot be read ({why}); save it as plain text and try again.")
            }
        }
    }
}

/// Whether `bytes` start like a zip archive (a .docx).
pub fn looks_like_docx(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// The text of a .docx file, one paragraph per line.
pub fn docx_to_text(bytes: &[u8]) -> Result<String, DocxError> {
    if !looks_like_docx(bytes) {
        return Err(DocxError::NotZip);
    }
    let entries = central_directory(bytes)?;
    let document = entries.iter().find(|e| e.name == "word/document.xml").ok_or(DocxError::NoDocument)?;
    let document = entry_text(bytes, document)?;
    let numbering = match entries.iter().find(|e| e.name == "word/numbering.xml") {
        Some(entry) => Numbering::parse(&entry_text(bytes, entry)?),
        None => Numbering::default(),
    };
    Ok(document_text(&document, numbering))
}

// ---- The zip archive ----------------------------------------------------------------------------------------

struct Entry {
    name: String,
    method: u16,
    compressed: usize,
    header_offset: usize,
}

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<usize> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?) as usize)
}

/// The entries listed in the archive's central directory.
fn central_directory(bytes: &[u8]) -> Result<Vec<Entry>, DocxError> {
    const END: &[u8] = b"PK\x05\x06";
    let damaged = DocxError::Unreadable("目录损坏 / damaged directory");
    // The end record is the last 22 bytes, unless a comment (at most 64 KiB) follows it.
    let search_from = bytes.len().saturating_sub(22 + 65_535);
    let end = (search_from..=bytes.len().saturating_sub(22))
        .rev()
        .find(|&at| bytes[at..].starts_with(END))
        .ok_or_else(|| damaged.clone())?;
    let count = u16_at(bytes, end + 10).ok_or_else(|| damaged.clone())? as usize;
    let mut at = u32_at(bytes, end + 16).ok_or_else(|| damaged.clone())?;
    let mut entries = Vec::with_capacity(count);
    for _ in 0..count {
        if !bytes.get(at..).is_some_and(|b| b.starts_with(b"PK\x01\x02")) {
            return Err(damaged);
        }
        let flags = u16_at(bytes, at + 8).ok_or_else(|| damaged.clone())?;
        if flags & 1 != 0 {
            return Err(DocxError::Unreadable("已加密 / encrypted"));
        }
        let method = u16_at(bytes, at + 10).ok_or_else(|| damaged.clone())?;
        let compressed = u32_at(bytes, at + 20).ok_or_else(|| damaged.clone())?;
        let name_len = u16_at(bytes, at + 28).ok_or_else(|| damaged.clone())? as usize;
        let extra_len = u16_at(bytes, at + 30).ok_or_else(|| damaged.clone())? as usize;
        let comment_len = u16_at(bytes, at + 32).ok_or_else(|| damaged.clone())? as usize;
        let header_offset = u32_at(bytes, at + 42).ok_or_else(|| damaged.clone())?;
        let name = bytes.get(at + 46..at + 46 + name_len).ok_or_else(|| damaged.clone())?;
        entries.push(Entry { name: String::from_utf8_lossy(name).into_owned(), method, compressed, header_offset });
        at += 46 + name_len + extra_len + comment_len;
    }
    Ok(entries)
}

/// An entry's content as text (the XML parts are UTF-8).
fn entry_text(bytes: &[u8], entry: &Entry) -> Result<String, DocxError> {
    let damaged = || DocxError::Unreadable("内容损坏 / damaged content");
    let at = entry.header_offset;
    if !bytes.get(at..).is_some_and(|b| b.starts_with(b"PK\x03\x04")) {
        return Err(damaged());
    }
    let name_len = u16_at(bytes, at + 26).ok_or_else(damaged)? as usize;
    let extra_len = u16_at(bytes, at + 28).ok_or_else(damaged)? as usize;
    let start = at + 30 + name_len + extra_len;
    let data = bytes.get(start..start.saturating_add(entry.compressed)).ok_or_else(damaged)?;
    let raw = match entry.method {
        0 => data.to_vec(),
        8 => miniz_oxide::inflate::decompress_to_vec_with_limit(data, MAX_XML_BYTES)
            .map_err(|_| DocxError::Unreadable("解压失败或过大 / cannot inflate, or too large"))?,
        _ => return Err(DocxError::Unreadable("不支持的压缩方式 / unsupported compression")),
    };
    String::from_utf8(raw).map_err(|_| DocxError::Unreadable("不是 UTF-8 / not UTF-8"))
}

// ---- The XML -------------------------------------------------------------------------------------------------

/// One tag: its name (with prefix, `w:p`), whether it closes or closes itself, and its attributes' text.
struct Tag<'a> {
    name: &'a str,
    closing: bool,
    self_closing: bool,
    attributes: &'a str,
}

impl Tag<'_> {
    /// The value of attribute `name` (`w:val`), decoded.
    fn attribute(&self, name: &str) -> Option<String> {
        let mut rest = self.attributes;
        while let Some(at) = rest.find(name) {
            let after = &rest[at + name.len()..];
            let boundary = rest[..at].ends_with(char::is_whitespace) || at == 0;
            if boundary && let Some(value) = after.trim_start().strip_prefix('=') {
                let value = value.trim_start();
                let quote = value.chars().next()?;
                let inner = &value[1..];
                let end = inner.find(quote)?;
                return Some(decode(&inner[..end]));
            }
            rest = after;
        }
        None
    }
}

/// What the walk meets: a tag, or the text between two tags.
enum Event<'a> {
    Tag(Tag<'a>),
    Text(&'a str),
}

/// Walks `xml`, calling `on` for each tag and each run of text between tags.
fn walk<'a>(xml: &'a str, mut on: impl FnMut(Event<'a>)) {
    let mut rest = xml;
    while let Some(open) = rest.find('<') {
        if open > 0 {
            on(Event::Text(&rest[..open]));
        }
        let tag = &rest[open + 1..];
        let Some(close) = tag.find('>') else { return };
        let inner = &tag[..close];
        rest = &tag[close + 1..];
        if inner.starts_with('?') || inner.starts_with('!') {
            continue;
        }
        let closing = inner.starts_with('/');
        let inner = inner.trim_start_matches('/');
        let self_closing = inner.ends_with('/');
        let inner = inner.trim_end_matches('/');
        let name_end = inner.find(char::is_whitespace).unwrap_or(inner.len());
        on(Event::Tag(Tag { name: &inner[..name_end], closing, self_closing, attributes: &inner[name_end..] }));
    }
    if !rest.is_empty() {
        on(Event::Text(rest));
    }
}

/// Decodes the XML entities and character references (the same as a web page's: [`super::html`]).
fn decode(text: &str) -> String {
    super::html::decode_references(text)
}

// ---- Automatic numbering -------------------------------------------------------------------------------------

/// One level of a list format: its number format, the text with `%1`…`%9` for the levels' numbers, its start.
#[derive(Debug, Clone, Default)]
struct Level {
    format: String,
    text: String,
    start: u32,
}

/// The list formats of `word/numbering.xml`, and the counters as the document goes.
#[derive(Debug, Default)]
struct Numbering {
    /// abstractNumId → its levels.
    abstracts: HashMap<String, Vec<Level>>,
    /// numId → (abstractNumId, start overrides by level).
    nums: HashMap<String, (String, HashMap<usize, u32>)>,
    /// numId → the current number at each level.
    counters: HashMap<String, Vec<Option<u32>>>,
}

impl Numbering {
    fn parse(xml: &str) -> Self {
        let mut numbering = Numbering::default();
        let mut abstract_id: Option<String> = None;
        let mut level: Option<usize> = None;
        let mut num_id: Option<String> = None;
        let mut override_level: Option<usize> = None;
        walk(xml, |event| {
            let Event::Tag(tag) = event else { return };
            match (tag.name, tag.closing) {
                ("w:abstractNum", false) => abstract_id = tag.attribute("w:abstractNumId"),
                ("w:abstractNum", true) => abstract_id = None,
                ("w:lvl", false) => {
                    level = tag.attribute("w:ilvl").and_then(|l| l.parse().ok()).filter(|&l: &usize| l < 9);
                    if let (Some(id), Some(l)) = (&abstract_id, level) {
                        let levels = numbering.abstracts.entry(id.clone()).or_default();
                        if levels.len() <= l {
                            levels.resize(l + 1, Level { start: 1, ..Level::default() });
                        }
                    }
                }
                ("w:lvl", true) => level = None,
                ("w:start" | "w:numFmt" | "w:lvlText", false) => {
                    if let (Some(id), Some(l)) = (&abstract_id, level)
                        && let Some(value) = tag.attribute("w:val")
                        && let Some(slot) = numbering.abstracts.get_mut(id).and_then(|levels| levels.get_mut(l))
                    {
                        match tag.name {
                            "w:start" => slot.start = value.parse().unwrap_or(1),
                            "w:numFmt" => slot.format = value,
                            _ => slot.text = value,
                        }
                    }
                }
                ("w:num", false) => num_id = tag.attribute("w:numId"),
                ("w:num", true) => num_id = None,
                ("w:abstractNumId", false) => {
                    if let (Some(id), Some(value)) = (&num_id, tag.attribute("w:val")) {
                        numbering.nums.entry(id.clone()).or_default().0 = value;
                    }
                }
                ("w:lvlOverride", false) => override_level = tag.attribute("w:ilvl").and_then(|l| l.parse().ok()),
                ("w:startOverride", false) => {
                    if let (Some(id), Some(l), Some(value)) = (&num_id, override_level, tag.attribute("w:val")) {
                        numbering.nums.entry(id.clone()).or_default().1.insert(l, value.parse().unwrap_or(1));
                    }
                }
                _ => {}
            }
        });
        numbering
    }

    /// The number printed before a paragraph of list `num_id` at `level` (and the counters moved on), or none for
    /// a bullet or an unknown list.
    fn next(&mut self, num_id: &str, level: usize) -> Option<String> {
        let (abstract_id, overrides) = self.nums.get(num_id)?;
        let levels = self.abstracts.get(abstract_id)?;
        let format = levels.get(level)?;
        let counters = self.counters.entry(num_id.to_owned()).or_insert_with(|| vec![None; 9]);
        let start = |l: usize| overrides.get(&l).copied().unwrap_or_else(|| levels.get(l).map_or(1, |lv| lv.start));
        counters[level] = Some(counters[level].map_or_else(|| start(level), |n| n + 1));
        for deeper in counters.iter_mut().skip(level + 1) {
            *deeper = None;
        }
        if format.format == "bullet" || format.format == "none" {
            return None;
        }
        let mut text = format.text.clone();
        for (l, lv) in levels.iter().enumerate().take(level + 1) {
            let n = counters[l].unwrap_or_else(|| start(l));
            text = text.replace(&format!("%{}", l + 1), &formatted(n, &lv.format));
        }
        Some(text)
    }
}

/// `n` in a list's number format.
fn formatted(n: u32, format: &str) -> String {
    match format {
        "chineseCounting"
        | "chineseCountingThousand"
        | "chineseLegalSimplified"
        | "ideographTraditional"
        | "taiwaneseCounting"
        | "taiwaneseCountingThousand" => chinese(n),
        "decimalFullWidth" | "decimalFullWidth2" => {
            n.to_string().chars().filter_map(|c| char::from_u32(c as u32 - '0' as u32 + '０' as u32)).collect()
        }
        "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" if (1..=20).contains(&n) => {
            char::from_u32('①' as u32 + n - 1).map(String::from).unwrap_or_else(|| n.to_string())
        }
        "lowerLetter" => letter(n, b'a'),
        "upperLetter" => letter(n, b'A'),
        "lowerRoman" => roman(n).to_lowercase(),
        "upperRoman" => roman(n),
        _ => n.to_string(),
    }
}

/// 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五.
fn chinese(n: u32) -> String {
    const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    if n == 0 || n >= 1000 {
        return n.to_string();
    }
    let (hundreds, tens, ones) = (n / 100, n / 10 % 10, n % 10);
    let mut out = String::new();
    if hundreds > 0 {
        out.push(DIGITS[hundreds as usize]);
        out.push('百');
        if tens == 0 && ones > 0 {
            out.push('零');
        }
    }
    if tens > 0 {
        if !(tens == 1 && hundreds == 0) {
            out.push(DIGITS[tens as usize]);
        }
        out.push('十');
    }
    if ones > 0 {
        out.push(DIGITS[ones as usize]);
    }
    out
}

fn letter(n: u32, base: u8) -> String {
    let index = (n.max(1) - 1) % 26;
    let repeat = (n.max(1) - 1) / 26 + 1;
    String::from(char::from(base + index as u8)).repeat(repeat as usize)
}

fn roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (value, letters) in TABLE {
        while n >= value {
            out.push_str(letters);
            n -= value;
        }
    }
    out
}

// ---- The document ----------------------------------------------------------------------------------------------

/// The document's text: paragraphs as lines with their automatic numbers, a table row's cells on one line.
fn document_text(xml: &str, mut numbering: Numbering) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut in_text = false;
    let mut table_depth = 0usize;
    let mut row: Option<Vec<String>> = None;
    let mut list: (Option<usize>, Option<String>) = (None, None);
    walk(xml, |event| {
        let tag = match event {
            Event::Text(text) => {
                if in_text {
                    line.push_str(&decode(text));
                }
                return;
            }
            Event::Tag(tag) => tag,
        };
        match (tag.name, tag.closing) {
            ("w:t", false) if !tag.self_closing => in_text = true,
            ("w:t", true) => in_text = false,
            ("w:tab", false) => line.push(' '),
            ("w:br" | "w:cr", false) => {
                // A line break inside a paragraph: the importer joins broken lines itself.
                if row.is_none() {
                    lines.push(std::mem::take(&mut line));
                } else {
                    line.push(' ');
                }
            }
            ("w:ilvl", false) => list.0 = tag.attribute("w:val").and_then(|v| v.parse().ok()),
            ("w:numId", false) => list.1 = tag.attribute("w:val"),
            ("w:p", true) => {
                let number = match (list.0.take().unwrap_or(0), list.1.take()) {
                    (level, Some(num_id)) if num_id != "0" => numbering.next(&num_id, level),
                    _ => None,
                };
                let text = std::mem::take(&mut line);
                let text = match number {
                    Some(number) if !text.trim().is_empty() => format!("{number}{}", text.trim_start()),
                    _ => text,
                };
                match &mut row {
                    Some(cells) => {
                        if let Some(cell) = cells.last_mut() {
                            if !cell.is_empty() && !text.trim().is_empty() {
                                cell.push(' ');
                            }
                            cell.push_str(text.trim());
                        }
                    }
                    None => lines.push(text),
                }
            }
            ("w:tbl", false) => table_depth += 1,
            ("w:tbl", true) => table_depth = table_depth.saturating_sub(1),
            ("w:tr", false) if table_depth > 0 => row = Some(Vec::new()),
            ("w:tr", true) => {
                if let Some(cells) = row.take() {
                    let cells: Vec<String> = cells.into_iter().filter(|c| !c.is_empty()).collect();
                    lines.push(cells.join(" "));
                }
            }
            ("w:tc", false) => {
                if let Some(cells) = &mut row {
                    cells.push(String::new());
                }
            }
            _ => {}
        }
    });
    if !line.is_empty() {
        lines.push(line);
    }
    // Word ends a document with an empty paragraph more often than not.
    while lines.last().is_some_and(|l| l.trim().is_empty()) {
        lines.pop();
    }
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_and_other_number_formats() {
        assert_eq!(chinese(1), "一");
        assert_eq!(chinese(10), "十");
        assert_eq!(chinese(12), "十二");
        assert_eq!(chinese(20), "二十");
        assert_eq!(chinese(105), "一百零五");
        assert_eq!(chinese(110), "一百一十");
        assert_eq!(formatted(3, "decimalFullWidth"), "３");
        assert_eq!(formatted(2, "decimalEnclosedCircle"), "②");
        assert_eq!(formatted(28, "lowerLetter"), "bb");
        assert_eq!(formatted(14, "upperRoman"), "XIV");
    }

    #[test]
    fn what_is_not_a_docx_says_why() {
        assert_eq!(docx_to_text(b"plain text"), Err(DocxError::NotZip));
        assert!(matches!(docx_to_text(b"PK\x03\x04 but nothing else"), Err(DocxError::Unreadable(_))));
        assert!(DocxError::NotZip.message(Lang::Zh).contains(".doc"));
    }

    #[test]
    fn numbering_counts_per_list_and_restarts_deeper_levels() {
        let xml = r#"<w:numbering><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%1）"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl></w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#;
        let mut numbering = Numbering::parse(xml);
        let seen: Vec<Option<String>> = [(0, "5"), (1, "5"), (1, "5"), (0, "5"), (1, "5"), (0, "9")]
            .iter()
            .map(|(l, n)| numbering.next(n, *l))
            .collect();
        let expected = [Some("（一）"), Some("1."), Some("2."), Some("（二）"), Some("1."), None];
        assert_eq!(seen, expected.map(|s| s.map(str::to_owned)));
    }
}
