//! Sorting, written once. The standard library's sorts are generic: each element type and comparison sorted
//! anywhere is one more copy of a sort in the widget's wasm, 3–5 KB each (there were six). Every sort of the core
//! goes through [`sort_by_key`], which sorts `(key, position)` pairs: one copy of the sort, and stable.

/// Sorts `items` by `key`, keeping the order of items with equal keys. For an order by several keys, sort by the
/// least important first: each pass keeps the order of the one before among its ties.
pub fn sort_by_key<T>(items: &mut Vec<T>, key: impl FnMut(&T) -> u64) {
    let mut keyed: Vec<(u64, usize)> = items.iter().map(key).zip(0..).collect();
    sort_pairs(&mut keyed);
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(keyed.into_iter().filter_map(|(_, at)| slots.get_mut(at).and_then(Option::take)));
}

/// A key that orders non-negative rates from the highest down. (The bits of finite non-negative floats order as
/// the floats do.)
pub fn descending_rate(rate: f64) -> u64 {
    u64::MAX - rate.max(0.0).to_bits()
}

/// The one sort: by key, then by position, which makes the unstable sort stable. Never inlined, so that it is
/// compiled once.
#[inline(never)]
fn sort_pairs(pairs: &mut [(u64, usize)]) {
    pairs.sort_unstable();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_keep_their_order() {
        let mut words = vec!["b1", "a1", "b2", "c1", "a2", "b3"];
        sort_by_key(&mut words, |w| u64::from(w.as_bytes()[0]));
        assert_eq!(words, ["a1", "a2", "b1", "b2", "b3", "c1"]);
    }

    #[test]
    fn passes_from_the_least_important_key_give_the_order_of_all_keys() {
        let mut pairs = vec![(2, 1), (1, 2), (2, 0), (1, 1), (0, 9)];
        let mut expected = pairs.clone();
        expected.sort();
        sort_by_key(&mut pairs, |&(_, b)| b);
        sort_by_key(&mut pairs, |&(a, _)| a);
        assert_eq!(pairs, expected);
    }

    #[test]
    fn rates_sort_from_the_highest_down() {
        let mut rates = vec![12.5, 100.0, 0.0, 99.9, 50.0];
        sort_by_key(&mut rates, |&r| descending_rate(r));
        assert_eq!(rates, [100.0, 99.9, 50.0, 12.5, 0.0]);
    }
}
