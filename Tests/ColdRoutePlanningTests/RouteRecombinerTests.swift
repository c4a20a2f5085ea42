import ColdRoutePlanning
import ColdRouteRouting
import Foundation
import Testing

/// Set-partitioning recombination of the route pool never returns a worse or infeasible plan.
@Suite struct RouteRecombinerTests {
    /// Twelve clients on a circle of radius 100 around the depot, windows in two waves, capacity
    /// for four clients per vehicle, and optional clients with prizes.
    static func instance() throws -> RoutingInstance {
        let n = 12
        let points = [(0.0, 0.0)] + (0..<n).map { k in
            (100 * cos(Double(k) * 2 * .pi / Double(n)), 100 * sin(Double(k) * 2 * .pi / Double(n)))
        }
        let distances = points.map { a in points.map { b in Int(((a.0 - b.0) * (a.0 - b.0) + (a.1 - b.1) * (a.1 - b.1)).squareRoot().rounded(.up)) } }
        let clients = (0..<n).map { k in
            RoutingClient(demand: 1, readyTime: k % 2 == 0 ? 0 : 300, dueTime: k % 2 == 0 ? 400 : 800, serviceTime: 10,
                          maxRideTime: [0: 500], prize: k % 3 == 0 ? 150 : 1000)
        }
        return try RoutingInstance(depots: [RoutingDepot(readyTime: 0, dueTime: 2000)], clients: clients,
                                   vehicleTypes: [RoutingVehicleType(capacity: 4, count: 4, fixedCost: 50)],
                                   distances: distances)
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func recombinationIsFeasibleAndNoWorse(seed: UInt64) throws {
        let instance = try Self.instance()
        var rng = Xoshiro256(seed: seed)
        let result = HybridGeneticSearch(instance: instance).solve(stop: MaxIterations(200), using: &rng)
        try #require(result.isFeasible)
        #expect(!result.routePool.isEmpty)
        let improved = try RouteRecombiner.improve(result, instance: instance, timeLimit: .seconds(3))
        #expect(RoutingChecker.isFeasible(improved, in: instance), "\(RoutingChecker.violations(of: improved, in: instance))")
        #expect(improved.cost(in: instance) <= result.solution.cost(in: instance) + 1e-9)
    }
}
