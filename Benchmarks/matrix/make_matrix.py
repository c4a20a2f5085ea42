#!/usr/bin/env python3
"""Writes a travel matrix for a coldroute network, in the order `coldroute matrix-request` lists
places (villages, depots, agencies), in the format the output name asks for:
OUT.csv (long CSV from,to,minutes,km), OUT.valhalla.json (Valhalla `verbose: false`),
OUT.valhalla-verbose.json (Valhalla's default verbose rows of objects), OUT.vroom.json (VROOM
`matrices`, integers, no nulls: a missing pair gets 10^9 s), any other OUT.json (OSRM table).

Times are great-circle km x 1.3 at 40 km/h (seconds with one decimal, as OSRM gives), distances
km x 1.3 (metres, integers); one pair in 1,000 is `null` (no route). Deterministic (no randomness
beyond a fixed hash). Usage: make_matrix.py NETWORK.json OUT
"""
import json
import math
import sys


def main():
    network_path, out = sys.argv[1], sys.argv[2]
    net = json.load(open(network_path))
    places = [(p["id"], p["lon"], p["lat"]) for key in ("villages", "depots", "agencies") for p in net[key]]
    n = len(places)
    rad = [(math.radians(lon), math.radians(lat)) for _, lon, lat in places]

    def km(i, j):
        (l1, p1), (l2, p2) = rad[i], rad[j]
        h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin((l2 - l1) / 2) ** 2
        return 2 * 6371.0088 * math.asin(math.sqrt(h)) * 1.3

    def missing(i, j):
        return i != j and (i * 7919 + j * 104729) % 1000 == 0

    with open(out, "w") as f:
        if out.endswith(".csv"):
            f.write("from,to,minutes,km\n")
            for i in range(n):
                rows = []
                for j in range(n):
                    if missing(i, j):
                        rows.append(f"{places[i][0]},{places[j][0]},,\n")
                    else:
                        d = km(i, j)
                        rows.append(f"{places[i][0]},{places[j][0]},{d / 40 * 60:.2f},{d:.3f}\n")
                f.write("".join(rows))
            return
        if out.endswith(".valhalla-verbose.json"):
            f.write('{"units":"kilometers","sources_to_targets":[')
            for i in range(n):
                cells = []
                for j in range(n):
                    if missing(i, j):
                        cells.append(f'{{"from_index":{i},"to_index":{j},"time":null,"distance":null}}')
                    else:
                        d = km(i, j)
                        cells.append(f'{{"from_index":{i},"to_index":{j},"time":{d / 40 * 3600:.1f},"distance":{d:.3f}}}')
                f.write(("," if i else "") + "[" + ",".join(cells) + "]")
            f.write("]}\n")
            return
        if out.endswith(".valhalla.json"):
            f.write('{"units":"kilometers","sources_to_targets":{"durations":[')
            for i in range(n):
                cells = ("null" if missing(i, j) else f"{km(i, j) / 40 * 3600:.1f}" for j in range(n))
                f.write(("," if i else "") + "[" + ",".join(cells) + "]")
            f.write('],"distances":[')
            for i in range(n):
                cells = ("null" if missing(i, j) else f"{km(i, j):.3f}" for j in range(n))
                f.write(("," if i else "") + "[" + ",".join(cells) + "]")
            f.write("]}}\n")
            return
        if out.endswith(".vroom.json"):
            f.write('{"matrices":{"car":{"durations":[')
            for i in range(n):
                cells = ("1000000000" if missing(i, j) else str(round(km(i, j) / 40 * 3600)) for j in range(n))
                f.write(("," if i else "") + "[" + ",".join(cells) + "]")
            f.write('],"distances":[')
            for i in range(n):
                cells = ("1000000000" if missing(i, j) else str(round(km(i, j) * 1000)) for j in range(n))
                f.write(("," if i else "") + "[" + ",".join(cells) + "]")
            f.write("]}}}\n")
            return
        f.write('{"code":"Ok","durations":[')
        for i in range(n):
            cells = ("null" if missing(i, j) else f"{km(i, j) / 40 * 3600:.1f}" for j in range(n))
            f.write(("," if i else "") + "[" + ",".join(cells) + "]")
        f.write('],"distances":[')
        for i in range(n):
            cells = ("null" if missing(i, j) else str(round(km(i, j) * 1000)) for j in range(n))
            f.write(("," if i else "") + "[" + ",".join(cells) + "]")
        f.write('],"sources":[')
        f.write(",".join(f'{{"location":[{lon},{lat}]}}' for _, lon, lat in places))
        f.write("]}\n")


if __name__ == "__main__":
    main()
