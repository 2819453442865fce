//! Tokenize throughput (rows per second) at 10,000, 100,000 and 1,000,000
//! rows, and the token file's encoding and decoding, on generated lists.
//! `cargo bench --bench tokenize`; see README, "Performance". The list is
//! opened once; each iteration checks every row, computes every token and
//! streams the token file (authenticated, not encrypted) to nowhere.

mod common;

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use croise::format::tokens::TokenFile;
use croise::tokenize::{Losses, tokenize, tokenize_to};

fn tokenize_rows(c: &mut Criterion) {
    let mut group = c.benchmark_group("tokenize");
    group.sample_size(10);
    for rows in common::sizes() {
        let fixture = common::fixture(rows);
        // The Mission Locale list: UTF-8, comma, one usage name column.
        let list = fixture.list(1);
        group.throughput(Throughput::Elements(rows as u64));
        group.bench_with_input(BenchmarkId::new("rows", rows), &list, |b, list| {
            b.iter(|| {
                tokenize_to(
                    &fixture.holders[1],
                    list,
                    &mut std::io::sink(),
                    Losses::Accept,
                    &|_, _, _| {},
                )
                .expect("tokenize")
            })
        });
    }
    group.finish();
}

fn token_file(c: &mut Criterion) {
    let fixture = common::fixture(100_000);
    let ctx = &fixture.holders[1];
    let file = tokenize(ctx, &fixture.list(1)).expect("tokenize").file;
    let bytes = file.encode(&ctx.auth);
    let mut group = c.benchmark_group("token-file");
    group.sample_size(20);
    group.throughput(Throughput::Bytes(bytes.len() as u64));
    group.bench_function("encode/100000", |b| {
        b.iter(|| black_box(file.encode(&ctx.auth)))
    });
    group.bench_function("decode/100000", |b| {
        b.iter(|| {
            TokenFile::decode(black_box(&bytes), &ctx.auth, &fixture.lists[1]).expect("decode")
        })
    });
    group.finish();
}

criterion_group!(benches, tokenize_rows, token_file);
criterion_main!(benches);
