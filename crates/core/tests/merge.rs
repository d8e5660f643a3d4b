//! A round from its units' reports (`zhenggai_core::merge`): the reference report, two imported reports with
//! other status words, and a synthetic round, merged into one dataset.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot unwrap has failed anyway

use std::collections::HashSet;

use zhenggai_core::merge::{Decision, MergeError, MergeInput, MergeOptions, merge};
use zhenggai_core::model::{Dataset, StatusKind};
use zhenggai_core::{FindingKind, Lang, SynthOptions, import_text, load_str, synth};

const REFERENCE: &str = include_str!("../../../data/shaoyang-jingkaiqu-2023-12-22.json");

/// A unit's report in the words real reports use, with its own status vocabulary.
fn report(unit: &str, date: &str, statuses: [&str; 2]) -> String {
    format!(
        "中共某县{unit}党组关于巡察整改进展情况的通报\n根据县委统一部署，2023年4月10日至6月10日，县委第二巡察组对某县{unit}（以下简称“县{unit}”）开展了巡察。\n一、组织整改落实情况\n截至目前，巡察反馈的2个方面3个问题，{a}2个，{b}1个。\n二、集中整改期内整改进展情况\n（一）关于“党的建设”方面\n1.关于组织生活不规范的问题。\n整改情况：修订《组织生活制度》。\n整改结果：{a}\n2.关于学习不深入的问题。\n整改情况：制定学习计划。\n整改结果：{b}\n（二）关于“作风建设”方面\n1.关于会议过多的问题。\n整改情况：精简会议。\n整改结果：{a}\n{date}\n",
        a = statuses[0],
        b = statuses[1],
    )
}

fn input(name: &str, dataset: Dataset) -> MergeInput {
    MergeInput { name: name.to_owned(), dataset }
}

fn imported(name: &str, text: &str) -> MergeInput {
    input(name, import_text(text).dataset)
}

fn warning_kinds(dataset: &Dataset) -> Vec<FindingKind> {
    let loaded = load_str(&serde_json::to_string(dataset).unwrap()).unwrap_or_else(|e| panic!("does not load: {e:#?}"));
    loaded.warnings.into_iter().map(|w| w.kind).collect()
}

fn inputs() -> Vec<MergeInput> {
    let reference: Dataset = serde_json::from_str(REFERENCE).unwrap();
    vec![
        input("shaoyang.json", reference),
        imported("ziranziyuan.txt", &report("自然资源局", "2023年12月20日", ["已完成", "正在整改"])),
        imported("jiaotong.txt", &report("交通运输局", "2023年12月21日", ["完成", "基本完成"])),
        input(
            "round.json",
            synth(&SynthOptions { units: 4, problems: 40, seed: 5, vocabulary: Some(2), later: false }),
        ),
    ]
}

#[test]
fn a_round_of_three_imported_reports_and_a_synthetic_round_validates_with_only_its_inputs_warnings() {
    let inputs = inputs();
    let mut allowed: Vec<FindingKind> = Vec::new();
    for input in &inputs {
        allowed.extend(warning_kinds(&input.dataset));
    }
    let merged = merge(
        inputs.clone(),
        MergeOptions { title: Some("某县第二轮巡察整改进展情况".to_owned()), ..MergeOptions::default() },
    )
    .unwrap();
    let round = &merged.dataset;
    for kind in warning_kinds(round) {
        assert!(allowed.contains(&kind), "a warning none of the inputs had: {kind:?}");
    }
    assert_eq!(round.report.title, "某县第二轮巡察整改进展情况");
    assert_eq!(round.units.len(), 1 + 1 + 1 + 4);
    assert_eq!(round.problems.len(), inputs.iter().map(|i| i.dataset.problems.len()).sum::<usize>());
    let ids: HashSet<&str> = round.problems.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids.len(), round.problems.len(), "problem ids are unique");
    // Every problem is in a unit of its own input, and each unit keeps its declared figures.
    assert!(round.problems.iter().all(|p| p.unit.as_deref().is_some_and(|u| round.units.iter().any(|x| x.id == u))));
    let ziranziyuan = round.units.iter().find(|u| u.name.contains("自然资源局")).unwrap();
    assert_eq!(ziranziyuan.declared.as_ref().and_then(|d| d.problems), Some(3));
}

#[test]
fn each_unit_keeps_its_own_status_words_and_the_round_counts_them_by_kind() {
    let merged = merge(inputs(), MergeOptions::default()).unwrap();
    let round = &merged.dataset;
    let label_of = |unit_name: &str| -> Vec<String> {
        let unit = round.units.iter().find(|u| u.name.contains(unit_name)).unwrap();
        let mut labels: Vec<String> = round
            .problems
            .iter()
            .filter(|p| p.unit.as_deref() == Some(unit.id.as_str()))
            .map(|p| round.statuses.iter().find(|s| s.id == p.status).unwrap().label.clone())
            .collect();
        labels.sort();
        labels.dedup();
        labels
    };
    assert_eq!(label_of("自然资源局"), ["已完成", "正在整改"]);
    assert_eq!(label_of("交通运输局"), ["基本完成", "完成"]);
    // 完成 and 基本完成 are used alike by the reference and 交通运输局: one status each in the round.
    assert_eq!(round.statuses.iter().filter(|s| s.label == "完成").count(), 1);
    assert!(merged.decisions.contains(&Decision::StatusShared { label: "完成".to_owned(), inputs: 2 }));
    // The round is counted by kind; the reference alone, or a synthetic round of one vocabulary, is not.
    let loaded = load_str(&serde_json::to_string(round).unwrap()).unwrap();
    assert!(loaded.data.words_statuses_per_unit());
    let synthetic = load_str(&serde_json::to_string(&inputs()[3].dataset).unwrap()).unwrap();
    assert!(!synthetic.data.words_statuses_per_unit());
    // Ordered most finished first.
    let kinds: Vec<StatusKind> = round.statuses.iter().map(|s| s.kind).collect();
    let mut sorted = kinds.clone();
    sorted.sort();
    assert_eq!(kinds, sorted);
}

#[test]
fn a_unit_in_two_inputs_is_refused_unless_the_latest_is_kept() {
    let earlier = imported("a.txt", &report("自然资源局", "2023年6月30日", ["已完成", "正在整改"]));
    let later = imported("b.txt", &report("自然资源局", "2023年12月20日", ["已完成", "已完成"]));
    let refused = merge(vec![earlier.clone(), later.clone()], MergeOptions::default()).unwrap_err();
    assert!(
        matches!(refused, MergeError::DuplicateUnit { ref first, ref second, .. } if first == "a.txt" && second == "b.txt")
    );
    assert!(refused.message(Lang::Zh).contains("--latest"));
    let merged = merge(vec![later, earlier], MergeOptions { latest: true, ..MergeOptions::default() }).unwrap();
    assert_eq!(merged.dataset.units.len(), 1);
    assert_eq!(merged.dataset.report.published.map(|d| d.to_string()), Some("2023-12-20".to_owned()));
    assert!(merged.decisions.iter().any(|d| matches!(d, Decision::DuplicateDropped { kept, .. } if kept == "b.txt")));
}

#[test]
fn a_round_summary_is_audited_against_the_sum_of_the_units() {
    let units = vec![
        imported("a.txt", &report("自然资源局", "2023年12月20日", ["已完成", "正在整改"])),
        imported("b.txt", &report("交通运输局", "2023年12月21日", ["已完成", "正在整改"])),
    ];
    let agreeing =
        imported("summary.txt", "某县第二轮巡察整改情况\n截至目前，巡察反馈问题6个，已完成4个，正在整改2个。\n");
    let merged = merge(units.clone(), MergeOptions { summary: Some(agreeing), ..MergeOptions::default() }).unwrap();
    assert_eq!(merged.dataset.declared.problems, Some(6));
    assert!(!warning_kinds(&merged.dataset).iter().any(|k| matches!(k, FindingKind::CountMismatch { .. })));
    let wrong =
        imported("summary.txt", "某县第二轮巡察整改情况\n截至目前，巡察反馈问题7个，已完成5个，正在整改2个。\n");
    let merged = merge(units, MergeOptions { summary: Some(wrong), ..MergeOptions::default() }).unwrap();
    let mismatches =
        warning_kinds(&merged.dataset).into_iter().filter(|k| matches!(k, FindingKind::CountMismatch { .. })).count();
    assert_eq!(mismatches, 2, "the total and the done count disagree with the units'");
}

#[test]
fn nothing_to_merge_is_an_error() {
    assert_eq!(merge(Vec::new(), MergeOptions::default()).unwrap_err(), MergeError::NoInputs);
}
