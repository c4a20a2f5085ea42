import ColdRouteModel
@testable import ColdRoutePlanning
import ColdRouteRouting
import ColdRouteSiting
import Testing

/// Depot capacities on the multi-depot routes (`LocationRoutingSearch+Capacity.swift`), on `tiny`
/// with D0 and D1 open (MultiDepotInstanceTests.sitingAllAtD0).
@Suite struct MultiDepotCapacityTests {
    static func routed() throws -> (CountyNetwork, LocationRoutingSearch.MultiDepotInstance, RoutingSolution) {
        let (network, travel, siting) = try MultiDepotInstanceTests.sitingAllAtD0()
        let md = try #require(try LocationRoutingSearch.MultiDepotInstance(network: network, travel: travel, siting: siting, open: [0, 1]))
        var rng = Xoshiro256(seed: 5)
        let result = HybridGeneticSearch(instance: md.instance).solve(stop: MaxIterations(200), using: &rng)
        try #require(result.isFeasible)
        return (network, md, result.solution)
    }

    static func loads(_ routes: [(type: Int, trips: [[Int]])], _ md: LocationRoutingSearch.MultiDepotInstance) -> [Int] {
        var load = [Int](repeating: 0, count: md.instance.depotCount)
        for route in routes {
            for node in route.trips.joined() { load[md.instance.vehicleTypes[route.type].depot] += md.instance.clients[node - md.instance.depotCount].demand }
        }
        return load
    }

    /// With room everywhere the routes are left as they are.
    @Test func roomyDepotsKeepTheRoutes() throws {
        let (_, md, solution) = try Self.routed()
        let routes = md.capacityRepaired(solution, capacities: [1e9, 1e9])
        #expect(routes.map(\.type) == solution.routes.map(\.vehicleType))
        #expect(routes.map(\.trips) == solution.routes.map { $0.trips.map(\.visits) })
        #expect(md.depotOf(routes) == md.depotOf(solution))
    }

    /// D0 (V1 and V2, 200 kg each, in the routes) may take only 300 kg: one of them moves to D1,
    /// which has room; every client stays on exactly one route.
    @Test func anOverloadedDepotGivesAVillageToOneWithRoom() throws {
        let (_, md, solution) = try Self.routed()
        let before = Self.loads(solution.routes.map { (type: $0.vehicleType, trips: $0.trips.map(\.visits)) }, md)
        try #require(before[0] > 300)
        let routes = md.capacityRepaired(solution, capacities: [300, 1e9])
        let after = Self.loads(routes, md)
        #expect(after[0] <= 300)
        #expect(after.reduce(0, +) == before.reduce(0, +))
        let nodes = routes.flatMap { $0.trips.joined() }
        #expect(nodes.count == Set(nodes).count)
        #expect(Set(nodes) == Set(solution.routes.flatMap(\.visits)))
        #expect(md.depotOf(routes).values.filter { $0 == 1 }.count > md.depotOf(solution).values.filter { $0 == 1 }.count)
    }

    /// When no depot has room the routes stay as they are (the siting decides).
    @Test func noRoomNoMove() throws {
        let (_, md, solution) = try Self.routed()
        let routes = md.capacityRepaired(solution, capacities: [1, 1])
        #expect(routes.map(\.trips) == solution.routes.map { $0.trips.map(\.visits) })
    }
}
