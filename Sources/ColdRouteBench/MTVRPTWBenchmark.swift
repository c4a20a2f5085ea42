import ColdRouteRouting

/// One solved multi-trip instance, in the file's terms.
public struct MTVRPTWRunReport: Sendable, JSONLineRecord {
    public var instance: String
    /// DIMACS cost (×10 integer) recomputed by ``MTVRPTWChecker``.
    public var cost: Int
    public var vehicles: Int
    public var trips: Int
    public var seconds: Double
    /// Verdict of ``MTVRPTWChecker`` on the original (delivery) instance.
    public var feasible: Bool
    /// Per vehicle: client numbers as in the `.sol` files, `0` for a reload at the depot.
    public var routes: [[Int]]
    public var violations: [String]
    public var iterations: Int
}

/// Solves multi-trip VRPTW instances with release dates by **time reversal** into the pickup
/// engine's model.
///
/// With `T` the depot's closing time, a time `t` maps to `T − t`. A delivery trip that may leave
/// the depot at `r` (its clients' latest release date) or later and must be back by `T` becomes
/// a pickup trip that may leave at 0 and must be back by `T − r`: a per-client
/// ``RoutingClient/returnBy`` of `T − r_j`. A service that must start in `[a_j, b_j]` and lasts
/// `s_j` must start, reversed, in `[T − b_j − s_j, T − a_j − s_j]`. The depot's window
/// `[a_0, T]` becomes `[0, T − a_0]`. Distances are symmetric, so a reversed vehicle day read
/// backwards (trips in reverse order, each reversed) is a delivery day with the same cost, and
/// each constraint maps one to one. Reloads take no time (`unloadTime` 0); vehicles may drive
/// any number of trips. The solution is checked on the original instance by
/// ``MTVRPTWChecker``.
public enum MTVRPTWBenchmark {
    /// The time-reversed pickup instance (node `k` = client `k`, node 0 = the depot). O(n²).
    public static func reversedInstance(_ m: MTVRPTWInstance) throws -> RoutingInstance {
        let n = m.nodeCount, horizon = m.due[0]
        let distances = (0..<n).map { i in (0..<n).map { j in m.distance(i, j) } }
        let clients = (1..<n).map { k in
            RoutingClient(demand: m.demand[k], readyTime: horizon - m.due[k] - m.service[k], dueTime: horizon - m.ready[k] - m.service[k],
                          serviceTime: m.service[k], location: RoutingPoint(x: Double(m.x[k]), y: Double(m.y[k])),
                          returnBy: horizon - max(m.release[k], m.ready[0]))
        }
        return try RoutingInstance(
            depots: [RoutingDepot(readyTime: 0, dueTime: horizon - m.ready[0], unloadTime: 0, location: RoutingPoint(x: Double(m.x[0]), y: Double(m.y[0])))],
            clients: clients,
            vehicleTypes: [RoutingVehicleType(capacity: m.capacity, count: m.vehicles)],
            distances: distances, scale: RoutingScale(distance: Double(MTVRPTWInstance.scale), time: Double(MTVRPTWInstance.scale)))
    }

    /// A reversed vehicle day as a delivery node list with `0` for reloads. O(length).
    public static func deliveryRoute(_ route: RoutingSolution.Route) -> [Int] {
        var out: [Int] = []
        for (k, trip) in route.trips.reversed().enumerated() {
            if k > 0 { out.append(0) }
            out += trip.visits.reversed()
        }
        return out
    }

    /// Solves one instance. `timeLimit` in seconds; `seed` makes runs reproducible.
    public static func run(_ m: MTVRPTWInstance, timeLimit: Double, seed: UInt64,
                           parameters: HybridGeneticSearch.Parameters = .init(), maxIterations: Int = .max) throws -> MTVRPTWRunReport {
        let instance = try reversedInstance(m)
        var rng = Xoshiro256(seed: seed)
        let stop = FirstOf(MaxRuntime(seconds: timeLimit), MaxIterations(maxIterations))
        let result = HybridGeneticSearch(instance: instance, parameters: parameters).solve(stop: stop, using: &rng)
        let routes = result.solution.routes.map(deliveryRoute)
        let verdict = MTVRPTWChecker.check(routes, in: m)
        return MTVRPTWRunReport(
            instance: m.name, cost: verdict.cost, vehicles: verdict.vehicles, trips: verdict.trips,
            seconds: result.seconds, feasible: verdict.isFeasible, routes: routes,
            violations: verdict.violations + (result.isFeasible ? [] : result.violations.map { "engine: \($0)" }),
            iterations: result.iterations)
    }
}
