import Testing
@testable import ColdRouteRouting

/// Multi-trip vehicles on hand-checkable instances (points on a line, depot at 0, travel time =
/// distance): capacity, shift, shelf life, `returnBy` and receiving hours per trip.
@Suite("Multi-trip vehicles")
struct MultiTripTests {
    func solve(_ inst: RoutingInstance, iterations: Int = 200) -> RoutingResult {
        var rng = Xoshiro256(seed: 3)
        var p = HybridGeneticSearch.Parameters()
        p.minimumPopulation = 5; p.generationSize = 10
        let result = HybridGeneticSearch(instance: inst, parameters: p).solve(stop: MaxIterations(iterations), using: &rng)
        #expect(RoutingChecker.violations(of: result.solution, in: inst) == result.violations)
        return result
    }

    /// Clients at +10 and −10, demand 2 each; one vehicle of capacity 2; unloading 5.
    func twoTrips(unload: Int = 5, depotDue: Int = 1000, maxTrips: Int? = nil, shift: Int? = nil, latestEnd: Int? = nil) throws -> RoutingInstance {
        try RoutingInstance(depots: [RoutingDepot(readyTime: 0, dueTime: depotDue, unloadTime: unload)],
                            clients: [RoutingClient(demand: 2), RoutingClient(demand: 2)],
                            vehicleTypes: [RoutingVehicleType(capacity: 2, count: 1, fixedCost: 100, maxDuration: shift, latestEnd: latestEnd, maxTrips: maxTrips)],
                            distances: Fixtures.line([0, 10, -10]))
    }

    /// Capacity forces two trips of one vehicle: 0→a→0 (back 20, unload to 25), 0→b→0 (back 45,
    /// unload to 50). Distance 40, duration 50, fixed cost once: 140.
    @Test func capacityForcesTwoTrips() throws {
        let inst = try twoTrips()
        let r = solve(inst)
        #expect(r.isFeasible)
        #expect(r.solution.routes.count == 1)
        let route = try #require(r.solution.routes.first)
        #expect(route.trips.count == 2)
        #expect(Set(route.trips.map(\.visits)) == [[1], [2]])
        #expect(route.trips.map(\.startTime) == [0, 25])
        #expect(route.trips.map(\.endTime) == [20, 45])
        #expect(route.stops.map(\.trip) == [0, 1])
        #expect(route.endTime == 50 && route.duration == 50 && route.distance == 40 && route.load == 4)
        #expect(r.cost == 140)
    }

    /// With at most one trip per vehicle the single vehicle cannot serve both.
    @Test func maxTripsOneLeavesTheFleetShort() throws {
        let inst = try twoTrips(maxTrips: 1)
        let r = solve(inst)
        #expect(!r.isFeasible)
        let two = RoutingSolution(instance: inst, routes: [(vehicleType: 0, trips: [[1], [2]])])
        #expect(RoutingChecker.violations(of: two, in: inst) == [.maxTrips(route: 0, trips: 2, limit: 1)])
    }

    /// A shift of 45 forbids the unloading after the second trip (ends at 50); a shift of 50 allows it.
    @Test func shiftCountsUnloading() throws {
        let short = try twoTrips(shift: 45)
        let plan = RoutingSolution(instance: short, routes: [(vehicleType: 0, trips: [[1], [2]])])
        #expect(RoutingChecker.violations(of: plan, in: short) == [.shiftDuration(route: 0, duration: 50, limit: 45)])
        #expect(!solve(short).isFeasible)
        #expect(solve(try twoTrips(shift: 50)).isFeasible)
    }

    /// Receiving ends at 44 (the driver's shift runs to 1000): the second trip arrives at 45.
    @Test func receivingHoursBoundEveryReturn() throws {
        let inst = try twoTrips(unload: 5, depotDue: 44, latestEnd: 1000)
        let plan = RoutingSolution(instance: inst, routes: [(vehicleType: 0, trips: [[1], [2]])])
        let v = RoutingChecker.violations(of: plan, in: inst)
        #expect(v == [.depotReceiving(route: 0, trip: 1, earliestReturn: 45, due: 44)])
        #expect(!solve(inst).isFeasible)
        // Without unloading the second trip is back at 40.
        #expect(solve(try twoTrips(unload: 0, depotDue: 44, latestEnd: 1000)).isFeasible)
    }

    /// Capacity is per trip: a day of 4 on two trips of 2 is fine, one trip of 4 is not.
    @Test func capacityIsPerTrip() throws {
        let inst = try twoTrips()
        #expect(RoutingChecker.violations(of: RoutingSolution(instance: inst, routes: [(vehicleType: 0, trips: [[1, 2]])]), in: inst)
            == [.capacity(route: 0, load: 4, capacity: 2)])
        #expect(RoutingChecker.isFeasible(RoutingSolution(instance: inst, routes: [(vehicleType: 0, trips: [[1], [2]])]), in: inst))
    }

    /// Shelf life 25 per trip: one trip a→b→0 makes a ride 30; two trips make each ride 10. One
    /// vehicle (fixed cost 5) drives both: 40 + 5 = 45 (two single-trip vehicles would cost 50).
    @Test func shelfLifeIsCountedPerTrip() throws {
        let inst = try Fixtures.shelfLife(refrigerated: false, maxTrips: nil)
        let r = solve(inst)
        #expect(r.isFeasible && r.cost == 45)
        let route = try #require(r.solution.routes.first)
        #expect(r.solution.routes.count == 1 && route.trips.count == 2)
        #expect(route.stops.map(\.rideTime) == [10, 10])
        let oneTrip = RoutingSolution(instance: inst, routes: [(vehicleType: 0, trips: [[1, 2]])])
        #expect(RoutingChecker.violations(of: oneTrip, in: inst) == [.rideTime(route: 0, node: 1, rideTime: 30, limit: 25)])
    }

    /// Clients at +10 and +20. Without deadlines one trip 0→10→20→0 (40) is best. If +10 must be
    /// back by 25, it needs its own first trip: 0→10→0 (back 20), 0→20→0: distance 60.
    @Test func returnByForcesAnEarlyTrip() throws {
        func instance(_ deadline: Int?) throws -> RoutingInstance {
            try RoutingInstance(depots: [RoutingDepot(readyTime: 0, dueTime: 1000)],
                                clients: [RoutingClient(demand: 1, returnBy: deadline), RoutingClient(demand: 1)],
                                vehicleTypes: [RoutingVehicleType(capacity: 10, count: 1)],
                                distances: Fixtures.line([0, 10, 20]))
        }
        #expect(solve(try instance(nil)).solution.distance == 40)
        let inst = try instance(25)
        let r = solve(inst)
        #expect(r.isFeasible && r.solution.distance == 60)
        #expect(r.solution.routes.first?.trips.map(\.visits) == [[1], [2]])
        let late = RoutingSolution(instance: inst, routes: [(vehicleType: 0, trips: [[2, 1]])])
        #expect(RoutingChecker.violations(of: late, in: inst) == [.returnBy(route: 0, trip: 0, node: 1, earliestReturn: 40, returnBy: 25)])
    }

    /// The fleet count is vehicles: two trips of one vehicle are one route; two vehicles of a
    /// type with count 1 are too many.
    @Test func fleetCountsVehicles() throws {
        let inst = try twoTrips()
        let two = RoutingSolution(instance: inst, routes: [(vehicleType: 0, trips: [[1]]), (vehicleType: 0, trips: [[2]])])
        #expect(RoutingChecker.violations(of: two, in: inst) == [.fleetSize(type: 0, used: 2, available: 1)])
    }

    /// Huge unit costs (1e8 per unit of distance) must not make the local search cycle on
    /// rounding noise: the search ends within its budget.
    @Test func hugeCostsTerminate() throws {
        let base = try Fixtures.random(clients: 30, seed: 5)
        let types = base.vehicleTypes.map { v -> RoutingVehicleType in
            var v = v; v.unitDistanceCost *= 1e8; v.fixedCost *= 1e8; return v
        }
        let inst = try RoutingInstance(depots: base.depots, clients: base.clients, vehicleTypes: types,
                                       distances: (0..<base.nodeCount).map { i in (0..<base.nodeCount).map { base.distance(i, $0) } })
        var rng = Xoshiro256(seed: 1)
        let clock = ContinuousClock(), began = clock.now
        let r = HybridGeneticSearch(instance: inst).solve(stop: MaxRuntime(seconds: 1), using: &rng)
        #expect(clock.now - began < .seconds(60))  // a hang, not a slow machine
        #expect(!r.solution.routes.isEmpty)
    }

    /// A stop request ends the search within the local search, not only between iterations.
    @Test func stopRequestInterruptsTheLocalSearch() throws {
        let inst = try Fixtures.random(clients: 60, seed: 9)
        var rng = Xoshiro256(seed: 1)
        let clock = ContinuousClock(), began = clock.now
        let deadline = began.advanced(by: .milliseconds(300))
        let r = HybridGeneticSearch(instance: inst).solve(stop: StopRequested { ContinuousClock.now >= deadline }, using: &rng)
        // Without the check inside the local search it runs for minutes; 10 s leaves room for a loaded machine.
        #expect(clock.now - began < .seconds(60))  // a hang, not a slow machine
        #expect(!r.solution.routes.isEmpty)
    }
}
