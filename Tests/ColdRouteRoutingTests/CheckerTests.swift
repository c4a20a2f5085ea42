import Testing
@testable import ColdRouteRouting

/// The checker must catch every hand-broken rule.
@Suite("Independent checker")
struct CheckerTests {
    /// Depot [0, 100]; clients at 10 (window [0, 50], service 5) and 20 (window [0, 30]);
    /// capacity 3, demand 2 each; shift limit 60; ambient shelf life 35.
    func instance(shift: Int? = 60, ride: Int = 35, count: Int = 2) throws -> RoutingInstance {
        try RoutingInstance(depots: [RoutingDepot(readyTime: 0, dueTime: 100)],
                            clients: [RoutingClient(demand: 2, readyTime: 0, dueTime: 50, serviceTime: 5, maxRideTime: [0: ride]),
                                      RoutingClient(demand: 2, readyTime: 0, dueTime: 30, maxRideTime: [0: ride])],
                            vehicleTypes: [RoutingVehicleType(capacity: 3, count: count, maxDuration: shift)],
                            distances: Fixtures.line([0, 10, 20]))
    }

    @Test func feasiblePlanPasses() throws {
        let inst = try instance()
        #expect(RoutingChecker.violations(of: RoutingSolution(instance: inst, routes: [(0, [1]), (0, [2])]), in: inst).isEmpty)
    }

    @Test func capacity() throws {
        let inst = try instance(ride: 100)
        let v = RoutingChecker.violations(of: RoutingSolution(instance: inst, routes: [(0, [2, 1])]), in: inst)
        #expect(v == [.capacity(route: 0, load: 4, capacity: 3)])
    }

    @Test func timeWindow() throws {
        let inst = try instance()
        // 1 then 2: service at 1 from 10 to 15, reach 2 at 25 ≤ 30 fine; add lateness by order 1,2 with shift.
        let late = try RoutingInstance(depots: [RoutingDepot(readyTime: 0, dueTime: 100)],
                                       clients: [RoutingClient(demand: 1, readyTime: 0, dueTime: 50, serviceTime: 5),
                                                 RoutingClient(demand: 1, readyTime: 0, dueTime: 12)],
                                       vehicleTypes: [RoutingVehicleType(capacity: 3, count: 1)], distances: Fixtures.line([0, 10, 20]))
        #expect(RoutingChecker.violations(of: RoutingSolution(instance: late, routes: [(0, [1, 2])]), in: late)
            == [.timeWindow(route: 0, node: 2, earliestStart: 25, due: 12)])
        _ = inst
    }

    @Test func shiftLimit() throws {
        let inst = try instance(shift: 35, ride: 100)
        // Route to 2 and back: 40 > 35.
        let v = RoutingChecker.violations(of: RoutingSolution(instance: inst, routes: [(0, [1]), (0, [2])]), in: inst)
        #expect(v == [.shiftDuration(route: 1, duration: 40, limit: 35)])
    }

    @Test func shiftEnd() throws {
        let inst = try RoutingInstance(depots: [RoutingDepot(readyTime: 0, dueTime: 30)], clients: [RoutingClient(demand: 1, serviceTime: 15)],
                                       vehicleTypes: [RoutingVehicleType(capacity: 3, count: 1)], distances: Fixtures.line([0, 10]))
        #expect(RoutingChecker.violations(of: RoutingSolution(instance: inst, routes: [(0, [1])]), in: inst)
            == [.shiftEnd(route: 0, earliestReturn: 35, latestEnd: 30)])
    }

    @Test func rideTime() throws {
        let inst = try instance(shift: nil, ride: 25)
        // Different demands fit capacity 4 here; pick up 1 (service 5) then 2: produce of 1 rides 10 + 20 = 30 > 25.
        let big = try RoutingInstance(depots: inst.depots, clients: inst.clients,
                                      vehicleTypes: [RoutingVehicleType(capacity: 4, count: 1)], distances: Fixtures.line([0, 10, 20]))
        #expect(RoutingChecker.violations(of: RoutingSolution(instance: big, routes: [(0, [1, 2])]), in: big)
            == [.rideTime(route: 0, node: 1, rideTime: 30, limit: 25)])
    }

    @Test func duplicatesMissingAndFleet() throws {
        let inst = try instance(ride: 100, count: 1)
        let v = RoutingChecker.violations(of: RoutingSolution(instance: inst, routes: [(0, [1]), (0, [1])]), in: inst)
        #expect(v.contains(.visitedMoreThanOnce(node: 1)))
        #expect(v.contains(.fleetSize(type: 0, used: 2, available: 1)))
        #expect(v.contains(.requiredNotVisited(node: 2)))
    }

    @Test func tamperedReportIsCaught() throws {
        let inst = try instance()
        var sol = RoutingSolution(instance: inst, routes: [(0, [1]), (0, [2])])
        sol.routes[0].distance -= 1
        #expect(RoutingChecker.violations(of: sol, in: inst) == [.reportedValueMismatch(route: 0, field: "distance", reported: 19, recomputed: 20)])
    }
}
