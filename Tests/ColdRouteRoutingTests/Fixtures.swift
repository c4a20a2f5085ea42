@testable import ColdRouteRouting

/// Tiny instances whose optimum is known, and random ones for property tests.
enum Fixtures {
    /// Distance matrix of points on a line (depots first).
    static func line(_ xs: [Int]) -> [[Int]] { xs.map { a in xs.map { b in abs(a - b) } } }

    /// Depot at 0; clients at +10, +20, −10, −20, demand 1; 2 vehicles of capacity 2.
    /// Optimum: [+10, +20] and [−10, −20], distance 80.
    static func fourOnALine() throws -> RoutingInstance {
        try RoutingInstance(depots: [RoutingDepot()],
                            clients: [10, 20, -10, -20].map { _ in RoutingClient(demand: 1) },
                            vehicleTypes: [RoutingVehicleType(capacity: 2, count: 2)],
                            distances: line([0, 10, 20, -10, -20]))
    }

    /// Clients at +10 and −10 with shelf life 25 for ambient (class 0) and 40 for refrigerated
    /// (class 1). One trip 0→a→b→0 costs 40 + 5 fixed but the first client rides 30.
    /// Vehicles drive at most `maxTrips` trips (default one).
    static func shelfLife(refrigerated: Bool, limits: Bool = true, maxTrips: Int? = 1) throws -> RoutingInstance {
        let ride: [Int: Int] = limits ? [0: 25, 1: 40] : [:]
        var types = [RoutingVehicleType(capacity: 10, count: 2, fixedCost: 5, rideClass: 0, maxTrips: maxTrips)]
        if refrigerated { types.append(RoutingVehicleType(capacity: 10, count: 1, fixedCost: 5, rideClass: 1, maxTrips: maxTrips)) }
        return try RoutingInstance(depots: [RoutingDepot()],
                                   clients: [RoutingClient(demand: 1, maxRideTime: ride), RoutingClient(demand: 1, maxRideTime: ride)],
                                   vehicleTypes: types, distances: line([0, 10, -10]))
    }

    /// A random instance with windows, service, shelf lives, two vehicle types and classes;
    /// `multiTrip` adds unloading (7), receiving until 900, and `returnBy` on a third of the clients.
    static func random(clients n: Int, seed: UInt64, depots: Int = 1, multiTrip: Bool = false) throws -> RoutingInstance {
        var rng = Xoshiro256(seed: seed)
        let points = (0..<(depots + n)).map { _ in (Int.random(in: 0...100, using: &rng), Int.random(in: 0...100, using: &rng)) }
        let dist = points.map { a in points.map { b in
            Int((Double((a.0 - b.0) * (a.0 - b.0) + (a.1 - b.1) * (a.1 - b.1))).squareRoot().rounded())
        } }
        let horizon = 1000
        let clients = (0..<n).map { _ in
            let ready = Int.random(in: 0...600, using: &rng)
            let deadline = multiTrip && Int.random(in: 0..<3, using: &rng) == 0 ? ready + Int.random(in: 50...400, using: &rng) : nil
            return RoutingClient(demand: Int.random(in: 1...10, using: &rng), readyTime: ready,
                                 dueTime: ready + Int.random(in: 30...300, using: &rng), serviceTime: Int.random(in: 0...20, using: &rng),
                                 maxRideTime: [0: Int.random(in: 150...400, using: &rng), 1: Int.random(in: 300...800, using: &rng)],
                                 prize: Bool.random(using: &rng) && n > 8 && Int.random(in: 0..<4, using: &rng) == 0 ? Double.random(in: 10...80, using: &rng) : nil,
                                 returnBy: deadline)
        }
        let types = (0..<depots).flatMap { d in [
            RoutingVehicleType(capacity: 30, count: 3, depot: d, fixedCost: 10, rideClass: 0, maxDuration: 500),
            RoutingVehicleType(capacity: 40, count: 2, depot: d, fixedCost: 20, unitDistanceCost: 1.5, rideClass: 1),
        ] }
        return try RoutingInstance(depots: (0..<depots).map { _ in multiTrip ? RoutingDepot(readyTime: 0, dueTime: 900, unloadTime: 7) : RoutingDepot(readyTime: 0, dueTime: horizon) },
                                   clients: clients, vehicleTypes: types, distances: dist)
    }

    /// Random routes over the routable clients for `inst` (may be infeasible).
    static func randomRoutes(_ inst: RoutingInstance, using rng: inout Xoshiro256) -> [(type: Int, visits: [Int])] {
        var clients = inst.clientNodes.filter { inst.uncoverable[$0] == nil && (inst.required($0) || Bool.random(using: &rng)) }
        clients.shuffle(using: &rng)
        var routes: [(type: Int, visits: [Int])] = []
        var slots = inst.vehicleTypes.enumerated().flatMap { t, v in Array(repeating: t, count: v.count) }
        slots.shuffle(using: &rng)
        let k = min(slots.count, 4)
        for r in 0..<k { routes.append((slots[r], Array(clients[(r * clients.count / k)..<((r + 1) * clients.count / k)]))) }
        return routes
    }
}
