//! Oversized input gets a plain message, and long input is handled in linear time (no quadratic pass).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot unwrap has failed anyway

use std::path::Path;

use zhenggai_core::load::finding::FindingKind;
use zhenggai_core::load::limits::MAX_STRING_BYTES;
use zhenggai_core::view::filter::Filterable;
use zhenggai_core::view::search::highlight;
use zhenggai_core::view::view_state::ViewState;
use zhenggai_core::{Lang, load_str};

fn reference_text() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/shaoyang-jingkaiqu-2023-12-22.json"))
        .unwrap()
}

/// The reference dataset with p01's measures replaced by one paragraph of `bytes` bytes ending in a marker.
fn with_paragraph(bytes: usize) -> String {
    let filler = "整改".repeat(bytes / 6);
    let mut value: serde_json::Value = serde_json::from_str(&reference_text()).unwrap();
    value["problems"][0]["measures"] = serde_json::json!([format!("{filler}末尾标记")]);
    value["problems"][0]["metrics"] = serde_json::json!([]);
    value.to_string()
}

#[test]
fn a_ten_megabyte_paragraph_loads_filters_searches_and_highlights() {
    let text = with_paragraph(10_000_000);
    let loaded = load_str(&text).unwrap();
    let filterable = Filterable::new(loaded.data);
    let found = filterable.matching(&ViewState { search: "末尾标记".into(), ..ViewState::default() });
    assert_eq!(found, [0]);
    let paragraph = &filterable.data().problems()[0].measures[0];
    let segments = highlight(paragraph, "末尾标记", &[]);
    assert_eq!(segments.last().map(|s| (s.text.as_str(), s.marks.search)), Some(("末尾标记", true)));
}

#[test]
fn a_ten_megabyte_report_paragraph_imports() {
    let text = format!("某单位关于巡视整改进展情况的通报\n\n{}\n", "整改".repeat(1_700_000));
    let report = zhenggai_core::import::import_text(&text);
    assert_eq!(report.dataset.problems.len(), 0);
}

#[test]
fn a_string_over_the_limit_is_refused_with_its_position() {
    let text = with_paragraph(MAX_STRING_BYTES + 1_000);
    let errors = load_str(&text).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert!(matches!(errors[0].kind, FindingKind::StringTooLong { .. }), "{:?}", errors[0].kind);
    assert!(errors[0].position.is_some());
    assert!(errors[0].message(Lang::Zh).contains("超过 16.8 MB 的上限"), "{}", errors[0].message(Lang::Zh));
    assert!(errors[0].message(Lang::En).contains("longer than the limit of 16.8 MB"));
}

#[test]
fn escaped_quotes_do_not_end_a_string_for_the_length_check() {
    let mut value: serde_json::Value = serde_json::from_str(&reference_text()).unwrap();
    value["problems"][0]["title"] = serde_json::json!("他说：\"整改\\到位\"");
    assert!(load_str(&value.to_string()).is_ok());
}
