//! What a visitor is looking at (filters, search, sort, the open problem), and its encoding in a shareable link.
//!
//! The state lives in the host page's query string under the widget's own namespaced keys (`zg.c=c1,c3`), so that
//! several widgets and the host's own keys can share one URL. Decoding is forgiving: anything unknown, malformed
//! or oversized is dropped and the rest of the state kept; it never fails.

use std::fmt;

/// The default key prefix.
pub const DEFAULT_NAMESPACE: &str = "zg.";

/// The link format version written as `<ns>v`. Links of another version are ignored as a whole.
pub const LINK_VERSION: &str = "1";

/// Longest search text kept from a link, in characters.
pub const MAX_SEARCH_CHARS: usize = 200;
/// Longest id kept from a link, in characters.
pub const MAX_ID_CHARS: usize = 100;
/// Most ids kept per list from a link.
pub const MAX_IDS: usize = 500;

/// How the problem list is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum SortKey {
    /// Report order.
    #[default]
    Number,
    /// By status order, then report order.
    Status,
    /// By category order, then report order.
    Category,
}

impl SortKey {
    /// Every key, in menu order.
    pub const ALL: [SortKey; 3] = [SortKey::Number, SortKey::Status, SortKey::Category];

    /// The word used in links.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Number => "number",
            Self::Status => "status",
            Self::Category => "category",
        }
    }

    /// Reads a link word; `None` for anything else.
    pub fn parse(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == word)
    }
}

/// The whole view state of one widget.
#[derive(Debug, Clone, PartialEq, Eq, Default, Hash)]
pub struct ViewState {
    /// Selected category ids; empty means all.
    pub categories: Vec<String>,
    /// Selected status ids; empty means all.
    pub statuses: Vec<String>,
    /// Selected unit ids; empty means all.
    pub units: Vec<String>,
    /// Free-text search.
    pub search: String,
    /// Only problems with a deadline still open at the report's as-of date.
    pub open_deadline: bool,
    /// Only problems with an overdue deadline: past today, and the problem not reported done.
    pub overdue: bool,
    /// List order.
    pub sort: SortKey,
    /// The problem whose detail is open.
    pub open: Option<String>,
}

/// The short key names after the namespace prefix.
mod key {
    pub const VERSION: &str = "v";
    pub const CATEGORIES: &str = "c";
    pub const STATUSES: &str = "s";
    pub const UNITS: &str = "u";
    pub const SEARCH: &str = "q";
    pub const OPEN_DEADLINE: &str = "dl";
    pub const OVERDUE: &str = "od";
    pub const SORT: &str = "sort";
    pub const OPEN: &str = "p";
    pub const ALL: [&str; 9] = [VERSION, CATEGORIES, STATUSES, UNITS, SEARCH, OPEN_DEADLINE, OVERDUE, SORT, OPEN];
}

impl ViewState {
    /// True when nothing is filtered, searched, sorted or opened.
    pub fn is_default(&self) -> bool {
        *self == Self::default()
    }

    /// True when any filter or search narrows the list.
    pub fn is_filtered(&self) -> bool {
        let Self { categories, statuses, units, search, open_deadline, overdue, sort: _, open: _ } = self;
        !categories.is_empty()
            || !statuses.is_empty()
            || !units.is_empty()
            || !search.trim().is_empty()
            || *open_deadline
            || *overdue
    }

    /// Adds `id` to a selection list, or removes it if present, keeping the list sorted.
    pub fn toggle(list: &mut Vec<String>, id: &str) {
        match list.binary_search_by(|probe| probe.as_str().cmp(id)) {
            Ok(at) => {
                list.remove(at);
            }
            Err(at) => list.insert(at, id.to_owned()),
        }
    }

    /// The state as `(key, value)` pairs under `namespace`, leaving defaults out. Empty for the default state.
    pub fn to_pairs(&self, namespace: &str) -> Vec<(String, String)> {
        let Self { categories, statuses, units, search, open_deadline, overdue, sort, open } = self;
        if self.is_default() {
            return Vec::new();
        }
        let k = |name: &str| format!("{namespace}{name}");
        let mut pairs = vec![(k(key::VERSION), LINK_VERSION.to_owned())];
        for (name, list) in [(key::CATEGORIES, categories), (key::STATUSES, statuses), (key::UNITS, units)] {
            if !list.is_empty() {
                pairs.push((k(name), list.join(",")));
            }
        }
        if !search.is_empty() {
            pairs.push((k(key::SEARCH), search.clone()));
        }
        if *open_deadline {
            pairs.push((k(key::OPEN_DEADLINE), "1".to_owned()));
        }
        if *overdue {
            pairs.push((k(key::OVERDUE), "1".to_owned()));
        }
        if *sort != SortKey::default() {
            pairs.push((k(key::SORT), sort.as_str().to_owned()));
        }
        if let Some(open) = open {
            pairs.push((k(key::OPEN), open.clone()));
        }
        pairs
    }

    /// Reads the state from decoded query pairs, ignoring keys outside `namespace`.
    ///
    /// Forgiving by design: malformed values are dropped one by one; a repeated key keeps its first value; a link
    /// of another version yields the default state. Ids are not checked against a dataset here: see
    /// [`ViewState::retain_known`].
    pub fn from_pairs<'a>(namespace: &str, pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut seen: Vec<&str> = Vec::new();
        let mut state = Self::default();
        for (name, value) in pairs {
            let Some(short) = name.strip_prefix(namespace) else { continue };
            let Some(&short) = key::ALL.iter().find(|&&k| k == short) else { continue };
            if seen.contains(&short) {
                continue;
            }
            seen.push(short);
            match short {
                key::VERSION if value != LINK_VERSION => return Self::default(),
                key::CATEGORIES => state.categories = id_list(value),
                key::STATUSES => state.statuses = id_list(value),
                key::UNITS => state.units = id_list(value),
                key::SEARCH => {
                    state.search = value.chars().filter(|c| !c.is_control()).take(MAX_SEARCH_CHARS).collect()
                }
                key::OPEN_DEADLINE => state.open_deadline = value == "1",
                key::OVERDUE => state.overdue = value == "1",
                key::SORT => state.sort = SortKey::parse(value).unwrap_or_default(),
                key::OPEN => state.open = Some(value).filter(|v| is_plausible_id(v)).map(str::to_owned),
                _ => {}
            }
        }
        state
    }

    /// Drops ids the dataset does not have, so that a stale or tampered link shows what it can.
    pub fn retain_known(
        &mut self,
        is_category: impl Fn(&str) -> bool,
        is_status: impl Fn(&str) -> bool,
        is_unit: impl Fn(&str) -> bool,
        is_problem: impl Fn(&str) -> bool,
    ) {
        self.categories.retain(|id| is_category(id));
        self.statuses.retain(|id| is_status(id));
        self.units.retain(|id| is_unit(id));
        if self.open.as_deref().is_some_and(|id| !is_problem(id)) {
            self.open = None;
        }
    }
}

fn is_plausible_id(id: &str) -> bool {
    !id.is_empty() && id.chars().count() <= MAX_ID_CHARS && !id.chars().any(char::is_control)
}

/// A comma-separated id list: sorted, deduplicated, bounded; implausible ids dropped. (Each id goes in its place
/// as it is read: a short list needs no sort.)
fn id_list(value: &str) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for id in value.split(',').filter(|id| is_plausible_id(id)).take(MAX_IDS) {
        if let Err(at) = ids.binary_search_by(|known| known.as_str().cmp(id)) {
            ids.insert(at, id.to_owned());
        }
    }
    ids
}

impl fmt::Display for ViewState {
    /// The state as a query-string fragment under the default namespace (not percent-encoded), for logs and tests.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pairs = self.to_pairs(DEFAULT_NAMESPACE);
        let text: Vec<String> = pairs.into_iter().map(|(k, v)| format!("{k}={v}")).collect();
        f.write_str(&text.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(pairs: &[(&str, &str)]) -> ViewState {
        ViewState::from_pairs(DEFAULT_NAMESPACE, pairs.iter().copied())
    }

    fn full() -> ViewState {
        ViewState {
            categories: vec!["c1".into(), "c3".into()],
            statuses: vec!["changqi-1".into()],
            units: vec!["u1".into()],
            search: "安置 房".into(),
            open_deadline: true,
            overdue: true,
            sort: SortKey::Status,
            open: Some("p07".into()),
        }
    }

    #[test]
    fn a_full_state_round_trips_through_pairs() {
        let state = full();
        let pairs = state.to_pairs("zg.");
        let borrowed: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        assert_eq!(ViewState::from_pairs("zg.", borrowed), state);
        assert_eq!(
            state.to_string(),
            "zg.v=1&zg.c=c1,c3&zg.s=changqi-1&zg.u=u1&zg.q=安置 房&zg.dl=1&zg.od=1&zg.sort=status&zg.p=p07"
        );
    }

    #[test]
    fn the_default_state_writes_nothing() {
        assert!(ViewState::default().to_pairs("zg.").is_empty());
    }

    #[test]
    fn namespaces_keep_two_widgets_apart() {
        let pairs = [("a.c", "c1"), ("b.c", "c2"), ("c", "c9"), ("page", "3")];
        let a = ViewState::from_pairs("a.", pairs.iter().copied());
        let b = ViewState::from_pairs("b.", pairs.iter().copied());
        assert_eq!(a.categories, ["c1"]);
        assert_eq!(b.categories, ["c2"]);
    }

    #[test]
    fn malformed_values_are_dropped_one_by_one() {
        let state = decode(&[
            ("zg.c", "c2,,c1,c2"),
            ("zg.sort", "sideways"),
            ("zg.dl", "yes"),
            ("zg.p", ""),
            ("zg.unknown", "x"),
            ("zg.q", "a\u{0}b"),
        ]);
        assert_eq!(state.categories, ["c1", "c2"], "sorted, deduplicated, empty ids dropped");
        assert_eq!(state.sort, SortKey::Number);
        assert!(!state.open_deadline);
        assert_eq!(state.open, None);
        assert_eq!(state.search, "ab", "control characters are stripped");
    }

    #[test]
    fn a_repeated_key_keeps_its_first_value() {
        assert_eq!(decode(&[("zg.q", "first"), ("zg.q", "second")]).search, "first");
    }

    #[test]
    fn huge_values_are_bounded() {
        let long = "字".repeat(10_000);
        let many = (0..10_000).map(|i| format!("c{i}")).collect::<Vec<_>>().join(",");
        let state = decode(&[("zg.q", &long), ("zg.c", &many), ("zg.p", &long)]);
        assert_eq!(state.search.chars().count(), MAX_SEARCH_CHARS);
        assert_eq!(state.categories.len(), MAX_IDS);
        assert_eq!(state.open, None, "an id longer than any real id is dropped");
    }

    #[test]
    fn a_link_of_another_version_is_ignored_as_a_whole() {
        assert!(decode(&[("zg.v", "2"), ("zg.c", "c1")]).is_default());
        assert_eq!(decode(&[("zg.c", "c1")]).categories, ["c1"], "a link without a version is read as version 1");
    }

    #[test]
    fn unknown_ids_are_dropped_against_a_dataset() {
        let mut state = full();
        state.retain_known(|c| c == "c1", |s| s == "changqi-1", |_| false, |p| p == "p01");
        assert_eq!(state.categories, ["c1"]);
        assert_eq!(state.statuses, ["changqi-1"]);
        assert!(state.units.is_empty());
        assert_eq!(state.open, None);
    }

    #[test]
    fn toggling_adds_and_removes_in_order() {
        let mut list = vec!["c2".to_owned()];
        ViewState::toggle(&mut list, "c1");
        assert_eq!(list, ["c1", "c2"]);
        ViewState::toggle(&mut list, "c2");
        assert_eq!(list, ["c1"]);
    }
}
