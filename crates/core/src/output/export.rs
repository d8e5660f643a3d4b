//! Exports of the problems a visitor has filtered: CSV for spreadsheets, and JSON in the dataset format.

use crate::load::messages::Lang;
use crate::model::Dataset;
use crate::valid::ValidDataset;

/// The byte-order mark that makes Excel read a CSV file as UTF-8 (without it, Chinese turns into mojibake).
pub const UTF8_BOM: char = '\u{feff}';

/// The CSV columns, in order, with their Chinese and English headers. Documented in docs/export.md.
pub const CSV_COLUMNS: [(&str, &str); 11] = [
    ("问题编号", "id"),
    ("序号", "number"),
    ("单位", "unit"),
    ("问题类别", "category"),
    ("问题", "title"),
    ("整改状态", "status"),
    ("状态类别", "status_kind"),
    ("整改情况", "measures"),
    ("数据", "metrics"),
    ("制度文件", "regulations"),
    ("整改时限", "deadlines"),
];

/// One CSV field: quoted when needed (RFC 4180), and defused when a spreadsheet would read it as a formula.
fn field(text: &str) -> String {
    // "=HYPERLINK(…)" in a dataset must stay text in Excel: a leading apostrophe keeps it from being a formula.
    let defused = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_owned() };
    if defused.contains([',', '"', '\n', '\r']) { format!("\"{}\"", defused.replace('"', "\"\"")) } else { defused }
}

/// The problems `problems` (indices, in the order given) as CSV with a BOM, a header row and CRLF line ends.
pub fn csv(data: &ValidDataset, problems: &[usize], lang: Lang) -> String {
    let dataset = data.dataset();
    let mut out = String::new();
    out.push(UTF8_BOM);
    let header: Vec<&str> = CSV_COLUMNS.iter().map(|(zh, en)| if lang == Lang::Zh { *zh } else { *en }).collect();
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    for &p in problems {
        let problem = &data.problems()[p];
        let status = data.status(p);
        let metrics: Vec<String> = problem.metrics.iter().map(|m| format!("{}：{}", m.measure, m.text)).collect();
        let regulations: Vec<String> = problem.regulations.iter().map(|r| format!("《{}》", r.title)).collect();
        let deadlines: Vec<String> = problem.deadlines.iter().map(|d| format!("{} {}", d.due, d.promise)).collect();
        let row = [
            problem.id.as_str(),
            problem.number.as_str(),
            dataset.units[data.unit_of(p)].name.as_str(),
            dataset.categories[data.category_of(p)].title.as_str(),
            problem.title.as_str(),
            status.label.as_str(),
            status.kind.as_str(),
            &problem.measures.join("\n"),
            &metrics.join("；"),
            &regulations.join(""),
            &deadlines.join("；"),
        ]
        .map(field);
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The dataset with only `problems` kept. The report's declared figures describe the whole report, so they are
/// dropped when the subset is smaller (they would only produce mismatch warnings).
pub fn subset(data: &ValidDataset, problems: &[usize]) -> Dataset {
    let mut dataset = data.dataset().clone();
    let all = dataset.problems.len();
    let mut keep = vec![false; all];
    for &p in problems {
        if let Some(slot) = keep.get_mut(p) {
            *slot = true;
        }
    }
    let mut index = 0;
    dataset.problems.retain(|_| {
        let kept = keep[index];
        index += 1;
        kept
    });
    if dataset.problems.len() < all {
        dataset.declared = Default::default();
        for unit in &mut dataset.units {
            unit.declared = None;
        }
        for category in &mut dataset.categories {
            category.declared_problems = None;
        }
    }
    dataset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("line\nbreak"), "\"line\nbreak\"");
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("-1"), "'-1");
    }
}
