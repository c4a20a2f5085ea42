import GLPK

/// Prices one set of open depots by linear programming: with `y` fixed the siting model is a linear
/// program (a transportation problem with the fleet-time side rows), solved by GLPK's simplex over
/// each item's ``pairsPerItem`` cheapest open depots — exact when no item has more, otherwise the
/// optimum of that restriction (a feasible plan, never a bound).
///
///     minimise    Σ_(j open) f_j + Σ_(k,j,t), j open  s_k c_kjt x_kjt + Σ_k s_k v_k u_k
///     subject to  Σ_(j,t) x_kjt + u_k = 1                 ∀ k        (cover)
///                 Σ_(k,t) s_k x_kjt ≤ C_j                 ∀ open j   (capacity)
///                 Σ_(k,j) m_kjt s_k x_kjt ≤ n_t H_t        ∀ t        (fleet)
///                 0 ≤ x, u ≤ 1
///
/// Its optimum is feasible for the full ``SitingModel`` (link rows hold with `y_j = 1`), so it is an
/// honest upper bound, and the values are returned as one value per variable of the full model.
/// Only for multi-sourced models without a low-income target (no other integer variables).
struct SitingOpenSetEvaluator {
    struct Result {
        /// One value per variable of ``SitingModel/model``.
        var values: [Double]
        var objective: Double
    }

    let model: SitingModel
    /// Open depots considered per item, cheapest first (the LP is restricted to them).
    var pairsPerItem = 10
    private let arcsOfDepot: [[Int]]

    init(model: SitingModel) {
        self.model = model
        var arcs = Array(repeating: [Int](), count: model.instance.network.depots.count)
        for (a, arc) in model.instance.arcs.enumerated() { arcs[arc.depot].append(a) }
        arcsOfDepot = arcs
    }

    /// Which arcs enter the LP: for each item, every arc of its ``pairsPerItem`` cheapest open depots
    /// (by cheapest arc). Fewer columns make the LP fast; the result is still a feasible plan.
    private func keptPairs(_ open: [Bool]) -> [Bool] {
        let arcs = model.instance.arcs
        var kept = [Bool](repeating: false, count: arcs.count)
        var a = 0
        var pairs: [(cost: Double, arcs: Range<Int>)] = []
        while a < arcs.count {
            pairs.removeAll(keepingCapacity: true)
            let item = arcs[a].item
            while a < arcs.count, arcs[a].item == item {
                var b = a, cheapest = Double.infinity
                while b < arcs.count, arcs[b].item == item, arcs[b].depot == arcs[a].depot {
                    cheapest = min(cheapest, arcs[b].costPerKg.total.value); b += 1
                }
                if open[arcs[a].depot] { pairs.append((cheapest, a..<b)) }
                a = b
            }
            pairs.sort { $0.cost < $1.cost }
            for p in pairs.prefix(pairsPerItem) { for k in p.arcs { kept[k] = true } }
        }
        return kept
    }

    /// The best plan with exactly the depots `open` open, or `nil` if GLPK fails, `timeLimit` (`nil`:
    /// none) runs out or `shouldStop` says stop. One simplex run: GLPK asks `shouldStop` at each
    /// progress line it prints (every 0.2 s; ``SolveOptions/shouldStop``).
    func evaluate(_ open: [Bool], timeLimit: Duration?, shouldStop: (@Sendable () -> Bool)? = nil) -> Result? {
        let instance = model.instance
        let network = instance.network
        var lp = LinearModel(name: "siting_open_set", sense: .minimize)
        var fixed = 0.0
        for j in open.indices where open[j] { fixed += network.depots[j].openingCostPerDay.value }
        lp.objectiveConstant = fixed
        var coverTerms = Array(repeating: [(LinearModel.Variable, Double)](), count: instance.items.count)
        var fleetTerms = Array(repeating: [(LinearModel.Variable, Double)](), count: network.vehicleTypes.count)
        var shares: [(arc: Int, variable: LinearModel.Variable)] = []
        let kept = keptPairs(open)
        for j in open.indices where open[j] && !arcsOfDepot[j].isEmpty {
            var load: [(LinearModel.Variable, Double)] = []
            for a in arcsOfDepot[j] where kept[a] {
                let arc = instance.arcs[a]
                let s = instance.items[arc.item].supply.value
                let x = lp.addVariable("x\(a)", bounds: .range(0, 1), cost: s * arc.costPerKg.total.value)
                shares.append((a, x))
                coverTerms[arc.item].append((x, 1))
                fleetTerms[arc.vehicleType].append((x, s * arc.vehicleMinutesPerKg))
                load.append((x, s))
            }
            lp.addConstraint("capacity\(j)", load, .upper(network.depots[j].capacityPerDay.value))
        }
        var uncovered: [LinearModel.Variable] = []
        for (k, item) in instance.items.enumerated() {
            let u = lp.addVariable("u\(k)", bounds: .range(0, 1), cost: item.supply.value * item.valuePerKg.value)
            uncovered.append(u)
            lp.addConstraint("cover\(k)", coverTerms[k] + [(u, 1)], .fixed(1))
        }
        for (t, type) in network.vehicleTypes.enumerated() where !fleetTerms[t].isEmpty {
            lp.addConstraint("fleet\(t)", fleetTerms[t], .upper(Double(type.count) * type.maxShift.value))
        }
        guard let solution = try? Solver.solve(lp, options: SolveOptions(timeLimit: timeLimit, shouldStop: shouldStop)),
              solution.status == .optimal, let objective = solution.objective
        else { return nil }
        var values = [Double](repeating: 0, count: model.model.variableCount)
        for j in open.indices { values[model.open[j].index] = open[j] ? 1 : 0 }
        for s in shares { values[model.share[s.arc].index] = min(1, max(0, solution[s.variable])) }
        for (k, u) in uncovered.enumerated() { values[model.uncovered[k].index] = min(1, max(0, solution[u])) }
        return Result(values: values, objective: objective)
    }
}
