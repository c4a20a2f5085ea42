extension LocalSearch {
    /// Runs the local search to a local optimum. Each pass is O(n·g·k) move evaluations for
    /// n clients, g neighbours and k operators; passes repeat while some move improves.
    func run(using rng: inout some RandomNumberGenerator) {
        var order = routable
        order.shuffle(using: &rng)
        for u in order where routeOf[u] < 0 { insertIfWorthIt(u) }
        var improved = true
        while improved {
            improved = false
            for u in order {
                if routeOf[u] < 0 {
                    if insertIfWorthIt(u) { improved = true }
                    continue
                }
                let testedBefore = lastTested[u]
                lastTested[u] = moveCount
                for v in neighbours[u] where routeOf[v] >= 0 {
                    let ru = routeOf[u], rv = routeOf[v]
                    guard routes[ru].lastModified > testedBefore || routes[rv].lastModified > testedBefore else { continue }
                    if tryNodeMoves(u, v) { improved = true }
                    if routeOf[u] < 0 { break }
                }
                if routeOf[u] >= 0, routes[routeOf[u]].lastModified > testedBefore, tryEmptyRouteMoves(u) { improved = true }
                if routeOf[u] >= 0, !inst.required(u), removeIfWorthIt(u) { improved = true }
            }
        }
    }

    /// Tries every node operator on (u, v); applies the first improving move. O(k).
    func tryNodeMoves(_ u: Int, _ v: Int) -> Bool {
        let rv = routeOf[v], pv = posOf[v]
        for op in relocates {
            if op.evaluate(u, rv, pv, self) < -Self.epsilon { op.apply(u, rv, pv, self); return true }
            if pv == 1, op.evaluate(u, rv, 0, self) < -Self.epsilon { op.apply(u, rv, 0, self); return true }
        }
        for op in exchanges {
            if op.evaluate(u, v, self) < -Self.epsilon { op.apply(u, v, self); return true }
        }
        if twoOptStar.evaluate(u, routeOf[v], pv, self) < -Self.epsilon { twoOptStar.apply(u, routeOf[v], pv, self); return true }
        if pv == 1, twoOptStar.evaluate(u, routeOf[v], 0, self) < -Self.epsilon { twoOptStar.apply(u, routeOf[v], 0, self); return true }
        return false
    }

    /// Tries moving `u` into the first empty route of each vehicle type. O(t).
    func tryEmptyRouteMoves(_ u: Int) -> Bool {
        var seenTypes = Set<Int>()
        for r in routes.indices where routes[r].clientCount == 0 && !seenTypes.contains(routes[r].type) {
            seenTypes.insert(routes[r].type)
            if relocates[0].evaluate(u, r, 0, self) < -Self.epsilon { relocates[0].apply(u, r, 0, self); return true }
        }
        return false
    }

    /// Cheapest insertion of unassigned `u` over all routes and positions. O(n + routes).
    func bestInsertion(_ u: Int) -> (route: Int, position: Int, delta: Double)? {
        var best: (Int, Int, Double)? = nil
        var seenEmptyTypes = Set<Int>()
        for r in routes.indices {
            if routes[r].clientCount == 0 {
                if seenEmptyTypes.contains(routes[r].type) { continue }
                seenEmptyTypes.insert(routes[r].type)
            }
            let route = routes[r]
            let s = single(u, route.rideClass)
            for p in 0..<(route.nodes.count - 1) {
                let d0 = inst.distance(route.nodes[p], u) + inst.distance(u, route.nodes[p + 1]) - inst.distance(route.nodes[p], route.nodes[p + 1])
                if let b = best, Double(route.total.distance + d0) * evaluator.unitDistance[route.type] + evaluator.fixedCost[route.type] - route.cost >= b.2 { continue }
                let newCost = cost(merge(merge(route.prefix[p], s), route.suffix[p + 1]), route: r)
                let delta = newCost - route.cost
                if best == nil || delta < best!.2 { best = (r, p, delta) }
            }
        }
        return best
    }

    /// Inserts `u` at its cheapest position if it is required or its prize pays. O(n).
    @discardableResult
    func insertIfWorthIt(_ u: Int) -> Bool {
        guard let (r, p, delta) = bestInsertion(u) else { return false }
        if !inst.required(u), delta >= inst.prize(u) - Self.epsilon { return false }
        var c = Array(clients(r)); c.insert(u, at: p)
        setClients(r, c[...])
        return true
    }

    /// Removes optional `u` if its prize does not pay for its detour. O(1) evaluation.
    func removeIfWorthIt(_ u: Int) -> Bool {
        let r = routeOf[u], p = posOf[u]
        let newCost = cost(merge(routes[r].prefix[p - 1], routes[r].suffix[p + 1]), route: r)
        guard newCost - routes[r].cost + inst.prize(u) < -Self.epsilon else { return false }
        var c = Array(clients(r)); c.remove(at: p - 1)
        setClients(r, c[...])
        routeOf[u] = -1; posOf[u] = -1
        return true
    }
}

extension RoutingInstance {
    /// Whether client node `node` must be visited. O(1).
    @inline(__always) func required(_ node: Int) -> Bool { clients[node - depots.count].prize == nil }
    /// Prize of client node `node` (0 when required). O(1).
    @inline(__always) func prize(_ node: Int) -> Double { clients[node - depots.count].prize ?? 0 }
}
