#!/usr/bin/env python3
"""Solve MTVRPTWR instances (VRPLIB, multi-trip VRPTW with release dates) with PyVRP; one JSON line each.

PyVRP's own reader (`pyvrp.read(..., round_func="dimacs")`: lengths and times ×10, truncated) takes the
file's RELEASE_TIME and VEHICLES_RELOAD_DEPOT sections, so vehicles may reload at the depot and a trip
leaves only once its clients are released. Default solver, one process (PyVRP's search is single-
threaded; run.sh also pins it to one core), --time-limit seconds of search per instance.

Output per instance: instance, solver, cost (total length ×10, DIMACS), vehicles, trips, seconds,
feasible (PyVRP's own verdict; check.py re-checks), routes (per vehicle, client numbers 1…n as in the
.sol files, 0 for a reload at the depot).
"""
import argparse
import json
import os
import time

import pyvrp
from pyvrp.stop import MaxRuntime


def flag(value):
    return value() if callable(value) else value


def routes_of(solution):
    """Client numbers per vehicle, 0 between trips (the schedule's depot visits inside a route)."""
    out = []
    for route in solution.routes():
        seq = []
        for act in route.schedule():
            if flag(act.is_client):
                seq.append(act.idx + 1)   # clients are numbered after the one depot
            elif seq and seq[-1] != 0:
                seq.append(0)
        while seq and seq[-1] == 0:
            seq.pop()
        if seq:
            out.append(seq)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="+")
    ap.add_argument("--time-limit", type=float, default=10)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    for path in a.files:
        data = pyvrp.read(path, round_func="dimacs")
        if data.num_depots != 1:
            raise SystemExit(f"{path}: expected one depot, got {data.num_depots}")
        t0 = time.perf_counter()
        res = pyvrp.solve(data, stop=MaxRuntime(a.time_limit), seed=a.seed, display=False)
        secs = time.perf_counter() - t0
        best = res.best
        routes = routes_of(best)
        print(json.dumps(dict(instance=os.path.splitext(os.path.basename(path))[0], solver="pyvrp",
                              cost=int(best.distance()), vehicles=len(routes),
                              trips=sum(1 + r.count(0) for r in routes), seconds=round(secs, 3),
                              feasible=bool(best.is_feasible()), routes=routes)), flush=True)


if __name__ == "__main__":
    main()
