import ColdRouteModel
import ColdRoutePlanning
import Testing

/// Splitting a generated county into regions: a partition of villages and depots, each village with
/// its nearest depot, fleets split without loss, sub-networks with the same travel times.
@Suite struct RegionalDecompositionTests {
    static let county = try! NetworkGenerator(villages: 400, depots: 14, agencies: 3).generate(seed: 1)

    @Test func regionsPartitionVillagesAndDepots() {
        let network = Self.county
        let travel = TravelModel(network: network)
        let split = RegionalDecomposition(network: network, travel: travel, count: 4)
        #expect(split.regions.count == 4)
        let villages = split.regions.flatMap(\.villages), depots = split.regions.flatMap(\.depots)
        #expect(villages.sorted() == Array(network.villages.indices))
        #expect(depots.sorted() == Array(network.depots.indices))
        #expect(split.regions.allSatisfy { !$0.depots.isEmpty && !$0.villages.isEmpty })
        // Every village lies in the region of its nearest depot.
        let nearest = travel.nearestSource(among: network.depots.indices.map { Place.depot($0) })
        for region in split.regions {
            for i in region.villages { #expect(region.depots.contains(nearest[i]!.source)) }
        }
        // Balanced: no region holds more than twice its fair share of villages.
        #expect(split.regions.allSatisfy { $0.villages.count <= 2 * network.villages.count / 4 })
    }

    @Test func oneRegionIsTheWholeNetwork() {
        let network = Self.county
        let split = RegionalDecomposition(network: network, travel: TravelModel(network: network), count: 1)
        #expect(split.regions.count == 1)
        #expect(split.regions[0].depots == Array(network.depots.indices))
        #expect(split.regions[0].villages == Array(network.villages.indices))
        #expect(RegionalDecomposition.suggestedCount(for: network) == 1)
    }

    @Test func fleetSharesAddUpAndHomeTypesStayHome() throws {
        let network = Self.county
        let split = RegionalDecomposition(network: network, travel: TravelModel(network: network), count: 3)
        let shares = split.fleetShares(network: network)
        for (t, type) in network.vehicleTypes.enumerated() {
            #expect(shares.reduce(0) { $0 + $1[t] } == type.count)
            if let home = type.homeDepot {
                let r = try #require(split.regions.firstIndex { $0.depots.contains { network.depots[$0].id == home } })
                #expect(shares[r][t] == type.count)
            }
        }
        #expect(RegionalDecomposition.largestRemainder(10, weights: [1, 1, 1]) == [4, 3, 3])
        #expect(RegionalDecomposition.largestRemainder(2, weights: [5, 0, 1]) == [2, 0, 0])
    }

    /// Out-of-region villages and depots become junctions, so roads through them still count.
    @Test func subNetworksKeepTravelTimes() {
        let network = Self.county
        let travel = TravelModel(network: network)
        let split = RegionalDecomposition(network: network, travel: travel, count: 3)
        let fleet = split.fleetShares(network: network)
        for r in split.regions.indices {
            let region = split.regions[r]
            let sub = split.network(of: r, in: network, fleet: fleet[r])
            #expect(sub.villages.map(\.id) == region.villages.map { network.villages[$0].id })
            #expect(sub.validate().filter(\.isError).isEmpty)
            let subTravel = TravelModel(network: sub)
            let j = region.depots[0]
            let whole = travel.legs(from: .depot(j), to: region.villages.map { Place.village($0) })
            let part = subTravel.legs(from: .depot(0), to: sub.villages.indices.map { Place.village($0) })
            for (a, b) in zip(whole, part) {
                #expect(a?.time == b?.time)
                #expect(a?.distance == b?.distance)
            }
        }
    }
}
