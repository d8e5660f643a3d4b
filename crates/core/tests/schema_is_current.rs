//! The checked-in JSON Schema must match the Rust types it is generated from.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot unwrap has failed anyway

use std::path::Path;

#[test]
fn the_checked_in_schema_matches_the_model() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../schema/dataset-v1.schema.json");
    let checked_in = std::fs::read_to_string(&path).unwrap_or_default();
    // Compared as JSON values: key order depends on serde_json's `preserve_order` feature, which differs between
    // a build of this crate alone and a build of the whole workspace.
    let parse = |text: &str| serde_json::from_str::<serde_json::Value>(text).ok();
    let generated = zhenggai_core::schema::dataset_schema_json();
    assert!(
        parse(&checked_in).is_some() && parse(&checked_in) == parse(&generated),
        "schema/dataset-v1.schema.json is stale or missing; regenerate it with\n  \
         cargo run -p zhenggai-cli -- schema -o schema/dataset-v1.schema.json"
    );
}

#[test]
fn the_schema_rejects_unknown_fields_and_knows_the_status_kinds() {
    let schema: serde_json::Value = serde_json::from_str(&zhenggai_core::schema::dataset_schema_json()).unwrap();
    assert_eq!(schema["additionalProperties"], serde_json::json!(false));
    let kinds = schema["$defs"]["StatusKind"].to_string();
    for kind in ["done", "mostly_done", "in_progress", "long_term", "not_done"] {
        assert!(kinds.contains(kind), "StatusKind schema lacks {kind}: {kinds}");
    }
}
