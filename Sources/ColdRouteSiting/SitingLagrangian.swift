import Dispatch
import Foundation

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
/// negative reduced cost. The multipliers follow the volume algorithm (``optimize``), a subgradient
/// method (Held, Wolfe & Crowder 1974) along averaged directions, with Polyak steps towards the incumbent.
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
    /// The volume algorithm's estimate of the linear relaxation's `y_j` (an average of the relaxed
    /// depot choices; empty before ``optimize``).
    private(set) var openEstimate: [Double] = []

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
        // Arc data depot-major (one evaluation sweeps each depot's arcs in order).
        var runs = Array(repeating: [(item: Int, arcs: Range<Int>)](), count: depotCount)
        var a = 0
        let arcs = instance.arcs
        while a < arcs.count {
            var b = a
            while b < arcs.count, arcs[b].item == arcs[a].item, arcs[b].depot == arcs[a].depot { b += 1 }
            runs[arcs[a].depot].append((arcs[a].item, a..<b))
            a = b
        }
        var pairs = Array(repeating: [Pair](), count: depotCount)
        var cost: [Double] = [], minutes: [Double] = [], type: [Int] = []
        cost.reserveCapacity(arcs.count)
        for j in 0..<depotCount {
            for run in runs[j] {
                let s = instance.items[run.item].supply.value, first = cost.count
                for arc in arcs[run.arcs] {
                    cost.append(s * arc.costPerKg.total.value)
                    minutes.append(s * arc.vehicleMinutesPerKg * scale[arc.vehicleType])
                    type.append(arc.vehicleType)
                }
                pairs[j].append(Pair(item: run.item, arcs: first..<cost.count))
            }
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

    private static let cores = ProcessInfo.processInfo.activeProcessorCount

    /// Evaluates `L(λ, μ)` at ``lambda`` and ``mu``.
    func evaluate() -> Evaluation {
        // The depots' knapsacks are independent: one worker per core shares them out (each writes only
        // its own depots' slots).
        let values = Slots(repeating: Double.infinity, count: depotCount)
        let taken = Slots(repeating: [(item: Int, arc: Int, fraction: Double)](), count: depotCount)
        defer { values.free(); taken.free() }
        let workers = max(1, min(Self.cores, depotCount)), depotCount = depotCount
        let (forced, pairsOfDepot, lambda, mu) = (forced, pairsOfDepot, lambda, mu)
        let (arcCost, arcType, arcMinutes) = (arcCost, arcType, arcMinutes)
        let (supply, capacity, fixedCost) = (supply, capacity, fixedCost)
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            var candidates: [(item: Int, arc: Int, reduced: Double, supply: Double)] = []
            for j in stride(from: w, to: depotCount, by: workers) where forced[j] != false {
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
                var chosen: [(item: Int, arc: Int, fraction: Double)] = []
                for c in candidates {
                    if c.supply <= room {
                        g += c.reduced; room -= c.supply; chosen.append((c.item, c.arc, 1))
                    } else {
                        if room > 0 {
                            let f = room / c.supply
                            g += c.reduced * f; chosen.append((c.item, c.arc, f))
                        }
                        break
                    }
                }
                values.buffer[j] = fixedCost[j] + g
                taken.buffer[j] = chosen
            }
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
            selected[j] = forced[j] == true || values.buffer[j] < 0
            guard selected[j] else { continue }
            bound += values.buffer[j]
            for t in taken.buffer[j] {
                subgradient[t.item] -= t.fraction
                subgradient[itemCount + arcType[t.arc]] += t.fraction * arcMinutes[t.arc]
            }
        }
        return Evaluation(bound: bound, depotValues: Array(values.buffer), selected: selected, constant: constant,
                          subgradient: subgradient)
    }

    /// The bound of `evaluation`'s multipliers with free depot `j` forced open (`true`) or closed.
    func boundForcing(_ j: Int, open: Bool, in evaluation: Evaluation) -> Double {
        let v = evaluation.depotValues[j]
        guard forced[j] == nil, v.isFinite else { return evaluation.bound }
        if open { return evaluation.selected[j] ? evaluation.bound : evaluation.bound + v }
        return evaluation.selected[j] ? evaluation.bound - v : evaluation.bound
    }

    /// The volume algorithm (Barahona & Anbil 2000; used for facility location by Barahona & Chudak
    /// 2005): subgradient steps from the best multipliers found (the "centre") along an exponentially
    /// weighted average `ḡ = α g + (1 − α) ḡ` of the subgradients, which is the subgradient of the
    /// averaged relaxed solution — an approximate optimum of the linear relaxation, whose depot part
    /// is ``openEstimate``. The step is Polyak's towards `upperBound()`; its factor grows after
    /// improving ("green") steps and shrinks after `patience` steps without one; `α` is the best
    /// convex weight for a short direction, kept in `[αmax/10, αmax]`, and `αmax` halves when the
    /// bound gains less than 0.1 % in 100 iterations. Plain subgradient methods stall well short of
    /// the dual optimum on county-sized models; this one reaches it.
    ///
    /// - Parameter visit: called after each evaluation with the iteration number; returns `false` to stop.
    /// - Returns: iterations performed.
    @discardableResult
    func optimize(
        maxIterations: Int, patience: Int = 20, initialStepFactor: Double = 0.5, minStepFactor: Double = 1e-4,
        upperBound: () -> Double, visit: (Evaluation, Int) -> Bool
    ) -> Int {
        var factor = initialStepFactor, reds = 0, iteration = 0
        var alphaMax = 0.1, checkpoint = bestBound
        var average: [Double] = []
        while iteration < maxIterations {
            iteration += 1
            let e = evaluate()
            let y = e.selected.map { $0 ? 1.0 : 0.0 }
            if average.isEmpty || bestBound == -.infinity {
                average = e.subgradient
                openEstimate = y
            } else {
                // α minimising ‖α g + (1 − α) ḡ‖, clamped.
                var dot = 0.0, norm = 0.0
                for i in average.indices {
                    let d = average[i] - e.subgradient[i]
                    dot += average[i] * d; norm += d * d
                }
                let alpha = min(alphaMax, max(alphaMax / 10, norm > 0 ? dot / norm : alphaMax))
                for i in average.indices { average[i] = alpha * e.subgradient[i] + (1 - alpha) * average[i] }
                for j in y.indices { openEstimate[j] = alpha * y[j] + (1 - alpha) * openEstimate[j] }
            }
            if e.bound > bestBound + 1e-9 * max(1, abs(bestBound)) || bestBound == -.infinity {
                bestBound = e.bound; bestLambda = lambda; bestMu = mu; reds = 0
                factor = min(2, factor * 1.1)
            } else {
                reds += 1
                if reds >= patience { factor *= 0.66; reds = 0 }
            }
            if iteration % 100 == 0 {
                if bestBound - checkpoint < 1e-3 * max(1, abs(bestBound)) { alphaMax = max(1e-5, alphaMax / 2) }
                checkpoint = bestBound
            }
            if !visit(e, iteration) || factor < minStepFactor { break }
            var g = average
            for t in 0..<typeCount where bestMu[t] <= 0 && g[itemCount + t] < 0 { g[itemCount + t] = 0 }
            let norm = g.reduce(0) { $0 + $1 * $1 }
            if norm < 1e-18 { break }  // the averaged solution is feasible: the bound is the LP optimum
            let ub = upperBound()
            let target = ub.isFinite ? ub : bestBound + 0.05 * max(abs(bestBound), 1)
            let step = factor * max(target - bestBound, 1e-9 * max(1, abs(target))) / norm
            for k in 0..<itemCount { lambda[k] = bestLambda[k] + step * g[k] }
            for t in 0..<typeCount { mu[t] = max(0, bestMu[t] + step * g[itemCount + t]) }
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

    /// Starts over (for a branch-and-bound node) with other forced depots, from the multipliers
    /// `lambda` and `mu`; the best bound is forgotten, as it held for the old ``forced``.
    func restart(forced: [Bool?], lambda: [Double], mu: [Double]) {
        self.forced = forced
        self.lambda = lambda
        self.mu = mu
        bestBound = -.infinity
        bestLambda = lambda
        bestMu = mu
        openEstimate = []
    }
}
