#!/usr/bin/env python3
"""Writes the scale benchmark's results (results.tsv from run.sh) into docs/benchmarks.md, section
"## Scale" (only that section is replaced; it is appended when missing), and plots wall time and
peak memory against the number of villages in Benchmarks/scale/scale.svg. Standard library only."""

import argparse
import datetime
import math
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from benchinfo import commit, machine  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DOC = os.path.join(ROOT, "docs", "benchmarks.md")
SVG = os.path.join(HERE, "scale.svg")


def plot(rows):
    """A log-log plot of wall time (s), the time limit and peak RSS (MB) against villages, as plain SVG."""
    w, h, left, right, top, bottom = 640, 360, 70, 70, 30, 50
    ns = [int(r["villages"]) for r in rows]
    series = [("plan wall time (s)", [float(r["plan_wall_s"] or 0) for r in rows], "#1f77b4", "left"),
              ("peak RSS (MB)", [float(r["peak_rss_mb"] or 0) for r in rows], "#d62728", "right")]
    lx0, lx1 = math.log10(min(ns) / 1.3), math.log10(max(ns) * 1.3)
    limits = [float(r.get("time_limit_s") or 0) for r in rows]

    def x(n):
        return left + (math.log10(n) - lx0) / (lx1 - lx0) * (w - left - right)

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" font-family="sans-serif" font-size="11">',
           f'<rect width="{w}" height="{h}" fill="white"/>',
           f'<text x="{w / 2}" y="16" text-anchor="middle" font-size="13">coldroute plan: wall time and peak memory vs villages (log-log)</text>']
    for n in ns:
        out.append(f'<line x1="{x(n):.1f}" y1="{top}" x2="{x(n):.1f}" y2="{h - bottom}" stroke="#eee"/>')
        out.append(f'<text x="{x(n):.1f}" y="{h - bottom + 15}" text-anchor="middle">{n}</text>')
    out.append(f'<text x="{w / 2}" y="{h - 12}" text-anchor="middle">villages</text>')
    for label, values, color, side in series:
        positive = [v for v in values + (limits if side == "left" else []) if v > 0] or [1]
        ly0, ly1 = math.log10(min(positive) / 1.5), math.log10(max(positive) * 1.5)

        def y(v):
            return h - bottom - (math.log10(max(v, 10 ** ly0)) - ly0) / (ly1 - ly0) * (h - top - bottom)

        ax = left if side == "left" else w - right
        out.append(f'<line x1="{ax}" y1="{top}" x2="{ax}" y2="{h - bottom}" stroke="{color}"/>')
        for e in range(math.floor(ly0), math.ceil(ly1) + 1):
            for m in (1, 2, 5):
                v = m * 10 ** e
                if ly0 <= math.log10(v) <= ly1:
                    tx = ax - 6 if side == "left" else ax + 6
                    anchor = "end" if side == "left" else "start"
                    out.append(f'<text x="{tx}" y="{y(v) + 4:.1f}" text-anchor="{anchor}" fill="{color}">{v:g}</text>')
        if side == "left" and limits:
            # The --time-limit of each run, dashed, on the wall-time scale.
            lpts = " ".join(f"{x(n):.1f},{y(v):.1f}" for n, v in zip(ns, limits) if v > 0)
            out.append(f'<polyline points="{lpts}" fill="none" stroke="#888" stroke-width="1.5" stroke-dasharray="5,4"/>')
            out.append(f'<text x="{left + 10}" y="{top + 28}" fill="#888">--time-limit (s), dashed</text>')
        pts = " ".join(f"{x(n):.1f},{y(v):.1f}" for n, v in zip(ns, values) if v > 0)
        out.append(f'<polyline points="{pts}" fill="none" stroke="{color}" stroke-width="2"/>')
        for n, v in zip(ns, values):
            if v > 0:
                out.append(f'<circle cx="{x(n):.1f}" cy="{y(v):.1f}" r="3" fill="{color}"/>')
        lx = left + 10 if side == "left" else w - right - 150
        out.append(f'<text x="{lx}" y="{top + 14}" fill="{color}">{label}</text>')
    out.append("</svg>")
    with open(SVG, "w") as f:
        f.write("\n".join(out) + "\n")


def section(rows, command, notes=""):
    date = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "## Scale",
        "",
        "How `coldroute plan` grows with the county: depot siting, pickup routes and the dispatch to the",
        "express agencies, every plan re-checked by the independent checkers. Counties come from",
        "`coldroute generate --seed 1` with M = max(2, round(N/33)) depots (60 at N = 2000) and",
        "K = max(2, N/250) agencies; each plan runs `coldroute plan FILE --time-limit LIMIT --json --quiet`",
        "under `/usr/bin/time -v`. Above 3,000 villages `plan` decomposes the network into regions of",
        "about 2,000 villages (`docs/decomposition.md`); such a plan has no gap of its own, the `gap`",
        "column then shows the range of the regional gaps (each valid for its region only).",
        "Wall time counts everything from process start: reading, compiling, siting, routes, dispatch,",
        "checking and printing; `limit` is the `--time-limit` given.",
        "",
        f"Command: `{command}`  ",
        f"Machine: {machine()}. Date: {date}, commit {commit()}.",
        "",
        "| villages | depots | agencies | roads | limit s | plan wall s | peak RSS MB | exit | status | gap | regions | villages covered | supply covered |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---|---:|---:|",
    ]
    for r in rows:
        regions = r.get("regions") or "1"
        gap = r["gap"] or (regions.split("gaps ", 1)[1].rstrip(")") if "gaps " in regions else "–")
        if r["gap"]:
            gap = f"{100 * float(r['gap']):.2f} %"
        lines.append("| " + " | ".join([r["villages"], r["depots"], r["agencies"], r["roads"], r.get("time_limit_s", "–"),
                                         r["plan_wall_s"], r["peak_rss_mb"], r["exit"], r["status"], gap,
                                         regions.split(" ", 1)[0], r["villages_covered"] or "–",
                                         r["supply_share"] or "–"]) + " |")
    lines += ["", "![wall time and peak memory vs villages](../Benchmarks/scale/scale.svg)", ""]
    if notes:
        lines += [notes.rstrip("\n"), ""]
    return "\n".join(lines) + "\n"


def replace_section(text, new):
    lines = text.splitlines(keepends=True)
    start = next((i for i, l in enumerate(lines) if l.rstrip() == "## Scale"), None)
    if start is None:
        return text.rstrip("\n") + "\n\n" + new
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    tail = "".join(lines[end:])
    return "".join(lines[:start]) + new + ("\n" + tail if tail else "")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("results")
    ap.add_argument("--command", default="Benchmarks/scale/run.sh")
    ap.add_argument("--notes", help="a Markdown file appended to the section (findings)")
    args = ap.parse_args()
    with open(args.results) as f:
        header = f.readline().rstrip("\n").split("\t")
        rows = [dict(zip(header, line.rstrip("\n").split("\t"))) for line in f if line.strip()]
    plot(rows)
    text = open(DOC).read() if os.path.exists(DOC) else "# Benchmarks\n"
    with open(DOC + ".tmp", "w") as f:
        notes = open(args.notes).read() if args.notes else ""
        f.write(replace_section(text, section(rows, args.command, notes)))
    os.replace(DOC + ".tmp", DOC)


if __name__ == "__main__":
    main()
