import ColdRouteIO
import ColdRouteModel
@testable import ColdRoutePlanning
import ColdRouteSiting
import Foundation
import Testing

/// Visits compiled for the routing engine: one per village and depot, split only past the
/// largest vehicle, in whole kilograms.
@Suite struct PickupInstanceTests {
    static let lives: [Int: Double] = [0: 120, 1: 600, 2: 240]

    @Test func aLoadThatFitsIsOneVisit() {
        let parts = PickupInstance.split([(0, 393), (1, 787)], capacity: 1500) { Self.lives[$0]! }
        #expect(parts.count == 1)
        #expect(parts[0].parts == 1 && parts[0].products.map(\.kilograms) == [393, 787])
    }

    /// 1,180 kg on 500-kg vehicles: three visits of 394 + 393 + 393 kg (never 393.333 thirds), the
    /// short-lived product (0) packed first.
    @Test func anOversizedLoadSplitsIntoWholeKilograms() {
        let parts = PickupInstance.split([(1, 787), (0, 393)], capacity: 500) { Self.lives[$0]! }
        #expect(parts.map { $0.products.reduce(0) { $0 + $1.kilograms } } == [394, 393, 393])
        #expect(parts.allSatisfy { $0.parts == 3 })
        #expect(parts[0].products.map(\.product) == [0, 1] && parts[0].products.map(\.kilograms) == [393, 1])
        #expect(parts[1].products.map(\.product) == [1] && parts[2].products.map(\.product) == [1])
        // A fraction of a kilogram in the data stays with the last visit.
        let fractional = PickupInstance.split([(2, 1000.5)], capacity: 500) { Self.lives[$0]! }
        #expect(fractional.map { $0.products[0].kilograms } == [334, 333, 333.5])
    }

    @Test func demoCountyHasOneClientPerVillageAndDepotUnlessSplit() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let network = try NetworkReader.read(path: repository.appendingPathComponent("networks/demo-county.json").path)
        let travel = TravelModel(network: network)
        let siting = try SitingPlanner.plan(network: network, travel: travel)
        let depotIndex = Dictionary(uniqueKeysWithValues: network.depots.enumerated().map { ($1.id, $0) })
        let counts = PickupPlanner.vehicleCounts(network: network, siting: siting, open: siting.openDepots.compactMap { depotIndex[$0.id] })
        var visits = 0, villages = 0
        for (n, open) in siting.openDepots.enumerated() {
            let j = depotIndex[open.id]!
            let assignments = siting.assignments.filter { $0.depot == open.id }
            guard let instance = try PickupInstance(network: network, travel: travel, depot: j, assignments: assignments,
                                                    vehicleCounts: counts[n]) else { continue }
            visits += instance.visits.count
            villages += Set(assignments.map(\.village)).count
            let largest = instance.types.map { network.vehicleTypes[$0].capacity.value }.max()!
            for visit in instance.visits {
                #expect(visit.kilograms <= largest + 1e-9)
                if visit.parts > 1 { #expect(visit.kilograms >= largest / 2 - 1) }
            }
            for (k, client) in instance.instance.clients.enumerated() {
                let visit = instance.visits[k]
                let shortest = visit.products.map { network.products[$0.product].shelfLifeAmbient.value }.min()!
                #expect(client.maxRideTime[0] == Int(shortest * 60))
            }
        }
        #expect(villages > 0 && visits >= villages && visits < 2 * villages)
    }
}
