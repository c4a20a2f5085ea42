#!/usr/bin/env python3
"""Writes the county siting benchmark (results.jsonl from Benchmarks/county/run.sh) into
docs/benchmarks.md, section "## County siting (generated 2,000-village counties)", and a flat
results.tsv beside the JSON lines.

Only that section is replaced (up to the next "## " heading). When it is missing, the older
subsection "### County siting at scale" (inside the facility-location section) is replaced by it;
when that is missing too, the section goes before "## Scale", or at the end. Standard library only.
"""
import argparse
import datetime
import json
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from benchinfo import commit, machine  # noqa: E402

HEADING = "## County siting (generated 2,000-village counties)"
OLD_HEADING = "### County siting at scale"
GOAL = 1e-3
# Measured before this script existed, with HiGHS 1.16.0 (1 thread, default gap 1e-4) on the MPS
# export of the 2,000-village, 60-depot, seed-1 county: what `HIGHS_LONG=1800` runs.
REFERENCE = {(2000, 60, 1): {"objective": 1967857.94, "bound": 1967671.60, "seconds": 890}}


def money(x):
    return "–" if x is None else f"{x:,.2f}"


def pct(x):
    return "–" if x is None else f"{100 * x:.3f} %"


def num(x, digits=1):
    return "–" if x is None else f"{x:,.{digits}f}"


def met(run, limit, seconds_key):
    gap, seconds = run.get("gap"), run.get(seconds_key)
    if gap is None or run.get("status") not in ("optimal", "feasible"):
        return "no (no plan)"
    if gap > GOAL + 1e-12:
        return "no"
    if seconds is not None and seconds > limit:
        return f"gap yes, but {seconds:.1f} s > {limit:g} s"
    return "**yes**"


def status(run):
    s = run.get("status") or "–"
    if run.get("interrupted"):
        s += " (interrupted)"
    if run.get("exit") not in (None, 0):
        s += f", exit {run['exit']}"
    return s


def main():
    p = argparse.ArgumentParser()
    p.add_argument("results")
    p.add_argument("--tsv", required=True)
    p.add_argument("--doc", required=True)
    p.add_argument("--command", required=True)
    p.add_argument("--started", required=True)
    p.add_argument("--time-limit", type=float, required=True)
    p.add_argument("--highs-long", type=float, default=0)
    a = p.parse_args()
    records = [json.loads(line) for line in open(a.results) if line.startswith("{")]
    limit = a.time_limit

    tsv = ["\t".join(["county", "villages", "depots", "seed", "columns", "rows", "load_1min_before",
                      "cr_status", "cr_exit", "cr_objective", "cr_bound", "cr_gap", "cr_wall_s", "cr_peak_mb",
                      "highs_status", "highs_objective", "highs_bound", "highs_gap", "highs_s", "highs_peak_mb",
                      "highs_long_status", "highs_long_objective", "highs_long_bound", "highs_long_gap", "highs_long_s"])]
    rows, notes, ours_met, highs_met = [], [], 0, 0
    cpu_notes, combined, compared, highs_higher_bound, ours_cheaper = [], [], 0, 0, 0
    version = "?"
    for r in records:
        c, h, hl = r["coldroute"], r.get("highs", {}), r.get("highs_long") or {}
        version = h.get("version", version)
        label = f"{r['villages']:,} v / {r['depots']} d, seed {r['seed']}"
        size = f"{num(r.get('columns'), 0)} × {num(r.get('rows'), 0)}"
        ours_met += met(c, limit, "wall_s") == "**yes**"
        highs_met += met(h, limit, "seconds") == "**yes**"
        rows.append(f"| {label} | {size} | ColdRoute | {status(c)} | {money(c.get('objective'))} | "
                    f"{money(c.get('bound'))} | {pct(c.get('gap'))} | {num(c.get('wall_s'))} | "
                    f"{num(c.get('peak_rss_mb'), 0)} | {met(c, limit, 'wall_s')} |")
        rows.append(f"| | | HiGHS {limit:g} s | {status(h)} | {money(h.get('objective'))} | {money(h.get('bound'))} | "
                    f"{pct(h.get('gap'))} | {num(h.get('seconds'))} | {num(h.get('peak_rss_mb'), 0)} | "
                    f"{met(h, limit, 'seconds')} |")
        if hl:
            rows.append(f"| | | HiGHS {hl.get('time_limit', 0):g} s | {status(hl)} | {money(hl.get('objective'))} | "
                        f"{money(hl.get('bound'))} | {pct(hl.get('gap'))} | {num(hl.get('seconds'))} | "
                        f"{num(hl.get('peak_rss_mb'), 0)} | (reference) |")
        loads = r.get("load") or []
        if loads:
            notes.append(f"{label}: " + ", ".join(x.split()[0] for x in loads))
        if c.get("cpu_percent") is not None:
            cpu_notes.append(f"{c['cpu_percent']} %")
        if None not in (c.get("bound"), h.get("bound"), c.get("objective"), h.get("objective")):
            compared += 1
            highs_higher_bound += h["bound"] > c["bound"]
            ours_cheaper += c["objective"] < h["objective"]
            best = max(c["bound"], h["bound"])
            combined.append(f"{100 * (c['objective'] - best) / c['objective']:.3f} %")
        ref = REFERENCE.get((r["villages"], r["depots"], r["seed"]))
        if ref and c.get("objective") is not None:
            notes_ref = (f"against the reference for {label}: ColdRoute's plan is "
                         f"{100 * (c['objective'] - ref['objective']) / ref['objective']:.3f} % above the reference "
                         f"optimum")
            if c.get("bound") is not None:
                ok = c["bound"] <= ref["objective"] + 1e-6 * abs(ref["objective"])
                notes_ref += (f", its bound {100 * (ref['bound'] - c['bound']) / ref['objective']:.3f} % below the "
                              f"reference bound ({'consistent' if ok else 'INCONSISTENT: above the reference optimum'})")
            r["_reference_note"] = notes_ref
        tsv.append("\t".join(str(x if x is not None else "") for x in [
            r["county"], r["villages"], r["depots"], r["seed"], r.get("columns"), r.get("rows"),
            (loads[0].split()[0] if loads else ""),
            c.get("status"), c.get("exit"), c.get("objective"), c.get("bound"), c.get("gap"), c.get("wall_s"),
            None if c.get("peak_rss_mb") is None else round(c["peak_rss_mb"]),
            h.get("status"), h.get("objective"), h.get("bound"), h.get("gap"), h.get("seconds"), h.get("peak_rss_mb"),
            hl.get("status"), hl.get("objective"), hl.get("bound"), hl.get("gap"), hl.get("seconds")]))
    with open(a.tsv, "w") as fh:
        fh.write("\n".join(tsv) + "\n")

    ref_lines = []
    for (n, m, seed), ref in REFERENCE.items():
        ref_lines.append(
            f"Reference optimum ({n:,} villages, {m} depots, seed {seed}; measured earlier, not re-run here "
            f"unless a HiGHS row with a longer limit appears above): HiGHS (highspy) on the exported MPS, "
            f"1 thread, gap 1e-4, `HIGHS_LONG=1800`, proved {money(ref['objective'])} with bound {money(ref['bound'])} "
            f"in {ref['seconds']} s.")
    ref_lines += [r["_reference_note"][0].upper() + r["_reference_note"][1:] + "." for r in records if "_reference_note" in r]

    text = [HEADING, "",
            f"Issue 3's goal: `coldroute plan` on a generated county of 2,000 villages and 60 candidate depots "
            f"reaches a relative gap ≤ 0.1 % within 60 s on the project's 2-core machine. Each county is "
            f"`coldroute generate --villages N --depots M --agencies 3 --seed S`; ColdRoute runs "
            f"`coldroute plan FILE --no-routes --time-limit {limit:g} --json --quiet` (siting only) under "
            f"`/usr/bin/time -v`; HiGHS {version} (highspy, `threads=1`, `time_limit={limit:g}`, `mip_rel_gap=1e-3`) "
            f"solves the MPS file `coldroute export-model FILE --mps F` writes — exactly the MIP `plan` solves, "
            f"objective constant included.",
            "",
            f"Command: `{a.command}`  ",
            f"Machine: {machine()}; shared with other engineers' builds and benchmarks. "
            f"Date: {a.started} UTC, commit {commit()}.",
            "",
            "| county | columns × rows | solver | status | objective (yuan/day) | bound | gap | wall s | peak MB | ≤ 0.1 % in time |",
            "|---|---:|---|---|---:|---:|---:|---:|---:|---|"] + rows + [
            "",
            f"Summary: ColdRoute met the goal on {ours_met}/{len(records)} counties, HiGHS with the same "
            f"{limit:g} s on {highs_met}/{len(records)}."
            + (f" ColdRoute's plan was the cheaper on {ours_cheaper}/{compared}; HiGHS's bound was the higher on "
               f"{highs_higher_bound}/{compared}. ColdRoute's plan against the higher of the two bounds: "
               f"{', '.join(combined)}." if compared else ""),
            "",
            "Notes. `wall s` for ColdRoute is the whole `plan` process (reading, compiling the network, "
            "solving, checking, printing); for HiGHS, reading the MPS file and solving (the export, a few "
            "seconds, is not counted). Peak MB: ColdRoute's maximum resident set; HiGHS's is the Python "
            "process's. `gap` = (objective − bound) / objective as each solver reports it. "
            "Columns × rows are those of the exported MIP (`export-model`). "
            + (f"CPU ColdRoute got (`/usr/bin/time`, 100 % = one core; its engine uses two threads): "
               f"{', '.join(cpu_notes)}. " if cpu_notes else "") +
            "1-minute load average before `plan`, after `plan`, after HiGHS: " + "; ".join(notes) + ".",
            ""] + ref_lines + [""]
    section = "\n".join(text) + "\n"

    doc = open(a.doc).read() if os.path.exists(a.doc) else "# Benchmarks\n\n"
    start = doc.find(HEADING)
    if start < 0:
        start = doc.find(OLD_HEADING)
    if start >= 0:
        end = doc.find("\n## ", start + 1)
        doc = doc[:start] + section + ("" if end < 0 else doc[end + 1:])
    else:
        at = doc.find("\n## Scale\n")
        doc = doc.rstrip("\n") + "\n\n" + section if at < 0 else doc[:at + 1] + section + "\n" + doc[at + 1:]
    with open(a.doc, "w") as fh:
        fh.write(doc)
    print(f"ColdRoute met the goal on {ours_met}/{len(records)}, HiGHS on {highs_met}/{len(records)}")


if __name__ == "__main__":
    main()
