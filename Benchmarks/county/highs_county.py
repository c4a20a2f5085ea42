#!/usr/bin/env python3
"""Solve a county siting model exported by `coldroute export-model --mps` with HiGHS, as a reference.

The MPS file is exactly the MIP `coldroute plan` solves (same objective, including its constant),
so HiGHS's objective and dual bound compare directly with the plan's objective and bound.

Prints one JSON object: county, solver, status (optimal/feasible/infeasible/timeout/…), objective,
bound, gap (relative, as HiGHS reports it: |objective − bound| / |objective|), seconds (wall-clock,
reading the file included), read_seconds, peak_rss_mb (this process), threads, time_limit, mip_rel_gap, version.

Usage: highs_county.py FILE.mps --county NAME [--time-limit S] [--mip-rel-gap G] [--threads T]
"""
import argparse
import json
import math
import resource
import time

import highspy


def status_name(h, status, has_solution):
    if status == highspy.HighsModelStatus.kOptimal:
        return "optimal"
    if status == highspy.HighsModelStatus.kInfeasible:
        return "infeasible"
    if has_solution:
        return "feasible"
    if status == highspy.HighsModelStatus.kTimeLimit:
        return "timeout"
    return h.modelStatusToString(status)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("mps")
    p.add_argument("--county", required=True)
    p.add_argument("--time-limit", type=float, default=60)
    p.add_argument("--mip-rel-gap", type=float, default=1e-3)
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--log", help="write HiGHS's log to this file")
    a = p.parse_args()

    start = time.perf_counter()
    h = highspy.Highs()
    h.setOptionValue("output_flag", bool(a.log))
    if a.log:
        h.setOptionValue("log_to_console", False)
        h.setOptionValue("log_file", a.log)
    h.setOptionValue("threads", a.threads)
    h.setOptionValue("time_limit", float(a.time_limit))
    h.setOptionValue("mip_rel_gap", float(a.mip_rel_gap))
    h.readModel(a.mps)
    read_seconds = time.perf_counter() - start
    h.run()
    seconds = time.perf_counter() - start

    status = h.getModelStatus()
    info = h.getInfo()
    has_solution = info.primal_solution_status == 2
    objective = info.objective_function_value if has_solution else None
    bound = info.mip_dual_bound
    bound = bound if math.isfinite(bound) else None
    gap = info.mip_gap if has_solution and math.isfinite(info.mip_gap) else None
    print(json.dumps({
        "county": a.county, "solver": "highs", "status": status_name(h, status, has_solution),
        "objective": objective, "bound": bound, "gap": gap,
        "seconds": round(seconds, 2), "read_seconds": round(read_seconds, 2),
        "threads": a.threads, "time_limit": a.time_limit, "mip_rel_gap": a.mip_rel_gap,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "columns": h.getNumCol(), "rows": h.getNumRow(), "version": h.version(),
    }), flush=True)


if __name__ == "__main__":
    main()
