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
use super::shape::{Shape, shape};
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
        if is_page_furniture(trimmed) {
            recognised.push(Recognised::new(
                Recognition::Cleaned,
                line,
                format!("{} → ∅（网页框架）", super::scan::short(trimmed, 24)),
            ));
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

/// Lines a web page puts around an article, which text copied or saved from the page keeps.
const FURNITURE_STARTS: &[&str] = &[
    "当前位置",
    "您当前的位置",
    "您的位置",
    "您现在的位置",
    "当前所在位置",
    "所在位置",
    "首页>",
    "首页 >",
    "首页»",
    "首页 »",
    "首页/",
    "发布时间",
    "发布日期",
    "发稿时间",
    "更新时间",
    "来源：",
    "来源:",
    "信息来源",
    "文章来源",
    "稿件来源",
    "浏览量",
    "浏览次数",
    "阅读次数",
    "阅读量",
    "点击数",
    "点击量",
    "点击次数",
    "访问量",
    "访问次数",
    "字号",
    "字体：",
    "字体:",
    "【字体",
    "【字号",
    "[字体",
    "打印本页",
    "打印此页",
    "关闭窗口",
    "关闭本页",
    "分享到",
    "分享至",
    "扫一扫",
    "责任编辑",
    "编辑：",
    "编辑:",
    "作者：",
    "作者:",
    "【打印",
    "[打印",
    "【关闭",
    "[关闭",
    "【我要纠错",
    "【返回顶部",
    "返回顶部",
    "相关链接",
    "相关阅读",
    "上一篇",
    "下一篇",
];

/// The words of a line that is nothing but page controls: "分享 朗读 字号：大 中 小 打印 关闭".
const FURNITURE_WORDS: &[&str] = &[
    "分享到",
    "分享",
    "朗读",
    "语音播报",
    "字号",
    "字体",
    "大",
    "中",
    "小",
    "默认",
    "打印",
    "关闭",
    "收藏",
    "纠错",
    "微信",
    "微博",
    "QQ空间",
    "QQ",
    "返回顶部",
    "返回",
    "扫一扫",
    "在手机打开",
    "保存",
    "下载",
    "A+",
    "A-",
    "A",
];

/// A line of the web page around the article: a breadcrumb, the publication line (发布时间 … 来源 … 浏览量), the
/// font-size and print controls. Nothing in a report's own text starts so or consists only of such words.
fn is_page_furniture(line: &str) -> bool {
    let compact: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    // A list's bullet before a metadata field: "• 发布日期:".
    let compact = compact.trim_start_matches(['•', '·', '●', '▪', '■', '-', '*']).to_owned();
    if FURNITURE_STARTS.iter().any(|start| compact.starts_with(&start.replace(' ', "")))
        && !compact.ends_with(['。', '；'])
        && compact.chars().count() <= 120
    {
        return true;
    }
    // Only controls and brackets left once the control words are taken out.
    let mut rest = compact.as_str().to_owned();
    let mut words = 0;
    for word in FURNITURE_WORDS {
        if rest.contains(word) {
            words += rest.matches(word).count();
            rest = rest.replace(word, "");
        }
    }
    words >= 2 && rest.chars().all(|c| "【】[]()（）|｜:：/>»·-—_ ,，、".contains(c))
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
    if text.contains('(') && text.chars().any(is_toned_vowel) {
        let (stripped, count) = without_pinyin(&text);
        if count > 0 {
            note(format!("(pinyin) ×{count} → ∅"));
            text = stripped;
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

fn is_toned_vowel(c: char) -> bool {
    "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ".contains(c)
}

/// Removes the readings some converter sites print after characters: "國務(wù)院" → "國務院", "個(gè)" → "個".
/// Only a lowercase syllable with a tone mark, right after a CJK character, is a reading.
fn without_pinyin(text: &str) -> (String, usize) {
    let mut out = String::with_capacity(text.len());
    let mut count = 0;
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        let after_cjk = rest[..open].chars().next_back().is_some_and(is_cjk);
        let inner_end = rest[open + 1..].find(')').map(|i| open + 1 + i);
        let reading = inner_end.map(|end| &rest[open + 1..end]).filter(|inner| {
            (1..=7).contains(&inner.chars().count())
                && inner.chars().all(|c| c.is_ascii_lowercase() || is_toned_vowel(c) || c == 'ü')
                && inner.chars().any(is_toned_vowel)
        });
        match (after_cjk, reading, inner_end) {
            (true, Some(_), Some(end)) => {
                out.push_str(&rest[..open]);
                rest = &rest[end + 1..];
                count += 1;
            }
            _ => {
                out.push_str(&rest[..=open]);
                rest = &rest[open + 1..];
            }
        }
    }
    out.push_str(rest);
    (out, count)
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
const TRADITIONAL: [(char, char); 314] = [
    ('並', '并'),
    ('亂', '乱'),
    ('佈', '布'),
    ('來', '来'),
    ('個', '个'),
    ('們', '们'),
    ('偉', '伟'),
    ('債', '债'),
    ('價', '价'),
    ('億', '亿'),
    ('內', '内'),
    ('兩', '两'),
    ('凱', '凯'),
    ('別', '别'),
    ('創', '创'),
    ('劃', '划'),
    ('劉', '刘'),
    ('動', '动'),
    ('務', '务'),
    ('勢', '势'),
    ('區', '区'),
    ('員', '员'),
    ('問', '问'),
    ('啟', '启'),
    ('單', '单'),
    ('嚴', '严'),
    ('國', '国'),
    ('圍', '围'),
    ('園', '园'),
    ('圖', '图'),
    ('團', '团'),
    ('執', '执'),
    ('堅', '坚'),
    ('報', '报'),
    ('壓', '压'),
    ('壞', '坏'),
    ('夠', '够'),
    ('學', '学'),
    ('實', '实'),
    ('寧', '宁'),
    ('審', '审'),
    ('寫', '写'),
    ('將', '将'),
    ('專', '专'),
    ('對', '对'),
    ('導', '导'),
    ('屆', '届'),
    ('屢', '屡'),
    ('屬', '属'),
    ('崗', '岗'),
    ('師', '师'),
    ('帳', '帐'),
    ('幣', '币'),
    ('幹', '干'),
    ('庫', '库'),
    ('廠', '厂'),
    ('廢', '废'),
    ('廣', '广'),
    ('廳', '厅'),
    ('強', '强'),
    ('後', '后'),
    ('從', '从'),
    ('復', '复'),
    ('徵', '征'),
    ('徹', '彻'),
    ('態', '态'),
    ('慶', '庆'),
    ('憑', '凭'),
    ('應', '应'),
    ('戶', '户'),
    ('據', '据'),
    ('擬', '拟'),
    ('擴', '扩'),
    ('攝', '摄'),
    ('敗', '败'),
    ('數', '数'),
    ('於', '于'),
    ('時', '时'),
    ('書', '书'),
    ('會', '会'),
    ('東', '东'),
    ('楊', '杨'),
    ('業', '业'),
    ('極', '极'),
    ('構', '构'),
    ('標', '标'),
    ('樣', '样'),
    ('機', '机'),
    ('檢', '检'),
    ('欄', '栏'),
    ('權', '权'),
    ('歸', '归'),
    ('決', '决'),
    ('況', '况'),
    ('測', '测'),
    ('準', '准'),
    ('滯', '滞'),
    ('滾', '滚'),
    ('滿', '满'),
    ('漢', '汉'),
    ('濟', '济'),
    ('為', '为'),
    ('煥', '焕'),
    ('營', '营'),
    ('牽', '牵'),
    ('獲', '获'),
    ('現', '现'),
    ('環', '环'),
    ('產', '产'),
    ('産', '产'),
    ('畢', '毕'),
    ('畫', '画'),
    ('當', '当'),
    ('療', '疗'),
    ('發', '发'),
    ('監', '监'),
    ('眾', '众'),
    ('確', '确'),
    ('稅', '税'),
    ('稱', '称'),
    ('積', '积'),
    ('範', '范'),
    ('簡', '简'),
    ('簽', '签'),
    ('籌', '筹'),
    ('糧', '粮'),
    ('紀', '纪'),
    ('納', '纳'),
    ('級', '级'),
    ('細', '细'),
    ('組', '组'),
    ('結', '结'),
    ('絡', '络'),
    ('統', '统'),
    ('經', '经'),
    ('綜', '综'),
    ('綠', '绿'),
    ('維', '维'),
    ('網', '网'),
    ('線', '线'),
    ('編', '编'),
    ('縣', '县'),
    ('總', '总'),
    ('織', '织'),
    ('繼', '继'),
    ('續', '续'),
    ('羅', '罗'),
    ('義', '义'),
    ('習', '习'),
    ('聞', '闻'),
    ('聯', '联'),
    ('職', '职'),
    ('聽', '听'),
    ('肅', '肃'),
    ('與', '与'),
    ('舉', '举'),
    ('舊', '旧'),
    ('華', '华'),
    ('萬', '万'),
    ('藥', '药'),
    ('處', '处'),
    ('虛', '虚'),
    ('號', '号'),
    ('衛', '卫'),
    ('補', '补'),
    ('複', '复'),
    ('見', '见'),
    ('規', '规'),
    ('視', '视'),
    ('計', '计'),
    ('訊', '讯'),
    ('訓', '训'),
    ('託', '托'),
    ('記', '记'),
    ('訪', '访'),
    ('設', '设'),
    ('評', '评'),
    ('話', '话'),
    ('該', '该'),
    ('認', '认'),
    ('調', '调'),
    ('談', '谈'),
    ('請', '请'),
    ('謀', '谋'),
    ('講', '讲'),
    ('謝', '谢'),
    ('證', '证'),
    ('識', '识'),
    ('議', '议'),
    ('護', '护'),
    ('讀', '读'),
    ('讓', '让'),
    ('豐', '丰'),
    ('負', '负'),
    ('財', '财'),
    ('貢', '贡'),
    ('貨', '货'),
    ('貫', '贯'),
    ('責', '责'),
    ('貸', '贷'),
    ('費', '费'),
    ('貼', '贴'),
    ('貿', '贸'),
    ('資', '资'),
    ('賈', '贾'),
    ('賣', '卖'),
    ('質', '质'),
    ('賬', '账'),
    ('購', '购'),
    ('踐', '践'),
    ('蹤', '踪'),
    ('軍', '军'),
    ('較', '较'),
    ('輔', '辅'),
    ('輕', '轻'),
    ('輪', '轮'),
    ('輯', '辑'),
    ('辦', '办'),
    ('辭', '辞'),
    ('農', '农'),
    ('這', '这'),
    ('連', '连'),
    ('進', '进'),
    ('運', '运'),
    ('過', '过'),
    ('達', '达'),
    ('違', '违'),
    ('遞', '递'),
    ('遠', '远'),
    ('適', '适'),
    ('遲', '迟'),
    ('選', '选'),
    ('遼', '辽'),
    ('還', '还'),
    ('邊', '边'),
    ('郵', '邮'),
    ('鄉', '乡'),
    ('鄒', '邹'),
    ('鄔', '邬'),
    ('鄰', '邻'),
    ('醫', '医'),
    ('釋', '释'),
    ('針', '针'),
    ('銀', '银'),
    ('銷', '销'),
    ('錄', '录'),
    ('錢', '钱'),
    ('鎮', '镇'),
    ('鏈', '链'),
    ('鐵', '铁'),
    ('長', '长'),
    ('門', '门'),
    ('閉', '闭'),
    ('開', '开'),
    ('閒', '闲'),
    ('間', '间'),
    ('閱', '阅'),
    ('關', '关'),
    ('陣', '阵'),
    ('陰', '阴'),
    ('陸', '陆'),
    ('陽', '阳'),
    ('隊', '队'),
    ('階', '阶'),
    ('際', '际'),
    ('隨', '随'),
    ('險', '险'),
    ('雖', '虽'),
    ('雙', '双'),
    ('雜', '杂'),
    ('雞', '鸡'),
    ('離', '离'),
    ('難', '难'),
    ('雲', '云'),
    ('電', '电'),
    ('靈', '灵'),
    ('靜', '静'),
    ('鞏', '巩'),
    ('響', '响'),
    ('頁', '页'),
    ('頂', '顶'),
    ('項', '项'),
    ('順', '顺'),
    ('須', '须'),
    ('預', '预'),
    ('頒', '颁'),
    ('頓', '顿'),
    ('領', '领'),
    ('頭', '头'),
    ('頻', '频'),
    ('題', '题'),
    ('額', '额'),
    ('顏', '颜'),
    ('類', '类'),
    ('顧', '顾'),
    ('顯', '显'),
    ('風', '风'),
    ('飛', '飞'),
    ('飯', '饭'),
    ('餘', '余'),
    ('館', '馆'),
    ('饋', '馈'),
    ('馬', '马'),
    ('驗', '验'),
    ('體', '体'),
    ('髮', '发'),
    ('鬥', '斗'),
    ('魚', '鱼'),
    ('鮮', '鲜'),
    ('鳥', '鸟'),
    ('點', '点'),
    ('黨', '党'),
    ('齊', '齐'),
    ('齡', '龄'),
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
