/// 2-opt*: swap the tails of two routes after client `u` (route of `u`) and after position `q`
/// of route `rv`.
///
/// From J.-Y. Potvin & J.-M. Rousseau, "An exchange heuristic for routeing problems with time
/// windows", J. Operational Research Society 46 (1995) 1433–1446 (PyVRP's `SwapTails`).
/// `evaluate` is O(1) when both routes share depot, shift and ride class, else O(tail length);
/// `apply` is O(route lengths).
struct TwoOptStarOperator: Sendable {
    /// Change of penalised cost if the move were applied; `+∞` if invalid (same route).
    func evaluate(_ u: Int, _ rv: Int, _ q: Int, _ ls: LocalSearch) -> Double {
        let ru = ls.routeOf[u], pu = ls.posOf[u]
        guard ru != rv else { return .infinity }
        let routeU = ls.routes[ru], routeV = ls.routes[rv]
        let nu = routeU.nodes, nv = routeV.nodes
        let inst = ls.inst, ev = ls.evaluator
        // Distance lower bound: prefix distances + crossing arcs + tail distances.
        let tailU = routeU.total.distance - routeU.prefix[pu + 1].distance
        let tailV = routeV.total.distance - routeV.prefix[q + 1].distance
        let newDistU = routeU.prefix[pu].distance + inst.distance(nu[pu], nv[q + 1]) + tailV
        let newDistV = routeV.prefix[q].distance + inst.distance(nv[q], nu[pu + 1]) + tailU
        let lb = ev.unitDistance[routeU.type] * Double(newDistU) + ev.unitDistance[routeV.type] * Double(newDistV)
            - routeU.cost - routeV.cost
        if routeU.profile == routeV.profile, lb >= 0 { return lb }
        if nu[0] != nv[0], ls.hasReload(ru, pu + 1, nu.count - 2) || ls.hasReload(rv, q + 1, nv.count - 2) { return .infinity }
        let newU = ls.merge(routeU.prefix[pu], ls.tail(rv, from: q + 1, into: ru))
        let newV = ls.merge(routeV.prefix[q], ls.tail(ru, from: pu + 1, into: rv))
        return ls.cost(newU, route: ru) + ls.cost(newV, route: rv) - routeU.cost - routeV.cost
    }

    /// Applies the move. O(route lengths).
    func apply(_ u: Int, _ rv: Int, _ q: Int, _ ls: LocalSearch) {
        let ru = ls.routeOf[u], pu = ls.posOf[u]
        let nu = ls.routes[ru].nodes, nv = ls.routes[rv].nodes
        let newU = nu[1...pu] + nv[(q + 1)..<(nv.count - 1)]
        let newV = nv[1..<(q + 1)] + nu[(pu + 1)..<(nu.count - 1)]
        ls.setClients(ru, newU[...])
        ls.setClients(rv, newV[...])
    }
}
