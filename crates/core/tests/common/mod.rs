//! What the importer's test files share.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot unwrap has failed anyway

use zhenggai_core::import::{ImportReport, import_text};

/// Imports `text` and checks that the dataset validates after a JSON round trip, as the importer promises.
pub fn import(text: &str) -> ImportReport {
    let report = import_text(text);
    let json = serde_json::to_string(&report.dataset).unwrap();
    zhenggai_core::load_str(&json).unwrap_or_else(|e| panic!("the imported dataset must validate: {e:#?}"));
    report
}
