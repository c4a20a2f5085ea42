#!/usr/bin/env python3
"""Write the hand-checkable network networks/tiny.json and its CSV twin networks/tiny/.

    python3 networks/tools/make_tiny.py           # write
    python3 networks/tools/make_tiny.py --check   # verify the files on disk, write nothing

Planar coordinates in km, no roads: travel = straight line x circuityFactor (1.0) at
defaultSpeedKmh (60), so 1 km = 1 minute. See networks/tiny.md.
"""

import argparse
import math
import os
import sys

sys.dont_write_bytecode = True  # keep networks/tools/ free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import netfiles as nf  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
NETWORKS = os.path.dirname(HERE)
JSON_PATH = os.path.join(NETWORKS, "tiny.json")
CSV_DIR = os.path.join(NETWORKS, "tiny")


def village(vid, name, x, y, kg, poor):
    return {"id": vid, "name": name, "x": x, "y": y, "supply": {"berry": kg}, "readyTime": "06:00",
            "pickupStart": "06:00", "pickupEnd": "18:00", "serviceMin": 0, "lowIncomeHouseholds": poor}


def depot(did, name, x, y, status, cost):
    return {"id": did, "name": name, "x": x, "y": y, "status": status, "openingCostPerDay": cost,
            "capacityKgPerDay": 1000, "handlingCostPerKg": 0, "receivingOpen": "00:00", "receivingClose": "23:59"}


NETWORK = {
    "_about": "Synthetic, hand-checkable test network (see networks/tiny.md). Planar km, no roads, "
              "circuity 1.0, 60 km/h: 1 km = 1 minute. Written by networks/tools/make_tiny.py.",
    "format": "coldroute-network",
    "version": 1,
    "name": "Tiny",
    "coordinates": "planar",
    "circuityFactor": 1.0,
    "defaultSpeedKmh": 60,
    "driverCostPerHour": 0,
    "products": [{"id": "berry", "name": "Berry", "shelfLifeAmbientMin": 30, "shelfLifeRefrigeratedMin": 60,
                  "valuePerKg": 10}],
    "villages": [
        village("V1", "Near", 8, 6, 200, 5),
        village("V2", "North", 0, 20, 200, 10),
        village("V3", "East", 40, 10, 400, 20),
        village("V4", "Far south", 0, -65, 50, 40),
    ],
    "depots": [
        depot("D0", "Existing store", 0, 0, "existing", 100),
        depot("D1", "East candidate", 40, 0, "candidate", 300),
        depot("D2", "South candidate", 0, -42, "candidate", 2000),
    ],
    "agencies": [{"id": "A1", "name": "Express agency", "x": 20, "y": 0, "cutoff": "23:59",
                  "handlingCostPerKg": 0, "capacityKgPerDay": 10000}],
    "junctions": [],
    "roads": [],
    "vehicleTypes": [{"id": "truck", "name": "Ambient truck", "capacityKg": 1000, "refrigerated": False,
                      "costPerKm": 1, "fixedCostPerDay": 0, "refrigerationCostPerHour": 0, "count": 3,
                      "maxShiftMin": 600}],
}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="verify the files on disk; write nothing")
    args = ap.parse_args()
    if not args.check:
        nf.write_network(NETWORK, JSON_PATH, CSV_DIR)
        print(f"wrote {os.path.relpath(JSON_PATH)} and {os.path.relpath(CSV_DIR)}/")
    problems = nf.check_network(JSON_PATH, CSV_DIR, expected_network=NETWORK)
    for p in problems:
        print("PROBLEM:", p)
    print("check:", "OK (CSV twin = JSON, references)" if not problems else f"{len(problems)} problem(s)")
    print("Straight-line distance (km = minutes) village -> depot, and agency:")
    for v in NETWORK["villages"]:
        cells = []
        for d in NETWORK["depots"] + NETWORK["agencies"]:
            dist = math.hypot(v["x"] - d["x"], v["y"] - d["y"])
            cells.append(f"{d['id']} {dist:6.2f}")
        print(f"  {v['id']}: " + "  ".join(cells))
    for d in NETWORK["depots"]:
        a = NETWORK["agencies"][0]
        print(f"  {d['id']} -> A1: {math.hypot(d['x'] - a['x'], d['y'] - a['y']):.2f}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
