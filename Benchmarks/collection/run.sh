#!/usr/bin/env bash
# Collection coverage benchmark (issue 10's goals "demo county ≥ 99 %" and "3,000-village county
# ≥ 95 % of covered supply collected within 132 s wall and 2 GiB").
#
#   Benchmarks/collection/run.sh                     # demo county (default plan) + c3000 (--time-limit 120)
#   CASES=demo Benchmarks/collection/run.sh          # one case only (demo | c3000)
#   COLDROUTE_BIN=.build-rel/release/coldroute Benchmarks/collection/run.sh
#
# Cases:
#   demo   coldroute plan networks/demo-county.json --out DIR             (the default plan: 60 s)
#   c3000  coldroute generate --villages 3000 --depots 60 --agencies 4 --seed 3 --out c3000.json
#          coldroute plan c3000.json --time-limit 120 --out DIR
# each under /usr/bin/time -v (wall time, peak RSS). From DIR/plan.json: reachable / assigned /
# collected kg (coverage.supplyReachable / supplyAssigned / supplyCollected), collected as a share
# of assigned (the goal's "covered supply collected"), the kg assigned but not collected by reason,
# the kg the planner withdrew from the siting because no route collected it ("the routes of D… cannot
# collect it", reachable but not assigned), and the exit code (70 when an independent checker rejects the plan). The load average before and after each run is recorded: the time
# limit is wall-clock, so a loaded machine gets less search in the same 120 s.
# Results: $OUT/results.jsonl and $OUT/results.tsv (printed at the end). The table in
# docs/benchmarks.md, section "Collection coverage", is written by hand from it.
#
# Environment: SCRATCH (release build folder, default .build-rel), COLDROUTE_BIN (use this binary,
# skip the build), CASES (default "demo c3000"), TIME_LIMIT (c3000's, default 120), SEED (plan
# seed, default 1), OUT (default Benchmarks/out/collection).
set -euo pipefail
cd "$(dirname "$0")/../.."

SCRATCH=${SCRATCH:-.build-rel}
CASES=${CASES:-"demo c3000"}
TIME_LIMIT=${TIME_LIMIT:-120}
SEED=${SEED:-1}
OUT=${OUT:-Benchmarks/out/collection}
mkdir -p "$OUT"

sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
if [ ! -x /usr/bin/time ]; then
  echo "installing GNU time ..." >&2
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq time >/dev/null
fi
if [ -n "${COLDROUTE_BIN:-}" ]; then
  BIN="$COLDROUTE_BIN"
else
  echo "building coldroute (release, $SCRATCH) ..." >&2
  swift build -c release --scratch-path "$SCRATCH" --product coldroute >&2
  BIN="$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)/coldroute"
fi

results="$OUT/results.jsonl"
: > "$results"
for case in $CASES; do
  dir="$OUT/$case"
  rm -rf "$dir"
  case "$case" in
    demo)  net=networks/demo-county.json; args=(--seed "$SEED") ;;
    c3000) net="$OUT/c3000.json"
           "$BIN" generate --villages 3000 --depots 60 --agencies 4 --seed 3 --out "$net" >/dev/null 2>&1
           args=(--seed "$SEED" --time-limit "$TIME_LIMIT") ;;
    *) echo "unknown case $case (demo | c3000)" >&2; exit 2 ;;
  esac
  load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "== $case: coldroute plan $net ${args[*]} (load $load_before) ..." >&2
  set +e
  /usr/bin/time -v -o "$OUT/$case.time.txt" "$BIN" plan "$net" "${args[@]}" --quiet --out "$dir" \
    > "$OUT/$case.stdout.txt" 2> "$OUT/$case.stderr.txt"
  status=$?
  set -e
  load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
  python3 - "$case" "$dir/plan.json" "$OUT/$case.time.txt" "$status" "$load_before" "$load_after" >> "$results" <<'PY'
import json, re, sys
case, plan_path, time_path, status, before, after = sys.argv[1:7]
text = open(time_path).read()
def field(label):
    m = re.search(re.escape(label) + r":\s*(.+)", text)
    return m.group(1).strip() if m else None
wall = field("Elapsed (wall clock) time (h:mm:ss or m:ss)")
parts = [float(p) for p in wall.split(":")] if wall else []
seconds = sum(p * 60 ** (len(parts) - 1 - i) for i, p in enumerate(parts)) if parts else None
rss_kb = int(field("Maximum resident set size (kbytes)") or 0)
row = {"case": case, "exit": int(status), "wall_s": seconds, "peak_rss_mib": round(rss_kb / 1024, 1),
       "cpu_s": float(field("User time (seconds)") or 0) + float(field("System time (seconds)") or 0),
       "load_before": before, "load_after": after}
try:
    plan = json.load(open(plan_path))
    c = plan["coverage"]
    row.update(reachable_kg=c["supplyReachable"], assigned_kg=c["supplyAssigned"], collected_kg=c["supplyCollected"],
               total_kg=c["supplyTotal"],
               collected_pct=round(100 * c["supplyCollected"] / c["supplyAssigned"], 2) if c["supplyAssigned"] else None,
               open_depots=len(plan["openDepots"]), routes=len(plan["pickup"]["routes"]))
    reasons = {}
    for u in plan["pickup"]["unserved"]:
        key = u["reason"].split(":")[0][:60]
        reasons[key] = reasons.get(key, 0) + u["kilograms"]
    row["not_collected_by_reason"] = {k: round(v) for k, v in sorted(reasons.items(), key=lambda kv: -kv[1])}
    # What the planner took back from the siting because no route collected it (reachable, not
    # assigned: CollectedAssignment), by the routes' reason.
    withdrawn = {}
    for u in plan["uncovered"]:
        if u["reason"].startswith("the routes of "):
            key = u["reason"].split(": ", 1)[-1].split("(")[0].strip()[:60]
            withdrawn[key] = withdrawn.get(key, 0) + u["kilograms"]
    row["withdrawn_kg"] = round(sum(withdrawn.values()))
    row["withdrawn_by_reason"] = {k: round(v) for k, v in sorted(withdrawn.items(), key=lambda kv: -kv[1])}
except (OSError, KeyError, ValueError) as error:
    row["error"] = str(error)
print(json.dumps(row))
PY
  tail -1 "$results" >&2
done

python3 - "$results" > "$OUT/results.tsv" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
print("case\treachable kg\tassigned kg\tcollected kg\tcollected %\twithdrawn kg\twall s\tpeak RSS MiB\tCPU s\tload before\tload after\texit")
for r in rows:
    print("\t".join(str(r.get(k, "")) for k in ("case", "reachable_kg", "assigned_kg", "collected_kg", "collected_pct",
                                                 "withdrawn_kg", "wall_s", "peak_rss_mib", "cpu_s", "load_before",
                                                 "load_after", "exit")))
PY
cat "$OUT/results.tsv"
