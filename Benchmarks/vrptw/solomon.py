"""Shared helpers for the VRPTW benchmark: read Solomon files, build the integer matrices.

Integer units are x1000 (SCALE): distances rounded to nearest, travel times rounded UP, so a
plan feasible in integers is feasible in real time. Same data for every solver.
"""
import math

SCALE = 1000


def read(path):
    """Return dict(name, vehicles, capacity, ids, x, y, demand, ready, due, service)."""
    with open(path) as f:
        lines = [l.split() for l in f.read().splitlines()]
    name = next(l for l in lines if l)[0]
    vi = next(i for i, l in enumerate(lines) if l and l[0].upper() == "VEHICLE")
    fleet = next(l for l in lines[vi + 1:] if l and l[0].isdigit())
    ci = next(i for i, l in enumerate(lines) if l and l[0].upper() == "CUSTOMER")
    rows = [l for l in lines[ci + 1:] if len(l) == 7 and l[0].lstrip("-").isdigit()]
    cols = list(zip(*[[float(v) for v in r] for r in rows]))
    return dict(name=name, vehicles=int(fleet[0]), capacity=int(fleet[1]),
                ids=[int(v) for v in cols[0]], x=list(cols[1]), y=list(cols[2]),
                demand=[int(v) for v in cols[3]], ready=list(cols[4]), due=list(cols[5]),
                service=list(cols[6]))


def real_distance(inst, i, j):
    return math.hypot(inst["x"][i] - inst["x"][j], inst["y"][i] - inst["y"][j])


def int_matrices(inst):
    n = len(inst["x"])
    dist = [[0] * n for _ in range(n)]
    dur = [[0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            if i != j:
                d = real_distance(inst, i, j) * SCALE
                dist[i][j] = int(round(d))
                dur[i][j] = int(math.ceil(d - 1e-9))
    return dist, dur


def scaled(v):
    return int(round(v * SCALE))
