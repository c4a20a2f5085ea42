/// A fast plan for a set of open depots, for the Lagrangian heuristic: fleet time is priced instead
/// of constrained, the rest is an exact transportation problem, and the fleet rows are restored by
/// a repair.
///
/// 1. Each (item, open depot) pair takes its cheapest vehicle type at prices `p_t` per fleet minute:
///    `ĉ_kj = min_t s_k (c_kjt + p_t m_kjt)`; uncovered supply is one more "depot" with no fixed cost,
///    room for everything and cost `s_k v_k`.
/// 2. ``TransportationSolver`` assigns the items exactly at those costs (depot capacities kept).
/// 3. Where a vehicle type's fleet time `n_t H_t` is exceeded, the shares with the longest trips
///    (most minutes per kg) are moved to a type of the same pair with time left, or else left
///    uncovered, until it fits.
///
/// The result is feasible for ``SitingModel`` (an honest upper bound) though not always optimal
/// for the set; ``SitingOpenSetEvaluator`` prices a set exactly. Complexity: one transportation solve
/// over the pairs of the open depots plus O(arcs log arcs) for the repair.
struct SitingPricedAssignment {
    let model: SitingModel
    /// Arcs of each (item, depot) pair: item-major runs of ``SitingInstance/arcs``.
    private let pairs: [(item: Int, depot: Int, arcs: Range<Int>)]
    private let pairsOfItem: [Range<Int>]

    init(model: SitingModel) {
        self.model = model
        let arcs = model.instance.arcs
        var pairs: [(item: Int, depot: Int, arcs: Range<Int>)] = []
        var a = 0
        while a < arcs.count {
            var b = a
            while b < arcs.count, arcs[b].item == arcs[a].item, arcs[b].depot == arcs[a].depot { b += 1 }
            pairs.append((arcs[a].item, arcs[a].depot, a..<b))
            a = b
        }
        var ranges = Array(repeating: 0..<0, count: model.instance.items.count)
        var p = 0
        while p < pairs.count {
            var q = p
            while q < pairs.count, pairs[q].item == pairs[p].item { q += 1 }
            ranges[pairs[p].item] = p..<q
            p = q
        }
        self.pairs = pairs
        pairsOfItem = ranges
    }

    /// A feasible plan with the depots `open` open, fleet minutes priced at `prices[t]` yuan.
    ///
    /// `shouldContinue` is polled by the transportation solve; once it says no, the items not yet
    /// assigned go greedily to their cheapest pairs with room (still a feasible plan, found at once:
    /// a stop request or a passed time limit must not wait for a whole solve).
    func plan(open: [Bool], prices: [Double], shouldContinue: () -> Bool = { true }) -> SitingOpenSetEvaluator.Result? {
        let instance = model.instance, network = instance.network
        let items = instance.items, arcs = instance.arcs
        let m = network.depots.count
        var allowed: [[(facility: Int, cost: Double)]] = []
        var chosenArc: [[Int]] = []   // per item, the arc of each allowed pair (spoilage: -1)
        allowed.reserveCapacity(items.count)
        for (k, item) in items.enumerated() {
            var list: [(facility: Int, cost: Double)] = [], arcOf: [Int] = []
            for p in pairsOfItem[k] where open[pairs[p].depot] {
                var best = Double.infinity, bestArc = -1
                for a in pairs[p].arcs {
                    let priced = arcs[a].costPerKg.total.value + prices[arcs[a].vehicleType] * arcs[a].vehicleMinutesPerKg
                    if priced < best { best = priced; bestArc = a }
                }
                list.append((pairs[p].depot, item.supply.value * best))
                arcOf.append(bestArc)
            }
            list.append((m, item.supply.value * item.valuePerKg.value))
            arcOf.append(-1)
            allowed.append(list)
            chosenArc.append(arcOf)
        }
        let total = items.reduce(0.0) { $0 + $1.supply.value }
        guard let flp = try? FacilityLocationInstance(
            fixedCosts: Array(repeating: 0, count: m + 1),
            capacities: network.depots.map(\.capacityPerDay.value) + [total * (1 + 1e-9) + 1],
            demands: items.map(\.supply.value), allowedPairs: allowed),
            let assignment = TransportationSolver(instance: flp).solve(open: open + [true], shouldContinue: shouldContinue)
        else { return nil }

        var values = [Double](repeating: 0, count: model.model.variableCount)
        var share = [Double](repeating: 0, count: arcs.count)
        var uncovered = [Double](repeating: 0, count: items.count)
        for k in items.indices {
            // allowedPairs keep their order (facilities ascending, spoilage last).
            for (offset, p) in flp.pairs(ofCustomer: k).enumerated() {
                let x = assignment.fractions[p]
                guard x > 0 else { continue }
                let a = chosenArc[k][offset]
                if a < 0 { uncovered[k] += x } else { share[a] += x }
            }
        }
        repairFleet(share: &share, uncovered: &uncovered)

        var objective = 0.0
        for j in 0..<m where open[j] {
            values[model.open[j].index] = 1
            objective += network.depots[j].openingCostPerDay.value
        }
        for a in arcs.indices where share[a] > 0 {
            values[model.share[a].index] = share[a]
            objective += items[arcs[a].item].supply.value * arcs[a].costPerKg.total.value * share[a]
        }
        for k in items.indices {
            let u = min(1, max(0, uncovered[k]))
            values[model.uncovered[k].index] = u
            objective += items[k].supply.value * items[k].valuePerKg.value * u
        }
        return SitingOpenSetEvaluator.Result(values: values, objective: objective)
    }

    /// Moves shares off over-used vehicle types: to another type of the same pair with time left, or
    /// to uncovered, longest trips first.
    private func repairFleet(share: inout [Double], uncovered: inout [Double]) {
        let instance = model.instance, network = instance.network
        let arcs = instance.arcs, items = instance.items
        let capacity = network.vehicleTypes.map { Double($0.count) * $0.maxShift.value }
        var used = [Double](repeating: 0, count: capacity.count)
        for a in arcs.indices where share[a] > 0 {
            used[arcs[a].vehicleType] += share[a] * items[arcs[a].item].supply.value * arcs[a].vehicleMinutesPerKg
        }
        for t in capacity.indices where used[t] > capacity[t] * (1 - 1e-9) {
            let over = arcs.indices.filter { share[$0] > 0 && arcs[$0].vehicleType == t }
                .sorted { arcs[$0].vehicleMinutesPerKg > arcs[$1].vehicleMinutesPerKg }
            for a in over {
                let target = capacity[t] * (1 - 1e-9)
                guard used[t] > target else { break }
                let s = items[arcs[a].item].supply.value
                let perShare = s * arcs[a].vehicleMinutesPerKg
                guard perShare > 0 else { continue }
                var move = min(share[a], (used[t] - target) / perShare)
                share[a] -= move
                used[t] -= move * perShare
                // Another type on the same pair, if it has time left.
                let p = pairRange(of: a)
                for b in p where b != a && arcs[b].vehicleType != t && move > 0 {
                    let u = arcs[b].vehicleType
                    let per = s * arcs[b].vehicleMinutesPerKg
                    let room = per > 0 ? (capacity[u] * (1 - 1e-9) - used[u]) / per : move
                    let shift = min(move, max(0, room))
                    share[b] += shift; used[u] += shift * per; move -= shift
                }
                uncovered[arcs[a].item] += move
            }
        }
    }

    private func pairRange(of a: Int) -> Range<Int> {
        let arcs = model.instance.arcs
        var lo = a, hi = a + 1
        while lo > 0, arcs[lo - 1].item == arcs[a].item, arcs[lo - 1].depot == arcs[a].depot { lo -= 1 }
        while hi < arcs.count, arcs[hi].item == arcs[a].item, arcs[hi].depot == arcs[a].depot { hi += 1 }
        return lo..<hi
    }
}
