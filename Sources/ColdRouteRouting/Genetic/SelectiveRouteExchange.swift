/// Selective route exchange crossover (SREX): Y. Nagata & S. Kobayashi, "A memetic algorithm
/// for the pickup and delivery problem with time windows using selective route exchange
/// crossover", PPSN XI (2010) 536–545; the variant of PyVRP (Wouda, Lan & Kool 2024).
///
/// Routes of both parents are ordered by the polar angle of their centroid around the depot.
/// `k` consecutive routes of parent A replace `k` consecutive routes of parent B (the start in
/// B is shifted while that lowers the number of differing clients). Two children are built:
/// one drops from A's routes the clients B keeps elsewhere, the other drops them from B's
/// kept routes; clients then missing are reinserted greedily by the caller (the local
/// search). O(n + r log r) for n clients and r routes.
struct SelectiveRouteExchange {
    let instance: RoutingInstance

    typealias Routes = [(type: Int, visits: [Int])]

    /// The two children as route lists (missing clients left for reinsertion).
    func children(_ a: Individual, _ b: Individual, using rng: inout some RandomNumberGenerator) -> (Routes, Routes) {
        let ra = sortedByAngle(a.routes), rb = sortedByAngle(b.routes)
        guard !ra.isEmpty, !rb.isEmpty else { return (rb.isEmpty ? ra : rb, ra.isEmpty ? rb : ra) }
        let k = Int.random(in: 1...min(ra.count, rb.count), using: &rng)
        let startA = Int.random(in: 0..<ra.count, using: &rng)
        var startB = Int.random(in: 0..<rb.count, using: &rng)
        func selected(_ r: Routes, _ start: Int) -> Set<Int> {
            var s = Set<Int>()
            for i in 0..<k { s.formUnion(r[(start + i) % r.count].visits) }
            return s
        }
        let inA = selected(ra, startA)
        func difference(_ start: Int) -> Int { selected(rb, start).symmetricDifference(inA).count }
        var best = difference(startB)
        for step in [-1, 1] {
            var moved = true, tries = 0
            while moved && tries < rb.count {
                moved = false; tries += 1
                let s = (startB + step + rb.count) % rb.count
                let d = difference(s)
                if d < best { best = d; startB = s; moved = true }
            }
        }
        let selectedB = Set((0..<k).map { (startB + $0) % rb.count })
        var keptB = Set<Int>()
        for (i, r) in rb.enumerated() where !selectedB.contains(i) { keptB.formUnion(r.visits) }
        let fromA: Routes = (0..<k).map { ra[(startA + $0) % ra.count] }
        let keptRoutes: Routes = rb.enumerated().filter { !selectedB.contains($0.offset) }.map(\.element)
        // Child 1: B's kept routes intact, A's routes without clients B keeps.
        let child1 = keptRoutes + fromA.map { ($0.type, $0.visits.filter { !keptB.contains($0) }) }
        // Child 2: A's routes intact, B's kept routes without A's selected clients.
        let child2 = keptRoutes.map { ($0.type, $0.visits.filter { !inA.contains($0) }) } + fromA
        return (child1, child2)
    }

    /// Routes ordered by the angle of their clients' centroid seen from their depot; by first
    /// client when the instance has no coordinates. O(r log r + n).
    func sortedByAngle(_ routes: Routes) -> Routes {
        let keyed: [(Double, (type: Int, visits: [Int]))] = routes.map { r in
            let depot = instance.depots[instance.vehicleTypes[r.type].depot].location
            let clients = r.visits.filter { $0 >= instance.depotCount }
            let points = clients.compactMap { instance.client(atNode: $0).location }
            guard let d = depot, points.count == clients.count, !points.isEmpty else { return (Double(clients.first ?? 0), r) }
            let x = points.reduce(0) { $0 + $1.x } / Double(points.count) - d.x
            let y = points.reduce(0) { $0 + $1.y } / Double(points.count) - d.y
            return (Self.pseudoAngle(x, y), r)
        }
        return keyed.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// A number in [0, 4) increasing with the polar angle of (x, y) (no trigonometry). O(1).
    static func pseudoAngle(_ x: Double, _ y: Double) -> Double {
        let s = abs(x) + abs(y)
        if s == 0 { return 0 }
        if y >= 0 { return x >= 0 ? y / s : 1 - x / s }
        return x < 0 ? 2 - y / s : 3 + x / s
    }
}
