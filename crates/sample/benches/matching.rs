//! Match throughput at 10,000, 100,000 and 1,000,000 rows a side on
//! generated lists: the coordinator's re-keying of one side's tokens on
//! arrival, and the linkage itself (`matching::link`: the join, the model,
//! the one-to-one decisions). `cargo bench --bench matching`; see README,
//! "Performance".

mod common;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use croise::matching::{Rekey, link};

fn matching(c: &mut Criterion) {
    let mut group = c.benchmark_group("match");
    group.sample_size(10);
    for rows in common::sizes() {
        let fixture = common::fixture(rows);
        let mut submissions = fixture.submissions();
        let records: usize = submissions.iter().map(|s| s.file.records()).sum();
        group.throughput(Throughput::Elements(records as u64));
        group.bench_function(BenchmarkId::new("link", rows), |b| {
            b.iter(|| link(&submissions))
        });
        let rekey = Rekey::fresh().expect("randomness");
        let file = &mut submissions[1].file;
        group.throughput(Throughput::Elements(file.token_count() as u64));
        group.bench_function(BenchmarkId::new("rekey-tokens", rows), |b| {
            b.iter(|| rekey.apply(file))
        });
    }
    group.finish();
}

criterion_group!(benches, matching);
criterion_main!(benches);
