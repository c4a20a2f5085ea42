/// Time data of a node sequence (Vidal et al. 2013): minimum `duration` (travel, service,
/// waiting), `timeWarp` (lateness forced back in time), `earliest` / `latest` start of service
/// at the first node that achieve them. `first == -1` is the empty sequence. Merging is O(1).
struct TimeSegment: Sendable {
    var first: Int
    var last: Int
    var duration: Int
    var timeWarp: Int
    var earliest: Int
    var latest: Int

    static let empty = TimeSegment(first: -1, last: -1, duration: 0, timeWarp: 0, earliest: 0, latest: 0)

    /// Concatenation `a ⊕ b` (Vidal et al. 2013, equations for D, TW, E, L). O(1).
    @inline(__always)
    /// `offset` is the start of the duration profile's matrix in ``RoutingInstance/durationMatrix``.
    static func merge(_ a: TimeSegment, _ b: TimeSegment, _ inst: RoutingInstance, _ offset: Int) -> TimeSegment {
        if a.first < 0 { return b }
        if b.first < 0 { return a }
        let t = inst.durationMatrix[offset + a.last * inst.nodeCount + b.first]
        let delta = a.duration - a.timeWarp + t
        let deltaWait = max(b.earliest - delta - a.latest, 0)
        let deltaWarp = max(a.earliest + delta - b.latest, 0)
        return TimeSegment(first: a.first, last: b.last,
                           duration: a.duration + b.duration + t + deltaWait,
                           timeWarp: a.timeWarp + b.timeWarp + deltaWarp,
                           earliest: max(b.earliest - delta, a.earliest) - deltaWait,
                           latest: min(b.latest - delta, a.latest) + deltaWarp)
    }
}

/// Clients of one trip not yet closed by a depot: time data, load, the earliest `returnBy`
/// deadline, and two ride-time terms.
///
/// **Ride terms.** For `σ ⊕ ρ` without time warp, `D(σ_j ⊕ ρ) = D(ρ) + max(D(σ_j) + t, E(ρ) − L(σ_j))`,
/// separable in `j`; with time warp, `D(σ_j ⊕ ρ) = D(ρ) + max(D(σ_j) + t, E(ρ) + TW(σ_j) − L(σ_j))`
/// and `(TW − L)(σ_j ⊕ ρ) = TW(ρ) + max(D(σ_j) + t − L(ρ), (TW − L)(σ_j))`. So
/// `rideA = max_j (D(σ_j) − s_j − M_j)` and `rideB = max_j (TW(σ_j) − L(σ_j) − s_j − M_j)` over
/// the part's clients `j` with suffix `σ_j` (M_j = shelf life, −∞ if unlimited) carry the worst
/// excess, and concatenation stays associative. Closed at a depot reached in zero time,
/// `max(0, rideA)` is the largest ride-time excess: exact without time warp (the only case
/// where it decides feasibility), a penalty measure otherwise.
struct OpenPart: Sendable {
    var time: TimeSegment
    var load: Int
    /// Earliest `returnBy` of the part's clients (``RoutingInstance/unlimited`` if none).
    var returnBy: Int
    var rideA: Int
    var rideB: Int

    static let empty = OpenPart(time: .empty, load: 0, returnBy: RoutingInstance.unlimited,
                                rideA: SegmentData.noRide, rideB: SegmentData.noRide)

    init(time: TimeSegment, load: Int, returnBy: Int, rideA: Int, rideB: Int) {
        self.time = time; self.load = load; self.returnBy = returnBy; self.rideA = rideA; self.rideB = rideB
    }

    /// One client for ride class `rideClass`. O(1).
    init(client node: Int, rideClass: Int, in inst: RoutingInstance) {
        time = TimeSegment(first: node, last: node, duration: inst.service[node], timeWarp: 0,
                           earliest: inst.ready[node], latest: inst.due[node])
        load = inst.demand[node]
        returnBy = inst.returnBy[node]
        let m = inst.rideLimit[rideClass * inst.nodeCount + node]
        if m >= RoutingInstance.unlimited {
            rideA = SegmentData.noRide; rideB = SegmentData.noRide
        } else {
            rideA = -m
            rideB = -time.latest - time.duration - m
        }
    }

    /// Concatenation `a ⊕ b`. O(1).
    @inline(__always)
    static func merge(_ a: OpenPart, _ b: OpenPart, _ inst: RoutingInstance, _ offset: Int) -> OpenPart {
        if a.time.first < 0 { return b }
        if b.time.first < 0 { return a }
        let t = inst.durationMatrix[offset + a.time.last * inst.nodeCount + b.time.first]
        return OpenPart(time: TimeSegment.merge(a.time, b.time, inst, offset), load: a.load + b.load,
                        returnBy: min(a.returnBy, b.returnBy),
                        rideA: max(b.rideA, b.time.duration + max(a.rideA + t, b.time.earliest + a.rideB)),
                        rideB: max(b.rideB, b.time.timeWarp + max(a.rideA + t - b.time.latest, a.rideB)))
    }

    /// Ride-time excess term when this trip ends at `depot` (its arrival counts). O(1).
    @inline(__always)
    func rideExcess(closingAt depot: TimeSegment, _ inst: RoutingInstance, _ offset: Int) -> Int {
        let t = inst.durationMatrix[offset + time.last * inst.nodeCount + depot.first]
        return max(rideA + t, depot.earliest + rideB)
    }
}
