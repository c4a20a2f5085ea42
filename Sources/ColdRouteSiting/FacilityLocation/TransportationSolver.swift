/// The optimal multi-source assignment for a fixed set of open facilities (a transportation problem):
///
///     minimise    Σ_(i,j) c_ij x_ij
///     subject to  Σ_j x_ij = 1               for every customer i
///                 Σ_i d_i x_ij ≤ s_j          for every open facility j   (x_ij = 0 if j is closed)
///                 x_ij ≥ 0
///
/// Solved as a min-cost flow in units of demand (unit cost `c_ij / d_i`) by successive shortest
/// paths with Dijkstra and node potentials (Ahuja, Magnanti & Orlin, *Network Flows*, 1993, §9.7),
/// adding customers one at a time: a new customer has no incoming residual arc, so its potential can
/// be set to keep every reduced cost non-negative. Each search stops at the first facility with room.
///
/// Complexity: O(n · (n + k) log(n + k) · k) in the worst case for n customers and k open facilities;
/// in practice most customers reach a facility with room in one step.
struct TransportationSolver {
    let instance: FacilityLocationInstance
    /// `pairCustomer[p]`: the customer of pair `p`.
    let pairCustomer: [Int]

    init(instance: FacilityLocationInstance) {
        self.instance = instance
        var owner = [Int](repeating: 0, count: instance.pairCount)
        for i in 0..<instance.customerCount { for p in instance.pairs(ofCustomer: i) { owner[p] = i } }
        pairCustomer = owner
    }

    /// The optimal allocation cost and per-pair fractions `x_p`, or `nil` if the open facilities cannot
    /// serve every customer or the cost reaches `cutoff`. Fixed costs are not included.
    ///
    /// The cost of serving the first customers never decreases as customers are added (costs are
    /// non-negative), so the solve stops as soon as it reaches `cutoff`.
    ///
    /// `shouldContinue` is polled before every eighth customer is added. Once it says no, the
    /// customers not yet added are served greedily instead (each by its cheapest open facilities
    /// with room left, in order of pair cost): the allocation is then feasible but not optimal
    /// (`nil` if some customer finds no room). Used to answer a stop request at once (issue 11,
    /// "No hangs"); without it, or while it says yes, the result does not depend on it.
    func solve(
        open: [Bool], cutoff: Double = .infinity, shouldContinue: () -> Bool = { true }
    ) -> (cost: Double, fractions: [Double])? {
        let inst = instance, n = inst.customerCount, m = inst.facilityCount
        var local = [Int](repeating: -1, count: m)
        var room: [Double] = []
        for j in 0..<m where open[j] { local[j] = room.count; room.append(inst.capacities[j]) }
        let k = room.count, nodes = n + k
        var flow = [Double](repeating: 0, count: inst.pairCount)
        var unit = [Double](repeating: 0, count: inst.pairCount)
        var carrying: [[Int]] = Array(repeating: [], count: k)      // pairs with flow, per facility
        var slot = [Int](repeating: -1, count: inst.pairCount)      // position of a pair in `carrying`
        var potential = [Double](repeating: 0, count: nodes)
        var dist = [Double](repeating: .infinity, count: nodes)
        var pred = [Int](repeating: -1, count: nodes)
        var settled = [Bool](repeating: false, count: nodes)
        var heap = MinHeap()

        func setFlow(_ p: Int, _ value: Double) {
            let j = local[inst.pairFacility[p]]
            if flow[p] <= 0, value > 0 { slot[p] = carrying[j].count; carrying[j].append(p) }
            if flow[p] > 0, value <= 0 {
                let last = carrying[j].removeLast()
                if last != p { carrying[j][slot[p]] = last; slot[last] = slot[p] }
                slot[p] = -1
            }
            flow[p] = value
        }

        var partial = 0.0
        var greedyFrom = n   // customers from here on are served greedily (a stop request)
        for i in 0..<n {
            if i % 8 == 0, !shouldContinue() {
                greedyFrom = i
                break
            }
            let d = inst.demands[i]
            var top = -Double.infinity, cheapest = -1
            for p in inst.pairs(ofCustomer: i) where local[inst.pairFacility[p]] >= 0 {
                unit[p] = d > 0 ? inst.pairCost[p] / d : 0
                top = max(top, potential[n + local[inst.pairFacility[p]]] - unit[p])
                if cheapest < 0 || inst.pairCost[p] < inst.pairCost[cheapest] { cheapest = p }
            }
            if cheapest < 0 { if d > 0 { return nil } else { continue } }
            if d == 0 { continue }  // zero demand: served by its cheapest open facility at no cost
            potential[i] = top
            var remaining = d
            let eps = 1e-9 * max(1, d)
            while remaining > eps {
                for v in 0..<nodes { dist[v] = .infinity; settled[v] = false; pred[v] = -1 }
                dist[i] = 0
                heap.removeAll()
                heap.push(0, i)
                var target = -1
                while let (du, u) = heap.pop() {
                    if settled[u] || du > dist[u] { continue }
                    settled[u] = true
                    if u >= n {
                        if room[u - n] > eps { target = u; break }
                        for p in carrying[u - n] {
                            let c = pairCustomer[p]
                            let nd = du - unit[p] + potential[u] - potential[c]
                            if !settled[c], nd < dist[c] - 1e-15 { dist[c] = nd; pred[c] = p; heap.push(nd, c) }
                        }
                    } else {
                        for p in inst.pairs(ofCustomer: u) {
                            let jl = local[inst.pairFacility[p]]
                            if jl < 0 { continue }
                            let v = n + jl
                            let nd = du + unit[p] + potential[u] - potential[v]
                            if !settled[v], nd < dist[v] - 1e-15 { dist[v] = nd; pred[v] = p; heap.push(nd, v) }
                        }
                    }
                }
                guard target >= 0 else { return nil }
                let dt = dist[target]
                for v in 0..<nodes { potential[v] += min(dist[v], dt) }
                // Bottleneck along the path target → … → i.
                var delta = min(remaining, room[target - n])
                var v = target
                while v != i {
                    let p = pred[v]
                    if v >= n { v = pairCustomer[p] } else { delta = min(delta, flow[p]); v = n + local[inst.pairFacility[p]] }
                }
                v = target
                while v != i {
                    let p = pred[v]
                    if v >= n { setFlow(p, flow[p] + delta); v = pairCustomer[p] } else {
                        setFlow(p, flow[p] - delta > eps * 1e-3 ? flow[p] - delta : 0)
                        v = n + local[inst.pairFacility[p]]
                    }
                }
                room[target - n] -= delta
                remaining -= delta
                // After the update, potential[target] − potential[i] is the path's real unit cost.
                partial += delta * (potential[target] - potential[i])
                if partial >= cutoff { return nil }
            }
        }
        for i in greedyFrom..<n where inst.demands[i] > 0 {
            var remaining = inst.demands[i]
            let eps = 1e-9 * max(1, remaining)
            let cheapestFirst = inst.pairs(ofCustomer: i).filter { local[inst.pairFacility[$0]] >= 0 }
                .sorted { inst.pairCost[$0] < inst.pairCost[$1] || (inst.pairCost[$0] == inst.pairCost[$1] && $0 < $1) }
            for p in cheapestFirst where remaining > eps {
                let j = local[inst.pairFacility[p]]
                let amount = min(remaining, room[j])
                guard amount > 0 else { continue }
                flow[p] += amount
                room[j] -= amount
                remaining -= amount
            }
            if remaining > eps { return nil }
        }
        var cost = 0.0
        var fractions = [Double](repeating: 0, count: inst.pairCount)
        for i in 0..<n {
            let d = inst.demands[i]
            if d == 0 {
                let best = inst.pairs(ofCustomer: i).filter { local[inst.pairFacility[$0]] >= 0 }
                    .min { inst.pairCost[$0] < inst.pairCost[$1] }
                if let best { fractions[best] = 1; cost += inst.pairCost[best] }
                continue
            }
            for p in inst.pairs(ofCustomer: i) where flow[p] > 0 {
                fractions[p] = flow[p] / d
                cost += inst.pairCost[p] * fractions[p]
            }
        }
        return (cost, fractions)
    }
}

/// A binary min-heap of `(key, node)` for Dijkstra (lazy deletion: stale entries are skipped).
struct MinHeap {
    private var keys: [Double] = []
    private var nodes: [Int] = []

    mutating func removeAll() { keys.removeAll(keepingCapacity: true); nodes.removeAll(keepingCapacity: true) }

    mutating func push(_ key: Double, _ node: Int) {
        keys.append(key); nodes.append(node)
        var c = keys.count - 1
        while c > 0 {
            let p = (c - 1) / 2
            if keys[p] <= keys[c] { break }
            keys.swapAt(p, c); nodes.swapAt(p, c); c = p
        }
    }

    mutating func pop() -> (Double, Int)? {
        guard let top = keys.first else { return nil }
        let node = nodes[0]
        keys[0] = keys[keys.count - 1]; nodes[0] = nodes[nodes.count - 1]
        keys.removeLast(); nodes.removeLast()
        var p = 0
        while true {
            let l = 2 * p + 1, r = l + 1
            var s = p
            if l < keys.count, keys[l] < keys[s] { s = l }
            if r < keys.count, keys[r] < keys[s] { s = r }
            if s == p { break }
            keys.swapAt(p, s); nodes.swapAt(p, s); p = s
        }
        return (top, node)
    }
}
