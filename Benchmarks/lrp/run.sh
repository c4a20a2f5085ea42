#!/usr/bin/env bash
# Location-routing benchmark (issue 10 part 6): the capacitated LRP instances of Tuzun & Burke and
# Barreto, each converted into a network (convert.py) and planned by the real `coldroute plan` path,
# every plan scored independently (score.py), the table written into docs/benchmarks.md (report.py).
#
#   Benchmarks/lrp/run.sh [--time-limit S] [--set tuzun|barreto|all] [--jobs J] [--fresh] [instance …]
#     --time-limit  seconds per instance for `plan --time-limit` (default 60)
#     --jobs        instances planned at the same time (default 1; each result records its CPU seconds,
#                   so a run where the plans got less than their wall time of CPU shows it)
#     --set         which instances when none are named (default all; Barreto first)
#     --fresh       forget earlier results (by default results accumulate per instance in $OUT, so
#                   the table can be built from several runs, e.g. Barreto now and Tuzun later)
#     instance      names like coordP111112 or coordGaspelle (file name without .dat)
# Instances without a best known cost (coordOr117, whose file also does not fit the format) are skipped.
# Each instance: convert.py FILE --out NET.json; `coldroute plan NET.json $PLAN_ARGS --time-limit S
# --seed $SEED --quiet --out DIR` under /usr/bin/time (wall clock, and the CPU seconds it got on the shared
# machine); score.py FILE DIR (+ wall and CPU time, exit code, load).
# Runs one instance at a time (plan's siting uses up to two threads).
#
# Environment: COLDROUTE_BIN (use this binary, skip the build), SCRATCH (build folder, default .build),
# PLAN_ARGS (default "--single-source"), SEED (default 1), LRP_DATA (default ../shared/benchmarks/lrp),
# OUT (default Benchmarks/out/lrp), DOC (default docs/benchmarks.md).
set -euo pipefail
export PYTHONDONTWRITEBYTECODE=1
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
time_limit=60; which=all; fresh=0; jobs=1; names=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --time-limit) time_limit="$2"; shift 2 ;;
    --set) which="$2"; shift 2 ;;
    --jobs) jobs="$2"; shift 2 ;;
    --fresh) fresh=1; shift ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    -*) echo "run.sh: unknown option $1" >&2; exit 64 ;;
    *) names+=("$1"); shift ;;
  esac
done
case "$which" in tuzun|barreto|all) ;; *) echo "run.sh: --set must be tuzun, barreto or all" >&2; exit 64 ;; esac
DATA=${LRP_DATA:-$root/../shared/benchmarks/lrp}
OUT=${OUT:-Benchmarks/out/lrp}
DOC=${DOC:-docs/benchmarks.md}
PLAN_ARGS=${PLAN_ARGS:---single-source}
SEED=${SEED:-1}
SCRATCH=${SCRATCH:-.build}

source "$root/Benchmarks/common.sh"
coldroute_binary "$SCRATCH"
need_gnu_time
PY=python3   # the LRP scripts need only the standard library

[[ $fresh == 1 ]] && rm -rf "$OUT"
mkdir -p "$OUT"
files=()
if [[ ${#names[@]} -gt 0 ]]; then
  for n in "${names[@]}"; do
    f="$(ls "$DATA"/*/"$n.dat" 2>/dev/null | head -1)"
    [[ -n "$f" ]] || { echo "run.sh: no instance $n in $DATA" >&2; exit 1; }
    files+=("$f")
  done
else
  sets=(barreto tuzun); [[ $which != all ]] && sets=("$which")
  for s in "${sets[@]}"; do for f in "$DATA/$s"/*.dat; do files+=("$f"); done; done
fi

# One trip per vehicle (the LRP's route = vehicle): write `maxTrips: 1` when this binary's reader
# accepts the key (the network format is gaining it), otherwise leave it out (routes are single-trip).
max_trips=0; trips_arg=""
probe="$OUT/maxtrips-probe.json"
if "$PY" "$here/convert.py" "${files[0]}" --max-trips 1 --out "$probe" 2>/dev/null \
   && "$BIN" validate "$probe" > /dev/null 2>&1; then
  max_trips=1; trips_arg="--max-trips 1"
  echo "the reader accepts vehicleTypes[].maxTrips: networks get \"maxTrips\": 1" >&2
fi
rm -f "$probe"

run_one() {
  local f="$1" name work load start code wall load_after cpu extra
  name="$(basename "$f" .dat)"
  if ! grep -q ",$name," "$DATA/bks.csv"; then echo "== $name: no best known cost, skipped" >&2; return 0; fi
  work="$OUT/$name"; rm -rf "$work"; mkdir -p "$work"
  if ! "$PY" "$here/convert.py" "$f" $trips_arg --out "$work/network.json" 2> "$work/convert.err"; then
    echo "== $name: conversion failed: $(cat "$work/convert.err")" >&2; return 0
  fi
  load="$(cut -d' ' -f1 /proc/loadavg)"
  echo "== $name: coldroute plan $PLAN_ARGS --time-limit $time_limit (load $load) ..." >&2
  start=$(date +%s.%N)
  set +e
  # shellcheck disable=SC2086
  /usr/bin/time -f '%e %U %S' -o "$work/plan.time" "$BIN" plan "$work/network.json" $PLAN_ARGS --time-limit "$time_limit" --seed "$SEED" --quiet \
    --out "$work/plan" > "$work/plan.txt" 2> "$work/plan.err"
  code=$?
  set -e
  wall=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.3f", b - a }')
  load_after="$(cut -d' ' -f1 /proc/loadavg)"
  cpu=$(tail -1 "$work/plan.time" | awk 'NF == 3 { print $2 + $3; next } { print "null" }')
  extra="{\"max_trips\": $max_trips, \"wall_s\": $wall, \"cpu_s\": $cpu, \"exit\": $code, \"load_before\": $load, \"load_after\": $load_after, \"time_limit\": $time_limit, \"plan_args\": \"$PLAN_ARGS\", \"seed\": $SEED}"
  "$PY" "$here/score.py" "$f" "$work/plan" --data "$DATA" --extra "$extra" > "$OUT/$name.result.json"
  "$PY" -c "import json,sys; r=json.load(open(sys.argv[1])); print('   %s: cost %.2f  bks %.2f  gap %s  feasible %s  %.1f s  exit %d' % (sys.argv[2], r['cost'], r['bks'], 'n/a' if r['gap'] is None else '%.2f %%' % (100*r['gap']), r['feasible'], r['wall_s'], r['exit']))" "$OUT/$name.result.json" "$name" >&2
}

for f in "${files[@]}"; do
  if (( jobs > 1 )); then
    while (( $(jobs -rp | wc -l) >= jobs )); do wait -n || true; done
    run_one "$f" &
  else
    run_one "$f"
  fi
done
wait

"$PY" "$here/report.py" "$OUT" --doc "$DOC" --data "$DATA" \
  --command "${COLDROUTE_BIN:+COLDROUTE_BIN=$COLDROUTE_BIN }Benchmarks/lrp/run.sh --time-limit $time_limit --set $which --jobs $jobs${names[*]:+ ${names[*]}}"
