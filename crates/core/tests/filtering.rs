//! Filtering, sorting and blame on the reference dataset.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot unwrap has failed anyway

use std::path::Path;

use zhenggai_core::view::filter::{FilterKind, Filterable};
use zhenggai_core::view::view_state::{SortKey, ViewState};

fn reference() -> Filterable {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/shaoyang-jingkaiqu-2023-12-22.json");
    Filterable::new(zhenggai_core::load(&std::fs::read(path).unwrap()).unwrap().data)
}

fn ids(filterable: &Filterable, found: &[usize]) -> Vec<String> {
    found.iter().map(|&p| filterable.data().problems()[p].id.clone()).collect()
}

#[test]
fn no_filter_keeps_report_order() {
    let f = reference();
    let found = f.matching(&ViewState::default());
    assert_eq!(found, (0..15).collect::<Vec<_>>());
}

#[test]
fn categories_and_statuses_combine_with_and_and_within_with_or() {
    let f = reference();
    let state = ViewState {
        categories: vec!["c6".into(), "c7".into()],
        statuses: vec!["jiben-wancheng".into(), "wancheng".into()],
        ..ViewState::default()
    };
    assert_eq!(ids(&f, &f.matching(&state)), ["p12", "p13"]);
}

#[test]
fn search_finds_chinese_substrings_across_fields_and_pdf_spaces() {
    let f = reference();
    let search = |q: &str| ids(&f, &f.matching(&ViewState { search: q.into(), ..ViewState::default() }));
    assert_eq!(search("安置房"), ["p07"]);
    assert_eq!(search("700套"), ["p07"], "the text says “近 700 套”");
    assert_eq!(search("人事管理办法"), ["p13"], "regulation titles are searched");
    assert_eq!(search("平台公司借用人员"), ["p12"], "titles are searched");
    assert!(search("不存在的词").is_empty());
}

#[test]
fn a_search_index_folded_in_slices_finds_what_one_folded_at_once_finds() {
    let queries = ["整改", "安置房", "700套", "人事管理办法", "不存在的词"];
    let found = |f: &Filterable| -> Vec<Vec<usize>> {
        queries.iter().map(|q| f.matching(&ViewState { search: (*q).into(), ..ViewState::default() })).collect()
    };
    let at_once = reference();
    at_once.prepare_search();
    let expected = found(&at_once);
    assert!(expected[0].len() > 1 && expected[3].len() == 1, "the queries must find something: {expected:?}");

    // Four problems at a time: fifteen problems take four slices, the last one completing the index.
    let sliced = reference();
    let done: Vec<bool> = (0..5).map(|_| sliced.prepare_search_slice(4)).collect();
    assert_eq!(done, [false, false, false, true, true]);
    assert_eq!(found(&sliced), expected);

    // A search made halfway folds the rest at once, and later slices have nothing left to do.
    let halfway = reference();
    assert!(!halfway.prepare_search_slice(7));
    assert_eq!(found(&halfway), expected);
    assert!(halfway.prepare_search_slice(1));
}

#[test]
fn open_deadlines_are_those_not_past_at_the_as_of_date() {
    let f = reference();
    let state = ViewState { open_deadline: true, ..ViewState::default() };
    assert_eq!(ids(&f, &f.matching(&state)), ["p07", "p08", "p09", "p10"]);
}

#[test]
fn sorting_by_status_follows_the_status_order_and_is_stable() {
    let f = reference();
    let found = f.matching(&ViewState { sort: SortKey::Status, ..ViewState::default() });
    let labels: Vec<&str> = found.iter().map(|&p| f.data().status(p).label.as_str()).collect();
    assert_eq!(labels[0], "完成");
    assert_eq!(&labels[1..5], ["基本完成"; 4]);
    assert_eq!(labels[14], "长期整改 II");
    assert_eq!(ids(&f, &found[1..5]), ["p03", "p04", "p06", "p12"], "ties keep report order");
}

#[test]
fn blame_names_the_filters_that_empty_the_list() {
    let f = reference();
    let state = ViewState { statuses: vec!["wancheng".into()], search: "安置房".into(), ..ViewState::default() };
    assert!(f.matching(&state).is_empty());
    assert_eq!(f.blame(&state), [FilterKind::Status, FilterKind::Search]);
    let state =
        ViewState { search: "不存在的词".into(), statuses: vec!["wancheng".into()], ..ViewState::default() };
    assert_eq!(f.blame(&state), [FilterKind::Search], "dropping the status alone would still find nothing");
}
