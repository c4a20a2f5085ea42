/// One broken rule in a solution, as found by ``RoutingChecker``. `route` indexes
/// `solution.routes`; amounts are in the instance's integer units.
public enum RoutingViolation: Sendable, Hashable, CustomStringConvertible {
    case unknownVehicleType(route: Int, type: Int)
    case notAClient(route: Int, node: Int)
    case capacity(route: Int, load: Int, capacity: Int)
    /// Service at `node` cannot start by its due time (earliest start shown).
    case timeWindow(route: Int, node: Int, earliestStart: Int, due: Int)
    /// The vehicle cannot be back at the depot (and done unloading) by the end of its shift.
    case shiftEnd(route: Int, earliestReturn: Int, latestEnd: Int)
    /// Even the shortest schedule is longer than the shift limit.
    case shiftDuration(route: Int, duration: Int, limit: Int)
    /// Produce picked up at `node` reaches the depot too late even on the best schedule.
    case rideTime(route: Int, node: Int, rideTime: Int, limit: Int)
    case fleetSize(type: Int, used: Int, available: Int)
    /// Trip `trip` reaches the depot after the latest return of a client on it.
    case returnBy(route: Int, trip: Int, node: Int, earliestReturn: Int, returnBy: Int)
    /// Trip `trip` reaches the depot after its receiving hours end.
    case depotReceiving(route: Int, trip: Int, earliestReturn: Int, due: Int)
    /// The vehicle drives more trips than its type allows.
    case maxTrips(route: Int, trips: Int, limit: Int)
    case visitedMoreThanOnce(node: Int)
    case requiredNotVisited(node: Int)
    /// A reported figure (distance, load, duration) differs from the recomputed one.
    case reportedValueMismatch(route: Int, field: String, reported: Int, recomputed: Int)

    public var description: String {
        switch self {
        case let .unknownVehicleType(r, t): "route \(r): unknown vehicle type \(t)"
        case let .notAClient(r, n): "route \(r): node \(n) is not a client"
        case let .capacity(r, l, c): "route \(r): load \(l) exceeds capacity \(c)"
        case let .timeWindow(r, n, s, d): "route \(r): service at node \(n) starts at \(s) after due time \(d)"
        case let .shiftEnd(r, e, l): "route \(r): returns at \(e) after shift end \(l)"
        case let .shiftDuration(r, d, l): "route \(r): duration \(d) exceeds shift limit \(l)"
        case let .rideTime(r, n, t, l): "route \(r): produce from node \(n) rides \(t) > shelf life \(l)"
        case let .fleetSize(t, u, a): "vehicle type \(t): \(u) routes but only \(a) vehicles"
        case let .returnBy(r, k, n, e, b): "route \(r) trip \(k): back at the depot at \(e) after node \(n)'s latest return \(b)"
        case let .depotReceiving(r, k, e, d): "route \(r) trip \(k): back at the depot at \(e) after receiving ends at \(d)"
        case let .maxTrips(r, k, l): "route \(r): \(k) trips but at most \(l) allowed"
        case let .visitedMoreThanOnce(n): "node \(n) visited more than once"
        case let .requiredNotVisited(n): "required node \(n) not visited"
        case let .reportedValueMismatch(r, f, rep, rec): "route \(r): reported \(f) \(rep) but recomputed \(rec)"
        }
    }
}
