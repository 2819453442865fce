//! Deterministic random draws.
//!
//! Everything random in the generator goes through these helpers so that the
//! same seed gives the same files on every machine: only ChaCha8 output,
//! integer ranges of fixed width (`u32`/`u64`, never `usize`) and our own
//! shuffle and weighted choice, whose results do not depend on the platform
//! or on implementation details of `rand` that may change between versions.

use rand::RngExt;

/// The one generator type used everywhere.
pub(crate) type Rng = rand_chacha::ChaCha8Rng;

/// `true` with probability `p` (0 and 1 exact, nothing drawn for them).
pub(crate) fn chance(rng: &mut Rng, p: f64) -> bool {
    if p <= 0.0 {
        false
    } else if p >= 1.0 {
        true
    } else {
        rng.random_bool(p)
    }
}

/// A uniform index below `len` (`len` > 0, below 2³²).
pub(crate) fn index(rng: &mut Rng, len: usize) -> usize {
    let len = u32::try_from(len).expect("fewer than 2^32 items");
    assert!(len > 0, "cannot pick from nothing");
    rng.random_range(0..len) as usize
}

/// A uniform integer in `lo..=hi`.
pub(crate) fn between(rng: &mut Rng, lo: i64, hi: i64) -> i64 {
    debug_assert!(lo <= hi);
    let span = u64::try_from(hi - lo).expect("lo <= hi");
    lo + rng.random_range(0..=span) as i64
}

/// One element of a non-empty slice.
pub(crate) fn pick<'a, T>(rng: &mut Rng, items: &'a [T]) -> &'a T {
    &items[index(rng, items.len())]
}

/// Fisher–Yates shuffle with fixed-width draws.
pub(crate) fn shuffle<T>(rng: &mut Rng, items: &mut [T]) {
    for i in (1..items.len()).rev() {
        let j = index(rng, i + 1);
        items.swap(i, j);
    }
}

/// Choice among items with integer weights (cumulative table + binary search).
pub(crate) struct Weighted {
    cumulative: Vec<u64>,
}

impl Weighted {
    pub(crate) fn new(weights: impl IntoIterator<Item = u64>) -> Self {
        let mut total = 0u64;
        let cumulative: Vec<u64> = weights
            .into_iter()
            .map(|w| {
                total = total.checked_add(w).expect("weights fit in u64");
                total
            })
            .collect();
        assert!(total > 0, "weights must not all be zero");
        Weighted { cumulative }
    }

    /// Index of the chosen item.
    pub(crate) fn sample(&self, rng: &mut Rng) -> usize {
        let total = *self.cumulative.last().expect("non-empty");
        let x = rng.random_range(0..total);
        self.cumulative.partition_point(|&c| c <= x)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn weighted_follows_weights() {
        let w = Weighted::new([1, 0, 3]);
        let mut rng = Rng::seed_from_u64(7);
        let mut counts = [0u32; 3];
        for _ in 0..40_000 {
            counts[w.sample(&mut rng)] += 1;
        }
        assert_eq!(counts[1], 0);
        let ratio = f64::from(counts[2]) / f64::from(counts[0]);
        assert!((2.7..3.3).contains(&ratio), "{ratio}");
    }

    #[test]
    fn shuffle_is_a_permutation_and_reproducible() {
        let mut a: Vec<u32> = (0..1000).collect();
        let mut b = a.clone();
        shuffle(&mut Rng::seed_from_u64(3), &mut a);
        shuffle(&mut Rng::seed_from_u64(3), &mut b);
        assert_eq!(a, b);
        assert_ne!(a, (0..1000).collect::<Vec<_>>());
        let mut sorted = a.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..1000).collect::<Vec<_>>());
    }

    #[test]
    fn chance_extremes_draw_nothing() {
        let mut a = Rng::seed_from_u64(1);
        let b = a.clone();
        assert!(!chance(&mut a, 0.0));
        assert!(chance(&mut a, 1.0));
        assert_eq!(a, b);
    }
}
