/// Adapts the penalty weights so that about `targetFeasible` of the educated offspring are
/// feasible for each constraint family (load, time, ride), as in Vidal et al. (2012) and
/// PyVRP. Registering is O(1); every `updateInterval` registrations the weights are multiplied
/// by `increase` (too few feasible) or `decrease` (too many).
struct PenaltyManager {
    var evaluator: CostEvaluator
    var targetFeasible = 0.43
    var updateInterval = 50
    var increase = 1.25
    var decrease = 0.85
    private var loadFeasible: [Bool] = []
    private var timeFeasible: [Bool] = []
    private var rideFeasible: [Bool] = []
    /// Bounds on the weights, `[1e-4, 1e6]` times the dearest unit distance cost (at least 1),
    /// so that huge money units do not squash the penalties.
    private var lowest = 1e-4, highest = 1e6

    /// Initial weights from the instance's average arc cost per unit of demand and of time.
    init(instance: RoutingInstance) {
        let n = instance.nodeCount
        var sumD = 0.0, sumT = 0.0
        for i in 0..<n { for j in 0..<n where i != j { sumD += Double(instance.distance(i, j)); sumT += Double(instance.duration(i, j)) } }
        let arcs = Double(max(1, n * (n - 1)))
        let unit = instance.vehicleTypes.map(\.unitDistanceCost).max() ?? 1
        let scale = unit.isFinite ? max(1, unit) : 1
        lowest = 1e-4 * scale; highest = 1e6 * scale
        let avgCost = max(1e-9, unit * sumD / arcs)
        let avgTime = max(1.0, sumT / arcs)
        let demands = instance.clients.map(\.demand)
        let avgDemand = max(1.0, Double(demands.reduce(0, +)) / Double(max(1, demands.count)))
        evaluator = CostEvaluator(instance: instance, loadPenalty: avgCost / avgDemand,
                                  timeWarpPenalty: avgCost / avgTime, ridePenalty: avgCost / avgTime)
    }

    /// Records the feasibility of one educated offspring and updates weights when due.
    mutating func register(_ ind: Individual) {
        loadFeasible.append(ind.excessLoad == 0)
        timeFeasible.append(ind.timeExcess == 0)
        rideFeasible.append(ind.rideExcess == 0)
        if loadFeasible.count >= updateInterval {
            evaluator.loadPenalty = adjusted(evaluator.loadPenalty, loadFeasible)
            evaluator.timeWarpPenalty = adjusted(evaluator.timeWarpPenalty, timeFeasible)
            evaluator.ridePenalty = adjusted(evaluator.ridePenalty, rideFeasible)
            loadFeasible.removeAll(keepingCapacity: true)
            timeFeasible.removeAll(keepingCapacity: true)
            rideFeasible.removeAll(keepingCapacity: true)
        }
    }

    private func adjusted(_ w: Double, _ history: [Bool]) -> Double {
        let share = Double(history.filter { $0 }.count) / Double(history.count)
        if share < targetFeasible - 0.05 { return min(highest, w * increase) }
        if share > targetFeasible + 0.05 { return max(lowest, w * decrease) }
        return w
    }
}
