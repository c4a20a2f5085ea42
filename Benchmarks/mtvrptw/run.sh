#!/usr/bin/env bash
# Multi-trip VRPTW with release dates (issue 15 part 3): ColdRoute and PyVRP side by side on the 81
# MTVRPTWR instances — the same instances, the same time per instance, one core each, one run; every
# solution re-checked by check.py (which first re-checks the best known .sol files); table ->
# docs/benchmarks.md, section "Multi-trip VRPTW" (report.py).
#
#   Benchmarks/mtvrptw/run.sh [--time-limit S] [--solvers "coldroute pyvrp"] [--jobs N] [--seed N]
#                             [--fresh] [instance …]
#     --time-limit  seconds per instance and solver (default 10)
#     --solvers     which to run (default both); ColdRoute needs a binary with `bench mtvrptw`; without
#                   one its runs are skipped with a note and the table keeps earlier ColdRoute results
#     --jobs        runs at once, run k pinned to core k mod N with taskset (default: number of cores)
#     --fresh       forget earlier results (by default results accumulate per solver and instance)
#     instance      names like C201R0.25 (default: all 81)
# Env: COLDROUTE_BIN (use this binary, skip the build), SCRATCH (build folder, default .build),
#      MTVRPTW_DATA (default ../shared/benchmarks/mtvrptw), OUT (default Benchmarks/out/mtvrptw),
#      DOC (default docs/benchmarks.md).
set -euo pipefail
export PYTHONDONTWRITEBYTECODE=1
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
time_limit=10; solvers="coldroute pyvrp"; jobs="$(nproc)"; seed=1; fresh=0; names=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --time-limit) time_limit="$2"; shift 2 ;;
    --solvers) solvers="$2"; shift 2 ;;
    --jobs) jobs="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --fresh) fresh=1; shift ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    -*) echo "run.sh: unknown option $1" >&2; exit 64 ;;
    *) names+=("$1"); shift ;;
  esac
done
DATA=${MTVRPTW_DATA:-$root/../shared/benchmarks/mtvrptw}
OUT=${OUT:-Benchmarks/out/mtvrptw}
DOC=${DOC:-docs/benchmarks.md}
SCRATCH=${SCRATCH:-.build}
[[ ${#names[@]} -gt 0 ]] || mapfile -t names < <(cd "$DATA" && ls *.vrp | sed 's/\.vrp$//')

source Benchmarks/common.sh

# 1. ColdRoute (release build) when asked for.
BIN=""
if [[ " $solvers " == *" coldroute "* ]]; then
  coldroute_binary "$SCRATCH"
  if ! "$BIN" bench mtvrptw --help > /dev/null 2>&1; then
    echo "note: $BIN has no \`bench mtvrptw\`: ColdRoute runs skipped" >&2
    BIN=""
  fi
fi

# 2. Python environment with PyVRP (≥ 0.11: reload depots and release times).
if [[ " $solvers " == *" pyvrp "* ]]; then
  bench_venv "import pyvrp, sys; sys.exit(not hasattr(pyvrp.VehicleType(), 'reload_depots'))" "pyvrp>=0.11"
else
  bench_venv "import sys"
fi

# 3. The checker's own test: every best known solution feasible with its stated cost.
"$PY" "$here/check.py" --sol "$DATA" >&2

# 4. Jobs: one (solver, instance) per line, spread over $jobs lanes, lane k pinned to core k; each run
#    under /usr/bin/time (wall, user and system seconds: how much CPU it really got on a shared machine).
[[ $fresh == 1 ]] && rm -rf "$OUT"
mkdir -p "$OUT/raw"
OUT="$(cd "$OUT" && pwd)"   # the jobs run in other folders
joblist="$OUT/jobs.txt"; : > "$joblist"
k=0
for name in "${names[@]}"; do
  f="$DATA/$name.vrp"
  [[ -f "$f" ]] || { echo "run.sh: no instance $f" >&2; exit 1; }
  lines=()
  if [[ -n "$BIN" ]]; then
    lines+=("/usr/bin/time -f '%e %U %S' -o '$OUT/raw/coldroute-$name.time' '$BIN' bench mtvrptw '$f' --time-limit $time_limit --seed $seed > '$OUT/raw/coldroute-$name.jsonl'")
  fi
  if [[ " $solvers " == *" pyvrp "* ]]; then
    lines+=("cd '$here' && /usr/bin/time -f '%e %U %S' -o '$OUT/raw/pyvrp-$name.time' '$PY' pyvrp_solve.py '$f' --time-limit $time_limit --seed $seed > '$OUT/raw/pyvrp-$name.jsonl'")
  fi
  # Alternate the solvers' order from one instance to the next, so that each solver runs on every lane.
  if (( k % 2 )); then for ((i = ${#lines[@]} - 1; i >= 0; i--)); do echo "${lines[i]}"; done
  else for line in "${lines[@]}"; do echo "$line"; done; fi >> "$joblist"
  k=$((k + 1))
done
total=$(wc -l < "$joblist")
started="$(date -u '+%Y-%m-%d %H:%M')"
echo "running $total solver runs ($time_limit s each) on $jobs core(s), load $(cut -d' ' -f1-3 /proc/loadavg) ..." >&2
echo "$started UTC, load $(cut -d' ' -f1-3 /proc/loadavg), $time_limit s, $(echo $solvers | sed "s/coldroute/${BIN:+coldroute}/")" >> "$OUT/loads.txt"
ncores="$(nproc)"
pids=()
for ((lane = 0; lane < jobs; lane++)); do
  (
    awk -v lane="$lane" -v jobs="$jobs" '(NR - 1) % jobs == lane' "$joblist" | while IFS= read -r job; do
      taskset -c "$((lane % ncores))" bash -c "$job" 2>> "$OUT/stderr.log" || echo "job failed: $job" >&2
    done
  ) &
  pids+=($!)
done
for p in "${pids[@]}"; do wait "$p"; done
echo "$(date -u '+%Y-%m-%d %H:%M') UTC, load $(cut -d' ' -f1-3 /proc/loadavg) (end)" >> "$OUT/loads.txt"

# 5. Independent re-check of every result, then the table.
"$PY" "$here/check.py" --instances "$DATA" "$OUT"/raw/*.jsonl > "$OUT/checked.jsonl"
"$PY" "$here/report.py" "$OUT/checked.jsonl" --data "$DATA" --doc "$DOC" --loads "$OUT/loads.txt" \
  --command "${COLDROUTE_BIN:+COLDROUTE_BIN=$COLDROUTE_BIN }Benchmarks/mtvrptw/run.sh --time-limit $time_limit --jobs $jobs --seed $seed"
echo "table written to $DOC (raw results in $OUT)" >&2
