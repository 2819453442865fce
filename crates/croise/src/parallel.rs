//! The one mechanism for parallel work whose output order must not depend on
//! the number of threads: [`ordered_map`] runs a function over a stream of
//! work items on the rayon pool and hands the results back in the items'
//! order. Token files and results are byte-for-byte the same with one thread
//! or many because every parallel step goes through here (or through a
//! rayon operation that keeps order, such as `par_iter().map().collect()`).
//!
//! Items come from an iterator driven on the calling thread (it need not be
//! `Send`: reading a list stays sequential), and at most `window` items are
//! in flight, so memory stays bounded whatever the input size.

use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind, resume_unwind};
use std::sync::mpsc;

/// Groups `items` into chunks of at most `size`, stopping at the first
/// error, which is left in `error` for the caller to report once the
/// chunks are consumed.
pub fn chunks_until_error<'a, T: 'a, E: 'a>(
    mut items: impl Iterator<Item = Result<T, E>> + 'a,
    size: usize,
    error: &'a mut Option<E>,
) -> impl Iterator<Item = Vec<T>> + 'a {
    std::iter::from_fn(move || {
        if error.is_some() {
            return None;
        }
        let mut chunk = Vec::with_capacity(size);
        for item in items.by_ref() {
            match item {
                Ok(item) => {
                    chunk.push(item);
                    if chunk.len() == size {
                        break;
                    }
                }
                Err(e) => {
                    *error = Some(e);
                    break;
                }
            }
        }
        (!chunk.is_empty()).then_some(chunk)
    })
}

/// How many items to keep in flight for the current pool: enough to keep
/// every thread busy while the calling thread waits for the oldest one.
pub fn default_window() -> usize {
    rayon::current_num_threads() * 4
}

/// Applies `work` to every item of `items` on the rayon pool, at most
/// `window` at a time, and calls `sink` with the results in item order. Stops
/// at the first error of `sink` (after the items already started finish).
/// A panic in `work` is propagated.
pub fn ordered_map<T, U, E>(
    items: impl Iterator<Item = T>,
    window: usize,
    work: impl Fn(T) -> U + Sync,
    mut sink: impl FnMut(U) -> Result<(), E>,
) -> Result<(), E>
where
    T: Send,
    U: Send,
{
    let window = window.max(1);
    let (sender, receiver) = mpsc::channel::<(usize, std::thread::Result<U>)>();
    let work = &work;
    rayon::in_place_scope(|scope| {
        let mut waiting: BTreeMap<usize, U> = BTreeMap::new();
        let (mut started, mut received, mut delivered) = (0usize, 0usize, 0usize);
        let mut outcome = Ok(());
        // Waits for one result, then hands every result now in order to the
        // sink (none after it failed).
        let mut receive = |waiting: &mut BTreeMap<usize, U>,
                           received: &mut usize,
                           delivered: &mut usize,
                           outcome: &mut Result<(), E>| {
            let (index, result) = receiver.recv().expect("a sender is kept until the end");
            *received += 1;
            match result {
                Ok(value) => waiting.insert(index, value),
                Err(panic) => resume_unwind(panic),
            };
            while outcome.is_ok()
                && let Some(value) = waiting.remove(delivered)
            {
                *delivered += 1;
                *outcome = sink(value);
            }
        };
        for item in items {
            while started - delivered >= window && outcome.is_ok() {
                receive(&mut waiting, &mut received, &mut delivered, &mut outcome);
            }
            if outcome.is_err() {
                break;
            }
            let sender = sender.clone();
            let index = started;
            scope.spawn(move |_| {
                let result = catch_unwind(AssertUnwindSafe(|| work(item)));
                let _ = sender.send((index, result));
            });
            started += 1;
        }
        while received < started {
            receive(&mut waiting, &mut received, &mut delivered, &mut outcome);
        }
        outcome
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_item_order() {
        let mut seen = Vec::new();
        ordered_map(
            0..1000u64,
            7,
            |i| {
                // Uneven work so that items finish out of order.
                let mut x = i;
                for _ in 0..(1000 - i) * 50 {
                    x = x.wrapping_mul(6364136223846793005).wrapping_add(1);
                }
                (i, x)
            },
            |(i, _)| {
                seen.push(i);
                Ok::<_, ()>(())
            },
        )
        .unwrap();
        assert_eq!(seen, (0..1000).collect::<Vec<_>>());
    }

    #[test]
    fn a_sink_error_stops_the_run() {
        let mut seen = 0;
        let result = ordered_map(
            0..1000u64,
            4,
            |i| i,
            |i| {
                seen += 1;
                if i == 10 { Err("stop") } else { Ok(()) }
            },
        );
        assert_eq!(result, Err("stop"));
        assert!(seen <= 11);
    }

    #[test]
    #[should_panic(expected = "boom")]
    fn a_panic_in_work_is_propagated() {
        let _ = ordered_map(
            0..10u64,
            2,
            |i| {
                if i == 5 {
                    panic!("boom");
                }
                i
            },
            |_| Ok::<_, ()>(()),
        );
    }
}
