#!/usr/bin/env bash
# County siting benchmark (issue 3's goal): ColdRoute vs HiGHS on generated counties, side by side.
#
#   Benchmarks/county/run.sh                          # 2,000 villages, 60 depots, seeds 1 2 3
#   SIZES="2000:60 1000:30" SEEDS="1" Benchmarks/county/run.sh
#   HIGHS_LONG=1800 Benchmarks/county/run.sh          # also a long HiGHS run per county (reference)
#
# Goal: `coldroute plan` on a generated county of 2,000 villages and 60 candidate depots reaches a
# relative gap ≤ 0.1 % within 60 s. For each county (VILLAGES:DEPOTS in SIZES, each seed in SEEDS):
#   1. coldroute generate --villages N --depots M --agencies 3 --seed S --out county.json
#   2. coldroute plan county.json --no-routes --time-limit $TIME_LIMIT --json --quiet
#      under /usr/bin/time -v (wall time, peak RSS); status, objective, bound, gap from the JSON.
#      Siting only: the goal is about the siting gap.
#   3. coldroute export-model county.json --mps county.mps (exactly the MIP `plan` solves), solved by
#      HiGHS (highspy, Benchmarks/county/highs_county.py) with threads=1, time_limit=$TIME_LIMIT and
#      mip_rel_gap=1e-3 (the goal's 0.1 %).
#   4. With HIGHS_LONG=SECONDS (default off): HiGHS again with that time limit and its default gap
#      1e-4, as a reference optimum/bound.
# Results: Benchmarks/out/county/results.jsonl and results.tsv; the section
# "## County siting (generated 2,000-village counties)" of docs/benchmarks.md (only that section)
# is rewritten by Benchmarks/county/report.py.
#
# Environment: SCRATCH (build folder, default .build), COLDROUTE_BIN (use this binary, skip the
# build), SIZES (default "2000:60"), SEEDS (default "1 2 3"), AGENCIES (default 3), TIME_LIMIT
# (default 60), HIGHS_LONG (seconds, default off), OUT (results folder, default Benchmarks/out/county),
# DOC (the document to write, default docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$(pwd)"

SCRATCH=${SCRATCH:-.build}
SIZES=${SIZES:-"2000:60"}
SEEDS=${SEEDS:-"1 2 3"}
AGENCIES=${AGENCIES:-3}
TIME_LIMIT=${TIME_LIMIT:-60}
HIGHS_LONG=${HIGHS_LONG:-}
DOC=${DOC:-docs/benchmarks.md}
OUT=${OUT:-Benchmarks/out/county}
mkdir -p "$OUT"

source Benchmarks/common.sh
need_gnu_time
coldroute_binary "$SCRATCH"
bench_venv "import highspy, numpy" highspy numpy

results="$OUT/results.jsonl"
: > "$results"
started="$(date -u '+%Y-%m-%d %H:%M')"
for size in $SIZES; do
  n="${size%%:*}"; m="${size##*:}"
  for seed in $SEEDS; do
    name="county-$n-$m-s$seed"
    net="$OUT/$name.json"
    echo "== $name: generating ..." >&2
    "$BIN" generate --villages "$n" --depots "$m" --agencies "$AGENCIES" --seed "$seed" --out "$net" 2>/dev/null

    load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
    echo "== $name: coldroute plan (load $load_before) ..." >&2
    set +e
    /usr/bin/time -v -o "$OUT/$name.time.txt" \
      "$BIN" plan "$net" --no-routes --time-limit "$TIME_LIMIT" --json --quiet > "$OUT/$name.plan.json" 2> "$OUT/$name.plan.err"
    plan_exit=$?
    set -e
    load_after_plan="$(cut -d' ' -f1-3 /proc/loadavg)"

    echo "== $name: export-model + HiGHS ..." >&2
    set +e
    /usr/bin/time -f %e -o "$OUT/$name.export.time" \
      "$BIN" export-model "$net" --mps "$OUT/$name.mps" 2> "$OUT/$name.export.err"
    export_exit=$?
    set -e
    if [ "$export_exit" -eq 0 ]; then
      "$PY" Benchmarks/county/highs_county.py "$OUT/$name.mps" --county "$name" --time-limit "$TIME_LIMIT" \
        --mip-rel-gap 1e-3 --threads 1 --log "$OUT/$name.highs.log" > "$OUT/$name.highs.json" \
        || echo '{"status": "error"}' > "$OUT/$name.highs.json"
    else
      echo '{"status": "export failed"}' > "$OUT/$name.highs.json"
    fi
    load_after_highs="$(cut -d' ' -f1-3 /proc/loadavg)"

    if [ -n "$HIGHS_LONG" ] && [ "$export_exit" -eq 0 ]; then
      echo "== $name: long HiGHS run ($HIGHS_LONG s) ..." >&2
      "$PY" Benchmarks/county/highs_county.py "$OUT/$name.mps" --county "$name" --time-limit "$HIGHS_LONG" \
        --mip-rel-gap 1e-4 --threads 1 --log "$OUT/$name.highs-long.log" > "$OUT/$name.highs-long.json" \
        || echo '{"status": "error"}' > "$OUT/$name.highs-long.json"
    else
      rm -f "$OUT/$name.highs-long.json"
    fi
    rm -f "$OUT/$name.mps"

    "$PY" Benchmarks/county/collect.py --out "$OUT" --name "$name" --villages "$n" --depots "$m" \
      --agencies "$AGENCIES" --seed "$seed" --plan-exit "$plan_exit" \
      --load "$load_before" --load "$load_after_plan" --load "$load_after_highs" >> "$results"
    tail -1 "$results" >&2
  done
done

"$PY" Benchmarks/county/report.py "$results" --tsv "$OUT/results.tsv" --doc "$DOC" \
  --started "$started" --time-limit "$TIME_LIMIT" --highs-long "${HIGHS_LONG:-0}" \
  --command "${COLDROUTE_BIN:+COLDROUTE_BIN=$COLDROUTE_BIN }SCRATCH=$SCRATCH Benchmarks/county/run.sh (SIZES=\"$SIZES\" SEEDS=\"$SEEDS\" TIME_LIMIT=$TIME_LIMIT${HIGHS_LONG:+ HIGHS_LONG=$HIGHS_LONG})"
