//! The reference report (data/shaoyang-jingkaiqu-2023-12-22.json) as the project's default dataset.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot unwrap has failed anyway

use std::path::Path;

use zhenggai_core::analysis::tally::Tally;
use zhenggai_core::model::StatusKind;
use zhenggai_core::{Loaded, load};

fn reference() -> Loaded {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/shaoyang-jingkaiqu-2023-12-22.json");
    let bytes = std::fs::read(&path).unwrap();
    load(&bytes).unwrap_or_else(|errors| panic!("the reference dataset must load: {errors:#?}"))
}

#[test]
fn loads_without_warnings() {
    let loaded = reference();
    assert!(loaded.warnings.is_empty(), "{:#?}", loaded.warnings);
}

#[test]
fn has_fifteen_problems_in_seven_categories_with_the_declared_statuses() {
    let loaded = reference();
    let data = &loaded.data;
    let dataset = data.dataset();
    let tally = Tally::all(data);
    assert_eq!(tally.total, 15);
    assert_eq!(dataset.categories.len(), 7);
    assert!(tally.by_category.iter().all(|&n| n > 0), "every category has a problem: {:?}", tally.by_category);
    let by_label: Vec<(&str, usize)> =
        data.statuses_in_order().iter().map(|&s| (dataset.statuses[s].label.as_str(), tally.by_status[s])).collect();
    assert_eq!(by_label, [("完成", 1), ("基本完成", 4), ("长期整改 I", 9), ("长期整改 II", 1)]);
    assert_eq!(tally.kind(StatusKind::LongTerm), 10);
    assert_eq!(dataset.declared.problems, Some(15));
    assert_eq!(dataset.declared.petitions.map(|p| (p.total, p.settled)), Some((13, Some(13))));
    assert_eq!(dataset.declared.documents_issued, Some(21));
}

#[test]
fn every_fact_quotes_its_own_measures_text() {
    let loaded = reference();
    for problem in loaded.data.problems() {
        let text = problem.measures.join("\n");
        for metric in &problem.metrics {
            assert!(text.contains(&metric.text), "{}: metric {:?} not in the measures", problem.id, metric.text);
        }
        for deadline in &problem.deadlines {
            assert!(text.contains(&deadline.text), "{}: deadline {:?} not in the measures", problem.id, deadline.text);
        }
        for regulation in &problem.regulations {
            let quoted = format!("《{}》", regulation.title);
            assert!(text.contains(&quoted), "{}: regulation {quoted} not in the measures", problem.id);
        }
    }
}

#[test]
fn carries_no_extraction_artefacts() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/shaoyang-jingkaiqu-2023-12-22.json"),
    )
    .unwrap();
    for artefact in ["**", " and ", "辦", "\\n"] {
        assert!(!text.contains(artefact), "the dataset still contains {artefact:?}");
    }
}

#[test]
fn round_trips_through_serde_without_loss() {
    let loaded = reference();
    let dataset = loaded.data.into_dataset();
    let again = serde_json::to_string(&dataset).unwrap();
    let reloaded = zhenggai_core::load_str(&again).unwrap().data.into_dataset();
    assert_eq!(dataset, reloaded);
}
