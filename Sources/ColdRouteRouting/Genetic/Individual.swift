/// A complete solution in the genetic search: routes plus the measures needed to price it
/// under any penalty weights, and each client's neighbours for the broken-pairs distance.
struct Individual: Sendable {
    /// Inner nodes per route: clients, and depot nodes where the vehicle reloads between trips.
    var routes: [(type: Int, visits: [Int])]
    /// Route costs plus the prizes of optional clients left out (no penalties).
    var objective: Double
    var excessLoad: Int
    var timeExcess: Int
    var rideExcess: Int
    var missingRequired: Int
    /// Successor and predecessor per node (−1 for a depot, −2 when not visited).
    var successor: [Int32]
    var predecessor: [Int32]

    var isFeasible: Bool { excessLoad == 0 && timeExcess == 0 && rideExcess == 0 && missingRequired == 0 }

    /// Penalised cost under `ev`. O(1).
    func penalisedCost(_ ev: CostEvaluator) -> Double {
        objective + ev.loadPenalty * Double(excessLoad) + ev.timeWarpPenalty * Double(timeExcess)
            + ev.ridePenalty * Double(rideExcess) + (missingRequired > 0 ? 1e12 * Double(missingRequired) : 0)
    }

    /// Snapshot of the local search state. O(n).
    init(from ls: LocalSearch) {
        let n = ls.inst.nodeCount
        routes = []
        objective = 0; excessLoad = 0; timeExcess = 0; rideExcess = 0; missingRequired = 0
        successor = [Int32](repeating: -2, count: n)
        predecessor = [Int32](repeating: -2, count: n)
        let ev = ls.evaluator
        for route in ls.routes where route.clientCount > 0 {
            let total = route.total
            objective += ev.objective(total, type: route.type)
            excessLoad += ev.excessLoad(total, type: route.type)
            timeExcess += ev.timeExcess(total, type: route.type)
            rideExcess += total.rideExcess
            let visits = Array(route.nodes.dropFirst().dropLast())
            let depots = ls.inst.depotCount
            for (k, v) in visits.enumerated() where v >= depots {
                predecessor[v] = k == 0 || visits[k - 1] < depots ? -1 : Int32(visits[k - 1])
                successor[v] = k == visits.count - 1 || visits[k + 1] < depots ? -1 : Int32(visits[k + 1])
            }
            routes.append((route.type, visits))
        }
        for u in ls.routable where ls.routeOf[u] < 0 {
            if ls.inst.required(u) { missingRequired += 1 } else { objective += ls.inst.prize(u) }
        }
    }

    /// Broken-pairs distance in [0, 1]: share of clients whose successor differs, plus those
    /// that start a route in `self` but not in `other` (Prins 2009; PyVRP). O(n).
    func brokenPairsDistance(to other: Individual, clients: Range<Int>) -> Double {
        var count = 0
        for j in clients {
            if successor[j] != other.successor[j] { count += 1 }
            if predecessor[j] == -1 && other.predecessor[j] != -1 { count += 1 }
        }
        return Double(count) / Double(max(1, clients.count))
    }
}
