"""Solve Solomon files with PyVRP (default solver, one process = one core); JSON line each."""
import argparse, json, time
import pyvrp
from pyvrp.stop import MaxRuntime
import solomon

ap = argparse.ArgumentParser()
ap.add_argument("files", nargs="+")
ap.add_argument("--time-limit", type=float, default=10)
ap.add_argument("--seed", type=int, default=1)
a = ap.parse_args()
for path in a.files:
    inst = solomon.read(path)
    dist, dur = solomon.int_matrices(inst)
    n = len(dist)
    m = pyvrp.Model()
    locs = [m.add_location(x=int(inst["x"][i]), y=int(inst["y"][i])) for i in range(n)]
    depot = m.add_depot(locs[0], tw_early=solomon.scaled(inst["ready"][0]), tw_late=solomon.scaled(inst["due"][0]))
    for i in range(1, n):
        m.add_client(locs[i], delivery=[inst["demand"][i]], service_duration=solomon.scaled(inst["service"][i]),
                     tw_early=solomon.scaled(inst["ready"][i]), tw_late=solomon.scaled(inst["due"][i]))
    m.add_vehicle_type(num_available=inst["vehicles"], capacity=[inst["capacity"]], start_depot=depot, end_depot=depot,
                       tw_early=solomon.scaled(inst["ready"][0]), tw_late=solomon.scaled(inst["due"][0]))
    for i in range(n):
        for j in range(n):
            m.add_edge(locs[i], locs[j], distance=dist[i][j], duration=dur[i][j])
    t0 = time.perf_counter()
    res = m.solve(stop=MaxRuntime(a.time_limit), seed=a.seed, display=False)
    secs = time.perf_counter() - t0
    def is_client(act):
        c = act.is_client
        return c() if callable(c) else c
    # Activities carry the client's 0-based index among clients; node = index + 1 (one depot).
    routes = [[inst["ids"][act.idx + 1] for act in r.schedule() if is_client(act)] for r in res.best.routes()]
    routes = [r for r in routes if r]
    print(json.dumps(dict(instance=inst["name"], solver="pyvrp", vehicles=len(routes), seconds=round(secs, 3),
                          feasible=res.best.is_feasible(), routes=routes)), flush=True)
