//! Free-text search for Chinese text: substring matching that ignores white space, letter case and the
//! full-width/half-width difference, plus the highlighting of matches in the original text.
//!
//! Reports extracted from PDFs put spaces around numbers ("近 700 套"); a reader who types "700套" must still find
//! them, so white space is dropped on both sides before comparing.

use crate::valid::ValidDataset;

/// One character as compared: full-width ASCII folded to half-width, letters lower-cased; `None` for white space.
fn fold(c: char) -> Option<char> {
    // Fast paths for what reports are mostly made of (folding 60 MB of a round's text is part of its load time):
    // ASCII, and CJK ideographs, which have no case, no width variant and are never white space.
    if c.is_ascii() {
        return (!c.is_whitespace()).then(|| c.to_ascii_lowercase());
    }
    if ('\u{4e00}'..='\u{9fff}').contains(&c) {
        return Some(c);
    }
    if c.is_whitespace() {
        return None;
    }
    let half = match c {
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
        _ => c,
    };
    Some(lower(half))
}

/// The lower case of the letters a report may hold besides CJK, by arithmetic rather than through Unicode's case
/// tables, which would add about 6 KB gzip to every visitor's wasm: Latin with its accented letters (Latin-1,
/// Latin Extended-A and the pinyin tone letters Ǎ…Ǜ), Greek, Cyrillic and the Roman numerals (Ⅰ → ⅰ). A test
/// holds it to `char::to_lowercase` over those blocks.
fn lower(c: char) -> char {
    let code = c as u32;
    let shift = match code {
        0x41..=0x5a | 0xc0..=0xde if code != 0xd7 => 0x20, // A–Z, À–Þ (not ×)
        0x391..=0x3ab if code != 0x3a2 => 0x20,            // Α–Ϋ
        0x410..=0x42f => 0x20,                             // А–Я
        0x400..=0x40f => 0x50,                             // Ѐ–Џ
        0x2160..=0x216f => 0x10,                           // Ⅰ–Ⅿ
        0x178 => return 'ÿ',                               // Ÿ, whose small letter is in Latin-1
        // Latin Extended-A and the pinyin capitals: pairs, the capital first.
        0x100..=0x12f | 0x132..=0x137 | 0x14a..=0x177 if code.is_multiple_of(2) => 1,
        0x139..=0x148 | 0x179..=0x17e | 0x1cd..=0x1dc if !code.is_multiple_of(2) => 1,
        _ => 0,
    };
    char::from_u32(code + shift).unwrap_or(c)
}

/// The text as compared by the search: see [`fold`].
pub fn normalize(text: &str) -> String {
    text.chars().filter_map(fold).collect()
}

/// Each problem's searchable text, folded once when the dataset loads.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    haystacks: Vec<String>,
}

impl SearchIndex {
    /// An index of haystacks folded one by one with [`SearchIndex::haystack`], in problem order.
    pub fn from_haystacks(haystacks: Vec<String>) -> Self {
        Self { haystacks }
    }

    /// The folded searchable text of problem `p` (its title, measures, metrics, regulations, deadlines and
    /// sub-items), each field followed by a separator.
    pub fn haystack(data: &ValidDataset, p: usize) -> String {
        let problem = &data.problems()[p];
        let mut text = String::with_capacity(problem.title.len() * 4);
        let mut add = |part: &str| {
            text.extend(part.chars().filter_map(fold));
            // A separator no folded needle can contain, so that matches never span two fields.
            text.push('\u{1f}');
        };
        add(&problem.number);
        add(&problem.title);
        problem.measures.iter().for_each(|m| add(m));
        problem.metrics.iter().for_each(|m| add(&m.measure));
        problem.regulations.iter().for_each(|r| add(&r.title));
        problem.deadlines.iter().for_each(|d| add(&d.promise));
        for item in &problem.sub_items {
            add(&item.title);
            item.measures.iter().for_each(|m| add(m));
        }
        text
    }

    /// True when problem `p` contains the already-normalised `needle` (an empty needle matches everything).
    pub fn matches(&self, p: usize, needle: &str) -> bool {
        needle.is_empty() || self.haystacks.get(p).is_some_and(|h| h.contains(needle))
    }
}

/// What a piece of highlighted text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Marks {
    /// Part of a search match.
    pub search: bool,
    /// Part of a metric figure.
    pub metric: bool,
}

/// A run of text with the same marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// The original text of the run.
    pub text: String,
    /// How to show it.
    pub marks: Marks,
}

/// Splits `text` into runs, marking where the search `query` matches (compared as [`normalize`] does) and where
/// each of `figures` (exact substrings such as "64%") occurs.
pub fn highlight(text: &str, query: &str, figures: &[&str]) -> Vec<Segment> {
    let mut marks = vec![Marks::default(); text.len()];
    let needle: Vec<char> = query.chars().filter_map(fold).collect();
    if !needle.is_empty() {
        // The folded characters of `text` with the byte range each came from.
        let folded: Vec<(char, usize, usize)> =
            text.char_indices().filter_map(|(at, c)| fold(c).map(|f| (f, at, at + c.len_utf8()))).collect();
        let mut start = 0;
        while start + needle.len() <= folded.len() {
            if folded[start..start + needle.len()].iter().map(|&(c, _, _)| c).eq(needle.iter().copied()) {
                let (from, to) = (folded[start].1, folded[start + needle.len() - 1].2);
                marks[from..to].iter_mut().for_each(|m| m.search = true);
                start += needle.len();
            } else {
                start += 1;
            }
        }
    }
    for figure in figures.iter().filter(|f| !f.is_empty()) {
        for (at, found) in text.match_indices(figure) {
            marks[at..at + found.len()].iter_mut().for_each(|m| m.metric = true);
        }
    }
    let mut segments: Vec<Segment> = Vec::new();
    for (at, c) in text.char_indices() {
        let mark = marks[at];
        match segments.last_mut() {
            Some(last) if last.marks == mark => last.text.push(c),
            _ => segments.push(Segment { text: c.to_string(), marks: mark }),
        }
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(segments: &[Segment], pick: impl Fn(Marks) -> bool) -> Vec<&str> {
        segments.iter().filter(|s| pick(s.marks)).map(|s| s.text.as_str()).collect()
    }

    #[test]
    fn lower_case_agrees_with_unicode_wherever_it_changes_a_letter_and_covers_its_blocks() {
        let covered = |code: u32| matches!(code, 0x41..=0x5a | 0xc0..=0xde | 0x100..=0x17f | 0x1cd..=0x1dc | 0x391..=0x3ab | 0x400..=0x42f | 0x2160..=0x216f);
        for c in (0..=0xffff).filter_map(char::from_u32) {
            let mut unicode = c.to_lowercase();
            let single = (unicode.len() == 1).then(|| unicode.next()).flatten();
            if lower(c) != c {
                assert_eq!(Some(lower(c)), single, "{c:?}");
            } else if covered(c as u32) && c != '\u{130}' {
                // İ lower-cases to two characters; every other letter of the blocks is folded.
                assert_eq!(single, Some(c), "{c:?} is not folded");
            }
        }
        assert_eq!(normalize("PĪNYĪN Ǎ Ⅱ ΣΩ ПРИВЕТ Éé"), "pīnyīnǎⅱσωприветéé");
    }

    #[test]
    fn normalisation_ignores_space_case_and_width() {
        assert_eq!(normalize("近 700 套"), "近700套");
        assert_eq!(normalize("ＡＢＣ１２３％"), "abc123%");
        assert_eq!(normalize("PDF\u{3000}文本"), "pdf文本");
    }

    #[test]
    fn highlights_matches_across_the_pdf_spaces() {
        let segments = highlight("已完成了近 700 套安置房交付", "700套", &[]);
        assert_eq!(marked(&segments, |m| m.search), ["700 套"]);
        let whole: String = segments.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(whole, "已完成了近 700 套安置房交付", "segments rebuild the text exactly");
    }

    #[test]
    fn highlights_every_match_and_every_figure() {
        let segments = highlight("安置房、安置群众，交付率达 74%", "安置", &["74%"]);
        assert_eq!(marked(&segments, |m| m.search), ["安置", "安置"]);
        assert_eq!(marked(&segments, |m| m.metric), ["74%"]);
    }

    #[test]
    fn an_empty_query_marks_nothing() {
        let segments = highlight("文本", "  ", &[]);
        assert_eq!(segments, [Segment { text: "文本".into(), marks: Marks::default() }]);
    }
}
