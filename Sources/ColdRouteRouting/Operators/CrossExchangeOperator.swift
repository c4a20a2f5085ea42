/// Swap (1, 1) and Cross-exchange (n, m): exchange the `n` clients starting at `u` with the
/// `m` clients starting at `v`.
///
/// Cross-exchange is from É. Taillard, P. Badeau, M. Gendreau, F. Guertin & J.-Y. Potvin,
/// "A tabu search heuristic for the vehicle routing problem with soft time windows",
/// Transportation Science 31 (1997) 170–186; segments are kept in orientation (PyVRP's
/// `Exchange<N, M>`). `evaluate` is O(n + m) between routes (building the moved segments),
/// O(distance between the segments) within a route; `apply` is O(route length).
struct CrossExchangeOperator: Sendable {
    let n: Int
    let m: Int

    init(_ n: Int, _ m: Int) { self.n = n; self.m = m }

    /// Change of penalised cost if the move were applied; `+∞` if invalid.
    func evaluate(_ u: Int, _ v: Int, _ ls: LocalSearch) -> Double {
        let ru = ls.routeOf[u], pu = ls.posOf[u]
        let rv = ls.routeOf[v], pv = ls.posOf[v]
        let routeU = ls.routes[ru], routeV = ls.routes[rv]
        let lastU = pu + n - 1, lastV = pv + m - 1
        guard lastU <= routeU.clientCount, lastV <= routeV.clientCount else { return .infinity }
        if ru != rv {
            let nu = routeU.nodes, nv = routeV.nodes
            let inst = ls.inst, ev = ls.evaluator
            let dU = inst.distance(nu[pu - 1], nv[pv]) + inst.distance(nv[lastV], nu[lastU + 1])
                - inst.distance(nu[pu - 1], nu[pu]) - inst.distance(nu[lastU], nu[lastU + 1])
                + ls.segmentDistance(rv, pv, lastV) - ls.segmentDistance(ru, pu, lastU)
            let dV = inst.distance(nv[pv - 1], nu[pu]) + inst.distance(nu[lastU], nv[lastV + 1])
                - inst.distance(nv[pv - 1], nv[pv]) - inst.distance(nv[lastV], nv[lastV + 1])
                - ls.segmentDistance(rv, pv, lastV) + ls.segmentDistance(ru, pu, lastU)
            let lb = ev.unitDistance[routeU.type] * Double(routeU.total.distance + dU) + ev.fixedCost[routeU.type]
                + ev.unitDistance[routeV.type] * Double(routeV.total.distance + dV) + ev.fixedCost[routeV.type]
                - routeU.cost - routeV.cost
            if lb >= 0 { return lb }
            if routeU.nodes[0] != routeV.nodes[0], ls.hasReload(ru, pu, lastU) || ls.hasReload(rv, pv, lastV) { return .infinity }
            let segU = ls.segment(ru, pu, lastU, into: rv)
            let segV = ls.segment(rv, pv, lastV, into: ru)
            let newU = ls.merge(ls.merge(routeU.prefix[pu - 1], segV), routeU.suffix[lastU + 1])
            let newV = ls.merge(ls.merge(routeV.prefix[pv - 1], segU), routeV.suffix[lastV + 1])
            return ls.cost(newU, route: ru) + ls.cost(newV, route: rv) - routeU.cost - routeV.cost
        }
        guard lastU < pv || lastV < pu else { return .infinity }
        // Same route: distance lower bound first. (a, b) = first/last of the earlier segment.
        let nodes = routeU.nodes, inst = ls.inst, ev = ls.evaluator
        let (a, aEnd, b, bEnd) = lastU < pv ? (pu, lastU, pv, lastV) : (pv, lastV, pu, lastU)
        var dDelta = inst.distance(nodes[a - 1], nodes[b]) + inst.distance(nodes[aEnd], nodes[bEnd + 1])
            - inst.distance(nodes[a - 1], nodes[a]) - inst.distance(nodes[bEnd], nodes[bEnd + 1])
        if aEnd + 1 == b {
            dDelta += inst.distance(nodes[bEnd], nodes[a]) - inst.distance(nodes[aEnd], nodes[b])
        } else {
            dDelta += inst.distance(nodes[bEnd], nodes[aEnd + 1]) + inst.distance(nodes[b - 1], nodes[a])
                - inst.distance(nodes[aEnd], nodes[aEnd + 1]) - inst.distance(nodes[b - 1], nodes[b])
        }
        let lb = ev.unitDistance[routeU.type] * Double(routeU.total.distance + dDelta) + ev.fixedCost[routeU.type] - routeU.cost
        if lb >= 0 { return lb }
        let segU = ls.segment(ru, pu, lastU, into: ru)
        let segV = ls.segment(rv, pv, lastV, into: ru)
        var new: SegmentData
        if lastU < pv {
            new = ls.merge(routeU.prefix[pu - 1], segV)
            if lastU + 1 <= pv - 1 { new = ls.merge(new, ls.segment(ru, lastU + 1, pv - 1, into: ru)) }
            new = ls.merge(ls.merge(new, segU), routeU.suffix[lastV + 1])
        } else if lastV < pu {
            new = ls.merge(routeU.prefix[pv - 1], segU)
            if lastV + 1 <= pu - 1 { new = ls.merge(new, ls.segment(ru, lastV + 1, pu - 1, into: ru)) }
            new = ls.merge(ls.merge(new, segV), routeU.suffix[lastU + 1])
        } else {
            return .infinity
        }
        return ls.cost(new, route: ru) - routeU.cost
    }

    /// Applies the move (assumed valid). O(route length).
    func apply(_ u: Int, _ v: Int, _ ls: LocalSearch) {
        let ru = ls.routeOf[u], pu = ls.posOf[u]
        let rv = ls.routeOf[v], pv = ls.posOf[v]
        let segU = Array(ls.routes[ru].nodes[pu..<(pu + n)])
        let segV = Array(ls.routes[rv].nodes[pv..<(pv + m)])
        if ru != rv {
            var cu = Array(ls.clients(ru)); cu.replaceSubrange((pu - 1)..<(pu - 1 + n), with: segV)
            var cv = Array(ls.clients(rv)); cv.replaceSubrange((pv - 1)..<(pv - 1 + m), with: segU)
            ls.setClients(ru, cu[...])
            ls.setClients(rv, cv[...])
        } else {
            var c = Array(ls.clients(ru))
            if pu < pv {
                c.replaceSubrange((pv - 1)..<(pv - 1 + m), with: segU)
                c.replaceSubrange((pu - 1)..<(pu - 1 + n), with: segV)
            } else {
                c.replaceSubrange((pu - 1)..<(pu - 1 + n), with: segV)
                c.replaceSubrange((pv - 1)..<(pv - 1 + m), with: segU)
            }
            ls.setClients(ru, c[...])
        }
    }
}
