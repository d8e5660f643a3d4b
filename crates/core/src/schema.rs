//! The JSON Schema of the dataset format, generated from [`crate::model`].
//!
//! The checked-in copy (`schema/dataset-v1.schema.json`) is what editors and other tools validate against; a test
//! fails when it no longer matches the Rust types, and `zhenggai schema` rewrites it.

use crate::model::Dataset;

/// The schema as pretty-printed JSON, ending in a newline.
pub fn dataset_schema_json() -> String {
    let schema = schemars::schema_for!(Dataset);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
