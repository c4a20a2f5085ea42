"""Shared helpers for the ColdRoute sample-network generators (standard library only).

- write_network(): writes a network as JSON (format v1) and as its CSV twin (one CSV per table).
- check_network(): re-reads both, checks that the CSV twin carries the same content as the JSON
  (same values, same number spelling), that ids are unique and references resolve, that road lengths
  are at least the straight-line distance, and that every place is connected by open roads.
- travel_times(): Dijkstra over open roads (or straight lines x circuity when there are no roads).

Numbers are written with Python's shortest round-trip float spelling (json.dumps), integers as
integers, so the JSON and CSV files spell every number identically and re-running a generator
reproduces the files byte for byte.
"""

import csv
import heapq
import io
import json
import math
import os

EARTH_RADIUS_KM = 6371.0088  # the same mean radius as ColdRouteModel.Coordinate

# Field order of each table (JSON objects use the same order; CSV headers are these names).
NETWORK_FIELDS = ["format", "version", "name", "coordinates", "circuityFactor", "defaultSpeedKmh",
                  "driverCostPerHour"]
PRODUCT_FIELDS = ["id", "name", "shelfLifeAmbientMin", "shelfLifeRefrigeratedMin", "valuePerKg"]
VILLAGE_FIELDS = ["id", "name", "@x", "@y", "supply", "readyTime", "pickupStart", "pickupEnd",
                  "serviceMin", "lowIncomeHouseholds"]
DEPOT_FIELDS = ["id", "name", "@x", "@y", "status", "openingCostPerDay", "capacityKgPerDay",
                "handlingCostPerKg", "receivingOpen", "receivingClose"]
AGENCY_FIELDS = ["id", "name", "@x", "@y", "cutoff", "handlingCostPerKg", "capacityKgPerDay"]
JUNCTION_FIELDS = ["id", "name", "@x", "@y"]
ROAD_FIELDS = ["from", "to", "lengthKm", "travelMin", "speedKmh", "closed", "name"]
VEHICLE_FIELDS = ["id", "name", "capacityKg", "refrigerated", "costPerKm", "fixedCostPerDay",
                  "refrigerationCostPerHour", "count", "homeDepot", "maxShiftMin"]

# Which fields are strings (everything else is a number or a boolean).
STRING_FIELDS = {"format", "name", "coordinates", "id", "status", "readyTime", "pickupStart", "pickupEnd",
                 "receivingOpen", "receivingClose", "cutoff", "from", "to", "homeDepot", "village", "product"}
BOOL_FIELDS = {"closed", "refrigerated"}

TABLES = [  # (JSON key, CSV file, fields)
    ("products", "products.csv", PRODUCT_FIELDS),
    ("villages", "villages.csv", VILLAGE_FIELDS),
    ("depots", "depots.csv", DEPOT_FIELDS),
    ("agencies", "agencies.csv", AGENCY_FIELDS),
    ("junctions", "junctions.csv", JUNCTION_FIELDS),
    ("roads", "roads.csv", ROAD_FIELDS),
    ("vehicleTypes", "vehicle_types.csv", VEHICLE_FIELDS),
]


def coord_keys(network):
    return ("lon", "lat") if network["coordinates"] == "lonlat" else ("x", "y")


def resolve_fields(fields, network):
    cx, cy = coord_keys(network)
    return [cx if f == "@x" else cy if f == "@y" else f for f in fields]


# ---------------------------------------------------------------------------------------------
# Geometry
# ---------------------------------------------------------------------------------------------

def haversine_km(lon1, lat1, lon2, lat2):
    rad = math.pi / 180
    dlat = (lat2 - lat1) * rad
    dlon = (lon2 - lon1) * rad
    a = math.sin(dlat / 2) ** 2 + math.cos(lat1 * rad) * math.cos(lat2 * rad) * math.sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def places(network):
    """All places (villages, depots, agencies, junctions) by id, with their kind."""
    cx, cy = coord_keys(network)
    out = {}
    for kind in ("villages", "depots", "agencies", "junctions"):
        for p in network.get(kind, []):
            out[p["id"]] = (kind, p[cx], p[cy])
    return out


def road_minutes(road):
    if "travelMin" in road:
        return float(road["travelMin"])
    return road["lengthKm"] / road["speedKmh"] * 60.0


def clock(text):
    h, m = text.split(":")
    return int(h) * 60 + int(m)


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------

def num(value):
    """The one spelling of a value used in both JSON and CSV."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return json.dumps(value)
    return value


def json_text(network):
    """Readable, stable JSON: top-level keys one per line, one table row per line."""
    lines = ["{"]
    keys = list(network.keys())
    for i, key in enumerate(keys):
        value = network[key]
        comma = "," if i < len(keys) - 1 else ""
        if isinstance(value, list):
            if not value:
                lines.append(f"  {json.dumps(key)}: []{comma}")
                continue
            lines.append(f"  {json.dumps(key)}: [")
            for j, row in enumerate(value):
                rc = "," if j < len(value) - 1 else ""
                lines.append("    " + json.dumps(row, separators=(", ", ": ")) + rc)
            lines.append(f"  ]{comma}")
        else:
            lines.append(f"  {json.dumps(key)}: {json.dumps(value)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def csv_text(header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def csv_files(network):
    """{file name: text} of the CSV twin."""
    files = {}
    files["network.csv"] = csv_text(NETWORK_FIELDS, [[num(network.get(f, "")) for f in NETWORK_FIELDS]])
    for key, fname, fields in TABLES:
        fields = [f for f in resolve_fields(fields, network) if f != "supply"]
        rows = [[num(row[f]) if f in row else "" for f in fields] for row in network.get(key, [])]
        files[fname] = csv_text(fields, rows)
    product_order = [p["id"] for p in network["products"]]
    supply_rows = []
    for v in network["villages"]:
        for pid in product_order:
            kg = v["supply"].get(pid, 0)
            if kg > 0:
                supply_rows.append([v["id"], pid, num(kg)])
    files["supply.csv"] = csv_text(["village", "product", "kgPerDay"], supply_rows)
    return files


def write_network(network, json_path, csv_dir):
    os.makedirs(os.path.dirname(json_path) or ".", exist_ok=True)
    with open(json_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(json_text(network))
    os.makedirs(csv_dir, exist_ok=True)
    for fname, text in csv_files(network).items():
        with open(os.path.join(csv_dir, fname), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)


# ---------------------------------------------------------------------------------------------
# Reading the CSV twin back (independently of the writer) and checking
# ---------------------------------------------------------------------------------------------

def parse_cell(field, text):
    if field in STRING_FIELDS:
        return text
    if field in BOOL_FIELDS:
        if text not in ("true", "false"):
            raise ValueError(f"{field}: bad boolean {text!r}")
        return text == "true"
    return int(text) if all(c.isdigit() or c == "-" for c in text) else float(text)


def read_csv_twin(csv_dir):
    """Rebuild the JSON structure from the CSV folder, plus the raw cells for spelling checks."""
    def rows_of(fname):
        with open(os.path.join(csv_dir, fname), encoding="utf-8", newline="") as f:
            r = list(csv.reader(f))
        return r[0], r[1:]

    header, rows = rows_of("network.csv")
    assert header == NETWORK_FIELDS, f"network.csv header {header}"
    assert len(rows) == 1, "network.csv must have one row"
    net = {}
    raw = []
    for f, t in zip(header, rows[0]):
        if t != "":
            net[f] = parse_cell(f, t)
            raw.append((f, t))
    for key, fname, fields in TABLES:
        expected = [f for f in resolve_fields(fields, net) if f != "supply"]
        header, rows = rows_of(fname)
        assert header == expected, f"{fname}: header {header} != {expected}"
        table = []
        for r in rows:
            assert len(r) == len(header), f"{fname}: row {r}"
            obj = {}
            for f, t in zip(header, r):
                if t == "":
                    continue  # empty = absent (homeDepot, speedKmh/travelMin)
                obj[f] = parse_cell(f, t)
                raw.append((f, t))
            table.append(obj)
        net[key] = table
    header, rows = rows_of("supply.csv")
    assert header == ["village", "product", "kgPerDay"], f"supply.csv header {header}"
    by_id = {v["id"]: v for v in net["villages"]}
    for v in net["villages"]:
        v["supply"] = {}
    for vid, pid, kg in rows:
        assert vid in by_id, f"supply.csv: unknown village {vid}"
        assert pid not in by_id[vid]["supply"], f"supply.csv: duplicate {vid},{pid}"
        by_id[vid]["supply"][pid] = parse_cell("kgPerDay", kg)
        raw.append(("kgPerDay", kg))
    return net, raw


def strip_comments(obj):
    if isinstance(obj, dict):
        return {k: strip_comments(v) for k, v in obj.items() if not k.startswith("_")}
    if isinstance(obj, list):
        return [strip_comments(v) for v in obj]
    return obj


def normalise(net):
    """Compare tables field by field; village supply as an unordered mapping of positive values."""
    out = {}
    for f in NETWORK_FIELDS:
        if f in net:
            out[f] = net[f]
    for key, _, _ in TABLES:
        rows = []
        for r in net.get(key, []):
            r = dict(r)
            if "supply" in r:
                r["supply"] = {p: kg for p, kg in r["supply"].items() if kg > 0}
            rows.append(r)
        out[key] = rows
    return out


def same_typed(a, b, path="$"):
    """Deep equality that also distinguishes 1 from 1.0 and True from 1."""
    if type(a) is not type(b):
        return f"{path}: {a!r} ({type(a).__name__}) vs {b!r} ({type(b).__name__})"
    if isinstance(a, dict):
        if set(a) != set(b):
            return f"{path}: keys {sorted(set(a) ^ set(b))} differ"
        for k in a:
            d = same_typed(a[k], b[k], f"{path}.{k}")
            if d:
                return d
        return None
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{path}: lengths {len(a)} vs {len(b)}"
        for i, (x, y) in enumerate(zip(a, b)):
            d = same_typed(x, y, f"{path}[{i}]")
            if d:
                return d
        return None
    return None if a == b else f"{path}: {a!r} vs {b!r}"


def components(network, open_only=True):
    """Connected components of the road graph (BFS)."""
    adj = {pid: [] for pid in places(network)}
    for r in network["roads"]:
        if open_only and r.get("closed", False):
            continue
        adj[r["from"]].append(r["to"])
        adj[r["to"]].append(r["from"])
    seen, comps = set(), []
    for start in adj:
        if start in seen:
            continue
        comp, queue = [], [start]
        seen.add(start)
        while queue:
            u = queue.pop()
            comp.append(u)
            for w in adj[u]:
                if w not in seen:
                    seen.add(w)
                    queue.append(w)
        comps.append(comp)
    return comps


def check_network(json_path, csv_dir, expected_network=None):
    """Returns a list of problems (empty when all is well)."""
    problems = []
    with open(json_path, encoding="utf-8") as f:
        text = f.read()
    data = json.loads(text)
    if expected_network is not None:
        if text != json_text(expected_network):
            problems.append(f"{json_path}: differs from what the generator produces now")
        for fname, t in csv_files(expected_network).items():
            with open(os.path.join(csv_dir, fname), encoding="utf-8", newline="") as f:
                if f.read() != t:
                    problems.append(f"{csv_dir}/{fname}: differs from what the generator produces now")
    net = strip_comments(data)
    if net.get("format") != "coldroute-network" or net.get("version") != 1:
        problems.append("format/version must be coldroute-network / 1")

    twin, raw = read_csv_twin(csv_dir)
    diff = same_typed(normalise(net), normalise(twin))
    if diff:
        problems.append(f"CSV twin differs from JSON: {diff}")
    for field, t in raw:
        if field in STRING_FIELDS or field in BOOL_FIELDS:
            continue
        if json.dumps(parse_cell(field, t)) != t:
            problems.append(f"CSV number {field}={t!r} is not spelled as in JSON")

    # ids, references, values
    pl = {}
    for kind in ("villages", "depots", "agencies", "junctions"):
        for p in net[kind]:
            if p["id"] in pl:
                problems.append(f"duplicate place id {p['id']}")
            pl[p["id"]] = kind
    pids = [p["id"] for p in net["products"]]
    if len(set(pids)) != len(pids):
        problems.append("duplicate product id")
    for p in net["products"]:
        if p["shelfLifeRefrigeratedMin"] < p["shelfLifeAmbientMin"]:
            problems.append(f"product {p['id']}: refrigerated shelf life shorter than ambient")
    for v in net["villages"]:
        for pid, kg in v["supply"].items():
            if pid not in pids:
                problems.append(f"village {v['id']}: unknown product {pid}")
        if not clock(v["readyTime"]) <= clock(v["pickupEnd"]) or clock(v["pickupStart"]) > clock(v["pickupEnd"]):
            problems.append(f"village {v['id']}: inconsistent times")
    dids = {d["id"] for d in net["depots"]}
    for vt in net["vehicleTypes"]:
        if "homeDepot" in vt and vt["homeDepot"] not in dids:
            problems.append(f"vehicle type {vt['id']}: unknown home depot {vt['homeDepot']}")
    network_places = places(net)
    for r in net["roads"]:
        for end in (r["from"], r["to"]):
            if end not in pl:
                problems.append(f"road {r['from']}-{r['to']}: unknown place {end}")
        if r["from"] not in pl or r["to"] not in pl:
            continue
        if ("travelMin" in r) == ("speedKmh" in r):
            problems.append(f"road {r['from']}-{r['to']}: give exactly one of travelMin / speedKmh")
        _, x1, y1 = network_places[r["from"]]
        _, x2, y2 = network_places[r["to"]]
        d = haversine_km(x1, y1, x2, y2) if net["coordinates"] == "lonlat" else math.hypot(x2 - x1, y2 - y1)
        if r["lengthKm"] < d:
            problems.append(f"road {r['from']}-{r['to']}: length {r['lengthKm']} < straight line {d:.3f}")
    if net["roads"]:
        comps = components(net, open_only=True)
        if len(comps) != 1:
            small = sorted(comps, key=len)[:-1]
            problems.append(f"open roads leave {len(comps)} components; cut off: {small}")
    return problems


# ---------------------------------------------------------------------------------------------
# Travel times
# ---------------------------------------------------------------------------------------------

def dijkstra(network, source):
    adj = {}
    for r in network["roads"]:
        if r.get("closed", False):
            continue
        t = road_minutes(r)
        adj.setdefault(r["from"], []).append((r["to"], t, r["lengthKm"]))
        adj.setdefault(r["to"], []).append((r["from"], t, r["lengthKm"]))
    best = {source: (0.0, 0.0)}
    heap = [(0.0, 0.0, source)]
    while heap:
        t, km, u = heapq.heappop(heap)
        if best.get(u, (math.inf,))[0] < t:
            continue
        for w, dt, dk in adj.get(u, []):
            nt = t + dt
            if nt < best.get(w, (math.inf,))[0]:
                best[w] = (nt, km + dk)
                heapq.heappush(heap, (nt, km + dk, w))
    return best


def travel_times(network, sources, targets):
    """{(s, t): (minutes, km)} fastest path via open roads, or straight line when there are no roads."""
    out = {}
    if network["roads"]:
        for s in sources:
            best = dijkstra(network, s)
            for t in targets:
                out[(s, t)] = best.get(t, (math.inf, math.inf))
    else:
        pl = places(network)
        for s in sources:
            for t in targets:
                _, x1, y1 = pl[s]
                _, x2, y2 = pl[t]
                d = haversine_km(x1, y1, x2, y2) if network["coordinates"] == "lonlat" else math.hypot(x2 - x1, y2 - y1)
                km = d * network.get("circuityFactor", 1.3)
                out[(s, t)] = (km / network.get("defaultSpeedKmh", 40) * 60.0, km)
    return out
