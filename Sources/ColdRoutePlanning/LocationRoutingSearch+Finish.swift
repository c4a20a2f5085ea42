import ColdRouteModel
import ColdRouteSiting

extension LocationRoutingSearch.Search {
    /// Set partitioning over the pool with depot choice (``DepotRouteRecombiner``); its depots and
    /// village–depot pairs are routed as one more day.
    mutating func recombine() throws {
        guard let incumbent = best, deadline.map({ _ in left > slowest * 2 }) ?? true else { return }
        let open = rules.openSet(of: incumbent.siting)
        let limit = deadline == nil ? Duration.seconds(30) : min(.seconds(30), max(.milliseconds(100), left - slowest * 2))
        guard let choice = try DepotRouteRecombiner.choose(
            columns: pool.routes, network: network, rules: rules, incumbentOpen: open,
            incumbentColumns: pool.columns(of: incumbent), timeLimit: limit, stop: stop)
        else { return }
        guard !stopRequested, rules.allows(choice.open) else { return }
        _ = try evaluate(choice.open, instance: estimates.repriced(base, steer: choice.depotOf),
                         iterations: budget.probeIterations, label: "route recombination")
    }

    /// Re-routes the best day's siting with a larger iteration budget (four times the larger of
    /// the probe and route budgets, and another seed), keeping it if it is cheaper.
    mutating func reroute() throws {
        guard let incumbent = best, !clockStopped else { return }
        let iterations = 4 * max(budget.probeIterations, budget.routeIterations ?? 0)
        guard let day = try route(incumbent.siting, iterations: iterations, routeTime: left, seed: seed &+ 1) else { return }
        record(day, open: rules.openSet(of: incumbent.siting), label: "final re-routing")
    }
}
