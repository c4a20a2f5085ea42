import Testing
@testable import ColdRouteRouting

/// Every operator's `evaluate` must match the cost change measured by rebuilding all routes
/// from scratch after `apply` (exactly when it reports an improvement; as a lower bound else).
@Suite("Local-search operators")
struct OperatorTests {
    /// Penalised cost of the LS state recomputed from scratch in a fresh local search.
    func recomputedCost(_ ls: LocalSearch) -> Double {
        let fresh = LocalSearch(instance: ls.inst, evaluator: ls.evaluator, neighbours: [])
        fresh.load(ls.routes.map { ($0.type, Array($0.nodes.dropFirst().dropLast())) })
        return fresh.routes.reduce(0) { $0 + $1.cost }
    }

    func check(_ name: String, depots: Int, multiTrip: Bool = false, minimumMoves: Int = 100, _ body: (LocalSearch, Int, Int, inout Xoshiro256) -> (Double, () -> Void)?) throws {
        var rng = Xoshiro256(seed: 42)
        var exact = 0, bounded = 0
        for seed in 0..<8 {
            let inst = try Fixtures.random(clients: 25, seed: UInt64(100 + seed), depots: depots, multiTrip: multiTrip)
            let ls = LocalSearch(instance: inst, evaluator: PenaltyManager(instance: inst).evaluator, neighbours: [])
            var routes = Fixtures.randomRoutes(inst, using: &rng)
            if multiTrip {
                // Reloads at random places (the route's own depot).
                routes = routes.map { r in
                    let d = inst.vehicleTypes[r.type].depot
                    var nodes = [Int]()
                    for v in r.visits {
                        if !nodes.isEmpty, Int.random(in: 0..<3, using: &rng) == 0 { nodes.append(d) }
                        nodes.append(v)
                    }
                    return (r.type, nodes)
                }
            }
            ls.load(routes)
            for _ in 0..<150 {
                let assigned = ls.routable.filter { ls.routeOf[$0] >= 0 }
                let u = assigned.randomElement(using: &rng)!, v = assigned.randomElement(using: &rng)!
                guard let (delta, apply) = body(ls, u, v, &rng), delta.isFinite else { continue }
                let before = recomputedCost(ls)
                let snapshot = ls.routes.map { ($0.type, $0.nodes) }
                let uu = (u, ls.routeOf[u], ls.posOf[u], v, ls.routeOf[v], ls.posOf[v])
                apply()
                let after = recomputedCost(ls)
                #expect(abs(ls.routes.reduce(0) { $0 + $1.cost } - after) < 1e-6, "\(name): cached cost drifted")
                if delta < 0 {
                    #expect(abs((after - before) - delta) < 1e-6, "\(name): evaluate \(delta) vs actual \(after - before)")
                    exact += 1
                } else {
                    #expect(after - before >= delta - 1e-6, "\(name): bound \(delta) above actual \(after - before) \(uu) \(snapshot) -> \(ls.routes.map { ($0.type, $0.nodes) })")
                    bounded += 1
                }
                // Every client still appears exactly once.
                let visits = ls.routes.flatMap { $0.nodes.dropFirst().dropLast() }.filter { $0 >= inst.depotCount }
                #expect(Set(visits).count == visits.count, "\(name): duplicated client")
            }
        }
        #expect(exact + bounded > minimumMoves, "\(name): too few valid moves tested")
    }

    @Test(arguments: [1, 2, 3], [1, 2])
    func relocateAndOrOpt(length: Int, depots: Int) throws {
        let op = RelocateOperator(length: length)
        try check("relocate(\(length))", depots: depots) { ls, u, v, rng in
            let rv = ls.routeOf[v], q = Bool.random(using: &rng) ? ls.posOf[v] : 0
            let rvAny = Int.random(in: 0..<4, using: &rng) == 0 ? Int.random(in: 0..<ls.routes.count, using: &rng) : rv
            let qq = rvAny == rv ? q : 0
            return (op.evaluate(u, rvAny, qq, ls), { op.apply(u, rvAny, qq, ls) })
        }
    }

    /// The node operators across reloads (segments may contain a reload, positions may follow one).
    @Test(arguments: [1, 2, 3], [1, 2])
    func relocateAcrossReloads(length: Int, depots: Int) throws {
        let op = RelocateOperator(length: length)
        try check("relocate(\(length)) multi-trip", depots: depots, multiTrip: true) { ls, u, v, rng in
            let rv = ls.routeOf[v], q = Bool.random(using: &rng) ? ls.posOf[v] : ls.posOf[v] - 1
            return (op.evaluate(u, rv, q, ls), { op.apply(u, rv, q, ls) })
        }
    }

    @Test(arguments: [(1, 1), (2, 1), (2, 2), (3, 3)], [1, 2])
    func exchangeAcrossReloads(sizes: (Int, Int), depots: Int) throws {
        let op = CrossExchangeOperator(sizes.0, sizes.1)
        try check("exchange\(sizes) multi-trip", depots: depots, multiTrip: true) { ls, u, v, _ in
            (op.evaluate(u, v, ls), { op.apply(u, v, ls) })
        }
    }

    @Test(arguments: [1, 2])
    func twoOptStarAcrossReloads(depots: Int) throws {
        let op = TwoOptStarOperator()
        try check("2-opt* multi-trip", depots: depots, multiTrip: true) { ls, u, v, rng in
            let q = Bool.random(using: &rng) ? ls.posOf[v] : ls.posOf[v] - 1
            return (op.evaluate(u, ls.routeOf[v], q, ls), { op.apply(u, ls.routeOf[v], q, ls) })
        }
    }

    @Test(arguments: ReloadOperator.Kind.allCases)
    func reloadInsertAndRemove(kind: ReloadOperator.Kind) throws {
        let op = ReloadOperator()
        try check("reload \(kind)", depots: 1, multiTrip: true, minimumMoves: 30) { ls, u, _, _ in
            (op.evaluate(kind, u, ls), { op.apply(kind, u, ls) })
        }
    }

    @Test(arguments: [(1, 1), (2, 1), (2, 2), (3, 1), (3, 2), (3, 3)], [1, 2])
    func swapAndCrossExchange(sizes: (Int, Int), depots: Int) throws {
        let op = CrossExchangeOperator(sizes.0, sizes.1)
        try check("exchange\(sizes)", depots: depots) { ls, u, v, _ in
            (op.evaluate(u, v, ls), { op.apply(u, v, ls) })
        }
    }

    @Test(arguments: [1, 2])
    func twoOptStar(depots: Int) throws {
        let op = TwoOptStarOperator()
        try check("2-opt*", depots: depots) { ls, u, v, rng in
            let q = Bool.random(using: &rng) ? ls.posOf[v] : 0
            return (op.evaluate(u, ls.routeOf[v], q, ls), { op.apply(u, ls.routeOf[v], q, ls) })
        }
    }
}
