#!/usr/bin/env bash
# Scale benchmark: how `coldroute plan` grows with the county.
#
#   Benchmarks/scale/run.sh                 # N = 500 … 20000, limits 60 s / 300 s / 840 s (below)
#   SIZES="500 1000" TIME_LIMIT=10 Benchmarks/scale/run.sh      # one limit for every N
#   TIME_LIMITS="500:60 1000:60 2000:60 5000:300 10000:300 20000:840" Benchmarks/scale/run.sh
#
# For each N it generates a county (`coldroute generate`, seed 1) with M = max(2, round(N/33))
# depots (60 at N = 2000) and K = max(2, N/250) agencies, then runs
#   coldroute plan FILE --time-limit LIMIT --json --quiet
# (siting, pickup routes and dispatch; above 3,000 villages `plan` decomposes into regions). LIMIT
# is TIME_LIMIT when set, otherwise N's entry in TIME_LIMITS (N:seconds; the default gives 60 s up
# to 2,000 villages, 300 s at 5,000-10,000 and 840 s at 20,000: the issue-6 goals), under
# /usr/bin/time -v (installed from Debian's `time` package when missing), recording wall time,
# peak RSS, exit status, plan status, gap (regional gaps for a decomposed plan) and coverage.
# Each plan runs under `ulimit -v $MEM_LIMIT_KB` (default 16 GiB) and `timeout $WALL_LIMIT`
# (default 1000 s) so a blow-up cannot take the machine.
# Results: Benchmarks/out/scale/results.tsv; the table and plot are written into docs/benchmarks.md
# ("## Scale") and Benchmarks/scale/scale.svg by report.py.
#
# Environment: SCRATCH (build folder, default .build), SEED, SIZES, TIME_LIMIT, TIME_LIMITS, MEM_LIMIT_KB,
# WALL_LIMIT, COLDROUTE_GENERATE (a command to generate with instead of `coldroute generate`).
set -euo pipefail
cd "$(dirname "$0")/../.."

SCRATCH=${SCRATCH:-.build}
SEED=${SEED:-1}
SIZES=${SIZES:-"500 1000 2000 5000 10000 20000"}
TIME_LIMIT=${TIME_LIMIT:-}
TIME_LIMITS=${TIME_LIMITS:-"500:60 1000:60 2000:60 5000:300 10000:300 20000:840"}
MEM_LIMIT_KB=${MEM_LIMIT_KB:-16777216}
WALL_LIMIT=${WALL_LIMIT:-1000}
OUT=Benchmarks/out/scale
mkdir -p "$OUT"

source Benchmarks/common.sh
need_gnu_time
coldroute_binary "$SCRATCH"
GENERATE=${COLDROUTE_GENERATE:-"$BIN generate"}

# The limit for N: TIME_LIMIT, else N's entry in TIME_LIMITS, else the entry of the next larger N listed.
limit_for() {
  if [ -n "$TIME_LIMIT" ]; then echo "$TIME_LIMIT"; return; fi
  local best="" entry size
  for entry in $TIME_LIMITS; do
    size=${entry%%:*}
    if [ "$size" -ge "$1" ] && { [ -z "$best" ] || [ "$size" -lt "${best%%:*}" ]; }; then best=$entry; fi
  done
  [ -n "$best" ] || best=${TIME_LIMITS##* }
  echo "${best#*:}"
}

printf 'villages\tdepots\tagencies\troads\tgen_s\ttime_limit_s\tplan_wall_s\tpeak_rss_mb\texit\tstatus\tgap\tobjective\tsolve_s\tvillages_covered\tsupply_share\tregions\n' > "$OUT/results.tsv"
for n in $SIZES; do
  m=$(( (n + 16) / 33 )); [ "$m" -ge 2 ] || m=2
  k=$(( n / 250 )); [ "$k" -ge 2 ] || k=2
  net="$OUT/county-$n.json"
  /usr/bin/time -f %e -o "$OUT/gen-$n.txt" $GENERATE --villages "$n" --depots "$m" --agencies "$k" \
    --seed "$SEED" --out "$net" 2>/dev/null
  gen=$(tail -1 "$OUT/gen-$n.txt")
  roads=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['roads']))" "$net")
  limit=$(limit_for "$n")
  echo "N=$n M=$m K=$k: planning (limit $limit s) ..." >&2
  set +e
  ( ulimit -v "$MEM_LIMIT_KB"
    /usr/bin/time -v -o "$OUT/time-$n.txt" timeout "$WALL_LIMIT" \
      "$BIN" plan "$net" --time-limit "$limit" --json --quiet > "$OUT/plan-$n.json" 2> "$OUT/plan-$n.err" )
  code=$?
  set -e
  python3 - "$n" "$m" "$k" "$roads" "$gen" "$code" "$OUT" "$limit" >> "$OUT/results.tsv" <<'PY'
import json, re, sys
n, m, k, roads, gen, code, out, limit = sys.argv[1:]
timing = open(f"{out}/time-{n}.txt").read()
def field(pattern):
    hit = re.search(pattern, timing)
    return hit.group(1) if hit else ""
wall = field(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)")
parts = [float(x) for x in wall.split(":")] if wall else []
seconds = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
rss_mb = int(field(r"Maximum resident set size \(kbytes\): (\d+)") or 0) / 1024
status = gap = objective = solve = covered = share = regions = ""
try:
    plan = json.load(open(f"{out}/plan-{n}.json"))
    status = plan["status"]
    gap = "" if plan.get("gap") is None else f"{plan['gap']:.4g}"
    objective = "" if plan.get("objective") is None else f"{plan['objective']:.2f}"
    solve = f"{plan['solveSeconds']:.1f}" if "solveSeconds" in plan else ""  # timings left plan JSON
    c = plan["coverage"]
    covered = f"{c['villagesCovered']}/{c['villagesTotal']}"
    share = f"{c['supplyCovered'] / c['supplyTotal']:.3f}" if c["supplyTotal"] else ""
    hit = re.search(r"planned in (\d+) regions.*regional gaps (\S+)[–-](\S+) %", plan.get("message") or "")
    regions = f"{hit.group(1)} (gaps {hit.group(2)}–{hit.group(3)} %)" if hit else "1"
except Exception:
    err = open(f"{out}/plan-{n}.err", errors="replace").read()
    status = {"124": "killed: wall limit", "137": "killed"}.get(code, "crashed" if int(code) >= 128 else "error")
    if "no memory available" in err or "bad_alloc" in err:
        status += ": out of memory"
print("\t".join([n, m, k, roads, f"{float(gen):.2f}", limit, f"{seconds:.1f}", f"{rss_mb:.0f}", code, status, gap,
                 objective, solve, covered, share, regions]))
PY
  tail -1 "$OUT/results.tsv" >&2
done

python3 Benchmarks/scale/report.py "$OUT/results.tsv" --notes Benchmarks/scale/notes.md \
  --command "SCRATCH=$SCRATCH Benchmarks/scale/run.sh (SIZES=\"$SIZES\" $([ -n "$TIME_LIMIT" ] && echo "TIME_LIMIT=$TIME_LIMIT" || echo "TIME_LIMITS=\"$TIME_LIMITS\"") SEED=$SEED)"
