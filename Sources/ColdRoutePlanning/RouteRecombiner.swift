import ColdRouteModel
import ColdRouteRouting
import GLPK

/// Recombines the routes a heuristic search found into a better plan with a set-partitioning MIP
/// solved by GLPK — the matheuristic step of Subramanian, Uchoa & Ochi (2013, "A hybrid algorithm
/// for a class of vehicle routing problems") and Muter, Birbil & Sahin (2010).
///
/// **Formulation.** Routes `r ∈ R` (the search's pool plus the routes of its best solution), each
/// with cost `c_r`, vehicle type `t(r)` and client set `S_r`:
///
///     min  Σ_r c_r z_r + Σ_(i optional) π_i s_i
///     s.t. Σ_(r ∋ i) z_r + s_i = 1        every client i   (s_i ≡ 0 for required clients)
///          Σ_(r: t(r) = t) z_r ≤ n_t      every vehicle type t
///          z_r, s_i ∈ {0, 1}
///
/// with prize `π_i` (the value lost when an optional client is left out) and fleet size `n_t`.
/// The incumbent is handed to GLPK as its starting solution, so the result is never worse.
/// Every pooled route was feasible on its own, so any selection is feasible; the caller still
/// re-checks the result with ``RoutingChecker``.
public enum RouteRecombiner {
    /// The better of `result`'s solution and the best recombination found within `timeLimit`
    /// (`nil`: solved to optimality, so the result depends on the pool alone).
    /// Skipped when `stop` is already set; a stop during the MIP keeps its best incumbent so far.
    public static func improve(_ result: RoutingResult, instance: RoutingInstance, timeLimit: Duration?,
                               stop: StopSignal? = nil) throws -> RoutingSolution
    {
        guard result.isFeasible, stop?.isStopped != true else { return result.solution }
        // A route is a vehicle's day: its trips, kept apart (key: type, then trips separated by -1).
        var routes: [(vehicleType: Int, trips: [[Int]], visits: [Int], cost: Double)] = []
        var seen = Set<[Int]>()
        func key(_ type: Int, _ trips: [[Int]]) -> [Int] { [type] + trips.flatMap { [-1] + $0 } }
        for r in result.solution.routes where seen.insert(key(r.vehicleType, r.trips.map(\.visits))).inserted {
            routes.append((r.vehicleType, r.trips.map(\.visits), r.visits, r.cost))
        }
        let incumbentCount = routes.count
        for r in result.routePool where seen.insert(key(r.vehicleType, r.trips)).inserted {
            routes.append((r.vehicleType, r.trips, r.visits, r.cost))
        }
        guard routes.count > incumbentCount else { return result.solution }

        var model = LinearModel(name: "route_recombination")
        let z = routes.indices.map { model.addVariable("z\($0)", bounds: .range(0, 1), cost: routes[$0].cost, kind: .binary) }
        var routesOf = [Int: [Int]]()
        for (r, route) in routes.enumerated() { for node in route.visits { routesOf[node, default: []].append(r) } }
        var skip = [Int: LinearModel.Variable]()
        for node in instance.clientNodes {
            var terms = (routesOf[node] ?? []).map { (z[$0], 1.0) }
            if let prize = instance.client(atNode: node).prize {
                let s = model.addVariable("s\(node)", bounds: .range(0, 1), cost: prize, kind: .binary)
                skip[node] = s
                terms.append((s, 1))
            }
            guard !terms.isEmpty else { return result.solution }   // a required client no route covers
            model.addConstraint("cover\(node)", terms, .fixed(1))
        }
        for (t, type) in instance.vehicleTypes.enumerated() {
            let terms = routes.indices.filter { routes[$0].vehicleType == t }.map { (z[$0], 1.0) }
            if !terms.isEmpty { model.addConstraint("fleet\(t)", terms, .upper(Double(type.count))) }
        }

        var start = [Double](repeating: 0, count: model.variableCount)
        for r in 0..<incumbentCount { start[z[r].index] = 1 }
        let served = Set(result.solution.routes.flatMap(\.visits))
        for (node, s) in skip where !served.contains(node) { start[s.index] = 1 }

        var options = SolveOptions()
        options.timeLimit = timeLimit
        options.startingSolution = start
        if let stop { options.shouldStop = { stop.isStopped } }
        let solution = try Solver.solve(model, options: options)
        guard solution.status.hasSolution, let objective = solution.objective,
              objective < result.solution.cost(in: instance) - 1e-6 else { return result.solution }
        let chosen = routes.indices.filter { solution[z[$0]] > 0.5 }.map { (vehicleType: routes[$0].vehicleType, trips: routes[$0].trips) }
        let visited = Set(chosen.flatMap { $0.trips.flatMap { $0 } })
        var unassigned = result.solution.unassigned.filter { !visited.contains($0.node) }
        let listed = Set(unassigned.map(\.node))
        for node in skip.keys.sorted() where !visited.contains(node) && !listed.contains(node) {
            unassigned.append(RoutingSolution.Unassigned(node: node, reason: .notProfitable))
        }
        let recombined = RoutingSolution(instance: instance, routes: chosen, unassigned: unassigned)
        return RoutingChecker.isFeasible(recombined, in: instance) ? recombined : result.solution
    }
}
