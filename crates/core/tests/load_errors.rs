//! Every error and warning class that loading reports, with its path and its wording in both languages.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot unwrap has failed anyway

use serde_json::{Value, json};
use zhenggai_core::load::finding::{Counted, IdKind};
use zhenggai_core::{Finding, FindingKind, Lang, Severity, load, load_str};

/// The smallest valid dataset: one unit, two statuses, one category, one problem.
fn minimal() -> Value {
    json!({
        "format_version": 1,
        "report": {
            "title": "某单位关于巡视整改进展情况的通报",
            "issuer": "中共某单位委员会",
            "inspection": { "kind": "xunshi", "team": "省委第一巡视组",
                            "period": { "start": "2023-03-10", "end": "2023-06-10" } },
            "as_of": "2023-11-30"
        },
        "units": [{ "id": "u1", "name": "某单位" }],
        "statuses": [
            { "id": "done", "label": "完成", "order": 1, "kind": "done" },
            { "id": "lt", "label": "长期整改", "order": 2, "kind": "long_term" }
        ],
        "categories": [{ "id": "c1", "title": "招商引资项目质量不够高" }],
        "problems": [{
            "id": "p1", "category": "c1", "number": "1", "title": "关于某问题",
            "status": "done", "measures": ["已整改。"]
        }]
    })
}

fn errors_of(value: &Value) -> Vec<Finding> {
    match load_str(&value.to_string()) {
        Ok(_) => panic!("expected the dataset to be refused"),
        Err(errors) => errors,
    }
}

fn only_error(value: &Value) -> Finding {
    let errors = errors_of(value);
    assert_eq!(errors.len(), 1, "expected exactly one error, got {errors:#?}");
    errors.into_iter().next().unwrap()
}

fn warnings_of(value: &Value) -> Vec<Finding> {
    match load_str(&value.to_string()) {
        Ok(loaded) => loaded.warnings,
        Err(errors) => panic!("expected the dataset to load, got {errors:#?}"),
    }
}

/// Asserts the finding's path and that each language's message contains the given phrase.
fn assert_says(finding: &Finding, path: &str, zh: &str, en: &str) {
    assert_eq!(finding.path, path, "path of {finding:?}");
    let (zh_text, en_text) = (finding.message(Lang::Zh), finding.message(Lang::En));
    assert!(zh_text.contains(zh), "Chinese message {zh_text:?} should contain {zh:?}");
    assert!(en_text.contains(en), "English message {en_text:?} should contain {en:?}");
}

#[test]
fn the_minimal_dataset_loads_without_warnings() {
    let loaded = load_str(&minimal().to_string()).unwrap();
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    assert_eq!(loaded.data.problems().len(), 1);
    assert_eq!(loaded.data.status(0).label, "完成");
}

#[test]
fn malformed_json_names_line_and_column() {
    let finding = only_error_text("{\n  \"format_version\": 1,\n  \"report\": }\n");
    assert_eq!(finding.kind, FindingKind::Syntax { detail: "expected value".into() });
    assert_eq!(finding.position, Some((3, 13)));
    assert_says(&finding, "$.report", "JSON 格式有误：这里应当是一个值", "The JSON is malformed: expected value");
    assert_eq!(finding.to_line(Lang::En), "error $.report (line 3, column 13): The JSON is malformed: expected value.");
}

fn only_error_text(text: &str) -> Finding {
    let errors = load_str(text).expect_err("should be refused");
    assert_eq!(errors.len(), 1, "{errors:#?}");
    errors.into_iter().next().unwrap()
}

#[test]
fn truncated_json_says_the_file_ended_early() {
    let text = minimal().to_string();
    let finding = only_error_text(&text[..text.len() / 2]);
    assert_eq!(finding.kind, FindingKind::Truncated);
    assert!(finding.position.is_some(), "the end of the input is a position too");
    assert_says(&finding, &finding.path.clone(), "文件在中途结束", "ends too early");
}

#[test]
fn empty_input_and_non_utf8_bytes_are_refused() {
    let finding = only_error_text("  \n");
    assert_says(&finding, "$", "文件是空的", "empty");
    let errors = load(b"{\"format_version\": \xff}").err().unwrap();
    assert_eq!(errors[0].kind, FindingKind::NotUtf8 { byte_offset: 19 });
    assert_says(&errors[0], "$", "不是 UTF-8", "not UTF-8");
}

#[test]
fn a_web_page_is_named_as_such() {
    for text in ["<!DOCTYPE html><html><body>404</body></html>", "\n  <html>", "<?xml version=\"1.0\"?><a/>"] {
        let finding = only_error_text(text);
        assert_eq!(finding.kind, FindingKind::WebPage);
        assert_says(&finding, "$", "这是一个网页", "web page (HTML)");
    }
}

#[test]
fn absurd_nesting_is_refused_without_overflowing_the_stack() {
    let (open, close) = ("[".repeat(10_000), "]".repeat(10_000));
    let deep_objects = format!("{}1{}", "{\"a\":".repeat(10_000), "}".repeat(10_000));
    for text in [
        format!("{open}{close}"),
        format!("{{\"format_version\": 1, \"report\": {open}{close}}}"),
        format!("{{\"format_version\": 1, \"extra\": {deep_objects}}}"),
        deep_objects.clone(),
    ] {
        let errors = load_str(&text).expect_err("10,000 levels of nesting cannot be a dataset");
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].severity(), Severity::Error);
    }
}

#[test]
fn a_wrong_type_names_what_was_expected() {
    let mut value = minimal();
    value["problems"][0]["title"] = json!(3);
    let finding = only_error(&value);
    assert!(matches!(finding.kind, FindingKind::WrongType { .. }), "{finding:?}");
    assert_says(
        &finding,
        "$.problems[0].title",
        "这里应为文本（字符串），实际是整数 `3`",
        "expected a string, found integer `3`",
    );
}

#[test]
fn a_missing_required_field_is_named() {
    let mut value = minimal();
    value["problems"][0].as_object_mut().unwrap().remove("status");
    let finding = only_error(&value);
    assert_eq!(finding.kind, FindingKind::MissingField { field: "status".into() });
    assert_says(&finding, "$.problems[0]", "缺少必填字段“status”", "required field “status” is missing");
}

#[test]
fn an_unknown_field_is_rejected_not_dropped() {
    let mut value = minimal();
    value["problems"][0]["titel"] = json!("typo");
    let finding = only_error(&value);
    assert_eq!(finding.kind, FindingKind::UnknownField { field: "titel".into() });
    assert!(finding.path.starts_with("$.problems[0]"), "{}", finding.path);
    assert_says(&finding, &finding.path.clone(), "不认识的字段“titel”", "Unknown field “titel”");
}

#[test]
fn a_key_given_twice_is_rejected() {
    let text =
        minimal().to_string().replacen("\"title\":\"关于某问题\"", "\"title\":\"关于某问题\",\"title\":\"又一个\"", 1);
    let finding = only_error_text(&text);
    assert_eq!(finding.kind, FindingKind::DuplicateField { field: "title".into() });
    assert_says(&finding, &finding.path.clone(), "出现了两次", "appears twice");
}

#[test]
fn an_unknown_status_kind_lists_the_allowed_ones() {
    let mut value = minimal();
    value["statuses"][0]["kind"] = json!("finished");
    let finding = only_error(&value);
    let FindingKind::UnknownVariant { found, expected } = &finding.kind else { panic!("{finding:?}") };
    assert_eq!(found, "finished");
    assert!(expected.contains(&"mostly_done".to_owned()), "{expected:?}");
    assert_says(&finding, "$.statuses[0].kind", "“finished”不是允许的取值", "not an allowed value");
}

#[test]
fn a_malformed_date_is_refused() {
    let mut value = minimal();
    value["report"]["as_of"] = json!("2023-11-31");
    let finding = only_error(&value);
    assert!(matches!(finding.kind, FindingKind::InvalidValue { .. }), "{finding:?}");
    assert_says(&finding, "$.report.as_of", "不是日期", "is not a date written YYYY, YYYY-MM or YYYY-MM-DD");
}

#[test]
fn duplicate_ids_point_at_the_first_use() {
    let mut value = minimal();
    let copy = value["problems"][0].clone();
    value["problems"].as_array_mut().unwrap().push(copy);
    let finding = only_error(&value);
    assert_eq!(
        finding.kind,
        FindingKind::DuplicateId { of: IdKind::Problem, id: "p1".into(), first: "$.problems[0].id".into() }
    );
    assert_says(&finding, "$.problems[1].id", "问题编号“p1”重复", "problem id “p1” is used twice");
}

#[test]
fn every_dangling_reference_is_reported_at_once() {
    let mut value = minimal();
    value["units"].as_array_mut().unwrap().push(json!({ "id": "u2", "name": "另一单位" }));
    value["problems"][0]["unit"] = json!("u9");
    value["problems"][0]["category"] = json!("c9");
    value["problems"][0]["status"] = json!("s9");
    let errors = errors_of(&value);
    assert_eq!(errors.len(), 3, "{errors:#?}");
    assert_says(&errors[0], "$.problems[0].unit", "不存在的单位“u9”", "no unit with the id “u9”");
    assert_says(&errors[1], "$.problems[0].category", "不存在的问题类别（方面）“c9”", "no category with the id “c9”");
    assert_says(&errors[2], "$.problems[0].status", "不存在的整改状态“s9”", "no status with the id “s9”");
}

#[test]
fn a_problem_must_name_its_unit_when_there_are_several() {
    let mut value = minimal();
    value["units"].as_array_mut().unwrap().push(json!({ "id": "u2", "name": "另一单位" }));
    let finding = only_error(&value);
    assert_eq!(finding.kind, FindingKind::UnitRequired);
    assert_says(&finding, "$.problems[0]", "必须注明所属单位", "must name its unit");
}

#[test]
fn an_empty_status_vocabulary_is_an_error() {
    let mut value = minimal();
    value["statuses"] = json!([]);
    let errors = errors_of(&value);
    assert_eq!(errors[0].kind, FindingKind::EmptyStatuses);
    assert_says(&errors[0], "$.statuses", "整改状态列表为空", "status vocabulary is empty");
}

#[test]
fn format_versions_are_checked_before_anything_else() {
    let mut value = minimal();
    value.as_object_mut().unwrap().remove("format_version");
    assert_says(&only_error(&value), "$", "缺少 format_version", "format_version field is missing");
    value["format_version"] = json!(2);
    value["something_from_v2"] = json!(true);
    let finding = only_error(&value);
    assert_eq!(finding.kind, FindingKind::UnsupportedVersion { found: 2 });
    assert_says(&finding, "$.format_version", "数据格式版本 2 不受支持", "Format version 2 is not supported");
}

#[test]
fn a_format_version_of_another_type_is_named_by_its_type() {
    for (version, found) in [
        (json!(1.5), "floating point `1.5`"),
        (json!(-1), "integer `-1`"),
        (json!(true), "boolean `true`"),
        (json!("1"), "string \"1\""),
        (json!([1, [2]]), "sequence"),
        (json!({ "major": 1 }), "map"),
    ] {
        let mut value = minimal();
        value["format_version"] = version;
        let finding = only_error(&value);
        assert_eq!(finding.kind, FindingKind::WrongType { found: found.to_owned(), expected: "u32".to_owned() });
        assert_eq!(finding.path, "$.format_version");
    }
}

#[test]
fn a_byte_order_mark_is_tolerated_with_a_warning() {
    let text = format!("\u{feff}{}", minimal());
    let loaded = load_str(&text).unwrap();
    assert_eq!(loaded.warnings.len(), 1);
    assert_eq!(loaded.warnings[0].severity(), Severity::Warning);
    assert_says(&loaded.warnings[0], "$", "字节顺序标记", "byte-order mark");
}

#[test]
fn declared_counts_that_disagree_are_warnings() {
    let mut value = minimal();
    value["declared"] = json!({
        "problems": 2, "categories": 1,
        "by_status": [{ "status": "done", "count": 0 }, { "status": "lt", "count": 0 }],
        "petitions": { "total": 3, "settled": 4 }
    });
    let warnings = warnings_of(&value);
    assert_eq!(warnings.len(), 3, "{warnings:#?}");
    assert_eq!(warnings[0].kind, FindingKind::CountMismatch { counted: Counted::Problems, declared: 2, actual: 1 });
    assert_says(
        &warnings[0],
        "$.declared.problems",
        "通报声明的问题总数为 2，但逐条统计为 1",
        "declares the number of problems as 2",
    );
    assert_says(&warnings[1], "$.declared.by_status[0].count", "“完成”的问题数为 0", "status “完成” as 0");
    assert_says(&warnings[2], "$.declared.petitions", "办结数 4 大于总数 3", "4 settled is more than the total of 3");
}

#[test]
fn a_declared_completion_rate_is_checked_against_both_readings() {
    let mut value = minimal();
    value["declared"] = json!({ "completion_rate": 100.0 });
    assert!(warnings_of(&value).is_empty(), "1 of 1 done is 100%");
    value["declared"] = json!({ "completion_rate": 76.0 });
    let warnings = warnings_of(&value);
    assert_says(&warnings[0], "$.declared.completion_rate", "整改完成率为 76%", "completion rate of 76%");
}

#[test]
fn a_deadline_before_the_inspection_is_a_warning() {
    let mut value = minimal();
    value["problems"][0]["deadlines"] = json!([
        { "due": "2022-12", "kind": "by", "promise": "完成整改", "text": "2022年12月底前" },
        { "due": "2023-03", "kind": "by", "promise": "完成整改", "text": "2023年3月底前" }
    ]);
    let warnings = warnings_of(&value);
    assert_eq!(warnings.len(), 1, "March 2023 overlaps the inspection's start: {warnings:#?}");
    assert_says(
        &warnings[0],
        "$.problems[0].deadlines[0].due",
        "早于巡视开始日期 2023-03-10",
        "before the inspection began",
    );

    // A sub-item's deadline is found at its own path.
    value["problems"][0]["sub_items"] = json!([
        { "number": "1", "title": "子项一" },
        { "number": "2", "title": "子项二", "deadlines": [
            { "due": "2023-09", "kind": "by", "promise": "完成整改", "text": "2023年9月底前" },
            { "due": "2021", "kind": "by", "promise": "完成整改", "text": "2021年底前" }
        ] }
    ]);
    let paths: Vec<String> = warnings_of(&value).iter().map(|w| w.path.clone()).collect();
    assert_eq!(paths, ["$.problems[0].deadlines[0].due", "$.problems[0].sub_items[1].deadlines[1].due"]);
}

#[test]
fn a_document_that_is_not_an_object_is_refused() {
    let finding = only_error_text("[1, 2]");
    assert_says(
        &finding,
        "$",
        "这里应为JSON 对象（数据集），实际是数组",
        "expected a JSON object (the dataset), found sequence",
    );
    let mut value = minimal();
    value["format_version"] = json!(-1);
    assert_says(&only_error(&value), "$.format_version", "实际是整数 `-1`", "found integer `-1`");
}
