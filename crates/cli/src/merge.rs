//! `zhenggai merge`: several datasets (each usually one unit's imported report) in, one round out
//! (`zhenggai_core::merge`), with every decision listed on standard error.

use std::path::{Path, PathBuf};

use zhenggai_core::Lang;
use zhenggai_core::merge::{MergeInput, MergeOptions, merge};

use crate::error::CliError;
use crate::{load_file, write_output};

/// What the command was asked.
pub(crate) struct MergeArgs {
    pub files: Vec<PathBuf>,
    pub output: Option<PathBuf>,
    pub latest: bool,
    pub summary: Option<PathBuf>,
    pub title: Option<String>,
    pub issuer: Option<String>,
}

/// Reads and validates one input.
fn read(path: &Path) -> Result<MergeInput, CliError> {
    let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    match load_file(path) {
        Ok(loaded) => Ok(MergeInput { name, dataset: loaded.data.into_dataset() }),
        Err(CliError::Invalid { path, findings }) => Err(CliError::NotMergeable { path, findings }),
        Err(error) => Err(error),
    }
}

/// Merges the files, writes the round and lists every decision and the round's warnings on standard error.
pub(crate) fn run(args: MergeArgs, lang: Lang) -> Result<(), CliError> {
    let inputs = args.files.iter().map(|path| read(path)).collect::<Result<Vec<_>, _>>()?;
    let summary = args.summary.as_deref().map(read).transpose()?;
    let options = MergeOptions { title: args.title, issuer: args.issuer, latest: args.latest, summary };
    let merged = merge(inputs, options).map_err(CliError::Merge)?;
    write_output(args.output.as_deref(), &(serde_json::to_string_pretty(&merged.dataset)? + "\n"))?;
    let d = &merged.dataset;
    let (units, problems, statuses, categories) =
        (d.units.len(), d.problems.len(), d.statuses.len(), d.categories.len());
    match lang {
        Lang::Zh => eprintln!("合并：{units} 个单位，{problems} 个问题，{statuses} 种整改状态，{categories} 个方面。"),
        Lang::En => {
            eprintln!("merged: {units} units, {problems} problems, {statuses} statuses, {categories} categories.")
        }
    }
    for decision in &merged.decisions {
        eprintln!("  {}", decision.message(lang));
    }
    // The round is checked as `validate` checks any dataset: declared figures against the problems, per unit and,
    // with a summary, for the round.
    let loaded = zhenggai_core::load::validate(merged.dataset).map_err(|(_, errors)| CliError::RoundInvalid(errors))?;
    match lang {
        Lang::Zh => eprintln!("核对：{} 条警告", loaded.warnings.len()),
        Lang::En => eprintln!("checked: {} warnings", loaded.warnings.len()),
    }
    for warning in &loaded.warnings {
        eprintln!("  {}", warning.to_line(lang));
    }
    Ok(())
}
