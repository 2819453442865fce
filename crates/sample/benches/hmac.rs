//! The limit the tokenizer is bound by: keyed HMAC-SHA-256 of one short
//! message (a match-key message is 20 to 55 bytes, one SHA-256 block), on
//! one core. `cargo bench --bench hmac`; see README, "Performance".
//!
//! - `hmac-crate`: the `hmac` crate with a keyed state prepared once and
//!   cloned per message, as croise's `Tagger` does: the honest cost of one
//!   token.
//! - `tagger`: croise's `Tagger::tag` itself (truncated to 128 bits), one
//!   message at a time.
//! - `tagger-two`: `Tagger::tag_two`, two messages side by side, as the
//!   tokenizer and the coordinator's re-keying compute them.
//! - `two-compressions`: two raw SHA-256 compressions (inner and outer
//!   block) per token, back to back: the floor under any HMAC-SHA-256 of a
//!   one-block message on this processor, and the limit quoted in the README.
//!
//! Throughput is in tokens (elements) per second, single-threaded.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use croise::keys::{SubKey, Tagger};
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

fn hmac_limit(c: &mut Criterion) {
    let key = SubKey::from_bytes([7; 32]);
    // A typical match-key message: three length-prefixed fields.
    let message = b"\x00\x00\x00\x08KOWALSKI\x00\x00\x00\x05PIOTR\x00\x00\x00\x0820090601";
    let mut group = c.benchmark_group("hmac");
    group.throughput(Throughput::Elements(1));

    let keyed = <Hmac<Sha256> as KeyInit>::new_from_slice(&[7; 32]).unwrap();
    group.bench_function("hmac-crate", |b| {
        b.iter(|| {
            let mut mac = keyed.clone();
            mac.update(black_box(message));
            black_box(mac.finalize().into_bytes())
        })
    });

    let tagger = Tagger::new(&key);
    group.bench_function("tagger", |b| {
        b.iter(|| black_box(tagger.tag(&[black_box(message)])))
    });

    group.throughput(Throughput::Elements(2));
    group.bench_function("tagger-two", |b| {
        b.iter(|| {
            black_box(Tagger::tag_two(
                &tagger,
                black_box(message),
                &tagger,
                black_box(message),
            ))
        })
    });

    group.throughput(Throughput::Elements(1));
    let block = [0x36u8; 64];
    group.bench_function("two-compressions", |b| {
        b.iter(|| {
            let mut state = black_box([0x6a09e667u32; 8]);
            sha2::block_api::compress256(&mut state, &[black_box(block)]);
            sha2::block_api::compress256(&mut state, &[black_box(block)]);
            black_box(state)
        })
    });
    group.finish();
}

criterion_group!(benches, hmac_limit);
criterion_main!(benches);
