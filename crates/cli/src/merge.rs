//! `zhenggai merge`: several datasets (each usually one unit's imported report) in, one round out
//! (`zhenggai_core::merge`), with every decision listed on standard error.

use std::io::Write;
use std::path::{Path, PathBuf};

use zhenggai_core::Lang;
use zhenggai_core::merge::{MergeInput, MergeOptions, merge};

use crate::{Outcome, load_file, print_findings};

/// What the command was asked.
pub(crate) struct MergeArgs {
    pub files: Vec<PathBuf>,
    pub output: Option<PathBuf>,
    pub latest: bool,
    pub summary: Option<PathBuf>,
    pub title: Option<String>,
    pub issuer: Option<String>,
}

/// Reads and validates one input; an invalid one is reported and ends the command (exit 1).
fn read(path: &Path, lang: Lang) -> Result<MergeInput, Outcome> {
    let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    match load_file(path, lang)? {
        Ok(loaded) => Ok(MergeInput { name, dataset: loaded.data.into_dataset() }),
        Err(errors) => {
            match lang {
                Lang::Zh => eprintln!("zhenggai: {} 不是有效的数据集，无法合并：", path.display()),
                Lang::En => eprintln!("zhenggai: {} is not a valid dataset and cannot be merged:", path.display()),
            }
            print_findings(&errors, lang);
            Err(Outcome::Invalid)
        }
    }
}

/// Merges the files; exit 0 with the round written, 1 when an input is invalid or two inputs name the same unit
/// (without `--latest`), 2 when a file cannot be read or the output written.
pub(crate) fn run(args: MergeArgs, lang: Lang) -> Outcome {
    let mut inputs = Vec::with_capacity(args.files.len());
    for path in &args.files {
        match read(path, lang) {
            Ok(input) => inputs.push(input),
            Err(outcome) => return outcome,
        }
    }
    let summary = match args.summary.as_deref().map(|path| read(path, lang)).transpose() {
        Ok(summary) => summary,
        Err(outcome) => return outcome,
    };
    let options = MergeOptions { title: args.title, issuer: args.issuer, latest: args.latest, summary };
    let merged = match merge(inputs, options) {
        Ok(merged) => merged,
        Err(err) => {
            eprintln!("zhenggai: {}", err.message(lang));
            return Outcome::Invalid;
        }
    };
    let json = match serde_json::to_string_pretty(&merged.dataset) {
        Ok(json) => json + "\n",
        Err(err) => {
            eprintln!("zhenggai: {err}");
            return Outcome::Usage;
        }
    };
    let written = match &args.output {
        Some(path) => std::fs::write(path, &json),
        None => std::io::stdout().write_all(json.as_bytes()),
    };
    if let Err(err) = written {
        let target = args.output.as_ref().map_or_else(|| "stdout".to_owned(), |p| p.display().to_string());
        match lang {
            Lang::Zh => eprintln!("zhenggai: 无法写出 {target}：{err}"),
            Lang::En => eprintln!("zhenggai: cannot write {target}: {err}"),
        }
        return Outcome::Usage;
    }
    let d = &merged.dataset;
    match lang {
        Lang::Zh => eprintln!(
            "合并：{} 个单位，{} 个问题，{} 种整改状态，{} 个方面。",
            d.units.len(),
            d.problems.len(),
            d.statuses.len(),
            d.categories.len()
        ),
        Lang::En => eprintln!(
            "merged: {} units, {} problems, {} statuses, {} categories.",
            d.units.len(),
            d.problems.len(),
            d.statuses.len(),
            d.categories.len()
        ),
    }
    for decision in &merged.decisions {
        eprintln!("  {}", decision.message(lang));
    }
    // The round is checked as `validate` checks any dataset: declared figures against the problems, per unit and,
    // with a summary, for the round.
    match zhenggai_core::load::validate(merged.dataset) {
        Ok(loaded) => {
            match lang {
                Lang::Zh => eprintln!("核对：{} 条警告", loaded.warnings.len()),
                Lang::En => eprintln!("checked: {} warnings", loaded.warnings.len()),
            }
            for warning in &loaded.warnings {
                eprintln!("  {}", warning.to_line(lang));
            }
            Outcome::Ok
        }
        Err((_, errors)) => {
            print_findings(&errors, lang);
            Outcome::Invalid
        }
    }
}
