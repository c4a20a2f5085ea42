/// The covering 0-1 knapsack that couples the facilities in the Lagrangian subproblem.
///
///     minimise    Σ_j v_j y_j
///     subject to  Σ_j s_j y_j ≥ D,   y_j ∈ {0, 1},   y_j fixed where `forced[j]` is set
///
/// Items with `v_j ≤ 0` are always taken (they lower the cost and add capacity). The rest are solved
/// by depth-first branch-and-bound over items sorted by ratio `v_j / s_j`, bounded by the Dantzig
/// (LP) relaxation (Martello & Toth, *Knapsack Problems*, 1990, ch. 2). After `nodeLimit` nodes the
/// search stops and the LP bound is returned instead, flagged `exact == false`: still a valid lower
/// bound, so Lagrangian bounds stay honest.
///
/// Complexity: O(m log m) plus the search, which is tiny when capacities are equal (OR-Library).
struct CoverKnapsack {
    struct Result {
        /// Optimal (or, if `!exact`, a lower-bounding) value; `.infinity` if no cover exists.
        var value: Double
        var selected: [Bool]
        var exact: Bool
    }

    var nodeLimit = 20_000

    /// - Parameter forced: `true` = must be taken, `false` = must not, `nil` = free.
    func solve(values: [Double], weights: [Double], demand: Double, forced: [Bool?]) -> Result {
        let m = values.count
        var selected = [Bool](repeating: false, count: m)
        var base = 0.0
        var residual = demand
        var free: [Int] = []
        for j in 0..<m {
            switch forced[j] {
            case true?: selected[j] = true; base += values[j]; residual -= weights[j]
            case false?: break
            case nil:
                if values[j] <= 0 {
                    selected[j] = true; base += values[j]; residual -= weights[j]
                } else if weights[j] > 0 {
                    free.append(j)
                }
            }
        }
        let tolerance = 1e-9 * max(1, demand)
        if residual <= tolerance { return Result(value: base, selected: selected, exact: true) }
        free.sort { values[$0] * weights[$1] < values[$1] * weights[$0] }
        let v = free.map { values[$0] }, w = free.map { weights[$0] }
        var suffixWeight = [Double](repeating: 0, count: free.count + 1)
        for k in stride(from: free.count - 1, through: 0, by: -1) { suffixWeight[k] = suffixWeight[k + 1] + w[k] }
        guard suffixWeight[0] >= residual - tolerance else {
            return Result(value: .infinity, selected: selected, exact: true)
        }

        if let first = w.first, w.allSatisfy({ $0 == first }) {
            // Equal weights (OR-Library): the ⌈need / w⌉ cheapest items are optimal.
            let k = Int((residual / first - 1e-9).rounded(.up))
            for t in 0..<k { selected[free[t]] = true; base += v[t] }
            return Result(value: base, selected: selected, exact: true)
        }

        /// Dantzig bound for covering `need` with items `k...`: greedy by ratio, last one fractional.
        func lpBound(from k: Int, need: Double) -> Double {
            var need = need, total = 0.0, t = k
            while need > tolerance, t < v.count {
                if w[t] <= need { total += v[t]; need -= w[t] } else { total += v[t] * need / w[t]; need = 0 }
                t += 1
            }
            return need > tolerance ? .infinity : total
        }

        var best = Double.infinity
        var bestTaken: [Bool] = []
        var taken = [Bool](repeating: false, count: v.count)
        var nodes = 0
        var exhausted = false
        func search(_ k: Int, need: Double, cost: Double) {
            if need <= tolerance {
                if cost < best { best = cost; bestTaken = taken }
                return
            }
            if k == v.count || suffixWeight[k] < need - tolerance { return }
            nodes += 1
            if nodes > nodeLimit { exhausted = true; return }
            if cost + lpBound(from: k, need: need) >= best - 1e-12 * abs(best) { return }
            taken[k] = true
            search(k + 1, need: need - w[k], cost: cost + v[k])
            taken[k] = false
            search(k + 1, need: need, cost: cost)
        }
        search(0, need: residual, cost: 0)
        if exhausted || bestTaken.isEmpty {
            // Fall back to the LP bound (valid) and a greedy cover for the selection.
            var need = residual
            for k in 0..<v.count where need > tolerance { selected[free[k]] = true; need -= w[k] }
            return Result(value: base + lpBound(from: 0, need: residual), selected: selected, exact: false)
        }
        for k in 0..<v.count where bestTaken[k] { selected[free[k]] = true }
        return Result(value: base + best, selected: selected, exact: true)
    }
}
