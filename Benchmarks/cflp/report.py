#!/usr/bin/env python3
"""Writes the "## Capacitated facility location (OR-Library)" section of docs/benchmarks.md.

Reads the JSON lines of both solvers and the optima CSV; replaces only that section (up to the next
"## " heading), creating the file or appending the section if missing.
"""
import argparse
import csv
import datetime
import json
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from benchinfo import commit, machine  # noqa: E402

HEADING = "## Capacitated facility location (OR-Library)"


def load(path):
    with open(path) as fh:
        return {r["instance"]: r for r in (json.loads(line) for line in fh if line.startswith("{"))}


def fmt(x, digits=3):
    return "–" if x is None else f"{x:,.{digits}f}"


def main():
    p = argparse.ArgumentParser()
    for name in ("mode", "optima", "ours", "highs", "doc", "command", "time-limit"):
        p.add_argument("--" + name, required=True)
    a = p.parse_args()
    optima = {row["name"]: float(row["optimal_value"]) for row in csv.DictReader(open(a.optima))}
    ours, highs = load(a.ours), load(a.highs)
    rows, total_ours, total_highs, solved, matched = [], 0.0, 0.0, 0, 0
    for name, r in ours.items():
        h = highs.get(name, {})
        opt = optima.get(name)
        ok = r.get("objective") is not None and opt is not None and abs(r["objective"] - opt) <= 1e-6 * abs(opt) + 1e-3
        solved += r["status"] == "optimal"
        matched += ok
        total_ours += r["seconds"]
        total_highs += h.get("seconds", 0.0)
        ratio = r["seconds"] / h["seconds"] if h.get("seconds") else None
        rows.append(f"| {name} | {fmt(opt)} | {fmt(r.get('objective'))} | {r['status']}{'' if ok else ' ≠opt'} "
                    f"| {r['seconds']:.2f} | {fmt(h.get('objective'))} | {h.get('status', '–')} "
                    f"| {h.get('seconds', float('nan')):.2f} | {fmt(ratio, 2)} |")
    text = [HEADING, "",
            f"Command: `{a.command}` (time limit {a.time_limit} s per instance and solver; HiGHS "
            f"{highs_version()} via highspy, 1 thread, same strong formulation built from the same file).",
            f"Machine: {machine()}. Date: {datetime.date.today().isoformat()}, commit {commit()}.",
            "Times are wall-clock seconds of the solve (file reading excluded; HiGHS includes model building). "
            "Ratio = ColdRoute time / HiGHS time (< 1: ColdRoute faster). "
            "`≠opt` marks an objective more than 1e-6 relative from the known optimum.", "",
            f"Summary: {solved}/{len(rows)} proved optimal, {matched}/{len(rows)} at the known optimum; "
            f"total time ColdRoute {total_ours:.2f} s, HiGHS {total_highs:.2f} s "
            f"(ratio {total_ours / total_highs if total_highs else float('nan'):.2f}).", "",
            "| instance | known optimum | ColdRoute objective | status | s | HiGHS objective | status | s | ratio |",
            "|---|---:|---:|---|---:|---:|---|---:|---:|"] + rows + [""]
    section = "\n".join(text) + "\n"
    doc = open(a.doc).read() if os.path.exists(a.doc) else "# Benchmarks\n\n"
    start = doc.find(HEADING)
    if start < 0:
        doc = doc.rstrip("\n") + "\n\n" + section
    else:
        end = doc.find("\n## ", start + len(HEADING))
        doc = doc[:start] + section + ("" if end < 0 else doc[end + 1:])
    with open(a.doc, "w") as fh:
        fh.write(doc)
    print(f"{solved}/{len(rows)} optimal, {matched}/{len(rows)} at known optimum; "
          f"ColdRoute {total_ours:.2f} s, HiGHS {total_highs:.2f} s")


def highs_version():
    try:
        import highspy
        return highspy.Highs().version()
    except Exception:  # noqa: BLE001
        return "?"


if __name__ == "__main__":
    main()
