//! zhenggai-core: everything 整改看板 knows about rectification reports, with no browser and no file system.
//!
//! - [`model`]: the dataset format (version 1) as serde types;
//! - [`date`]: partial dates (a day, a month, a year) as reports give them;
//! - [`load`]: bytes → validated dataset, or errors with JSON paths;
//! - [`valid`]: the validated dataset and its lookup indices, what everything downstream of loading reads;
//! - [`chunked_text`]: the chunks of a download → text, checked for UTF-8 as they arrive;
//! - [`arriving`]: a dataset loaded while it downloads, its problems parsed as they arrive;
//! - [`limits`]: the largest dataset and string a load accepts;
//! - [`finding`] and [`messages`]: what loading reports, worded in Chinese and English;
//! - [`tally`]: counts by status, kind, category and unit;
//! - [`standings`]: each unit's completion rates, ranked;
//! - [`audit`]: declared figures checked against the problems;
//! - [`schema`]: the JSON Schema generated from the model;
//! - [`view_state`]: what a visitor looks at, and its encoding in a shareable link;
//! - [`search`]: CJK substring search and highlighting;
//! - [`clip`]: shortening very long texts for display;
//! - [`filter`]: applying a view state: matching problems, order, blame;
//! - [`facet`]: the facets a visitor selects in, what each chart counts (cross-filtering), the active filters;
//! - [`progress`]: two reports of the same round compared: matched problems and how their statuses moved;
//! - [`deadline`]: deadlines against the report's date and today, overdue commitments, the timeline;
//! - [`static_html`]: the static HTML fallback (`zhenggai render-html`);
//! - [`export`]: the filtered problems as CSV (with a BOM for Excel) or as a dataset;
//! - [`import`]: report text → dataset, with what was recognised, what was not, and warnings;
//! - [`synth`]: realistic synthetic inspection rounds of any size, deterministic per seed, for tests and benchmarks.

pub mod arriving;
pub mod audit;
pub mod chunked_text;
pub mod clip;
pub mod date;
pub mod deadline;
pub mod export;
pub mod facet;
pub mod filter;
pub mod finding;
pub mod import;
pub mod json_path;
pub mod limits;
pub mod load;
pub mod merge;
pub mod messages;
pub mod model;
mod problem_scan;
pub mod progress;
pub mod schema;
pub mod search;
pub mod standings;
pub mod static_html;
pub mod synth;
pub mod tally;
pub mod valid;
pub mod view_state;

pub use finding::{Finding, FindingKind, Severity};
pub use import::{ImportReport, import_text};
pub use load::{Loaded, ValidDataset, load, load_str};
pub use messages::Lang;
pub use synth::{SynthOptions, synth};
