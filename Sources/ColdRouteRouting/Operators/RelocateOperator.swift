/// Relocate (length 1) and Or-opt (length 2 or 3): move the segment that starts at client `u`
/// to just after position `q` of route `rv`.
///
/// Or-opt is from I. Or, "Traveling salesman-type combinatorial problems and their relation to
/// the logistics of regional blood banking", PhD thesis, Northwestern University, 1976; the
/// segment evaluation is PyVRP's `Exchange<N, 0>`. `evaluate` returns the change of penalised
/// cost in O(1) between routes and O(distance between the positions) within a route; `apply`
/// rebuilds the touched routes in O(n). Invalid moves evaluate to `+∞`.
struct RelocateOperator: Sendable {
    let length: Int

    init(length: Int) { self.length = length }

    /// Change of penalised cost if the move were applied; `+∞` if the move is invalid.
    func evaluate(_ u: Int, _ rv: Int, _ q: Int, _ ls: LocalSearch) -> Double {
        let ru = ls.routeOf[u], pu = ls.posOf[u]
        let lastU = pu + length - 1
        guard lastU <= ls.routes[ru].clientCount else { return .infinity }
        let routeU = ls.routes[ru]
        if ru != rv {
            let routeV = ls.routes[rv]
            if length > 1, ls.reloadCannotMove(ru, pu, lastU, to: rv) { return .infinity }
            // Quick lower bound on distance alone.
            let nodesU = routeU.nodes, nodesV = routeV.nodes
            let inner = ls.segmentDistance(ru, pu, lastU)
            let dU = ls.inst.distance(nodesU[pu - 1], nodesU[lastU + 1]) - ls.inst.distance(nodesU[pu - 1], nodesU[pu]) - ls.inst.distance(nodesU[lastU], nodesU[lastU + 1]) - inner
            let dV = ls.inst.distance(nodesV[q], nodesU[pu]) + ls.inst.distance(nodesU[lastU], nodesV[q + 1]) - ls.inst.distance(nodesV[q], nodesV[q + 1]) + inner
            let ev = ls.evaluator
            let emptiesU = routeU.clientCount == length
            let lbU = emptiesU ? 0 : ev.unitDistance[routeU.type] * Double(routeU.total.distance + dU) + ev.fixedCost[routeU.type]
            let lbV = ev.unitDistance[routeV.type] * Double(routeV.total.distance + dV) + ev.fixedCost[routeV.type]
            let lb = lbU + lbV - routeU.cost - routeV.cost
            if lb >= 0 { return lb }
            let seg = ls.segment(ru, pu, lastU, into: rv)
            let newU = ls.merge(routeU.prefix[pu - 1], routeU.suffix[lastU + 1])
            let newV = ls.merge(ls.merge(routeV.prefix[q], seg), routeV.suffix[q + 1])
            return ls.cost(newU, route: ru) + ls.cost(newV, route: rv) - routeU.cost - routeV.cost
        }
        guard q < pu - 1 || q > lastU else { return .infinity }
        // Same route: distance lower bound first (the arcs changed are the same in both cases).
        let nodes = routeU.nodes, inst = ls.inst, ev = ls.evaluator
        let dDelta = inst.distance(nodes[q], nodes[pu]) + inst.distance(nodes[lastU], nodes[q + 1]) + inst.distance(nodes[pu - 1], nodes[lastU + 1])
            - inst.distance(nodes[q], nodes[q + 1]) - inst.distance(nodes[pu - 1], nodes[pu]) - inst.distance(nodes[lastU], nodes[lastU + 1])
        let lb = ev.unitDistance[routeU.type] * Double(routeU.total.distance + dDelta) + ev.fixedCost[routeU.type] - routeU.cost
        if lb >= 0 { return lb }
        let seg = ls.segment(ru, pu, lastU, into: ru)
        let new: SegmentData
        if q < pu - 1 {
            new = ls.merge(ls.merge(ls.merge(routeU.prefix[q], seg), ls.segment(ru, q + 1, pu - 1, into: ru)), routeU.suffix[lastU + 1])
        } else if q > lastU {
            new = ls.merge(ls.merge(ls.merge(routeU.prefix[pu - 1], ls.segment(ru, lastU + 1, q, into: ru)), seg), routeU.suffix[q + 1])
        } else {
            return .infinity
        }
        return ls.cost(new, route: ru) - routeU.cost
    }

    /// Applies the move (assumed valid). O(n).
    func apply(_ u: Int, _ rv: Int, _ q: Int, _ ls: LocalSearch) {
        let ru = ls.routeOf[u], pu = ls.posOf[u]
        let nodesU = ls.routes[ru].nodes
        let seg = nodesU[pu..<(pu + length)]
        if ru != rv {
            var cu = Array(ls.clients(ru)); cu.removeSubrange((pu - 1)..<(pu - 1 + length))
            var cv = Array(ls.clients(rv)); cv.insert(contentsOf: seg, at: q)
            ls.setClients(ru, cu[...])
            ls.setClients(rv, cv[...])
        } else {
            var c = Array(nodesU.dropFirst().dropLast())
            c.removeSubrange((pu - 1)..<(pu - 1 + length))
            let at = q < pu ? q : q - length
            c.insert(contentsOf: seg, at: at)
            ls.setClients(ru, c[...])
        }
    }
}
