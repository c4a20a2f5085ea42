/// A heuristic single-source assignment for a fixed set of open facilities (a generalised assignment
/// problem, NP-hard in itself):
///
///     minimise    Σ_(i,j) c_ij x_ij
///     subject to  Σ_j x_ij = 1,   Σ_i d_i x_ij ≤ s_j (j open),   x_ij ∈ {0, 1}
///
/// Regret greedy (Martello & Toth 1981): repeatedly place the unassigned customer whose gap between
/// its best and second-best facility with room is largest, at its best one; then shift customers to
/// cheaper facilities with room, and swap pairs of customers between facilities, until no move
/// improves. The result is feasible but not necessarily optimal; branch-and-cut proves optimality.
///
/// Complexity: O(n² k) for the greedy, O(n² k) per improvement pass.
struct SingleSourceAssigner {
    let instance: FacilityLocationInstance

    /// Allocation cost and per-pair 0/1 fractions, or `nil` if the greedy finds no feasible assignment.
    func solve(open: [Bool]) -> (cost: Double, fractions: [Double])? {
        let inst = instance, n = inst.customerCount
        var room = inst.capacities
        var chosen = [Int](repeating: -1, count: n)  // pair index per customer
        var unassigned = Set(0..<n)
        while !unassigned.isEmpty {
            var pick = -1, pickPair = -1, pickRegret = -Double.infinity
            for i in unassigned {
                var best = -1, second = Double.infinity
                for p in inst.pairs(ofCustomer: i) {
                    let j = inst.pairFacility[p]
                    guard open[j], room[j] >= inst.demands[i] - 1e-9 else { continue }
                    if best < 0 || inst.pairCost[p] < inst.pairCost[best] {
                        if best >= 0 { second = inst.pairCost[best] }
                        best = p
                    } else {
                        second = min(second, inst.pairCost[p])
                    }
                }
                guard best >= 0 else { return nil }
                let regret = second - inst.pairCost[best]
                if regret > pickRegret || (regret == pickRegret && i < pick) { pick = i; pickPair = best; pickRegret = regret }
            }
            chosen[pick] = pickPair
            room[inst.pairFacility[pickPair]] -= inst.demands[pick]
            unassigned.remove(pick)
        }
        improve(&chosen, room: &room, open: open)
        var fractions = [Double](repeating: 0, count: inst.pairCount)
        var cost = 0.0
        for p in chosen { fractions[p] = 1; cost += inst.pairCost[p] }
        return (cost, fractions)
    }

    /// Shift and swap moves, best improvement per customer, until none improves.
    private func improve(_ chosen: inout [Int], room: inout [Double], open: [Bool]) {
        let inst = instance, n = inst.customerCount
        var improved = true, passes = 0
        while improved, passes < 50 {
            improved = false
            passes += 1
            for i in 0..<n {
                let current = chosen[i], from = inst.pairFacility[current], d = inst.demands[i]
                for p in inst.pairs(ofCustomer: i) {
                    let j = inst.pairFacility[p]
                    if j != from, open[j], room[j] >= d - 1e-9, inst.pairCost[p] < inst.pairCost[chosen[i]] - 1e-9 {
                        room[inst.pairFacility[chosen[i]]] += d; room[j] -= d; chosen[i] = p; improved = true
                    }
                }
            }
            for a in 0..<n {
                for b in (a + 1)..<n {
                    let ja = inst.pairFacility[chosen[a]], jb = inst.pairFacility[chosen[b]]
                    guard ja != jb, let ab = inst.cost(customer: a, facility: jb),
                          let ba = inst.cost(customer: b, facility: ja) else { continue }
                    let delta = ab + ba - inst.pairCost[chosen[a]] - inst.pairCost[chosen[b]]
                    let da = inst.demands[a], db = inst.demands[b]
                    guard delta < -1e-9, room[jb] + db - da >= -1e-9, room[ja] + da - db >= -1e-9 else { continue }
                    room[ja] += da - db; room[jb] += db - da
                    chosen[a] = pairIndex(a, jb); chosen[b] = pairIndex(b, ja)
                    improved = true
                }
            }
        }
    }

    private func pairIndex(_ i: Int, _ j: Int) -> Int {
        instance.pairs(ofCustomer: i).first { instance.pairFacility[$0] == j }!
    }
}
