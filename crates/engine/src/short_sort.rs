//! Sorting for the app's short lists (a question's options, a few routes or
//! reasons, the facts about one country, 56 country names). The standard
//! library compiles its own copy of its sort, about 4 KB of wasm, for every
//! element type it sorts; this one is a few hundred bytes, and on lists this
//! short just as quick.

use std::cmp::Ordering;

/// Sorts `v` by `compare`, keeping equal elements in their order (stable),
/// like `slice::sort_by`: insertion sort, quadratic, for short lists only.
pub fn sort_by<T>(v: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && compare(&v[j - 1], &v[j]) == Ordering::Greater {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sort_by;

    #[test]
    fn sorts_like_the_standard_library_and_keeps_equal_elements_in_order() {
        // Every list of up to 7 elements from 0..4, tagged with its position.
        for len in 0..=7u32 {
            for n in 0..4u32.pow(len) {
                let v: Vec<(u32, usize)> = (0..len).map(|i| ((n / 4u32.pow(i)) % 4, i as usize)).collect();
                let (mut ours, mut std) = (v.clone(), v);
                sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
                std.sort_by_key(|a| a.0);
                assert_eq!(ours, std);
            }
        }
    }

    #[test]
    fn sorts_in_reverse_with_a_reversed_comparison() {
        let mut v = vec![3, 1, 2];
        sort_by(&mut v, |a, b| b.cmp(a));
        assert_eq!(v, [3, 2, 1]);
    }
}
