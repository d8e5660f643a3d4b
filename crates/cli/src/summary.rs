//! `zhenggai summary`: one JSON object describing a dataset, labels exactly as the dataset prints them.

use serde_json::{Map, Value, json};
use zhenggai_core::analysis::tally::Tally;
use zhenggai_core::model::{Declared, Settled};
use zhenggai_core::{Lang, Loaded, ValidDataset};

/// Builds the summary object. Keys keep the dataset's order (statuses by their `order`, categories as listed).
pub fn summary_json(loaded: &Loaded, lang: Lang) -> Value {
    let data = &loaded.data;
    let dataset = data.dataset();
    let tally = Tally::all(data);

    let mut by_status = Map::new();
    for &s in data.statuses_in_order() {
        add_count(&mut by_status, &dataset.statuses[s].label, tally.by_status[s] as u64);
    }
    let mut by_category = Map::new();
    for (c, category) in dataset.categories.iter().enumerate() {
        add_count(&mut by_category, &category.title, tally.by_category[c] as u64);
    }
    let warnings: Vec<Value> =
        loaded.warnings.iter().map(|w| json!({ "path": w.path, "message": w.message(lang) })).collect();

    json!({
        "units": dataset.units.len(),
        "categories": dataset.categories.len(),
        "problems": tally.total,
        "by_status": by_status,
        "by_category": by_category,
        "declared": declared_json(data, &dataset.declared),
        "warnings": warnings,
    })
}

/// Two statuses or categories may share a label in a merged round; their counts add up.
fn add_count(map: &mut Map<String, Value>, label: &str, count: u64) {
    let previous = map.get(label).and_then(Value::as_u64).unwrap_or_default();
    map.insert(label.to_owned(), Value::from(previous + count));
}

/// The declared figures, with status ids replaced by their labels and absent figures left out.
fn declared_json(data: &ValidDataset, declared: &Declared) -> Value {
    let statuses = &data.dataset().statuses;
    let mut out = Map::new();
    let mut put = |key: &str, value: Option<Value>| {
        if let Some(value) = value {
            out.insert(key.to_owned(), value);
        }
    };
    let settled = |pair: Option<Settled>| pair.map(|p| json!({ "total": p.total, "settled": p.settled }));

    put("as_of", declared.as_of.map(|d| Value::from(d.to_string())));
    put("categories", declared.categories.map(Value::from));
    put("problems", declared.problems.map(Value::from));
    if !declared.by_status.is_empty() {
        let mut by_status = Map::new();
        for count in &declared.by_status {
            let label = statuses.iter().find(|s| s.id == count.status).map_or(count.status.as_str(), |s| &s.label);
            add_count(&mut by_status, label, u64::from(count.count));
        }
        put("by_status", Some(Value::Object(by_status)));
    }
    put("completion_rate", declared.completion_rate.map(Value::from));
    put("measures", settled(declared.measures));
    put("petitions", settled(declared.petitions));
    put("immediate_rectification", settled(declared.immediate_rectification));
    put("documents_issued", declared.documents_issued.map(Value::from));
    for (key, counts) in [("meetings", &declared.meetings), ("other", &declared.other)] {
        if !counts.is_empty() {
            let mut map = Map::new();
            for count in counts {
                add_count(&mut map, &count.label, u64::from(count.count));
            }
            put(key, Some(Value::Object(map)));
        }
    }
    Value::Object(out)
}
