//! zhenggai-core: everything 整改看板 knows about rectification reports, with no browser and no file system.
//!
//! The folders name the pipeline (docs/ARCHITECTURE.md, "Data flow"):
//!
//! - [`model`] (the dataset format, version 1, as serde types), [`date`] (partial dates as reports give them) and
//!   [`schema`] (the JSON Schema generated from the model);
//! - [`load`]: bytes → [`valid::ValidDataset`] plus warnings, or errors with JSON paths: parsing (whole, or as a
//!   download arrives), limits, the consistency audit, and the findings worded in Chinese and English;
//! - [`valid`]: the validated dataset and its lookup indices, what everything downstream of loading reads;
//! - [`view`]: what a visitor looks at (the view state and its link), the facets they select in, and applying it:
//!   matching problems, search, shortening long texts;
//! - [`analysis`]: counts, units' standings, two reports compared, deadlines;
//! - [`output`]: the filtered problems as CSV or a dataset, and the static HTML fallback;
//! - [`order`]: the one sort everything above uses;
//! - [`words`]: the names of a report's fields and of the status kinds, in both languages;
//! - [`import`]: report text → dataset; [`merge`]: several reports → one round;
//! - `synth` (the `synth` feature): synthetic rounds of any size, deterministic per seed, for tests and benchmarks.

pub mod analysis;
pub mod date;
pub mod import;
pub mod load;
pub mod merge;
pub mod model;
pub mod order;
pub mod output;
pub mod schema;
#[cfg(any(test, feature = "synth"))]
pub mod synth;
pub mod valid;
pub mod view;
pub mod words;

pub use import::{ImportReport, import_text};
pub use load::finding::{Finding, FindingKind, Severity};
pub use load::messages::Lang;
pub use load::{load, load_str};
#[cfg(any(test, feature = "synth"))]
pub use synth::{SynthOptions, synth};
pub use valid::{Loaded, ValidDataset};
