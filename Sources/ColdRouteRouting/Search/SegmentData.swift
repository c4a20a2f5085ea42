/// Summary of a route segment that lets two segments be concatenated in O(1).
///
/// Time fields follow Vidal, Crainic, Gendreau & Prins, "A hybrid genetic algorithm with
/// adaptive diversity management for a large class of vehicle routing problems with
/// time-windows", Computers & OR 40 (2013) 475–489: minimum `duration` (travel, service,
/// waiting), `timeWarp` (lateness forced back in time), `earliest` / `latest` start of service
/// at the first node that achieve them.
///
/// **Shelf life (max ride time to the END depot).** The ride time of client `j` is
/// `arrival at the end depot − departure from j`. Among all schedules, the one that reaches the
/// end depot as early as possible and starts every service as late as possible minimises every
/// ride time and the route duration at once (latest starts are non-decreasing with slope ≤ 1
/// in the end arrival), so on a route without time warp the least ride time of `j` is
/// `D(suffix from j) − s_j`. For `σ ⊕ ρ` without time warp,
/// `D(σ_j ⊕ ρ) = D(ρ) + max(D(σ_j) + t, E(ρ) − L(σ_j))` and `L(σ_j ⊕ ρ) = min(L(σ_j), L(ρ) − D(σ_j) − t)`,
/// which are *separable* in `j`. With time warp the same algebra gives
/// `D(σ_j ⊕ ρ) = D(ρ) + max(D(σ_j) + t, E(ρ) + TW(σ_j) − L(σ_j))` and
/// `(TW − L)(σ_j ⊕ ρ) = TW(ρ) + max(D(σ_j) + t − L(ρ), (TW − L)(σ_j))`, so two numbers per
/// segment carry the worst excess, and concatenation stays associative:
/// - `rideA = max_j (D(σ_j) − s_j − M_j)` and `rideB = max_j (TW(σ_j) − L(σ_j) − s_j − M_j)`
/// over the clients `j` of the segment with suffix `σ_j` (M_j = shelf life, −∞ if unlimited).
/// Once a segment ends at the end depot, `max(0, rideA)` is the largest ride-time excess: exact
/// when the route has no time warp (the only case where it decides feasibility), and a
/// penalty measure (ride in the time-warped schedule) otherwise.
struct SegmentData: Sendable {
    var first: Int
    var last: Int
    var clients: Int
    var distance: Int
    var load: Int
    var duration: Int
    var timeWarp: Int
    var earliest: Int
    var latest: Int
    var rideA: Int
    var rideB: Int

    /// "Minus infinity" for ride terms of nodes without a limit.
    static let noRide = -(1 << 42)

    /// Data of a single client `node` for ride class `rideClass`. O(1).
    init(client node: Int, rideClass: Int, in inst: RoutingInstance) {
        first = node; last = node; clients = 1; distance = 0
        load = inst.demand[node]
        duration = inst.service[node]; timeWarp = 0
        earliest = inst.ready[node]; latest = inst.due[node]
        let m = inst.rideLimit[rideClass * inst.nodeCount + node]
        if m >= RoutingInstance.unlimited {
            rideA = Self.noRide; rideB = Self.noRide
        } else {
            rideA = -m
            rideB = -latest - duration - m
        }
    }

    /// Data of a depot visit with shift window `[start, end]`. O(1).
    init(depot node: Int, start: Int, end: Int) {
        first = node; last = node; clients = 0; distance = 0; load = 0
        duration = 0; timeWarp = 0; earliest = start; latest = end
        rideA = Self.noRide; rideB = Self.noRide
    }

    /// Concatenation `a ⊕ b` (Vidal et al. 2013, eqs. for D, TW, E, L; ride terms as above). O(1).
    @inline(__always)
    static func merge(_ a: SegmentData, _ b: SegmentData, _ inst: RoutingInstance) -> SegmentData {
        let arc = a.last * inst.nodeCount + b.first
        let t = inst.durationMatrix[arc]
        let delta = a.duration - a.timeWarp + t
        let deltaWait = max(b.earliest - delta - a.latest, 0)
        let deltaWarp = max(a.earliest + delta - b.latest, 0)
        var r = a
        r.last = b.last
        r.clients = a.clients + b.clients
        r.distance = a.distance + b.distance + inst.distanceMatrix[arc]
        r.load = a.load + b.load
        r.duration = a.duration + b.duration + t + deltaWait
        r.timeWarp = a.timeWarp + b.timeWarp + deltaWarp
        r.earliest = max(b.earliest - delta, a.earliest) - deltaWait
        r.latest = min(b.latest - delta, a.latest) + deltaWarp
        r.rideA = max(b.rideA, b.duration + max(a.rideA + t, b.earliest + a.rideB))
        r.rideB = max(b.rideB, b.timeWarp + max(a.rideA + t - b.latest, a.rideB))
        return r
    }

    /// Largest ride-time excess of a segment that ends at the end depot. O(1).
    @inline(__always) var rideExcess: Int { max(0, rideA) }
}
