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
    /// `singles[c * n + node]`: single-node data for segment class `c` = duration profile ×
    /// ride classes + ride class.
    let singles: [SegmentData]
    let startDepot: [SegmentData]
    /// Closing depot per vehicle type: reloads and the end of the route (receiving hours,
    /// unloading time, trip capacity).
    let endDepot: [SegmentData]
    let maxTripsOfType: [Int]
    let profileOfType: [Int]
    /// Clients the search routes (coverable ones).
    let routable: [Int]
    /// Relocate / Or-opt for segment lengths 1...maxSegmentLength.
    let relocates: [RelocateOperator]
    /// Swap and cross-exchange for sizes (n, m), maxSegmentLength ≥ n ≥ m ≥ 1.
    let exchanges: [CrossExchangeOperator]
    let twoOptStar = TwoOptStarOperator()
    let reload = ReloadOperator()
    /// Least improvement a move must bring: 1e-7, or 1e-10 of the cost scale (a rough bound on
    /// a solution's cost) when that is larger, so that rounding noise in huge costs (say 1e8 per
    /// km) is never taken for an improvement and moves cannot cycle.
    let epsilon: Double
    /// Polled before each client's moves; `true` ends ``run(using:)`` at once.
    var isInterrupted: () -> Bool = { false }

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
        for p in 0..<instance.durationProfileCount {
            for c in 0..<instance.rideClassCount {
                for node in 0..<n {
                    s.append(node < instance.depotCount
                        ? SegmentData(depot: node, start: instance.ready[node], end: instance.due[node], profile: p, in: instance)
                        : SegmentData(client: node, rideClass: c, profile: p, in: instance))
                }
            }
        }
        singles = s
        let types = instance.vehicleTypes.indices
        startDepot = types.map {
            let v = instance.vehicleTypes[$0]
            return SegmentData(depot: v.depot, start: instance.shiftStart($0), end: instance.shiftEnd($0), profile: v.durationProfile, in: instance)
        }
        endDepot = types.map { t in
            let v = instance.vehicleTypes[t], w = instance.returnWindow(t)
            return SegmentData(depot: v.depot, start: w.earliest, end: w.latest,
                               service: instance.depots[v.depot].unloadTime, capacity: v.capacity, profile: v.durationProfile, in: instance)
        }
        maxTripsOfType = types.map { instance.maxTrips($0) }
        var keys: [[Int]: Int] = [:]
        profileOfType = types.map { t in
            let key = [instance.vehicleTypes[t].depot, instance.shiftStart(t), instance.shiftEnd(t), instance.vehicleTypes[t].rideClass,
                       instance.vehicleTypes[t].capacity, instance.vehicleTypes[t].durationProfile]
            if let p = keys[key] { return p }
            keys[key] = keys.count
            return keys.count - 1
        }
        routable = instance.clientNodes.filter { instance.uncoverable[$0] == nil }
        epsilon = max(1e-7, 1e-10 * Self.costScale(instance, routable))
    }

    /// A rough upper bound on the cost of a solution: every routable client on its own route
    /// (fixed cost, round trip, service) at the dearest rates, plus all prizes. O(n·t).
    static func costScale(_ inst: RoutingInstance, _ clients: [Int]) -> Double {
        let fixed = inst.vehicleTypes.map(\.fixedCost).max() ?? 0
        let perDistance = inst.vehicleTypes.map(\.unitDistanceCost).max() ?? 0
        let perTime = inst.vehicleTypes.map(\.unitDurationCost).max() ?? 0
        var total = 0.0
        for c in clients {
            let d = inst.vehicleTypes.map(\.depot).map { inst.distance($0, c) + inst.distance(c, $0) }.max() ?? 0
            let t = inst.vehicleTypes.map(\.depot).map { inst.duration($0, c) + inst.duration(c, $0) }.max() ?? 0
            total += fixed + perDistance * Double(d) + perTime * Double(t + inst.service[c]) + inst.prize(c)
        }
        return total.isFinite ? total : Double.greatestFiniteMagnitude
    }

    // MARK: Segments

    /// Single-node data for segment class `c` (``SearchRoute/segmentClass``). O(1).
    @inline(__always) func single(_ node: Int, _ c: Int) -> SegmentData { singles[c * inst.nodeCount + node] }

    /// Single-node data of `node` on a route of route `target`'s type (a depot node is a reload). O(1).
    @inline(__always) func single(_ node: Int, into target: Int) -> SegmentData {
        node < inst.depotCount ? endDepot[routes[target].type] : singles[routes[target].segmentClass * inst.nodeCount + node]
    }

    /// Data of positions `i...j` of route `r` (clients and reloads) when placed on route
    /// `target`. O(j − i).
    @inline(__always)
    func segment(_ r: Int, _ i: Int, _ j: Int, into target: Int) -> SegmentData {
        let nodes = routes[r].nodes
        var s = single(nodes[i], into: target)
        var k = i + 1
        while k <= j { s = SegmentData.merge(s, single(nodes[k], into: target), inst); k += 1 }
        return s
    }

    /// Whether positions `i...j` of route `r` hold a reload depot. O(1).
    @inline(__always) func hasReload(_ r: Int, _ i: Int, _ j: Int) -> Bool {
        routes[r].prefix[j].depots - routes[r].prefix[i - 1].depots > 0
    }

    /// Whether a segment of route `r` with a reload may not move to route `target` (another depot). O(1).
    @inline(__always) func reloadCannotMove(_ r: Int, _ i: Int, _ j: Int, to target: Int) -> Bool {
        routes[r].nodes[0] != routes[target].nodes[0] && hasReload(r, i, j)
    }

    /// Data of `nodes[i...]` of route `r` when it ends a route of route `target`'s type. O(1) when
    /// the profiles match, else O(length).
    @inline(__always)
    func tail(_ r: Int, from i: Int, into target: Int) -> SegmentData {
        if routes[r].profile == routes[target].profile { return routes[r].suffix[i] }
        let last = routes[r].nodes.count - 2
        let end = endDepot[routes[target].type]
        if i > last { return end }
        return SegmentData.merge(segment(r, i, last, into: target), end, inst)
    }

    @inline(__always) func merge(_ a: SegmentData, _ b: SegmentData) -> SegmentData { SegmentData.merge(a, b, inst) }
    /// Penalised cost of complete route data `s` on route `r`; `+∞` beyond the type's `maxTrips`. O(1).
    @inline(__always) func cost(_ s: SegmentData, route r: Int) -> Double {
        let t = routes[r].type
        if s.depots - 1 > maxTripsOfType[t] { return .infinity }
        return evaluator.cost(s, type: t)
    }

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
                routes.append(SearchRoute(type: t, rideClass: v.rideClass, segmentClass: v.durationProfile * inst.rideClassCount + v.rideClass,
                                          profile: profileOfType[t], nodes: [d, d]))
            }
        }
        firstSlot.append(routes.count)
        var next = firstSlot
        for g in given where !g.visits.isEmpty {
            guard next[g.type] < firstSlot[g.type + 1] else { continue }
            let r = next[g.type]; next[g.type] += 1
            routes[r].nodes = [routes[r].nodes[0]] + g.visits + [routes[r].nodes[0]]
        }
        for r in routes.indices { setClients(r, clients(r)) }
    }

    /// Recomputes positions, caches and cost of route `r` and marks it modified. O(n).
    func rebuild(_ r: Int) {
        let nodes = routes[r].nodes
        let c = routes[r].segmentClass, t = routes[r].type
        var prefix = [SegmentData](); prefix.reserveCapacity(nodes.count)
        var suffix = [SegmentData](repeating: endDepot[t], count: nodes.count)
        prefix.append(startDepot[t])
        let depots = inst.depotCount
        for i in 1..<nodes.count {
            let s = nodes[i] < depots ? endDepot[t] : single(nodes[i], c)
            prefix.append(merge(prefix[i - 1], s))
        }
        var i = nodes.count - 2
        while i >= 0 {
            let s = i == 0 ? startDepot[t] : nodes[i] < depots ? endDepot[t] : single(nodes[i], c)
            suffix[i] = merge(s, suffix[i + 1]); i -= 1
        }
        for (p, node) in nodes.enumerated() where p > 0 && p < nodes.count - 1 && node >= depots {
            routeOf[node] = r; posOf[node] = p
        }
        routes[r].prefix = prefix
        routes[r].suffix = suffix
        routes[r].cost = evaluator.cost(prefix[nodes.count - 1], type: t)
        moveCount += 1
        routes[r].lastModified = moveCount
    }

    /// Sets the inner node list of route `r` (clients and reload depots; start and end depot
    /// added) and rebuilds it. Empty trips (a reload next to another depot) are dropped. O(n).
    func setClients(_ r: Int, _ clients: ArraySlice<Int>) {
        for node in routes[r].nodes.dropFirst().dropLast() where node >= inst.depotCount && routeOf[node] == r { routeOf[node] = -1; posOf[node] = -1 }
        let d = routes[r].nodes[0]
        var nodes = [d]
        nodes.reserveCapacity(clients.count + 2)
        for node in clients where node >= inst.depotCount || nodes[nodes.count - 1] >= inst.depotCount { nodes.append(node) }
        if nodes.count > 1 && nodes[nodes.count - 1] < inst.depotCount { nodes.removeLast() }
        nodes.append(d)
        routes[r].nodes = nodes
        rebuild(r)
    }

    /// Inner nodes of route `r`: clients and reload depots (start and end depot left out).
    func clients(_ r: Int) -> ArraySlice<Int> { routes[r].nodes.dropFirst().dropLast() }

    /// Current routes as (type, inner nodes with reload depots), empty ones left out. O(n).
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
