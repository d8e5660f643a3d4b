//! `zhenggai corpus`: the importer's recall and precision over the corpus of real reports
//! (`data/source/corpus/`, format in its README). Each text is imported, and what the importer found is compared
//! with the hand-written expected file beside it: for every field kind, how many expected items were found
//! (recall) and how many found items were wrong (precision), then the misses by file.
//!
//! With `--check FLOOR`, the command exits 1 when a figure falls below the floor recorded in that file, so that
//! `make test` notices an importer change that loses what it used to find.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use serde::Deserialize;
use zhenggai_core::import::STATUS_NOT_STATED;
use zhenggai_core::model::{Dataset, StatusKind};

use crate::error::CliError;

/// How long one import may take before it counts as a hang. The largest corpus text imports in milliseconds.
const HANG_AFTER: Duration = Duration::from_secs(20);

/// What a text is expected to yield, as written by hand in `NN-slug.expect.json`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Expected {
    #[serde(default)]
    declared: ExpectedFigures,
    #[serde(default)]
    categories: Vec<ExpectedCategory>,
    #[serde(default)]
    problems: Vec<ExpectedProblem>,
    #[serde(default)]
    #[allow(dead_code)] // for the reader of the file
    notes: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedFigures {
    units: Option<u32>,
    categories: Option<u32>,
    problems: Option<u32>,
    #[serde(default)]
    by_status: Vec<ExpectedStatusCount>,
    completion_rate: Option<f64>,
    measures: Option<ExpectedSettled>,
    petitions: Option<ExpectedSettled>,
    immediate: Option<ExpectedSettled>,
    documents: Option<u32>,
    #[serde(default)]
    meetings: Vec<ExpectedMeeting>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedStatusCount {
    #[allow(dead_code)] // the kind and count are compared; the label is for the reader
    label: String,
    kind: StatusKind,
    count: u32,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedSettled {
    total: u32,
    settled: Option<u32>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedMeeting {
    #[allow(dead_code)] // meetings are matched by count; labels are printed too variously to compare
    label: String,
    count: u32,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedCategory {
    title: String,
    declared_problems: Option<u32>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedProblem {
    title: String,
    status_kind: Option<StatusKind>,
}

/// The field kinds scored, in the order they are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Field {
    Units,
    Categories,
    Problems,
    ByStatus,
    CompletionRate,
    Measures,
    Petitions,
    Immediate,
    Documents,
    Meetings,
    CategoryHeadings,
    CategoryCounts,
    ProblemHeadings,
    ProblemStatuses,
}

impl Field {
    /// The declared figures, scored together as "figures".
    const FIGURES: [Field; 10] = [
        Field::Units,
        Field::Categories,
        Field::Problems,
        Field::ByStatus,
        Field::CompletionRate,
        Field::Measures,
        Field::Petitions,
        Field::Immediate,
        Field::Documents,
        Field::Meetings,
    ];

    fn name(self) -> &'static str {
        match self {
            Self::Units => "units",
            Self::Categories => "categories",
            Self::Problems => "problems",
            Self::ByStatus => "by_status",
            Self::CompletionRate => "completion_rate",
            Self::Measures => "measures",
            Self::Petitions => "petitions",
            Self::Immediate => "immediate",
            Self::Documents => "documents",
            Self::Meetings => "meetings",
            Self::CategoryHeadings => "category headings",
            Self::CategoryCounts => "category counts",
            Self::ProblemHeadings => "problem headings",
            Self::ProblemStatuses => "problem statuses",
        }
    }
}

/// Expected items found, expected items missed, found items that are wrong, found items in all.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Score {
    pub expected: usize,
    pub hits: usize,
    pub found: usize,
    pub wrong: usize,
}

impl Score {
    fn add(&mut self, other: Score) {
        self.expected += other.expected;
        self.hits += other.hits;
        self.found += other.found;
        self.wrong += other.wrong;
    }

    /// Found of expected, 1 when nothing was expected.
    pub fn recall(&self) -> f64 {
        if self.expected == 0 { 1.0 } else { self.hits as f64 / self.expected as f64 }
    }

    /// Right of found, 1 when nothing was found.
    pub fn precision(&self) -> f64 {
        if self.found == 0 { 1.0 } else { (self.found - self.wrong) as f64 / self.found as f64 }
    }
}

/// One text's comparison: the scores per field and what went wrong, in words.
#[derive(Debug, Default)]
struct FileResult {
    scores: BTreeMap<Field, Score>,
    misses: Vec<String>,
}

impl FileResult {
    fn record(&mut self, field: Field, score: Score) {
        self.scores.entry(field).or_default().add(score);
    }

    /// A single value: right, missing, wrong, or found where none was expected.
    fn compare_value<T: PartialEq + std::fmt::Display>(&mut self, field: Field, expected: Option<T>, found: Option<T>) {
        let score = Score {
            expected: usize::from(expected.is_some()),
            hits: usize::from(expected.is_some() && expected == found),
            found: usize::from(found.is_some()),
            wrong: usize::from(found.is_some() && expected != found),
        };
        if score.hits < score.expected || score.wrong > 0 {
            let show = |v: &Option<T>| v.as_ref().map_or_else(|| "—".to_owned(), ToString::to_string);
            self.misses.push(format!("{}: expected {}, found {}", field.name(), show(&expected), show(&found)));
        }
        self.record(field, score);
    }

    /// Two multisets of counts (with a tag each) matched by equality.
    fn compare_bag<T: PartialEq + std::fmt::Debug>(&mut self, field: Field, expected: &[T], found: &[T]) {
        let mut unused: Vec<Option<&T>> = found.iter().map(Some).collect();
        let mut hits = 0;
        let mut missed = Vec::new();
        for item in expected {
            match unused.iter_mut().find(|f| f.is_some_and(|f| f == item)) {
                Some(slot) => {
                    *slot = None;
                    hits += 1;
                }
                None => missed.push(item),
            }
        }
        let extra: Vec<&T> = unused.into_iter().flatten().collect();
        if !missed.is_empty() || !extra.is_empty() {
            self.misses.push(format!("{}: missed {missed:?}, wrong {extra:?}", field.name()));
        }
        self.record(field, Score { expected: expected.len(), hits, found: found.len(), wrong: extra.len() });
    }
}

/// Letters, digits and CJK characters only: headings are compared without punctuation, quotes and spaces.
fn normalised(text: &str) -> String {
    let text = text.trim_start_matches(|c: char| !c.is_alphanumeric() || c.is_ascii_digit());
    text.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// Whether a found heading is the expected one: one contains the other once both are normalised, or they share
/// most of their two-character words (a heading quoted with a slip, a title cut at a different stop).
fn same_heading(expected: &str, found: &str) -> bool {
    let (e, f) = (normalised(expected), normalised(found));
    if e.is_empty() || f.is_empty() {
        return false;
    }
    if e.contains(&f) || f.contains(&e) {
        return true;
    }
    let pairs = |s: &str| -> Vec<(char, char)> {
        let chars: Vec<char> = s.chars().collect();
        let mut pairs: Vec<(char, char)> = chars.windows(2).map(|w| (w[0], w[1])).collect();
        pairs.sort_unstable();
        pairs.dedup();
        pairs
    };
    let (pe, pf) = (pairs(&e), pairs(&f));
    let shared = pe.iter().filter(|p| pf.binary_search(p).is_ok()).count();
    shared * 10 >= pe.len().min(pf.len()).max(1) * 7
}

/// Compares what the importer made of one text with what was expected of it.
fn compare(expected: &Expected, dataset: &Dataset) -> FileResult {
    let mut result = FileResult::default();
    compare_figures(&mut result, &expected.declared, dataset);
    compare_categories(&mut result, &expected.categories, dataset);
    compare_problems(&mut result, &expected.problems, dataset);
    result
}

/// The kind of the status with id `id`.
fn kind_of(dataset: &Dataset, id: &str) -> Option<StatusKind> {
    dataset.statuses.iter().find(|s| s.id == id).map(|s| s.kind)
}

/// The declared figures: each value, the counts by status and the meetings as bags.
fn compare_figures(result: &mut FileResult, want: &ExpectedFigures, dataset: &Dataset) {
    let declared = &dataset.declared;
    result.compare_value(Field::Units, want.units, declared.units);
    result.compare_value(Field::Categories, want.categories, declared.categories);
    result.compare_value(Field::Problems, want.problems, declared.problems);
    let by_status: Vec<(Option<StatusKind>, u32)> =
        declared.by_status.iter().map(|c| (kind_of(dataset, &c.status), c.count)).collect();
    let wanted: Vec<(Option<StatusKind>, u32)> = want.by_status.iter().map(|c| (Some(c.kind), c.count)).collect();
    result.compare_bag(Field::ByStatus, &wanted, &by_status);
    // Rates are compared to the hundredth, as printed.
    let rate = |r: Option<f64>| r.map(|r| (r * 100.0).round() as i64);
    result.compare_value(Field::CompletionRate, rate(want.completion_rate), rate(declared.completion_rate));
    for (field, want, found) in [
        (Field::Measures, want.measures, declared.measures),
        (Field::Petitions, want.petitions, declared.petitions),
        (Field::Immediate, want.immediate, declared.immediate_rectification),
    ] {
        result.compare_value(field, want.map(|w| w.total), found.map(|f| f.total));
        // A settled count is only scored where the text states one.
        let found_settled = found.and_then(|f| f.settled);
        match want.and_then(|w| w.settled) {
            Some(settled) => result.compare_value(field, Some(settled), found_settled),
            None => result.compare_value(field, None, found_settled.filter(|_| want.is_none())),
        }
    }
    result.compare_value(Field::Documents, want.documents, declared.documents_issued);
    let meetings: Vec<u32> = declared.meetings.iter().map(|m| m.count).collect();
    let wanted: Vec<u32> = want.meetings.iter().map(|m| m.count).collect();
    result.compare_bag(Field::Meetings, &wanted, &meetings);
}

/// Category headings, only those printed in the text (a category the importer made up has no number), and the
/// problem counts of the matched ones.
fn compare_categories(result: &mut FileResult, expected: &[ExpectedCategory], dataset: &Dataset) {
    let printed: Vec<&zhenggai_core::model::Category> =
        dataset.categories.iter().filter(|c| c.number.is_some()).collect();
    let mut used = vec![false; printed.len()];
    let mut headings = Score { expected: expected.len(), found: printed.len(), ..Score::default() };
    let mut counts = Score::default();
    for want in expected {
        let found = printed.iter().enumerate().find(|(i, c)| {
            !used[*i] && (same_heading(&want.title, &c.title) || same_heading(&want.title, c.heading_text()))
        });
        let Some((i, category)) = found else {
            result.misses.push(format!("category heading missed: “{}”", want.title));
            continue;
        };
        used[i] = true;
        headings.hits += 1;
        if let Some(n) = want.declared_problems {
            counts.expected += 1;
            if category.declared_problems == Some(n) {
                counts.hits += 1;
            } else {
                result.misses.push(format!(
                    "category count of “{}”: expected {n}, found {:?}",
                    want.title, category.declared_problems
                ));
            }
        }
        if category.declared_problems.is_some() {
            counts.found += 1;
            counts.wrong += usize::from(want.declared_problems != category.declared_problems);
        }
    }
    for (category, _) in printed.iter().zip(&used).filter(|(_, used)| !**used) {
        headings.wrong += 1;
        counts.found += usize::from(category.declared_problems.is_some());
        counts.wrong += usize::from(category.declared_problems.is_some());
        result.misses.push(format!("category heading not in the text: “{}”", category.title));
    }
    result.record(Field::CategoryHeadings, headings);
    result.record(Field::CategoryCounts, counts);
}

/// Problem headings, matched in order, and the statuses of the matched ones.
fn compare_problems(result: &mut FileResult, expected: &[ExpectedProblem], dataset: &Dataset) {
    let mut used = vec![false; dataset.problems.len()];
    let mut headings = Score { expected: expected.len(), found: dataset.problems.len(), ..Score::default() };
    let mut statuses = Score::default();
    for want in expected {
        let found = dataset.problems.iter().enumerate().find(|(i, p)| !used[*i] && same_heading(&want.title, &p.title));
        let Some((i, problem)) = found else {
            result.misses.push(format!("problem heading missed: “{}”", want.title));
            continue;
        };
        used[i] = true;
        headings.hits += 1;
        // The importer's placeholder for a problem the text gives no status is no status.
        let stated = dataset.statuses.iter().any(|s| s.id == problem.status && s.label != STATUS_NOT_STATED);
        let kind = kind_of(dataset, &problem.status).filter(|_| stated);
        if let Some(wanted) = want.status_kind {
            statuses.expected += 1;
            statuses.found += 1;
            if kind == Some(wanted) {
                statuses.hits += 1;
            } else {
                statuses.wrong += 1;
                result.misses.push(format!(
                    "status of “{}”: expected {}, found {}",
                    want.title,
                    wanted.as_str(),
                    kind.map_or("—", StatusKind::as_str)
                ));
            }
        }
    }
    for (problem, _) in dataset.problems.iter().zip(&used).filter(|(_, used)| !**used) {
        headings.wrong += 1;
        result.misses.push(format!("problem heading not in the text: “{}”", problem.title));
    }
    result.record(Field::ProblemHeadings, headings);
    result.record(Field::ProblemStatuses, statuses);
}

trait HeadingText {
    fn heading_text(&self) -> &str;
}

impl HeadingText for zhenggai_core::model::Category {
    fn heading_text(&self) -> &str {
        self.heading.as_deref().unwrap_or_default()
    }
}

/// The text after the header (everything up to and including the first line that is exactly `---`).
pub(crate) fn body_of(file: &str) -> &str {
    let mut offset = 0;
    for line in file.split_inclusive('\n') {
        offset += line.len();
        if line.trim_end_matches(['\r', '\n']) == "---" {
            return &file[offset..];
        }
    }
    file
}

/// The corpus's texts, in name order, each with its expected file.
fn corpus_files(dir: &Path) -> std::io::Result<Vec<(PathBuf, PathBuf)>> {
    let mut texts: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .collect();
    texts.sort();
    Ok(texts
        .into_iter()
        .map(|text| {
            let expect = text.with_extension("expect.json");
            (text, expect)
        })
        .collect())
}

/// Imports a text on a thread of its own, so that a panic or a hang is reported instead of ending the run.
fn import_guarded(text: String) -> Result<Dataset, &'static str> {
    let (send, receive) = mpsc::channel();
    let worker = std::thread::spawn(move || {
        let report = zhenggai_core::import_text(&text);
        // The receiver is gone only after a hang was reported; nothing is left to tell.
        send.send(report.dataset).ok();
    });
    match receive.recv_timeout(HANG_AFTER) {
        Ok(dataset) => {
            worker.join().ok();
            Ok(dataset)
        }
        Err(mpsc::RecvTimeoutError::Timeout) => Err("hang"),
        Err(mpsc::RecvTimeoutError::Disconnected) => Err("panic"),
    }
}

/// The floor: for each printed row name, the lowest recall and precision accepted.
#[derive(Debug, Deserialize)]
struct Floor {
    #[serde(flatten)]
    rows: BTreeMap<String, FloorRow>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FloorRow {
    recall: f64,
    precision: f64,
}

/// Runs the comparison over `dir` and prints it; fails when a text crashed, hung or has no expected file, and with
/// `floor` when a row is below its floor.
pub(crate) fn run(dir: &Path, floor: Option<&Path>) -> Result<(), CliError> {
    let files = corpus_files(dir).map_err(|err| CliError::read(dir, err))?;
    let floor = floor.map(read_json::<Floor>).transpose()?;
    let scored = score_corpus(&files)?;
    let rows = scored.rows();
    print_table(files.len(), &rows, &scored);
    match floor {
        Some(floor) => check(&floor, &rows, scored.failures),
        None if scored.failures.is_empty() => Ok(()),
        None => Err(CliError::TextsFailed(scored.failures.len())),
    }
}

/// A JSON file, read and parsed.
fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, CliError> {
    let text = std::fs::read_to_string(path).map_err(|err| CliError::read(path, err))?;
    serde_json::from_str(&text).map_err(|err| CliError::read(path, err))
}

/// The scores of a whole corpus.
#[derive(Default)]
struct CorpusScores {
    totals: BTreeMap<Field, Score>,
    misses: Vec<(String, Vec<String>)>,
    /// Texts that crashed, hung or have no expected file, each with why.
    failures: Vec<String>,
}

impl CorpusScores {
    /// The rows printed and checked: the declared figures together, then each field.
    fn rows(&self) -> Vec<(String, Score)> {
        let mut figures = Score::default();
        for field in Field::FIGURES {
            figures.add(self.totals.get(&field).copied().unwrap_or_default());
        }
        let mut rows = vec![("figures".to_owned(), figures)];
        rows.extend(self.totals.iter().map(|(field, score)| (field.name().to_owned(), *score)));
        rows
    }
}

/// Imports every text and compares it with its expected file.
fn score_corpus(files: &[(PathBuf, PathBuf)]) -> Result<CorpusScores, CliError> {
    let mut scored = CorpusScores::default();
    for (text_path, expect_path) in files {
        let name = text_path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let text = std::fs::read_to_string(text_path).map_err(|err| CliError::read(text_path, err))?;
        if !expect_path.exists() {
            scored.failures.push(format!("{name}: no expected file"));
            continue;
        }
        let expected: Expected = read_json(expect_path)?;
        let dataset = match import_guarded(body_of(&text).to_owned()) {
            Ok(dataset) => dataset,
            Err(what) => {
                scored.failures.push(format!("{name}: {what}"));
                continue;
            }
        };
        let result = compare(&expected, &dataset);
        for (field, score) in &result.scores {
            scored.totals.entry(*field).or_default().add(*score);
        }
        if !result.misses.is_empty() {
            scored.misses.push((name, result.misses));
        }
    }
    Ok(scored)
}

/// The table of recall and precision, the misses by file and the failures, on standard output.
fn print_table(texts: usize, rows: &[(String, Score)], scored: &CorpusScores) {
    println!("{texts} texts\n");
    println!(
        "{:<18} {:>8} {:>6} {:>6} {:>6} {:>8} {:>9}",
        "field", "expected", "hits", "found", "wrong", "recall", "precision"
    );
    for (name, score) in rows {
        println!(
            "{name:<18} {:>8} {:>6} {:>6} {:>6} {:>7.1}% {:>8.1}%",
            score.expected,
            score.hits,
            score.found,
            score.wrong,
            score.recall() * 100.0,
            score.precision() * 100.0
        );
    }
    if !scored.misses.is_empty() {
        println!("\nmisses by file:");
        for (name, lines) in &scored.misses {
            println!("{name}");
            for line in lines {
                println!("  {line}");
            }
        }
    }
    for failure in &scored.failures {
        println!("FAILED {failure}");
    }
}

/// Every row below its floor, and every failed text, as one error.
fn check(floor: &Floor, rows: &[(String, Score)], failures: Vec<String>) -> Result<(), CliError> {
    let mut below = failures;
    for (name, row) in &floor.rows {
        let Some((_, score)) = rows.iter().find(|(n, _)| n == name) else {
            below.push(format!("{name}: no such row"));
            continue;
        };
        // The floor is recorded to a tenth of a percent.
        if score.recall() + 0.0005 < row.recall {
            below.push(format!("{name}: recall {:.1}% < {:.1}%", score.recall() * 100.0, row.recall * 100.0));
        }
        if score.precision() + 0.0005 < row.precision {
            below.push(format!("{name}: precision {:.1}% < {:.1}%", score.precision() * 100.0, row.precision * 100.0));
        }
    }
    if below.is_empty() { Ok(()) } else { Err(CliError::BelowFloor(below)) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_ends_at_the_first_dashes_line() {
        assert_eq!(body_of("# url: x\n---\n正文\n---\n"), "正文\n---\n");
        assert_eq!(body_of("no header"), "no header");
    }

    #[test]
    fn headings_match_without_punctuation_or_numbers() {
        assert!(same_heading("招商引资项目质量不够高", "（一）反馈问题：招商引资项目质量不够高"));
        assert!(same_heading("关于“落实重大决策部署”方面", "落实重大决策部署"));
        assert!(!same_heading("招商引资项目质量不够高", "党风廉政建设不够有力"));
    }

    #[test]
    fn a_wrong_value_is_both_a_miss_and_an_error() {
        let mut result = FileResult::default();
        result.compare_value(Field::Meetings, Some(3), Some(57));
        result.compare_value(Field::Meetings, None, Some(2));
        result.compare_value(Field::Meetings, Some(4), None);
        let score = result.scores[&Field::Meetings];
        assert_eq!(score, Score { expected: 2, hits: 0, found: 2, wrong: 2 });
        assert_eq!(score.precision(), 0.0);
    }
}
