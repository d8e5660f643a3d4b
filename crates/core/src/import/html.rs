//! A web page's markup to the lines a reader sees: what the importer is given when a user pastes rich text copied
//! from a browser, or saves a report's page as HTML. Block elements (paragraphs, headings, list items, table
//! rows, `<br>`) end lines; table cells are separated by a space; scripts, styles, the document head, navigation,
//! page footers and sidebars are left out, as are comments. Character references are decoded. Nothing is
//! executed or interpreted beyond that: the result is plain text for [`super::import_text`], which then drops the
//! page furniture that is left (breadcrumbs, 发布时间, 字号, 打印) line by line.
//!
//! It is deliberately small and tolerant rather than a full HTML parser: unclosed tags, stray `<` and unknown
//! elements are read as well as they can be, and it never fails.

/// Elements whose whole content is not part of the article.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "head", "title", "nav", "footer", "aside", "iframe", "object", "svg",
    "select", "button",
];

/// Elements that stand on lines of their own.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "section",
    "article",
    "blockquote",
    "pre",
    "hr",
    "dd",
    "dt",
    "dl",
    "figure",
    "figcaption",
    "address",
    "center",
    "main",
    "header",
    "form",
    "fieldset",
    "caption",
];

/// Whether `text` is markup rather than plain text: it starts with a tag or a doctype and closes an element.
pub fn looks_like_html(text: &str) -> bool {
    let start = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    let lower: String = start.chars().take(15).flat_map(char::to_lowercase).collect();
    (lower.starts_with("<!doctype") || lower.starts_with("<html") || lower.starts_with('<')) && text.contains("</")
}

/// The text of `html`, one block per line, without blank lines.
pub fn html_to_text(html: &str) -> String {
    let mut out = Lines::default();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.text(&rest[..open]);
        rest = &rest[open..];
        // A comment or a doctype.
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
            continue;
        }
        let Some(tag) = Tag::read(rest) else {
            // A "<" that starts no tag ("a < b") is text.
            out.text("<");
            rest = &rest[1..];
            continue;
        };
        rest = &rest[tag.len..];
        if !tag.closing && SKIPPED.contains(&tag.name.as_str()) && !tag.self_closing {
            rest = after_closing(rest, &tag.name);
            continue;
        }
        if BLOCKS.contains(&tag.name.as_str()) {
            out.end_line();
        } else if matches!(tag.name.as_str(), "td" | "th") && !tag.closing {
            out.text(" ");
        }
    }
    out.text(rest);
    out.finish()
}

/// What follows the closing tag of `name` (or nothing, when the element is never closed).
fn after_closing<'a>(rest: &'a str, name: &str) -> &'a str {
    let mut at = 0;
    while let Some(found) = rest[at..].find("</") {
        let start = at + found;
        if let Some(tag) = Tag::read(&rest[start..])
            && tag.closing
            && tag.name == name
        {
            return &rest[start + tag.len..];
        }
        at = start + 2;
    }
    ""
}

/// One tag: its lower-case name, whether it closes or closes itself, and its length in bytes.
struct Tag {
    name: String,
    closing: bool,
    self_closing: bool,
    len: usize,
}

impl Tag {
    /// Reads the tag at the start of `text` (which starts with `<`); `None` when it is not a tag.
    fn read(text: &str) -> Option<Tag> {
        let inner = text.strip_prefix('<')?;
        let (closing, inner) = match inner.strip_prefix('/') {
            Some(after) => (true, after),
            None => (false, inner),
        };
        let name_len =
            inner.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == ':')).unwrap_or(inner.len());
        let first = inner.chars().next()?;
        if name_len == 0 || !first.is_ascii_alphabetic() {
            // "<!DOCTYPE …>" and "<?xml …?>" are skipped like tags; anything else is text.
            if first == '!' || first == '?' {
                let end = inner.find('>')?;
                let len = text.len() - inner.len() + end + 1;
                return Some(Tag { name: String::new(), closing: false, self_closing: true, len });
            }
            return None;
        }
        // The end of the tag, outside quoted attribute values.
        let mut quote = None;
        let mut end = None;
        for (i, c) in inner[name_len..].char_indices() {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => quote = Some(c),
                (None, '>') => {
                    end = Some(name_len + i);
                    break;
                }
                _ => {}
            }
        }
        let end = end?;
        Some(Tag {
            name: inner[..name_len].to_ascii_lowercase(),
            closing,
            self_closing: inner[..end].trim_end().ends_with('/'),
            len: text.len() - inner.len() + end + 1,
        })
    }
}

/// The text being gathered: the current line, with white space collapsed as a browser does.
#[derive(Default)]
struct Lines {
    lines: Vec<String>,
    line: String,
}

impl Lines {
    fn text(&mut self, raw: &str) {
        let decoded = decode_references(raw);
        for c in decoded.chars() {
            if matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}') {
                if !self.line.is_empty() && !self.line.ends_with(' ') {
                    self.line.push(' ');
                }
            } else {
                self.line.push(c);
            }
        }
    }

    /// Ends the current line; a line left empty (two blocks in a row) is not kept. Only the spaces markup made
    /// are trimmed: a full-width indent (U+3000) is the text's own.
    fn end_line(&mut self) {
        let line = self.line.trim_matches(' ').to_owned();
        self.line.clear();
        if !line.is_empty() {
            self.lines.push(line);
        }
    }

    fn finish(mut self) -> String {
        self.end_line();
        let mut text = self.lines.join("\n");
        text.push('\n');
        text
    }
}

/// Decodes character references: `&amp;`, `&nbsp;` (a space), `&#8220;`, `&#x201C;`, and the named ones reports
/// use for quotes and dashes. An unknown or malformed reference is kept as written.
pub(crate) fn decode_references(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest[1..].find(';').map(|i| i + 1).filter(|&i| i <= 10);
        let decoded = end.and_then(|end| reference(&rest[1..end]));
        match (end, decoded) {
            (Some(end), Some(c)) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn reference(name: &str) -> Option<char> {
    if let Some(number) = name.strip_prefix('#') {
        let value = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        // A reference to nothing printable (NUL, a surrogate) is not kept.
        return char::from_u32(value).filter(|&c| c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" | "ensp" | "emsp" | "thinsp" => ' ',
        "ldquo" => '“',
        "rdquo" => '”',
        "lsquo" => '‘',
        "rsquo" => '’',
        "mdash" => '—',
        "ndash" => '–',
        "hellip" => '…',
        "middot" => '·',
        "times" => '×',
        "deg" => '°',
        "permil" => '‰',
        "yen" => '¥',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_become_lines_and_inline_markup_disappears() {
        let html = "<div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; 通知公告</div>\n<h1>关于巡察整改进展情况的通报</h1><p>\u{3000}\u{3000}根据县委统一部署，<b>2023年</b>4月…</p><p>一、组织整改落实情况</p><br><ul><li>第一条</li><li>第二条</li></ul>";
        assert_eq!(
            html_to_text(html),
            "当前位置：首页 > 通知公告\n关于巡察整改进展情况的通报\n\u{3000}\u{3000}根据县委统一部署，2023年4月…\n一、组织整改落实情况\n第一条\n第二条\n"
        );
    }

    #[test]
    fn scripts_styles_navigation_and_comments_are_left_out() {
        let html = "<html><head><title>页面</title><style>p{}</style></head><body><nav>首页 | 政务公开</nav><!-- 注释 <p>x</p> --><script>alert('<p>1</p>')</script><p>正文</p><footer>版权所有</footer><aside>相关链接</aside></body></html>";
        assert_eq!(html_to_text(html), "正文\n");
    }

    #[test]
    fn tables_are_flattened_row_by_row() {
        let html =
            "<table><tr><th>问题</th><th>整改情况</th></tr><tr><td>1.关于…的问题</td><td>已完成</td></tr></table>";
        assert_eq!(html_to_text(html), "问题 整改情况\n1.关于…的问题 已完成\n");
    }

    #[test]
    fn references_are_decoded_and_broken_markup_is_read_as_text() {
        assert_eq!(
            html_to_text("<p>&ldquo;四风&rdquo;&nbsp;问题 &amp; a&lt;b &#20010; &#x4E2A; &bogus; &#0;</p>"),
            "“四风” 问题 & a<b 个 个 &bogus; &#0;\n"
        );
        assert_eq!(html_to_text("<p>3 < 5 且 <未闭合"), "3 < 5 且 <未闭合\n");
        assert_eq!(html_to_text("<p title=\"a>b\">文</p><script>never closed"), "文\n");
    }

    #[test]
    fn what_looks_like_html() {
        assert!(looks_like_html("<!DOCTYPE html><html><body><p>x</p></body></html>"));
        assert!(looks_like_html("\u{feff}\n<div>x</div>"));
        assert!(!looks_like_html("关于巡察整改进展情况的通报\n<p>不是开头</p>"));
        assert!(!looks_like_html("<未闭合"));
    }
}
