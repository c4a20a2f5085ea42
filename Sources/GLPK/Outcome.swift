/// What a solve driver found, before the elapsed time and the log are
/// attached to make a ``Solution``.
struct Outcome {
    var status: SolveStatus
    var stopReason: StopReason
    var objective: Double?
    var bound: Double?
    var values: [Double] = []
    var duals: [Double]?
    var reducedCosts: [Double]?
    var acceptedStartingSolution = false

    init(status: SolveStatus, stopReason: StopReason, objective: Double? = nil, bound: Double? = nil) {
        self.status = status
        self.stopReason = stopReason
        self.objective = objective
        self.bound = bound
    }

    /// The final ``Solution``; the gap is computed from objective and bound.
    func solution(elapsed: Duration, log: String) -> Solution {
        var gap: Double?
        if let objective, let bound { gap = Solution.gap(objective: objective, bound: bound) }
        return Solution(
            status: status, stopReason: stopReason, objective: objective, bound: bound,
            relativeGap: gap, values: values, duals: duals, reducedCosts: reducedCosts,
            acceptedStartingSolution: acceptedStartingSolution, elapsed: elapsed, log: log)
    }
}
