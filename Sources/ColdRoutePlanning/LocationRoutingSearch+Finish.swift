import ColdRouteModel
import ColdRouteSiting

extension LocationRoutingSearch.Search {
    /// Set partitioning over the pool with depot choice (``DepotRouteRecombiner``); its depots and
    /// village–depot pairs are routed as one more day.
    mutating func recombine() throws {
        guard let incumbent = best, moveBudget.map({ moves < $0 }) ?? true,
              deadline.map({ _ in left > slowest * 2 }) ?? true else { return }
        let open = rules.openSet(of: incumbent.siting)
        let limit = deadline == nil ? Duration.seconds(30) : min(.seconds(10), max(.milliseconds(100), left - slowest * 2))
        guard let choice = try DepotRouteRecombiner.choose(
            columns: pool.routes, network: network, rules: rules, incumbentOpen: open,
            incumbentColumns: pool.columns(of: incumbent), timeLimit: limit, stop: stop)
        else { return }
        guard !stopRequested, rules.allows(choice.open),
              !recombined.contains(where: { $0.open == choice.open && $0.depotOf == choice.depotOf }) else { return }
        recombined.append((choice.open, choice.depotOf))
        moves += 1
        _ = try evaluate(choice.open, instance: estimates.repriced(base, steer: choice.depotOf),
                         iterations: budget.probeIterations, label: "route recombination",
                         seeds: choice.columns.map { r in
                             let column = pool.routes[r]
                             return PickupPlanner.SeedRoute(depot: column.depot, vehicleType: column.vehicleType,
                                                            trips: [column.stops.map(\.village)])
                         })
    }

    /// Re-routes the best day's siting with a larger iteration budget (four times the larger of
    /// the probe and route budgets) and seed `seed + round`, keeping it if it is cheaper. Counts as
    /// a move; `false` when the budget or the clock leaves no room for it.
    mutating func reroute(_ round: UInt64) throws -> Bool {
        guard let incumbent = best, !clockStopped, moveBudget.map({ moves < $0 }) ?? true else { return false }
        if deadline != nil, left < slowestReroute * 1.5 + .milliseconds(200) { stoppedByClock = true; return false }
        moves += 1
        let started = clock.now
        defer { slowestReroute = max(slowestReroute, clock.now - started) }
        let iterations = 4 * max(budget.probeIterations, budget.routeIterations ?? 0)
        guard let day = try route(incumbent.siting, iterations: iterations, routeTime: deadline == nil ? budget.routeTime : left,
                                  seed: seed &+ round, seeds: seeds(of: incumbent)) else { return true }
        record(day, open: rules.openSet(of: incumbent.siting), label: "re-routing \(round)")
        return true
    }
}
