//! `zhenggai synth`: a synthetic inspection round as dataset JSON, for tests and benchmarks, and a one-line summary
//! on standard error.

use std::io::{BufWriter, Write};
use std::path::Path;
use std::time::Instant;

use zhenggai_core::Lang;
use zhenggai_core::synth::{SynthOptions, synth};

use crate::error::CliError;

/// Generates the round and writes it to `output` (or standard output), compact unless `pretty`. Exits 2 when
/// there would be more units than problems or the output cannot be written.
pub(crate) fn run(options: &SynthOptions, pretty: bool, output: Option<&Path>, lang: Lang) -> Result<(), CliError> {
    if options.units > options.problems {
        return Err(CliError::MoreUnitsThanProblems { units: options.units, problems: options.problems });
    }
    let started = Instant::now();
    let dataset = synth(options);
    let generated = started.elapsed().as_secs_f64();
    let written = match output {
        Some(path) => std::fs::File::create(path).and_then(|file| write_json(&dataset, pretty, file)),
        None => write_json(&dataset, pretty, std::io::stdout().lock()),
    };
    let bytes = written.map_err(|err| CliError::write(output, err))?;
    let total = started.elapsed().as_secs_f64();
    let (units, problems, categories) = (dataset.units.len(), dataset.problems.len(), dataset.categories.len());
    let per_problem = bytes / problems.max(1) as u64;
    match lang {
        Lang::Zh => eprintln!(
            "合成：{units} 个单位，{problems} 个问题，{categories} 个方面，{bytes} 字节（每个问题 {per_problem} 字节）；\
             生成 {generated:.2} 秒，共 {total:.2} 秒"
        ),
        Lang::En => eprintln!(
            "synthesised: {units} units, {problems} problems, {categories} categories, {bytes} bytes \
             ({per_problem} bytes/problem); generated in {generated:.2} s, {total:.2} s in all"
        ),
    }
    Ok(())
}

/// Streams the JSON (a large round need not be held twice in memory) and returns how many bytes were written.
fn write_json(dataset: &zhenggai_core::model::Dataset, pretty: bool, sink: impl Write) -> std::io::Result<u64> {
    let mut out = BufWriter::with_capacity(1 << 16, Counting { inner: sink, bytes: 0 });
    if pretty {
        serde_json::to_writer_pretty(&mut out, dataset)?;
    } else {
        serde_json::to_writer(&mut out, dataset)?;
    }
    out.write_all(b"\n")?;
    let counting = out.into_inner().map_err(|err| err.into_error())?;
    let mut inner = counting.inner;
    inner.flush()?;
    Ok(counting.bytes)
}

/// A writer that counts what passes through it.
struct Counting<W> {
    inner: W,
    bytes: u64,
}

impl<W: Write> Write for Counting<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.bytes += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}
