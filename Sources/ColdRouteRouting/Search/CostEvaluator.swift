/// Prices a route from its ``SegmentData``: objective terms plus penalties for violations.
///
/// Penalised cost of a non-empty route of type `k`:
/// `fixed_k + c_k·distance + d_k·duration + w_load·excessLoad + w_tw·(timeWarp + shiftExcess)
///  + w_ride·rideExcess`, with distance, duration and time warp over all trips (reloads and
/// unloading included) and load and ride excess summed per trip; an empty route costs 0. Infeasible solutions are priced, not rejected,
/// as in Vidal et al. (2013) and PyVRP (Wouda, Lan & Kool, INFORMS J. Computing 2024).
/// All methods are O(1).
struct CostEvaluator: Sendable {
    var loadPenalty: Double
    var timeWarpPenalty: Double
    var ridePenalty: Double

    // Per vehicle type, copied for fast access.
    let capacity: [Int]
    let fixedCost: [Double]
    let unitDistance: [Double]
    let unitDuration: [Double]
    let maxDuration: [Int]
    let instance: RoutingInstance

    init(instance: RoutingInstance, loadPenalty: Double, timeWarpPenalty: Double, ridePenalty: Double) {
        self.loadPenalty = loadPenalty
        self.timeWarpPenalty = timeWarpPenalty
        self.ridePenalty = ridePenalty
        self.instance = instance
        capacity = instance.vehicleTypes.map(\.capacity)
        fixedCost = instance.vehicleTypes.map(\.fixedCost)
        unitDistance = instance.vehicleTypes.map(\.unitDistanceCost)
        unitDuration = instance.vehicleTypes.map(\.unitDurationCost)
        maxDuration = instance.vehicleTypes.map { $0.maxDuration ?? RoutingInstance.unlimited }
    }

    /// Objective part (no penalties) of a complete route. O(1).
    @inline(__always)
    func objective(_ s: SegmentData, type: Int) -> Double {
        if s.clients == 0 { return 0 }
        return fixedCost[type] + unitDistance[type] * Double(s.distance) + unitDuration[type] * Double(s.span(instance).duration)
    }

    /// Load excess of a complete route, summed over its trips. O(1).
    @inline(__always) func excessLoad(_ s: SegmentData, type: Int) -> Int { s.closedExcessLoad }

    /// Time warp plus shift-limit excess of a complete route. O(1).
    @inline(__always) func timeExcess(_ s: SegmentData, type: Int) -> Int {
        let span = s.span(instance)
        return span.timeWarp + max(0, span.duration - maxDuration[type])
    }

    /// Penalised cost of a complete route (depot to depot). O(1).
    @inline(__always)
    func cost(_ s: SegmentData, type: Int) -> Double {
        if s.clients == 0 { return 0 }
        let span = s.span(instance)
        return fixedCost[type] + unitDistance[type] * Double(s.distance) + unitDuration[type] * Double(span.duration)
            + loadPenalty * Double(s.closedExcessLoad)
            + timeWarpPenalty * Double(span.timeWarp + max(0, span.duration - maxDuration[type]))
            + ridePenalty * Double(s.rideExcess)
    }

    /// The same evaluator with every penalty multiplied by `factor` (the repair booster).
    func boosted(by factor: Double) -> CostEvaluator {
        var c = self
        c.loadPenalty *= factor; c.timeWarpPenalty *= factor; c.ridePenalty *= factor
        return c
    }
}
