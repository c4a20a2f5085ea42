/// Granular first-improvement local search over a set of vehicle routes: the "education" of
/// the hybrid genetic search.
///
/// Follows Vidal et al. (2013) and PyVRP: for each client `u` (random order) and each of its
/// granular neighbours `v` (Toth & Vigo 2003, "The granular tabu search"), try the node
/// operators in turn and apply the first improving move; a pair is re-tested only when one of
/// its routes changed since `u` was last tested. Moves are priced in O(1) from cached
/// ``SegmentData``; applying one rebuilds the touched routes in O(n). Optional and missing
/// required clients are inserted at their cheapest position, optional clients removed when
/// their prize does not pay for them.
///
/// Holds hot mutable search state, hence a class; one instance per search thread. Its stored
/// properties opt out of dynamic exclusivity checks (`@exclusivity(unchecked)`): the class is
/// never shared across threads and no access overlaps (checked in debug test runs).
final class LocalSearch {
    let inst: RoutingInstance
    @exclusivity(unchecked) var evaluator: CostEvaluator
    @exclusivity(unchecked) var routes: [SearchRoute] = []
    /// Route index of each node, −1 when unassigned (depots are always −1).
    @exclusivity(unchecked) var routeOf: [Int]
    @exclusivity(unchecked) var posOf: [Int]
    let neighbours: [[Int]]
    @exclusivity(unchecked) var lastTested: [Int]
    @exclusivity(unchecked) var moveCount = 0
    /// `singles[c * n + node]`: single-client data for ride class `c`.
    let singles: [SegmentData]
    let startDepot: [SegmentData]
    let endDepot: [SegmentData]
    let profileOfType: [Int]
    /// Clients the search routes (coverable ones).
    let routable: [Int]
    /// Relocate / Or-opt for segment lengths 1...maxSegmentLength.
    let relocates: [RelocateOperator]
    /// Swap and cross-exchange for sizes (n, m), maxSegmentLength ≥ n ≥ m ≥ 1.
    let exchanges: [CrossExchangeOperator]
    let twoOptStar = TwoOptStarOperator()
    static let epsilon = 1e-7

    init(instance: RoutingInstance, evaluator: CostEvaluator, neighbours: [[Int]], maxSegmentLength: Int = 3) {
        inst = instance
        relocates = (1...max(1, maxSegmentLength)).map { RelocateOperator(length: $0) }
        exchanges = (1...max(1, maxSegmentLength)).flatMap { n in (1...n).map { CrossExchangeOperator(n, $0) } }
        self.evaluator = evaluator
        self.neighbours = neighbours
        let n = instance.nodeCount
        routeOf = [Int](repeating: -1, count: n)
        posOf = [Int](repeating: -1, count: n)
        lastTested = [Int](repeating: -1, count: n)
        var s = [SegmentData]()
        for c in 0..<instance.rideClassCount {
            for node in 0..<n {
                s.append(node < instance.depotCount
                    ? SegmentData(depot: node, start: instance.ready[node], end: instance.due[node])
                    : SegmentData(client: node, rideClass: c, in: instance))
            }
        }
        singles = s
        let types = instance.vehicleTypes.indices
        startDepot = types.map { SegmentData(depot: instance.vehicleTypes[$0].depot, start: instance.shiftStart($0), end: instance.shiftEnd($0)) }
        endDepot = startDepot
        var keys: [[Int]: Int] = [:]
        profileOfType = types.map { t in
            let key = [instance.vehicleTypes[t].depot, instance.shiftStart(t), instance.shiftEnd(t), instance.vehicleTypes[t].rideClass]
            if let p = keys[key] { return p }
            keys[key] = keys.count
            return keys.count - 1
        }
        routable = instance.clientNodes.filter { instance.uncoverable[$0] == nil }
    }

    // MARK: Segments

    /// Single-client data for ride class `c`. O(1).
    @inline(__always) func single(_ node: Int, _ c: Int) -> SegmentData { singles[c * inst.nodeCount + node] }

    /// Data of client positions `i...j` of route `r`, for ride class `c`. O(j − i).
    @inline(__always)
    func segment(_ r: Int, _ i: Int, _ j: Int, rideClass c: Int) -> SegmentData {
        let nodes = routes[r].nodes
        var s = single(nodes[i], c)
        var k = i + 1
        while k <= j { s = SegmentData.merge(s, single(nodes[k], c), inst); k += 1 }
        return s
    }

    /// Data of `nodes[i...]` of route `r` when it ends a route of route `target`'s type. O(1) when
    /// the profiles match, else O(length).
    @inline(__always)
    func tail(_ r: Int, from i: Int, into target: Int) -> SegmentData {
        if routes[r].profile == routes[target].profile { return routes[r].suffix[i] }
        let last = routes[r].nodes.count - 2
        let end = endDepot[routes[target].type]
        if i > last { return end }
        return SegmentData.merge(segment(r, i, last, rideClass: routes[target].rideClass), end, inst)
    }

    @inline(__always) func merge(_ a: SegmentData, _ b: SegmentData) -> SegmentData { SegmentData.merge(a, b, inst) }
    @inline(__always) func cost(_ s: SegmentData, route r: Int) -> Double { evaluator.cost(s, type: routes[r].type) }

    // MARK: Loading and exporting

    /// Replaces the state by the given routes (`type`, client nodes); routes beyond a type's
    /// fleet count leave their clients unassigned. O(n + fleet size).
    func load(_ given: [(type: Int, visits: [Int])]) {
        routes.removeAll(keepingCapacity: true)
        for i in routeOf.indices { routeOf[i] = -1; posOf[i] = -1; lastTested[i] = -1 }
        moveCount = 0
        var firstSlot = [Int]()
        for (t, v) in inst.vehicleTypes.enumerated() {
            firstSlot.append(routes.count)
            let slots = min(v.count, max(1, routable.count))
            for _ in 0..<slots {
                let d = v.depot
                routes.append(SearchRoute(type: t, rideClass: v.rideClass, profile: profileOfType[t], nodes: [d, d]))
            }
        }
        firstSlot.append(routes.count)
        var next = firstSlot
        for g in given where !g.visits.isEmpty {
            guard next[g.type] < firstSlot[g.type + 1] else { continue }
            let r = next[g.type]; next[g.type] += 1
            let d = inst.vehicleTypes[g.type].depot
            routes[r].nodes = [d] + g.visits + [d]
        }
        for r in routes.indices { rebuild(r) }
    }

    /// Recomputes positions, caches and cost of route `r` and marks it modified. O(n).
    func rebuild(_ r: Int) {
        let nodes = routes[r].nodes
        let c = routes[r].rideClass, t = routes[r].type
        var prefix = [SegmentData](); prefix.reserveCapacity(nodes.count)
        var suffix = [SegmentData](repeating: endDepot[t], count: nodes.count)
        prefix.append(startDepot[t])
        for i in 1..<nodes.count {
            let s = i == nodes.count - 1 ? endDepot[t] : single(nodes[i], c)
            prefix.append(merge(prefix[i - 1], s))
        }
        var i = nodes.count - 2
        while i >= 0 {
            let s = i == 0 ? startDepot[t] : single(nodes[i], c)
            suffix[i] = merge(s, suffix[i + 1]); i -= 1
        }
        for (p, node) in nodes.enumerated() where p > 0 && p < nodes.count - 1 {
            routeOf[node] = r; posOf[node] = p
        }
        routes[r].prefix = prefix
        routes[r].suffix = suffix
        routes[r].cost = evaluator.cost(prefix[nodes.count - 1], type: t)
        moveCount += 1
        routes[r].lastModified = moveCount
    }

    /// Sets the client list of route `r` (depots added) and rebuilds it. O(n).
    func setClients(_ r: Int, _ clients: ArraySlice<Int>) {
        for node in routes[r].nodes.dropFirst().dropLast() where routeOf[node] == r { routeOf[node] = -1; posOf[node] = -1 }
        let d = routes[r].nodes[0]
        routes[r].nodes = [d] + clients + [d]
        rebuild(r)
    }

    /// Clients of route `r` (without depots).
    func clients(_ r: Int) -> ArraySlice<Int> { routes[r].nodes.dropFirst().dropLast() }

    /// Current routes as (type, visits), empty ones left out. O(n).
    func exportRoutes() -> [(type: Int, visits: [Int])] {
        routes.filter { $0.clientCount > 0 }.map { ($0.type, Array($0.nodes.dropFirst().dropLast())) }
    }

    /// Re-prices every route after the penalty weights changed, and marks all routes modified
    /// so the next run re-tests every move. O(routes).
    func reprice() {
        moveCount += 1
        for r in routes.indices {
            routes[r].cost = evaluator.cost(routes[r].total, type: routes[r].type)
            routes[r].lastModified = moveCount
        }
    }
}

extension LocalSearch {
    /// Distance along client positions `i...j` of route `r`. O(1).
    @inline(__always) func segmentDistance(_ r: Int, _ i: Int, _ j: Int) -> Int {
        routes[r].prefix[j].distance - routes[r].prefix[i].distance
    }
}
