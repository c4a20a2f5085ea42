"""Solve Solomon files with OR-Tools routing (GUIDED_LOCAL_SEARCH, time limit); JSON line each."""
import argparse, json, time
from ortools.constraint_solver import pywrapcp, routing_enums_pb2
import solomon

ap = argparse.ArgumentParser()
ap.add_argument("files", nargs="+")
ap.add_argument("--time-limit", type=float, default=10)
a = ap.parse_args()
for path in a.files:
    inst = solomon.read(path)
    dist, dur = solomon.int_matrices(inst)
    n = len(dist)
    service = [solomon.scaled(s) for s in inst["service"]]
    manager = pywrapcp.RoutingIndexManager(n, inst["vehicles"], 0)
    routing = pywrapcp.RoutingModel(manager)
    dist_cb = routing.RegisterTransitCallback(lambda i, j: dist[manager.IndexToNode(i)][manager.IndexToNode(j)])
    routing.SetArcCostEvaluatorOfAllVehicles(dist_cb)
    time_cb = routing.RegisterTransitCallback(
        lambda i, j: service[manager.IndexToNode(i)] + dur[manager.IndexToNode(i)][manager.IndexToNode(j)])
    horizon = solomon.scaled(inst["due"][0])
    routing.AddDimension(time_cb, horizon, horizon, False, "Time")
    tdim = routing.GetDimensionOrDie("Time")
    for node in range(1, n):
        tdim.CumulVar(manager.NodeToIndex(node)).SetRange(solomon.scaled(inst["ready"][node]), solomon.scaled(inst["due"][node]))
    for v in range(inst["vehicles"]):
        tdim.CumulVar(routing.Start(v)).SetRange(solomon.scaled(inst["ready"][0]), horizon)
        tdim.CumulVar(routing.End(v)).SetRange(solomon.scaled(inst["ready"][0]), horizon)
    dem_cb = routing.RegisterUnaryTransitCallback(lambda i: inst["demand"][manager.IndexToNode(i)])
    routing.AddDimensionWithVehicleCapacity(dem_cb, 0, [inst["capacity"]] * inst["vehicles"], True, "Load")
    params = pywrapcp.DefaultRoutingSearchParameters()
    params.first_solution_strategy = routing_enums_pb2.FirstSolutionStrategy.PARALLEL_CHEAPEST_INSERTION
    params.local_search_metaheuristic = routing_enums_pb2.LocalSearchMetaheuristic.GUIDED_LOCAL_SEARCH
    params.time_limit.FromMilliseconds(int(a.time_limit * 1000))
    t0 = time.perf_counter()
    sol = routing.SolveWithParameters(params)
    secs = time.perf_counter() - t0
    routes = []
    if sol:
        for v in range(inst["vehicles"]):
            idx, r = routing.Start(v), []
            idx = sol.Value(routing.NextVar(idx))
            while not routing.IsEnd(idx):
                r.append(inst["ids"][manager.IndexToNode(idx)])
                idx = sol.Value(routing.NextVar(idx))
            if r:
                routes.append(r)
    print(json.dumps(dict(instance=inst["name"], solver="ortools", vehicles=len(routes), seconds=round(secs, 3),
                          feasible=sol is not None, routes=routes)), flush=True)
