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

The networks: the demo county; the hang reproducer of issue 11 (the demo county with
vehicleTypes[0].costPerKm = 1e8) with `--time-limit 3` and with no time limit; and generated
counties of 150 and 2,000 villages. The latency includes the independent checks and writing the
output folder (the "output time"). Run it on an idle machine for numbers to compare.
"""
import json, os, re, signal, subprocess, sys, tempfile, time

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, ".build", "release", "coldroute")
work = tempfile.mkdtemp(prefix="coldroute-stop-latency-")

with open(os.path.join(root, "networks", "demo-county.json")) as f:
    hang = json.load(f)
hang["vehicleTypes"][0]["costPerKm"] = 1e8
hang_path = os.path.join(work, "hang.json")
with open(hang_path, "w") as f:
    json.dump(hang, f)

def generated(villages, depots):
    path = os.path.join(work, "county-%d.json" % villages)
    subprocess.run([binary, "generate", "--villages", str(villages), "--depots", str(depots), "--agencies", "3",
                    "--seed", "2", "--out", path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return path

cases = [
    ("demo", [os.path.join(root, "networks", "demo-county.json"), "--route-time", "600"]),
    ("hang --time-limit 3", [hang_path, "--time-limit", "3"]),
    ("hang, no limit", [hang_path, "--route-time", "600", "--time-limit", "3600"]),
    ("county 150", [generated(150, 10), "--route-time", "600"]),
    ("county 2000", [generated(2000, 60), "--route-time", "600", "--time-limit", "3600"]),
]
delays = [0.3, 1.0, 2.0, 5.0]
signals = [("INT", signal.SIGINT), ("TERM", signal.SIGTERM)]

print("%-22s %-5s %6s %8s %8s %5s  %s" % ("network", "sig", "at s", "total", "search", "exit", "last progress line"))
worst = 0.0
worst_search = 0.0
for name, args in cases:
    for delay in delays:
        for signame, signum in signals[:1] if delay != 2.0 else signals:
            out = os.path.join(work, "out")
            err_path = os.path.join(work, "stderr")
            with open(err_path, "w") as err:
                started = time.monotonic()
                p = subprocess.Popen([binary, "plan"] + args + ["--out", out], stdout=subprocess.DEVNULL, stderr=err, cwd=root)
                time.sleep(delay)
                if p.poll() is not None:
                    print("%-22s %-5s %6.1f %8s %8s %5d  finished before the signal" % (name, signame, delay, "-", "-", p.returncode))
                    continue
                sent = time.monotonic()
                started_after = sent - started
                p.send_signal(signum)
                try:
                    p.wait(timeout=120)
                except subprocess.TimeoutExpired:
                    p.kill()
                    p.wait()
                    print("%-22s %-5s %6.1f %8s %8s %5s  NOT STOPPED after 120 s (killed)" % (name, signame, delay, ">120", "?", "kill"))
                    worst = float("inf")
                    continue
                latency = time.monotonic() - sent
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
            print("%-22s %-5s %6.1f %8.3f %8s %5d  %s" % (name, signame, delay, latency, search, p.returncode, (before[-1] if before else "")[:60]))
print("worst latency: %.3f s signal to exit (including checks and writing the output folder); %.3f s signal to the end of planning" % (worst, worst_search))
