//! A stable insertion sort for the short lists of this app (tens of items at most).
//! The standard library's sort is much faster on long lists, but every call with a new closure
//! adds several kilobytes of wasm; measured, it was the largest single item after Leptos.

/// Sorts `items` so that `before(a, b)` holds for every earlier `a` and later `b` it compares; stable.
pub fn sort_by<T>(items: &mut [T], mut before: impl FnMut(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && before(&items[j], &items[j - 1]) {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_and_keeps_equal_items_in_order() {
        let mut items = vec![(3, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')];
        sort_by(&mut items, |a, b| a.0 < b.0);
        assert_eq!(items, vec![(0, 'e'), (1, 'b'), (1, 'd'), (2, 'c'), (3, 'a')]);
        let mut empty: Vec<u8> = vec![];
        sort_by(&mut empty, |a, b| a < b);
        assert!(empty.is_empty());
    }
}
