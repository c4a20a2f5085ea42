import Testing
@testable import ColdRouteRouting

/// `HybridGeneticSearch.solve(stop:initial:using:)`: starting solutions (used by the
/// location-routing search to carry routes from one search to the next).
@Suite("Hybrid genetic search from starting solutions")
struct InitialSolutionTests {
    func solve(_ inst: RoutingInstance, iterations: Int, seed: UInt64,
               initial: [[(type: Int, visits: [Int])]] = []) -> RoutingResult {
        var rng = Xoshiro256(seed: seed)
        var p = HybridGeneticSearch.Parameters()
        p.minimumPopulation = 5; p.generationSize = 10
        return HybridGeneticSearch(instance: inst, parameters: p).solve(stop: MaxIterations(iterations), initial: initial, using: &rng)
    }

    static func routes(_ solution: RoutingSolution, depotOf: (Int) -> Int = { _ in 0 }) -> [(type: Int, visits: [Int])] {
        solution.routes.map { route in
            (route.vehicleType, route.trips.enumerated().flatMap { k, trip in (k > 0 ? [depotOf(route.vehicleType)] : []) + trip.visits })
        }
    }

    /// Started from a feasible solution and given no iterations, the search returns a solution at
    /// least as good (the start, educated), whatever its seed; the constructed solutions alone
    /// (same seed, no start) are worse on this instance.
    @Test func neverWorseThanAFeasibleStart() throws {
        for seed: UInt64 in [3, 11] {
            let inst = try Fixtures.random(clients: 40, seed: seed)
            let good = solve(inst, iterations: 1_500, seed: seed)
            try #require(good.isFeasible)
            let cold = solve(inst, iterations: 0, seed: seed + 100)
            let warm = solve(inst, iterations: 0, seed: seed + 100, initial: [Self.routes(good.solution)])
            #expect(warm.isFeasible)
            #expect(warm.cost <= good.cost + 1e-6)
            #expect(cold.cost > warm.cost + 1e-6, "construction alone \(cold.cost), started \(warm.cost)")
            #expect(RoutingChecker.violations(of: warm.solution, in: inst) == warm.violations)
        }
    }

    /// A start that misses clients, repeats one, names nodes the instance does not have and a
    /// vehicle type it does not have is completed: every required client is routed once.
    @Test func incompleteStartsAreCompleted() throws {
        let inst = try Fixtures.random(clients: 25, seed: 7)
        let good = solve(inst, iterations: 800, seed: 7)
        try #require(good.isFeasible)
        var start = Self.routes(good.solution)
        let dropped = start[0].visits.removeFirst()
        start[1].visits.append(start[1].visits.first!)   // a repeat
        start[1].visits.append(10_000)                   // no such node
        start.append((type: 99, visits: [dropped]))      // no such type
        let result = solve(inst, iterations: 0, seed: 1, initial: [start])
        let routed = result.solution.routes.flatMap(\.visits)
        #expect(routed.count == Set(routed).count)
        for node in inst.clientNodes where inst.required(node) && inst.uncoverable[node] == nil {
            #expect(routed.contains(node), "client \(node) not routed")
        }
        #expect(RoutingChecker.violations(of: result.solution, in: inst) == result.violations)
    }

    /// Multi-depot, multi-trip: a start whose routes carry reload-depot separators of their own
    /// depot is taken: every client routed once, feasible.
    @Test func multiDepotMultiTripStart() throws {
        let inst = try Fixtures.random(clients: 30, seed: 5, depots: 2, multiTrip: true)
        let good = solve(inst, iterations: 800, seed: 5)
        try #require(good.isFeasible)
        let start = Self.routes(good.solution) { inst.vehicleTypes[$0].depot }
        let warm = solve(inst, iterations: 0, seed: 9, initial: [start])
        #expect(warm.isFeasible)
        let routed = warm.solution.routes.flatMap(\.visits)
        #expect(routed.count == Set(routed).count)
        #expect(Set(routed) == Set(good.solution.routes.flatMap(\.visits)))
    }

    /// The same start, seed and iteration budget give the same solution.
    @Test func reproducible() throws {
        let inst = try Fixtures.random(clients: 30, seed: 2)
        let good = solve(inst, iterations: 300, seed: 2)
        let a = solve(inst, iterations: 200, seed: 4, initial: [Self.routes(good.solution)])
        let b = solve(inst, iterations: 200, seed: 4, initial: [Self.routes(good.solution)])
        #expect(a.solution == b.solution)
    }
}
