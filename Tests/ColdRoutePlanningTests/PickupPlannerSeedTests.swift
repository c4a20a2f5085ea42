import ColdRouteIO
import ColdRouteModel
@testable import ColdRoutePlanning
import ColdRouteSiting
import Foundation
import Testing

/// Routing a day from seed routes (`PickupPlanner+Seeds.swift`): the location-routing search hands
/// each day's route searches the routes it already has (a multi-depot search's, the best day's).
@Suite struct PickupPlannerSeedTests {
    static func seeds(of pickup: PickupPlan, network: CountyNetwork) -> [PickupPlanner.SeedRoute] {
        let v = Dictionary(uniqueKeysWithValues: network.villages.enumerated().map { ($1.id, $0) })
        let d = Dictionary(uniqueKeysWithValues: network.depots.enumerated().map { ($1.id, $0) })
        let t = Dictionary(uniqueKeysWithValues: network.vehicleTypes.enumerated().map { ($1.id, $0) })
        return pickup.routes.map { route in
            PickupPlanner.SeedRoute(depot: d[route.depot]!, vehicleType: t[route.vehicleType]!,
                                    trips: Set(route.stops.map(\.trip)).sorted().map { trip in
                                        route.stops.filter { $0.trip == trip }.map { v[$0.village]! }
                                    })
        }
    }

    /// Seeded with routes found by a longer search, a search of one iteration per depot (another
    /// seed) is at least as good as those routes, and better than the same search unseeded; its
    /// routes pass the checker.
    @Test func seededRoutesAreNeverWorseThanTheSeeds() throws {
        let network = try NetworkReader.read(path: PickupPlannerTests.repository.appendingPathComponent("networks/demo-county.json").path)
        let travel = TravelModel(network: network)
        let siting = try SitingPlanner.plan(network: network, travel: travel)
        func plan(_ seed: UInt64, _ iterations: Int, _ seeds: [PickupPlanner.SeedRoute]) throws -> PickupPlan {
            var work = RouteSearchWork()
            return try PickupPlanner.plan(network: network, travel: travel, siting: siting, timeLimit: .seconds(600), seed: seed,
                                          iterations: iterations, work: &work, seeds: seeds)
        }
        let long = try plan(7, 150, [])
        let cold = try plan(99, 1, [])
        let warm = try plan(99, 1, Self.seeds(of: long, network: network))
        #expect(PickupPlanChecker.check(warm, network: network, travel: travel, siting: siting).isEmpty)
        #expect(warm.collected.value >= long.collected.value - 1e-6)
        #expect(warm.cost.total.value <= long.cost.total.value + 1e-6 || warm.collected.value > long.collected.value + 1e-6)
        #expect(warm.cost.total.value < cold.cost.total.value - 1e-6 || warm.collected.value > cold.collected.value + 1e-6)
    }

    /// A seed is mapped onto the depot's routing problem: a village becomes all its visits, villages
    /// the depot does not collect and vehicle types it has no vehicle of are dropped.
    @Test func seedsMapVillagesToTheDepotsVisits() throws {
        let network = try NetworkReader.read(path: PickupPlannerTests.repository.appendingPathComponent("networks/tiny.json").path)
        let travel = TravelModel(network: network)
        let siting = try SitingPlanner.plan(network: network, travel: travel)
        let v = Dictionary(uniqueKeysWithValues: network.villages.enumerated().map { ($1.id, $0) })
        let d0 = try #require(network.depots.firstIndex { $0.id == "D0" })
        let counts = network.vehicleTypes.map(\.count)
        let instance = try #require(try PickupInstance(
            network: network, travel: travel, depot: d0, assignments: siting.assignments.filter { $0.depot == "D0" },
            vehicleCounts: counts, villageIndex: v))
        let type = instance.types[0]
        let seeds = [PickupPlanner.SeedRoute(depot: d0, vehicleType: type, trips: [[v["V1"]!, v["V3"]!, v["V2"]!]]),
                     PickupPlanner.SeedRoute(depot: d0, vehicleType: network.vehicleTypes.count + 5, trips: [[v["V2"]!]])]
        let start = PickupPlanner.seedSolution(seeds, instance: instance)
        #expect(start.count == 1)
        let villages = start[0].visits.map { instance.visits[$0 - instance.instance.depotCount].village }
        #expect(villages.first == v["V1"])
        #expect(Set(villages) == [v["V1"]!, v["V2"]!])
        #expect(start[0].visits.count == instance.visits.filter { [v["V1"]!, v["V2"]!].contains($0.village) }.count)
    }
}
