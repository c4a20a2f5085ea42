#!/usr/bin/env python3
"""Converts a capacitated location-routing instance (lrpdata.read) into a ColdRoute network JSON
(docs/network-format.md) whose `plan --single-source` cost equals the LRP cost convention.

Mapping (each choice keeps the plan's day cost equal to: opening of the depots used + route fixed
cost × routes + total Euclidean route length, and keeps every other network feature non-binding):

- `coordinates: planar`, `circuityFactor: 1`, no roads: travel distance = Euclidean distance in
  the instance's units, read as km (divided by a power of ten, with `costPerKm` that power, when
  the speed below would exceed the reader's 1,000 km/h: coordDas150). `driverCostPerHour: 0`.
- `defaultSpeedKmh` is chosen so that the longest possible route — (most stops a vehicle can carry
  + 1) legs of at most the instance's diameter — takes at most ROUTE_MINUTES minutes: time never binds.
- One product, `goods`: shelf life ambient = refrigerated = HORIZON minutes (time from a pickup to the
  depot is at most a route's duration); `valuePerKg` priced so that leaving any customer unserved
  costs more than ten times a dedicated depot and return trip for it (it is never the cheaper choice;
  nothing spoils in a feasible plan, so spoilage adds 0).
- Each customer → a village with supply {goods: demand kg}, ready and pickup window 00:00–HORIZON,
  no service time, no low-income households.
- Each depot → a `candidate` depot: opening cost per day = opening cost, capacity = depot capacity,
  handling cost 0, receiving hours 00:00–HORIZON.
- One vehicle type `truck`: capacity = vehicle capacity, `costPerKm: 1`, `fixedCostPerDay` = route
  fixed cost, no refrigeration cost, `count` = number of customers (never binding: no plan needs
  more routes than customers), no home depot (based at any open depot), `maxShiftMin` = HORIZON.
  One route per vehicle is what the LRP counts; routing plans one trip per vehicle today.
  TODO(maxTrips): the network format is gaining an optional `vehicleTypes[].maxTrips`; `--max-trips 1`
  writes it, so that a vehicle's fixed cost stays per route once multi-trip routing lands. The reader
  of main (74f1164) rejects the key, so it is not written by default; run.sh probes the binary with
  `coldroute validate` and passes `--max-trips 1` when it is accepted. Make it the default here once
  every reader takes it.
- Agencies: one per depot, at the depot's own location, handling 0, cut-off HORIZON,
  capacity = total demand: the depot → agency trunk distance is 0, so dispatch costs 0 whichever
  depots open and nothing misses dispatch. (`--no-agencies` writes none instead.)

Residual costs: none by construction; score.py recomputes the cost independently from the routes and
reports the plan's own day cost beside it.

Usage: convert.py INSTANCE.dat [--out FILE.json] [--max-trips N] [--no-agencies]
"""
import argparse
import json
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lrpdata  # noqa: E402

HORIZON = 2879          # minutes: "47:59", the last time of day the format writes
ROUTE_MINUTES = 1200    # the longest possible route takes at most this long (integer rounding has room)


def network(inst, max_trips=None, agencies=True):
    if inst.flag != 1:
        raise ValueError(f"{inst.name}: distance flag 0 (ceil(100 × Euclidean)) has no network equivalent")
    points = inst.depots + inst.customers
    diameter = max(math.hypot(a[0] - b[0], a[1] - b[1]) for a in points for b in points) or 1.0
    stops = min(inst.n, int(inst.capacity // max(min(d for d in inst.demand if d > 0), 1e-9)))
    speed = (stops + 1) * diameter / ROUTE_MINUTES * 60.0
    # The reader accepts speeds up to 1,000 km/h: on instances with large coordinates (coordDas150)
    # one km of the network is `unit` coordinate units, and a km costs `unit`, so costs are unchanged.
    unit = 1
    while speed / unit > 1000:
        unit *= 10
    speed /= unit
    positive = [d for d in inst.demand if d > 0]
    value = 10 * (2 * diameter + inst.route_cost + max(inst.opening)) / min(positive) if positive else 1.0
    net = {
        "_comment": f"Location-routing instance {inst.name} converted by Benchmarks/lrp/convert.py "
                    f"(LRP cost = opening + route fixed cost x routes + Euclidean length)",
        "format": "coldroute-network", "version": 1, "name": inst.name, "coordinates": "planar",
        "circuityFactor": 1, "defaultSpeedKmh": speed, "driverCostPerHour": 0,
        "products": [{"id": "goods", "shelfLifeAmbientMin": HORIZON, "shelfLifeRefrigeratedMin": HORIZON,
                      "valuePerKg": value}],
        "villages": [{"id": f"C{i + 1}", "x": x / unit, "y": y / unit, "supply": {"goods": inst.demand[i]},
                      "readyTime": 0, "pickupStart": 0, "pickupEnd": HORIZON, "serviceMin": 0,
                      "lowIncomeHouseholds": 0}
                     for i, (x, y) in enumerate(inst.customers)],
        "depots": [{"id": f"D{j + 1}", "x": x / unit, "y": y / unit, "status": "candidate",
                    "openingCostPerDay": inst.opening[j], "capacityKgPerDay": inst.depot_capacity[j],
                    "handlingCostPerKg": 0, "receivingOpen": 0, "receivingClose": HORIZON}
                   for j, (x, y) in enumerate(inst.depots)],
        "agencies": [{"id": f"A{j + 1}", "x": x / unit, "y": y / unit, "cutoff": HORIZON,
                      "handlingCostPerKg": 0, "capacityKgPerDay": sum(inst.demand)}
                     for j, (x, y) in enumerate(inst.depots)] if agencies else [],
        "vehicleTypes": [{"id": "truck", "capacityKg": inst.capacity, "refrigerated": True, "costPerKm": unit,
                          "fixedCostPerDay": inst.route_cost, "refrigerationCostPerHour": 0,
                          "count": inst.n, "maxShiftMin": HORIZON}],
    }
    if max_trips is not None:
        net["vehicleTypes"][0]["maxTrips"] = max_trips
    return net


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("instance")
    ap.add_argument("--out", help="network JSON to write (default: standard output)")
    ap.add_argument("--max-trips", type=int, help="write vehicleTypes[].maxTrips (only once the reader accepts it)")
    ap.add_argument("--no-agencies", action="store_true", help="write no express agencies")
    a = ap.parse_args()
    try:
        net = network(lrpdata.read(a.instance), a.max_trips, not a.no_agencies)
    except ValueError as e:
        sys.exit(f"convert.py: {e}")
    text = json.dumps(net, indent=1) + "\n"
    if a.out:
        tmp = a.out + ".tmp"
        with open(tmp, "w") as fh:
            fh.write(text)
        os.replace(tmp, a.out)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
