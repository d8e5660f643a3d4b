//! The widget's components, one per file.

pub mod app;
pub mod charts;
pub mod clipped;
pub mod dashboard;
pub mod dataset_picker;
pub mod deadlines;
pub mod declared_summary;
pub mod explore;
pub mod filter_bar;
pub mod filters;
pub mod findings;
#[cfg(feature = "importer")]
pub mod importer;
pub mod load_failure;
pub mod problem_detail;
pub mod problem_list;
pub mod progress;
pub mod report_header;
#[cfg(feature = "importer")]
pub mod round_builder;
pub mod share_link;
pub mod show_more;
pub mod summary;
pub mod units;
