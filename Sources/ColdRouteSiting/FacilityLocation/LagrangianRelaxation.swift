/// Lagrangian relaxation of the demand constraints, optimised by subgradient (Held, Wolfe & Crowder
/// 1974; for the CFLP: Cornuejols, Sridharan & Thizy 1991, relaxation "(d)"; Beasley 1988/1993).
///
/// With multipliers `λ_i` on `Σ_j x_ij = 1` the problem splits by facility:
///
///     L(λ) = Σ_i λ_i + min { Σ_j v_j y_j : Σ_j s_j y_j ≥ D, y_j ∈ {0,1} }
///     v_j  = f_j + min { Σ_i (c_ij − λ_i) x_ij : Σ_i d_i x_ij ≤ s_j, 0 ≤ x_ij ≤ 1 }
///
/// `v_j` is a continuous knapsack (Dantzig: take the customers with negative reduced cost by
/// increasing `(c_ij − λ_i)/d_i` until `s_j` is full, the last one fractionally); the outer problem is
/// the covering knapsack of ``CoverKnapsack``, which keeps the redundant `Σ s_j y_j ≥ D` and makes the
/// bound at least as strong as the LP relaxation of the strong formulation. For single-sourcing the
/// continuous knapsack is a relaxation of the binary one, so the bound stays valid (only weaker).
///
/// `L(λ)` is a lower bound for every λ; `1 − Σ_j x_ij` (over the chosen facilities) is a subgradient.
/// Facilities may be forced open or closed (``forced``); bounds are then valid for that restriction.
final class LagrangianRelaxation {
    struct Evaluation {
        /// `L(λ)`, a valid lower bound (`.infinity` if the forced facilities cannot cover the demand).
        var bound: Double
        /// `v_j` for every facility (`.infinity` for closed ones).
        var facilityValues: [Double]
        /// The outer knapsack's choice of facilities (covers the total demand).
        var selected: [Bool]
        /// `Σ_i λ_i`, the constant part of the bound.
        var multiplierSum: Double
        /// `1 − Σ_j x_ij` per customer.
        var subgradient: [Double]
    }

    let instance: FacilityLocationInstance
    let columns: FacilityColumns
    /// `true` = forced open, `false` = forced closed, `nil` = free.
    var forced: [Bool?]
    var multipliers: [Double]
    private(set) var bestBound = -Double.infinity
    private(set) var bestMultipliers: [Double]
    private let knapsack = CoverKnapsack()

    init(instance: FacilityLocationInstance, columns: FacilityColumns) {
        self.instance = instance
        self.columns = columns
        forced = Array(repeating: nil, count: instance.facilityCount)
        // Start at the cheapest allocation cost of each customer: every reduced cost is then ≥ 0.
        multipliers = (0..<instance.customerCount).map { i in
            instance.pairs(ofCustomer: i).map { instance.pairCost[$0] }.min() ?? 0
        }
        bestMultipliers = multipliers
    }

    /// Evaluates `L(λ)` at ``multipliers``. Complexity: O(pairs + Σ_j k_j log k_j) plus the knapsack,
    /// where `k_j` is the number of customers with negative reduced cost at facility `j`.
    func evaluate() -> Evaluation {
        let m = instance.facilityCount, n = instance.customerCount
        var values = [Double](repeating: .infinity, count: m)
        var taken: [[(customer: Int, fraction: Double)]] = Array(repeating: [], count: m)
        var candidates: [(customer: Int, reduced: Double, demand: Double)] = []
        for j in 0..<m where forced[j] != false {
            candidates.removeAll(keepingCapacity: true)
            for k in columns.pairs(ofFacility: j) {
                let i = columns.customer[k]
                let r = columns.cost[k] - multipliers[i]
                if r < 0 { candidates.append((i, r, instance.demands[i])) }
            }
            candidates.sort { $0.reduced * $1.demand < $1.reduced * $0.demand }
            var room = instance.capacities[j], g = 0.0
            for c in candidates {
                if c.demand <= room {
                    g += c.reduced; room -= c.demand; taken[j].append((c.customer, 1))
                } else {
                    if room > 0 { let f = room / c.demand; g += c.reduced * f; taken[j].append((c.customer, f)) }
                    break
                }
            }
            values[j] = instance.fixedCosts[j] + g
        }
        let cover = knapsack.solve(values: values.map { $0.isFinite ? $0 : 0 }, weights: instance.capacities,
                                   demand: instance.totalDemand, forced: forced)
        let lambdaSum = multipliers.reduce(0, +)
        var subgradient = [Double](repeating: 1, count: n)
        for j in 0..<m where cover.selected[j] {
            for t in taken[j] { subgradient[t.customer] -= t.fraction }
        }
        return Evaluation(bound: lambdaSum + cover.value, facilityValues: values, selected: cover.selected,
                          multiplierSum: lambdaSum, subgradient: subgradient)
    }

    /// The bound of `evaluation`'s multipliers with facility `j` forced to `open` (others as ``forced``).
    func boundForcing(_ j: Int, open: Bool, in evaluation: Evaluation) -> Double {
        var f = forced
        f[j] = open
        let cover = knapsack.solve(values: evaluation.facilityValues.map { $0.isFinite ? $0 : 0 },
                                   weights: instance.capacities, demand: instance.totalDemand, forced: f)
        return evaluation.multiplierSum + cover.value
    }

    /// Subgradient optimisation of `L(λ)` (Polyak step towards `upperBound()`, step factor halved
    /// after `patience` iterations without improvement).
    ///
    /// - Parameter visit: called after every evaluation with the iteration number; it may update the
    ///   incumbent or ``forced``, and returns `false` to stop.
    /// - Returns: iterations performed.
    @discardableResult
    func optimize(
        maxIterations: Int, patience: Int = 25, minStepFactor: Double = 1e-4,
        upperBound: () -> Double, visit: (Evaluation, Int) -> Bool
    ) -> Int {
        var factor = 2.0, stale = 0, iteration = 0
        while iteration < maxIterations {
            iteration += 1
            let e = evaluate()
            if bestBound == -.infinity || e.bound > bestBound + 1e-9 * max(1, abs(bestBound)) {
                bestBound = e.bound; bestMultipliers = multipliers; stale = 0
            } else {
                stale += 1
                if stale >= patience { factor /= 2; stale = 0; multipliers = bestMultipliers }
            }
            if !visit(e, iteration) || !e.bound.isFinite || factor < minStepFactor { break }
            let norm = e.subgradient.reduce(0) { $0 + $1 * $1 }
            if norm < 1e-18 { break }  // the relaxed solution is feasible, hence optimal
            let ub = upperBound()
            let target = ub.isFinite ? ub : e.bound + 0.05 * max(abs(e.bound), 1)
            let step = factor * max(target - e.bound, 1e-9 * max(1, abs(target))) / norm
            for i in multipliers.indices { multipliers[i] += step * e.subgradient[i] }
        }
        return iteration
    }
}
