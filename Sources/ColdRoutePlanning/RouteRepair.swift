import ColdRouteRouting

/// Makes a routing solution feasible when the search could not: keeps, in each route's order, the
/// visits that still leave the route (a vehicle's day of trips) feasible on its own, and no more
/// routes per vehicle type than it has vehicles; then inserts the dropped visits, most valuable
/// first, at the cheapest feasible position of any trip, as a new trip at the end of a vehicle's
/// day, or on a new route for an idle vehicle. What still fits nowhere is left out (every visit is
/// optional and reported as unserved). A route's visits are written as in
/// ``RoutingSolution/init(instance:routes:unassigned:)``: the depot node between two trips.
///
/// O(clients² · route length²) in the worst case; used only as a safety net.
///
/// **Stopping.** `isStopped` is polled before each dropped visit is inserted (a first Ctrl-C or
/// SIGTERM must end the run within a second, and the insertion is the slow part on a large depot).
/// Once it says yes, the visits not yet inserted are left out with reason
/// ``UnassignedReason/interrupted``: the answer is the feasible part kept so far, still feasible.
/// Without a stop the result does not depend on it (clock-free runs keep their bytes).
enum RouteRepair {
    static func repair(
        _ solution: RoutingSolution, instance: RoutingInstance, isStopped: () -> Bool = { false }
    ) -> RoutingSolution {
        if RoutingChecker.isFeasible(solution, in: instance) { return solution }
        var kept: [(vehicleType: Int, visits: [Int])] = []
        var used = [Int: Int]()
        let ordered = solution.routes.sorted { value($0, instance) > value($1, instance) }
        let depot = 0
        for route in ordered where used[route.vehicleType, default: 0] < instance.vehicleTypes[route.vehicleType].count {
            var visits: [Int] = []
            for trip in route.trips {
                if let last = visits.last, last != depot { visits.append(depot) }
                for node in trip.visits {
                    if feasibleRoute(route.vehicleType, visits + [node], instance) != nil { visits.append(node) }
                }
            }
            if visits.last == depot { visits.removeLast() }
            guard !visits.isEmpty else { continue }
            kept.append((route.vehicleType, visits))
            used[route.vehicleType, default: 0] += 1
        }
        let placed = Set(kept.flatMap(\.visits))
        let pending = instance.clientNodes.filter { !placed.contains($0) && instance.uncoverable[$0] == nil }
            .sorted { (instance.client(atNode: $0).prize ?? 0) > (instance.client(atNode: $1).prize ?? 0) }
        var interrupted = Set<Int>()
        for (n, node) in pending.enumerated() {
            if isStopped() {
                interrupted = Set(pending[n...])
                break
            }
            var best: (route: Int?, type: Int, visits: [Int], cost: Double)?
            for (r, route) in kept.enumerated() {
                let before = RoutingSolution.Route(instance: instance, vehicleType: route.vehicleType, visits: route.visits).cost
                var candidates = (0...route.visits.count).map { position -> [Int] in
                    var visits = route.visits
                    visits.insert(node, at: position)
                    return visits
                }
                candidates.append(route.visits + [depot, node])   // a trip of its own at the end of the day
                for visits in candidates {
                    guard let cost = feasibleRoute(route.vehicleType, visits, instance)?.cost else { continue }
                    if best == nil || cost - before < best!.cost { best = (r, route.vehicleType, visits, cost - before) }
                }
            }
            for t in instance.vehicleTypes.indices where used[t, default: 0] < instance.vehicleTypes[t].count {
                guard let cost = feasibleRoute(t, [node], instance)?.cost else { continue }
                if best == nil || cost < best!.cost { best = (nil, t, [node], cost) }
            }
            guard let best, best.cost < (instance.client(atNode: node).prize ?? .infinity) else { continue }
            if let r = best.route {
                kept[r].visits = best.visits
            } else {
                kept.append((best.type, best.visits))
                used[best.type, default: 0] += 1
            }
        }
        let visited = Set(kept.flatMap(\.visits).filter { $0 >= instance.depotCount })
        let unassigned = instance.clientNodes.filter { !visited.contains($0) }.map {
            RoutingSolution.Unassigned(
                node: $0, reason: instance.uncoverable[$0] ?? (interrupted.contains($0) ? .interrupted : .noFeasibleInsertion))
        }
        return RoutingSolution(instance: instance, routes: kept, unassigned: unassigned)
    }

    /// The route `visits` by a vehicle of `type`, if it is feasible on its own. O(visits): a repair
    /// tries many routes, so this must not cost O(clients) like a whole solution does.
    private static func feasibleRoute(_ type: Int, _ visits: [Int], _ instance: RoutingInstance) -> RoutingSolution.Route? {
        let route = RoutingSolution.Route(instance: instance, vehicleType: type, visits: visits)
        return RoutingChecker.violations(ofRoute: route, in: instance).isEmpty ? route : nil
    }

    /// The prize value a route collects (routes worth more are repaired first).
    private static func value(_ route: RoutingSolution.Route, _ instance: RoutingInstance) -> Double {
        route.visits.reduce(0) { $0 + (instance.client(atNode: $1).prize ?? 0) }
    }
}
