#!/usr/bin/env python3
"""Writes a synthetic OpenStreetMap XML extract of about WAYS ways laid as a grid over a network's
bounding box (with a 2 km margin), for timing `coldroute import-osm`.

Grid lines every `spacing`; each way joins two neighbouring crossings through 3 shape nodes.
Classes: every 10th line primary, every 5th tertiary, else residential; every 7th way one-way,
every 50th access=no, every 97th highway=construction; deterministic.
Usage: make_extract.py NETWORK.json OUT.osm [WAYS=100000]
"""
import json
import math
import sys


def main():
    net = json.load(open(sys.argv[1]))
    out = sys.argv[2]
    ways_wanted = int(sys.argv[3]) if len(sys.argv) > 3 else 100000
    pts = [(p["lon"], p["lat"]) for k in ("villages", "depots", "agencies") for p in net[k]]
    lat0 = sum(p[1] for p in pts) / len(pts)
    dlat = 2 / 111.0
    dlon = 2 / (111.0 * math.cos(math.radians(lat0)))
    lo1, lo2 = min(p[0] for p in pts) - dlon, max(p[0] for p in pts) + dlon
    la1, la2 = min(p[1] for p in pts) - dlat, max(p[1] for p in pts) + dlat
    k = 2
    while 2 * k * (k - 1) < ways_wanted:              # k x k crossings give 2 k (k - 1) ways
        k += 1
    nid = 0
    wid = 0
    with open(out, "w") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<osm version="0.6" generator="make_extract.py">\n')
        cross = {}
        for i in range(k):
            for j in range(k):
                nid += 1
                cross[i, j] = nid
                f.write(f' <node id="{nid}" lat="{la1 + (la2 - la1) * i / (k - 1):.7f}" lon="{lo1 + (lo2 - lo1) * j / (k - 1):.7f}"/>\n')
        ways = []
        for i in range(k):
            for j in range(k):
                for (di, dj) in ((0, 1), (1, 0)):
                    if i + di >= k or j + dj >= k or wid >= ways_wanted:
                        continue
                    wid += 1
                    a, b = cross[i, j], cross[i + di, j + dj]
                    lat_a, lon_a = la1 + (la2 - la1) * i / (k - 1), lo1 + (lo2 - lo1) * j / (k - 1)
                    lat_b, lon_b = la1 + (la2 - la1) * (i + di) / (k - 1), lo1 + (lo2 - lo1) * (j + dj) / (k - 1)
                    shape = []
                    for s in (1, 2, 3):
                        nid += 1
                        t = s / 4
                        f.write(f' <node id="{nid}" lat="{lat_a + (lat_b - lat_a) * t + 0.00001 * s:.7f}" lon="{lon_a + (lon_b - lon_a) * t:.7f}"/>\n')
                        shape.append(nid)
                    line = i if di == 0 else j
                    cls = "primary" if line % 10 == 0 else "tertiary" if line % 5 == 0 else "residential"
                    ways.append((wid, [a] + shape + [b], cls))
        for wid, nodes, cls in ways:
            tags = [("highway", "construction" if wid % 97 == 0 else cls)]
            if wid % 7 == 0:
                tags.append(("oneway", "yes"))
            if wid % 50 == 0:
                tags.append(("access", "no"))
            f.write(f' <way id="{wid}">\n' + "".join(f'  <nd ref="{n}"/>\n' for n in nodes)
                    + "".join(f'  <tag k="{k_}" v="{v}"/>\n' for k_, v in tags) + " </way>\n")
        f.write("</osm>\n")
    print(f"{out}: {nid} nodes, {len(ways)} ways, grid {k} x {k}", file=sys.stderr)


if __name__ == "__main__":
    main()
