/// Lagrangian relaxation of the county siting model (``SitingModel``), the county counterpart of the
/// facility-location engine's ``LagrangianRelaxation``.
///
/// Relaxing the cover rows `Σ_(j,t) x_kjt + u_k = 1` (multipliers `λ_k`, free) and the fleet rows,
/// scaled to `Σ σ_t m_kjt s_k x_kjt ≤ σ_t n_t H_t` (multipliers `μ_t ≥ 0`; `σ_t` is one over the mean
/// fleet minutes of an item's arc of type `t`, so `μ_t` is in yuan per typical trip, like `λ_k`):
///
///     L(λ, μ) = Σ_k λ_k − Σ_t μ_t σ_t n_t H_t + Σ_k min(0, s_k v_k − λ_k) + Σ_j min over y_j of v_j y_j
///     v_j     = f_j + min { Σ_k (ĉ_kj − λ_k) x_kj : Σ_k s_k x_kj ≤ C_j, 0 ≤ x_kj ≤ 1 }
///     ĉ_kj    = min_t s_k (c_kjt + μ_t σ_t m_kjt)
///
/// Uncovered supply is a facility with no fixed cost and no capacity limit (the spoilage term); the
/// link row `Σ_t x_kjt ≤ y_j` lets each pair take its cheapest vehicle type at the current prices;
/// each `v_j` is a continuous knapsack (Dantzig). Depots fixed by the options or by ``forced`` keep
/// their value; free ones are opened when `v_j < 0`. The new-depot limit, the budget and the
/// low-income target are left out, which only weakens the bound (it stays valid for them).
///
/// Complexity of one evaluation: O(arcs + Σ_j k_j log k_j), `k_j` the pairs of depot `j` with
/// negative reduced cost. The multipliers follow the projected subgradient method (Held, Wolfe &
/// Crowder 1974) with Polyak steps towards the incumbent.
final class SitingLagrangian {
    struct Evaluation {
        /// `L(λ, μ)`, a lower bound on the siting optimum (under ``forced``).
        var bound: Double
        /// `v_j` for each depot (`.infinity` for closed ones).
        var depotValues: [Double]
        /// The relaxed choice of depots.
        var selected: [Bool]
        /// `Σ_k λ_k − Σ_t μ_t + Σ_k min(0, s_k v_k − λ_k)`: the bound without the depot terms.
        var constant: Double
        /// `1 − Σ x_kj − u_k` per item, then `σ_t (usage_t − n_t H_t)` per vehicle type.
        var subgradient: [Double]
    }

    /// The pairs (item, depot) of one depot: `arcs` index this class's arc arrays.
    private struct Pair { var item: Int; var arcs: Range<Int> }

    let itemCount: Int
    let depotCount: Int
    let typeCount: Int
    private let pairsOfDepot: [[Pair]]
    private let arcCost: [Double]      // s_k c_kjt (yuan/day for the whole item)
    private let arcMinutes: [Double]   // σ_t s_k m_kjt: scaled fleet minutes
    private let fleetScaled: [Double]  // σ_t n_t H_t
    private let fleetScale: [Double]   // σ_t
    private let arcType: [Int]
    let supply: [Double]
    let spoilage: [Double]             // s_k v_k
    let fixedCost: [Double]
    let capacity: [Double]
    /// `true` open, `false` closed, `nil` free (options and fixings).
    var forced: [Bool?]
    var lambda: [Double]
    var mu: [Double]
    private(set) var bestBound = -Double.infinity
    private(set) var bestLambda: [Double]
    private(set) var bestMu: [Double]

    init(instance: SitingInstance, forced: [Bool?]) {
        let network = instance.network
        itemCount = instance.items.count
        depotCount = network.depots.count
        typeCount = network.vehicleTypes.count
        let fleet = network.vehicleTypes.map { max(Double($0.count) * $0.maxShift.value, 1e-9) }
        // Row scale: the fleet row of type t is divided by the mean fleet minutes of one item's
        // arc of that type, so that μ_t and the λ_k (both yuan per "item trip") are of one size and
        // one subgradient step suits both.
        var minutesSum = Array(repeating: 0.0, count: network.vehicleTypes.count)
        var minutesCount = Array(repeating: 0.0, count: network.vehicleTypes.count)
        for arc in instance.arcs {
            minutesSum[arc.vehicleType] += instance.items[arc.item].supply.value * arc.vehicleMinutesPerKg
            minutesCount[arc.vehicleType] += 1
        }
        let scale = network.vehicleTypes.indices.map { t in
            minutesCount[t] > 0 && minutesSum[t] > 0 ? minutesCount[t] / minutesSum[t] : 1 / fleet[t]
        }
        fleetScaled = fleet.indices.map { fleet[$0] * scale[$0] }
        fleetScale = scale
        var pairs = Array(repeating: [Pair](), count: depotCount)
        var cost: [Double] = [], minutes: [Double] = [], type: [Int] = []
        cost.reserveCapacity(instance.arcs.count)
        var a = 0
        let arcs = instance.arcs
        while a < arcs.count {
            var b = a
            while b < arcs.count, arcs[b].item == arcs[a].item, arcs[b].depot == arcs[a].depot { b += 1 }
            let s = instance.items[arcs[a].item].supply.value
            for arc in arcs[a..<b] {
                cost.append(s * arc.costPerKg.total.value)
                minutes.append(s * arc.vehicleMinutesPerKg * scale[arc.vehicleType])
                type.append(arc.vehicleType)
            }
            pairs[arcs[a].depot].append(Pair(item: arcs[a].item, arcs: a..<b))
            a = b
        }
        pairsOfDepot = pairs
        arcCost = cost
        arcMinutes = minutes
        arcType = type
        supply = instance.items.map(\.supply.value)
        spoilage = instance.items.map { $0.supply.value * $0.valuePerKg.value }
        fixedCost = network.depots.map(\.openingCostPerDay.value)
        capacity = network.depots.map(\.capacityPerDay.value)
        self.forced = forced
        // Start at each item's cheapest way out: every reduced cost is then ≥ 0.
        var start = spoilage
        for j in 0..<depotCount where forced[j] != false {
            for p in pairs[j] { for arc in p.arcs { start[p.item] = min(start[p.item], cost[arc]) } }
        }
        lambda = start
        mu = Array(repeating: 0, count: typeCount)
        bestLambda = lambda
        bestMu = mu
    }

    /// Evaluates `L(λ, μ)` at ``lambda`` and ``mu``.
    func evaluate() -> Evaluation {
        var values = [Double](repeating: .infinity, count: depotCount)
        var taken: [[(item: Int, arc: Int, fraction: Double)]] = Array(repeating: [], count: depotCount)
        var candidates: [(item: Int, arc: Int, reduced: Double, supply: Double)] = []
        for j in 0..<depotCount where forced[j] != false {
            candidates.removeAll(keepingCapacity: true)
            for p in pairsOfDepot[j] {
                var best = Double.infinity, bestArc = p.arcs.lowerBound
                for a in p.arcs {
                    let c = arcCost[a] + mu[arcType[a]] * arcMinutes[a]
                    if c < best { best = c; bestArc = a }
                }
                let r = best - lambda[p.item]
                if r < 0 { candidates.append((p.item, bestArc, r, supply[p.item])) }
            }
            candidates.sort { $0.reduced * $1.supply < $1.reduced * $0.supply }
            var room = capacity[j], g = 0.0
            for c in candidates {
                if c.supply <= room {
                    g += c.reduced; room -= c.supply; taken[j].append((c.item, c.arc, 1))
                } else {
                    if room > 0 {
                        let f = room / c.supply
                        g += c.reduced * f; taken[j].append((c.item, c.arc, f))
                    }
                    break
                }
            }
            values[j] = fixedCost[j] + g
        }
        var subgradient = [Double](repeating: 1, count: itemCount + typeCount)
        var constant = 0.0
        for k in 0..<itemCount {
            constant += lambda[k]
            let r = spoilage[k] - lambda[k]
            if r < 0 { constant += r; subgradient[k] -= 1 }
        }
        for t in 0..<typeCount { constant -= mu[t] * fleetScaled[t]; subgradient[itemCount + t] = -fleetScaled[t] }
        var selected = [Bool](repeating: false, count: depotCount)
        var bound = constant
        for j in 0..<depotCount where forced[j] != false {
            selected[j] = forced[j] == true || values[j] < 0
            guard selected[j] else { continue }
            bound += values[j]
            for t in taken[j] {
                subgradient[t.item] -= t.fraction
                subgradient[itemCount + arcType[t.arc]] += t.fraction * arcMinutes[t.arc]
            }
        }
        return Evaluation(bound: bound, depotValues: values, selected: selected, constant: constant,
                          subgradient: subgradient)
    }

    /// The bound of `evaluation`'s multipliers with free depot `j` forced open (`true`) or closed.
    func boundForcing(_ j: Int, open: Bool, in evaluation: Evaluation) -> Double {
        let v = evaluation.depotValues[j]
        guard forced[j] == nil, v.isFinite else { return evaluation.bound }
        if open { return evaluation.selected[j] ? evaluation.bound : evaluation.bound + v }
        return evaluation.selected[j] ? evaluation.bound - v : evaluation.bound
    }

    /// Projected subgradient steps (Polyak step towards `upperBound()`; the step factor halves after
    /// `patience` iterations without improvement, restarting from the best multipliers).
    ///
    /// - Parameter visit: called after each evaluation with the iteration number; returns `false` to stop.
    /// - Returns: iterations performed.
    @discardableResult
    func optimize(
        maxIterations: Int, patience: Int = 20, minStepFactor: Double = 1e-3,
        upperBound: () -> Double, visit: (Evaluation, Int) -> Bool
    ) -> Int {
        var factor = 1.0, stale = 0, iteration = 0
        while iteration < maxIterations {
            iteration += 1
            let e = evaluate()
            if e.bound > bestBound + 1e-9 * max(1, abs(bestBound)) || bestBound == -.infinity {
                bestBound = e.bound; bestLambda = lambda; bestMu = mu; stale = 0
            } else {
                stale += 1
                if stale >= patience { factor /= 2; stale = 0; lambda = bestLambda; mu = bestMu }
            }
            if !visit(e, iteration) || factor < minStepFactor { break }
            var g = e.subgradient
            for t in 0..<typeCount where mu[t] <= 0 && g[itemCount + t] < 0 { g[itemCount + t] = 0 }
            let norm = g.reduce(0) { $0 + $1 * $1 }
            if norm < 1e-18 { break }  // the relaxed solution is feasible and complementary
            let ub = upperBound()
            let target = ub.isFinite ? ub : e.bound + 0.05 * max(abs(e.bound), 1)
            let step = factor * max(target - e.bound, 1e-9 * max(1, abs(target))) / norm
            for k in 0..<itemCount { lambda[k] += step * g[k] }
            for t in 0..<typeCount { mu[t] = max(0, mu[t] + step * g[itemCount + t]) }
        }
        return iteration
    }

    /// The fleet multipliers as prices in yuan per vehicle-minute of each type (`μ_t σ_t`).
    var minutePrices: [Double] { mu.indices.map { mu[$0] * fleetScale[$0] } }

    /// Restores the best multipliers found so far.
    func restoreBest() {
        lambda = bestLambda
        mu = bestMu
    }
}
