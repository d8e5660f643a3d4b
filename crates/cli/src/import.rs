//! `zhenggai import`: report text in, dataset JSON out, and on standard error what was recognised, what could not
//! be placed, and the warnings. `zhenggai bench-import`: the importer's throughput on a large synthetic report.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;
use std::time::Instant;

use zhenggai_core::Lang;
use zhenggai_core::import::{ImportReport, Recognition, import_any, import_text};

use crate::error::CliError;
use crate::write_output;

/// The reference report's text: the building block of the benchmark's synthetic report.
const REFERENCE_TEXT: &str = include_str!("../../../data/source/shaoyang-jingkaiqu-2023-12-22.txt");

/// Imports `input` (a file, or standard input when absent or "-") and writes the dataset to `output` (or standard
/// output), then what was recognised to standard error. Warnings are not errors.
pub(crate) fn run(input: Option<&Path>, output: Option<&Path>, lang: Lang) -> Result<(), CliError> {
    let text = read_input(input.filter(|p| p.as_os_str() != "-"))?;
    let report = import_any(&text);
    write_output(output, &(serde_json::to_string_pretty(&report.dataset)? + "\n"))?;
    eprint!("{}", report_summary(&report, lang));
    Ok(())
}

/// The text of `path` (standard input when `None`): UTF-8 text, or the paragraphs of a Word file.
fn read_input(path: Option<&Path>) -> Result<String, CliError> {
    let mut bytes = Vec::new();
    match path {
        Some(path) => bytes = std::fs::read(path).map_err(|err| CliError::read(path, err))?,
        None => {
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|err| CliError::Read { path: None, reason: err.to_string() })?;
        }
    }
    let path = path.map(Path::to_owned);
    // A Word file (.docx) is read as the lines of its paragraphs, with their automatic numbers.
    if zhenggai_core::import::docx::looks_like_docx(&bytes) {
        return zhenggai_core::import::docx::docx_to_text(&bytes).map_err(|error| CliError::Docx { path, error });
    }
    String::from_utf8(bytes).map_err(|err| CliError::NotUtf8 { path, offset: err.utf8_error().valid_up_to() })
}

/// What goes to standard error: counts of what was recognised, the statuses with their guessed kinds, every
/// unplaced line and every warning.
pub(crate) fn report_summary(report: &ImportReport, lang: Lang) -> String {
    let d = &report.dataset;
    let mut out = String::new();
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for item in &report.recognised {
        *counts.entry(item.what.name()).or_default() += 1;
    }
    let counts: Vec<String> = counts.iter().map(|(name, n)| format!("{name} {n}")).collect();
    let (problems, categories, statuses) = (d.problems.len(), d.categories.len(), d.statuses.len());
    match lang {
        Lang::Zh => {
            out.push_str(&format!("导入：{problems} 个问题，{categories} 个方面，{statuses} 种整改状态。\n"));
            out.push_str(&format!("识别：{}\n", counts.join("，")));
        }
        Lang::En => {
            out.push_str(&format!("imported: {problems} problems, {categories} categories, {statuses} statuses\n"));
            out.push_str(&format!("recognised: {}\n", counts.join(", ")));
        }
    }
    for item in &report.recognised {
        if let Recognition::Status { status_kind, certain } = &item.what {
            let guess = match (lang, certain) {
                (Lang::Zh, true) => "",
                (Lang::Zh, false) => "（猜测）",
                (Lang::En, true) => "",
                (Lang::En, false) => " (guessed)",
            };
            match lang {
                Lang::Zh => out.push_str(&format!(
                    "  状态 第{}行 “{}” → {}{guess}\n",
                    item.line,
                    item.text,
                    status_kind.as_str()
                )),
                Lang::En => out.push_str(&format!(
                    "  status line {} “{}” → {}{guess}\n",
                    item.line,
                    item.text,
                    status_kind.as_str()
                )),
            }
        }
    }
    match lang {
        Lang::Zh => out.push_str(&format!("未能归位的行：{}\n", report.unplaced.len())),
        Lang::En => out.push_str(&format!("unplaced lines: {}\n", report.unplaced.len())),
    }
    for line in &report.unplaced {
        let text = shorten(&line.text, 60);
        match lang {
            Lang::Zh => out.push_str(&format!("  第{}行：{text}\n", line.line)),
            Lang::En => out.push_str(&format!("  line {}: {text}\n", line.line)),
        }
    }
    match lang {
        Lang::Zh => out.push_str(&format!("警告：{}\n", report.warnings.len())),
        Lang::En => out.push_str(&format!("warnings: {}\n", report.warnings.len())),
    }
    for warning in &report.warnings {
        out.push_str(&format!("  {}\n", warning.to_line(lang)));
    }
    out
}

fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

/// A synthetic report of about `megabytes` MB: the reference report's header, then its problem sections repeated
/// with problem numbers continuing and every other figure varied per copy, then its closing.
pub(crate) fn synthetic_report(megabytes: usize) -> String {
    let target = megabytes.max(1) * 1_000_000;
    let start = REFERENCE_TEXT.find("二、集中整改期内").unwrap_or(0);
    let end = REFERENCE_TEXT.find("四、下一步").unwrap_or(REFERENCE_TEXT.len());
    let (head, body, tail) = (&REFERENCE_TEXT[..start], &REFERENCE_TEXT[start..end], &REFERENCE_TEXT[end..]);
    let mut out = String::with_capacity(target + REFERENCE_TEXT.len());
    out.push_str(head);
    let mut copy = 0u32;
    while out.len() < target {
        copy += 1;
        for line in body.lines() {
            out.push_str(&vary_figures(line, copy));
            out.push('\n');
        }
    }
    out.push_str(tail);
    out
}

/// Changes the figures of a line for copy `copy`: digits of measures shift; the numbering of problems continues.
fn vary_figures(line: &str, copy: u32) -> String {
    let numbered = line.split_once('.').filter(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    if let Some((number, rest)) = numbered {
        let n: u32 = number.parse().unwrap_or(0);
        return format!("{}.{rest}", n + copy * 15);
    }
    if !line.starts_with("整改情况") {
        return line.to_owned();
    }
    line.chars()
        .map(|c| match c.to_digit(10) {
            // Shifting only 1–8 keeps every figure a figure and every month a month.
            Some(d @ 1..=8) => char::from_digit((d + copy) % 8 + 1, 10).unwrap_or(c),
            _ => c,
        })
        .collect()
}

/// Imports a synthetic report of `megabytes` MB `rounds` times and prints the throughput.
pub(crate) fn bench(megabytes: usize, rounds: usize, lang: Lang) {
    let text = synthetic_report(megabytes);
    let size = text.len() as f64 / 1_000_000.0;
    let mut best = f64::INFINITY;
    let mut problems = 0;
    for _ in 0..rounds.max(1) {
        let started = Instant::now();
        let report = import_text(&text);
        best = best.min(started.elapsed().as_secs_f64());
        problems = report.dataset.problems.len();
    }
    let rate = size / best;
    match lang {
        Lang::Zh => println!("导入 {size:.1} MB（{problems} 个问题）：最快 {best:.3} 秒，{rate:.1} MB/s"),
        Lang::En => println!("imported {size:.1} MB ({problems} problems): best {best:.3} s, {rate:.1} MB/s"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_synthetic_report_imports_with_continuing_numbers() {
        let report = import_text(&synthetic_report(1));
        let problems = &report.dataset.problems;
        assert!(problems.len() > 500, "{}", problems.len());
        assert_eq!((problems[0].number.as_str(), problems[1].number.as_str()), ("16", "17"));
        assert!(report.unplaced.is_empty(), "{:?}", report.unplaced.first());
    }
}
