/// Construction heuristics that seed the search.
///
/// `routes` splits a random permutation of the clients into as many routes as the total demand
/// needs, at most one per vehicle, and each route into trips by capacity when its vehicle may
/// reload (PyVRP's random initial solutions; the local search then makes them good).
/// `cheapestInsertion` inserts clients one by one, by increasing due time, at the position of
/// least penalised cost (opening a vehicle when that is cheapest) — Solomon's (1987) insertion
/// family. Both are O(n) and O(n² · routes) respectively.
public enum Construction {
    /// Random routes with vehicle types drawn in proportion to fleet counts.
    static func routes(_ inst: RoutingInstance, using rng: inout some RandomNumberGenerator) -> [(type: Int, visits: [Int])] {
        var clients = inst.clientNodes.filter { inst.uncoverable[$0] == nil }
        clients.shuffle(using: &rng)
        let slots = inst.vehicleTypes.enumerated().flatMap { t, v in Array(repeating: t, count: min(v.count, max(1, clients.count))) }
        guard !slots.isEmpty, !clients.isEmpty else { return [] }
        let demand = clients.reduce(0) { $0 + inst.demand[$1] }
        let capacity = max(1, inst.vehicleTypes.map(\.capacity).max() ?? 1)
        let k = min(slots.count, max(1, (demand + capacity - 1) / capacity))
        var types = slots; types.shuffle(using: &rng)
        var out: [(type: Int, visits: [Int])] = []
        for r in 0..<k {
            let lo = r * clients.count / k, hi = (r + 1) * clients.count / k
            out.append((types[r], splitIntoTrips(Array(clients[lo..<hi]), type: types[r], inst)))
        }
        return out
    }

    /// Inserts a reload wherever the next client would overflow the trip, for vehicle types
    /// allowing several trips (up to `maxTrips`). O(length).
    static func splitIntoTrips(_ clients: [Int], type t: Int, _ inst: RoutingInstance) -> [Int] {
        let v = inst.vehicleTypes[t]
        guard inst.maxTrips(t) > 1 else { return clients }
        var out = [Int](), load = 0, trips = 1
        for c in clients {
            if load > 0, load + inst.demand[c] > v.capacity, trips < inst.maxTrips(t) {
                out.append(v.depot); load = 0; trips += 1
            }
            out.append(c); load += inst.demand[c]
        }
        return out
    }

    /// Cheapest-insertion construction (deterministic): a feasible-or-penalised start solution.
    public static func cheapestInsertion(_ inst: RoutingInstance) -> RoutingSolution {
        let penalties = PenaltyManager(instance: inst)
        let ls = LocalSearch(instance: inst, evaluator: penalties.evaluator.boosted(by: 100), neighbours: [])
        ls.load([])
        for u in ls.routable.sorted(by: { inst.due[$0] < inst.due[$1] }) { ls.insertIfWorthIt(u) }
        let routes = ls.exportRoutes()
        let visited = Set(routes.flatMap(\.visits))
        let left = ls.routable.filter { !visited.contains($0) }.map {
            RoutingSolution.Unassigned(node: $0, reason: inst.required($0) ? .noFeasibleInsertion : .notProfitable)
        }
        return RoutingSolution(instance: inst, routes: routes.map { (vehicleType: $0.type, trips: inst.trips(of: $0.visits)) }, unassigned: left)
    }
}
