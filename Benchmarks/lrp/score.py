#!/usr/bin/env python3
"""Independent scorer for a coldroute plan of a converted location-routing instance.

Reads the original instance (lrpdata.read: the .dat file, not the network JSON) and the plan
coldroute wrote with `plan --out DIR`: the route sheet DIR/routes.csv (routes) and DIR/plan.json
(the depots the plan opened, and its own day cost for comparison). Shares no code with coldroute.

Checks, each violation listed:
- every route starts and ends at its depot (route sheet rows 0 and n + 1), and visits customers only;
- every customer is visited exactly once, loaded whole (its demand, no split);
- each route's load ≤ the vehicle capacity; each depot's load ≤ its capacity.
Cost under the LRP convention, in double precision: opening costs of the depots used (a depot the plan
opened without routes counts too: it is paid for) + route fixed cost × number of non-empty routes +
Σ Euclidean route lengths (depot → stops → depot).

Prints one JSON object: instance, set, bks, cost, gap (cost / bks − 1), feasible, violations,
routes, depots (used), plan_cost (coldroute's own day cost from plan.json: `dayCost.total`, or for
older plan.json the opening costs + the routes' costs).

Usage: score.py INSTANCE.dat DIR [--bks-csv FILE] [--extra JSON]  (extra keys merged into the output)
"""
import argparse
import csv
import json
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lrpdata  # noqa: E402

TOL = 1e-6


def read_routes(path):
    """{vehicle: (depot, [stop rows in sequence order])} from a route sheet."""
    routes = {}
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            routes.setdefault(row["vehicle"], []).append(row)
    out = {}
    for vehicle, rows in routes.items():
        rows.sort(key=lambda r: int(r["sequence"]))
        out[vehicle] = (rows[0]["depot"], rows)
    return out


def score(inst, plan_dir):
    violations = []
    depot_index = {f"D{j + 1}": j for j in range(inst.m)}
    customer_index = {f"C{i + 1}": i for i in range(inst.n)}
    seen = [0] * inst.n
    depot_load = [0.0] * inst.m
    used, length, nroutes = set(), 0.0, 0
    routes_path = os.path.join(plan_dir, "routes.csv")
    routes = read_routes(routes_path) if os.path.exists(routes_path) else {}
    if not routes:
        violations.append("no routes.csv or no routes in it")
    for vehicle, (depot, rows) in routes.items():
        if depot not in depot_index:
            violations.append(f"{vehicle}: unknown depot {depot}")
            continue
        j = depot_index[depot]
        seqs = [int(r["sequence"]) for r in rows]
        if seqs != list(range(len(rows))):
            violations.append(f"{vehicle}: sequence numbers {seqs} are not 0..{len(rows) - 1}")
        if len(rows) < 2 or rows[0]["stop_id"] != depot or rows[-1]["stop_id"] != depot:
            violations.append(f"{vehicle}: does not start and end at its depot {depot}")
        if any(r["depot"] != depot for r in rows):
            violations.append(f"{vehicle}: rows name different depots")
        stops = rows[1:-1]
        if not stops:
            continue
        nroutes += 1
        used.add(j)
        load, here = 0.0, inst.depots[j]
        for r in stops:
            c = customer_index.get(r["stop_id"])
            if c is None:
                violations.append(f"{vehicle}: stop {r['stop_id']} is not a customer")
                continue
            seen[c] += 1
            kg = float(r["kilograms"] or 0)
            if abs(kg - inst.demand[c]) > TOL * max(1.0, inst.demand[c]):
                violations.append(f"{vehicle}: customer {r['stop_id']} loaded {kg:g} of its demand {inst.demand[c]:g}")
            load += inst.demand[c]
            length += math.hypot(here[0] - inst.customers[c][0], here[1] - inst.customers[c][1])
            here = inst.customers[c]
        length += math.hypot(here[0] - inst.depots[j][0], here[1] - inst.depots[j][1])
        depot_load[j] += load
        if load > inst.capacity * (1 + TOL):
            violations.append(f"{vehicle}: load {load:g} > vehicle capacity {inst.capacity:g}")
    for i, k in enumerate(seen):
        if k != 1:
            violations.append(f"customer C{i + 1} visited {k} times")
    for j in range(inst.m):
        if depot_load[j] > inst.depot_capacity[j] * (1 + TOL):
            violations.append(f"depot D{j + 1}: load {depot_load[j]:g} > capacity {inst.depot_capacity[j]:g}")

    plan_cost, opened = None, set()
    plan_path = os.path.join(plan_dir, "plan.json")
    if os.path.exists(plan_path):
        plan = json.load(open(plan_path))
        opened = {depot_index[d["id"]] for d in plan.get("openDepots", []) if d.get("id") in depot_index}
        pickup = plan.get("pickup") or {}
        day = plan.get("dayCost") or {}
        if isinstance(day.get("total"), (int, float)):   # plan.json with the whole day's cost
            plan_cost = day["total"]
        else:                                              # older plan.json: opening + the routes' costs
            plan_cost = sum(d.get("openingCostPerDay", 0) for d in plan.get("openDepots", [])) + sum(
                v for k, v in (pickup.get("cost") or {}).items() if k != "depotOpening")
    paid = used | opened
    cost = sum(inst.opening[j] for j in paid) + inst.route_cost * nroutes + length
    return dict(cost=cost, feasible=not violations, violations=violations[:20], routes=nroutes,
                depots=sorted(f"D{j + 1}" for j in used), depots_open_unused=len(opened - used),
                length=length, plan_cost=plan_cost)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("instance")
    ap.add_argument("plan_dir")
    ap.add_argument("--data", default=lrpdata.DATA, help="folder with bks.csv")
    ap.add_argument("--extra", default="{}", help="JSON object merged into the output (run details)")
    a = ap.parse_args()
    inst = lrpdata.read(a.instance)
    known = lrpdata.bks(a.data).get(inst.name)
    out = dict(instance=inst.name, set=known[0] if known else None, bks=known[1] if known else None,
               customers=inst.n, candidates=inst.m)
    out.update(score(inst, a.plan_dir))
    out["gap"] = out["cost"] / out["bks"] - 1 if out["bks"] and out["feasible"] else None
    out.update(json.loads(a.extra))
    print(json.dumps(out))


if __name__ == "__main__":
    main()
