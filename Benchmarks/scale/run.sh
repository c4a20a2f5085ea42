#!/usr/bin/env bash
# Scale benchmark: how `coldroute plan` grows with the county.
#
#   Benchmarks/scale/run.sh                 # N = 500 1000 2000 5000 10000 20000, 60 s limit each
#   SIZES="500 1000" TIME_LIMIT=10 Benchmarks/scale/run.sh
#
# For each N it generates a county (`coldroute generate`, seed 1) with M = max(2, round(N/33))
# depots (60 at N = 2000) and K = max(2, N/250) agencies, then runs
#   coldroute plan FILE --time-limit $TIME_LIMIT --json --quiet
# under /usr/bin/time -v (installed from Debian's `time` package when missing), recording wall time,
# peak RSS, exit status, plan status, gap and coverage. Each plan runs under `ulimit -v $MEM_LIMIT_KB`
# (default 16 GiB) and `timeout $WALL_LIMIT` (default 900 s) so a blow-up cannot take the machine.
# Results: Benchmarks/out/scale/results.tsv; the table and plot are written into docs/benchmarks.md
# ("## Scale") and Benchmarks/scale/scale.svg by report.py.
#
# Environment: SCRATCH (build folder, default .build), SEED, SIZES, TIME_LIMIT, MEM_LIMIT_KB,
# WALL_LIMIT, COLDROUTE_GENERATE (a command to generate with instead of `coldroute generate`).
set -euo pipefail
cd "$(dirname "$0")/../.."

SCRATCH=${SCRATCH:-.build}
SEED=${SEED:-1}
SIZES=${SIZES:-"500 1000 2000 5000 10000 20000"}
TIME_LIMIT=${TIME_LIMIT:-60}
MEM_LIMIT_KB=${MEM_LIMIT_KB:-16777216}
WALL_LIMIT=${WALL_LIMIT:-900}
OUT=Benchmarks/out/scale
mkdir -p "$OUT"

if [ ! -x /usr/bin/time ]; then
  echo "installing GNU time ..." >&2
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq time >/dev/null
fi

swift build -c release --scratch-path "$SCRATCH" --product coldroute >&2
BIN="$SCRATCH/release/coldroute"
GENERATE=${COLDROUTE_GENERATE:-"$BIN generate"}

printf 'villages\tdepots\tagencies\troads\tgen_s\tplan_wall_s\tpeak_rss_mb\texit\tstatus\tgap\tobjective\tsolve_s\tvillages_covered\tsupply_share\n' > "$OUT/results.tsv"
for n in $SIZES; do
  m=$(( (n + 16) / 33 )); [ "$m" -ge 2 ] || m=2
  k=$(( n / 250 )); [ "$k" -ge 2 ] || k=2
  net="$OUT/county-$n.json"
  /usr/bin/time -f %e -o "$OUT/gen-$n.txt" $GENERATE --villages "$n" --depots "$m" --agencies "$k" \
    --seed "$SEED" --out "$net" 2>/dev/null
  gen=$(tail -1 "$OUT/gen-$n.txt")
  roads=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['roads']))" "$net")
  echo "N=$n M=$m K=$k: planning ..." >&2
  set +e
  ( ulimit -v "$MEM_LIMIT_KB"
    /usr/bin/time -v -o "$OUT/time-$n.txt" timeout "$WALL_LIMIT" \
      "$BIN" plan "$net" --time-limit "$TIME_LIMIT" --json --quiet > "$OUT/plan-$n.json" 2> "$OUT/plan-$n.err" )
  code=$?
  set -e
  python3 - "$n" "$m" "$k" "$roads" "$gen" "$code" "$OUT" >> "$OUT/results.tsv" <<'PY'
import json, re, sys
n, m, k, roads, gen, code, out = sys.argv[1:]
timing = open(f"{out}/time-{n}.txt").read()
def field(pattern):
    hit = re.search(pattern, timing)
    return hit.group(1) if hit else ""
wall = field(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)")
parts = [float(x) for x in wall.split(":")] if wall else []
seconds = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
rss_mb = int(field(r"Maximum resident set size \(kbytes\): (\d+)") or 0) / 1024
status = gap = objective = solve = covered = share = ""
try:
    plan = json.load(open(f"{out}/plan-{n}.json"))
    status = plan["status"]
    gap = "" if plan.get("gap") is None else f"{plan['gap']:.4g}"
    objective = "" if plan.get("objective") is None else f"{plan['objective']:.2f}"
    solve = f"{plan['solveSeconds']:.1f}"
    c = plan["coverage"]
    covered = f"{c['villagesCovered']}/{c['villagesTotal']}"
    share = f"{c['supplyCovered'] / c['supplyTotal']:.3f}" if c["supplyTotal"] else ""
except Exception:
    err = open(f"{out}/plan-{n}.err", errors="replace").read()
    status = {"124": "killed: wall limit", "137": "killed"}.get(code, "crashed" if int(code) >= 128 else "error")
    if "no memory available" in err or "bad_alloc" in err:
        status += ": out of memory"
print("\t".join([n, m, k, roads, f"{float(gen):.2f}", f"{seconds:.1f}", f"{rss_mb:.0f}", code, status, gap,
                 objective, solve, covered, share]))
PY
  tail -1 "$OUT/results.tsv" >&2
done

python3 Benchmarks/scale/report.py "$OUT/results.tsv" --notes Benchmarks/scale/notes.md \
  --command "Benchmarks/scale/run.sh (SIZES=\"$SIZES\" TIME_LIMIT=$TIME_LIMIT SEED=$SEED)"
