#!/usr/bin/env bash
# VRPTW (Solomon) benchmark: ColdRoute vs PyVRP vs OR-Tools, same instances, same time each,
# one core per solver run; every solution re-checked by check.py; table -> docs/benchmarks.md.
#
# Usage: Benchmarks/vrptw/run.sh [--quick | --full] [--time S] [--instances "C101 R101"] [--jobs N] [--seed N]
#   --quick  (default) 12 representative instances at 3 s
#   --full   all 56 instances at 10 s (about 56 x 10 s x 3 solvers / jobs)
#   --jobs   how many runs at once, each pinned to its own core (default: number of cores)
# Env: COLDROUTE_BIN=path  use this binary instead of building (it must accept `bench vrptw`).
set -euo pipefail
export PYTHONDONTWRITEBYTECODE=1
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
data="${VRPTW_DATA:-$repo/../shared/benchmarks/vrptw}"
mode=quick; time_limit=""; instances=""; jobs="$(nproc)"; seed=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) mode=quick; shift ;;
    --full) mode=full; shift ;;
    --time) time_limit="$2"; shift 2 ;;
    --instances) instances="$2"; shift 2 ;;
    --jobs) jobs="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
if [[ $mode == full ]]; then
  : "${time_limit:=10}"
  [[ -n $instances ]] || instances="$(cd "$data" && ls *.txt | sed 's/\.txt$//' | tr '\n' ' ')"
else
  : "${time_limit:=3}"
  [[ -n $instances ]] || instances="C101 C201 R101 R201 RC101 RC201 R105 R110 RC105 R207 C205 RC208"
fi

# 1. Build ColdRoute (release).
source "$repo/Benchmarks/common.sh"
coldroute_binary .build-routing
bin="$BIN"

# 2. Python environment with the reference solvers.
bench_venv "import pyvrp, ortools" pyvrp ortools
py="$PY"

# 3. Jobs: one (solver, instance) per line, spread over $jobs lanes, lane k pinned to core k.
out="$repo/Benchmarks/out/vrptw"
rm -rf "$out"; mkdir -p "$out"
joblist="$out/jobs.txt"; : > "$joblist"
for name in $instances; do
  f="$data/$name.txt"
  echo "'$bin' bench vrptw '$f' --time-limit $time_limit --seed $seed > '$out/coldroute-$name.jsonl'" >> "$joblist"
  echo "cd '$here' && '$py' pyvrp_solve.py '$f' --time-limit $time_limit --seed $seed > '$out/pyvrp-$name.jsonl'" >> "$joblist"
  echo "cd '$here' && '$py' ortools_solve.py '$f' --time-limit $time_limit > '$out/ortools-$name.jsonl'" >> "$joblist"
done
total=$(wc -l < "$joblist")
echo "running $total solver runs ($time_limit s each) on $jobs core(s)..." >&2
pids=()
for ((lane = 0; lane < jobs; lane++)); do
  (
    awk -v lane="$lane" -v jobs="$jobs" '(NR - 1) % jobs == lane' "$joblist" | while IFS= read -r job; do
      taskset -c "$lane" bash -c "$job" 2>> "$out/stderr.log" || echo "job failed: $job" >&2
    done
  ) &
  pids+=($!)
done
for p in "${pids[@]}"; do wait "$p"; done

# 4. Independent re-check and the table.
cmd="Benchmarks/vrptw/run.sh --$mode --time $time_limit --jobs $jobs --seed $seed"
[[ $mode == quick ]] && cmd="$cmd --instances \"$instances\""
"$py" "$here/check.py" --results "$out"/*.jsonl --instances "$data" --bks "$data/bks_distance_only.csv" \
  --doc "$repo/docs/benchmarks.md" --command "$cmd" --time-limit "$time_limit"
echo "table written to docs/benchmarks.md (raw results in $out)" >&2
