#!/usr/bin/env bash
# Sweep benchmark (docs/benchmarks.md, "Province sweeps"): a generated province of 24 counties
# (30-80 villages) x 4 scenarios (baseline + 3 files), one seed, through `sweep run --jobs 2` and
# through the local one-node Slurm cluster (.ci/slurm-local); then `sweep collect` of 10,000
# synthetic task records.
#
#   Benchmarks/sweep/run.sh [WORK_DIR]      (default /tmp/coldroute-sweep-bench)
#
# Builds coldroute (release) unless COLDROUTE_BIN names a binary; the Slurm part needs
# .ci/slurm-local (run as root, or with sudo). Prints one line per measurement and writes
# WORK_DIR/results.txt. SKIP_SLURM=1 skips the Slurm part.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
W="${1:-/tmp/coldroute-sweep-bench}"
source "$ROOT/Benchmarks/common.sh"
coldroute_binary
ITER="${ROUTE_ITERATIONS:-20}"
rm -rf "$W"; mkdir -p "$W/counties" "$W/scenarios"
cd "$W"
now() { date +%s.%N; }
log() { echo "$*" | tee -a "$W/results.txt"; }
log "machine: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg) at start ($(date -u +%FT%TZ))"

for i in $(seq 1 24); do
  v=$((30 + (i * 13) % 51))
  "$BIN" generate --villages "$v" --depots 6 --seed "$i" --out "counties/c$(printf %02d "$i").json" >/dev/null 2>&1
done
printf 'name = "no-new-stores"\n[depots]\nmaxNew = 0\n' > scenarios/no-new-stores.toml
printf 'name = "peak-harvest"\n[depots]\nmaxNew = 2\n[supply]\nfactor = 1.5\n' > scenarios/peak-harvest.toml
printf 'name = "build-subsidy"\n[costs]\nnewDepotOpeningMultiplier = 0.5\n' > scenarios/build-subsidy.toml
cat > province.toml <<TOML
counties = ["counties/*.json"]
scenarios = ["scenarios/*.toml"]
baseline = true
seeds = [1]
[solver]
routeIterations = $ITER
timeLimit = 3600
TOML

# Busy seconds of the tasks (their own wall time, process start to record), from the records.
busy() { python3 - "$1" <<'PY'
import json, glob, sys
t = [json.load(open(f))["execution"] for f in glob.glob(sys.argv[1] + "/tasks/*.json")]
print("%d %.3f %.3f" % (len(t), sum(e["total"] for e in t), max(e["finished"] for e in t) - min(e["started"] for e in t)))
PY
}

# 1. sweep run --jobs 2
t0=$(now)
"$BIN" sweep run "$W/province.toml" --out local --jobs 2 --quiet >/dev/null || true
t1=$(now)
read -r n busy_local span_local < <(busy local)
wall=$(echo "$t1 - $t0" | bc)
log "sweep run --jobs 2: $n tasks, wall $(printf %.1f "$wall") s, task busy $(printf %.1f "$busy_local") s, overhead per task $(echo "scale=3; ($wall * 2 - $busy_local) / $n" | bc) s (= (wall x 2 cores - busy) / tasks)"

# 2. Slurm
if [ "${SKIP_SLURM:-0}" != 1 ]; then
  bash "$ROOT/.ci/slurm-local" up
  eval "$(bash "$ROOT/.ci/slurm-local" env)"
  : > /tmp/coldroute-slurm/jobcomp.log
  t0=$(now)
  out="$("$BIN" sweep slurm "$W/province.toml" --out slurm --submit 2>/dev/null)"
  collect=$(echo "$out" | sed -n 's/^collect-job: //p')
  while [ -n "$(squeue -h -j "$collect" 2>/dev/null)" ]; do sleep 0.2; done
  t1=$(now)
  read -r n busy_slurm span_slurm < <(busy slurm)
  wall=$(echo "$t1 - $t0" | bc)
  log "sweep slurm --submit (array + collector, 2 CPUs): $n tasks, wall $(printf %.1f "$wall") s (submit to collector gone), task busy $(printf %.1f "$busy_slurm") s, overhead per task $(echo "scale=3; ($wall * 2 - $busy_slurm) / $n" | bc) s"
  python3 - slurm /tmp/coldroute-slurm/jobcomp.log <<'PY' | tee -a "$W/results.txt"
import json, glob, sys, re, datetime
recs = {json.load(open(f))["task"]["index"]: json.load(open(f))["execution"] for f in glob.glob(sys.argv[1] + "/tasks/*.json")}
rows = [dict(kv.split("=", 1) for kv in line.split() if "=" in kv) for line in open(sys.argv[2])]
ts = lambda s: datetime.datetime.fromisoformat(s).timestamp()
over = []
for r in rows:
    if r.get("ArrayTaskId", "4294967294") in ("", "4294967294") or not r["ArrayTaskId"].isdigit(): continue
    i = int(r["ArrayTaskId"])
    if i in recs: over.append((ts(r["EndTime"]) - ts(r["StartTime"])) - recs[i]["total"])
if over:
    print("slurm per-task overhead (Slurm's end - start, 1 s resolution, minus the task's own time): mean %.2f s, max %.2f s over %d tasks" % (sum(over) / len(over), max(over), len(over)))
PY
  same=$(python3 - <<'PY'
import json, glob
def c(p):
    r = json.load(open(p)); r.pop("execution")
    if r.get("result"): r["result"].pop("timings", None)
    return json.dumps(r, sort_keys=True)
a = sorted(glob.glob("local/tasks/*.json")); print(sum(c(x) == c(x.replace("local/", "slurm/", 1)) for x in a), "of", len(a))
PY
)
  log "records equal between Slurm and sweep run (ignoring timings): $same"
fi

# 3. collect of 10,000 synthetic task records: 100 counties x 10 scenarios (baseline + 9) x 10 seeds.
mkdir -p big/counties big/scenarios
for i in $(seq -w 1 100); do ln -sf "$W/counties/c01.json" "big/counties/k$i.json"; done
for s in $(seq 1 9); do printf 'name = "s%d"\n[supply]\nfactor = 1.%d\n' "$s" "$s" > "big/scenarios/s$s.toml"; done
printf 'counties = ["counties/*.json"]\nscenarios = ["scenarios/*.toml"]\nbaseline = true\nseeds = [1,2,3,4,5,6,7,8,9,10]\n[solver]\nrouteIterations = %s\n' "$ITER" > big/province.toml
(cd big && "$BIN" sweep k8s province.toml --out out --image none 2>/dev/null)
python3 - "$W/local/tasks/0.json" big/out <<'PY'
import json, sys, os
template = json.load(open(sys.argv[1]))
tasks = json.load(open(os.path.join(sys.argv[2], "sweep-tasks.json")))["tasks"]
for t in tasks:
    template["task"] = t
    with open(os.path.join(sys.argv[2], "tasks", "%d.json" % t["index"]), "w") as f:
        json.dump(template, f, indent=2, sort_keys=True)
print(len(tasks), "records of", os.path.getsize(sys.argv[1]), "bytes")
PY
sync
t0=$(now)
"$BIN" sweep collect big/out >/dev/null
t1=$(now)
log "sweep collect of 10,000 task records ($(du -sh big/out/tasks | cut -f1) on disk): $(printf %.2f "$(echo "$t1 - $t0" | bc)") s"
log "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
