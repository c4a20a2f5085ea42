"""Independent re-check of every VRPTW solution and the results table.

Reads JSON lines (instance, solver, routes as customer numbers), re-checks each with real
(double) times and distances: every customer exactly once, capacity, fleet size, time windows
(service may start at max(arrival, ready) and must start by due; return by the depot's due),
tolerance 1e-6; recomputes the distance. Writes the table into docs/benchmarks.md under
"## VRPTW (Solomon)", replacing only that section.
"""
import argparse, csv, json, os, platform, re, subprocess, sys
import solomon

ap = argparse.ArgumentParser()
ap.add_argument("--results", nargs="+", required=True)
ap.add_argument("--instances", required=True)
ap.add_argument("--bks", required=True)
ap.add_argument("--doc", required=True)
ap.add_argument("--command", required=True)
ap.add_argument("--time-limit", required=True)
a = ap.parse_args()

EPS = 1e-6


def check(inst, routes):
    """Return (distance, problems)."""
    problems = []
    index = {c: i for i, c in enumerate(inst["ids"])}
    seen = {}
    if len(routes) > inst["vehicles"]:
        problems.append(f"{len(routes)} routes > fleet {inst['vehicles']}")
    total = 0.0
    for r in routes:
        nodes = [index.get(c) for c in r]
        if None in nodes or 0 in nodes:
            problems.append(f"unknown customer or depot in route {r}")
            continue
        load = sum(inst["demand"][v] for v in nodes)
        if load > inst["capacity"]:
            problems.append(f"load {load} > capacity")
        t, prev = inst["ready"][0], 0
        for v in nodes:
            seen[v] = seen.get(v, 0) + 1
            t = max(t + inst["service"][prev] + solomon.real_distance(inst, prev, v), inst["ready"][v])
            if t > inst["due"][v] + EPS:
                problems.append(f"customer {inst['ids'][v]} starts {t:.4f} > due {inst['due'][v]}")
            total += solomon.real_distance(inst, prev, v)
            prev = v
        total += solomon.real_distance(inst, prev, 0)
        back = t + inst["service"][prev] + solomon.real_distance(inst, prev, 0)
        if back > inst["due"][0] + EPS:
            problems.append(f"route returns {back:.4f} > depot due {inst['due'][0]}")
    for v in range(1, len(inst["ids"])):
        if seen.get(v, 0) != 1:
            problems.append(f"customer {inst['ids'][v]} visited {seen.get(v, 0)} times")
    return total, problems


bks = {r["name"]: (float(r["distance"]), int(r["vehicles"])) for r in csv.DictReader(open(a.bks))}
rows = {}
for path in a.results:
    for line in open(path):
        line = line.strip()
        if not line.startswith("{"):
            continue
        d = json.loads(line)
        solver = d.get("solver", "coldroute")
        inst = solomon.read(os.path.join(a.instances, d["instance"] + ".txt"))
        dist, problems = check(inst, d["routes"])
        if problems:
            print(f"{solver} {d['instance']}: INFEASIBLE: {problems[:3]}", file=sys.stderr)
        rows.setdefault(d["instance"], {})[solver] = (dist, len(d["routes"]), not problems)

solvers = ["coldroute", "pyvrp", "ortools"]
names = sorted(rows, key=lambda n: (re.sub(r"\d", "", n), n))
lines = ["| instance | BKS | ColdRoute | gap % | veh | PyVRP | gap % | veh | OR-Tools | gap % | veh |",
         "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
gaps = {s: [] for s in solvers}
feasible = {s: 0 for s in solvers}
count = {s: 0 for s in solvers}
for n in names:
    b = bks[n][0]
    cells = [n, f"{b:.2f}"]
    for s in solvers:
        if s in rows[n]:
            dist, veh, ok = rows[n][s]
            count[s] += 1
            if ok:
                feasible[s] += 1
                g = 100 * (dist / b - 1)
                gaps[s].append(g)
                cells += [f"{dist:.2f}", f"{g:.2f}", str(veh)]
            else:
                cells += ["infeasible", "–", str(veh)]
        else:
            cells += ["–", "–", "–"]
    lines.append("| " + " | ".join(cells) + " |")
summary = ["| solver | instances | feasible | mean gap % | max gap % |", "|---|---:|---:|---:|---:|"]
label = {"coldroute": "ColdRoute (HGS)", "pyvrp": "PyVRP", "ortools": "OR-Tools GLS"}
for s in solvers:
    if count[s]:
        mean = sum(gaps[s]) / len(gaps[s]) if gaps[s] else float("nan")
        mx = max(gaps[s]) if gaps[s] else float("nan")
        summary.append(f"| {label[s]} | {count[s]} | {feasible[s]} | {mean:.2f} | {mx:.2f} |")
        print(f"{label[s]}: {feasible[s]}/{count[s]} feasible, mean gap {mean:.2f} %", file=sys.stderr)

cpu = "unknown CPU"
try:
    cpu = next(l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name"))
except Exception:
    pass
date = subprocess.run(["date", "-u", "+%Y-%m-%d %H:%M UTC"], capture_output=True, text=True).stdout.strip()
section = f"""## VRPTW (Solomon)

Distance-only objective (real Euclidean distance, travel time = distance, the file's fleet size as
the limit) on the 100-customer Solomon instances; reference = `bks_distance_only.csv` (best known
total distance when only distance counts). Each solver gets {a.time_limit} s per instance on one
core (`taskset`), same integer data (×1000: distances rounded, travel times rounded up). Every
solution is re-checked by `Benchmarks/vrptw/check.py` in double precision (each customer once,
capacity, windows, depot return, fleet size); the distances below are recomputed by it.

Command: `{a.command}`
Machine: {cpu}, {os.cpu_count()} cores, {platform.system()} — {date}.

{chr(10).join(summary)}

{chr(10).join(lines)}

A negative gap is a solution shorter than the tabulated distance-only value (the table draws on
papers from 2001–2005); every such solution passed the re-check above.
"""
doc = open(a.doc).read() if os.path.exists(a.doc) else "# Benchmarks\n"
pattern = re.compile(r"^## VRPTW \(Solomon\)\n.*?(?=^## |\Z)", re.S | re.M)
if pattern.search(doc):
    doc = pattern.sub(lambda _: section + "\n", doc)
else:
    doc = doc.rstrip("\n") + "\n\n" + section
open(a.doc, "w").write(doc)
