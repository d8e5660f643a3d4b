//! The names of a report's fields and of the status kinds, in Chinese and English: written once here, for the
//! static HTML fallback, the CLI and the widget alike.

use crate::Lang;
use crate::model::StatusKind;

/// The names of a report's fields, as a heading, a label or a table column.
#[derive(Debug)]
pub struct FieldNames {
    /// Who issued the report (发布单位).
    pub issuer: &'static str,
    /// The unit inspected (被巡视单位).
    pub unit: &'static str,
    /// The inspection team (巡视组).
    pub team: &'static str,
    /// The date the progress is reported as of.
    pub as_of: &'static str,
    /// The publication date.
    pub published: &'static str,
    /// The chart or table of problems per status.
    pub by_status: &'static str,
    /// A problem's status, as a column.
    pub status: &'static str,
    /// A number of problems, as a column.
    pub count: &'static str,
    /// The list of problems.
    pub problems: &'static str,
    /// A problem's category (方面).
    pub category: &'static str,
    /// A problem's measures (整改情况).
    pub measures: &'static str,
}

/// The field names in `lang`.
pub const fn field_names(lang: Lang) -> &'static FieldNames {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

static ZH: FieldNames = FieldNames {
    issuer: "发布单位",
    unit: "被巡视单位",
    team: "巡视组",
    as_of: "进展截至",
    published: "通报发布",
    by_status: "各整改状态的问题数",
    status: "整改状态",
    count: "问题数",
    problems: "问题清单",
    category: "问题类别",
    measures: "整改情况",
};

static EN: FieldNames = FieldNames {
    issuer: "Issued by",
    unit: "Inspected unit",
    team: "Inspection team",
    as_of: "Progress as of",
    published: "Report published",
    by_status: "Problems by status",
    status: "Status",
    count: "Problems",
    problems: "Problems",
    category: "Category",
    measures: "Measures taken",
};

impl StatusKind {
    /// The kind's name in `lang` ("基本完成", "mostly done"), where a report's own status word is not wanted.
    pub fn label(self, lang: Lang) -> &'static str {
        match (lang, self) {
            (Lang::Zh, Self::Done) => "已完成",
            (Lang::Zh, Self::MostlyDone) => "基本完成",
            (Lang::Zh, Self::InProgress) => "正在整改",
            (Lang::Zh, Self::LongTerm) => "长期整改",
            (Lang::Zh, Self::NotDone) => "未完成",
            (Lang::En, Self::Done) => "done",
            (Lang::En, Self::MostlyDone) => "mostly done",
            (Lang::En, Self::InProgress) => "in progress",
            (Lang::En, Self::LongTerm) => "long term",
            (Lang::En, Self::NotDone) => "not done",
        }
    }
}
