#!/usr/bin/env python3
"""Writes the seed corpus of every fuzz target into Fuzz/corpus/<target>/ from files in the repo.

Run from the package root after changing the example networks or formats:
    python3 Fuzz/make_seeds.py
The seeds are kept in the repository; Fuzz/run.sh fuzzes from them.
"""
import glob, json, os, re, shutil, subprocess

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
corpus = os.path.join(root, "Fuzz", "corpus")

def put(target, name, data):
    folder = os.path.join(corpus, target)
    os.makedirs(folder, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)

def read(path):
    with open(os.path.join(root, path), "rb") as f:
        return f.read()

shutil.rmtree(corpus, ignore_errors=True)

# network-json: the example and fixture networks, and every reproducer of an earlier crash.
for path in ["networks/tiny.json", "Tests/ColdRouteIOTests/Fixtures/tiny.json", "Tests/ColdRouteIOTests/Fixtures/demo.json"] \
        + sorted(glob.glob("Tests/ColdRouteIOTests/Fixtures/fuzz-crashes/*.json", root_dir=root)) \
        + sorted(glob.glob("Tests/ColdRouteIOTests/Fixtures/invalid/*.json", root_dir=root)):
    put("network-json", path.replace("/", "_"), read(path))

# network-csv: folders packed as "#> name.csv" bundles (see Fuzz/Sources/CSVBundle.swift).
def bundle(folder):
    parts = []
    for name in sorted(os.listdir(os.path.join(root, folder))):
        if name.endswith(".csv"):
            parts.append(b"#> " + name.encode() + b"\n" + read(os.path.join(folder, name)))
    return b"".join(parts)
for folder in ["networks/tiny", "Tests/ColdRouteIOTests/Fixtures/demo-csv"] \
        + sorted(p for p in glob.glob("Tests/ColdRouteIOTests/Fixtures/fuzz-crashes/*", root_dir=root) if os.path.isdir(os.path.join(root, p))) \
        + sorted(p for p in glob.glob("Tests/ColdRouteIOTests/Fixtures/invalid/*", root_dir=root) if os.path.isdir(os.path.join(root, p))):
    put("network-csv", folder.replace("/", "_"), bundle(folder))

# scenario: the example scenarios against the demo county, renamed base.json by the target.
for path in sorted(glob.glob("scenarios/*.toml", root_dir=root)):
    text = read(path).decode()
    text = re.sub(r'^base = ".*"$', 'base = "base.json"', text, flags=re.M)
    put("scenario", os.path.basename(path), text)

# route-sheet and vroom: the files of a plan of the tiny network (made with the debug binary).
binary = os.path.join(root, ".build", "debug", "coldroute")
out = os.path.join("/tmp", "coldroute-seed-plan-%d" % os.getpid())
subprocess.run([binary, "plan", os.path.join(root, "networks/tiny.json"), "--out", out, "--route-iterations", "200", "--seed", "1", "-q"],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
with open(os.path.join(out, "routes.csv"), "rb") as f:
    put("route-sheet", "tiny-routes.csv", f.read())
with open(os.path.join(out, "routes-vroom.json"), "rb") as f:
    put("vroom", "tiny-routes-vroom.json", f.read())
shutil.rmtree(out)

# orlib and solomon: small instances in the published layouts.
put("orlib", "snippet.txt", "2 2\n 100 7500.\n capacity 40.5\n30\n 10.5 20.25\n40\n 8.\n 12.\n")
put("orlib", "three.txt", "3 2\n 50 10\n 60 20\n 70 30\n10\n 1 2 3\n20\n 4 5 6\n")
put("solomon", "tiny.txt", "TINY\n\nVEHICLE\nNUMBER     CAPACITY\n  2         10\n\nCUSTOMER\n"
    "CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME\n\n"
    "    0      0          0          0          0        100          0\n"
    "    1      3          4          5          0         50         10\n"
    "    7      6          8          6          5         60          2\n")

# mtvrptw: a VRPLIB multi-trip VRPTW instance with release dates, and a two-client one.
put("mtvrptw", "R204R0.25.vrp", open("/work/shared/benchmarks/mtvrptw/R204R0.25.vrp", "rb").read()
    if os.path.exists("/work/shared/benchmarks/mtvrptw/R204R0.25.vrp") else b"")
put("mtvrptw", "two.vrp", "NAME: two\nDIMENSION: 3\nVEHICLES: 1\nCAPACITY: 10\nSERVICE_TIME: 5\n"
    "NODE_COORD_SECTION\n1 0 0\n2 3 4\n3 6 8\nDEMAND_SECTION\n1 0\n2 4\n3 5\n"
    "TIME_WINDOW_SECTION\n1 0 100\n2 0 50\n3 10 60\nRELEASE_TIME_SECTION\n1 0\n2 0\n3 7\n"
    "VEHICLES_RELOAD_DEPOT_SECTION\n1 1\nDEPOT_SECTION\n1\n-1\nEOF\n")

# matrix-json and matrix-csv: a travel matrix for the tiny network in every format (places in the
# matrix-request order: villages, depots, agencies), one pair without a route.
def matrix_seeds():
    net = json.loads(read("networks/tiny.json"))
    places = [(p["id"], p.get("lon", p.get("x")), p.get("lat", p.get("y"))) for key in ("villages", "depots", "agencies") for p in net[key]]
    n = len(places)
    secs = [[0 if i == j else 300 + 60 * abs(i - j) + 7 * i for j in range(n)] for i in range(n)]
    metres = [[0 if i == j else 4000 * abs(i - j) + 130 * j for j in range(n)] for i in range(n)]
    gone = (2, 1)
    def cell(t, i, j):
        return None if (i, j) == gone else t[i][j]
    osrm = {"code": "Ok", "durations": [[cell(secs, i, j) for j in range(n)] for i in range(n)],
            "distances": [[cell(metres, i, j) for j in range(n)] for i in range(n)],
            "sources": [{"location": [lon, lat]} for _, lon, lat in places]}
    put("matrix-json", "osrm.json", json.dumps(osrm))
    verbose = {"units": "miles", "sources": [[{"lon": lon, "lat": lat} for _, lon, lat in places]],
               "sources_to_targets": [[{"from_index": i, "to_index": j, "time": cell(secs, i, j),
                                        "distance": None if (i, j) == gone else metres[i][j] / 1609.344}
                                       for j in range(n)] for i in range(n)]}
    put("matrix-json", "valhalla-verbose.json", json.dumps(verbose, indent=1))
    concise = {"units": "kilometers", "sources_to_targets": {
        "durations": [[cell(secs, i, j) for j in range(n)] for i in range(n)],
        "distances": [[None if (i, j) == gone else metres[i][j] / 1000 for j in range(n)] for i in range(n)]}}
    put("matrix-json", "valhalla.json", json.dumps(concise))
    vroom = {"vehicles": [], "matrices": {"car": {"durations": secs, "distances": metres}}}
    put("matrix-json", "vroom.json", json.dumps(vroom))
    rows = ["from,to,minutes,km"] + [
        "%s,%s,%s,%s" % (places[i][0], places[j][0], "" if (i, j) == gone else "%.2f" % (secs[i][j] / 60),
                         "" if (i, j) == gone else "%.3f" % (metres[i][j] / 1000))
        for i in range(n) for j in range(n)]
    put("matrix-csv", "table.csv", "\n".join(rows) + "\n")
    put("matrix-csv", "quoted.csv", 'to,"from",minutes,km\r\n"%s",%s,12.5,9\r\n\r\n%s,%s,null,\r\n'
        % (places[1][0], places[0][0], places[0][0], places[2][0]))
matrix_seeds()

# Every input a campaign found a bug with (Fuzz/findings/<target>/, see docs/robustness.md) stays
# in the corpus, so each run checks that the bug is still fixed.
for path in sorted(glob.glob("Fuzz/findings/*/*", root_dir=root)):
    target = path.split("/")[2]
    put(target, "finding-" + os.path.basename(path), read(path))
