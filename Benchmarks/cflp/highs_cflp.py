#!/usr/bin/env python3
"""Solve OR-Library capacitated facility-location files with HiGHS (one thread), as a reference.

Builds the same strong formulation as ColdRoute's StrongFormulation directly with highspy:

    min  sum_j f_j y_j + sum_ij c_ij x_ij
    s.t. sum_j x_ij = 1                      for each customer i
         sum_i d_i x_ij - s_j y_j <= 0        for each facility j
         x_ij - y_j <= 0                      for each pair (i, j)
         sum_j s_j y_j >= sum_i d_i
         y binary, 0 <= x <= 1 (x binary with --single-source)

Prints one JSON object per line, like `coldroute bench cflp`:
instance, objective, bound, status (optimal/feasible/infeasible/timeout), seconds, open (1-based).

Usage: highs_cflp.py FILE... [--capacity N] [--time-limit S] [--single-source]
"""
import argparse
import json
import os
import sys
import time

import highspy
import numpy as np


def read_cap(path, capacity):
    with open(path) as fh:
        tokens = fh.read().split()
    m, n = int(tokens[0]), int(tokens[1])
    pos = 2
    caps, fixed = [], []
    for _ in range(m):
        word = tokens[pos]
        if word.lower() == "capacity":
            if capacity is None:
                sys.exit(f"{path}: capacity is the word 'capacity': pass --capacity N")
            caps.append(float(capacity))
        else:
            caps.append(float(word))
        fixed.append(float(tokens[pos + 1]))
        pos += 2
    demand = np.zeros(n)
    cost = np.zeros((n, m))
    for i in range(n):
        demand[i] = float(tokens[pos])
        cost[i, :] = [float(t) for t in tokens[pos + 1:pos + 1 + m]]
        pos += 1 + m
    return np.array(caps), np.array(fixed), demand, cost


def instance_name(path, capacity):
    base = os.path.splitext(os.path.basename(path))[0]
    if capacity is not None and base.lower() in ("capa", "capb", "capc"):
        c = float(capacity)
        return f"{base}_{int(c) if c.is_integer() else c}"
    return base


def solve(path, capacity, time_limit, single_source):
    caps, fixed, demand, cost = read_cap(path, capacity)
    m, n = len(caps), len(demand)
    start = time.perf_counter()
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("threads", 1)
    h.setOptionValue("time_limit", float(time_limit))
    h.setOptionValue("mip_rel_gap", 1e-6)
    h.setOptionValue("mip_abs_gap", 1e-6)
    inf = highspy.kHighsInf
    nrows = n + m + n * m + 1
    ncols = m + n * m
    # Column-wise matrix: columns 0..m-1 are y_j, then x_ij at m + i*m + j.
    starts, index, value = [0], [], []
    for j in range(m):
        rows = [n + j] + [n + m + i * m + j for i in range(n)] + [n + m + n * m]
        vals = [-caps[j]] + [-1.0] * n + [caps[j]]
        index += rows; value += vals; starts.append(len(index))
    for i in range(n):
        for j in range(m):
            index += [i, n + j, n + m + i * m + j]
            value += [1.0, demand[i], 1.0]
            starts.append(len(index))
    lp = highspy.HighsLp()
    lp.num_col_ = ncols
    lp.num_row_ = nrows
    lp.col_cost_ = np.concatenate([fixed, cost.reshape(-1)])
    lp.col_lower_ = np.zeros(ncols)
    lp.col_upper_ = np.ones(ncols)
    row_lower = np.concatenate([np.ones(n), np.full(m, -inf), np.full(n * m, -inf), [demand.sum()]])
    row_upper = np.concatenate([np.ones(n), np.zeros(m), np.zeros(n * m), [inf]])
    lp.row_lower_ = row_lower
    lp.row_upper_ = row_upper
    lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    lp.a_matrix_.start_ = np.array(starts, dtype=np.int32)
    lp.a_matrix_.index_ = np.array(index, dtype=np.int32)
    lp.a_matrix_.value_ = np.array(value)
    integrality = [highspy.HighsVarType.kInteger] * m
    integrality += [highspy.HighsVarType.kInteger if single_source else highspy.HighsVarType.kContinuous] * (n * m)
    lp.integrality_ = integrality
    h.passModel(lp)
    h.run()
    seconds = time.perf_counter() - start
    status = h.getModelStatus()
    info = h.getInfo()
    record = {"instance": instance_name(path, capacity), "solver": "highs"}
    has_solution = info.primal_solution_status == 2
    if status == highspy.HighsModelStatus.kOptimal:
        record["status"] = "optimal"
    elif status == highspy.HighsModelStatus.kInfeasible:
        record["status"] = "infeasible"
    elif has_solution:
        record["status"] = "feasible"
    else:
        record["status"] = "timeout"
    record["objective"] = info.objective_function_value if has_solution else None
    record["bound"] = info.mip_dual_bound
    record["seconds"] = round(seconds, 3)
    if has_solution:
        col = h.getSolution().col_value
        record["open"] = [j + 1 for j in range(m) if col[j] > 0.5]
    else:
        record["open"] = []
    return record


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--capacity", type=float)
    parser.add_argument("--time-limit", type=float, default=300)
    parser.add_argument("--single-source", action="store_true")
    args = parser.parse_args()
    for path in args.files:
        print(json.dumps(solve(path, args.capacity, args.time_limit, args.single_source)), flush=True)


if __name__ == "__main__":
    main()
