/// Independent feasibility checker: recomputes everything from the instance and the visit
/// orders alone, sharing no code with the search (no segment data, no cost evaluator).
///
/// For each vehicle it runs, trip by trip, a forward pass (earliest service starts, waiting
/// allowed) to find window misses and each trip's earliest return `E_k` (waiting for the
/// receiving hours; checked against them and the trip's `returnBy` deadlines), then unloading;
/// then within each trip a backward pass of latest starts that still return at `E_k`. That
/// schedule minimises every ride time (per trip) and the duration together, so a ride-time or
/// shift limit broken there is broken by every schedule. Also checked: capacity per trip, the
/// end of the shift (after the last unloading), `maxTrips`, the fleet size (vehicles, not trips)
/// and the reported distance and load. O(total visits + clients).
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
        func duration(_ a: Int, _ b: Int) -> Int { inst.duration(a, b, profile: type.durationProfile) }
        let depot = type.depot
        let site = inst.depots[depot]
        let trips = route.trips.isEmpty ? [route.visits] : route.trips.map(\.visits).filter { !$0.isEmpty }
        let flat = trips.flatMap { $0 }
        if flat != route.visits { found.append(.reportedValueMismatch(route: r, field: "visits", reported: route.visits.count, recomputed: flat.count)) }
        if let limit = type.maxTrips, trips.count > limit { found.append(.maxTrips(route: r, trips: trips.count, limit: limit)) }
        var totalLoad = 0, distance = 0
        for trip in trips {
            let load = trip.reduce(0) { $0 + inst.client(atNode: $1).demand }
            if load > type.capacity { found.append(.capacity(route: r, load: load, capacity: type.capacity)) }
            totalLoad += load
            let path = [depot] + trip + [depot]
            for k in 1..<path.count { distance += inst.distance(path[k - 1], path[k]) }
        }
        if distance != route.distance { found.append(.reportedValueMismatch(route: r, field: "distance", reported: route.distance, recomputed: distance)) }
        if totalLoad != route.load { found.append(.reportedValueMismatch(route: r, field: "load", reported: route.load, recomputed: totalLoad)) }
        // Forward: earliest service starts; each trip's earliest return (waiting for receiving).
        let shiftStart = type.earliestStart ?? site.readyTime
        let shiftEnd = type.latestEnd ?? site.dueTime
        var startAt: [[Int]] = []
        var back = [Int](), deadline = [Int]()
        var time = shiftStart
        for (k, trip) in trips.enumerated() {
            var starts = [Int](), previous = depot, previousService = 0
            for node in trip {
                let c = inst.client(atNode: node)
                time = max(time + previousService + duration(previous, node), c.readyTime)
                if time > c.dueTime { found.append(.timeWindow(route: r, node: node, earliestStart: time, due: c.dueTime)) }
                starts.append(time)
                previous = node; previousService = c.serviceTime
            }
            let arrival = max(site.readyTime, time + previousService + duration(previous, depot))
            // (A late last return past the shift end is reported once, as `.shiftEnd`.)
            if arrival > site.dueTime, k < trips.count - 1 || arrival + site.unloadTime <= shiftEnd {
                found.append(.depotReceiving(route: r, trip: k, earliestReturn: arrival, due: site.dueTime))
            }
            if let (node, limit) = trip.compactMap({ n in inst.client(atNode: n).returnBy.map { (n, $0) } }).min(by: { $0.1 < $1.1 }),
               arrival > max(limit, site.readyTime) {
                found.append(.returnBy(route: r, trip: k, node: node, earliestReturn: arrival, returnBy: limit))
            }
            startAt.append(starts)
            back.append(arrival)
            let due = trip.compactMap { inst.client(atNode: $0).returnBy }.min().map { max($0, site.readyTime) } ?? site.dueTime
            deadline.append(min(site.dueTime, due))
            time = arrival + site.unloadTime
        }
        if time > shiftEnd { found.append(.shiftEnd(route: r, earliestReturn: time, latestEnd: shiftEnd)) }
        let timingBroken = found.contains {
            switch $0 {
            case .timeWindow, .shiftEnd, .depotReceiving, .returnBy: true
            default: false
            }
        }
        if timingBroken { return found }
        // Shortest day: latest starts over the whole day that still end at `time`.
        var next = time - site.unloadTime
        for (k, trip) in trips.enumerated().reversed() {
            if k < trips.count - 1 { next = min(next - site.unloadTime, deadline[k]) }
            var nextNode = depot
            for i in stride(from: trip.count - 1, through: 0, by: -1) {
                let c = inst.client(atNode: trip[i])
                next = min(c.dueTime, next - duration(trip[i], nextNode) - c.serviceTime)
                nextNode = trip[i]
            }
            next -= duration(depot, nextNode)
        }
        let leave = next
        // Backward within each trip: latest starts that still return at its earliest return.
        for (k, trip) in trips.enumerated() {
            var next = back[k], nextNode = depot
            var latest = startAt[k]
            for i in stride(from: trip.count - 1, through: 0, by: -1) {
                let c = inst.client(atNode: trip[i])
                latest[i] = min(c.dueTime, next - duration(trip[i], nextNode) - c.serviceTime)
                next = latest[i]; nextNode = trip[i]
            }
            for (i, node) in trip.enumerated() {
                let c = inst.client(atNode: node)
                guard let limit = c.maxRideTime[type.rideClass] else { continue }
                let ride = back[k] - (latest[i] + c.serviceTime)
                if ride > limit { found.append(.rideTime(route: r, node: node, rideTime: ride, limit: limit)) }
            }
        }
        let duration = time - (trips.isEmpty ? time : leave)
        if let limit = type.maxDuration, duration > limit { found.append(.shiftDuration(route: r, duration: duration, limit: limit)) }
        return found
    }
}
