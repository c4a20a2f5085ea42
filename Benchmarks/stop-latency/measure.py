#!/usr/bin/env python3
"""Stop latency of `coldroute plan`: how long after Ctrl-C (SIGINT) or SIGTERM the process exits.

Issue 11 asks that a first Ctrl-C or SIGTERM ends any run within 1 s plus output time. This script
starts `plan` on several networks, sends the signal after a delay (so it lands in different phases:
reading, siting, route search, later rounds), and prints for each run the seconds from the signal to
the exit (total), the part of it until planning ended (search: from the signal to the end of the
"planning" stage that `plan` reports in its `timings:` line, i.e. without the independent checks
and writing the files; the process start-up before `plan` starts its clock is not counted, so
it is a slight underestimate), the exit code, and the last progress line before the stop.

    python3 Benchmarks/stop-latency/measure.py [BINARY]        # default .build/release/coldroute

    python3 Benchmarks/stop-latency/measure.py BINARY --only "county 2000 single-source" --trials 3

The networks: the demo county; the hang reproducer of issue 11 (the demo county with
vehicleTypes[0].costPerKm = 1e8) with `--time-limit 3` and with no time limit; generated
counties of 150 and 2,000 villages; the 2,000-village county with `--single-source` (the whole
MIP goes to GLPK: presolve and root LP without a callback, stopped through the term hook,
GLPKSession+Stop.swift); and a generated county of 3,500 villages, which `plan` splits into
two regions (RegionalPlanner; with `--route-iterations 300`, so that a region ends in minutes).
A signal point is a delay in seconds or a text to wait for on stderr. The latency
includes the independent checks and writing the output folder (the "output time"). Each line
also gives the 1-minute load average when the signal was sent and the CPU seconds the run got
(user + system). Run it on an idle machine for numbers to compare; `--only NAME` (repeatable)
picks cases by name, `--trials N` repeats each signal point.
"""
import argparse, json, os, re, resource, signal, subprocess, sys, tempfile, time

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
parser = argparse.ArgumentParser()
parser.add_argument("binary", nargs="?", default=os.path.join(root, ".build", "release", "coldroute"))
parser.add_argument("--only", action="append", default=[], help="run only the case of this name (repeatable)")
parser.add_argument("--trials", type=int, default=1, help="runs per signal point")
arguments = parser.parse_args()
binary = arguments.binary
work = tempfile.mkdtemp(prefix="coldroute-stop-latency-")

with open(os.path.join(root, "networks", "demo-county.json")) as f:
    hang = json.load(f)
hang["vehicleTypes"][0]["costPerKm"] = 1e8
hang_path = os.path.join(work, "hang.json")
with open(hang_path, "w") as f:
    json.dump(hang, f)

def generated(villages, depots):
    path = os.path.join(work, "county-%d.json" % villages)
    if os.path.exists(path):
        return path
    subprocess.run([binary, "generate", "--villages", str(villages), "--depots", str(depots), "--agencies", "3",
                    "--seed", "2", "--out", path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return path

delays = [0.3, 1.0, 2.0, 5.0]
cases = [
    ("demo", lambda: [os.path.join(root, "networks", "demo-county.json"), "--route-time", "600"], delays),
    ("hang --time-limit 3", lambda: [hang_path, "--time-limit", "3"], delays),
    ("hang, no limit", lambda: [hang_path, "--route-time", "600", "--time-limit", "3600"], delays),
    ("county 150", lambda: [generated(150, 10), "--route-time", "600"], delays),
    ("county 2000", lambda: [generated(2000, 60), "--route-time", "600", "--time-limit", "3600"],
     delays + [8.0, 12.0]),
    ("county 2000 single-source", lambda: [generated(2000, 60), "--single-source", "--route-time", "600",
                                           "--time-limit", "3600"], [3.0, 8.0, 20.0]),
    ("county 3500 regions", lambda: [generated(3500, 100), "--route-iterations", "300", "--time-limit", "3600"],
     [2.0, 10.0]),
]
signals = [("INT", signal.SIGINT), ("TERM", signal.SIGTERM)]

def wait_for(p, err_path, cue, limit=900):
    """Waits until `cue` appears on the run's stderr (or the run ends); the seconds waited."""
    begun = time.monotonic()
    while p.poll() is None and time.monotonic() - begun < limit:
        with open(err_path, errors="replace") as f:
            if cue in f.read():
                break
        time.sleep(0.05)

def cpu_of_children():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime

print("%-26s %-5s %9s %8s %8s %5s %5s %6s  %s" % (
    "network", "sig", "at", "total", "search", "exit", "load", "cpu s", "last progress line"))
worst = 0.0
worst_search = 0.0
for name, make_args, points in cases:
    if arguments.only and name not in arguments.only:
        continue
    args = make_args()
    for point in points:
        for signame, signum in signals[:1] if point != 2.0 else signals:
          for trial in range(arguments.trials):
            out = os.path.join(work, "out")
            err_path = os.path.join(work, "stderr")
            at = ("%.1f s" % point) if not isinstance(point, str) else point
            cpu_before = cpu_of_children()
            with open(err_path, "w") as err:
                started = time.monotonic()
                p = subprocess.Popen([binary, "plan"] + args + ["--out", out], stdout=subprocess.DEVNULL, stderr=err, cwd=root)
                if isinstance(point, str):
                    wait_for(p, err_path, point)
                else:
                    time.sleep(point)
                if p.poll() is not None:
                    print("%-26s %-5s %9s %8s %8s %5d  finished before the signal" % (name, signame, at, "-", "-", p.returncode))
                    continue
                sent = time.monotonic()
                started_after = sent - started
                load = os.getloadavg()[0]
                p.send_signal(signum)
                try:
                    p.wait(timeout=300)
                except subprocess.TimeoutExpired:
                    p.kill()
                    p.wait()
                    print("%-26s %-5s %9s %8s %8s %5s  NOT STOPPED after 300 s (killed)" % (name, signame, at, ">300", "?", "kill"))
                    worst = float("inf")
                    continue
                latency = time.monotonic() - sent
            cpu = cpu_of_children() - cpu_before
            if isinstance(point, str):
                at = "%s@%.1f" % (point.strip(":/ "), started_after)
            worst = max(worst, latency)
            lines = [l.strip() for l in open(err_path, errors="replace").read().replace("\r", "\n").split("\n") if l.strip()]
            before = [l for l in lines if not l.startswith(("interrupted", "wrote", "timings", "note"))]
            search = "-"
            for l in lines:
                m = re.match(r"timings: reading ([0-9.]+) s, planning ([0-9.]+) s", l)
                if m:
                    value = float(m.group(1)) + float(m.group(2)) - started_after
                    worst_search = max(worst_search, value)
                    search = "%.3f" % value
            print("%-26s %-5s %9s %8.3f %8s %5d %5.1f %6.1f  %s" % (
                name, signame, at, latency, search, p.returncode, load, cpu, (before[-1] if before else "")[:50]))
print("worst latency: %.3f s signal to exit (including checks and writing the output folder); %.3f s signal to the end of planning" % (worst, worst_search))
