/// Inserts or removes a reload (a return to the depot between two trips) next to client `u`.
///
/// PyVRP's reload-depot moves (`RemoveAdjacentDepot` and depot insertion, Wouda et al. 2024);
/// multi-trip VRP after Cattaruzza, Absi & Feillet, "Vehicle routing problems with multiple
/// trips", 4OR 14 (2016) 223–259. A reload splits a trip in two, so the load, shelf life and
/// `returnBy` clocks restart; it costs the detour to the depot and the unloading time. Only
/// tried on routes whose vehicle type allows more than one trip. `evaluate` is O(1) (prefix
/// and suffix data), `apply` O(route length).
struct ReloadOperator: Sendable {
    /// Where the move changes the route of `u`.
    enum Kind: CaseIterable, Sendable {
        case insertAfter, insertBefore, removeAfter, removeBefore
    }

    /// Change of penalised cost of the move; `+∞` if it does not apply.
    func evaluate(_ kind: Kind, _ u: Int, _ ls: LocalSearch) -> Double {
        let r = ls.routeOf[u], p = ls.posOf[u]
        let route = ls.routes[r]
        let nodes = route.nodes, depots = ls.inst.depotCount
        let new: SegmentData
        switch kind {
        case .insertAfter:
            guard nodes[p + 1] >= depots else { return .infinity }
            new = ls.merge(ls.merge(route.prefix[p], ls.endDepot[route.type]), route.suffix[p + 1])
        case .insertBefore:
            guard nodes[p - 1] >= depots else { return .infinity }
            new = ls.merge(ls.merge(route.prefix[p - 1], ls.endDepot[route.type]), route.suffix[p])
        case .removeAfter:
            guard p + 1 < nodes.count - 1, nodes[p + 1] < depots else { return .infinity }
            new = ls.merge(route.prefix[p], route.suffix[p + 2])
        case .removeBefore:
            guard p - 1 > 0, nodes[p - 1] < depots else { return .infinity }
            new = ls.merge(route.prefix[p - 2], route.suffix[p])
        }
        return ls.cost(new, route: r) - route.cost
    }

    /// Applies the move (assumed valid). O(route length).
    func apply(_ kind: Kind, _ u: Int, _ ls: LocalSearch) {
        let r = ls.routeOf[u], p = ls.posOf[u]
        var c = Array(ls.clients(r))
        let d = ls.routes[r].nodes[0]
        switch kind {
        case .insertAfter: c.insert(d, at: p)
        case .insertBefore: c.insert(d, at: p - 1)
        case .removeAfter: c.remove(at: p)
        case .removeBefore: c.remove(at: p - 2)
        }
        ls.setClients(r, c[...])
    }
}
