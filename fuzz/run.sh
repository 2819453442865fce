#!/usr/bin/env bash
# Runs every fuzz target of croise, one after another, each for SECONDS
# (default 600) on one core, starting from the committed seeds.
#
#   bash fuzz/run.sh            # every target, 10 minutes each
#   bash fuzz/run.sh 60 list    # one target, one minute
#
# Needs: a nightly toolchain (`rustup toolchain install nightly`) and
# cargo-fuzz (`cargo install --locked cargo-fuzz`). Grown corpora go to
# fuzz/corpus/TARGET, crashes to fuzz/artifacts/TARGET (both ignored by git);
# a crash found is fixed in the code and kept as a unit test there.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds="${1:-600}"
shift || true
targets=("$@")
if [ "${#targets[@]}" -eq 0 ]; then
    targets=(list fields manifest key_payloads containers summary)
fi

status=0
for target in "${targets[@]}"; do
    mkdir -p "fuzz/corpus/$target"
    log="fuzz/artifacts/$target.log"
    mkdir -p fuzz/artifacts
    echo "==> $target: ${seconds}s"
    cargo +nightly fuzz run -O "$target" "fuzz/corpus/$target" "fuzz/seeds/$target" -- \
        -max_total_time="$seconds" -max_len=16384 -rss_limit_mb=2048 -timeout=10 \
        -print_final_stats=1 >"$log" 2>&1
    rc=$?
    grep -E '^#[0-9]+' "$log" | tail -1
    grep -E '^Done|stat::number_of_executed_units|SUMMARY|ERROR|panicked' "$log" | tail -4
    if [ "$rc" -ne 0 ]; then
        echo "    $target: FAILED (exit $rc), see $log"
        status=1
    fi
done
exit "$status"
