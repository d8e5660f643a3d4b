//! The widget's components, one per file.

pub mod app;
pub mod findings;
pub mod problem_list;
pub mod report_header;
