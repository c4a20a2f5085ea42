import ColdRouteModel
import ColdRouteRouting

extension LocationRoutingSearch.MultiDepotInstance {
    /// The solution's routes moved, where they overload a depot, until every depot's load fits its
    /// capacity: the multi-depot route search leaves depot capacities out (``LocationRoutingSearch/MultiDepotInstance``),
    /// and a siting that enforces them after the fact moves whatever villages its arc prices pick,
    /// not the ones the routes can spare (on the Barreto instances with binding depot capacities,
    /// coordDas150 and coordMin134, the steer was broken this way; docs/location-routing.md).
    ///
    /// **Move.** While some depot `n` carries more than its capacity: over every village `i` on a
    /// route of `n` (one client node, not split), its removal saves `c(prev, i) + c(i, next) −
    /// c(prev, next)` (plus the fixed cost when it is the route's only stop), and over every other
    /// depot `m` with room for its load, it costs the cheapest insertion into a trip of a route of
    /// `m` with room in its vehicle, or a new route from `m` (fixed cost and out and back) on a
    /// vehicle type based there; `c` is the type's cost per distance and per time unit. The cheapest
    /// move (insertion − saving) is made. Ends when no depot is over capacity or no move is
    /// possible (the siting then decides, as before). Windows, shelf life and shifts are not
    /// checked: only the routed day counts.
    ///
    /// Returns the routes per routing vehicle type as trips of client nodes. O(m · v · s) for m
    /// moves, v villages at an overloaded depot and s stops.
    func capacityRepaired(_ solution: RoutingSolution, capacities: [Double]) -> [(type: Int, trips: [[Int]])] {
        var routes = solution.routes.map { (type: $0.vehicleType, trips: $0.trips.map(\.visits)) }
        let inst = instance
        let d = inst.depotCount
        var load = [Double](repeating: 0, count: d)
        var parts = [Int: Int]()
        for k in villages.indices { parts[villages[k], default: 0] += 1 }
        for route in routes {
            for trip in route.trips { for node in trip { load[inst.vehicleTypes[route.type].depot] += Double(inst.clients[node - d].demand) } }
        }
        func cost(_ a: Int, _ b: Int, _ t: Int) -> Double {
            let type = inst.vehicleTypes[t]
            return Double(inst.distance(a, b)) * type.unitDistanceCost
                + Double(inst.duration(a, b, profile: type.durationProfile)) * type.unitDurationCost
        }
        func tripLoad(_ trip: [Int]) -> Int { trip.reduce(0) { $0 + inst.clients[$1 - d].demand } }

        for _ in 0..<inst.clients.count {
            guard let over = (0..<d).first(where: { load[$0] > capacities[$0] + 1e-6 }) else { break }
            // (route, trip, position) of the node to move; target (route or new type at depot, trip, position).
            var bestDelta = Double.infinity
            var move: (r: Int, k: Int, p: Int, target: (r: Int?, type: Int, k: Int, p: Int))?
            for (r, route) in routes.enumerated() where inst.vehicleTypes[route.type].depot == over {
                let t = route.type, home = over
                let stops = route.trips.reduce(0) { $0 + $1.count }
                for (k, trip) in route.trips.enumerated() {
                    for (p, node) in trip.enumerated() where parts[villages[node - d]] == 1 {
                        let prev = p > 0 ? trip[p - 1] : home, next = p + 1 < trip.count ? trip[p + 1] : home
                        var saving = cost(prev, node, t) + cost(node, next, t) - cost(prev, next, t)
                        if stops == 1 { saving += inst.vehicleTypes[t].fixedCost }
                        let q = inst.clients[node - d].demand
                        for m in 0..<d where m != over && load[m] + Double(q) <= capacities[m] + 1e-6 {
                            for (r2, other) in routes.enumerated() where inst.vehicleTypes[other.type].depot == m {
                                let t2 = other.type
                                for (k2, trip2) in other.trips.enumerated()
                                where tripLoad(trip2) + q <= inst.vehicleTypes[t2].capacity {
                                    let seq = [m] + trip2 + [m]
                                    for p2 in 0..<(seq.count - 1) {
                                        let delta = cost(seq[p2], node, t2) + cost(node, seq[p2 + 1], t2)
                                            - cost(seq[p2], seq[p2 + 1], t2) - saving
                                        if delta < bestDelta - 1e-9 { bestDelta = delta; move = (r, k, p, (r2, t2, k2, p2)) }
                                    }
                                }
                            }
                            for (t2, type) in inst.vehicleTypes.enumerated() where type.depot == m && type.capacity >= q {
                                let delta = type.fixedCost + cost(m, node, t2) + cost(node, m, t2) - saving
                                if delta < bestDelta - 1e-9 { bestDelta = delta; move = (r, k, p, (nil, t2, 0, 0)) }
                            }
                        }
                    }
                }
            }
            guard let move else { break }
            let node = routes[move.r].trips[move.k].remove(at: move.p)
            let q = Double(inst.clients[node - d].demand)
            load[over] -= q
            if let r2 = move.target.r {
                routes[r2].trips[move.target.k].insert(node, at: move.target.p)
                load[inst.vehicleTypes[routes[r2].type].depot] += q
            } else {
                routes.append((move.target.type, [[node]]))
                load[inst.vehicleTypes[move.target.type].depot] += q
            }
            routes[move.r].trips.removeAll { $0.isEmpty }
        }
        return routes.filter { !$0.trips.isEmpty }
    }
}
