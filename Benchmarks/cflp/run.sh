#!/usr/bin/env bash
# Capacitated facility location (OR-Library "cap" set): ColdRoute vs HiGHS, one run, one table.
#
#   Benchmarks/cflp/run.sh [quick|full]
#
# quick: the 37 small instances (cap41 … cap134). full: also capa/capb/capc at their 4 capacities
# each (12 instances of 100 × 1000), with a 300 s limit per instance and solver.
# Instances are read from ../shared/benchmarks/cflp (override with CFLP_DIR), never modified.
# COLDROUTE_BIN=path skips the build and uses that binary.
# Writes Benchmarks/out/cflp-*.jsonl and the section "## Capacitated facility location (OR-Library)"
# of docs/benchmarks.md. HiGHS (highspy, one thread) runs the same strong formulation, built
# directly from the same file by Benchmarks/cflp/highs_cflp.py, in a venv at Benchmarks/.venv.
set -euo pipefail
mode="${1:-quick}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
dir="${CFLP_DIR:-$root/../shared/benchmarks/cflp}"
limit="${CFLP_TIME_LIMIT:-300}"
out="$root/Benchmarks/out"
mkdir -p "$out"
cd "$root"

source Benchmarks/common.sh
coldroute_binary
bin="$BIN"
bench_venv "import highspy, numpy" highspy numpy


ours="$out/cflp-coldroute.jsonl"
highs="$out/cflp-highs.jsonl"
: > "$ours"; : > "$highs"

small=()
for n in 41 42 43 44 51 61 62 63 64 71 72 73 74 81 82 83 84 91 92 93 94 101 102 103 104 \
         111 112 113 114 121 122 123 124 131 132 133 134; do
    small+=("$dir/cap$n.txt")
done
for f in "${small[@]}"; do
    echo "== $(basename "$f")" >&2
    "$bin" bench cflp "$f" --time-limit "$limit" --quiet >> "$ours"
    "$PY" Benchmarks/cflp/highs_cflp.py "$f" --time-limit "$limit" >> "$highs" 2>/dev/null
done
if [ "$mode" = full ]; then
    for spec in capa:8000 capa:10000 capa:12000 capa:14000 capb:5000 capb:6000 capb:7000 capb:8000 \
                capc:5000 capc:5750 capc:6500 capc:7250; do
        f="$dir/${spec%%:*}.txt"; c="${spec##*:}"
        echo "== ${spec%%:*}_$c" >&2
        "$bin" bench cflp "$f" --capacity "$c" --time-limit "$limit" --quiet >> "$ours"
        "$PY" Benchmarks/cflp/highs_cflp.py "$f" --capacity "$c" --time-limit "$limit" >> "$highs" 2>/dev/null
    done
fi

"$PY" Benchmarks/cflp/report.py --mode "$mode" --optima "$dir/optima.csv" \
    --ours "$ours" --highs "$highs" --doc "$root/docs/benchmarks.md" \
    --command "Benchmarks/cflp/run.sh $mode" --time-limit "$limit"
