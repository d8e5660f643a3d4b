//! `zhenggai`: the command-line tool. The only part of the project that touches the file system.
//!
//! Exit codes: 0 success, 1 invalid input (a dataset that does not validate), 2 usage error (bad arguments, or a
//! file that cannot be read).

mod corpus;
mod error;
mod import;
mod merge;
mod snapshot;
mod summary;
mod synth;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use zhenggai_core::{Finding, Lang, Loaded};

use error::CliError;

// See crates/cli/Cargo.toml for why.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// 整改看板 command-line tool: import report texts, check and summarise rectification-progress datasets.
#[derive(Debug, Parser)]
#[command(name = "zhenggai", version, about, long_about = None)]
struct Cli {
    /// Language of messages: zh (中文, the default) or en.
    #[arg(long, global = true, value_enum, default_value_t = LangArg::Zh)]
    lang: LangArg,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum LangArg {
    Zh,
    En,
}

impl From<LangArg> for Lang {
    fn from(arg: LangArg) -> Self {
        match arg {
            LangArg::Zh => Lang::Zh,
            LangArg::En => Lang::En,
        }
    }
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check dataset files. Prints every error and warning with its JSON path; exits 0 when all files are valid,
    /// 1 when any is invalid, 2 when a file cannot be read.
    Validate {
        /// Dataset files (JSON, format version 1).
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Print one JSON object summarising a dataset: counts by status and category, the figures the report
    /// declares, and the consistency warnings.
    Summary {
        /// A dataset file (JSON, format version 1).
        file: PathBuf,
    },
    /// Print a static, accessible HTML fragment of a dataset (report, counts by status, every problem with its
    /// measures), for a <noscript> block or a fallback container where the widget cannot run.
    RenderHtml {
        /// A dataset file (JSON, format version 1).
        file: PathBuf,
        /// Write the fragment to this file instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Print the widget's first view of a dataset as static HTML (a snapshot), rendered by the widget's own
    /// components in the language of --lang: for a page to show before the widget's wasm arrives, which then takes
    /// over in place (docs/embedding.md). Bare markup by default; --embed wraps it for pasting inside
    /// <zhenggai-board>; --into puts it inside a page's id="zhenggai" element.
    Snapshot {
        /// A dataset file (JSON, format version 1).
        file: PathBuf,
        /// Wrap the snapshot in a declarative shadow root whose stylesheet is BASE/zhenggai.css (BASE: the
        /// address of the folder zhenggai.js is served from).
        #[arg(long, value_name = "BASE", conflicts_with = "into")]
        embed: Option<String>,
        /// Put the snapshot inside this page's id="zhenggai" element (replacing its content) and write the page
        /// back, or to OUT with -o.
        #[arg(long, value_name = "PAGE")]
        into: Option<PathBuf>,
        /// Write to this file instead of standard output.
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
        /// The earlier report of the widget's data-compare: the comparison panel is drawn too.
        #[arg(long, value_name = "EARLIER")]
        compare: Option<PathBuf>,
        /// Draw it dark, for a widget with data-theme="dark" (a widget set to "auto" follows the visitor's
        /// system, which a snapshot cannot know: leave it light).
        #[arg(long)]
        dark: bool,
        /// Draw it in 适老化 mode, for a widget with data-elderly.
        #[arg(long)]
        elderly: bool,
    },
    /// Import the plain text of a rectification-progress report (巡视整改进展情况的通报) as a dataset.
    ///
    /// Reads FILE (UTF-8 text extracted from the report's PDF or web page), or standard input when FILE is absent
    /// or "-". Writes the dataset JSON to standard output, or to OUT with -o. Prints to standard error what was
    /// recognised, every line that could not be placed (with its line number) and every warning (declared figures
    /// that disagree with the problems, guessed statuses or categories). Exits 0 on success, even with warnings;
    /// 2 when the input cannot be read or the output written. See docs/importer.md.
    Import {
        /// The report text; standard input when absent or "-".
        file: Option<PathBuf>,
        /// Write the dataset to this file instead of standard output.
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
    },
    /// Import every text of a corpus of real reports and compare the result with the hand-written expected file
    /// beside each: per field kind, how many expected items were found (recall) and how many found items were
    /// wrong (precision), then the misses by file. With --check, exits 1 when a figure is below the floor
    /// recorded in FLOOR, or a text crashed or hung. See docs/importer.md, "The corpus and its recall".
    Corpus {
        /// The corpus folder: `NN-slug.txt` texts with `NN-slug.expect.json` beside them.
        #[arg(default_value = "data/source/corpus")]
        dir: PathBuf,
        /// A JSON file of the lowest recall and precision accepted per row, e.g. data/source/corpus/floor.json.
        #[arg(long, value_name = "FLOOR")]
        check: Option<PathBuf>,
    },
    /// Merge datasets (each usually one unit's imported report) into one round: every unit, ids made unique, status
    /// words kept per unit and shared where they are the same, each input's declared figures as its unit's.
    ///
    /// Writes the round to standard output, or to OUT with -o; lists every decision (prefixed ids, shared statuses,
    /// dropped duplicates) and the round's consistency warnings on standard error. Exits 0 on success, 1 when an
    /// input is invalid or two inputs name the same unit (unless --latest), 2 when a file cannot be read or the
    /// output written. See docs/importer.md, "Publish a round".
    Merge {
        /// The datasets to merge (JSON, format version 1).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Write the round to this file instead of standard output.
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
        /// When a unit is in two inputs, keep its most recent report instead of failing.
        #[arg(long)]
        latest: bool,
        /// A round summary (a dataset, e.g. an imported summary-only report) whose declared figures are the round's,
        /// checked against the sum of the units.
        #[arg(long, value_name = "FILE")]
        summary: Option<PathBuf>,
        /// The round's title; the first input's when absent.
        #[arg(long)]
        title: Option<String>,
        /// Who issues the round's report; the first input's issuer when absent.
        #[arg(long)]
        issuer: Option<String>,
    },
    /// Measure the importer's throughput on a large synthetic report (the reference report's problem sections
    /// repeated with varied figures) and print it in MB/s. Build with --release for meaningful numbers.
    BenchImport {
        /// Size of the synthetic report in MB.
        #[arg(long, default_value_t = 20)]
        mb: usize,
        /// How many times to import it; the fastest run counts.
        #[arg(long, default_value_t = 3)]
        rounds: usize,
    },
    /// Generate a synthetic inspection round (巡视整改进展情况的通报 of a whole round) as a dataset, for tests and
    /// benchmarks.
    ///
    /// UNITS inspected units with PROBLEMS problems spread unevenly over them (every unit has at least one), in 5–9
    /// categories, with realistic titles, measures, metrics, regulations and deadlines, and declared figures that
    /// agree with the problems, so the dataset validates with no warnings. The same options always give the same
    /// bytes. Writes compact JSON to standard output, or to OUT with -o; prints the size and the time taken to
    /// standard error. Exits 0 on success, 2 on bad arguments (more units than problems, a vocabulary other than
    /// 1–3) or when the output cannot be written. See docs/dataset.md, "Synthetic rounds".
    Synth {
        /// Inspected units, at least 1 and at most PROBLEMS.
        #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..))]
        units: u32,
        /// Problems in the whole round, 1 to 2,000,000.
        #[arg(long, default_value_t = 200, value_parser = clap::value_parser!(u32).range(1..=i64::from(zhenggai_core::synth::MAX_PROBLEMS)))]
        problems: u32,
        /// Seed of the generator; everything follows from it.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Status vocabulary: 1 完成/基本完成/长期整改, 2 已完成/正在推进/持续整改,
        /// 3 已整改到位/阶段性完成/长期坚持/尚未完成. Chosen by the seed when absent.
        #[arg(long, value_parser = clap::value_parser!(u8).range(1..=3))]
        vocabulary: Option<u8>,
        /// The follow-up report of the same round, six months later: same ids and titles, part of the unfinished
        /// problems further along.
        #[arg(long)]
        later: bool,
        /// Indented JSON instead of compact.
        #[arg(long)]
        pretty: bool,
        /// Write the dataset to this file instead of standard output.
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
    },
    /// Print the JSON Schema of the dataset format (the checked-in copy is schema/dataset-v1.schema.json).
    Schema {
        /// Write the schema to this file instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let lang = Lang::from(cli.lang);
    match run(cli.command, lang) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            for message in error.messages(lang) {
                eprintln!("zhenggai: {message}");
            }
            ExitCode::from(error.exit_code())
        }
    }
}

/// Runs one command; what it prints on success is in the command's own module.
fn run(command: Command, lang: Lang) -> Result<(), CliError> {
    match command {
        Command::Validate { files } => validate(&files, lang),
        Command::Summary { file } => summarise(&file, lang),
        Command::RenderHtml { file, output } => render_html(&file, output.as_deref(), lang),
        Command::Snapshot { file, embed, into, output, compare, dark, elderly } => snapshot::run(
            &snapshot::SnapshotArgs {
                file: &file,
                compare: compare.as_deref(),
                embed: embed.as_deref(),
                into: into.as_deref(),
                output: output.as_deref(),
                appearance: zhenggai_widget::snapshot::Appearance {
                    theme: if dark { zhenggai_widget::Theme::Dark } else { zhenggai_widget::Theme::Light },
                    elderly,
                },
            },
            lang,
        ),
        Command::Schema { output } => write_output(output.as_deref(), &zhenggai_core::schema::dataset_schema_json()),
        Command::Import { file, output } => import::run(file.as_deref(), output.as_deref(), lang),
        Command::Merge { files, output, latest, summary, title, issuer } => {
            merge::run(merge::MergeArgs { files, output, latest, summary, title, issuer }, lang)
        }
        Command::Corpus { dir, check } => corpus::run(&dir, check.as_deref()),
        Command::BenchImport { mb, rounds } => {
            import::bench(mb, rounds, lang);
            Ok(())
        }
        Command::Synth { units, problems, seed, vocabulary, later, pretty, output } => {
            let vocabulary = vocabulary.map(usize::from);
            let options = zhenggai_core::SynthOptions { units, problems, seed, vocabulary, later };
            synth::run(&options, pretty, output.as_deref(), lang)
        }
    }
}

/// Reads one dataset file and loads it; a dataset that does not validate is an error carrying its findings.
pub(crate) fn load_file(path: &Path) -> Result<Loaded, CliError> {
    let bytes = std::fs::read(path).map_err(|err| CliError::read(path, err))?;
    zhenggai_core::load(&bytes).map_err(|findings| CliError::Invalid { path: path.to_owned(), findings })
}

/// Checks every file, printing a verdict and the findings of each; goes on after a file it cannot read.
fn validate(files: &[PathBuf], lang: Lang) -> Result<(), CliError> {
    let mut unreadable = Vec::new();
    let mut invalid = 0;
    for path in files {
        let bytes = match std::fs::read(path) {
            Ok(bytes) => bytes,
            Err(err) => {
                unreadable.push(CliError::read(path, err));
                continue;
            }
        };
        let name = path.display();
        match zhenggai_core::load(&bytes) {
            Ok(loaded) => {
                let problems = loaded.data.problems().len();
                match lang {
                    Lang::Zh => println!("{name}：有效（{problems} 个问题，{} 条警告）", loaded.warnings.len()),
                    Lang::En => println!("{name}: valid ({problems} problems, {} warnings)", loaded.warnings.len()),
                }
                print_findings(&loaded.warnings, lang);
            }
            Err(errors) => {
                match lang {
                    Lang::Zh => println!("{name}：无效（{} 个错误）", errors.len()),
                    Lang::En => println!("{name}: invalid ({} errors)", errors.len()),
                }
                print_findings(&errors, lang);
                invalid += 1;
            }
        }
    }
    if invalid > 0 {
        unreadable.push(CliError::InvalidFiles { invalid, of: files.len() });
    }
    match unreadable.len() {
        0 => Ok(()),
        1 => Err(unreadable.remove(0)),
        _ => Err(CliError::Several(unreadable)),
    }
}

fn print_findings(findings: &[Finding], lang: Lang) {
    for finding in findings {
        println!("  {}", finding.to_line(lang));
    }
}

fn summarise(path: &Path, lang: Lang) -> Result<(), CliError> {
    let loaded = load_file(path)?;
    let summary = summary::summary_json(&loaded, lang);
    println!("{}", serde_json::to_string_pretty(&summary)?);
    Ok(())
}

fn render_html(path: &Path, output: Option<&Path>, lang: Lang) -> Result<(), CliError> {
    let loaded = load_file(path)?;
    write_output(output, &zhenggai_core::output::static_html::render(&loaded.data, lang))
}

/// Writes `text` to `output`, or to standard output.
pub(crate) fn write_output(output: Option<&Path>, text: &str) -> Result<(), CliError> {
    match output {
        Some(path) => std::fs::write(path, text),
        None => std::io::stdout().write_all(text.as_bytes()),
    }
    .map_err(|err| CliError::write(output, err))
}
