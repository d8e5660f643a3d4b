//! Loading: bytes in, a [`ValidDataset`] (plus warnings) or a list of errors out. Its parts: [`chunked_text`] (a
//! download's chunks → text, checked for UTF-8 as they arrive), [`arriving`] (a dataset loaded while it downloads),
//! `problem_scan` (the problems found in a growing text), [`json_path`] (where a parse error is), [`limits`] (the
//! largest dataset and string accepted), [`audit`] (declared figures against the problems), and [`finding`] with
//! [`messages`] (what loading reports, worded in Chinese and English).
//!
//! Parse, don't validate: after [`load`] succeeds, every reference in the dataset is known to resolve, and the
//! resolved indices are kept so that nothing downstream looks an id up again.

pub mod arriving;
pub(crate) mod audit;
pub mod chunked_text;
pub mod finding;
pub(crate) mod json_path;
pub mod limits;
pub(crate) mod messages;
mod problem_scan;

use std::cell::Cell;
use std::collections::HashMap;

use serde::Deserialize;

use crate::load::audit::audit;
use crate::load::finding::{Finding, FindingKind, IdKind};
use crate::load::json_path::Stop;
use crate::model::{Dataset, FORMAT_VERSION, Problem};
use crate::valid::{Loaded, ValidDataset};

/// Loads a dataset from raw bytes (UTF-8 JSON; a leading byte-order mark is tolerated with a warning).
pub fn load(input: &[u8]) -> Result<Loaded, Vec<Finding>> {
    let text = match std::str::from_utf8(input) {
        Ok(text) => text,
        Err(e) => return Err(vec![Finding::at("$", FindingKind::NotUtf8 { byte_offset: e.valid_up_to() })]),
    };
    load_str(text)
}

/// Loads a dataset from JSON text.
pub fn load_str(text: &str) -> Result<Loaded, Vec<Finding>> {
    let mut warnings = Vec::new();
    let text = without_byte_order_mark(text, &mut warnings);
    if text.trim().is_empty() {
        return Err(vec![Finding::at("$", FindingKind::Empty)]);
    }
    // A server that answers with its error or login page, or an address that points at a page rather than at the
    // data, gives HTML; saying so beats "a value was expected at line 1, column 1".
    if text.trim_start().starts_with('<') {
        return Err(vec![Finding::at("$", FindingKind::WebPage)]);
    }
    crate::load::limits::check(text).map_err(|finding| vec![finding])?;
    // One pass over the text in the usual case, a valid dataset of this version (a 60 MB round is read once, not
    // twice). Only when that fails is the text read again for its version alone, so that a file of another version
    // gets a message about versions rather than a list of field errors.
    let dataset = match parse_v1(text) {
        Ok(dataset) if dataset.format_version == FORMAT_VERSION && !is_array(text) => dataset,
        parsed => {
            check_version(text).map_err(|finding| vec![finding])?;
            parsed.map_err(|finding| vec![finding])?
        }
    };
    let data = resolve(dataset).map_err(|(_, errors)| errors)?;
    warnings.extend(audit(&data));
    Ok(Loaded { data, warnings })
}

/// Loads a dataset whose problems were parsed already, as they arrived ([`crate::load::arriving`]): `rest` is its text
/// with the problems array emptied (`"problems":[]`), checked against the size limits already.
///
/// Gives `None` when `rest` is not a plain dataset of this version, so that the caller loads the whole text with
/// [`load_str`] instead: its messages are worded for, and point into, the text the visitor has. References are
/// checked and the dataset audited as [`load_str`] does.
pub(crate) fn load_with_problems(rest: &str, problems: Vec<Problem>) -> Option<Result<Loaded, Vec<Finding>>> {
    let mut warnings = Vec::new();
    let rest = without_byte_order_mark(rest, &mut warnings);
    if is_array(rest) {
        return None;
    }
    let mut dataset: Dataset = serde_json::from_str(rest).ok()?;
    if dataset.format_version != FORMAT_VERSION {
        return None;
    }
    dataset.problems = problems;
    Some(match resolve(dataset) {
        Ok(data) => {
            warnings.extend(audit(&data));
            Ok(Loaded { data, warnings })
        }
        Err((_, errors)) => Err(errors),
    })
}

/// The text after a leading byte-order mark, which is tolerated with a warning.
fn without_byte_order_mark<'a>(text: &'a str, warnings: &mut Vec<Finding>) -> &'a str {
    match text.strip_prefix('\u{feff}') {
        Some(rest) => {
            warnings.push(Finding::at("$", FindingKind::ByteOrderMark));
            rest
        }
        None => text,
    }
}

/// Validates a dataset already in memory: the same reference checks and consistency audit as [`load_str`], without
/// a JSON round trip (the importer builds datasets in memory; its property tests check the JSON round trip too).
/// On errors the dataset is handed back with them.
pub fn validate(dataset: Dataset) -> Result<Loaded, (Box<Dataset>, Vec<Finding>)> {
    if dataset.format_version != FORMAT_VERSION {
        let found = u64::from(dataset.format_version);
        return Err((
            Box::new(dataset),
            vec![Finding::at("$.format_version", FindingKind::UnsupportedVersion { found })],
        ));
    }
    let data = resolve(dataset)?;
    let warnings = audit(&data);
    Ok(Loaded { data, warnings })
}

/// Reads only `format_version`, so that a file of another version gets a message about versions rather than a
/// list of field errors. Syntax errors surface here, with their line and column.
fn check_version(text: &str) -> Result<(), Finding> {
    #[derive(Deserialize)]
    struct Probe {
        format_version: Option<Version>,
    }
    // serde would also accept an array in place of the object; a dataset is always an object.
    if is_array(text) {
        let expected = "a JSON object (the dataset)".to_owned();
        return Err(Finding::at("$", FindingKind::WrongType { found: "sequence".to_owned(), expected }));
    }
    let probe: Probe = deserialize_located(text)?;
    match probe.format_version {
        None => Err(Finding::at("$", FindingKind::MissingVersion)),
        Some(Version::Number(found)) if found == u64::from(FORMAT_VERSION) => Ok(()),
        Some(Version::Number(found)) => Err(Finding::at("$.format_version", FindingKind::UnsupportedVersion { found })),
        Some(Version::Not(found)) => {
            Err(Finding::at("$.format_version", FindingKind::WrongType { found, expected: "u32".to_owned() }))
        }
    }
}

/// What `format_version` holds: a whole number, or what else it is, named for the message. Read by a visitor of
/// its own rather than as a `serde_json::Value`, whose maps and numbers would be compiled into the wasm for this
/// one field.
enum Version {
    Number(u64),
    Not(String),
}

impl<'de> Deserialize<'de> for Version {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(VersionVisitor)
    }
}

struct VersionVisitor;

impl<'de> serde::de::Visitor<'de> for VersionVisitor {
    type Value = Version;

    fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
        formatter.write_str("a format version")
    }

    fn visit_u64<E>(self, value: u64) -> Result<Version, E> {
        Ok(Version::Number(value))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Version, E> {
        Ok(Version::Not(format!("integer `{value}`")))
    }

    fn visit_f64<E>(self, value: f64) -> Result<Version, E> {
        Ok(Version::Not(format!("floating point `{value}`")))
    }

    fn visit_bool<E>(self, value: bool) -> Result<Version, E> {
        Ok(Version::Not(format!("boolean `{value}`")))
    }

    fn visit_str<E>(self, value: &str) -> Result<Version, E> {
        Ok(Version::Not(format!("string {:?}", value.chars().take(40).collect::<String>())))
    }

    fn visit_unit<E>(self) -> Result<Version, E> {
        Ok(Version::Not("null".to_owned()))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Version, A::Error> {
        while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
        Ok(Version::Not("sequence".to_owned()))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Version, A::Error> {
        while map.next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?.is_some() {}
        Ok(Version::Not("map".to_owned()))
    }
}

/// True when the JSON text is an array at the top level.
fn is_array(text: &str) -> bool {
    text.trim_start().starts_with('[')
}

fn parse_v1(text: &str) -> Result<Dataset, Finding> {
    deserialize_located(text)
}

/// Parses `text`; an error says where, as a JSON path worked out from its line and column.
fn deserialize_located<'de, T: Deserialize<'de>>(text: &'de str) -> Result<T, Finding> {
    serde_json::from_str(text).map_err(|err| {
        use serde_json::error::Category;
        let stop = match err.classify() {
            Category::Syntax => Stop::Syntax,
            Category::Data if !err.to_string().starts_with("missing field") => Stop::Value,
            _ => Stop::Object,
        };
        let path = match err.line() {
            0 => "$".to_owned(),
            line => json_path::path_at(text, line, err.column(), stop),
        };
        from_serde_error(path, &err)
    })
}

fn from_serde_error(path: String, err: &serde_json::Error) -> Finding {
    use serde_json::error::Category;
    let full = err.to_string();
    // serde_json appends " at line L column C"; the position is kept separately.
    let detail = match full.rfind(" at line ") {
        Some(cut) => full[..cut].to_owned(),
        None => full,
    };
    let kind = match err.classify() {
        Category::Eof => FindingKind::Truncated,
        Category::Syntax | Category::Io if detail.starts_with("recursion limit exceeded") => FindingKind::TooDeep,
        Category::Syntax | Category::Io => FindingKind::Syntax { detail },
        Category::Data => classify_data_error(&detail),
    };
    let position = (err.line() > 0).then_some((err.line(), err.column()));
    // A path 128 levels deep helps nobody; the position says where.
    let path = if kind == FindingKind::TooDeep { "$".to_owned() } else { path };
    Finding { path, position, kind }
}

/// Turns serde's English data errors into typed findings so that each language can word them.
fn classify_data_error(detail: &str) -> FindingKind {
    let first_quoted = |s: &str| -> String { s.split('`').nth(1).unwrap_or_default().to_owned() };
    if let Some(rest) = detail.strip_prefix("missing field ") {
        return FindingKind::MissingField { field: first_quoted(rest) };
    }
    if let Some(rest) = detail.strip_prefix("unknown field ") {
        return FindingKind::UnknownField { field: first_quoted(rest) };
    }
    if let Some(rest) = detail.strip_prefix("duplicate field ") {
        return FindingKind::DuplicateField { field: first_quoted(rest) };
    }
    if let Some(rest) = detail.strip_prefix("unknown variant ") {
        let found = first_quoted(rest);
        let expected = rest
            .split_once("expected")
            .map(|(_, list)| list.split('`').skip(1).step_by(2).map(str::to_owned).collect())
            .unwrap_or_default();
        return FindingKind::UnknownVariant { found, expected };
    }
    for (prefix, wrong_type) in [("invalid type: ", true), ("invalid value: ", false)] {
        if let Some(rest) = detail.strip_prefix(prefix)
            && let Some((found, expected)) = rest.split_once(", expected ")
        {
            let (found, expected) = (found.to_owned(), expected.to_owned());
            return if wrong_type {
                FindingKind::WrongType { found, expected }
            } else {
                FindingKind::InvalidValue { found, expected }
            };
        }
    }
    FindingKind::Other { detail: detail.to_owned() }
}

/// Checks ids and references, collecting every error rather than stopping at the first; on errors the dataset is
/// handed back with them.
fn resolve(dataset: Dataset) -> Result<ValidDataset, (Box<Dataset>, Vec<Finding>)> {
    let mut errors = Vec::new();

    if dataset.units.is_empty() {
        errors.push(Finding::at("$.units", FindingKind::NoUnits));
    }
    if dataset.statuses.is_empty() {
        errors.push(Finding::at("$.statuses", FindingKind::EmptyStatuses));
    }
    let units = index_ids(IdKind::Unit, "units", dataset.units.iter().map(|u| u.id.as_str()), &mut errors);
    let statuses = index_ids(IdKind::Status, "statuses", dataset.statuses.iter().map(|s| s.id.as_str()), &mut errors);
    let categories =
        index_ids(IdKind::Category, "categories", dataset.categories.iter().map(|c| c.id.as_str()), &mut errors);
    let sections = index_ids(IdKind::Section, "sections", dataset.sections.iter().map(|s| s.id.as_str()), &mut errors);
    index_ids(IdKind::Problem, "problems", dataset.problems.iter().map(|p| p.id.as_str()), &mut errors);

    // The path is written only for a reference that is not found: formatting four paths per problem took longer
    // than the lookups themselves on a round of 100,000 problems.
    let lookup = |index: &IdIndex, of: IdKind, id: &str, path: &dyn Fn() -> String, errors: &mut Vec<Finding>| {
        let found = index.get(id);
        if found.is_none() {
            errors.push(Finding::at(path(), FindingKind::UnknownReference { of, id: id.to_owned() }));
        }
        found
    };

    let count = dataset.problems.len();
    let (mut problem_unit, mut problem_category, mut problem_status) =
        (Vec::with_capacity(count), Vec::with_capacity(count), Vec::with_capacity(count));
    for (i, problem) in dataset.problems.iter().enumerate() {
        let path = |field: &str| format!("$.problems[{i}]{field}");
        let unit = match &problem.unit {
            Some(id) => lookup(&units, IdKind::Unit, id, &|| path(".unit"), &mut errors),
            None if dataset.units.len() == 1 => Some(0),
            None if dataset.units.is_empty() => None, // already reported as NoUnits
            None => {
                errors.push(Finding::at(path(""), FindingKind::UnitRequired));
                None
            }
        };
        let category = lookup(&categories, IdKind::Category, &problem.category, &|| path(".category"), &mut errors);
        let status = lookup(&statuses, IdKind::Status, &problem.status, &|| path(".status"), &mut errors);
        if let Some(section) = &problem.section {
            lookup(&sections, IdKind::Section, section, &|| path(".section"), &mut errors);
        }
        for (j, item) in problem.sub_items.iter().enumerate() {
            if let Some(status) = &item.status {
                lookup(&statuses, IdKind::Status, status, &|| path(&format!(".sub_items[{j}].status")), &mut errors);
            }
        }
        problem_unit.push(unit.unwrap_or_default());
        problem_category.push(category.unwrap_or_default());
        problem_status.push(status.unwrap_or_default());
    }

    let declared_by_status = std::iter::once(("$.declared".to_owned(), &dataset.declared)).chain(
        dataset
            .units
            .iter()
            .enumerate()
            .filter_map(|(i, u)| u.declared.as_ref().map(|d| (format!("$.units[{i}].declared"), d))),
    );
    for (path, declared) in declared_by_status {
        for (k, count) in declared.by_status.iter().enumerate() {
            lookup(&statuses, IdKind::Status, &count.status, &|| format!("{path}.by_status[{k}].status"), &mut errors);
        }
    }

    if !errors.is_empty() {
        return Err((Box::new(dataset), errors));
    }
    let mut statuses_in_order: Vec<usize> = (0..dataset.statuses.len()).collect();
    // `order` is an i32: shifted by 2³¹ it orders as an unsigned key.
    crate::order::sort_by_key(&mut statuses_in_order, |&s| (i64::from(dataset.statuses[s].order) + (1 << 31)) as u64);
    Ok(ValidDataset::from_parts(dataset, problem_unit, problem_category, problem_status, statuses_in_order))
}

/// The position of each id of one kind of record, for resolving the references to it.
///
/// Most references need no hashing: a round lists each unit's problems together, so a unit is most often the one
/// looked up just before, and statuses and categories are few enough to compare one by one. Hashing the 300,000
/// references of a 100,000-problem round was about a third of resolving it in wasm.
struct IdIndex<'a> {
    positions: HashMap<&'a str, usize>,
    /// The same ids and positions, when there are at most [`IdIndex::FEW`] of them.
    few: Vec<(&'a str, usize)>,
    last: Cell<Option<(&'a str, usize)>>,
}

impl<'a> IdIndex<'a> {
    const FEW: usize = 16;

    fn new(positions: HashMap<&'a str, usize>) -> Self {
        let few = match positions.len() <= Self::FEW {
            true => positions.iter().map(|(&id, &at)| (id, at)).collect(),
            false => Vec::new(),
        };
        Self { positions, few, last: Cell::new(None) }
    }

    fn get(&self, id: &str) -> Option<usize> {
        if let Some((last, at)) = self.last.get()
            && last == id
        {
            return Some(at);
        }
        let found = match self.positions.len() <= Self::FEW {
            true => self.few.iter().find(|(known, _)| *known == id).copied(),
            false => self.positions.get_key_value(id).map(|(&known, &at)| (known, at)),
        };
        self.last.set(found.or(self.last.get()));
        found.map(|(_, at)| at)
    }
}

/// Maps each id to its position, reporting empty and duplicate ids.
fn index_ids<'a>(
    of: IdKind,
    field: &str,
    ids: impl Iterator<Item = &'a str>,
    errors: &mut Vec<Finding>,
) -> IdIndex<'a> {
    let mut index = HashMap::with_capacity(ids.size_hint().0);
    // Paths are written only for an id in error (one `format!` per problem was a good part of resolving a round).
    let path = |i: usize| format!("$.{field}[{i}].id");
    for (i, id) in ids.enumerate() {
        if id.is_empty() {
            errors.push(Finding::at(path(i), FindingKind::EmptyId { of }));
        } else if let Some(&first) = index.get(id) {
            errors.push(Finding::at(path(i), FindingKind::DuplicateId { of, id: id.to_owned(), first: path(first) }));
        } else {
            index.insert(id, i);
        }
    }
    IdIndex::new(index)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_index_finds_what_a_map_finds_whatever_was_looked_up_before() {
        for count in [1, IdIndex::FEW, IdIndex::FEW + 1, 500] {
            let ids: Vec<String> = (0..count).map(|i| format!("u{i:03}")).collect();
            let mut errors = Vec::new();
            let index = index_ids(IdKind::Unit, "units", ids.iter().map(String::as_str), &mut errors);
            assert!(errors.is_empty());
            // Runs of one id (as a round lists a unit's problems), ids in turn, and unknown ids in between.
            let lookups = ["u000", "u000", "x", "u000", "", "u001", "u001", "u000", "zz", "zz"]
                .into_iter()
                .chain(ids.iter().rev().map(String::as_str))
                .chain(ids.iter().map(String::as_str));
            for id in lookups {
                assert_eq!(index.get(id), ids.iter().position(|known| known == id), "{id} among {count}");
            }
        }
    }
}
