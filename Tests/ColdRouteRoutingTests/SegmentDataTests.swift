import Testing
@testable import ColdRouteRouting

@Suite("Segment data and cost evaluation")
struct SegmentDataTests {
    /// Segment concatenation must agree with the independent checker on every random route:
    /// distance, load, and (for routes without time warp) ride-time and shift feasibility.
    @Test func segmentsAgreeWithChecker() throws {
        var rng = Xoshiro256(seed: 7)
        var checkedRide = 0
        for seed in 0..<20 {
            let inst = try Fixtures.random(clients: 15, seed: UInt64(seed))
            let ls = LocalSearch(instance: inst, evaluator: PenaltyManager(instance: inst).evaluator, neighbours: [])
            for _ in 0..<20 {
                var visits = inst.clientNodes.filter { _ in Int.random(in: 0..<4, using: &rng) == 0 }
                visits.shuffle(using: &rng)
                // Sort most by ready time so that some routes are time-feasible.
                if Bool.random(using: &rng) { visits.sort { inst.ready[$0] < inst.ready[$1] } }
                let type = Int.random(in: 0..<2, using: &rng)
                ls.load([(type, visits)])
                let total = ls.routes.first { $0.clientCount > 0 }?.total ?? ls.routes[0].total
                let sol = RoutingSolution(instance: inst, routes: [(type, visits)])
                let violations = sol.routes.isEmpty ? [] : RoutingChecker.checkRoute(0, sol.routes[0], inst)
                #expect(total.distance == (sol.routes.first?.distance ?? 0))
                #expect(total.load == (sol.routes.first?.load ?? 0))
                let windowOK = !violations.contains { if case .timeWindow = $0 { true } else if case .shiftEnd = $0 { true } else { false } }
                #expect(windowOK == (total.span(inst).timeWarp == 0))
                if total.span(inst).timeWarp == 0 {
                    let rideOK = !violations.contains { if case .rideTime = $0 { true } else { false } }
                    #expect(rideOK == (total.rideExcess == 0))
                    if let route = sol.routes.first {
                        let worst = route.stops.compactMap { s in inst.maxRideTime(node: s.node, rideClass: inst.vehicleTypes[type].rideClass).map { s.rideTime - $0 } }.max() ?? 0
                        #expect(max(0, worst) == total.rideExcess)
                        #expect(route.duration == total.span(inst).duration)
                        checkedRide += 1
                    }
                }
            }
        }
        #expect(checkedRide > 20)
    }

    /// With waiting: a client whose window opens late must not count the waiting before its
    /// own service but does count waiting after an earlier pickup.
    @Test func rideTimeCountsWaitingAfterPickupOnly() throws {
        // Depot 0, a at 10 (window [0, 100]), b at 20 (window [100, 200]); no service.
        let inst = try RoutingInstance(depots: [RoutingDepot(readyTime: 0, dueTime: 1000)],
                                       clients: [RoutingClient(demand: 1, readyTime: 0, dueTime: 100, maxRideTime: [0: 100]),
                                                 RoutingClient(demand: 1, readyTime: 100, dueTime: 200, maxRideTime: [0: 100])],
                                       vehicleTypes: [RoutingVehicleType(capacity: 5, count: 1)],
                                       distances: Fixtures.line([0, 10, 20]))
        // Best schedule: leave a at 90, reach b at 100, back at 120: a rides 30, b rides 20.
        let sol = RoutingSolution(instance: inst, routes: [(0, [1, 2])])
        #expect(sol.routes[0].stops.map(\.rideTime) == [30, 20])
        #expect(sol.routes[0].duration == 40)
        let ls = LocalSearch(instance: inst, evaluator: PenaltyManager(instance: inst).evaluator, neighbours: [])
        ls.load([(0, [1, 2])])
        #expect(ls.routes[0].total.rideExcess == 0)
        #expect(ls.routes[0].total.span(inst).duration == 40)
        #expect(RoutingChecker.isFeasible(sol, in: inst))
        // b before a: b's window opens at 100, then a at 110 > its due 100: infeasible.
        #expect(!RoutingChecker.isFeasible(RoutingSolution(instance: inst, routes: [(0, [2, 1])]), in: inst))
    }

    /// The same agreement on vehicle days of several trips, with unloading, receiving hours and
    /// `returnBy` deadlines: distance, load, timing feasibility, per-trip load excess and ride
    /// excess, and the day's duration.
    @Test func multiTripSegmentsAgreeWithChecker() throws {
        var rng = Xoshiro256(seed: 11)
        var checkedRide = 0, multi = 0
        for seed in 0..<20 {
            let inst = try Fixtures.random(clients: 15, seed: UInt64(seed), multiTrip: true)
            let ls = LocalSearch(instance: inst, evaluator: PenaltyManager(instance: inst).evaluator, neighbours: [])
            for _ in 0..<30 {
                var visits = inst.clientNodes.filter { _ in Int.random(in: 0..<3, using: &rng) == 0 }
                visits.shuffle(using: &rng)
                if Bool.random(using: &rng) { visits.sort { inst.ready[$0] < inst.ready[$1] } }
                var nodes = [Int]()
                for v in visits {
                    if !nodes.isEmpty, Int.random(in: 0..<3, using: &rng) == 0 { nodes.append(0) }
                    nodes.append(v)
                }
                let type = Int.random(in: 0..<2, using: &rng)
                ls.load([(type, nodes)])
                let total = ls.routes.first { $0.clientCount > 0 }?.total ?? ls.routes[0].total
                let sol = RoutingSolution(instance: inst, routes: [(vehicleType: type, trips: inst.trips(of: nodes))])
                guard let route = sol.routes.first else { continue }
                if route.trips.count > 1 { multi += 1 }
                let violations = RoutingChecker.checkRoute(0, route, inst)
                #expect(total.distance == route.distance)
                #expect(total.load == route.load)
                let excess = route.trips.reduce(0) { $0 + max(0, $1.load - inst.vehicleTypes[type].capacity) }
                #expect(excess == total.closedExcessLoad)
                let timing = violations.contains {
                    switch $0 {
                    case .timeWindow, .shiftEnd, .depotReceiving, .returnBy: true
                    default: false
                    }
                }
                let span = total.span(inst)
                #expect(timing == (span.timeWarp > 0), "\(nodes) \(violations)")
                if span.timeWarp == 0 {
                    let worst = route.stops.compactMap { s in inst.maxRideTime(node: s.node, rideClass: inst.vehicleTypes[type].rideClass).map { s.rideTime - $0 } }.max() ?? 0
                    #expect(max(0, worst) == total.rideExcess, "\(nodes)")
                    let rideOK = !violations.contains { if case .rideTime = $0 { true } else { false } }
                    #expect(rideOK == (total.rideExcess == 0))
                    #expect(route.duration == span.duration, "\(nodes)")
                    checkedRide += 1
                }
            }
        }
        #expect(checkedRide > 20 && multi > 50)
    }
}
