//! The message tables: every finding phrased in Chinese and in English.
//!
//! One function per language, each a single `match` over [`FindingKind`], so a new kind of finding cannot be
//! added without wording it in both languages (the compiler insists).

use crate::load::finding::{Counted, Finding, FindingKind, IdKind, Severity};
use crate::model::StatusKind;

/// The languages the project speaks. Chinese first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Lang {
    /// 简体中文.
    #[default]
    Zh,
    /// English.
    En,
}

impl Lang {
    /// Reads a language code such as `zh`, `zh-CN`, `en` or `en-GB`; anything else is `None`.
    pub fn from_code(code: &str) -> Option<Self> {
        let primary = code.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        match primary.as_str() {
            "zh" => Some(Self::Zh),
            "en" => Some(Self::En),
            _ => None,
        }
    }

    /// The BCP 47 code.
    pub fn code(self) -> &'static str {
        match self {
            Self::Zh => "zh-CN",
            Self::En => "en",
        }
    }
}

impl Finding {
    /// The finding in plain words, without its path.
    pub fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::Zh => zh(&self.kind),
            Lang::En => en(&self.kind),
        }
    }

    /// One line for a terminal or a list: severity, path, position and message.
    pub fn to_line(&self, lang: Lang) -> String {
        let severity = match (self.severity(), lang) {
            (Severity::Error, Lang::Zh) => "错误",
            (Severity::Warning, Lang::Zh) => "警告",
            (Severity::Error, Lang::En) => "error",
            (Severity::Warning, Lang::En) => "warning",
        };
        let position = match (self.position, lang) {
            (Some((line, column)), Lang::Zh) => format!("（第{line}行第{column}列）"),
            (Some((line, column)), Lang::En) => format!(" (line {line}, column {column})"),
            (None, _) => String::new(),
        };
        let colon = if lang == Lang::Zh { "：" } else { ": " };
        format!("{severity} {}{position}{colon}{}", self.path, self.message(lang))
    }
}

fn id_kind_zh(of: IdKind) -> &'static str {
    match of {
        IdKind::Unit => "单位",
        IdKind::Status => "整改状态",
        IdKind::Category => "问题类别（方面）",
        IdKind::Section => "章节",
        IdKind::Problem => "问题",
    }
}

fn id_kind_en(of: IdKind) -> &'static str {
    match of {
        IdKind::Unit => "unit",
        IdKind::Status => "status",
        IdKind::Category => "category",
        IdKind::Section => "section",
        IdKind::Problem => "problem",
    }
}

fn counted_zh(counted: &Counted) -> String {
    match counted {
        Counted::Problems => "问题总数".to_owned(),
        Counted::Categories => "方面数".to_owned(),
        Counted::Status(label) => format!("“{label}”的问题数"),
        Counted::Category(title) => format!("“{title}”方面的问题数"),
    }
}

fn counted_en(counted: &Counted) -> String {
    match counted {
        Counted::Problems => "the number of problems".to_owned(),
        Counted::Categories => "the number of categories".to_owned(),
        Counted::Status(label) => format!("the number of problems with status “{label}”"),
        Counted::Category(title) => format!("the number of problems in category “{title}”"),
    }
}

/// Serde names JSON types in English ("a string", "integer `3`"); this gives them Chinese names.
fn json_type_zh(description: &str) -> String {
    let table: [(&str, &str); 16] = [
        ("a string", "文本（字符串）"),
        ("string ", "文本 "),
        ("a sequence", "数组"),
        ("sequence", "数组"),
        ("a map", "对象"),
        ("map", "对象"),
        ("struct ", "对象"),
        ("integer ", "整数 "),
        ("floating point ", "小数 "),
        ("boolean ", "布尔值 "),
        ("a boolean", "布尔值"),
        ("null", "空值 null"),
        ("unit value", "空值 null"),
        ("u32", "非负整数"),
        ("u64", "非负整数"),
        ("f64", "数字"),
    ];
    for (english, chinese) in table {
        if let Some(rest) = description.strip_prefix(english) {
            // "struct Problem" → 对象; the Rust type name means nothing to a reader.
            return if english == "struct " { chinese.to_owned() } else { format!("{chinese}{rest}") };
        }
    }
    match description {
        "i32" => "整数".to_owned(),
        "a JSON object (the dataset)" => "JSON 对象（数据集）".to_owned(),
        "a date written YYYY, YYYY-MM or YYYY-MM-DD" => "日期（写作 YYYY、YYYY-MM 或 YYYY-MM-DD）".to_owned(),
        other => other.to_owned(),
    }
}

fn zh(kind: &FindingKind) -> String {
    use FindingKind as K;
    match kind {
        K::NotUtf8 { byte_offset } => {
            format!("文件不是 UTF-8 编码的文本（第 {byte_offset} 字节处出错）。请以 UTF-8 保存后重试。")
        }
        K::Empty => "文件是空的，没有任何数据。".to_owned(),
        K::WebPage => "这是一个网页（HTML），不是 JSON 数据集：请检查数据地址或所选文件。".to_owned(),
        K::Syntax { detail } => format!("JSON 格式有误：{}。", syntax_zh(detail)),
        K::Truncated => "JSON 不完整：文件在中途结束，可能没有下载或复制完整。".to_owned(),
        K::TooDeep => "JSON 嵌套层数过多，不是有效的数据集。".to_owned(),
        K::WrongType { found, expected } => {
            format!("类型不对：这里应为{}，实际是{}。", json_type_zh(expected), json_type_zh(found))
        }
        K::InvalidValue { found, expected } => {
            format!("取值无效：{}不是{}。", json_type_zh(found), json_type_zh(expected))
        }
        K::MissingField { field } => format!("缺少必填字段“{field}”。"),
        K::UnknownField { field } => format!("不认识的字段“{field}”（拼写错误，或不属于该格式版本）。"),
        K::UnknownVariant { found, expected } => {
            format!("“{found}”不是允许的取值；可用的取值有：{}。", expected.join("、"))
        }
        K::DuplicateField { field } => format!("字段“{field}”在同一对象中出现了两次。"),
        K::Other { detail } => format!("数据结构有误：{detail}。"),
        K::TooLarge { bytes, limit } => format!(
            "数据文件过大（{}），超过 {} 的上限，无法在浏览器中打开。请按单位拆分数据。",
            size(*bytes),
            size(*limit)
        ),
        K::StringTooLong { limit } => format!("这里有一段文字超过 {} 的上限，不像正常的数据。", size(*limit)),
        K::MissingVersion => "缺少 format_version 字段，无法判断数据格式版本。".to_owned(),
        K::UnsupportedVersion { found } => format!(
            "数据格式版本 {found} 不受支持：本程序只能读取第 {} 版。请使用更新的整改看板，或按第 {} 版格式导出数据。",
            crate::model::FORMAT_VERSION,
            crate::model::FORMAT_VERSION
        ),
        K::DuplicateId { of, id, first } => {
            format!("{}编号“{id}”重复，已在 {first} 使用过。", id_kind_zh(*of))
        }
        K::EmptyId { of } => format!("{}编号不能为空。", id_kind_zh(*of)),
        K::UnknownReference { of, id } => format!("引用了不存在的{}“{id}”。", id_kind_zh(*of)),
        K::EmptyStatuses => "整改状态列表为空：至少要定义一个状态（如“完成”）。".to_owned(),
        K::NoUnits => "被巡视单位列表为空：至少要有一个单位。".to_owned(),
        K::UnitRequired => "数据集中有多个单位，这个问题必须注明所属单位（unit）。".to_owned(),
        K::ByteOrderMark => "文件开头有字节顺序标记（BOM），已忽略。".to_owned(),
        K::CountMismatch { counted, declared, actual } => {
            format!("通报声明的{}为 {declared}，但逐条统计为 {actual}，二者不一致。", counted_zh(counted))
        }
        K::RateMismatch { declared, done, done_or_mostly } => format!(
            "通报声明整改完成率为 {declared}%，但按逐条状态计算，已完成占 {done:.1}%，完成和基本完成合计占 {done_or_mostly:.1}%，均不一致。"
        ),
        K::SettledExceedsTotal { total, settled } => format!("办结数 {settled} 大于总数 {total}。"),
        K::StatusSumExceedsTotal { total, sum } => {
            format!("通报声明的各整改状态问题数之和为 {sum}，大于声明的问题总数 {total}，请核对。")
        }
        K::DeadlineBeforeInspection { due, inspection_start } => {
            format!("整改时限 {due} 早于巡视开始日期 {inspection_start}，请核对。")
        }
        K::ImportCategoryGuessed { problem, category } => {
            format!("问题“{problem}”在通报中未列于任何方面之下，导入时按用词相近归入“{category}”，请核对。")
        }
        K::ImportCategoryCreated { problem, category } => {
            format!("问题“{problem}”在通报中未列于任何方面之下，且通报未列出方面，导入时新建了方面“{category}”。")
        }
        K::ImportStatusKindGuessed { label, status_kind } => {
            format!("无法从字面判断整改状态“{label}”的含义，暂按“{}”处理，请核对。", kind_zh(status_kind))
        }
        K::ImportStatusMissing { problem } => format!("问题“{problem}”未找到整改状态，已标为“未注明”。"),
        K::ImportDeclaredStatusUnknown { label } => {
            format!("通报的统计中有整改状态“{label}”，但没有任何问题标注该状态。")
        }
        K::ImportDeadlineYearUnknown { text } => format!("整改时限“{text}”未写年份，且无法确定通报年份，已略去。"),
        K::ImportNoProblems => "文本中没有识别出任何问题（未找到“1.”“（一）”等编号）。".to_owned(),
        K::ImportSummaryOnly => {
            "文本没有逐条列出问题，只有通报声明的数字：数据集按通报声明的数字汇总，不含问题清单。请核对这些数字。"
                .to_owned()
        }
    }
}

fn en(kind: &FindingKind) -> String {
    use FindingKind as K;
    match kind {
        K::NotUtf8 { byte_offset } => {
            format!("The file is not UTF-8 text (bad byte at offset {byte_offset}). Save it as UTF-8 and try again.")
        }
        K::Empty => "The file is empty: it holds no data.".to_owned(),
        K::WebPage => {
            "This is a web page (HTML), not a JSON dataset: check the data address or the chosen file.".to_owned()
        }
        K::Syntax { detail } => format!("The JSON is malformed: {detail}."),
        K::Truncated => {
            "The JSON ends too early: the file may not have been downloaded or copied completely.".to_owned()
        }
        K::TooDeep => "The JSON is nested too deeply to be a dataset.".to_owned(),
        K::WrongType { found, expected } => format!("Wrong type: expected {expected}, found {found}."),
        K::InvalidValue { found, expected } => format!("Invalid value: {found} is not {expected}."),
        K::MissingField { field } => format!("The required field “{field}” is missing."),
        K::UnknownField { field } => {
            format!("Unknown field “{field}” (a typo, or not part of this format version).")
        }
        K::UnknownVariant { found, expected } => {
            format!("“{found}” is not an allowed value; use one of: {}.", expected.join(", "))
        }
        K::DuplicateField { field } => format!("The field “{field}” appears twice in the same object."),
        K::Other { detail } => format!("The data is malformed: {detail}."),
        K::TooLarge { bytes, limit } => format!(
            "The file is too large ({}): the limit is {}. Split the data, for example by unit.",
            size(*bytes),
            size(*limit)
        ),
        K::StringTooLong { limit } => {
            format!("A text here is longer than the limit of {}; this does not look like real data.", size(*limit))
        }
        K::MissingVersion => "The format_version field is missing, so the format version is unknown.".to_owned(),
        K::UnsupportedVersion { found } => format!(
            "Format version {found} is not supported: this build reads version {}. Use a newer 整改看板 or export the data as version {}.",
            crate::model::FORMAT_VERSION,
            crate::model::FORMAT_VERSION
        ),
        K::DuplicateId { of, id, first } => {
            format!("The {} id “{id}” is used twice; it was first used at {first}.", id_kind_en(*of))
        }
        K::EmptyId { of } => format!("A {} id must not be empty.", id_kind_en(*of)),
        K::UnknownReference { of, id } => format!("There is no {} with the id “{id}”.", id_kind_en(*of)),
        K::EmptyStatuses => "The status vocabulary is empty: define at least one status (such as 完成).".to_owned(),
        K::NoUnits => "The list of units is empty: a dataset needs at least one inspected unit.".to_owned(),
        K::UnitRequired => "The dataset has several units, so this problem must name its unit.".to_owned(),
        K::ByteOrderMark => "The file starts with a byte-order mark (BOM); it was ignored.".to_owned(),
        K::CountMismatch { counted, declared, actual } => format!(
            "The report declares {} as {declared}, but the problems as encoded give {actual}.",
            counted_en(counted)
        ),
        K::RateMismatch { declared, done, done_or_mostly } => format!(
            "The report declares a completion rate of {declared}%, but the problems give {done:.1}% done and {done_or_mostly:.1}% done or mostly done."
        ),
        K::SettledExceedsTotal { total, settled } => format!("{settled} settled is more than the total of {total}."),
        K::StatusSumExceedsTotal { total, sum } => format!(
            "The problems the report declares by status add up to {sum}, more than the {total} problems it declares in all; please check."
        ),
        K::DeadlineBeforeInspection { due, inspection_start } => {
            format!("The deadline {due} is before the inspection began ({inspection_start}); please check it.")
        }
        K::ImportCategoryGuessed { problem, category } => format!(
            "The problem “{problem}” is printed under no category; the import put it in “{category}”, whose words it shares most. Please check."
        ),
        K::ImportCategoryCreated { problem, category } => format!(
            "The problem “{problem}” is printed under no category and the report lists none; the import created the category “{category}”."
        ),
        K::ImportStatusKindGuessed { label, status_kind } => format!(
            "The meaning of the status “{label}” cannot be told from its words; it is taken as {status_kind} for now. Please check."
        ),
        K::ImportStatusMissing { problem } => {
            format!("No status was found for the problem “{problem}”; it is marked “未注明” (not stated).")
        }
        K::ImportDeclaredStatusUnknown { label } => {
            format!("The report's summary counts problems with the status “{label}”, but no problem has it.")
        }
        K::ImportDeadlineYearUnknown { text } => {
            format!("The deadline “{text}” gives no year and the report's year is unknown; it was left out.")
        }
        K::ImportNoProblems => {
            "No problem was recognised in the text (no numbering such as “1.” or “（一）”).".to_owned()
        }
        K::ImportSummaryOnly => "The text lists no problems, only the figures the report declares: the dataset summarises those figures, without a list of problems. Please check them.".to_owned(),
    }
}

/// A status kind's identifier (`long_term`) in Chinese.
fn kind_zh(kind: &str) -> &str {
    StatusKind::ALL.iter().find(|k| k.as_str() == kind).map_or(kind, |k| k.label(Lang::Zh))
}

/// A byte count in MB with one decimal.
fn size(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1_000_000.0)
}

/// serde_json's syntax messages ("expected `,` or `}`") with the common ones put into Chinese.
fn syntax_zh(detail: &str) -> String {
    let table: [(&str, &str); 10] = [
        ("expected `,` or `}`", "缺少逗号“,”或右花括号“}”"),
        ("expected `,` or `]`", "缺少逗号“,”或右方括号“]”"),
        ("expected `:`", "缺少冒号“:”"),
        ("expected value", "这里应当是一个值"),
        ("expected ident", "无法识别的词（true、false 或 null 拼写有误？）"),
        ("key must be a string", "对象的键必须是带双引号的字符串"),
        ("trailing comma", "多余的逗号"),
        ("trailing characters", "JSON 结束后还有多余的字符"),
        ("control character (\\u0000-\\u001F) found while parsing a string", "字符串中有未转义的控制字符（如换行）"),
        ("invalid escape", "无效的转义序列"),
    ];
    table
        .iter()
        .find(|(english, _)| detail.starts_with(english))
        .map(|(_, chinese)| (*chinese).to_owned())
        .unwrap_or_else(|| detail.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_language_codes() {
        assert_eq!(Lang::from_code("zh-CN"), Some(Lang::Zh));
        assert_eq!(Lang::from_code("EN_gb"), Some(Lang::En));
        assert_eq!(Lang::from_code("fr"), None);
        assert_eq!(Lang::from_code(""), None);
    }

    #[test]
    fn a_line_carries_severity_path_position_and_message() {
        let finding = Finding {
            path: "$.problems[0]".to_owned(),
            position: Some((3, 7)),
            kind: FindingKind::MissingField { field: "title".to_owned() },
        };
        assert_eq!(finding.to_line(Lang::Zh), "错误 $.problems[0]（第3行第7列）：缺少必填字段“title”。");
        assert_eq!(
            finding.to_line(Lang::En),
            "error $.problems[0] (line 3, column 7): The required field “title” is missing."
        );
    }

    #[test]
    fn json_types_get_chinese_names() {
        assert_eq!(json_type_zh("a string"), "文本（字符串）");
        assert_eq!(json_type_zh("integer `3`"), "整数 `3`");
        assert_eq!(json_type_zh("struct Problem"), "对象");
        assert_eq!(json_type_zh("something new"), "something new");
    }
}
