//! Facts in the text: metrics, regulations (《…》) with their verb, deadlines, the report's dates and team, the
//! inspected unit, and the contact details.
//!
//! Dates without a year ("12月底前", "7月19日", "截至11月30日") are resolved against the report's year: the year of
//! the publication date, else of the inspection period, else the first full date in the text. A month or a year
//! stays a month or a year ("12 月底前" → `2023-12`), as in the reference dataset.

use crate::date::PartialDate;
use crate::model::{Contact, Deadline, DeadlineKind, InspectionKind, Metric, Regulation, RegulationAction};

use super::scan::{chinese_digit, chinese_number, clause_bounds, is_digit, leading_decimal, leading_uint, sentences};

/// A date as printed, any part of it possibly missing, and where it ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DateMatch {
    pub year: Option<u16>,
    pub month: Option<u8>,
    pub day: Option<u8>,
    pub end: usize,
}

impl DateMatch {
    /// The date at its own precision, with `year` filling a missing year.
    pub(crate) fn resolve(self, year: Option<u16>) -> Option<PartialDate> {
        let year = self.year.or(year).filter(|y| (1900..=2199).contains(y))?;
        match (self.month, self.day) {
            (Some(m), Some(d)) => PartialDate::day(year, m, d),
            (Some(m), None) => PartialDate::month(year, m),
            (None, _) => Some(PartialDate::year(year)),
        }
    }
}

fn skip_spaces(s: &str, at: usize) -> usize {
    at + s[at..].len() - s[at..].trim_start().len()
}

/// `digits` then `mark` ("2023 年", "5 月") at `at`: the number and the offset after the mark.
fn number_then(s: &str, at: usize, max_digits: usize, mark: char) -> Option<(u32, usize)> {
    let (value, len) = leading_uint(&s[at..])?;
    if s[at..at + len].chars().count() > max_digits {
        return None;
    }
    let after = skip_spaces(s, at + len);
    s[after..].starts_with(mark).then_some((value?, after + mark.len_utf8()))
}

/// A date starting at byte `at`: "2023年3月10日", "2024 年 5 月", "7月19日", "2024年".
pub(crate) fn date_at(s: &str, at: usize) -> Option<DateMatch> {
    let mut date = DateMatch { year: None, month: None, day: None, end: at };
    let mut cursor = at;
    if let Some((year, after)) = number_then(s, at, 4, '年')
        && s[at..].chars().take_while(|&c| is_digit(c)).count() == 4
    {
        date.year = u16::try_from(year).ok();
        date.end = after;
        cursor = skip_spaces(s, after);
    }
    if let Some((month, after)) = number_then(s, cursor, 2, '月').filter(|&(m, _)| (1..=12).contains(&m)) {
        date.month = u8::try_from(month).ok();
        date.end = after;
        cursor = skip_spaces(s, after);
        if let Some((day, after)) = number_then(s, cursor, 2, '日').filter(|&(d, _)| (1..=31).contains(&d)) {
            date.day = u8::try_from(day).ok();
            date.end = after;
        }
    }
    (date.year.is_some() || date.month.is_some()).then_some(date)
}

/// Every date in `s`, in order, not inside 《》.
fn dates(s: &str) -> Vec<(usize, DateMatch)> {
    let mut found = Vec::new();
    let mut depth = 0usize;
    let mut resume = 0;
    let mut previous_was_digit = false;
    for (i, c) in s.char_indices() {
        match c {
            '《' => depth += 1,
            '》' => depth = depth.saturating_sub(1),
            _ => {}
        }
        let digit = is_digit(c);
        if digit
            && !previous_was_digit
            && depth == 0
            && i >= resume
            && let Some(date) = date_at(s, i)
        {
            resume = date.end;
            found.push((i, date));
        }
        previous_was_digit = digit;
    }
    found
}

/// A line that is only a date: the publication date under the signature.
pub(crate) fn date_only(line: &str) -> Option<DateMatch> {
    let line = line.trim();
    let date = date_at(line, 0)?;
    (date.end == line.len() && date.year.is_some() && date.month.is_some()).then_some(date)
}

/// Units of measure, longest first so that 万平方米 wins over 平方米.
const UNITS: [&str; 22] = [
    "万平方米",
    "平方米",
    "万亩",
    "亿元",
    "万元",
    "千元",
    "公里",
    "%",
    "％",
    "亩",
    "元",
    "个",
    "家",
    "名",
    "人",
    "套",
    "件",
    "项",
    "户",
    "栋",
    "间",
    "批",
];
const QUALIFIERS: [&str; 6] = ["超过", "不少于", "不足", "近", "约", "逾"];
const LINKING_VERBS: [&str; 5] = ["达到", "达", "为", "是", "至"];

/// Figures with a unit in a measures paragraph. Numbers inside quotes (“四不一报告”) and titles (《…2023 年…》) are
/// set phrases or names, not figures; so are years, months and days, and Chinese numerals other than 两 … 十
/// with a measure word (一 is usually an article: 一批, 一对一).
pub(crate) fn metrics(text: &str) -> Vec<Metric> {
    let mut found = Vec::new();
    let mut quoted = 0usize;
    let mut previous: Option<char> = None;
    let mut resume = 0;
    for (i, c) in text.char_indices() {
        match c {
            '“' | '《' | '「' | '<' | '〈' => quoted += 1,
            '”' | '》' | '」' | '>' | '〉' => quoted = quoted.saturating_sub(1),
            // An unclosed quote must not hide the figures of the following sentences.
            '。' => quoted = 0,
            _ => {}
        }
        let starts_number = previous.is_none_or(|p| !is_digit(p) && p != '.' && p != '．' && !p.is_ascii_alphabetic());
        if quoted == 0 && i >= resume && starts_number {
            let number = if is_digit(c) {
                leading_decimal(&text[i..]).map(|(v, len)| (v, len, true))
            } else if chinese_digit(c).is_some_and(|v| v >= 2)
                && previous.is_none_or(|p| chinese_digit(p).is_none() && !"第每其之".contains(p))
            {
                let len: usize =
                    text[i..].chars().take_while(|&c| chinese_digit(c).is_some()).map(char::len_utf8).sum();
                chinese_number(&text[i..i + len]).map(|v| (f64::from(v), len, false))
            } else {
                None
            };
            if let Some((value, len, arabic)) = number
                && let Some(metric) = metric_at(text, i, value, len, arabic)
            {
                resume = i + metric.text.len();
                found.push(metric);
            }
        }
        previous = Some(c);
    }
    found
}

fn metric_at(text: &str, at: usize, value: f64, len: usize, arabic: bool) -> Option<Metric> {
    let unit_at = if arabic { skip_spaces(text, at + len) } else { at + len };
    let rest = &text[unit_at..];
    let unit = UNITS.iter().find(|u| rest.starts_with(*u))?;
    if !arabic && !["个", "家", "名", "人", "套", "件", "项"].contains(unit) {
        return None;
    }
    let end = unit_at + unit.len();
    // "3个月" is a duration, not a count.
    if *unit == "个" && text[end..].starts_with(['月', '工']) {
        return None;
    }
    let (clause_start, clause_end) = clause_bounds(text, at);
    let before = text[clause_start..at].trim_end();
    let (before, qualifier) = match QUALIFIERS.iter().find(|q| before.ends_with(*q)) {
        Some(q) => (before[..before.len() - q.len()].trim_end(), Some((*q).to_owned())),
        None => (before, None),
    };
    let projected = ["预计", "将", "力争", "计划"].iter().any(|w| before.contains(w));
    let mut measure = before.to_owned();
    if let Some(verb) = LINKING_VERBS.iter().find(|v| measure.ends_with(*v)) {
        measure.truncate(measure.len() - verb.len());
    }
    let after = text[end..clause_end.max(end)].trim();
    if *unit != "%" && *unit != "％" && after.chars().count() <= 20 {
        measure.push_str(after);
    }
    let measure = measure.trim();
    Some(Metric {
        value,
        unit: (*unit).to_owned(),
        measure: if measure.is_empty() { (*unit).to_owned() } else { measure.to_owned() },
        qualifier,
        projected,
        text: text[at..end].to_owned(),
    })
}

/// Verbs that say what was done with a regulation, longest first among those ending alike.
const ACTIONS: [(&str, RegulationAction); 24] = [
    ("修订完善", RegulationAction::Revised),
    ("修订", RegulationAction::Revised),
    ("修改", RegulationAction::Revised),
    ("完善", RegulationAction::Revised),
    ("制定出台", RegulationAction::Issued),
    ("制定", RegulationAction::Issued),
    ("加快出台", RegulationAction::Drafted),
    ("出台", RegulationAction::Issued),
    ("印发", RegulationAction::Issued),
    ("下发", RegulationAction::Issued),
    ("颁布", RegulationAction::Issued),
    ("签订", RegulationAction::Issued),
    ("建立", RegulationAction::Issued),
    ("拟制", RegulationAction::Drafted),
    ("拟定", RegulationAction::Drafted),
    ("起草", RegulationAction::Drafted),
    ("草拟", RegulationAction::Drafted),
    ("严格按照", RegulationAction::Applied),
    ("按照", RegulationAction::Applied),
    ("根据", RegulationAction::Applied),
    ("依据", RegulationAction::Applied),
    ("依照", RegulationAction::Applied),
    ("执行", RegulationAction::Applied),
    ("送达", RegulationAction::Served),
];

/// Every 《title》 (outermost brackets; nested 《》 and <> kept inside the title), with the action of the nearest
/// verb before it in the same sentence, looking only at text outside titles. With no verb: `applied` (cited).
pub(crate) fn regulations(text: &str) -> Vec<Regulation> {
    let mut found = Vec::new();
    if !text.contains('《') {
        return found;
    }
    for sentence in sentences(text) {
        let mut outside = String::new();
        let mut depth = 0usize;
        let mut title_start = 0;
        for (i, c) in sentence.char_indices() {
            match c {
                '《' => {
                    if depth == 0 {
                        title_start = i + c.len_utf8();
                    }
                    depth += 1;
                }
                '》' if depth > 0 => {
                    depth -= 1;
                    if depth == 0 {
                        let title = sentence[title_start..i].trim();
                        if !title.is_empty() {
                            found.push(Regulation { title: title.to_owned(), action: action_before(&outside) });
                        }
                    }
                }
                _ if depth == 0 => outside.push(c),
                _ => {}
            }
        }
    }
    found
}

fn action_before(outside: &str) -> RegulationAction {
    // The verb governing a title stands close before it: walk back at most 40 characters, and at each end
    // position take the longest verb that ends there (加快出台 over 出台).
    for (steps, (at, c)) in outside.char_indices().rev().enumerate() {
        if steps >= 40 {
            break;
        }
        let end = at + c.len_utf8();
        let before = &outside[..end];
        if let Some(&(_, action)) =
            ACTIONS.iter().filter(|(verb, _)| before.ends_with(verb)).max_by_key(|(verb, _)| verb.len())
        {
            return action;
        }
    }
    RegulationAction::Applied
}

/// Dated commitments: "2024 年 5 月底前", "12 月底前", "年底前", "预计 2024 年 6 月前", "2024 年 6 月预计…".
/// `year` resolves dates printed without one; `unresolved` collects those it cannot resolve.
pub(crate) fn deadlines(text: &str, year: Option<u16>, unresolved: &mut Vec<String>) -> Vec<Deadline> {
    let mut found: Vec<(usize, Deadline)> = Vec::new();
    let mut push = |start: usize, end: usize, date: DateMatch, kind: DeadlineKind, unresolved: &mut Vec<String>| {
        let printed = &text[start..end];
        match date.resolve(year) {
            Some(due) => found
                .push((start, Deadline { due, kind, promise: promise(text, start, end), text: printed.to_owned() })),
            None => unresolved.push(printed.to_owned()),
        }
    };
    for (start, date) in dates(text) {
        if date.month.is_none() && !text[date.end..].trim_start().starts_with("底前") {
            continue;
        }
        let after = skip_spaces(text, date.end);
        let expected_before = text[..start].trim_end().ends_with("预计");
        let (end, kind) = if let Some(suffix) = ["底前", "前", "底"].iter().find(|s| text[after..].starts_with(*s))
        {
            let kind = if expected_before { DeadlineKind::Expected } else { DeadlineKind::By };
            (after + suffix.len(), kind)
        } else if text[after..].starts_with("预计") || expected_before {
            (date.end, DeadlineKind::Expected)
        } else {
            continue;
        };
        let date = if date.month.is_none() { DateMatch { month: Some(12), ..date } } else { date };
        push(start, end, date, kind, unresolved);
    }
    // "年底前" with no year printed: the end of the report's year.
    for (at, _) in text.match_indices("年底前") {
        let preceded_by_digit = text[..at].trim_end().chars().next_back().is_some_and(is_digit);
        if !preceded_by_digit {
            let date = DateMatch { year: None, month: Some(12), day: None, end: at };
            push(at, at + "年底前".len(), date, DeadlineKind::By, unresolved);
        }
    }
    found.sort_by_key(|&(start, _)| start);
    found.into_iter().map(|(_, deadline)| deadline).collect()
}

/// What is promised: the rest of the clause after the date, else the clause before it.
fn promise(text: &str, start: usize, end: usize) -> String {
    let (clause_start, clause_end) = clause_bounds(text, start);
    let after = text[end..clause_end.max(end)].trim();
    let before = text[clause_start..start].trim();
    let before = before.strip_suffix("预计").unwrap_or(before).trim();
    [after, before].into_iter().find(|s| !s.is_empty()).unwrap_or(&text[start..end]).to_owned()
}

/// What the opening paragraphs say about the inspection and the unit.
#[derive(Debug, Clone, Default)]
pub(crate) struct ReportFacts {
    pub period: Option<(usize, DateMatch, DateMatch)>,
    pub feedback: Option<(usize, DateMatch)>,
    pub as_of: Option<(usize, DateMatch)>,
    pub team: Option<(usize, String)>,
    pub unit: Option<(usize, String, Option<String>)>,
}

/// Reads the inspection period ("2023年3月10日至6月10日"), the feedback date (a date in a sentence that says 反馈),
/// the as-of date ("截至11月30日"), the team ("省委第十五巡视组") and the unit ("对…（以下简称“…”）").
pub(crate) fn report_facts(paragraphs: &[(usize, String)]) -> ReportFacts {
    let mut facts = ReportFacts::default();
    for (line, paragraph) in paragraphs {
        for sentence in sentences(paragraph) {
            let found = dates(sentence);
            let mut in_period = Vec::new();
            for (k, &(start, date)) in found.iter().enumerate() {
                let after = skip_spaces(sentence, date.end);
                if sentence[after..].starts_with('至')
                    && let Some(&(next_start, end_date)) = found.get(k + 1)
                    && skip_spaces(sentence, after + '至'.len_utf8()) == next_start
                {
                    in_period.extend([start, next_start]);
                    if facts.period.is_none() && date.day.is_some() {
                        facts.period = Some((*line, date, end_date));
                    }
                }
                let before = sentence[..start].trim_end();
                if facts.as_of.is_none()
                    && (before.ends_with("截至") || before.ends_with("截止") || before.ends_with("截止到"))
                {
                    facts.as_of = Some((*line, date));
                }
            }
            if facts.feedback.is_none() && sentence.contains("反馈") && !sentence.contains("截至") {
                facts.feedback = found
                    .iter()
                    .find(|(start, date)| !in_period.contains(start) && date.day.is_some())
                    .map(|&(_, date)| (*line, date));
            }
            if facts.team.is_none() {
                facts.team = team(sentence).map(|t| (*line, t));
            }
            if facts.unit.is_none() {
                facts.unit = unit(sentence).map(|(name, short)| (*line, name, short));
            }
        }
    }
    facts
}

/// "…，省委第十五巡视组对…" → "省委第十五巡视组". A count of teams ("区委组建4个巡察组") names none.
fn team(sentence: &str) -> Option<String> {
    let mut found: Vec<(usize, &str)> = ["巡视组", "巡察组"].iter().flat_map(|w| sentence.match_indices(w)).collect();
    found.sort_unstable();
    found.into_iter().find_map(|(at, word)| {
        let start = sentence[..at]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| super::scan::is_cjk(c) && !"，。、；由经对向和与及".contains(c))
            .take(12)
            .last()
            .map(|(i, _)| i)
            .unwrap_or(at);
        let team = &sentence[start..at + word.len()];
        let counted = team.starts_with('个') || sentence[..start].ends_with(super::scan::is_digit);
        (team.chars().count() > word.chars().count() && !counted).then(|| team.to_owned())
    })
}

/// The body that sent the team: "省委第十五巡视组" → "省委".
pub(crate) fn commissioned_by(team: &str) -> Option<String> {
    let at = team.find('第')?;
    let body = &team[..at];
    (!body.is_empty()).then(|| body.to_owned())
}

/// The inspection kind named in the text.
pub(crate) fn inspection_kind(text: &str) -> InspectionKind {
    if text.contains("延伸巡视") {
        InspectionKind::ExtendedXunshi
    } else if text.contains("延伸巡察") {
        InspectionKind::ExtendedXuncha
    } else if text.contains("专项巡视") || text.contains("专项巡察") {
        InspectionKind::Special
    } else if text.contains("巡察") && !text.contains("巡视") {
        InspectionKind::Xuncha
    } else {
        InspectionKind::Xunshi
    }
}

/// "对邵阳经济技术开发区（以下简称“邵阳经开区”）开展了…" → ("邵阳经济技术开发区", Some("邵阳经开区")).
fn unit(sentence: &str) -> Option<(String, Option<String>)> {
    let at = sentence.find("以下简称")?;
    let open = sentence[..at].rfind(['（', '('])?;
    let name_start = sentence[..open].rfind('对').map(|i| i + '对'.len_utf8())?;
    let name = sentence[name_start..open].trim();
    let rest = &sentence[at + "以下简称".len()..];
    let short = rest
        .find('“')
        .and_then(|q| rest[q + '“'.len_utf8()..].split_once('”').map(|(s, _)| s.trim().to_owned()))
        .filter(|s| !s.is_empty());
    (!name.is_empty() && name.chars().count() <= 40).then(|| (name.to_owned(), short))
}

/// Contact details from the contact paragraphs: the invitation (sentences without details), phones, the postal
/// address and postcode, e-mail addresses and web sites.
pub(crate) fn contact(paragraphs: &[(usize, String)]) -> Option<Contact> {
    const PHONE: [&str; 4] = ["联系电话", "举报电话", "监督电话", "电话"];
    const POSTAL: [&str; 5] = ["邮政信箱", "通信地址", "通讯地址", "联系地址", "地址"];
    const EMAIL: [&str; 3] = ["电子邮箱", "电子信箱", "邮箱"];
    const WEB: [&str; 2] = ["网址", "网站"];
    let mut contact = Contact::default();
    let mut note = String::new();
    for (_, paragraph) in paragraphs {
        for sentence in sentences(paragraph) {
            let keyed =
                [&PHONE[..], &POSTAL, &EMAIL, &WEB].iter().any(|keys| keys.iter().any(|k| sentence.contains(k)));
            if !keyed {
                note.push_str(sentence.trim());
                continue;
            }
            for piece in sentence.split(['；', ';', '。']) {
                let piece = piece.trim();
                if let Some(value) = value_after(piece, &EMAIL) {
                    contact.emails.extend(split_values(value));
                } else if let Some(value) = value_after(piece, &POSTAL) {
                    let (address, postcode) = split_postcode(value);
                    contact.postal_address.get_or_insert(address);
                    if let Some(code) = postcode {
                        contact.postcode.get_or_insert(code);
                    }
                } else if let Some(value) = value_after(piece, &PHONE) {
                    contact.phones.extend(split_values(value));
                } else if let Some(value) = value_after(piece, &WEB) {
                    contact.websites.extend(split_values(value));
                }
            }
        }
    }
    if !note.is_empty() {
        contact.note = Some(note);
    }
    (contact != Contact::default()).then_some(contact)
}

/// The text after the first of `keys` and its colon.
fn value_after<'a>(piece: &'a str, keys: &[&str]) -> Option<&'a str> {
    keys.iter().find_map(|key| {
        let at = piece.find(key)?;
        let rest = piece[at + key.len()..].trim_start();
        let rest = rest.strip_prefix(['：', ':']).unwrap_or(rest).trim();
        (!rest.is_empty()).then_some(rest)
    })
}

fn split_values(value: &str) -> Vec<String> {
    value
        .split(['、', '，', ',', '/', '或'])
        .map(|v| v.trim().trim_end_matches('.').to_owned())
        .filter(|v| !v.is_empty())
        .collect()
}

/// "邵阳市…管理委员会，422000" or "…，邮编：422000" → (address, postcode).
fn split_postcode(value: &str) -> (String, Option<String>) {
    for marker in ["邮政编码", "邮编"] {
        if let Some(at) = value.find(marker) {
            let code = value[at + marker.len()..].trim_start_matches(['：', ':', ' ']).trim();
            let address = value[..at].trim().trim_end_matches(['，', ',', '（', '(']).trim();
            return (address.to_owned(), (!code.is_empty()).then(|| code.trim_end_matches(['）', ')']).to_owned()));
        }
    }
    if let Some((address, code)) = value.rsplit_once(['，', ',', ' '])
        && code.trim().chars().count() == 6
        && code.trim().chars().all(is_digit)
    {
        return (address.trim().to_owned(), Some(code.trim().to_owned()));
    }
    (value.to_owned(), None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_dates_with_and_without_years() {
        let d = date_at("2024 年 5 月底前", 0).unwrap();
        assert_eq!((d.year, d.month, d.day), (Some(2024), Some(5), None));
        let d = date_at("7月19日，", 0).unwrap();
        assert_eq!(d.resolve(Some(2023)).map(|d| d.to_string()), Some("2023-07-19".to_owned()));
        assert!(date_only("2023年12月22日").is_some());
        assert!(date_at("13月1日", 0).is_none());
    }

    #[test]
    fn reads_metrics_with_qualifiers_and_projections() {
        let m = metrics(
            "已完成了近 700 套安置房交付，全区安置交付率达 74%。年底前厂房利用率将达到 60%，已引进两个产业项目，落实“四不一报告”，2024 年 5 月底前完成。",
        );
        let texts: Vec<&str> = m.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(texts, ["700 套", "74%", "60%", "两个"]);
        assert_eq!(m[0].qualifier.as_deref(), Some("近"));
        assert!(m[2].projected && !m[1].projected);
        assert_eq!(m[3].value, 2.0);
    }

    #[test]
    fn reads_regulations_with_the_nearest_verb_outside_titles() {
        let r = regulations(
            "修订完善《A办法》《B办法》，出台《C规则》和平台公司《D办法》。制定出台了《关于建立X机制》。加快出台《E》。向该项目送达《F告知书》。按照《G》规定。",
        );
        let actions: Vec<(&str, RegulationAction)> = r.iter().map(|r| (r.title.as_str(), r.action)).collect();
        assert_eq!(
            actions,
            [
                ("A办法", RegulationAction::Revised),
                ("B办法", RegulationAction::Revised),
                ("C规则", RegulationAction::Issued),
                ("D办法", RegulationAction::Issued),
                ("关于建立X机制", RegulationAction::Issued),
                ("E", RegulationAction::Drafted),
                ("F告知书", RegulationAction::Served),
                ("G", RegulationAction::Applied),
            ]
        );
    }

    #[test]
    fn reads_deadlines_and_resolves_their_year() {
        let mut unresolved = Vec::new();
        let text = "2024 年 5 月底前完成工程建设扫尾，2024 年 6 月预计交付到位。12 月底前将完成年度目标任务。加快实施园区调区，预计 2024 年 6 月前完成。年底前厂房利用率将达到 60%。今年7月以来引进项目11个。";
        let d = deadlines(text, Some(2023), &mut unresolved);
        let got: Vec<(String, DeadlineKind, &str, &str)> =
            d.iter().map(|d| (d.due.to_string(), d.kind, d.text.as_str(), d.promise.as_str())).collect();
        assert_eq!(
            got,
            [
                ("2024-05".to_owned(), DeadlineKind::By, "2024 年 5 月底前", "完成工程建设扫尾"),
                ("2024-06".to_owned(), DeadlineKind::Expected, "2024 年 6 月", "预计交付到位"),
                ("2023-12".to_owned(), DeadlineKind::By, "12 月底前", "将完成年度目标任务"),
                ("2024-06".to_owned(), DeadlineKind::Expected, "2024 年 6 月前", "完成"),
                ("2023-12".to_owned(), DeadlineKind::By, "年底前", "厂房利用率将达到 60%"),
            ]
        );
        assert!(deadlines("12月底前完成。", None, &mut unresolved).is_empty());
        assert_eq!(unresolved, ["12月底前"]);
    }

    #[test]
    fn reads_the_contact_sentence() {
        let c = contact(&[(
            1,
            "欢迎监督。联系电话：0739-5486000；邮政信箱：邵阳市某某管理委员会，422000；电子邮箱：a_b@163.com。"
                .to_owned(),
        )])
        .unwrap();
        assert_eq!(c.note.as_deref(), Some("欢迎监督。"));
        assert_eq!(c.phones, ["0739-5486000"]);
        assert_eq!(c.postal_address.as_deref(), Some("邵阳市某某管理委员会"));
        assert_eq!(c.postcode.as_deref(), Some("422000"));
        assert_eq!(c.emails, ["a_b@163.com"]);
    }
}
