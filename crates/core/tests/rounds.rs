//! Whole inspection rounds: unit standings, the deadline timeline and the overdue filter.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot unwrap has failed anyway

use serde_json::json;
use zhenggai_core::analysis::deadline::timeline;
use zhenggai_core::analysis::standings::rank_units;
use zhenggai_core::analysis::tally::Tally;
use zhenggai_core::view::filter::{FilterKind, Filterable};
use zhenggai_core::view::view_state::ViewState;
use zhenggai_core::{ValidDataset, load_str};

/// Three units: A finished 2 of 2, B 1 of 3 (plus 1 mostly done), C 0 of 1; C has no problems counted when
/// filtered away.
fn round() -> ValidDataset {
    let problem = |id: &str, unit: &str, status: &str, due: Option<&str>| {
        let deadlines =
            due.map(|d| vec![json!({ "due": d, "kind": "by", "promise": format!("{id} 的承诺"), "text": "时限" })]);
        json!({
            "id": id, "unit": unit, "category": "c1", "number": id, "title": format!("问题 {id}"), "status": status,
            "measures": ["时限"], "deadlines": deadlines.unwrap_or_default()
        })
    };
    let dataset = json!({
        "format_version": 1,
        "report": {
            "title": "某轮巡视整改进展", "issuer": "某省委巡视办", "as_of": "2024-06-30",
            "inspection": { "kind": "xunshi", "team": "第一巡视组" }
        },
        "units": [{ "id": "a", "name": "甲局" }, { "id": "b", "name": "乙局" }, { "id": "c", "name": "丙县" }],
        "statuses": [
            { "id": "done", "label": "完成", "order": 1, "kind": "done" },
            { "id": "mostly", "label": "基本完成", "order": 2, "kind": "mostly_done" },
            { "id": "going", "label": "正在整改", "order": 3, "kind": "in_progress" }
        ],
        "categories": [{ "id": "c1", "title": "党的领导方面" }],
        "problems": [
            problem("a1", "a", "done", Some("2024-03")),
            problem("a2", "a", "done", None),
            problem("b1", "b", "done", None),
            problem("b2", "b", "mostly", Some("2024-05-31")),
            problem("b3", "b", "going", Some("2025-12")),
            problem("c1", "c", "going", Some("2024-09")),
        ]
    });
    load_str(&dataset.to_string()).map_err(|e| format!("{e:#?}")).unwrap().data
}

#[test]
fn units_are_ranked_by_completion_rate() {
    let data = round();
    let standings = rank_units(&data, &Tally::all(&data));
    let ranked: Vec<(usize, usize, usize)> = standings.iter().map(|s| (s.unit, s.done, s.total)).collect();
    assert_eq!(ranked, [(0, 2, 2), (1, 1, 3), (2, 0, 1)]);
    assert_eq!(standings[1].mostly_done, 1);
    assert!((standings[1].done_rate - 100.0 / 3.0).abs() < 1e-9);
    assert!((standings[1].settled_rate - 200.0 / 3.0).abs() < 1e-9);
}

#[test]
fn units_without_counted_problems_are_left_out_of_the_ranking() {
    let data = round();
    let only_going = Tally::of(&data, [4, 5]);
    let units: Vec<usize> = rank_units(&data, &only_going).iter().map(|s| s.unit).collect();
    assert_eq!(units, [1, 2], "甲局 has none of these; 乙局 and 丙县 tie at 0 % with one each: report order");
}

#[test]
fn the_timeline_lists_deadlines_earliest_first() {
    let data = round();
    let entries = timeline(&data, 0..data.problems().len());
    let order: Vec<&str> = entries.iter().map(|e| data.problems()[e.problem].id.as_str()).collect();
    assert_eq!(order, ["a1", "b2", "c1", "b3"]);
}

#[test]
fn overdue_means_past_and_not_done_at_the_given_day() {
    let data = round();
    let ids = |f: &Filterable| -> Vec<String> {
        let state = ViewState { overdue: true, ..ViewState::default() };
        f.matching(&state).into_iter().map(|p| f.data().problems()[p].id.clone()).collect()
    };
    // At the report's date (2024-06-30): a1 is past but done; b2 (due 2024-05-31, mostly done) is overdue.
    assert_eq!(ids(&Filterable::new(data.clone())), ["b2"]);
    // Today, later: c1 (2024-09) too; b3 (2025-12) not yet.
    assert_eq!(ids(&Filterable::at(data.clone(), (2025, 1, 15))), ["b2", "c1"]);
    assert_eq!(ids(&Filterable::at(data, (2026, 1, 1))), ["b2", "b3", "c1"]);
}

#[test]
fn the_overdue_filter_is_named_when_it_empties_the_list() {
    let data = round();
    let f = Filterable::at(data, (2025, 1, 15));
    let state = ViewState { overdue: true, units: vec!["a".into()], ..ViewState::default() };
    assert!(f.matching(&state).is_empty());
    assert_eq!(f.blame(&state), [FilterKind::Unit, FilterKind::Overdue]);
}
