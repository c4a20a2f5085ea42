#!/usr/bin/env python3
"""Writes the multi-trip VRPTW benchmark (checked.jsonl: every solver result re-checked by check.py) into
docs/benchmarks.md, section "## Multi-trip VRPTW (release dates)", and OUT/results.tsv beside it.
Costs are the checker's (×10 integer, DIMACS); a result the checker rejects counts as infeasible
whatever the solver said. Standard library only.
"""
import argparse
import datetime
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from benchinfo import commit, machine, replace_section  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check  # noqa: E402

HEADING = "## Multi-trip VRPTW (release dates)"
SOLVERS = [("coldroute", "ColdRoute"), ("pyvrp", "PyVRP")]


def pct(x):
    return "–" if x is None else f"{100 * x:.2f} %"


def cells(r):
    if r is None:
        return ["–"] * 4
    if not r.get("check_feasible"):
        why = (r.get("violations") or ["?"])[0]
        return [f"infeasible ({why})", "–", str(r.get("checked_vehicles", "–")), str(r.get("checked_trips", "–"))]
    return [f"{r['checked_cost']:,}", pct(r["gap"]), str(r["checked_vehicles"]), str(r["checked_trips"])]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("checked")
    ap.add_argument("--data", required=True)
    ap.add_argument("--doc", required=True)
    ap.add_argument("--command", required=True)
    ap.add_argument("--loads")
    ap.add_argument("--note", default="", help="a sentence about this run, printed under the command")
    a = ap.parse_args()
    results = {}
    for line in open(a.checked):
        r = json.loads(line)
        results[(r.get("solver"), r["instance"])] = r
    raw = os.path.join(os.path.dirname(os.path.abspath(a.checked)), "raw")
    for (solver, name), r in results.items():   # /usr/bin/time of the run: wall, user, system seconds
        try:
            wall, user, system = (float(x) for x in open(os.path.join(raw, f"{solver}-{name}.time")).read().split()[-3:])
            r["cpu_s"] = user + system
        except (OSError, ValueError):
            pass
    names = sorted({name for _, name in results})
    best = {}
    for name in names:
        inst = check.Instance(os.path.join(a.data, name + ".vrp"))
        routes, cost = check.read_sol(os.path.join(a.data, name + ".sol"))
        _, veh, trips, _ = inst.check(routes)
        best[name] = (cost, veh, trips)

    head = "| instance | best known | veh / trips |" + "".join(
        f" {label} | gap | veh | trips |" for _, label in SOLVERS)
    table = [head, "|---|---:|---:|" + "---:|---:|---:|---:|" * len(SOLVERS)]
    tsv = ["\t".join(["instance", "bks", "bks_vehicles", "bks_trips"] + [
        f"{s}_{k}" for s, _ in SOLVERS for k in ("cost", "gap", "vehicles", "trips", "feasible", "seconds")])]
    for name in names:
        cost, veh, trips = best[name]
        row = [name, f"{cost:,}", f"{veh} / {trips}"]
        trow = [name, str(cost), str(veh), str(trips)]
        for s, _ in SOLVERS:
            r = results.get((s, name))
            row += cells(r)
            trow += ["" if r is None else str(r.get(k, "")) for k in
                     ("checked_cost", "gap", "checked_vehicles", "checked_trips", "check_feasible", "seconds")]
        table.append("| " + " | ".join(row) + " |")
        tsv.append("\t".join(trow))
    with open(os.path.join(os.path.dirname(os.path.abspath(a.checked)), "results.tsv"), "w") as fh:
        fh.write("\n".join(tsv) + "\n")

    summary = []
    for s, label in SOLVERS:
        mine = [results[(s, n)] for n in names if (s, n) in results]
        if not mine:
            summary.append(f"- {label}: not run yet.")
            continue
        ok = [r for r in mine if r.get("check_feasible")]
        gaps = [r["gap"] for r in ok if r.get("gap") is not None]
        claimed = sum(bool(r.get("feasible")) for r in mine)
        secs = [r["seconds"] for r in mine if r.get("seconds") is not None]
        line = (f"- {label}: {len(mine)} of {len(names)} instances run, {len(ok)} feasible by the checker "
                f"({claimed} by the solver's own verdict)")
        if gaps:
            line += (f"; mean gap to the best known **{pct(sum(gaps) / len(gaps))}** over the feasible ones, "
                     f"median {pct(sorted(gaps)[len(gaps) // 2])}, worst {pct(max(gaps))}, "
                     f"{sum(g <= 1e-9 for g in gaps)} at the best known; mean vehicles "
                     f"{sum(r['checked_vehicles'] for r in ok) / len(ok):.2f}, mean trips "
                     f"{sum(r['checked_trips'] for r in ok) / len(ok):.2f}")
        if secs:
            line += f"; {sum(secs) / len(secs):.1f} s per instance on average"
        cpu = [r["cpu_s"] for r in mine if r.get("cpu_s") is not None]
        if cpu:
            line += f", of which {sum(cpu) / len(cpu):.1f} s CPU (the whole process, reading included)"
        summary.append(line + ".")
    both = [n for n in names if all(results.get((s, n), {}).get("check_feasible") for s, _ in SOLVERS)]
    if both and len(SOLVERS) == 2:
        (s1, l1), (s2, l2) = SOLVERS
        win = sum(results[(s1, n)]["checked_cost"] < results[(s2, n)]["checked_cost"] for n in both)
        lose = sum(results[(s1, n)]["checked_cost"] > results[(s2, n)]["checked_cost"] for n in both)
        summary.append(f"- On the {len(both)} instances both solved feasibly: {l1} cheaper on {win}, "
                       f"{l2} cheaper on {lose}, equal on {len(both) - win - lose}.")
    bveh = sum(b[1] for b in best.values()) / len(best) if best else 0
    btrips = sum(b[2] for b in best.values()) / len(best) if best else 0
    summary.append(f"- Best known solutions: mean vehicles {bveh:.2f}, mean trips {btrips:.2f}.")

    loads = open(a.loads).read().strip().splitlines() if a.loads and os.path.exists(a.loads) else []
    text = [HEADING, "",
            "Issue 15's benchmark: ColdRoute and PyVRP side by side on the 81 multi-trip VRPTW instances with "
            "release dates (`../shared/benchmarks/mtvrptw`: Solomon C2, R2, RC2 × release ratios 0.25, 0.5, 0.75; "
            "best known solutions from Yang's exact method, 80 of 81 proven optimal). Same instances, same time "
            "per instance, one core each (`taskset`), one run, seed 1. ColdRoute: `coldroute bench mtvrptw FILE "
            "--time-limit S --seed 1`; PyVRP: `Benchmarks/mtvrptw/pyvrp_solve.py` (PyPI `pyvrp`, its VRPLIB "
            "reader with `round_func=\"dimacs\"`: reload depot and release times from the file, default "
            "solver). Every solution is re-checked by `Benchmarks/mtvrptw/check.py` (capacity per trip, windows "
            "with waiting, a trip leaves once all its clients are released, the depot's window, fleet size, each "
            "client once), which also reproduces the `Cost:` of all 81 best known `.sol` files. Cost = total "
            "length with each edge truncated to one decimal, ×10 (DIMACS); gap = cost / best known − 1; "
            "veh = vehicles used, trips = trips over all vehicles.",
            "",
            f"Command: `{a.command}`{' — ' + a.note if a.note else ''}  ",
            f"Machine: {machine()}; shared with five other engineers' builds and benchmarks"
            + (f" (1/5/15-minute load averages at the start of each run, time limit, solvers: "
               f"{'; '.join(l for l in loads if not l.endswith('(end)'))})" if loads else "") + ".  ",
            f"Report: {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC, commit {commit()}.",
            ""] + summary + [""] + table + [""]
    replace_section(a.doc, HEADING, "\n".join(text))
    print("\n".join(summary))


if __name__ == "__main__":
    main()
