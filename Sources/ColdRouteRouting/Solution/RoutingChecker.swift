/// Independent feasibility checker: recomputes everything from the instance and the visit
/// orders alone, sharing no code with the search (no segment data, no cost evaluator).
///
/// For each route it runs a forward pass (earliest service starts, waiting allowed) to find
/// window misses and the earliest return `E`; then a backward pass of latest starts that still
/// return at `E`. That schedule minimises every ride time and the duration together, so a ride
/// time or shift limit broken there is broken by every schedule. O(total visits + clients).
public enum RoutingChecker {
    /// Every violation in `solution`; empty means feasible.
    /// Clients that no vehicle can serve (`instance.uncoverable`) may be left out.
    public static func violations(of solution: RoutingSolution, in instance: RoutingInstance) -> [RoutingViolation] {
        var found: [RoutingViolation] = []
        var visits = [Int](repeating: 0, count: instance.nodeCount)
        var used = [Int](repeating: 0, count: instance.vehicleTypes.count)
        for (r, route) in solution.routes.enumerated() {
            guard route.vehicleType >= 0 && route.vehicleType < instance.vehicleTypes.count else {
                found.append(.unknownVehicleType(route: r, type: route.vehicleType)); continue
            }
            let badNodes = route.visits.filter { $0 < instance.depotCount || $0 >= instance.nodeCount }
            if !badNodes.isEmpty {
                found += badNodes.map { .notAClient(route: r, node: $0) }; continue
            }
            if route.visits.isEmpty { continue }
            used[route.vehicleType] += 1
            for v in route.visits { visits[v] += 1 }
            found += checkRoute(r, route, instance)
        }
        for (t, type) in instance.vehicleTypes.enumerated() where used[t] > type.count {
            found.append(.fleetSize(type: t, used: used[t], available: type.count))
        }
        for node in instance.clientNodes {
            if visits[node] > 1 { found.append(.visitedMoreThanOnce(node: node)) }
            let c = instance.client(atNode: node)
            if visits[node] == 0 && c.prize == nil && instance.uncoverable[node] == nil {
                found.append(.requiredNotVisited(node: node))
            }
        }
        return found
    }

    /// Whether `solution` has no violation. O(total visits + clients).
    public static func isFeasible(_ solution: RoutingSolution, in instance: RoutingInstance) -> Bool {
        violations(of: solution, in: instance).isEmpty
    }

    /// The violations of one route on its own (capacity, windows, shift, ride times), with `0` as
    /// its route number; fleet size and coverage are not checked. O(visits).
    public static func violations(ofRoute route: RoutingSolution.Route, in instance: RoutingInstance) -> [RoutingViolation] {
        guard route.vehicleType >= 0 && route.vehicleType < instance.vehicleTypes.count else {
            return [.unknownVehicleType(route: 0, type: route.vehicleType)]
        }
        let badNodes = route.visits.filter { $0 < instance.depotCount || $0 >= instance.nodeCount }
        guard badNodes.isEmpty else { return badNodes.map { .notAClient(route: 0, node: $0) } }
        return route.visits.isEmpty ? [] : checkRoute(0, route, instance)
    }

    static func checkRoute(_ r: Int, _ route: RoutingSolution.Route, _ inst: RoutingInstance) -> [RoutingViolation] {
        var found: [RoutingViolation] = []
        let type = inst.vehicleTypes[route.vehicleType]
        let depot = type.depot
        let path = [depot] + route.visits + [depot]
        let clients = route.visits.map { inst.client(atNode: $0) }
        let load = clients.reduce(0) { $0 + $1.demand }
        if load > type.capacity { found.append(.capacity(route: r, load: load, capacity: type.capacity)) }
        var distance = 0
        for k in 1..<path.count { distance += inst.distance(path[k - 1], path[k]) }
        if distance != route.distance { found.append(.reportedValueMismatch(route: r, field: "distance", reported: route.distance, recomputed: distance)) }
        if load != route.load { found.append(.reportedValueMismatch(route: r, field: "load", reported: route.load, recomputed: load)) }
        // Forward: earliest service starts.
        let shiftStart = type.earliestStart ?? inst.depots[depot].readyTime
        let shiftEnd = type.latestEnd ?? inst.depots[depot].dueTime
        var startAt = [Int](repeating: 0, count: clients.count)
        var time = shiftStart, previous = depot, previousService = 0
        for (k, c) in clients.enumerated() {
            let node = route.visits[k]
            time = max(time + previousService + inst.duration(previous, node), c.readyTime)
            if time > c.dueTime { found.append(.timeWindow(route: r, node: node, earliestStart: time, due: c.dueTime)) }
            startAt[k] = time
            previous = node; previousService = c.serviceTime
        }
        let back = time + previousService + inst.duration(previous, depot)
        if back > shiftEnd { found.append(.shiftEnd(route: r, earliestReturn: back, latestEnd: shiftEnd)) }
        guard found.allSatisfy({ if case .reportedValueMismatch = $0 { true } else if case .capacity = $0 { true } else { false } }) else { return found }
        // Backward: latest starts that still return at `back`.
        var next = back, nextNode = depot
        var latest = startAt
        for k in stride(from: clients.count - 1, through: 0, by: -1) {
            let node = route.visits[k]
            latest[k] = min(clients[k].dueTime, next - inst.duration(node, nextNode) - clients[k].serviceTime)
            next = latest[k]; nextNode = node
        }
        let leave = latest.isEmpty ? back : latest[0] - inst.duration(depot, route.visits[0])
        let duration = back - leave
        if let limit = type.maxDuration, duration > limit { found.append(.shiftDuration(route: r, duration: duration, limit: limit)) }
        for (k, c) in clients.enumerated() {
            guard let limit = c.maxRideTime[type.rideClass] else { continue }
            let ride = back - (latest[k] + c.serviceTime)
            if ride > limit { found.append(.rideTime(route: r, node: route.visits[k], rideTime: ride, limit: limit)) }
        }
        return found
    }
}
