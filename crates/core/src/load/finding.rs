//! What loading a dataset can report: errors that stop it, warnings that do not.
//!
//! A [`Finding`] carries a JSON path and a typed [`FindingKind`]; its text comes from the message tables in
//! [`crate::load::messages`], so the CLI and the widget say the same thing in Chinese or English.

use serde::Serialize;

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The dataset cannot be used.
    Error,
    /// The dataset loads, but something deserves a look.
    Warning,
}

/// The kinds of objects that have ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IdKind {
    /// `units`.
    Unit,
    /// `statuses`.
    Status,
    /// `categories`.
    Category,
    /// `sections`.
    Section,
    /// `problems`.
    Problem,
}

/// What a declared figure counts, for the consistency audit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "what", content = "label", rename_all = "snake_case")]
pub enum Counted {
    /// All problems.
    Problems,
    /// The categories.
    Categories,
    /// Problems in the status with this label.
    Status(String),
    /// Problems in the category with this title.
    Category(String),
}

/// One finding, typed so that each language can phrase it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FindingKind {
    /// The input is not UTF-8 text.
    NotUtf8 {
        /// Where the first byte that is not UTF-8 is.
        byte_offset: usize,
    },
    /// The input is empty or only white space.
    Empty,
    /// The input is a web page, not JSON: typically a wrong address, or a server's error or login page.
    WebPage,
    /// The JSON itself is broken.
    Syntax {
        /// The parser's own words.
        detail: String,
    },
    /// The JSON ends too early.
    Truncated,
    /// The JSON nests deeper than any dataset needs.
    TooDeep,
    /// A value has the wrong JSON type.
    WrongType {
        /// What the file has.
        found: String,
        /// What the format accepts.
        expected: String,
    },
    /// A value has the right type but an unacceptable content.
    InvalidValue {
        /// What the file has.
        found: String,
        /// What the format accepts.
        expected: String,
    },
    /// A required field is absent.
    MissingField {
        /// The field's name.
        field: String,
    },
    /// A field the format does not know.
    UnknownField {
        /// The field's name.
        field: String,
    },
    /// A word outside a fixed list (e.g. a status kind).
    UnknownVariant {
        /// What the file has.
        found: String,
        /// The words the format accepts.
        expected: Vec<String>,
    },
    /// The same key twice in one object.
    DuplicateField {
        /// The field's name.
        field: String,
    },
    /// Any other structural problem, with serde's own words.
    Other {
        /// The parser's own words.
        detail: String,
    },
    /// The file is larger than any dataset this build accepts.
    TooLarge {
        /// The file's size in bytes.
        bytes: u64,
        /// The largest size accepted, in bytes.
        limit: u64,
    },
    /// One string is longer than any field needs.
    StringTooLong {
        /// The largest length accepted, in bytes.
        limit: u64,
    },
    /// The file has no `format_version`.
    MissingVersion,
    /// The file declares a format version this build does not read.
    UnsupportedVersion {
        /// The version the file declares.
        found: u64,
    },
    /// Two objects of the same kind share an id.
    DuplicateId {
        /// The kind of object.
        of: IdKind,
        /// The id.
        id: String,
        /// Where the first object with this id is (its JSON path).
        first: String,
    },
    /// An id is empty.
    EmptyId {
        /// The kind of object.
        of: IdKind,
    },
    /// A reference to an id that does not exist.
    UnknownReference {
        /// The kind of object.
        of: IdKind,
        /// The id.
        id: String,
    },
    /// The status vocabulary is empty.
    EmptyStatuses,
    /// The dataset lists no unit.
    NoUnits,
    /// A problem names no unit although the dataset has several.
    UnitRequired,
    /// The input started with a byte-order mark, which was skipped.
    ByteOrderMark,
    /// A figure the report declares disagrees with the problems as encoded.
    CountMismatch {
        /// What the figure counts.
        counted: Counted,
        /// The figure the report declares.
        declared: u64,
        /// The count of the problems as encoded.
        actual: u64,
    },
    /// A declared completion rate matches neither the done share nor the done-or-mostly-done share.
    RateMismatch {
        /// The rate the report declares, in percent.
        declared: f64,
        /// The share of problems done, in percent.
        done: f64,
        /// The share of problems done or mostly done, in percent.
        done_or_mostly: f64,
    },
    /// More items settled than were referred.
    SettledExceedsTotal {
        /// The items referred.
        total: u32,
        /// The items settled.
        settled: u32,
    },
    /// A report that lists no problems declares more problems by status than in all.
    StatusSumExceedsTotal {
        /// The items referred.
        total: u32,
        /// The sum of the counts by status.
        sum: u64,
    },
    /// A deadline falls before the inspection began.
    DeadlineBeforeInspection {
        /// The deadline.
        due: String,
        /// The first day of the inspection.
        inspection_start: String,
    },
    /// Import: a problem printed under no category was put in the existing category whose words it shares most.
    ImportCategoryGuessed {
        /// The problem, by number and shortened title.
        problem: String,
        /// The category it was put in.
        category: String,
    },
    /// Import: a problem printed under no category, in a report with no categories, got a category named after
    /// its section.
    ImportCategoryCreated {
        /// The problem, by number and shortened title.
        problem: String,
        /// The category it was put in.
        category: String,
    },
    /// Import: a status label whose meaning the importer could not tell from its words.
    ImportStatusKindGuessed {
        /// The status's label.
        label: String,
        /// The kind guessed.
        status_kind: String,
    },
    /// Import: no status was found for a problem.
    ImportStatusMissing {
        /// The problem, by number and shortened title.
        problem: String,
    },
    /// Import: the summary counts problems in a status that no problem has.
    ImportDeclaredStatusUnknown {
        /// The status's label.
        label: String,
    },
    /// Import: a deadline printed without a year in a report whose year is unknown.
    ImportDeadlineYearUnknown {
        /// The deadline as printed.
        text: String,
    },
    /// Import: the text holds no recognisable problem.
    ImportNoProblems,
    /// Import: no problem is listed, but the report declares its figures; the dataset is a summary of them.
    ImportSummaryOnly,
}

impl FindingKind {
    /// Errors stop loading; the rest are warnings.
    pub fn severity(&self) -> Severity {
        match self {
            Self::ByteOrderMark
            | Self::CountMismatch { .. }
            | Self::RateMismatch { .. }
            | Self::SettledExceedsTotal { .. }
            | Self::StatusSumExceedsTotal { .. }
            | Self::DeadlineBeforeInspection { .. }
            | Self::ImportCategoryGuessed { .. }
            | Self::ImportCategoryCreated { .. }
            | Self::ImportStatusKindGuessed { .. }
            | Self::ImportStatusMissing { .. }
            | Self::ImportDeclaredStatusUnknown { .. }
            | Self::ImportDeadlineYearUnknown { .. }
            | Self::ImportNoProblems
            | Self::ImportSummaryOnly => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

/// A finding at a place in the input.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// Where: a JSON path such as `$.problems[3].status`; `$` is the whole document.
    pub path: String,
    /// Line and column (from 1) in the input, when the finding comes from the parser.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub position: Option<(usize, usize)>,
    /// What.
    #[serde(flatten)]
    pub kind: FindingKind,
}

impl Finding {
    /// A finding at `path` with no line and column.
    pub fn at(path: impl Into<String>, kind: FindingKind) -> Self {
        Self { path: path.into(), position: None, kind }
    }

    /// Errors stop loading; the rest are warnings.
    pub fn severity(&self) -> Severity {
        self.kind.severity()
    }
}
