import Testing
@testable import ColdRouteRouting

@Suite("Hybrid genetic search on tiny instances")
struct SolverTests {
    func solve(_ inst: RoutingInstance, iterations: Int = 300, seed: UInt64 = 1) -> RoutingResult {
        var rng = Xoshiro256(seed: seed)
        var p = HybridGeneticSearch.Parameters()
        p.minimumPopulation = 5; p.generationSize = 10
        let result = HybridGeneticSearch(instance: inst, parameters: p).solve(stop: MaxIterations(iterations), using: &rng)
        #expect(RoutingChecker.violations(of: result.solution, in: inst) == result.violations)
        return result
    }

    @Test func fourOnALineOptimum() throws {
        let inst = try Fixtures.fourOnALine()
        let r = solve(inst)
        #expect(r.isFeasible)
        #expect(r.solution.distance == 80)
        #expect(Set(r.solution.routes.map { Set($0.visits) }) == [[1, 2], [3, 4]])
    }

    @Test func timeWindowsForceOrder() throws {
        // Clients at 10 (window [25, 100]) and 20 (window [0, 25]): only 20 first works.
        let inst = try RoutingInstance(depots: [RoutingDepot()],
                                       clients: [RoutingClient(demand: 1, readyTime: 25, dueTime: 100),
                                                 RoutingClient(demand: 1, readyTime: 0, dueTime: 25)],
                                       vehicleTypes: [RoutingVehicleType(capacity: 5, count: 1)],
                                       distances: Fixtures.line([0, 10, 20]))
        let r = solve(inst)
        #expect(r.isFeasible)
        #expect(r.solution.routes.map(\.visits) == [[2, 1]])
        #expect(r.solution.distance == 40)
    }

    @Test func shelfLifeChangesThePlan() throws {
        // No shelf life: one ambient trip, 40 + 5 = 45.
        let free = solve(try Fixtures.shelfLife(refrigerated: false, limits: false))
        #expect(free.isFeasible && free.solution.routes.count == 1 && free.cost == 45)
        // Ambient shelf life 25 < 30: two out-and-back trips, 40 + 10 = 50.
        let ambient = solve(try Fixtures.shelfLife(refrigerated: false))
        #expect(ambient.isFeasible && ambient.solution.routes.count == 2 && ambient.cost == 50)
        // A refrigerated van (shelf life 40) does it in one trip again.
        let cold = solve(try Fixtures.shelfLife(refrigerated: true))
        #expect(cold.isFeasible && cold.cost == 45)
        #expect(cold.solution.routes.map(\.vehicleType) == [1])
        #expect(cold.solution.routes[0].stops.map(\.rideTime).max() == 30)
    }

    @Test func fleetLimitIsRespected() throws {
        let clients = (0..<3).map { _ in RoutingClient(demand: 1) }
        let enough = try RoutingInstance(depots: [RoutingDepot()], clients: clients,
                                         vehicleTypes: [RoutingVehicleType(capacity: 1, count: 3)], distances: Fixtures.line([0, 5, 6, 7]))
        let ok = solve(enough)
        #expect(ok.isFeasible && ok.solution.routes.count == 3, "\(ok.violations) \(ok.solution.routes.map(\.visits))")
        let short = try RoutingInstance(depots: [RoutingDepot()], clients: clients,
                                        vehicleTypes: [RoutingVehicleType(capacity: 1, count: 2, maxTrips: 1)], distances: Fixtures.line([0, 5, 6, 7]))
        let bad = solve(short)
        #expect(!bad.isFeasible)
        #expect(bad.solution.routes.count <= 2)
        #expect(bad.violations.contains { if case .capacity = $0 { true } else { false } })
    }

    @Test func optionalAndUncoverableClientsAreLeftOutWithAReason() throws {
        let inst = try RoutingInstance(
            depots: [RoutingDepot(readyTime: 0, dueTime: 100)],
            clients: [RoutingClient(demand: 1),                               // node 1: required
                      RoutingClient(demand: 1, prize: 5),                     // node 2: far, prize 5 < detour 80
                      RoutingClient(demand: 1, prize: 500),                   // node 3: far, prize pays
                      RoutingClient(demand: 50),                              // node 4: too heavy
                      RoutingClient(demand: 1, maxRideTime: [0: 3])],         // node 5: spoils on the way
            vehicleTypes: [RoutingVehicleType(capacity: 10, count: 2)],
            distances: Fixtures.line([0, 5, 45, -45, 6, 8]))
        let r = solve(inst)
        #expect(r.isFeasible)
        let reasons = Dictionary(uniqueKeysWithValues: r.solution.unassigned.map { ($0.node, $0.reason) })
        #expect(reasons == [2: .notProfitable, 4: .demandExceedsCapacity, 5: .shelfLifeTooShort])
        #expect(Set(r.solution.routes.flatMap(\.visits)) == [1, 3])
        #expect(r.cost == 10 + 90 + 5)
    }

    @Test func constructionAndRoutePool() throws {
        let inst = try Fixtures.random(clients: 30, seed: 3)
        let start = Construction.cheapestInsertion(inst)
        #expect(RoutingChecker.violations(of: start, in: inst).allSatisfy { if case .requiredNotVisited = $0 { false } else { true } } || !start.unassigned.isEmpty)
        let r = solve(inst, iterations: 200)
        #expect(r.isFeasible)
        #expect(!r.routePool.isEmpty)
        let keys = r.routePool.map { [$0.vehicleType] + $0.trips.flatMap { $0 + [-1] } }
        #expect(Set(keys).count == keys.count)
        for route in r.routePool {
            #expect(route.visits == route.trips.flatMap { $0 } && !route.visits.isEmpty)
            let single = RoutingSolution(instance: inst, routes: [(vehicleType: route.vehicleType, trips: route.trips)])
            #expect(RoutingChecker.checkRoute(0, single.routes[0], inst).isEmpty)
        }
    }

    /// Two depots, two vehicle types per depot, windows, shift limits, shelf lives, optional
    /// clients: the search must return a plan the checker accepts and reasons for left-outs.
    @Test(arguments: [11, 12, 13] as [UInt64])
    func multiDepotHeterogeneousFleet(seed: UInt64) throws {
        let inst = try Fixtures.random(clients: 30, seed: seed, depots: 2)
        let r = solve(inst, iterations: 150, seed: seed)
        #expect(r.isFeasible, "\(r.violations)")
        for route in r.solution.routes {
            #expect(route.visits.allSatisfy { inst.required($0) || inst.prize($0) > 0 })
            for stop in route.stops {
                if let limit = inst.maxRideTime(node: stop.node, rideClass: inst.vehicleTypes[route.vehicleType].rideClass) {
                    #expect(stop.rideTime <= limit)
                }
            }
        }
        let visited = Set(r.solution.routes.flatMap(\.visits))
        #expect(visited.count + r.solution.unassigned.count == inst.clientCount)
        #expect(r.solution.unassigned.allSatisfy { !inst.required($0.node) || inst.uncoverable[$0.node] != nil })
    }

    @Test func nothingToRouteIsAResultNotAFailure() throws {
        let inst = try RoutingInstance(depots: [RoutingDepot()], clients: [RoutingClient(demand: 9)],
                                       vehicleTypes: [RoutingVehicleType(capacity: 5, count: 1)], distances: Fixtures.line([0, 3]))
        let r = solve(inst, iterations: 20)
        #expect(r.isFeasible && r.solution.routes.isEmpty)
        #expect(r.solution.unassigned == [.init(node: 1, reason: .demandExceedsCapacity)])
    }

    @Test func sameSeedSameResult() throws {
        let inst = try Fixtures.random(clients: 30, seed: 4)
        #expect(solve(inst, iterations: 100, seed: 9).solution == solve(inst, iterations: 100, seed: 9).solution)
    }
}
