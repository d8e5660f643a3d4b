//! Why a command failed. Every failure is one variant, worded once in each language by [`CliError::message`],
//! returned up to `main` and printed there once, with the exit code the tool documents: 1 for input that is not
//! valid, 2 for a file that cannot be read or written, or arguments that cannot be used.

use std::path::{Path, PathBuf};

use zhenggai_core::import::docx::DocxError;
use zhenggai_core::merge::MergeError;
use zhenggai_core::{Finding, Lang};

/// A failed command.
pub(crate) enum CliError {
    /// A file (or standard input, `None`) could not be read.
    Read { path: Option<PathBuf>, reason: String },
    /// The output file (or standard output, `None`) could not be written.
    Write { path: Option<PathBuf>, reason: String },
    /// The input is not UTF-8 text, from the byte at `offset` on.
    NotUtf8 { path: Option<PathBuf>, offset: usize },
    /// The input looks like a Word file that cannot be read.
    Docx { path: Option<PathBuf>, error: DocxError },
    /// The page given to `snapshot --into` has no element to put the snapshot in.
    NoMountElement { page: PathBuf },
    /// `synth` was asked for more units than problems.
    MoreUnitsThanProblems { units: u32, problems: u32 },
    /// A result could not be written as JSON (a failure of the JSON writer, not of the data).
    Json(String),
    /// A dataset does not validate: its errors.
    Invalid { path: PathBuf, findings: Vec<Finding> },
    /// An input of `merge` does not validate: its errors.
    NotMergeable { path: PathBuf, findings: Vec<Finding> },
    /// The merged round does not validate: its errors.
    RoundInvalid(Vec<Finding>),
    /// The inputs cannot be merged (two reports of one unit, without `--latest`).
    Merge(MergeError),
    /// `validate`: files that do not validate (their errors are the command's output), of all files given.
    InvalidFiles { invalid: usize, of: usize },
    /// `corpus`: texts whose import crashed or hung, or that have no expected file (listed in the output).
    TextsFailed(usize),
    /// `corpus --check`: the rows below their recorded floor, and the texts that failed.
    BelowFloor(Vec<String>),
    /// Several of the above, in the order they happened (`validate` goes on after a file it cannot read).
    Several(Vec<CliError>),
}

impl CliError {
    /// The error of reading `path`.
    pub(crate) fn read(path: &Path, reason: impl ToString) -> Self {
        Self::Read { path: Some(path.to_owned()), reason: reason.to_string() }
    }

    /// The error of writing to `path` (standard output when `None`).
    pub(crate) fn write(path: Option<&Path>, reason: impl ToString) -> Self {
        Self::Write { path: path.map(Path::to_owned), reason: reason.to_string() }
    }

    /// The exit code: 1 for input that is not valid, 2 for files and arguments.
    pub(crate) fn exit_code(&self) -> u8 {
        match self {
            Self::Read { .. }
            | Self::Write { .. }
            | Self::NotUtf8 { .. }
            | Self::Docx { .. }
            | Self::NoMountElement { .. }
            | Self::MoreUnitsThanProblems { .. }
            | Self::Json(_) => 2,
            Self::Invalid { .. }
            | Self::NotMergeable { .. }
            | Self::RoundInvalid(_)
            | Self::Merge(_)
            | Self::InvalidFiles { .. }
            | Self::TextsFailed(_)
            | Self::BelowFloor(_) => 1,
            Self::Several(errors) => errors.iter().map(Self::exit_code).max().unwrap_or(1),
        }
    }

    /// The message, one error per item (a [`CliError::Several`] gives each of its errors).
    pub(crate) fn messages(&self, lang: Lang) -> Vec<String> {
        match self {
            Self::Several(errors) => errors.iter().flat_map(|error| error.messages(lang)).collect(),
            _ => vec![self.message(lang)],
        }
    }

    /// The message of one error, in `lang`; errors of a dataset follow on their own lines.
    fn message(&self, lang: Lang) -> String {
        let zh = lang == Lang::Zh;
        match self {
            Self::Read { path: Some(path), reason } if zh => format!("无法读取文件 {}：{reason}", path.display()),
            Self::Read { path: Some(path), reason } => format!("cannot read {}: {reason}", path.display()),
            Self::Read { path: None, reason } if zh => format!("无法读取标准输入：{reason}"),
            Self::Read { path: None, reason } => format!("cannot read standard input: {reason}"),
            Self::Write { path, reason } if zh => format!("无法写出 {}：{reason}", target(path.as_deref())),
            Self::Write { path, reason } => format!("cannot write {}: {reason}", target(path.as_deref())),
            Self::NotUtf8 { path, offset } if zh => format!(
                "{} 不是 UTF-8 编码的文本（第 {offset} 字节处出错），请转换为 UTF-8 后重试。",
                source(path.as_deref())
            ),
            Self::NotUtf8 { path, offset } => format!(
                "{} is not UTF-8 text (bad byte at offset {offset}); convert it to UTF-8.",
                source(path.as_deref())
            ),
            Self::Docx { path, error } => format!("{}: {}", source(path.as_deref()), error.message(lang)),
            Self::NoMountElement { page } if zh => format!("页面 {} 中没有 id=\"zhenggai\" 的元素", page.display()),
            Self::NoMountElement { page } => format!("the page {} has no element with id=\"zhenggai\"", page.display()),
            Self::MoreUnitsThanProblems { units, problems } if zh => {
                format!("--units {units} 多于 --problems {problems}：每个单位至少有一个问题，单位数不能多于问题数。")
            }
            Self::MoreUnitsThanProblems { units, problems } => format!(
                "--units {units} is more than --problems {problems}: every unit gets at least one problem, so there \
                 cannot be more units than problems."
            ),
            Self::Json(reason) if zh => format!("无法生成 JSON：{reason}"),
            Self::Json(reason) => format!("cannot write the JSON: {reason}"),
            Self::Invalid { path, findings } if zh => {
                with_findings(format!("{} 不是有效的数据集：", path.display()), findings, lang)
            }
            Self::Invalid { path, findings } => {
                with_findings(format!("{} is not a valid dataset:", path.display()), findings, lang)
            }
            Self::NotMergeable { path, findings } if zh => {
                with_findings(format!("{} 不是有效的数据集，无法合并：", path.display()), findings, lang)
            }
            Self::NotMergeable { path, findings } => with_findings(
                format!("{} is not a valid dataset and cannot be merged:", path.display()),
                findings,
                lang,
            ),
            Self::RoundInvalid(findings) if zh => with_findings("合并后的数据集无效：".to_owned(), findings, lang),
            Self::RoundInvalid(findings) => with_findings("the merged round is not valid:".to_owned(), findings, lang),
            Self::Merge(error) => error.message(lang),
            Self::InvalidFiles { invalid, of } if zh => format!("{of} 个文件中有 {invalid} 个无效"),
            Self::InvalidFiles { invalid, of } => format!("{invalid} of {of} files are not valid"),
            Self::TextsFailed(count) if zh => format!("{count} 篇文本未能导入或比较（见 FAILED 行）"),
            Self::TextsFailed(count) => {
                format!("{count} texts could not be imported or compared (see the FAILED lines)")
            }
            Self::BelowFloor(lines) if zh => format!("低于记录的下限：\n  {}", lines.join("\n  ")),
            Self::BelowFloor(lines) => format!("below the recorded floor:\n  {}", lines.join("\n  ")),
            Self::Several(errors) => errors.iter().map(|error| error.message(lang)).collect::<Vec<_>>().join("\n"),
        }
    }
}

impl From<serde_json::Error> for CliError {
    fn from(error: serde_json::Error) -> Self {
        Self::Json(error.to_string())
    }
}

/// The file read, or "stdin".
fn source(path: Option<&Path>) -> String {
    path.map_or_else(|| "stdin".to_owned(), |path| path.display().to_string())
}

/// The file written, or "stdout".
fn target(path: Option<&Path>) -> String {
    path.map_or_else(|| "stdout".to_owned(), |path| path.display().to_string())
}

/// `heading`, then each finding on a line of its own.
fn with_findings(heading: String, findings: &[Finding], lang: Lang) -> String {
    findings.iter().fold(heading, |text, finding| format!("{text}\n  {}", finding.to_line(lang)))
}
