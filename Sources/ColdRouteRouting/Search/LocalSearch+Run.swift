extension LocalSearch {
    /// Runs the local search to a local optimum. Each pass is O(n·g·k) move evaluations for
    /// n clients, g neighbours and k operators; passes repeat while some move improves.
    /// Checks `isInterrupted` before every client, so a stop request ends it within one client's
    /// moves.
    func run(using rng: inout some RandomNumberGenerator) {
        var order = routable
        order.shuffle(using: &rng)
        for u in order where routeOf[u] < 0 {
            if isInterrupted() { return }
            insertIfWorthIt(u)
        }
        var improved = true
        while improved {
            improved = false
            for u in order {
                if isInterrupted() { return }
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
                if routeOf[u] >= 0, maxTripsOfType[routes[routeOf[u]].type] > 1, tryReloadMoves(u) { improved = true }
                if routeOf[u] >= 0, !inst.required(u), removeIfWorthIt(u) { improved = true }
            }
        }
    }

    /// Tries every node operator on (u, v); applies the first improving move. O(k).
    /// (A depot just before `v` — the route start or a reload — also offers the position after it.)
    func tryNodeMoves(_ u: Int, _ v: Int) -> Bool {
        let rv = routeOf[v], pv = posOf[v]
        let afterDepot = routes[rv].nodes[pv - 1] < inst.depotCount
        let eps = epsilon
        for op in relocates {
            if op.evaluate(u, rv, pv, self) < -eps { op.apply(u, rv, pv, self); return true }
            if afterDepot, op.evaluate(u, rv, pv - 1, self) < -eps { op.apply(u, rv, pv - 1, self); return true }
        }
        for op in exchanges {
            if op.evaluate(u, v, self) < -eps { op.apply(u, v, self); return true }
        }
        if twoOptStar.evaluate(u, routeOf[v], pv, self) < -eps { twoOptStar.apply(u, routeOf[v], pv, self); return true }
        if afterDepot, twoOptStar.evaluate(u, routeOf[v], pv - 1, self) < -eps { twoOptStar.apply(u, routeOf[v], pv - 1, self); return true }
        return false
    }

    /// Tries inserting or removing a reload next to `u`; applies the first improving one. O(1) evaluations.
    func tryReloadMoves(_ u: Int) -> Bool {
        for kind in ReloadOperator.Kind.allCases where reload.evaluate(kind, u, self) < -epsilon {
            reload.apply(kind, u, self)
            return true
        }
        return false
    }

    /// Tries moving `u` into the first empty route of each vehicle type. O(t).
    func tryEmptyRouteMoves(_ u: Int) -> Bool {
        var seenTypes = Set<Int>()
        for r in routes.indices where routes[r].clientCount == 0 && !seenTypes.contains(routes[r].type) {
            seenTypes.insert(routes[r].type)
            if relocates[0].evaluate(u, r, 0, self) < -epsilon { relocates[0].apply(u, r, 0, self); return true }
        }
        return false
    }

    /// Cheapest insertion of unassigned `u` over all routes and positions, and (for multi-trip
    /// vehicles) as a new last trip (`position == -1`). O(n + routes).
    func bestInsertion(_ u: Int) -> (route: Int, position: Int, delta: Double)? {
        var best: (Int, Int, Double)? = nil
        var seenEmptyTypes = Set<Int>()
        for r in routes.indices {
            if routes[r].clientCount == 0 {
                if seenEmptyTypes.contains(routes[r].type) { continue }
                seenEmptyTypes.insert(routes[r].type)
            }
            let route = routes[r]
            let s = single(u, route.segmentClass)
            for p in 0..<(route.nodes.count - 1) {
                let d0 = inst.distance(route.nodes[p], u) + inst.distance(u, route.nodes[p + 1]) - inst.distance(route.nodes[p], route.nodes[p + 1])
                if let b = best, Double(route.total.distance + d0) * evaluator.unitDistance[route.type] + evaluator.fixedCost[route.type] - route.cost >= b.2 { continue }
                let newCost = cost(merge(merge(route.prefix[p], s), route.suffix[p + 1]), route: r)
                let delta = newCost - route.cost
                if best == nil || delta < best!.2 { best = (r, p, delta) }
            }
            if route.clientCount > 0, maxTripsOfType[route.type] > 1 {
                let last = route.nodes.count - 1
                let newCost = cost(merge(merge(merge(route.prefix[last - 1], endDepot[route.type]), s), route.suffix[last]), route: r)
                let delta = newCost - route.cost
                if best == nil || delta < best!.2 { best = (r, -1, delta) }
            }
        }
        return best
    }

    /// Inserts `u` at its cheapest position if it is required or its prize pays. O(n).
    @discardableResult
    func insertIfWorthIt(_ u: Int) -> Bool {
        guard let (r, p, delta) = bestInsertion(u) else { return false }
        if !inst.required(u), delta >= inst.prize(u) - epsilon { return false }
        var c = Array(clients(r))
        if p < 0 { c += [routes[r].nodes[0], u] } else { c.insert(u, at: p) }
        setClients(r, c[...])
        return true
    }

    /// Removes optional `u` if its prize does not pay for its detour. O(1) evaluation.
    func removeIfWorthIt(_ u: Int) -> Bool {
        let r = routeOf[u], p = posOf[u]
        let newCost = cost(merge(routes[r].prefix[p - 1], routes[r].suffix[p + 1]), route: r)
        guard newCost - routes[r].cost + inst.prize(u) < -epsilon else { return false }
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
