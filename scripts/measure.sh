#!/usr/bin/env bash
# End-to-end performance of croise, through the real binary: wall time and
# peak memory (maximum resident set size, from GNU time's `-v`) of
#
#   - `croise tokenize` of each generated list (CSV in → encrypted token file
#     out), at 10,000, 100,000 and 1,000,000 rows;
#   - `croise match` of the two token files (token files in → encrypted
#     result files out), at the same sizes a side, and for a national
#     campaign of 150,000 justice rows against 1,000,000 Mission Locale rows;
#   - `croise demo`.
#
# Every run is repeated (--repeat, default 3) and the median wall time and
# the largest peak memory are reported. The lists are invented
# (`croise sample --preset realistic`). Prints the machine, the load, a
# Markdown table (the one in README.md, "Performance") and where the raw
# measurements are.
#
# Usage: scripts/measure.sh [--repeat N] [--sizes "10000 100000 1000000"]
#                           [--national "150000 1000000"] [--work DIR]
#                           [--binary PATH]
#
# Needs: GNU time (/usr/bin/time, Debian package `time`), awk, and a Rust
# toolchain unless --binary is given. Disk: about 2 GB in the work folder for
# the default sizes.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

repeat=3
sizes="10000 100000 1000000"
national="150000 1000000"
work=""
binary=""
while [ $# -gt 0 ]; do
    case "$1" in
        --repeat) repeat="$2"; shift 2 ;;
        --sizes) sizes="$2"; shift 2 ;;
        --national) national="$2"; shift 2 ;;
        --work) work="$2"; shift 2 ;;
        --binary) binary="$2"; shift 2 ;;
        -h|--help) sed -n '2,26p' "$0"; exit 0 ;;
        *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
    esac
done

if [ ! -x /usr/bin/time ]; then
    echo "error: /usr/bin/time (GNU time) is needed: apt-get install time" >&2
    exit 1
fi
if [ -z "$binary" ]; then
    cargo build --release --quiet
    binary="${CARGO_TARGET_DIR:-target}/release/croise"
fi
binary="$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")"
if [ -z "$work" ]; then
    work="$(mktemp -d "${TMPDIR:-/tmp}/croise-measure.XXXXXX")"
fi
mkdir -p "$work"
cd "$work"
raw="$work/runs.csv"
echo "what,rows,run,wall_s,peak_rss_kb,user_s,sys_s" > "$raw"

# run WHAT ROWS RUN COMMAND...: times one run, appends it to runs.csv and
# leaves the command's standard error in last.err.
run() {
    local what="$1" rows="$2" n="$3"
    shift 3
    /usr/bin/time -v -o time.txt "$@" > last.out 2> last.err
    awk -v what="$what" -v rows="$rows" -v n="$n" '
        /Elapsed \(wall clock\)/ {
            t = $NF; k = split(t, p, ":"); wall = 0
            for (i = 1; i <= k; i++) wall = wall * 60 + p[i]
        }
        /Maximum resident set size/ { rss = $NF }
        /User time/ { user = $NF }
        /System time/ { sys = $NF }
        END { printf "%s,%s,%s,%.2f,%s,%s,%s\n", what, rows, n, wall, rss, user, sys }
    ' time.txt >> "$raw"
}

# median WHAT ROWS: median wall time; cpu WHAT ROWS: median processor time
# (user + system, all threads); peak WHAT ROWS: largest peak RSS (MB).
median() {
    awk -F, -v what="$1" -v rows="$2" '$1 == what && $2 == rows { print $4 }' "$raw" |
        sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
cpu() {
    awk -F, -v what="$1" -v rows="$2" '$1 == what && $2 == rows { printf "%.2f\n", $6 + $7 }' "$raw" |
        sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else print v[int((NR + 1) / 2)] }'
}
peak() {
    awk -F, -v what="$1" -v rows="$2" '$1 == what && $2 == rows && $5 > m { m = $5 } END { printf "%.0f\n", m / 1024 }' "$raw"
}

# Identities and a campaign with one party on each side.
if [ ! -f campaign/campaign.toml ]; then
    for who in justice mission-locale coordinator; do
        "$binary" identity new --out "$who.identity" 2> /dev/null | tail -n 1 > "$who.recipient"
    done
    "$binary" -q campaign new --name "measure" --reference-date 2026-10-01 \
        --party "stemo:justice:$(cat justice.recipient)" \
        --party "ml:mission-locale:$(cat mission-locale.recipient)" \
        --coordinator "$(cat coordinator.recipient)" --out campaign > /dev/null
fi

# tokenize WHAT LABEL RUN SIDE LIST OUT: one timed tokenize.
tokenize() {
    local what="$1" label="$2" n="$3" party identity
    if [ "$4" = justice ]; then party=stemo; identity=justice.identity; else party=ml; identity=mission-locale.identity; fi
    rm -f "$6"
    run "$what" "$label" "$n" "$binary" tokenize "$5" --campaign campaign/campaign.toml \
        --key "campaign/keys/$party.key.age" --identity "$identity" --out "$6"
}

# match LABEL RUN OUT_DIR TOKEN_FILES...: one timed match.
match() {
    local label="$1" n="$2" out="$3"
    shift 3
    rm -rf "$out"
    run match "$label" "$n" "$binary" match "$@" --campaign campaign/campaign.toml \
        --identity coordinator.identity --out-dir "$out"
}

tokens_per_row=()
measure_pair() { # measure_pair LABEL JUSTICE_ROWS MISSION_LOCALE_ROWS
    local label="$1" j="$2" m="$3" data="data-$2-$3"
    if [ ! -f "$data/truth.csv" ]; then
        rm -rf "$data"
        "$binary" -q sample --out "$data" --preset realistic --justice-rows "$j" \
            --mission-locale-rows "$m" > /dev/null
    fi
    for n in $(seq "$repeat"); do
        tokenize tokenize-justice "$label" "$n" justice "$data/justice.csv" "$data/justice.tokens.age"
        # The final line: "croise: tokenized R rows into K records and T tokens in S s".
        tokens_per_row+=("$label justice $(tr -d , < last.err | awk '/tokenized/ { printf "%.1f", $9 / $3 }')")
        tokenize tokenize-mission-locale "$label" "$n" mission-locale "$data/mission-locale.csv" "$data/ml.tokens.age"
        tokens_per_row+=("$label mission-locale $(tr -d , < last.err | awk '/tokenized/ { printf "%.1f", $9 / $3 }')")
    done
    for n in $(seq "$repeat"); do
        match "$label" "$n" "$data/results" "$data/justice.tokens.age" "$data/ml.tokens.age"
    done
    cp last.out "$data/match.txt"
}

echo "croise performance measurement, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "binary:  $binary ($("$binary" --version))"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) memory"
echo "SHA-256 instructions: $(grep -q -w sha_ni /proc/cpuinfo && echo yes || echo no)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "work folder: $work"
echo

for rows in $sizes; do
    measure_pair "$rows" "$rows" "$rows"
done
read -r nj nm <<< "$national"
measure_pair "national" "$nj" "$nm"
for n in $(seq "$repeat"); do
    run "demo" "-" "$n" "$binary" demo
done

echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "Tokens per row read (from tokenize's final line):"
printf '%s\n' "${tokens_per_row[@]}" | sort -u | sed 's/^/  /'
echo
echo "Medians of $repeat runs (wall time; processor time of all threads) and largest peak memory"
echo "(maximum resident set size):"
echo
echo "| rows a side | tokenize justice: wall, CPU, rows/s, peak | tokenize Mission Locale: wall, CPU, rows/s, peak | match: wall, CPU, peak |"
echo "|---:|---|---|---|"
row() { # row LABEL ROWS_FOR_RATE_J ROWS_FOR_RATE_M
    local label="$1" tj tm mw
    tj="$(median tokenize-justice "$label")"
    tm="$(median tokenize-mission-locale "$label")"
    mw="$(median match "$label")"
    printf '| %s | %s s, %s s, %s rows/s, %s MB | %s s, %s s, %s rows/s, %s MB | %s s, %s s, %s MB |\n' \
        "$4" "$tj" "$(cpu tokenize-justice "$label")" "$(awk -v r="$2" -v t="$tj" 'BEGIN { printf "%.0f", r / t }')" "$(peak tokenize-justice "$label")" \
        "$tm" "$(cpu tokenize-mission-locale "$label")" "$(awk -v r="$3" -v t="$tm" 'BEGIN { printf "%.0f", r / t }')" "$(peak tokenize-mission-locale "$label")" \
        "$mw" "$(cpu match "$label")" "$(peak match "$label")"
}
for rows in $sizes; do
    row "$rows" "$rows" "$rows" "$rows"
done
row national "$nj" "$nm" "$nj × $nm"
echo
echo "croise demo: $(median demo -) s (median), $(peak demo -) MB"
echo
echo "Every run: $raw"
