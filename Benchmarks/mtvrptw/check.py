#!/usr/bin/env python3
"""Independent checker for multi-trip VRPTW solutions with release dates (the MTVRPTWR instances in
../shared/benchmarks/mtvrptw, VRPLIB format). Standard library only; shares no code with any solver.

Model (as in the instances' README, DIMACS convention): node 1 is the depot, client k (1…100) is node
k + 1. Every edge's length and travel time is the Euclidean distance truncated to one decimal; all
times and lengths are kept ×10 as integers (so 12.34 → 123). A vehicle's route is a list of client
numbers with `0` for a return to the depot to reload; the pieces between zeros are trips. Rules:
- every client exactly once over all routes; at most VEHICLES non-empty routes;
- each trip's demand ≤ CAPACITY;
- a trip leaves the depot at the earliest when the vehicle is back from its previous trip, when the
  depot opens, and when every client on the trip is released (RELEASE_TIME);
- service at a client starts at max(arrival, window start) (waiting allowed) and must start by the
  window end; it lasts the client's service time; the vehicle is back at the depot by its closing time.
  (No time at the depot to reload.)
Cost = Σ over all edges of the truncated length, ×10 as an integer (the `Cost:` of the `.sol` files).

  check.py --sol DIR                   self-test: every DIR/*.sol must be feasible and reproduce its Cost:
  check.py --instances DIR FILE.jsonl… re-checks solver output (JSON lines with `instance` and `routes`),
                                       prints each line with `checked_cost`, `check_feasible`,
                                       `violations`, `bks`, `gap` (from the .sol Cost:) added
"""
import argparse
import glob
import json
import math
import os
import sys


class Instance:
    def __init__(self, path):
        self.name = os.path.splitext(os.path.basename(path))[0]
        header, sections, current = {}, {}, None
        for line in open(path):
            line = line.strip()
            if not line or line == "EOF":
                continue
            if line.endswith("_SECTION"):
                current = line[:-len("_SECTION")]
                sections[current] = []
            elif ":" in line and current is None:
                k, v = line.split(":", 1)
                header[k.strip()] = v.strip()
            elif current is not None:
                sections[current].append(line.split())
            else:
                raise ValueError(f"{path}: unexpected line {line!r}")
        self.vehicles = int(header["VEHICLES"])
        self.capacity = int(header["CAPACITY"])
        service = float(header.get("SERVICE_TIME", 0))
        nodes = sorted(int(r[0]) for r in sections["NODE_COORD"])
        if nodes != list(range(1, len(nodes) + 1)):
            raise ValueError(f"{path}: nodes are not numbered 1…n")
        depot = [int(r[0]) for r in sections["DEPOT"] if int(r[0]) != -1]
        if depot != [1]:
            raise ValueError(f"{path}: expected node 1 as the only depot, got {depot}")
        n = len(nodes)
        self.xy = [None] * n
        for r in sections["NODE_COORD"]:
            self.xy[int(r[0]) - 1] = (float(r[1]), float(r[2]))
        self.demand, self.early, self.late, self.release = [0] * n, [0] * n, [0] * n, [0] * n
        for r in sections["DEMAND"]:
            self.demand[int(r[0]) - 1] = int(r[1])
        for r in sections["TIME_WINDOW"]:
            self.early[int(r[0]) - 1], self.late[int(r[0]) - 1] = self.x10(r[1]), self.x10(r[2])
        for r in sections.get("RELEASE_TIME", []):
            self.release[int(r[0]) - 1] = self.x10(r[1])
        self.service = [0] + [self.x10(service)] * (n - 1)
        self.clients = n - 1
        ints = all(float(v).is_integer() for p in self.xy for v in p)
        self.dist = [[self.edge(a, b, ints) for b in self.xy] for a in self.xy]

    @staticmethod
    def x10(v):
        """A time from the file, ×10 as an integer (the files hold integers or one decimal)."""
        return int(round(float(v) * 10))

    @staticmethod
    def edge(a, b, ints):
        """Euclidean length truncated to one decimal, ×10: floor(10·d), exact for integer coordinates."""
        if ints:
            return math.isqrt(int(100 * ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2)))
        return int(math.floor(10 * math.hypot(a[0] - b[0], a[1] - b[1]) + 1e-9))

    def check(self, routes):
        """(cost ×10, vehicles, trips, violations) of routes: lists of client numbers, 0 = reload."""
        v, seen, cost, nveh, ntrips = [], [0] * (self.clients + 1), 0, 0, 0
        for r, route in enumerate(routes):
            trips, trip = [], []
            for c in route:
                if not isinstance(c, int) or not 0 <= c <= self.clients:
                    v.append(f"route {r + 1}: {c!r} is no client number")
                    continue
                if c == 0:
                    if trip:
                        trips.append(trip)
                    trip = []
                else:
                    trip.append(c)
            if trip:
                trips.append(trip)
            if not trips:
                continue
            nveh += 1
            t = self.early[0]
            for k, trip in enumerate(trips):
                ntrips += 1
                load = sum(self.demand[c] for c in trip)
                if load > self.capacity:
                    v.append(f"route {r + 1} trip {k + 1}: load {load} > capacity {self.capacity}")
                t = max(t, max(self.release[c] for c in trip))
                here = 0
                for c in trip:
                    seen[c] += 1
                    t += self.dist[here][c]
                    cost += self.dist[here][c]
                    t = max(t, self.early[c])
                    if t > self.late[c]:
                        v.append(f"route {r + 1} trip {k + 1}: client {c} served at {t / 10:g} > window end "
                                 f"{self.late[c] / 10:g}")
                    t += self.service[c]
                    here = c
                t += self.dist[here][0]
                cost += self.dist[here][0]
            if t > self.late[0]:
                v.append(f"route {r + 1}: back at the depot at {t / 10:g} > closing {self.late[0] / 10:g}")
        for c in range(1, self.clients + 1):
            if seen[c] != 1:
                v.append(f"client {c} visited {seen[c]} times")
        if nveh > self.vehicles:
            v.append(f"{nveh} vehicles > {self.vehicles} available")
        return cost, nveh, ntrips, v


def read_sol(path):
    routes, cost = [], None
    for line in open(path):
        if line.startswith("Route"):
            routes.append([int(x) for x in line.split(":", 1)[1].split()])
        elif line.startswith("Cost"):
            cost = int(round(float(line.split(":", 1)[1])))
    return routes, cost


def self_test(folder):
    bad = 0
    sols = sorted(glob.glob(os.path.join(folder, "*.sol")))
    for sol in sols:
        inst = Instance(sol[:-4] + ".vrp")
        routes, cost = read_sol(sol)
        got, veh, trips, v = inst.check(routes)
        if v or got != cost:
            bad += 1
            print(f"{inst.name}: Cost {cost}, checker {got}; {len(v)} violations: {'; '.join(v[:3])}")
    print(f"{len(sols) - bad} of {len(sols)} best known solutions feasible with the stated Cost")
    return bad == 0 and len(sols) > 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sol", metavar="DIR", help="self-test on the .sol files of DIR")
    ap.add_argument("--instances", metavar="DIR", help="folder with the .vrp and .sol files")
    ap.add_argument("results", nargs="*")
    a = ap.parse_args()
    if a.sol:
        sys.exit(0 if self_test(a.sol) else 1)
    if not a.instances:
        ap.error("--instances DIR or --sol DIR is required")
    cache = {}
    for path in a.results:
        for line in open(path):
            if not line.startswith("{"):
                continue
            rec = json.loads(line)
            if "solver" not in rec:   # run.sh names raw files SOLVER-INSTANCE.jsonl
                rec["solver"] = os.path.basename(path).split("-", 1)[0]
            name = os.path.basename(str(rec.get("instance", "")))
            name = name[:-4] if name.endswith(".vrp") else name
            vrp = os.path.join(a.instances, name + ".vrp")
            if name not in cache:
                cache[name] = (Instance(vrp), read_sol(vrp[:-4] + ".sol")[1]) if os.path.exists(vrp) else None
            if cache[name] is None:
                rec.update(check_feasible=False, violations=[f"no instance {vrp}"])
            else:
                inst, bks = cache[name]
                cost, veh, trips, v = inst.check(rec.get("routes") or [])
                rec.update(instance=name, checked_cost=cost, checked_vehicles=veh, checked_trips=trips,
                           check_feasible=not v, violations=v[:10], bks=bks,
                           gap=(cost / bks - 1) if bks and not v else None)
            print(json.dumps(rec))


if __name__ == "__main__":
    main()
