import ColdRouteModel
@testable import ColdRoutePlanning
import ColdRouteRouting
import ColdRouteSiting
import Testing

/// The open depots' pickups as one multi-depot routing problem (`LocationRoutingSearch+MultiDepot.swift`),
/// on `tiny` (networks/tiny.md): D0 at (0, 0), D1 at (40, 0); V1 (8, 6) and V2 (0, 20) near D0,
/// V3 (40, 10) near D1, V4 (0, −65) beyond any ambient truck's 30-minute shelf life.
@Suite struct MultiDepotInstanceTests {
    /// A siting plan of `tiny` with D0 and D1 open whose every assignment is moved to D0.
    static func sitingAllAtD0() throws -> (CountyNetwork, TravelModel, SitingPlan) {
        let network = try LocationRoutingSearchTests.network("networks/tiny.json")
        let travel = TravelModel(network: network)
        let options = SitingOptions(forceOpen: ["D0", "D1"], forceClosed: ["D2"])
        var siting = try SitingPlanner.solve(try SitingModel(instance: SitingInstance(network: network, travel: travel), options: options))
        #expect(Set(siting.openDepots.map(\.id)) == ["D0", "D1"])
        for k in siting.assignments.indices { siting.assignments[k].depot = "D0" }
        return (network, travel, siting)
    }

    /// Every village with assigned supply is one client, whatever its depot; both open depots are
    /// routing depots, each with the shared truck fleet.
    @Test func clientsAreTheAssignedVillagesAndEveryOpenDepotHasTheFleet() throws {
        let (network, travel, siting) = try Self.sitingAllAtD0()
        let md = try #require(try LocationRoutingSearch.MultiDepotInstance(network: network, travel: travel, siting: siting, open: [0, 1]))
        let assigned = Set(siting.assignments.filter { $0.kilograms.value > 0 }.map(\.village))
        #expect(Set(md.villages.map { network.villages[$0].id }) == assigned)
        #expect(md.depots == [0, 1])
        #expect(md.instance.depotCount == 2)
        #expect(md.instance.vehicleTypes.map(\.depot) == [0, 1])
        #expect(md.instance.vehicleTypes.map(\.count) == [3, 3])
    }

    /// The route search moves V3 to D1 (10 km out and back instead of about 82), although the
    /// siting gave it to D0; V1 and V2 stay at D0.
    @Test func routesCrossToTheNearerDepot() throws {
        let (network, travel, siting) = try Self.sitingAllAtD0()
        let md = try #require(try LocationRoutingSearch.MultiDepotInstance(network: network, travel: travel, siting: siting, open: [0, 1]))
        var rng = Xoshiro256(seed: 5)
        let result = HybridGeneticSearch(instance: md.instance).solve(stop: MaxIterations(200), using: &rng)
        #expect(result.isFeasible)
        let depotOf = md.depotOf(result.solution)
        let v = Dictionary(uniqueKeysWithValues: network.villages.enumerated().map { ($1.id, $0) })
        #expect(depotOf[v["V3"]!] == 1)
        #expect(depotOf[v["V1"]!] == 0)
        #expect(depotOf[v["V2"]!] == 0)
    }
}
