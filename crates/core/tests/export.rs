//! Exports of the reference dataset.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot unwrap has failed anyway

use std::path::Path;

use zhenggai_core::output::export::{CSV_COLUMNS, csv, subset};
use zhenggai_core::{Lang, ValidDataset, load, load_str};

fn reference() -> ValidDataset {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/shaoyang-jingkaiqu-2023-12-22.json");
    load(&std::fs::read(path).unwrap()).unwrap().data
}

#[test]
fn csv_starts_with_a_bom_and_has_one_row_per_problem() {
    let data = reference();
    let text = csv(&data, &[12, 6], Lang::Zh);
    assert!(text.starts_with('\u{feff}'), "Excel needs the BOM to read UTF-8");
    let body = &text['\u{feff}'.len_utf8()..];
    let header = body.split("\r\n").next().unwrap();
    assert_eq!(header, CSV_COLUMNS.map(|(zh, _)| zh).join(","));
    assert!(body.contains(
        "\r\np13,13,邵阳经济技术开发区,管理体制机制不够完善,关于平台公司人员招录程序不够规范的问题,完成,done,"
    ));
    assert!(body.contains("《邵阳经开区集体土地上房屋征收补偿安置若干实施细则》"));
    assert!(body.contains("2024-05 完成工程建设扫尾；2024-06 预计交付到位"));
    assert_eq!(body.matches("\r\np").count(), 2, "two data rows, in the order given");
    let english = csv(&data, &[], Lang::En);
    assert_eq!(
        english,
        "\u{feff}id,number,unit,category,title,status,status_kind,measures,metrics,regulations,deadlines\r\n"
    );
}

#[test]
fn a_subset_is_a_valid_dataset_without_the_whole_report_figures() {
    let data = reference();
    let part = subset(&data, &[0, 14]);
    assert_eq!(part.problems.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(), ["p01", "p15"]);
    assert!(part.declared.is_empty(), "declared figures describe the whole report");
    let loaded = load_str(&serde_json::to_string(&part).unwrap()).unwrap();
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    let whole = subset(&data, &(0..15).collect::<Vec<_>>());
    assert_eq!(&whole, data.dataset(), "the full selection is the dataset itself");
}
