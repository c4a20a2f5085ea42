#!/usr/bin/env python3
"""Gathers one county's run (files written by Benchmarks/county/run.sh) into one JSON line.

Reads NAME.plan.json (the `coldroute plan --json` output: status, objective, bound, gap,
solveSeconds), NAME.time.txt (`/usr/bin/time -v`: wall time, peak RSS, CPU %), NAME.export.err
(`export-model`'s "N columns, M rows"), NAME.highs.json and, if present, NAME.highs-long.json.
Standard library only.
"""
import argparse
import json
import os
import re


def read(path):
    try:
        with open(path, errors="replace") as fh:
            return fh.read()
    except OSError:
        return ""


def load_json(path):
    try:
        with open(path) as fh:
            return json.load(fh)
    except (OSError, ValueError):
        return None


def last_json_line(path):
    """The last line starting with "{" (highspy prints its banner on standard output first)."""
    lines = [line for line in read(path).splitlines() if line.startswith("{")]
    try:
        return json.loads(lines[-1]) if lines else None
    except ValueError:
        return None


def gnu_time(text):
    def field(pattern):
        hit = re.search(pattern, text)
        return hit.group(1) if hit else None
    wall = field(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)")
    seconds = None
    if wall:
        parts = [float(x) for x in wall.split(":")]
        seconds = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
    rss = field(r"Maximum resident set size \(kbytes\): (\d+)")
    cpu = field(r"Percent of CPU this job got: (\d+)%")
    return seconds, (int(rss) / 1024 if rss else None), (int(cpu) if cpu else None)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--out", required=True)
    p.add_argument("--name", required=True)
    for key in ("villages", "depots", "agencies", "seed", "plan-exit"):
        p.add_argument("--" + key, type=int, required=True)
    p.add_argument("--load", action="append", default=[], help="load averages (1, 5, 15 min), repeatable")
    a = p.parse_args()
    base = os.path.join(a.out, a.name)

    record = {"county": a.name, "villages": a.villages, "depots": a.depots, "agencies": a.agencies,
              "seed": a.seed, "load": a.load}
    wall, rss, cpu = gnu_time(read(base + ".time.txt"))
    plan = load_json(base + ".plan.json")
    ours = {"exit": a.plan_exit, "wall_s": wall, "peak_rss_mb": rss, "cpu_percent": cpu}
    if plan is None:
        err = read(base + ".plan.err").strip().splitlines()
        ours.update(status="error", message=err[-1] if err else "no JSON on standard output")
    else:
        ours.update(status=plan.get("status"), objective=plan.get("objective"), bound=plan.get("bound"),
                    gap=plan.get("gap"), solve_s=plan.get("solveSeconds"),
                    interrupted=plan.get("interrupted", False), message=plan.get("message"),
                    open_depots=len(plan.get("openDepots") or []))
        cov = plan.get("coverage") or {}
        if cov:
            ours["villages_covered"] = f"{cov.get('villagesCovered')}/{cov.get('villagesTotal')}"
    record["coldroute"] = ours

    hit = re.search(r"(\d+) columns, (\d+) rows", read(base + ".export.err"))
    record["columns"], record["rows"] = (int(hit.group(1)), int(hit.group(2))) if hit else (None, None)
    export_s = read(base + ".export.time").strip().splitlines()
    try:
        record["export_s"] = float(export_s[-1])
    except (IndexError, ValueError):
        record["export_s"] = None

    record["highs"] = last_json_line(base + ".highs.json") or {"status": "missing"}
    long_run = last_json_line(base + ".highs-long.json")
    if long_run is not None:
        record["highs_long"] = long_run
    print(json.dumps(record))


if __name__ == "__main__":
    main()
