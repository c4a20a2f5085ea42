/// Prices a route from its ``SegmentData``: objective terms plus penalties for violations.
///
/// Penalised cost of a non-empty route of type `k`:
/// `fixed_k + c_k·distance + d_k·duration + w_load·excessLoad + w_tw·(timeWarp + shiftExcess)
///  + w_ride·rideExcess`; an empty route costs 0. Infeasible solutions are priced, not rejected,
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

    init(instance: RoutingInstance, loadPenalty: Double, timeWarpPenalty: Double, ridePenalty: Double) {
        self.loadPenalty = loadPenalty
        self.timeWarpPenalty = timeWarpPenalty
        self.ridePenalty = ridePenalty
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
        return fixedCost[type] + unitDistance[type] * Double(s.distance) + unitDuration[type] * Double(s.duration)
    }

    /// Excess load of a complete route. O(1).
    @inline(__always) func excessLoad(_ s: SegmentData, type: Int) -> Int { max(0, s.load - capacity[type]) }

    /// Time warp plus shift-limit excess of a complete route. O(1).
    @inline(__always) func timeExcess(_ s: SegmentData, type: Int) -> Int {
        s.timeWarp + max(0, s.duration - maxDuration[type])
    }

    /// Penalised cost of a complete route (depot to depot). O(1).
    @inline(__always)
    func cost(_ s: SegmentData, type: Int) -> Double {
        if s.clients == 0 { return 0 }
        return objective(s, type: type)
            + loadPenalty * Double(excessLoad(s, type: type))
            + timeWarpPenalty * Double(timeExcess(s, type: type))
            + ridePenalty * Double(s.rideExcess)
    }

    /// The same evaluator with every penalty multiplied by `factor` (the repair booster).
    func boosted(by factor: Double) -> CostEvaluator {
        var c = self
        c.loadPenalty *= factor; c.timeWarpPenalty *= factor; c.ridePenalty *= factor
        return c
    }
}
