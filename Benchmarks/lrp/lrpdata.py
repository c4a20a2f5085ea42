"""Reader for the capacitated location-routing instances (Tuzun & Burke; Barreto) and their best known
costs. Standard library only; shared by convert.py, score.py and report.py (not by coldroute).

File format (whitespace-separated, see ../shared/benchmarks/README.md): n customers, m depots; m lines
depot `x y`; n lines customer `x y`; vehicle capacity; m depot capacities; n customer demands; m depot
opening costs; the fixed cost of one route; a distance flag (0 = ceil(100 × Euclidean) per edge,
1 = real Euclidean).
"""
import csv
import math
import os

DATA = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..",
                                     "shared", "benchmarks", "lrp"))


class Instance:
    """One LRP instance: depots 0..m-1 and customers 0..n-1 (0-based, file order)."""

    def __init__(self, name, depots, customers, capacity, depot_capacity, demand, opening, route_cost, flag):
        self.name, self.depots, self.customers = name, depots, customers
        self.capacity, self.depot_capacity, self.demand = capacity, depot_capacity, demand
        self.opening, self.route_cost, self.flag = opening, route_cost, flag

    @property
    def n(self):
        return len(self.customers)

    @property
    def m(self):
        return len(self.depots)

    def dist(self, a, b):
        """Edge cost between two points (x, y) under the instance's convention."""
        d = math.hypot(a[0] - b[0], a[1] - b[1])
        return math.ceil(100 * d) if self.flag == 0 else d


def read(path):
    """Parse one `.dat` file; raises ValueError naming the file when it does not fit the format."""
    name = os.path.splitext(os.path.basename(path))[0]
    tok = open(path).read().split()
    try:
        pos = 0

        def take(k):
            nonlocal pos
            if pos + k > len(tok):
                raise ValueError("file ends early")
            out = [float(t) for t in tok[pos:pos + k]]
            pos += k
            return out

        n, m = (int(v) for v in take(2))
        xy = take(2 * m)
        depots = [(xy[2 * j], xy[2 * j + 1]) for j in range(m)]
        xy = take(2 * n)
        customers = [(xy[2 * i], xy[2 * i + 1]) for i in range(n)]
        (capacity,) = take(1)
        depot_capacity = take(m)
        demand = take(n)
        opening = take(m)
        (route_cost,) = take(1)
        (flag,) = take(1)
        if pos != len(tok):
            raise ValueError(f"{len(tok) - pos} unexpected trailing values")
        if flag not in (0, 1):
            raise ValueError(f"distance flag must be 0 or 1, got {flag:g}")
    except ValueError as e:
        raise ValueError(f"{path}: {e}") from None
    return Instance(name, depots, customers, capacity, depot_capacity, demand, opening, route_cost, int(flag))


def bks(data=DATA):
    """{name: (set, best known cost)} from bks.csv."""
    with open(os.path.join(data, "bks.csv")) as fh:
        return {r["name"]: (r["set"], float(r["best_known_cost"])) for r in csv.DictReader(fh)}


def instance_paths(which="all", data=DATA):
    """Instance files of a set ('tuzun', 'barreto' or 'all'), sorted by name within each set."""
    sets = ["barreto", "tuzun"] if which == "all" else [which]
    out = []
    for s in sets:
        folder = os.path.join(data, s)
        out += [os.path.join(folder, f) for f in sorted(os.listdir(folder)) if f.endswith(".dat")]
    return out
